import mongoose from 'mongoose';
import type { Logger } from '../logger.js';
import { isDuplicateKey } from './db-errors.js';
import { atMost } from './selectors.js';

/** A one-time change to stored data (a backfilled field), run once per database, in order. */
export interface Migration {
  id: string;
  run(log: Logger): Promise<void>;
}

const migrationSchema = new mongoose.Schema(
  { _id: String, status: { type: String, enum: ['running', 'done'] }, startedAt: Date, doneAt: Date },
  { versionKey: false, collection: 'schema_migrations' },
);
const MigrationRun = mongoose.model('MigrationRun', migrationSchema);

/** A claim older than this is taken to belong to a node that died while running it. */
const STALE_MS = 10 * 60_000;

/**
 * Runs the migrations this database has not had yet, before the app serves. Each is claimed first
 * (a unique `_id`), so with several nodes starting together one runs it; a claim left by a node that
 * died mid-way is taken over after a while, so migrations must be safe to repeat.
 */
export async function runMigrations(migrations: readonly Migration[], log: Logger): Promise<void> {
  for (const migration of migrations) {
    const now = new Date();
    let claimed = false;
    try {
      await MigrationRun.create({ _id: migration.id, status: 'running', startedAt: now });
      claimed = true;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      const stale = await MigrationRun.updateOne(
        { _id: migration.id, status: 'running', startedAt: atMost(new Date(now.getTime() - STALE_MS)) },
        { $set: { startedAt: now } },
      );
      claimed = stale.modifiedCount === 1;
    }
    if (!claimed) continue;
    const started = Date.now();
    try {
      await migration.run(log);
    } catch (err) {
      await MigrationRun.deleteOne({ _id: migration.id }).catch(() => undefined);
      throw err;
    }
    await MigrationRun.updateOne({ _id: migration.id }, { $set: { status: 'done', doneAt: new Date() } });
    log.info({ migration: migration.id, ms: Date.now() - started }, 'data migration done');
  }
}

/** Records migrations as done without running them: the seed writes data in the current shape. */
export async function markMigrationsDone(migrations: readonly Migration[]): Promise<void> {
  const now = new Date();
  await MigrationRun.bulkWrite(
    migrations.map((m) => ({
      updateOne: {
        filter: { _id: m.id },
        update: { $set: { status: 'done', startedAt: now, doneAt: now } },
        upsert: true,
      },
    })),
    { ordered: false },
  );
}
