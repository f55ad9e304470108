import { describe, expect, it } from 'vitest';
import { facts, position, report, seekers, sh, tableOf } from './testing.js';

const OCT = sh('2026-10-01');
const openInOctober = (headcount: number, extra: Parameters<typeof position>[0] = {}) =>
  position({ headcount, publishedAt: OCT, openIntervals: [{ from: OCT, to: null }], ...extra });

describe('disclosure control', () => {
  it('when a count is 1 to 4, then it is suppressed; 0 and 5 are shown as they are', () => {
    const counts = (n: number) => report(facts({ workers: seekers(n, OCT) }), '2026-10').headline.supply.current;
    expect(counts(0)).toEqual({ value: 0, flag: null });
    for (const n of [1, 2, 3, 4]) expect(counts(n), String(n)).toEqual({ value: null, flag: 'suppressed' });
    expect(counts(5)).toEqual({ value: 5, flag: null });
  });

  it('when supply is 19, then the ratio is not shown; at 20 it is', () => {
    const ratio = (s: number) =>
      report(facts({ positions: [openInOctober(30)], workers: seekers(s, OCT) }), '2026-10').headline.ratio.current;
    expect(ratio(19)).toEqual({ value: null, flag: 'not_shown' });
    expect(ratio(20)).toEqual({ value: 1.5, flag: null }); // 30 / 20
    expect(ratio(40)).toEqual({ value: 0.75, flag: null }); // 30 / 40
  });

  it('when demand is 1 to 4 but supply is large, then the ratio is suppressed with it', () => {
    const r = report(facts({ positions: [openInOctober(3)], workers: seekers(20, OCT) }), '2026-10');
    expect(r.headline.demand.current).toEqual({ value: null, flag: 'suppressed' });
    expect(r.headline.ratio.current).toEqual({ value: null, flag: 'suppressed' }); // else 3 = R × 20 leaks
    // No demand at all: a true ratio of 0.
    const none = report(facts({ workers: seekers(20, OCT) }), '2026-10');
    expect(none.headline.ratio.current).toEqual({ value: 0, flag: null });
  });

  it('when a table row holds 1 to 4, then its count, share and changes are suppressed, a 0 row shows 0', () => {
    // Demand: elderly care 3 (suppressed), child welfare 10; supply: 20 in child welfare only.
    const f = facts({
      positions: [openInOctober(3), openInOctober(10, { primaryDomain: 'child_welfare' })],
      workers: seekers(20, OCT, { domains: ['child_welfare'] }),
    });
    const t = tableOf(report(f, '2026-10'), 'domain');
    const byCat = Object.fromEntries(t.rows.map((r) => [r.category, r]));
    expect(byCat.elderly_care).toEqual({
      category: 'elderly_care',
      demand: { value: null, flag: 'suppressed' },
      supply: { value: 0, flag: null },
      ratio: { value: null, flag: 'not_shown' }, // S 0 < 20
      share: { value: null, flag: 'suppressed' },
      mom: { value: null, flag: 'suppressed' },
      yoy: { value: null, flag: 'suppressed' },
    });
    // 13 − 10 would give the 3 away: child welfare is hidden with it (complementary suppression),
    // and so is everything computed from it.
    expect(byCat.child_welfare).toMatchObject({
      demand: { value: null, flag: 'secondary' },
      supply: { value: 20, flag: null },
      ratio: { value: null, flag: 'secondary' },
      share: { value: null, flag: 'secondary' },
      mom: { value: null, flag: 'secondary' },
    });
    expect(t.total).toMatchObject({
      demand: { value: 13 },
      supply: { value: 20 },
      ratio: { value: 0.65 },
      share: { value: 100 },
    });
  });

  it('when thresholds are given as options, then they replace 5 and 20', () => {
    const f = facts({ positions: [openInOctober(30)], workers: seekers(3, OCT) });
    expect(report(f, '2026-10').headline.supply.current.flag).toBe('suppressed');
    const r = report(f, '2026-10', { minCell: 3, minSupplyForRatio: 3 });
    expect(r.headline.supply.current).toEqual({ value: 3, flag: null });
    expect(r.headline.ratio.current).toEqual({ value: 10, flag: null }); // 30 / 3
    expect(report(f, '2026-10', { minCell: 4, minSupplyForRatio: 4 }).headline.ratio.current.flag).toBe('not_shown');
  });

  it('when fewer than 5 positions feed the salary figures, then they are suppressed; with 5 they are shown', () => {
    const salaries = (n: number) =>
      report(
        facts({
          positions: Array.from({ length: n }, (_, i) =>
            openInOctober(1, { salaryMin: 4000 + 1000 * i, salaryMax: 4000 + 1000 * i, guidanceLow: 5000 }),
          ),
        }),
        '2026-10',
      ).headline;
    expect(salaries(4).salaryP50.current).toEqual({ value: null, flag: 'suppressed' });
    expect(salaries(4).salaryBelowGuidanceShare.current).toEqual({ value: null, flag: 'suppressed' });
    // Midpoints 4000 … 8000: P50 6000; below 5000: only 4000 → 1 / 5 = 20%.
    expect(salaries(5).salaryP50.current).toEqual({ value: 6000, flag: null });
    expect(salaries(5).salaryBelowGuidanceShare.current).toEqual({ value: 20, flag: null });
    expect(salaries(0).salaryP50.current).toEqual({ value: null, flag: 'na' });
  });
});
