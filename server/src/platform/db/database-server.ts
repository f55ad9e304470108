import { spawnSync } from 'node:child_process';
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

  if (want('mongod') && onPath('mongod', ['--version'])) {
    opts.log.info('embedded database: local mongod');
    return startLocalMongod(path.join(opts.dataDir, 'mongod'), opts.log);
  }
  if (want('ferretdb') && (opts.ferretDbBin || onPath('go', ['version']))) {
    opts.log.info('embedded database: FerretDB 1.24 on SQLite');
    return startFerretDb({
      dir: path.join(opts.dataDir, 'ferretdb'),
      repoRoot: opts.repoRoot,
      bin: opts.ferretDbBin,
      log: opts.log,
    });
  }
  if (want('memory-server')) {
    opts.log.info('embedded database: mongodb-memory-server (downloads MongoDB on first use)');
    return startMemoryServer(path.join(opts.dataDir, 'mongodb-memory-server'));
  }
  throw new Error(
    `no database available for EMBEDDED_DB=${opts.prefer}: set MONGODB_URI, put mongod on PATH, or install Go to build FerretDB`,
  );
}
