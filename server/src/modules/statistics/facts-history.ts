import {
  type Dated,
  type PositionDatedKey,
  positionDatedKeys,
  type WorkerAttributes,
  workerDatedKeys,
} from './facts.js';
import type { StoredPositionFact, StoredWorkerFact } from './facts-from-records.js';

/*
 * The dated history of the attributes reports group and count by (see facts.ts). The records
 * keep only today's values; the facts projection keeps what they were. Each time the projection
 * takes a record's new facts (the outbox, a rebuild, a worker's deletion), the values it held
 * until then are closed at the change and kept, never overwritten. Pure.
 */

export type StoredPositionAttributes = Pick<StoredPositionFact, PositionDatedKey>;

/** When a record's current values began: its last write (a change is dated by the write that made it). */
export function changedAt(record: { updatedAt?: Date | string | null }, fallback: number): number {
  const t = record.updatedAt == null ? Number.NaN : new Date(record.updatedAt).getTime();
  return Number.isFinite(t) ? t : fallback;
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * `next` (the record's facts now) carrying the history `previous` (what the projection held)
 * had: when any dated attribute differs, the previous values are closed at `at` and appended.
 * A change dated no later than the last one closes an empty stretch and is not kept (the new
 * values then hold from the last change on). Without a previous fact, `next` is returned as is
 * (a retained fact keeps its own history).
 */
function withHistory<V, F extends { past?: Dated<V>[] }>(
  keys: readonly (keyof V & keyof F)[],
  previous: F | null | undefined,
  next: F,
  at: number,
): F {
  if (!previous) return next;
  const past = previous.past ?? [];
  const lastTo = past.length > 0 ? (past[past.length - 1] as Dated<V>).to : Number.NEGATIVE_INFINITY;
  let kept = past;
  if (at > lastTo && keys.some((k) => !same(previous[k], next[k]))) {
    const closed = { to: at } as Dated<V>;
    for (const k of keys) (closed as Record<string, unknown>)[k as string] = previous[k];
    kept = [...past, closed];
  }
  const { past: _own, ...rest } = next;
  return (kept.length > 0 ? { ...rest, past: kept } : rest) as F;
}

export function withPositionHistory(
  previous: StoredPositionFact | null | undefined,
  next: StoredPositionFact,
  at: number,
): StoredPositionFact {
  return withHistory<StoredPositionAttributes, StoredPositionFact>(positionDatedKeys, previous, next, at);
}

export function withWorkerHistory(
  previous: StoredWorkerFact | null | undefined,
  next: StoredWorkerFact,
  at: number,
): StoredWorkerFact {
  return withHistory<WorkerAttributes, StoredWorkerFact>(workerDatedKeys, previous, next, at);
}
