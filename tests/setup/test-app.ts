import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '@shsw/server/config';
import type { PasswordHasher } from '@shsw/server/modules/accounts/index';
import type { DatabaseEngine } from '@shsw/server/platform/db/database-server';
import { createLogger } from '@shsw/server/platform/logger';
import type { SearchEngine } from '@shsw/server/platform/search/index';
import { type RunningServer, startServer } from '@shsw/server/server';
import mongoose from 'mongoose';
import { inject } from 'vitest';
import { TestMailbox } from './mailbox.js';
import { TestClient } from './test-client.js';

export interface TestApp {
  url: string;
  server: RunningServer;
  dbName: string;
  /** The real SMTP server the app sends to (one per test file, shared by its apps). */
  mailbox: TestMailbox;
  /** A fresh HTTP client with its own cookie jar (one per simulated person). */
  client(): TestClient;
  close(): Promise<void>;
}

let fileDbName: string | undefined;
let fileMailbox: Promise<TestMailbox> | undefined;
let open = 0;
/** Apps open per database: a database is dropped when its last app closes. */
const openPerDb = new Map<string, number>();

/**
 * Starts the real app on port 0 against the run's database server, in a database of its own,
 * so test files never see each other's data and nothing needs truncating.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  options: {
    searchEngine?: SearchEngine;
    passwords?: PasswordHasher;
    /** Another database server than the run's (the supervision test starts its own). */
    database?: { uri: string; engine: DatabaseEngine; postgresUrl?: string | undefined; status: () => 'up' | 'down' };
    /** A database of its own rather than the file's (the same fixtures once per search engine). */
    ownDatabase?: boolean;
  } = {},
): Promise<TestApp> {
  // One database per test file: a second app in the same file (another node) shares it.
  fileDbName ??= `t_${crypto.randomBytes(6).toString('hex')}`;
  const dbName = options.ownDatabase ? `t_${crypto.randomBytes(6).toString('hex')}` : fileDbName;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shsw-app-'));
  fileMailbox ??= TestMailbox.start();
  const mailbox = await fileMailbox;
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: dataDir,
    MONGODB_URI: options.database?.uri ?? inject('mongoUri'),
    MONGODB_DB: dbName,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    SESSION_SECRET: crypto.randomBytes(32).toString('hex'),
    SMTP_URL: mailbox.url,
    ...env,
  });
  const server = await startServer({
    config,
    logger: createLogger(config.LOG_LEVEL, 'test'),
    mongoUri: config.MONGODB_URI ?? inject('mongoUri'),
    dbEngine: options.database?.engine ?? (inject('dbEngine') as DatabaseEngine),
    postgresUrl: options.database ? options.database.postgresUrl : inject('postgresUrl') || undefined,
    ...(options.searchEngine ? { searchEngine: options.searchEngine } : {}),
    ...(options.database ? { dbStatus: options.database.status } : {}),
    ...(options.passwords ? { passwords: options.passwords } : {}),
  });
  await server.searchReady;
  await server.factsReady;
  open += 1;
  openPerDb.set(dbName, (openPerDb.get(dbName) ?? 0) + 1);
  return {
    url: server.url,
    server,
    dbName,
    mailbox,
    client: () => new TestClient(server.url),
    async close() {
      open -= 1;
      const left = (openPerDb.get(dbName) ?? 1) - 1;
      if (left === 0) openPerDb.delete(dbName);
      else openPerDb.set(dbName, left);
      // Stop the server first (its outbox and subscribers finish), then drop the database: dropped
      // earlier, a still-running subscriber could write into it again.
      await server.close(1_000);
      if (left === 0) await dropDatabase(options.database?.uri ?? inject('mongoUri'), dbName);
      if (open === 0) {
        fileMailbox = undefined;
        await mailbox.close();
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Drops a test database over a connection of its own (the app's connection is closed by then). */
async function dropDatabase(uri: string, dbName: string): Promise<void> {
  const connection = mongoose.createConnection(uri, { dbName, serverSelectionTimeoutMS: 5_000 });
  try {
    await connection.asPromise();
    await connection.dropDatabase();
  } catch {
    // The database server may already be gone at the end of the run: nothing left to drop then.
  } finally {
    await connection.close().catch(() => undefined);
  }
}
