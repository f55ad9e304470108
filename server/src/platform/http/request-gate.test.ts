import { EventEmitter } from 'node:events';
import type { Request, Response } from 'express';
import { describe, expect, it } from 'vitest';
import type { AppError } from '../errors/app-error.js';
import { RequestGate, type RequestGateOptions } from './request-gate.js';

/** A request of one person that is admitted, then finished by the test. */
interface Pending {
  key: string;
  admitted: boolean;
  error: AppError | null;
  finish(): void;
  abandon(): void;
}

function harness(opts: Partial<RequestGateOptions> = {}) {
  const gate = new RequestGate({
    maxActive: 2,
    maxActivePerKey: 1,
    maxQueued: 10,
    maxQueuedPerKey: 5,
    maxWaitMs: 60_000,
    keyOf: (req) => (req as unknown as { key: string }).key,
    ...opts,
  });
  const handler = gate.middleware();
  const order: string[] = [];
  const send = (key: string, label = key): Pending => {
    const res = new EventEmitter();
    const pending: Pending = {
      key,
      admitted: false,
      error: null,
      finish: () => res.emit('finish'),
      abandon: () => res.emit('close'),
    };
    handler({ key } as unknown as Request, res as unknown as Response, (err?: unknown) => {
      if (err) pending.error = err as AppError;
      else {
        pending.admitted = true;
        order.push(label);
      }
    });
    return pending;
  };
  return { gate, send, order, settle: () => new Promise((r) => setImmediate(r)) };
}

describe('request gate', () => {
  it('when one person sends many requests, then another person is served before that person’s backlog', async () => {
    const { send, order, settle } = harness();
    const a = Array.from({ length: 5 }, (_, i) => send('a', `a${i}`));
    const b = send('b', 'b0');
    await settle();
    // One slot each: a0 and b0 run at once; a1…a4 wait for a0.
    expect(order).toEqual(['a0', 'b0']);
    a[0]?.finish();
    await settle();
    expect(order).toEqual(['a0', 'b0', 'a1']);
    b.finish();
    await settle();
    expect(order).toEqual(['a0', 'b0', 'a1']);
  });

  it('when several people wait, then they are admitted in turn, not by arrival', async () => {
    const { send, order, settle } = harness({ maxActive: 1, maxActivePerKey: 1 });
    const sent = new Map<string, Pending>();
    for (const [key, label] of [
      ['x', 'x0'],
      ['a', 'a0'],
      ['a', 'a1'],
      ['a', 'a2'],
      ['b', 'b0'],
      ['c', 'c0'],
    ] as const) {
      sent.set(label, send(key, label));
    }
    await settle();
    for (let round = 0; round < 6 && order.length < 6; round += 1) {
      sent.get(order.at(-1) ?? '')?.finish();
      await settle();
    }
    expect(order).toEqual(['x0', 'a0', 'b0', 'c0', 'a1', 'a2']);
  });

  it('when a person’s queue is full, then the next request is refused with 503 server_busy and Retry-After', async () => {
    const { send, settle } = harness({ maxQueuedPerKey: 2 });
    send('a');
    const queued = [send('a'), send('a')];
    const refused = send('a');
    await settle();
    expect(queued.every((p) => !p.admitted && p.error === null)).toBe(true);
    expect(refused.error?.code).toBe('server_busy');
    expect(refused.error?.status).toBe(503);
    expect(refused.error?.headers?.['Retry-After']).toBeDefined();
  });

  it('when a waiting client goes away, then its place is freed and it is never admitted', async () => {
    const { gate, send, settle } = harness({ maxActive: 1 });
    const running = send('a');
    const gone = send('b');
    const next = send('c');
    await settle();
    gone.abandon();
    expect(gate.stats.queued).toBe(1);
    running.finish();
    await settle();
    expect(gone.admitted).toBe(false);
    expect(next.admitted).toBe(true);
  });

  it('when a request waits longer than allowed, then it is answered 503 rather than served late', async () => {
    const { send } = harness({ maxActive: 1, maxWaitMs: 20 });
    send('a');
    const late = send('b');
    await new Promise((r) => setTimeout(r, 60));
    expect(late.error?.code).toBe('server_busy');
    expect(late.admitted).toBe(false);
  });

  it('when a person must rest after a request, then others go first and that person goes after the rest', async () => {
    const { send, order, settle } = harness({ maxActive: 2, maxActivePerKey: 1, restAfter: () => 30 });
    const a0 = send('a', 'a0');
    send('a', 'a1');
    await settle();
    a0.finish();
    send('b', 'b0');
    await settle();
    // a0 is over, but a's place is resting: b goes first.
    expect(order).toEqual(['a0', 'b0']);
    for (let i = 0; i < 200 && order.length < 3; i += 1) await new Promise((r) => setTimeout(r, 10));
    expect(order).toEqual(['a0', 'b0', 'a1']);
  });
});
