import crypto from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import { AppError } from '../errors/app-error.js';

export interface RequestGateOptions {
  /** Requests being served at once, over everyone. */
  maxActive: number;
  /** Requests being served at once for one person (a session, or an address when signed out). */
  maxActivePerKey: number;
  /** Requests allowed to wait, over everyone and for one person. */
  maxQueued: number;
  maxQueuedPerKey: number;
  /** A request that waited this long is answered 503 instead of being served late. */
  maxWaitMs: number;
  /**
   * How long a person's place stays taken after their request ends, given how long it ran: a
   * rest that keeps one person's back-to-back heavy requests from taking the whole machine while
   * others wait (the lane frees at once for everyone else). None by default.
   */
  restAfter?: (ranMs: number) => number;
  /** Who a request belongs to (the gate runs before the session is loaded, so no database read). */
  keyOf: (req: Request) => string;
}

interface Waiting {
  key: string;
  start: () => void;
  fail: (err: AppError) => void;
  timer: NodeJS.Timeout;
}

/**
 * Fair admission: at most `maxActive` requests run at once and at most `maxActivePerKey` of one
 * person's; the rest wait in a queue per person and are admitted round-robin across people, so
 * twenty slow requests from one user delay that user, not everyone else. When the queues are full,
 * or a request has waited too long, it gets 503 `server_busy` with Retry-After rather than piling
 * up work the server cannot finish.
 */
export class RequestGate {
  private active = 0;
  private readonly activeByKey = new Map<string, number>();
  private readonly queues = new Map<string, Waiting[]>();
  /** Keys with someone waiting, in the order they are served next. */
  private ring: string[] = [];
  private queued = 0;

  constructor(private readonly opts: RequestGateOptions) {}

  get stats() {
    return { active: this.active, queued: this.queued, people: this.queues.size };
  }

  middleware(): RequestHandler {
    return (req, res, next) => {
      const key = this.opts.keyOf(req);
      this.admit(key, res).then(
        () => next(),
        (err: unknown) => next(err),
      );
    };
  }

  /** Resolves when the request may run; its slot is released when the response ends. */
  admit(key: string, res: Response): Promise<void> {
    return new Promise((resolve, reject) => {
      const start = () => {
        this.active += 1;
        this.activeByKey.set(key, (this.activeByKey.get(key) ?? 0) + 1);
        const startedAt = Date.now();
        let released = false;
        const freeKey = () => {
          const left = (this.activeByKey.get(key) ?? 1) - 1;
          if (left > 0) this.activeByKey.set(key, left);
          else this.activeByKey.delete(key);
          this.pump();
        };
        const release = () => {
          if (released) return;
          released = true;
          this.active -= 1;
          const rest = this.opts.restAfter?.(Date.now() - startedAt) ?? 0;
          if (rest > 0) {
            // Others may use the freed capacity now; this person's place frees after the rest.
            this.pump();
            setTimeout(freeKey, rest).unref();
          } else freeKey();
        };
        res.once('finish', release);
        res.once('close', release);
        resolve();
      };
      if (this.queues.size === 0 && this.hasRoom(key)) {
        start();
        return;
      }
      const queue = this.queues.get(key) ?? [];
      if (this.queued >= this.opts.maxQueued || queue.length >= this.opts.maxQueuedPerKey) {
        reject(busy());
        return;
      }
      const waiting: Waiting = {
        key,
        start,
        fail: reject,
        timer: setTimeout(() => this.drop(waiting, busy()), this.opts.maxWaitMs),
      };
      // A client that gives up while waiting frees its place at once.
      res.once('close', () => this.drop(waiting, null));
      queue.push(waiting);
      this.queued += 1;
      if (!this.queues.has(key)) {
        this.queues.set(key, queue);
        this.ring.push(key);
      }
      this.pump();
    });
  }

  private hasRoom(key: string): boolean {
    return this.active < this.opts.maxActive && (this.activeByKey.get(key) ?? 0) < this.opts.maxActivePerKey;
  }

  /** Admits waiting requests, one person at a time in turn, while there is room. */
  private pump(): void {
    let scanned = 0;
    while (this.active < this.opts.maxActive && this.ring.length > 0 && scanned < this.ring.length) {
      const key = this.ring.shift() as string;
      const queue = this.queues.get(key);
      if (!queue || queue.length === 0) {
        this.queues.delete(key);
        continue;
      }
      if (!this.hasRoom(key)) {
        this.ring.push(key);
        scanned += 1;
        continue;
      }
      scanned = 0;
      const next = queue.shift() as Waiting;
      this.queued -= 1;
      clearTimeout(next.timer);
      if (queue.length > 0) this.ring.push(key);
      else this.queues.delete(key);
      next.start();
    }
  }

  private drop(waiting: Waiting, err: AppError | null): void {
    const queue = this.queues.get(waiting.key);
    const at = queue?.indexOf(waiting) ?? -1;
    if (!queue || at < 0) return;
    queue.splice(at, 1);
    this.queued -= 1;
    clearTimeout(waiting.timer);
    if (queue.length === 0) {
      this.queues.delete(waiting.key);
      this.ring = this.ring.filter((k) => k !== waiting.key);
    }
    if (err) waiting.fail(err);
  }
}

const busy = () =>
  new AppError('server_busy', 'the server is busy; try again in a moment', undefined, { 'Retry-After': '2' });

/**
 * The session cookie (hashed, so the key never holds a credential) or else the client address:
 * one person's requests share one queue.
 */
export function requestKey(sessionCookie: string): (req: Request) => string {
  return (req) => {
    const token = req.cookies?.[sessionCookie];
    if (token) return `s:${crypto.createHash('sha256').update(token).digest('base64url').slice(0, 22)}`;
    return `ip:${req.ip ?? 'unknown'}`;
  };
}
