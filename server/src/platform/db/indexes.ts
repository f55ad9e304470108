import mongoose from 'mongoose';
import type { Logger } from '../logger.js';

/**
 * Creates every model's declared indexes (single, compound, unique: FerretDB does these), and
 * the TTL indexes where the server supports them — tried rather than assumed, since a
 * MONGODB_URI may point at FerretDB too. Without TTL, the scheduled purge jobs expire that data.
 */
export async function ensureIndexes(log?: Logger): Promise<{ ttl: boolean }> {
  for (const model of Object.values(mongoose.models)) await withDeadlockRetry(() => model.createIndexes());
  try {
    const ttl = { expireAfterSeconds: 0 };
    await mongoose.connection.collection('sessions').createIndex({ expiresAt: 1 }, ttl);
    await mongoose.connection.collection('rate_counters').createIndex({ expiresAt: 1 }, ttl);
    return { ttl: true };
  } catch (err) {
    log?.info({ reason: err instanceof Error ? err.message : String(err) }, 'no TTL indexes; purge jobs expire data');
    return { ttl: false };
  }
}

/**
 * FerretDB's index metadata update can deadlock in PostgreSQL with the wrapper's concurrent GIN
 * index builds on a fresh database (SQLSTATE 40P01, seen at start-up); PostgreSQL rolls one side
 * back, so trying again is safe.
 */
async function withDeadlockRetry<T>(run: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await run();
    } catch (err) {
      if (attempt >= attempts || !(err instanceof Error) || !/deadlock detected|40P01/.test(err.message)) throw err;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}
