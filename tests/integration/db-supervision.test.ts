import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findRepoRoot } from '@shsw/server/config';
import { type DatabaseServer, dataPaths, startDatabaseServer } from '@shsw/server/platform/db/database-server';
import { createLogger } from '@shsw/server/platform/logger';
import type { Application, Health } from '@shsw/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, orgOwner, signUp } from '../factories/actors.js';
import { openPosition } from '../factories/positions.js';
import { makeReady } from '../factories/profiles.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';
import type { TestClient } from '../setup/test-client.js';

// The app supervises the embedded database it runs: killed, it answers 503 with Retry-After (never
// 500), restarts it, reconnects and carries on, and nothing it acknowledged is lost.

const embedded = !process.env.MONGODB_URI;
let dataDir: string;
let db: DatabaseServer;
let app: TestApp;
const rejections: unknown[] = [];
const onRejection = (err: unknown) => rejections.push(err);

beforeAll(async () => {
  if (!embedded) return;
  process.on('unhandledRejection', onRejection);
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shsw-supervised-'));
  db = await startDatabaseServer({ dataDir, prefer: 'auto', repoRoot: findRepoRoot(), log: createLogger('silent') });
  // No per-address rate limit: every client here is one address, and how many requests the loop
  // makes depends on how fast a restart is on this machine (a slow one answered 429s).
  app = await startTestApp({ RATE_LIMIT_PER_MINUTE: '0' }, { database: db });
});

afterAll(async () => {
  if (!embedded) return;
  process.off('unhandledRejection', onRejection);
  await app?.close();
  await db?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const pidOf = (name: string) => db.processes().find((p) => p.name === name)?.pid;

/** The PostgreSQL server itself (its guard is the supervised process; this is the real server). */
function postmasterPid(): number {
  const text = fs.readFileSync(path.join(dataPaths(dataDir).postgres, 'postmaster.pid'), 'utf8');
  return Number(text.split('\n')[0]);
}

async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 90_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

interface Outcome {
  status: number;
  code?: string | undefined;
  retryAfter: string | null;
}

describe.skipIf(!embedded)('a supervised embedded database', () => {
  it('when FerretDB and then PostgreSQL are killed under load, then requests get 503 not 500, health recovers, and every acknowledged write is there', async () => {
    const engine = db.engine;
    expect(['ferretdb-postgresql', 'ferretdb-sqlite']).toContain(engine);
    const owner = await orgOwner(app);
    const positions = await Promise.all(Array.from({ length: 6 }, () => openPosition(owner.client)));
    const workers: Actor[] = [];
    for (let i = 0; i < 8; i += 1) workers.push(await signUp(app));
    for (const worker of workers) await makeReady(worker.client);

    const outcomes: Outcome[] = [];
    const acknowledged: { worker: TestClient; id: string }[] = [];
    const record = (res: { status: number; body: unknown; headers: Headers }) => {
      const code = (res.body as { error?: { code?: string } } | null)?.error?.code;
      outcomes.push({ status: res.status, code, retryAfter: res.headers.get('retry-after') });
    };
    let stop = false;
    // Each worker applies to every position (a write acknowledged by 201), reading its list between.
    const load = workers.map(async (worker) => {
      let next = 0;
      while (!stop) {
        const position = positions[next % positions.length];
        if (position && next < positions.length) {
          const res = await worker.client.post<Application>(`/api/positions/${position.id}/applications`, {
            note: '',
          });
          record(res);
          if (res.status === 201) {
            acknowledged.push({ worker: worker.client, id: res.body.id });
            next += 1;
          } else if (res.status === 409) next += 1; // applied before a lost answer
        }
        record(await worker.client.get('/api/me/applications'));
        await new Promise((r) => setTimeout(r, 25));
      }
    });

    const health = async () => (await app.client().get<Health>('/api/health')).body;
    await until(() => outcomes.length > 20, 'load to start');

    const ferret = pidOf('ferretdb');
    expect(ferret).toBeDefined();
    process.kill(ferret as number, 'SIGKILL');
    await until(async () => (await health()).db === 'up' && pidOf('ferretdb') !== ferret, 'FerretDB back');
    const afterFerret = outcomes.length;
    await until(() => outcomes.length > afterFerret + 20, 'load after the FerretDB restart');

    if (engine === 'ferretdb-postgresql') {
      const postmaster = postmasterPid();
      process.kill(postmaster, 'SIGKILL');
      await until(() => db.status() === 'down' || postmasterPid() !== postmaster, 'PostgreSQL seen down');
      await until(async () => (await health()).db === 'up' && db.status() === 'up', 'PostgreSQL back');
      const afterPostgres = outcomes.length;
      await until(() => outcomes.length > afterPostgres + 20, 'load after the PostgreSQL restart');
    }
    stop = true;
    await Promise.all(load);

    expect(outcomes.filter((o) => o.status >= 500 && o.status !== 503)).toEqual([]);
    const unavailable = outcomes.filter((o) => o.status === 503);
    // The outages were seen (requests kept coming while the database was down)…
    expect(unavailable.length).toBeGreaterThan(0);
    // …and each was told when to come back.
    expect(unavailable.filter((o) => !(o.code === 'database_unavailable' && Number(o.retryAfter) > 0))).toEqual([]);
    expect(outcomes.filter((o) => ![200, 201, 409, 503].includes(o.status))).toEqual([]);
    expect(acknowledged.length).toBeGreaterThan(0);
    for (const { worker, id } of acknowledged) {
      const res = await worker.get<Application>(`/api/applications/${id}`);
      expect(res.status).toBe(200);
    }
    expect(db.processes().every((p) => p.state === 'up')).toBe(true);
    expect(rejections).toEqual([]);
    expect((await health()).db).toBe('up');
  });
});
