import mongoose from 'mongoose';

/** A unique index refused the write (E11000), on MongoDB and FerretDB alike. */
export function isDuplicateKey(err: unknown): boolean {
  return err instanceof mongoose.mongo.MongoServerError && err.code === 11000;
}

/** Whether a string is a valid ObjectId (ids from URLs are validated by zod; this guards internal ones). */
export function isObjectId(id: string): boolean {
  return /^[0-9a-f]{24}$/i.test(id);
}

/**
 * Inserts documents unordered and returns the indexes that a unique index refused (E11000): the
 * claim primitive for "exactly once" across nodes, in one round trip instead of one per document.
 * Any other failure is rethrown.
 */
export async function insertClaims(
  collection: { insertMany(docs: object[], options: { ordered: false }): Promise<unknown> },
  docs: readonly object[],
): Promise<Set<number>> {
  const refused = new Set<number>();
  if (docs.length === 0) return refused;
  try {
    await collection.insertMany([...docs], { ordered: false });
  } catch (err) {
    if (!(err instanceof mongoose.mongo.MongoBulkWriteError)) {
      if (isDuplicateKey(err) && docs.length === 1) return new Set([0]);
      throw err;
    }
    const writeErrors = Array.isArray(err.writeErrors) ? err.writeErrors : [err.writeErrors];
    for (const e of writeErrors) {
      if (e.code !== 11000) throw err;
      refused.add(e.index);
    }
  }
  return refused;
}
