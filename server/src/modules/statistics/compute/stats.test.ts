import { describe, expect, it } from 'vitest';
import { mean, median, percentileSorted, roundTo } from './stats.js';

describe('numeric helpers', () => {
  it('when rounding halves, then they go away from zero as written in decimal', () => {
    expect(roundTo(1.005, 2)).toBe(1.01); // binary 1.00499999… still reads 1.005
    expect(roundTo(2.675, 2)).toBe(2.68);
    expect(roundTo(-12.25, 1)).toBe(-12.3);
    expect(roundTo(42.857142, 1)).toBe(42.9);
    expect(Object.is(roundTo(-0.04, 1), 0)).toBe(true); // no −0
  });

  it('when taking percentiles of [3000, 4000, 5000, 6000, 10000], then they interpolate linearly (type 7)', () => {
    const xs = [3000, 4000, 5000, 6000, 10000];
    // h = (n − 1)·p = 4p. P10: h = 0.4 → 3000 + 0.4·1000 = 3400. P25: h = 1 → 4000. P50: h = 2 → 5000.
    // P75: h = 3 → 6000. P90: h = 3.6 → 6000 + 0.6·4000 = 8400.
    expect([0.1, 0.25, 0.5, 0.75, 0.9].map((p) => percentileSorted(xs, p))).toEqual([3400, 4000, 5000, 6000, 8400]);
    expect(percentileSorted([], 0.5)).toBeNull();
    expect(percentileSorted([7], 0.9)).toBe(7);
  });

  it('when the count is even, then the median is the average of the two middle values', () => {
    expect(median([31, 2.5, 10])).toBe(10);
    expect(median([10, 31, 2.5, 40])).toBe(20.5); // (10 + 31) / 2
    expect(mean([2.5, 10, 31])).toBe(14.5);
    expect(median([])).toBeNull();
    expect(mean([])).toBeNull();
  });
});
