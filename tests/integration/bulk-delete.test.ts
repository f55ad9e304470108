import { deleteInChunks, emptyCollection } from '@shsw/server/platform/db/bulk-delete';
import { atLeast } from '@shsw/server/platform/db/selectors';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../setup/test-app.js';

// FerretDB binds one parameter per deleted document and PostgreSQL takes at most 65,535: a plain
// deleteMany over more failed every time (the search reindex could not clear its projection).

const rowSchema = new mongoose.Schema({ n: Number }, { collection: 'bulk_delete_rows', versionKey: false });
rowSchema.index({ n: 1 });
const Row = mongoose.models.BulkDeleteRow ?? mongoose.model('BulkDeleteRow', rowSchema);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

async function fill(count: number): Promise<void> {
  for (let i = 0; i < count; i += 10_000) {
    await Row.collection.insertMany(Array.from({ length: Math.min(10_000, count - i) }, (_, k) => ({ n: i + k })));
  }
}

describe('deleting many documents', () => {
  it('when more than 65,535 documents match, then they are all deleted and the rest stay', async () => {
    await fill(70_000);
    expect(await deleteInChunks(Row, { n: atLeast(2_000) })).toBe(68_000);
    expect(await Row.countDocuments()).toBe(2_000);
  });

  it('when a large collection is emptied, then it is empty and keeps its indexes', async () => {
    await fill(70_000);
    await emptyCollection(Row);
    expect(await Row.countDocuments()).toBe(0);
    expect((await Row.collection.listIndexes().toArray()).map((i) => i.name)).toContain('n_1');
  });
});
