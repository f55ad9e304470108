import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findRepoRoot } from '@shsw/server/config';
import { type DatabaseServer, startDatabaseServer } from '@shsw/server/platform/db/database-server';
import { createLogger } from '@shsw/server/platform/logger';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    mongoUri: string;
    dbEngine: string;
  }
}

let server: DatabaseServer | undefined;
let dataDir: string | undefined;

/**
 * One database server per test run, in a fresh data dir: MONGODB_URI when set, else the
 * embedded chain (FerretDB here). Each test file then works in its own database.
 */
export async function setup(project: TestProject): Promise<void> {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shsw-test-'));
  server = await startDatabaseServer({
    mongodbUri: process.env.MONGODB_URI,
    dataDir,
    prefer: (process.env.EMBEDDED_DB as 'auto' | undefined) ?? 'auto',
    repoRoot: findRepoRoot(),
    ferretDbBin: process.env.FERRETDB_BIN,
    log: createLogger('warn', 'test-db'),
  });
  project.provide('mongoUri', server.uri);
  project.provide('dbEngine', server.engine);
}

export async function teardown(): Promise<void> {
  await server?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}
