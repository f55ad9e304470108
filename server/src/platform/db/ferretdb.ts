import { type ChildProcess, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../logger.js';
import { SupervisedProcess, waitForOutput } from './supervised-process.js';

const BINARY = 'ferretdb-embedded';

/**
 * The cache key covers the wrapper's sources and the Go version, so a change to either
 * rebuilds, and nothing else ever does.
 */
function cacheKey(moduleDir: string, goVersion: string): string {
  const hash = crypto.createHash('sha256').update(goVersion);
  const files = fs.readdirSync(moduleDir).filter((f) => f === 'go.mod' || f === 'go.sum' || f.endsWith('.go'));
  for (const file of files.sort()) hash.update(file).update(fs.readFileSync(path.join(moduleDir, file)));
  return hash.digest('hex').slice(0, 16);
}

async function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${cmd} ${args.join(' ')} failed:\n${err}`)),
    );
  });
}

/** Builds tools/ferretdb once into `.cache/ferretdb/<key>/`, printing progress while Go works. */
export async function ensureFerretDbBinary(repoRoot: string, log: Logger): Promise<string> {
  const moduleDir = path.join(repoRoot, 'tools', 'ferretdb');
  const goVersion = (await run('go', ['env', 'GOVERSION'], moduleDir)).trim();
  const dir = path.join(repoRoot, '.cache', 'ferretdb', cacheKey(moduleDir, goVersion));
  const bin = path.join(dir, BINARY);
  if (fs.existsSync(bin)) return bin;

  fs.mkdirSync(dir, { recursive: true });
  const started = Date.now();
  const say = (msg: string) => {
    log.info(msg);
    if (!process.stdout.isTTY || log.level === 'silent') process.stderr.write(`${msg}\n`);
  };
  say(`Building FerretDB 1.24.2 with ${goVersion} (first run only; usually 1–3 minutes)…`);
  const ticker = setInterval(
    () => say(`  …still building FerretDB (${Math.round((Date.now() - started) / 1000)} s)`),
    15_000,
  );
  const tmp = `${bin}.${process.pid}.tmp`;
  try {
    // GOTOOLCHAIN=local: never fetch another Go; GOFLAGS=-mod=readonly: go.sum is the truth.
    await run('go', ['build', '-trimpath', '-o', tmp, '.'], moduleDir, {
      ...process.env,
      GOTOOLCHAIN: 'local',
      GOFLAGS: '-mod=readonly',
      CGO_ENABLED: '0',
    });
    fs.renameSync(tmp, bin);
  } finally {
    clearInterval(ticker);
    fs.rmSync(tmp, { force: true });
  }
  say(`FerretDB built in ${Math.round((Date.now() - started) / 1000)} s → ${path.relative(repoRoot, bin)}`);
  return bin;
}

export type FerretDbBackend = { handler: 'postgresql'; url: string } | { handler: 'sqlite'; dir: string };

export interface FerretDbOptions {
  backend: FerretDbBackend;
  bin: string;
  log: Logger;
}

export interface RunningFerretDb {
  uri: string;
  process: SupervisedProcess;
  stop(): Promise<void>;
}

/**
 * Starts FerretDB on a free loopback port under supervision: if it dies it is restarted on the
 * same port, so the app's MongoDB driver reconnects by itself. It exits by itself if this process
 * dies (its stdin closes).
 */
export async function startFerretDb(opts: FerretDbOptions): Promise<RunningFerretDb> {
  const backendArgs =
    opts.backend.handler === 'postgresql'
      ? ['--handler', 'postgresql', '--postgresql-url', withPool(opts.backend.url)]
      : ['--handler', 'sqlite', '--dir', opts.backend.dir];
  if (opts.backend.handler === 'sqlite') fs.mkdirSync(opts.backend.dir, { recursive: true });
  let listen = '127.0.0.1:0';
  let uri = '';
  const proc = new SupervisedProcess({
    name: 'ferretdb',
    command: opts.bin,
    args: () => [...backendArgs, '--listen', listen],
    log: opts.log,
    backoffMs: [250, 5_000],
    ready: async (child, output) => {
      const match = await waitForOutput(output, child, /^ready (\S+)$/m);
      uri = match[1] ?? '';
      // Restarts listen where the first start did: the driver's address stays valid.
      listen = new URL(uri).host;
    },
    onLine: (line) => {
      if (line.startsWith('ready ')) return;
      // A failed query (a refused duplicate claim) is the caller's to report; the rest is worth a look.
      if (/ msg=Query /.test(line)) opts.log.debug({ ferretdb: line }, 'ferretdb');
      else opts.log.warn({ ferretdb: line }, 'ferretdb');
    },
  });
  await proc.start();
  return { uri, process: proc, stop: () => proc.stop('SIGTERM', 5_000) };
}

/** FerretDB's pool to PostgreSQL: enough for parallel reads, well under max_connections. */
function withPool(url: string): string {
  const u = new URL(url);
  if (!u.searchParams.has('pool_max_conns')) u.searchParams.set('pool_max_conns', '32');
  if (!u.searchParams.has('sslmode')) u.searchParams.set('sslmode', 'disable');
  return u.toString();
}

export async function stopChild(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.stdin?.end();
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
