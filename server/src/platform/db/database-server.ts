import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../logger.js';
import { startFerretDb } from './ferretdb.js';
import { startMemoryServer } from './memory-server.js';
import { startLocalMongod } from './mongod.js';

export type DatabaseEngine = 'mongodb' | 'mongod-local' | 'ferretdb-sqlite' | 'mongodb-memory-server';

export interface DatabaseServer {
  uri: string;
  engine: DatabaseEngine;
  /** Stops a server this process started; a no-op for an external MONGODB_URI. */
  stop(): Promise<void>;
}

export interface DatabaseServerOptions {
  mongodbUri?: string | undefined;
  /** The data dir; each embedded server keeps its files in its own subdirectory. */
  dataDir: string;
  prefer: 'auto' | 'mongod' | 'ferretdb' | 'memory-server';
  repoRoot: string;
  ferretDbBin?: string | undefined;
  log: Logger;
}

function onPath(command: string, args: string[]): boolean {
  const probe = spawnSync(command, args, { stdio: 'ignore', timeout: 10_000 });
  return probe.status === 0;
}

/**
 * Picks the database as architecture.md §1 describes: MONGODB_URI if set, else a local
 * `mongod`, else FerretDB on SQLite (built from tools/ferretdb with Go), else
 * mongodb-memory-server (which downloads MongoDB, so it needs the internet).
 */
export async function startDatabaseServer(opts: DatabaseServerOptions): Promise<DatabaseServer> {
  if (opts.mongodbUri) {
    return { uri: opts.mongodbUri, engine: 'mongodb', stop: async () => {} };
  }
  const want = (kind: DatabaseServerOptions['prefer']) => opts.prefer === 'auto' || opts.prefer === kind;

  const running = runningServer(opts.dataDir);
  if (running) {
    opts.log.info(
      { pid: running.pid },
      `embedded database: sharing the ${running.engine} that process ${running.pid} runs`,
    );
    return { uri: running.uri, engine: running.engine, stop: async () => {} };
  }
  if (want('mongod') && onPath('mongod', ['--version'])) {
    opts.log.info('embedded database: local mongod');
    return recordRun(opts.dataDir, await startLocalMongod(path.join(opts.dataDir, 'mongod'), opts.log));
  }
  if (want('ferretdb') && (opts.ferretDbBin || onPath('go', ['version']))) {
    opts.log.info('embedded database: FerretDB 1.24 on SQLite');
    const server = await startFerretDb({
      dir: path.join(opts.dataDir, 'ferretdb'),
      repoRoot: opts.repoRoot,
      bin: opts.ferretDbBin,
      log: opts.log,
    });
    return recordRun(opts.dataDir, server);
  }
  if (want('memory-server')) {
    opts.log.info('embedded database: mongodb-memory-server (downloads MongoDB on first use)');
    return startMemoryServer(path.join(opts.dataDir, 'mongodb-memory-server'));
  }
  throw new Error(
    `no database available for EMBEDDED_DB=${opts.prefer}: set MONGODB_URI, put mongod on PATH, or install Go to build FerretDB`,
  );
}

interface RunFile {
  pid: number;
  uri: string;
  engine: DatabaseEngine;
}

const runFile = (dataDir: string) => path.join(dataDir, 'database.run.json');

/**
 * The embedded server another process (the app, while a CLI command runs) started on this data
 * dir: two servers must never open the same files.
 */
function runningServer(dataDir: string): RunFile | null {
  try {
    const run = JSON.parse(fs.readFileSync(runFile(dataDir), 'utf8')) as RunFile;
    process.kill(run.pid, 0);
    return run;
  } catch {
    return null;
  }
}

function recordRun(dataDir: string, server: DatabaseServer): DatabaseServer {
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(runFile(dataDir), JSON.stringify({ pid: process.pid, uri: server.uri, engine: server.engine }));
  return {
    ...server,
    async stop() {
      fs.rmSync(runFile(dataDir), { force: true });
      await server.stop();
    },
  };
}
