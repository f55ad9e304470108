import mongoose from 'mongoose';
import type { DatabaseEngine } from './database-server.js';

/**
 * Creates every model's declared indexes (single, compound, unique: FerretDB does these), and
 * on real MongoDB the TTL indexes too. On FerretDB the scheduled purge jobs expire that data.
 */
export async function ensureIndexes(engine: DatabaseEngine): Promise<void> {
  for (const model of Object.values(mongoose.models)) await model.createIndexes();
  if (engine !== 'ferretdb-sqlite') {
    const ttl = { expireAfterSeconds: 0 };
    await mongoose.connection.collection('sessions').createIndex({ expiresAt: 1 }, ttl);
    await mongoose.connection.collection('rate_counters').createIndex({ expiresAt: 1 }, ttl);
  }
}
