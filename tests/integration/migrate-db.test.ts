import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findRepoRoot } from '@shsw/server/config';
import { startDatabaseServer, startFerretDbOnSqlite } from '@shsw/server/platform/db/database-server';
import { migrateSqliteToPostgres } from '@shsw/server/platform/db/migrate-sqlite';
import { createLogger } from '@shsw/server/platform/logger';
import { MongoClient } from 'mongodb';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = findRepoRoot();
const log = createLogger('silent');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shsw-migrate-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe.skipIf(Boolean(process.env.MONGODB_URI))('moving a SQLite data dir to PostgreSQL', () => {
  it('when a data dir holds the earlier SQLite database, then start-up refuses with the command, and the command moves everything', async () => {
    // The earlier default: FerretDB on SQLite, with data and indexes.
    const old = await startFerretDbOnSqlite({ dataDir, prefer: 'sqlite', repoRoot, log });
    let client = await MongoClient.connect(old.uri);
    const db = client.db('shsw');
    await db.collection('people').createIndex({ login: 1 }, { unique: true });
    await db.collection('notes').createIndex({ owner: 1, at: -1 });
    await db.collection('people').insertMany(
      Array.from({ length: 2_500 }, (_, i) => ({
        login: `p${i}@example.test`,
        name: `社工${i}`,
        since: new Date(i),
      })),
    );
    await db.collection('notes').insertOne({ owner: 'p1', at: new Date('2026-01-02T03:04:05Z'), text: '养老服务' });
    await client.close();
    await old.stop();

    await expect(startDatabaseServer({ dataDir, prefer: 'auto', repoRoot, log })).rejects.toThrow(/npm run migrate-db/);

    const summary = await migrateSqliteToPostgres({ dataDir, repoRoot, log });
    const shsw = summary.databases.find((d) => d.name === 'shsw');
    expect(shsw?.collections.find((c) => c.name === 'people')).toEqual({
      name: 'people',
      documents: 2_500,
      indexes: 1,
    });
    expect(fs.existsSync(summary.keptAt)).toBe(true);

    const moved = await startDatabaseServer({ dataDir, prefer: 'auto', repoRoot, log });
    try {
      expect(moved.engine).toBe('ferretdb-postgresql');
      client = await MongoClient.connect(moved.uri);
      const after = client.db('shsw');
      expect(await after.collection('people').countDocuments()).toBe(2_500);
      const note = await after.collection('notes').findOne({ owner: 'p1' });
      expect(note?.at).toEqual(new Date('2026-01-02T03:04:05Z'));
      expect(note?.text).toBe('养老服务');
      expect((await after.collection('notes').listIndexes().toArray()).map((i) => i.name)).toContain('owner_1_at_-1');
      // The unique index came along and still refuses a duplicate.
      await expect(after.collection('people').insertOne({ login: 'p7@example.test' })).rejects.toThrow(/duplicate/i);
      await client.close();
    } finally {
      await moved.stop();
    }
  });
});
