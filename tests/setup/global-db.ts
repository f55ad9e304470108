import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findRepoRoot } from '@shsw/server/config';
import {
  type DatabaseServer,
  type EmbeddedChoice,
  startDatabaseServer,
} from '@shsw/server/platform/db/database-server';
import { freePort } from '@shsw/server/platform/db/mongod';
import { createLogger } from '@shsw/server/platform/logger';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    mongoUri: string;
    dbEngine: string;
    /** The PostgreSQL under the embedded FerretDB ('' otherwise). */
    postgresUrl: string;
    /** A Redis for the multi-node realtime tests ('' when redis-server is not installed). */
    redisUrl: string;
  }
}

let server: DatabaseServer | undefined;
let dataDir: string | undefined;
let redis: ChildProcess | undefined;

/** Debian's redis-server on a free port, without persistence, when it is installed. */
async function startRedis(): Promise<string> {
  if (process.env.REDIS_URL) return process.env.REDIS_URL;
  if (spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status !== 0) return '';
  const port = await freePort();
  redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('redis-server did not start')), 10_000);
    redis?.stdout?.on('data', (d: Buffer) => {
      if (d.toString().includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return `redis://127.0.0.1:${port}`;
}

/**
 * One database server per test run, in a fresh data dir: MONGODB_URI when set, else the
 * embedded chain (FerretDB here). Each test file then works in its own database.
 */
export async function setup(project: TestProject): Promise<void> {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shsw-test-'));
  server = await startDatabaseServer({
    mongodbUri: process.env.MONGODB_URI,
    dataDir,
    prefer: (process.env.EMBEDDED_DB as EmbeddedChoice | undefined) ?? 'auto',
    repoRoot: findRepoRoot(),
    ferretDbBin: process.env.FERRETDB_BIN,
    log: createLogger('warn', 'test-db'),
  });
  project.provide('mongoUri', server.uri);
  project.provide('dbEngine', server.engine);
  project.provide('postgresUrl', server.postgresUrl ?? '');
  project.provide('redisUrl', await startRedis());
}

export async function teardown(): Promise<void> {
  redis?.kill('SIGTERM');
  await server?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}
