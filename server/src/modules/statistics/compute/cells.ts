import type { Cell } from '@shsw/shared';
import { roundTo } from './stats.js';

/** Disclosure-control thresholds. */
export interface DisclosureOptions {
  /** People counts from 1 to minCell − 1 are suppressed (a true 0 is shown). */
  minCell: number;
  /** A 求人倍率 is shown only when its supply is at least this. */
  minSupplyForRatio: number;
}

export const defaultDisclosure: DisclosureOptions = { minCell: 5, minSupplyForRatio: 20 };

export const naCell = (): Cell => ({ value: null, flag: 'na' });
export const suppressedCell = (): Cell => ({ value: null, flag: 'suppressed' });
/** Hidden to protect a suppressed count elsewhere (complementary suppression, shown as "x"). */
export const secondaryCell = (): Cell => ({ value: null, flag: 'secondary' });
export const notShownCell = (): Cell => ({ value: null, flag: 'not_shown' });
export const valueCell = (value: number): Cell => ({ value, flag: null });

/** A people count under disclosure control: 1 … minCell − 1 is suppressed, 0 is shown. */
export function countCell(n: number, opts: DisclosureOptions): Cell {
  return n > 0 && n < opts.minCell ? suppressedCell() : valueCell(n);
}

/**
 * A figure derived from published cells: suppressed when any input is suppressed (so it cannot
 * give a suppressed count away), secondary when any input is, not shown when any input is not shown, `na` when an input has
 * no value or `compute` returns null (a zero base, nothing to compare with).
 */
export function derivedCell(inputs: readonly Cell[], compute: (values: number[]) => number | null): Cell {
  if (inputs.some((c) => c.flag === 'suppressed')) return suppressedCell();
  if (inputs.some((c) => c.flag === 'secondary')) return secondaryCell();
  if (inputs.some((c) => c.flag === 'not_shown')) return notShownCell();
  const values: number[] = [];
  for (const c of inputs) {
    if (c.value === null) return naCell();
    values.push(c.value);
  }
  const v = compute(values);
  return v === null || !Number.isFinite(v) ? naCell() : valueCell(v);
}

/** 求人倍率 D/S, 2 decimals: not shown when S is suppressed or under the threshold, suppressed when D is. */
export function ratioCell(demand: Cell, supply: Cell, opts: DisclosureOptions): Cell {
  if (supply.flag !== null || supply.value === null || supply.value < opts.minSupplyForRatio) return notShownCell();
  return derivedCell([demand, supply], ([d = 0, s = 0]) => roundTo(d / s, 2));
}

/** part / whole × 100, 1 decimal (`na` when the whole is 0). */
export function percentCell(part: Cell, whole: Cell): Cell {
  return derivedCell([part, whole], ([p = 0, w = 0]) => (w === 0 ? null : roundTo((p / w) * 100, 1)));
}

/**
 * Percent change from `base` to `current`, 1 decimal (`na` when the base is 0 or missing). Flags
 * come from the published cells; the value from `exact` (the unrounded figures) when given, so
 * the change of a ratio is not the change of two rounded ratios.
 */
export function changeCell(current: Cell, base: Cell, exact?: readonly [number | null, number | null]): Cell {
  return derivedCell([current, base], ([c = 0, b = 0]) => {
    const [ec, eb] = exact ?? [c, b];
    if (ec === null || eb === null) return null;
    return b === 0 || eb === 0 ? null : roundTo(((ec - eb) / Math.abs(eb)) * 100, 1);
  });
}

/**
 * A statistic of a sample that is not itself a people count (a salary percentile, days to hire):
 * `na` with no observations, suppressed with fewer than minCell, else the value rounded.
 */
export function sampleCell(n: number, value: number | null, digits: number, opts: DisclosureOptions): Cell {
  if (n === 0 || value === null) return naCell();
  if (n < opts.minCell) return suppressedCell();
  return valueCell(roundTo(value, digits));
}
