import fs from 'node:fs';
import mongoose from 'mongoose';
import type { Logger } from '../logger.js';
import {
  type DatabaseServer,
  dataPaths,
  embeddedServerRunning,
  hasPostgresData,
  hasSqliteData,
  startFerretDbOnPostgres,
  startFerretDbOnSqlite,
} from './database-server.js';

const BATCH = 1_000;
const SYSTEM_DATABASES = new Set(['admin', 'config', 'local']);

export interface MigrationSummary {
  databases: { name: string; collections: { name: string; documents: number; indexes: number }[] }[];
  /** Where the SQLite files were moved (kept, never deleted). */
  keptAt: string;
  ms: number;
}

/**
 * Copies the SQLite database of an earlier version's DATA_DIR into the embedded PostgreSQL:
 * every database, collection, index and document, checked by count; then moves the SQLite files
 * aside (kept) so the next start uses PostgreSQL. Refuses when an app runs on the data dir or
 * PostgreSQL already holds data.
 */
export async function migrateSqliteToPostgres(opts: {
  dataDir: string;
  repoRoot: string;
  ferretDbBin?: string | undefined;
  log: Logger;
  progress?: (line: string) => void;
}): Promise<MigrationSummary> {
  const started = Date.now();
  const say = opts.progress ?? (() => undefined);
  if (!hasSqliteData(opts.dataDir)) throw new Error(`${opts.dataDir} holds no SQLite database to migrate`);
  if (embeddedServerRunning(opts.dataDir)) throw new Error('the platform is running on this data dir; stop it first');
  if (hasPostgresData(opts.dataDir)) {
    throw new Error(`${dataPaths(opts.dataDir).postgres} already holds a PostgreSQL database; move it away first`);
  }
  const serverOpts = { dataDir: opts.dataDir, prefer: 'postgresql' as const, repoRoot: opts.repoRoot, log: opts.log };
  const source = await startFerretDbOnSqlite({ ...serverOpts, ferretDbBin: opts.ferretDbBin });
  let target: DatabaseServer | null = null;
  const from = new mongoose.mongo.MongoClient(source.uri);
  let to: mongoose.mongo.MongoClient | null = null;
  try {
    target = await startFerretDbOnPostgres({ ...serverOpts, ferretDbBin: opts.ferretDbBin });
    if (!target) throw new Error('PostgreSQL cannot start here');
    to = new mongoose.mongo.MongoClient(target.uri);
    await Promise.all([from.connect(), to.connect()]);
    const summary: MigrationSummary['databases'] = [];
    const { databases } = await from.db('admin').admin().listDatabases();
    for (const { name } of databases) {
      if (SYSTEM_DATABASES.has(name)) continue;
      const collections = [];
      for (const { name: collection } of await from.db(name).listCollections({}, { nameOnly: true }).toArray()) {
        const src = from.db(name).collection(collection);
        const dst = to.db(name).collection(collection);
        await to
          .db(name)
          .createCollection(collection)
          .catch(() => undefined);
        const indexes = (await src.listIndexes().toArray()).filter((i) => i.name !== '_id_');
        for (const index of indexes) {
          await dst.createIndex(index.key, { name: index.name, ...(index.unique ? { unique: true } : {}) });
        }
        let copied = 0;
        let batch: mongoose.mongo.Document[] = [];
        for await (const doc of src.find({}, { batchSize: BATCH })) {
          batch.push(doc);
          if (batch.length >= BATCH) {
            await dst.insertMany(batch, { ordered: false });
            copied += batch.length;
            batch = [];
          }
        }
        if (batch.length > 0) await dst.insertMany(batch, { ordered: false });
        copied += batch.length;
        const counted = await dst.countDocuments();
        if (counted !== copied) throw new Error(`${name}.${collection}: copied ${copied}, PostgreSQL holds ${counted}`);
        say(`  ${name}.${collection}: ${copied} documents, ${indexes.length} indexes`);
        collections.push({ name: collection, documents: copied, indexes: indexes.length });
      }
      summary.push({ name, collections });
    }
    await Promise.all([from.close(), to.close()]);
    await target.stop();
    await source.stop();
    const keptAt = `${dataPaths(opts.dataDir).sqlite}-sqlite-migrated-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    fs.renameSync(dataPaths(opts.dataDir).sqlite, keptAt);
    return { databases: summary, keptAt, ms: Date.now() - started };
  } catch (err) {
    await from.close().catch(() => undefined);
    await to?.close().catch(() => undefined);
    await target?.stop().catch(() => undefined);
    await source.stop().catch(() => undefined);
    // A half-copied PostgreSQL must not be taken for the real one at the next start.
    fs.rmSync(dataPaths(opts.dataDir).postgres, { recursive: true, force: true });
    throw err;
  }
}
