import { type ChildProcess, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findRepoRoot } from '@shsw/server/config';
import { freePort } from '@shsw/server/platform/db/mongod';
import { TestMailbox } from '../setup/mailbox.js';

/** Percentile of a sorted list (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

/** What the machine is, for the benchmark table. */
export function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}`;
}

export interface AppProcess {
  url: string;
  child: ChildProcess;
  /** Structured log lines the server printed (JSON). */
  logs: Record<string, unknown>[];
  /** The SMTP server the app sends to (sign-up links are read from it). */
  mailbox: TestMailbox;
  rssMb(): number;
  peakRssMb(): number;
  stop(): Promise<void>;
}

/** The built server (`npm run build` first) in its own process, as production runs it. */
export async function startAppProcess(env: Record<string, string>): Promise<AppProcess> {
  const repo = findRepoRoot();
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shsw-bench-app-'));
  const mailbox = await TestMailbox.start();
  // BENCH_APP_NODE_ARGS adds Node flags to the app (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile it).
  const nodeArgs = (process.env.BENCH_APP_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, 'server/dist/main.js'], {
    cwd: repo,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      SESSION_SECRET: crypto.randomBytes(32).toString('hex'),
      DATA_ENCRYPTION_KEY: crypto.randomBytes(32).toString('hex'),
      RATE_LIMIT_PER_MINUTE: '0',
      AUTH_RATE_LIMIT_PER_MINUTE: '0',
      SMTP_URL: mailbox.url,
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Record<string, unknown>[] = [];
  let buffer = '';
  child.stdout?.on('data', (d: Buffer) => {
    buffer += d.toString();
    let nl = buffer.indexOf('\n');
    while (nl >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      if (line.startsWith('{')) logs.push(JSON.parse(line) as Record<string, unknown>);
      nl = buffer.indexOf('\n');
    }
  });
  child.stderr?.on('data', (d: Buffer) => process.stderr.write(d));
  const url = `http://127.0.0.1:${port}`;
  const status = (key: string) => {
    const text = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
    return Number(new RegExp(`${key}:\\s+(\\d+)`).exec(text)?.[1] ?? 0) / 1024;
  };
  return {
    url,
    child,
    logs,
    mailbox,
    rssMb: () => status('VmRSS'),
    peakRssMb: () => status('VmHWM'),
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      await mailbox.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Waits until a structured log line matching `msg` appears (or the timeout passes). */
export async function waitForLog(app: AppProcess, msg: string, timeoutMs: number): Promise<Record<string, unknown>> {
  const started = Date.now();
  for (;;) {
    const found = app.logs.find((l) => l.msg === msg);
    if (found) return found;
    if (Date.now() - started > timeoutMs) throw new Error(`no "${msg}" log within ${timeoutMs} ms`);
    if (app.child.exitCode !== null) throw new Error(`the app exited with ${app.child.exitCode}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A signed-in session over plain fetch: the cookies and the CSRF token. */
export async function signIn(url: string, login: string, password: string): Promise<{ cookie: string; csrf: string }> {
  const first = await fetch(`${url}/api/auth/csrf`);
  const csrfCookie = first.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await first.json()) as { csrfToken: string };
  const res = await fetch(`${url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: csrfCookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ login, password }),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const session = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const body = (await res.json()) as { csrfToken: string };
  return { cookie: `${csrfCookie}; ${session}`, csrf: body.csrfToken };
}

/** Timed GET; throws on a non-2xx answer so a broken benchmark never reports fast errors. */
export async function timedGet(url: string, headers: Record<string, string> = {}): Promise<number> {
  const started = performance.now();
  const res = await fetch(url, { headers });
  const body = await res.text();
  const ms = performance.now() - started;
  if (!res.ok) throw new Error(`${res.status} for ${url}: ${body.slice(0, 200)}`);
  return ms;
}

/** Runs `clients` loops over the URLs for `seconds`; returns completed requests per second. */
export async function throughput(
  urls: readonly { url: string; headers?: Record<string, string> }[],
  clients: number,
  seconds: number,
): Promise<{ perSecond: number; requests: number }> {
  const end = Date.now() + seconds * 1000;
  let requests = 0;
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      let i = c;
      while (Date.now() < end) {
        const u = urls[i % urls.length];
        if (!u) break;
        await timedGet(u.url, u.headers);
        requests += 1;
        i += clients;
      }
    }),
  );
  return { perSecond: requests / seconds, requests };
}
