import type { Dated } from '../facts.js';

/**
 * Point in time: which values a fact's dated attributes had at an instant. `past` holds the
 * earlier versions oldest first, each valid over [previous `to`, its `to`) — `to` exclusive, the
 * first from the record's beginning — and the fact's own fields hold the values since the last
 * `to`. Before the first change the oldest known values apply (a record is not counted before it
 * existed, whatever it held then). A binary search: O(log versions), and one property test for
 * the records that never changed, so reading as of a date costs a period nothing measurable.
 */
export function valuesAt<V>(current: V, past: readonly Dated<V>[] | undefined, t: number): V {
  if (past === undefined || past.length === 0) return current;
  // The first version whose `to` is after t: the one in force at t.
  let lo = 0;
  let hi = past.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((past[mid] as Dated<V>).to > t) hi = mid;
    else lo = mid + 1;
  }
  return lo < past.length ? (past[lo] as V) : current;
}
