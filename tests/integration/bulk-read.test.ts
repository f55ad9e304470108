import { readAll } from '@shsw/server/platform/db/bulk-read';
import { sqlReadsAvailable } from '@shsw/server/platform/db/sql-reads';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApp, type TestApp } from '../setup/test-app.js';

// Projections are rebuilt from every record with `readAll`, which on FerretDB-over-PostgreSQL
// decodes FerretDB's stored JSON itself: it must give exactly what the driver gives.

const Thing =
  mongoose.models.BulkReadThing ??
  mongoose.model('BulkReadThing', new mongoose.Schema({}, { strict: false, collection: 'bulk_read_things' }));

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

function sample(i: number) {
  return {
    _id: new mongoose.Types.ObjectId(),
    title: `养老服务社工 ${i} — "quoted" \\ back`,
    n: i,
    ratio: i + 0.25,
    big: 2 ** 40 + i,
    flag: i % 2 === 0,
    nothing: null,
    at: new Date(Date.UTC(2026, 0, 1) + i * 1_000),
    owner: new mongoose.Types.ObjectId(),
    // Key order is part of a document.
    nested: { z: 1, a: { deeper: [1, 'two', { three: new Date(0) }] }, m: [] },
    list: [
      { id: 'a', at: new Date(5), tags: ['x', 'y'] },
      { id: 'b', at: null, tags: [] },
    ],
    empty: {},
    bytes: Buffer.from([0, 1, 2, 250]),
  };
}

describe('reading every document', () => {
  it('when reading a collection in batches, then every document comes once, equal to what the driver reads', async () => {
    const docs = Array.from({ length: 2_345 }, (_, i) => sample(i));
    await Thing.collection.insertMany(docs);
    expect(sqlReadsAvailable()).toBe(inject('dbEngine') === 'ferretdb-postgresql');

    const read: Record<string, unknown>[] = [];
    let batches = 0;
    for await (const batch of readAll<Record<string, unknown>>(Thing, 500)) {
      batches += 1;
      read.push(...batch);
    }
    expect(batches).toBe(5);
    const viaDriver = await Thing.collection.find({}).toArray();
    const byId = (a: Record<string, unknown>, b: Record<string, unknown>) => String(a._id).localeCompare(String(b._id));
    read.sort(byId);
    viaDriver.sort(byId);
    expect(read).toHaveLength(docs.length);
    expect(read).toEqual(viaDriver);
    // Same key order too (toEqual ignores it).
    expect(Object.keys(read[0]?.nested as object)).toEqual(['z', 'a', 'm']);
  });

  it('when the collection does not exist, then nothing is read', async () => {
    const None =
      mongoose.models.BulkReadNone ??
      mongoose.model('BulkReadNone', new mongoose.Schema({}, { collection: 'bulk_read_none', autoCreate: false }));
    const batches = [];
    for await (const batch of readAll(None)) batches.push(batch);
    expect(batches).toEqual([]);
  });
});
