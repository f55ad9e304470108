import mongoose from 'mongoose';
import type { Logger } from '../logger.js';
import { withDeadlockRetry } from './db-errors.js';

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
