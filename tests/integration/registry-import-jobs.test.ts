import { registryMigrations } from '@shsw/server/modules/registry/index';
import { onFerretDb } from '@shsw/server/platform/db/connect';
import { createLogger } from '@shsw/server/platform/logger';
import type { RegistryImport } from '@shsw/shared';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bureau } from '../factories/actors.js';
import { finishedImport, importRegistry, registryCsv, startImport } from '../factories/registry.js';
import { connected, connectSocket, eventually, type TestSocket } from '../setup/socket-client.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';
import type { TestClient } from '../setup/test-client.js';

let app: TestApp;
let b: TestClient;
const sockets: TestSocket[] = [];
beforeAll(async () => {
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '0' });
  b = await bureau(app);
});
afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await app?.close();
});

const db = () => mongoose.connection;
const importDoc = (id: string) =>
  db()
    .collection('registry_imports')
    .findOne({ _id: new mongoose.Types.ObjectId(id) });
const entriesOf = (id: string) =>
  db()
    .collection('certificate_registry')
    .countDocuments({ importId: new mongoose.Types.ObjectId(id) });
const chunksOf = (id: string) =>
  db()
    .collection('registry_import_chunks')
    .countDocuments({ importId: new mongoose.Types.ObjectId(id) });

interface Command {
  name: string;
  collection: string;
  command: Record<string, unknown>;
  start: number;
  end: number;
}

/** Every database command the app sends from now on, with when it started and ended. */
function watchCommands() {
  const client = db().getClient();
  const commands: Command[] = [];
  const open = new Map<number, Command>();
  const started = (e: mongoose.mongo.CommandStartedEvent) => {
    const c: Command = {
      name: e.commandName,
      collection: String((e.command as Record<string, unknown>)[e.commandName]),
      command: e.command as Record<string, unknown>,
      start: performance.now(),
      end: Number.NaN,
    };
    open.set(e.requestId, c);
    commands.push(c);
  };
  const ended = (e: mongoose.mongo.CommandSucceededEvent | mongoose.mongo.CommandFailedEvent) => {
    const c = open.get(e.requestId);
    if (c) c.end = performance.now();
    open.delete(e.requestId);
  };
  client.on('commandStarted', started);
  client.on('commandSucceeded', ended);
  client.on('commandFailed', ended);
  return {
    /** Commands on the registry itself. */
    registry: () => commands.filter((c) => c.collection === 'certificate_registry'),
    stop() {
      client.off('commandStarted', started);
      client.off('commandSucceeded', ended);
      client.off('commandFailed', ended);
    },
  };
}

const statements = (commands: Command[], name: 'insert' | 'update') =>
  commands
    .filter((c) => c.name === name)
    .map((c) => ((name === 'insert' ? c.command.documents : c.command.updates) as unknown[]).length);

describe('registry imports in the background', () => {
  it('when a file is uploaded, then it is answered 202 at once and every bureau page follows the phases live to done', async () => {
    const other = await bureau(app);
    const socket = connectSocket(app.url, other);
    sockets.push(socket);
    const seen: RegistryImport[] = [];
    socket.on('registry:progress', (job) => seen.push(job));
    await connected(socket);

    const started = await startImport(b, registryCsv(1_200, 'LIVE'));
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ status: 'validating', processedRows: 0 });
    const done = await finishedImport(b, started.body.id);
    expect(done).toMatchObject({ status: 'done', totalRows: 1_200, processedRows: 1_200, inserted: 1_200 });
    await app.server.services.events.idle();
    await eventually(() => seen.some((j) => j.id === done.id && j.status === 'done'));

    const mine = seen.filter((j) => j.id === done.id);
    const order = ['validating', 'importing', 'verifying', 'done'];
    const phases = mine.map((j) => order.indexOf(j.status));
    expect(phases).toEqual([...phases].sort((x, y) => x - y));
    expect(new Set(mine.map((j) => j.status))).toEqual(new Set(['importing', 'verifying', 'done']));
    const written = mine.filter((j) => j.status === 'importing').map((j) => j.processedRows);
    expect(written).toEqual([0, 500, 1_000, 1_200]);
    expect(await chunksOf(done.id)).toBe(0);
  });

  it('when rows are imported, then new numbers go in one insert per batch, changed ones in one update, identical ones not at all', async () => {
    const csv = registryCsv(1_200, 'BULK');
    const watch = watchCommands();
    try {
      expect(await importRegistry(b, csv)).toMatchObject({ status: 'done', inserted: 1_200, updated: 0, unchanged: 0 });
      expect(statements(watch.registry(), 'insert')).toEqual([500, 500, 200]);
      expect(statements(watch.registry(), 'update')).toEqual([]);
      if (onFerretDb()) {
        // FerretDB scans the whole registry for `$in`: existing entries are read by `_id`, one each.
        const finds = watch.registry().filter((c) => c.name === 'find');
        expect(finds.every((c) => !JSON.stringify(c.command.filter).includes('$in'))).toBe(true);
      }
    } finally {
      watch.stop();
    }

    const again = watchCommands();
    try {
      expect(await importRegistry(b, csv)).toMatchObject({ status: 'done', inserted: 0, updated: 0, unchanged: 1_200 });
      expect(statements(again.registry(), 'insert')).toEqual([]);
      expect(statements(again.registry(), 'update')).toEqual([]);
    } finally {
      again.stop();
    }

    const changed = watchCommands();
    try {
      const oneChanged = csv.replace('社工7,BULK-0000007,assistant,2022', '社工7,BULK-0000007,assistant,2023');
      expect(oneChanged).not.toBe(csv);
      expect(await importRegistry(b, oneChanged)).toMatchObject({ status: 'done', updated: 1, unchanged: 1_199 });
      expect(statements(changed.registry(), 'update')).toEqual([1]);
      expect(statements(changed.registry(), 'insert')).toEqual([]);
    } finally {
      changed.stop();
    }
  });

  it('when an import writes batches, then it rests between them at least as long as a batch kept the registry busy', async () => {
    const watch = watchCommands();
    try {
      expect(await importRegistry(b, registryCsv(2_000, 'DUTY'))).toMatchObject({ status: 'done', inserted: 2_000 });
    } finally {
      watch.stop();
    }
    // Each batch: its reads of existing entries, then its insert. The next batch starts after the rest.
    const batches: Command[][] = [[]];
    for (const c of watch.registry()) {
      batches.at(-1)?.push(c);
      if (c.name === 'insert') batches.push([]);
    }
    const written = batches.filter((batch) => batch.at(-1)?.name === 'insert');
    expect(written).toHaveLength(4);
    for (let k = 0; k + 1 < written.length; k += 1) {
      const batch = written[k] as Command[];
      const next = written[k + 1] as Command[];
      const busy = (batch.at(-1) as Command).end - (batch[0] as Command).start;
      const rest = (next[0] as Command).start - (batch.at(-1) as Command).end;
      // The import rests twice its work (IMPORT_REST_PER_WORK); its work includes more than these commands.
      expect(rest).toBeGreaterThanOrEqual(busy);
    }
  });

  it('when two files are uploaded together, then they run one after the other and both finish', async () => {
    const order: string[] = [];
    const off = app.server.services.events.on('registry.import_progress', (e) => {
      if (order.at(-1) !== e.importId) order.push(e.importId);
    });
    try {
      const [first, second] = await Promise.all([
        startImport(b, registryCsv(600, 'PAIR-A')),
        startImport(b, registryCsv(600, 'PAIR-B')),
      ]);
      const done = await Promise.all([finishedImport(b, first.body.id), finishedImport(b, second.body.id)]);
      expect(done.map((j) => [j.status, j.inserted])).toEqual([
        ['done', 600],
        ['done', 600],
      ]);
      await app.server.services.events.idle();
      // Each import's progress is one run of events: they never interleave.
      expect(order).toHaveLength(2);
      expect(new Set(order)).toEqual(new Set([first.body.id, second.body.id]));
    } finally {
      off();
    }
  });

  it('when the app stops mid-import, then shutdown returns before the import ends, and a later start resumes it from the last committed batch to the right counts', async () => {
    // The node that stops: another app on the same database, as a second start would be.
    const node = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '0' });
    const uploader = await bureau(node);
    let closing: Promise<void> | undefined;
    node.server.services.events.on('registry.import_progress', (e) => {
      // Right after the first batch is committed, while the import rests, the app is told to stop.
      if (e.status === 'importing' && e.processedRows > 0) closing ??= node.close();
    });
    const csv = registryCsv(1_500, 'RESUME');
    const started = await startImport(uploader, csv);
    expect(started.status).toBe(202);
    const id = started.body.id;
    await eventually(() => closing !== undefined, 120_000);
    await closing;

    // Shutdown came back with the import unfinished, its first batch written and counted, its lease released.
    expect(await importDoc(id)).toMatchObject({
      status: 'importing',
      active: true,
      leaseOwner: null,
      totalRows: 1_500,
      processedRows: 500,
      inserted: 500,
    });
    expect(await entriesOf(id)).toBe(500);
    expect(await chunksOf(id)).toBeGreaterThan(0);

    // A node that died keeps its lease until it expires: nobody resumes the import before that.
    const imports = db().collection('registry_imports');
    const _id = new mongoose.Types.ObjectId(id);
    await imports.updateOne(
      { _id },
      { $set: { leaseOwner: 'a-dead-node', leaseUntil: new Date(Date.now() + 60_000) } },
    );
    expect(await app.server.scheduler.runOnce('registry-imports')).toBe(true);
    expect(await importDoc(id)).toMatchObject({ leaseOwner: 'a-dead-node', processedRows: 500 });

    // Its lease expired, and (as if it died right after writing the batch) the batch was never counted.
    await imports.updateOne({ _id }, { $set: { leaseUntil: new Date(Date.now() - 1), processedRows: 0, inserted: 0 } });
    expect(await app.server.scheduler.runOnce('registry-imports')).toBe(true);
    const done = await finishedImport(b, id);
    expect(done).toMatchObject({
      status: 'done',
      totalRows: 1_500,
      processedRows: 1_500,
      inserted: 1_500,
      updated: 0,
      unchanged: 0,
    });
    expect(await entriesOf(id)).toBe(1_500);
    const sample = await db()
      .collection('certificate_registry')
      .findOne({ _id: 'RESUME-0001499' as never });
    expect(sample).toMatchObject({ name: '社工502', level: 'assistant', year: 2024 });
    expect(await chunksOf(id)).toBe(0);
  });

  it('when imports stored before they were jobs are migrated, then finished ones read as before and one left importing ends failed', async () => {
    const imports = db().collection('registry_imports');
    const old = (status: string) => ({
      _id: new mongoose.Types.ObjectId(),
      fileName: `old-${status}.csv`,
      fileSha256: '0'.repeat(64),
      byUserId: new mongoose.Types.ObjectId(),
      status,
      totalRows: 10,
      processedRows: status === 'done' ? 10 : 4,
      inserted: 4,
      updated: 0,
      unchanged: 0,
      certificatesVerified: 0,
      errors: [],
      moreErrors: 0,
      startedAt: new Date('2026-11-01T08:00:00Z'),
      finishedAt: status === 'done' ? new Date('2026-11-01T08:01:00Z') : null,
    });
    const done = old('done');
    const stuck = old('importing');
    await imports.insertMany([done, stuck] as never[]);
    for (const migration of registryMigrations) await migration.run(createLogger('silent', 'test'));
    const read = (id: mongoose.Types.ObjectId) => b.get<RegistryImport>(`/api/bureau/registry/imports/${String(id)}`);
    expect((await read(done._id)).body).toMatchObject({ status: 'done', processedRows: 10, fileBytes: 0 });
    const failed = (await read(stuck._id)).body;
    expect(failed).toMatchObject({ status: 'failed', processedRows: 4 });
    expect(failed.errors.map((e) => e.code)).toEqual(['processing_failed']);
    expect(await app.server.services.registry.resumeDue()).toBe(0);
  });
});
