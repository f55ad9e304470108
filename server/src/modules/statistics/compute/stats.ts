/** Small pure numeric helpers for the published figures. */

/**
 * Rounds half away from zero to `digits` decimals, reading the number as its shortest decimal
 * form first so that 1.005 rounds to 1.01 and −12.25 to −12.3 (as a reader rounding by hand would).
 */
export function roundTo(x: number, digits: number): number {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** digits;
  const scaled = Number((Math.abs(x) * f).toPrecision(15));
  const r = (Math.sign(x) * Math.round(scaled)) / f;
  return r === 0 ? 0 : r; // no −0
}

export function mean(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  let sum = 0;
  for (const x of xs) sum += x;
  return sum / xs.length;
}

/**
 * Percentile by linear interpolation between closest ranks (Hyndman & Fan type 7: Excel
 * PERCENTILE.INC, NumPy's default): h = (n − 1)·p, value = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]).
 * Its 50th percentile is the usual median. `sorted` must be ascending; `p` in [0, 1].
 */
export function percentileSorted(sorted: readonly number[], p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  const b = sorted[Math.min(lo + 1, n - 1)] as number;
  return a + (h - lo) * (b - a);
}

/** The usual median: the middle value, or the average of the two middle values. */
export function median(xs: readonly number[]): number | null {
  return percentileSorted(sortNumbers(xs), 0.5);
}

export function sortNumbers(xs: readonly number[]): number[] {
  return Array.from(Float64Array.from(xs).sort());
}
