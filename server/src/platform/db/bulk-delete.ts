import { onFerretDb } from './connect.js';
import { withDeadlockRetry } from './db-errors.js';
import { between } from './selectors.js';

/**
 * FerretDB 1.24 deletes the documents a filter matched with one bind parameter each, and
 * PostgreSQL takes at most 65,535: a `deleteMany` matching more fails every time (the search
 * reindex could not clear 200,000 stored documents). These stay under that.
 */
const CHUNK = 50_000;

/** What this needs of a mongoose model. */
interface DeleteModel {
  collection: { drop(): Promise<unknown> };
  createCollection(): Promise<unknown>;
  createIndexes(): Promise<unknown>;
  deleteMany(filter: object): Promise<{ deletedCount?: number }>;
  find(
    filter: object,
    projection: object,
  ): { sort(by: Record<string, 1>): { limit(n: number): { lean<R>(): Promise<R> } } };
}

/** Removes every document. On FerretDB: drop and recreate the collection with its indexes. */
export async function emptyCollection(model: DeleteModel): Promise<void> {
  if (!onFerretDb()) {
    await model.deleteMany({});
    return;
  }
  await model.collection.drop().catch((err: unknown) => {
    // Dropping what does not exist is fine.
    if (!/ns not found|NamespaceNotFound/i.test(String(err))) throw err;
  });
  await withDeadlockRetry(() => model.createCollection());
  await withDeadlockRetry(() => model.createIndexes());
}

/**
 * Deletes what `filter` matches, at most `CHUNK` documents per statement; returns how many. Each
 * round deletes the matches within the `_id` range of the next `CHUNK` matches: a range costs
 * FerretDB one comparison per document, where `$in` over the ids would cost one per id.
 */
export async function deleteInChunks(model: DeleteModel, filter: object): Promise<number> {
  if (!onFerretDb()) return (await model.deleteMany(filter)).deletedCount ?? 0;
  let deleted = 0;
  for (;;) {
    const ids = (await model.find(filter, { _id: 1 }).sort({ _id: 1 }).limit(CHUNK).lean<{ _id: unknown }[]>()).map(
      (d) => d._id,
    );
    if (ids.length === 0) return deleted;
    const range = between(ids[0], ids[ids.length - 1]);
    deleted += (await model.deleteMany({ $and: [filter, { _id: range }] })).deletedCount ?? 0;
    if (ids.length < CHUNK) return deleted;
  }
}
