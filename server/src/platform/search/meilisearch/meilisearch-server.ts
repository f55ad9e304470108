import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { freePort } from '../../db/mongod.js';
import { SupervisedProcess } from '../../db/supervised-process.js';
import type { Logger } from '../../logger.js';

export interface MeilisearchServerOptions {
  /** The `meilisearch` binary (MEILI_BIN). */
  bin: string;
  /** Its database directory (DATA_DIR/meili). */
  dir: string;
  /** The master key; generated when absent. */
  masterKey?: string | undefined;
  /**
   * The `ferretdb-embedded` binary, whose `guard` mode stops Meilisearch when this process ends
   * even if it is killed; without it Meilisearch is a plain child, stopped by `stop()` only.
   */
  guardBin?: string | undefined;
  log: Logger;
}

export interface RunningMeilisearch {
  host: string;
  masterKey: string;
  process: SupervisedProcess;
  stop(): Promise<void>;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: terminal colour codes are control characters
const stripAnsi = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

/** Polls `GET /health` until Meilisearch answers `available`. */
export async function waitForHealth(host: string, alive: () => boolean = () => true): Promise<void> {
  for (;;) {
    if (!alive()) throw new Error('meilisearch exited before it served');
    try {
      const res = await fetch(`${host}/health`, { headers: { 'accept-encoding': 'identity' } });
      if (res.ok && ((await res.json()) as { status?: string }).status === 'available') return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Runs a Meilisearch binary on a free loopback port with its files in `dir`, under supervision:
 * restarted on the same port if it dies, stopped with the app, never outliving it (through the
 * guard when there is one). The master key goes through the environment, not the command line.
 */
export async function startMeilisearch(opts: MeilisearchServerOptions): Promise<RunningMeilisearch> {
  // Resolved here: the child runs in its data dir, where a relative path would mean something else.
  const bin = path.resolve(opts.bin);
  if (!fs.existsSync(bin)) throw new Error(`MEILI_BIN: ${bin} does not exist`);
  fs.mkdirSync(opts.dir, { recursive: true, mode: 0o700 });
  const port = await freePort();
  const host = `http://127.0.0.1:${port}`;
  const masterKey = opts.masterKey ?? crypto.randomBytes(24).toString('hex');
  const args = [
    '--db-path',
    path.join(opts.dir, 'data.ms'),
    '--dump-dir',
    path.join(opts.dir, 'dumps'),
    '--snapshot-dir',
    path.join(opts.dir, 'snapshots'),
    '--http-addr',
    `127.0.0.1:${port}`,
    '--env',
    'development',
    '--no-analytics',
    '--log-level',
    'WARN',
  ];
  // Meilisearch reads MEILI_* variables as options: the app's own (MEILI_HOST, MEILI_BIN) must not reach it.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('MEILI_')));
  const proc = new SupervisedProcess({
    name: 'meilisearch',
    command: opts.guardBin ?? bin,
    args: () => (opts.guardBin ? ['guard', '--', bin, ...args] : args),
    spawn: { cwd: opts.dir, env: { ...env, MEILI_MASTER_KEY: masterKey } },
    log: opts.log,
    readyTimeoutMs: 120_000,
    backoffMs: [250, 5_000],
    ready: (child) => waitForHealth(host, () => child.exitCode === null && child.signalCode === null),
    onLine: (line) => {
      const text = stripAnsi(line);
      // The banner and its INFO lines are noise here; a failed task is reported by the adapter,
      // and an index that already exists is what ensureIndex expects.
      if (!/\b(WARN|ERROR)\b/.test(text) || /Batch failed|already exists/.test(text)) return;
      opts.log.warn({ process: 'meilisearch' }, text.trim());
    },
  });
  await proc.start();
  // The guard turns SIGTERM into SIGINT, Meilisearch's graceful stop; so does Meilisearch itself.
  return { host, masterKey, process: proc, stop: () => proc.stop('SIGTERM', 30_000) };
}
