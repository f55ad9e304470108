import { describe, expect, it } from 'vitest';
import { facts, noDisclosure, position, report, seekers, sh } from './testing.js';

const SEP = sh('2026-09-01');
const OCT = sh('2026-10-01');
const open = (headcount: number, from: number, to: number) =>
  position({ headcount, publishedAt: from, openIntervals: [{ from, to }] });

describe('环比 and 同比 of ratios', () => {
  it('when the ratio changes, then its 环比 comes from the unrounded ratios, not the published ones', () => {
    // September: D 10, S 30 → R 0.333… (published 0.33); October: D 12, S 39 → R 0.307… (published 0.31).
    const f = facts({
      positions: [open(10, SEP, OCT), open(12, OCT, sh('2026-11-01'))],
      workers: [
        ...seekers(30, SEP).map((w) => ({ ...w, openToWork: [{ from: SEP, to: OCT }] })),
        ...seekers(39, OCT).map((w) => ({ ...w, openToWork: [{ from: OCT, to: sh('2026-11-01') }] })),
      ],
    });
    const h = report(f, '2026-10', noDisclosure).headline;
    expect(h.ratio.current).toEqual({ value: 0.31, flag: null });
    expect(h.ratio.previous).toEqual({ value: 0.33, flag: null });
    // (12/39 − 10/30) / (10/30) = −7.69…% → −7.7 (the rounded ratios would give (0.31 − 0.33) / 0.33 = −6.1).
    expect(h.ratio.mom).toEqual({ value: -7.7, flag: null });
    // Counts are exact either way: (12 − 10) / 10.
    expect(h.demand.mom).toEqual({ value: 20, flag: null });
  });
});
