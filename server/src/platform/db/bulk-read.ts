import { sqlReadsAvailable, sqlScan } from './sql-reads.js';

/** What this needs of a mongoose model. */
interface ScanModel {
  collection: { collectionName: string };
  find(filter: object, projection?: object): { lean<R>(): { cursor(opts: { batchSize: number }): AsyncIterable<R> } };
}

/**
 * Every document of a collection as plain objects, in batches: for rebuilding projections (the
 * search index, the statistics facts) from the records. On FerretDB over PostgreSQL the documents
 * are read with SQL and decoded here (`sjson.ts`): FerretDB decoding each into BSON and the driver
 * decoding it again was the slow part (nested talent records came at ~1,000–2,000 a second).
 * Elsewhere it is the driver's cursor.
 */
export async function* readAll<T>(
  model: ScanModel,
  batchSize = 2_000,
  /** Only these top-level fields (and `_id`); all when left out. */
  fields?: readonly string[],
): AsyncGenerator<T[], void, undefined> {
  if (sqlReadsAvailable()) {
    for await (const batch of sqlScan(model.collection.collectionName, batchSize, fields)) yield batch as T[];
    return;
  }
  const projection = fields ? Object.fromEntries(fields.map((f) => [f, 1])) : undefined;
  let batch: T[] = [];
  for await (const doc of model.find({}, projection).lean<T>().cursor({ batchSize })) {
    batch.push(doc);
    if (batch.length >= batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * Reads one batch ahead: the next batch is asked for as soon as the current one is handed out, so
 * the database (another process, the other core) reads while this process works on the batch.
 */
export async function* readAhead<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
  const it = source[Symbol.asyncIterator]();
  let next = it.next();
  for (;;) {
    const current = await next;
    if (current.done) return;
    next = it.next();
    // A failed read-ahead surfaces at the next await; keep it from being "unhandled" meanwhile.
    next.catch(() => undefined);
    yield current.value;
  }
}
