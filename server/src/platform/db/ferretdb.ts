import { type ChildProcess, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../logger.js';
import type { DatabaseServer } from './database-server.js';

const BINARY = 'ferretdb-embedded';

/**
 * The cache key covers the wrapper's sources and the Go version, so a change to either
 * rebuilds, and nothing else ever does.
 */
function cacheKey(moduleDir: string, goVersion: string): string {
  const hash = crypto.createHash('sha256').update(goVersion);
  for (const file of ['go.mod', 'go.sum', 'main.go']) hash.update(fs.readFileSync(path.join(moduleDir, file)));
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

export interface FerretDbOptions {
  dir: string;
  repoRoot: string;
  bin?: string | undefined;
  log: Logger;
}

/** Starts FerretDB on a free loopback port; it exits by itself if this process dies (stdin closes). */
export async function startFerretDb(opts: FerretDbOptions): Promise<DatabaseServer> {
  const bin = opts.bin ?? (await ensureFerretDbBinary(opts.repoRoot, opts.log));
  fs.mkdirSync(opts.dir, { recursive: true });
  const child = spawn(bin, ['--dir', opts.dir, '--listen', '127.0.0.1:0'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const uri = await waitForReady(child);
  child.stderr?.on('data', (d: Buffer) => opts.log.warn({ ferretdb: d.toString().trim() }, 'ferretdb'));
  return {
    uri,
    engine: 'ferretdb-sqlite',
    stop: () => stopChild(child),
  };
}

function waitForReady(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`FerretDB did not start within 30 s:\n${err}`));
    }, 30_000);
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const match = /^ready (\S+)$/m.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`FerretDB exited with code ${code}:\n${err}`));
    });
  });
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
