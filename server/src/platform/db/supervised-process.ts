import { type ChildProcess, type SpawnOptions, spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import type { Logger } from '../logger.js';

export type ProcessState = 'starting' | 'up' | 'down' | 'stopped';

export interface SupervisedProcessOptions {
  name: string;
  command: string;
  /** Computed at every start, so a restart can reuse what the first start chose (a port). */
  args: () => string[];
  spawn?: SpawnOptions;
  /** Resolves once the child serves; rejects if it never will. `output` is what it printed so far. */
  ready: (child: ChildProcess, output: () => string) => Promise<void>;
  /** Called with every line the child writes. */
  onLine?: (line: string) => void;
  log: Logger;
  readyTimeoutMs?: number;
  /** Restart delays: doubles from the first to the last after every failed start. */
  backoffMs?: readonly [number, number];
}

/**
 * A child process that is restarted when it dies: a database server the app depends on. The
 * first start fails loudly (nothing has worked yet); after that, an exit the app did not ask for
 * marks it `down`, and it is restarted with a growing delay until it is `up` again. Listeners
 * hear `down` and `up`, so health and request gating follow without polling.
 */
export class SupervisedProcess extends EventEmitter<{ up: []; down: [] }> {
  state: ProcessState = 'stopped';
  /** Restarts after unexpected exits, for logs and tests. */
  restarts = 0;
  private child: ChildProcess | undefined;
  private stopping = false;
  private retryTimer: NodeJS.Timeout | undefined;
  private delayMs: number;
  private stableTimer: NodeJS.Timeout | undefined;

  constructor(private readonly opts: SupervisedProcessOptions) {
    super();
    this.delayMs = opts.backoffMs?.[0] ?? 250;
  }

  get name(): string {
    return this.opts.name;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  async start(): Promise<void> {
    this.stopping = false;
    await this.launch();
  }

  private async launch(): Promise<void> {
    this.state = 'starting';
    const child = spawn(this.opts.command, this.opts.args(), {
      ...this.opts.spawn,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child = child;
    let output = '';
    const onData = (d: Buffer) => {
      const text = d.toString();
      if (output.length < 64_000) output += text;
      for (const line of text.split('\n')) if (line.trim()) this.opts.onLine?.(line);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    // An EPIPE on stdin after the child died is expected; the exit handler deals with the death.
    child.stdin?.on('error', () => undefined);
    const exited = new Promise<string>((resolve) =>
      child.once('exit', (code, signal) => resolve(`${this.opts.name} exited (${signal ?? `code ${code}`})`)),
    );
    child.once('error', (err) => this.opts.log.error({ err, process: this.opts.name }, 'could not start'));

    const timeoutMs = this.opts.readyTimeoutMs ?? 60_000;
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.opts.ready(child, () => output),
        exited.then((why) => Promise.reject(new Error(`${why}:\n${output.slice(-2_000)}`))),
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () =>
              reject(
                new Error(`${this.opts.name} was not ready within ${timeoutMs / 1000} s:\n${output.slice(-2_000)}`),
              ),
            timeoutMs,
          );
        }),
      ]);
    } catch (err) {
      child.kill('SIGKILL');
      throw err;
    } finally {
      clearTimeout(timer);
    }
    child.once('exit', (code, signal) => this.onExit(child, code, signal));
    if (child.exitCode !== null || child.signalCode !== null) {
      this.onExit(child, child.exitCode, child.signalCode);
      return;
    }
    this.state = 'up';
    this.emit('up');
    // Only a run that lasts resets the back-off; a crash loop keeps growing its delay.
    this.stableTimer = setTimeout(() => {
      this.delayMs = this.opts.backoffMs?.[0] ?? 250;
    }, 10_000);
    this.stableTimer.unref();
  }

  private onExit(child: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
    if (this.child !== child || this.stopping) return;
    clearTimeout(this.stableTimer);
    this.state = 'down';
    this.opts.log.error({ process: this.opts.name, code, signal }, 'database process died; restarting');
    this.emit('down');
    this.scheduleRestart();
  }

  private scheduleRestart(): void {
    if (this.stopping) return;
    const delay = this.delayMs;
    this.delayMs = Math.min(this.delayMs * 2, this.opts.backoffMs?.[1] ?? 10_000);
    this.retryTimer = setTimeout(() => {
      if (this.stopping) return;
      this.restarts += 1;
      this.launch().then(
        () => this.opts.log.warn({ process: this.opts.name, restarts: this.restarts }, 'database process restarted'),
        (err: unknown) => {
          this.state = 'down';
          this.opts.log.error({ err, process: this.opts.name, retryInMs: this.delayMs }, 'restart failed');
          this.scheduleRestart();
        },
      );
    }, delay);
    this.retryTimer.unref();
  }

  /** Stops for good: closes stdin, sends `signal`, and kills after `graceMs`. */
  async stop(signal: NodeJS.Signals = 'SIGTERM', graceMs = 10_000): Promise<void> {
    this.stopping = true;
    clearTimeout(this.retryTimer);
    clearTimeout(this.stableTimer);
    this.state = 'stopped';
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.stdin?.end();
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  }
}

/** Resolves when the child prints a line matching `pattern`; with the match. */
export function waitForOutput(output: () => string, child: ChildProcess, pattern: RegExp): Promise<RegExpExecArray> {
  return new Promise((resolve) => {
    const check = () => {
      const match = pattern.exec(output());
      if (!match) return false;
      child.stdout?.off('data', check);
      child.stderr?.off('data', check);
      resolve(match);
      return true;
    };
    if (check()) return;
    // Listeners added after the collector's, so output() already holds the new chunk.
    child.stdout?.on('data', check);
    child.stderr?.on('data', check);
  });
}
