import { sqlReadsAvailable, sqlScan } from './sql-reads.js';

/** What this needs of a mongoose model. */
interface ScanModel {
  collection: { collectionName: string };
  find(filter: object): { lean<R>(): { cursor(opts: { batchSize: number }): AsyncIterable<R> } };
}

/**
 * Every document of a collection as plain objects, in batches: for rebuilding projections (the
 * search index, the statistics facts) from the records. On FerretDB over PostgreSQL the documents
 * are read with SQL and decoded here (`sjson.ts`): FerretDB decoding each into BSON and the driver
 * decoding it again was the slow part (nested talent records came at ~1,000–2,000 a second).
 * Elsewhere it is the driver's cursor.
 */
export async function* readAll<T>(model: ScanModel, batchSize = 2_000): AsyncGenerator<T[], void, undefined> {
  if (sqlReadsAvailable()) {
    for await (const batch of sqlScan(model.collection.collectionName, batchSize)) yield batch as T[];
    return;
  }
  let batch: T[] = [];
  for await (const doc of model.find({}).lean<T>().cursor({ batchSize })) {
    batch.push(doc);
    if (batch.length >= batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
