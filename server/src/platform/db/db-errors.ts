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

/** FerretDB's words when PostgreSQL behind it is gone or restarting. */
const BACKEND_DOWN =
  /failed to connect|connection refused|dial error|conn closed|unexpected EOF|the database system is (starting up|shutting down|in recovery)|SQLSTATE 57P0[1-3]/i;

const PG_DOWN = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
]);

/**
 * True for errors that mean "the database cannot be reached right now" rather than "this request
 * is wrong": the HTTP layer answers them 503 with Retry-After, never 500.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  const m = mongoose.mongo;
  if (
    err instanceof m.MongoNetworkError ||
    err instanceof m.MongoServerSelectionError ||
    err instanceof m.MongoTopologyClosedError ||
    err instanceof mongoose.Error.MongooseServerSelectionError
  ) {
    return true;
  }
  if (err instanceof mongoose.Error && /buffering timed out|Client must be connected/i.test(err.message)) return true;
  if (err instanceof m.MongoError && BACKEND_DOWN.test(err.message)) return true;
  // The PostgreSQL client of the list reads (sql-reads.ts): refused, reset, or shutting down.
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && PG_DOWN.has(code)) return true;
  return err instanceof Error && /Connection terminated|timeout exceeded when trying to connect/.test(err.message);
}

/**
 * FerretDB's index metadata update can deadlock in PostgreSQL with the wrapper's concurrent GIN
 * index builds on a fresh database (SQLSTATE 40P01, seen at start-up and when a collection is recreated); PostgreSQL rolls one side
 * back, so trying again is safe.
 */
export async function withDeadlockRetry<T>(run: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await run();
    } catch (err) {
      if (attempt >= attempts || !(err instanceof Error) || !/deadlock detected|40P01/.test(err.message)) throw err;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}
