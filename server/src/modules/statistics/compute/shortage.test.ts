import { describe, expect, it } from 'vitest';
import { facts, position, report, seekers, sh } from './testing.js';

const OCT = sh('2026-10-01');
const open = (primaryDomain: string, districtCode: string, headcount: number) =>
  position({ primaryDomain, districtCode, headcount, publishedAt: OCT, openIntervals: [{ from: OCT, to: null }] });

describe('shortage ranking', () => {
  it('when cells differ in 求人倍率, then the highest comes first, ties by demand then vocabulary order', () => {
    const f = facts({
      positions: [
        open('elderly_care', '310101', 6),
        open('child_welfare', '310115', 3),
        open('elderly_care', '310115', 3),
        open('school', '310104', 2),
        open('disability', '310104', 6),
        open('child_welfare', '310101', 3),
        open('employment', '310101', 5), // no seekers there: S 0 → not shown
      ],
      workers: [
        // Huangpu: two seekers in elderly care, psychological and child welfare (each cell counts them).
        ...seekers(2, OCT, { districtCode: '310101', domains: ['elderly_care', 'psychological', 'child_welfare'] }),
        ...seekers(2, OCT, { districtCode: '310115', domains: ['child_welfare'] }),
        ...seekers(3, OCT, { districtCode: '310115', domains: ['elderly_care'] }),
        ...seekers(1, OCT, { districtCode: '310104', domains: ['school'] }),
        ...seekers(4, OCT, { districtCode: '310104', domains: ['disability'] }),
        ...seekers(3, OCT, { districtCode: null, domains: ['disability'] }), // no residence: in no cell
      ],
    });
    const r = report(f, '2026-10', { minCell: 1, minSupplyForRatio: 2 });
    expect(r.shortage.map((c) => [c.domain, c.district, c.demand.value, c.supply.value, c.ratio.value])).toEqual([
      ['elderly_care', '310101', 6, 2, 3], // 6 / 2
      ['disability', '310104', 6, 4, 1.5], // ties at 1.5, larger demand first
      ['child_welfare', '310101', 3, 2, 1.5], // same domain: Huangpu before Pudong
      ['child_welfare', '310115', 3, 2, 1.5],
      ['elderly_care', '310115', 3, 3, 1],
      ['psychological', '310101', 0, 2, 0], // a true 0 is shown, so ranked last
      // school × Xuhui (S 1 < 2) and employment × Huangpu (S 0) are left out.
    ]);
  });

  it('when ratios round alike, then the exact ratio still orders them', () => {
    // 2 / 3 = 0.6667 and 665 / 1000 = 0.665 both publish as 0.67; ordered by the rounded value and then by
    // demand, 665 would come first — exactly, 2/3 is higher.
    const f = facts({
      positions: [open('elderly_care', '310101', 2), open('child_welfare', '310101', 665)],
      workers: [
        ...seekers(3, OCT, { districtCode: '310101', domains: ['elderly_care'] }),
        ...seekers(1000, OCT, { districtCode: '310101', domains: ['child_welfare'] }),
      ],
    });
    const r = report(f, '2026-10', { minCell: 1, minSupplyForRatio: 1 });
    expect(r.shortage.map((c) => [c.domain, c.ratio.value])).toEqual([
      ['elderly_care', 0.67],
      ['child_welfare', 0.67],
    ]);
  });

  it('when default thresholds apply, then a cell with 19 seekers is left out and one with 20 is kept', () => {
    const f = facts({
      positions: [open('elderly_care', '310101', 40), open('child_welfare', '310101', 10), open('school', '310101', 3)],
      workers: [
        ...seekers(25, OCT, { districtCode: '310101', domains: ['school'] }), // D 3 suppressed → R suppressed, left out
        ...seekers(19, OCT, { districtCode: '310101', domains: ['elderly_care'] }),
        ...seekers(20, OCT, { districtCode: '310101', domains: ['child_welfare'] }),
      ],
    });
    const r = report(f, '2026-10');
    expect(r.shortage).toEqual([
      {
        domain: 'child_welfare',
        district: '310101',
        demand: { value: 10, flag: null },
        supply: { value: 20, flag: null },
        ratio: { value: 0.5, flag: null },
      },
    ]);
  });
});
