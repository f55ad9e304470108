import type { HeadlineMeasure, ReportFigures } from '@shsw/shared';
import { describe, expect, it } from 'vitest';
import type { StatisticsFacts } from '../facts.js';
import { application, facts, noDisclosure, position, report, sh, worker } from './testing.js';

/**
 * October 2026, worked by hand. P = [1 Oct 00:00, 1 Nov 00:00) +08:00; previous = September 2026,
 * year ago = October 2025.
 *
 * Positions (open intervals; headcount; salary → midpoint; guidance low / median):
 *  A published 10 Sep, open from 10 Sep;           3; 5000–7000 → 6000; 5000 / 5000; hires 11 Oct, 5 Nov
 *  B published  5 Oct, open 5–20 Oct;              2; 4000–6000 → 5000; 4500 / 4000; hire 15 Oct
 *  C published  1 Aug, open 1 Aug – 30 Sep 10:00;  5; not open in October
 *  D published 31 Oct 23:00, open from then;       1; 8000–10000 → 9000; no guidance
 *  F published  1 Oct 00:00, open 1–3 Oct;        1; 3000–3000 → 3000; 3500 / 4000; hire 3 Oct 12:00
 *  E never published.
 * Workers:
 *  w1 open to work from 1 Sep                     → in S, carried in (not new)
 *  w2 open to work 10–20 Oct                      → in S, new
 *  w3 application active from 2 Oct               → in S, new
 *  w4 open to work Mar 2025 only; application 12–25 Oct → in S, not new (sought before)
 *  w5 open to work from 3 Nov                     → not in S
 *  w6 employed from 1 Jan 2026                    → employed at the end
 *  w7 employed 1 Sep – 15 Oct                     → not employed at the end
 *  w8 employed from 1 Jan 2025, open to work from 20 Oct → employed and in S, new
 *  w9 application active 25 Sep – 1 Oct 00:00     → not in S (ends as October begins)
 *  w10, w11 employed from 2020                    → employed
 *  w1 also applies on 31 Oct 23:59:59.999.
 */
function october(): StatisticsFacts {
  const A = position({
    id: 'A',
    headcount: 3,
    salaryMin: 5000,
    salaryMax: 7000,
    guidanceLow: 5000,
    guidanceMedian: 5000,
    publishedAt: sh('2026-09-10'),
    openIntervals: [{ from: sh('2026-09-10'), to: null }],
    hiredAt: [sh('2026-10-11'), sh('2026-11-05')],
  });
  const B = position({
    id: 'B',
    headcount: 2,
    salaryMin: 4000,
    salaryMax: 6000,
    guidanceLow: 4500,
    guidanceMedian: 4000,
    publishedAt: sh('2026-10-05'),
    openIntervals: [{ from: sh('2026-10-05'), to: sh('2026-10-20') }],
    hiredAt: [sh('2026-10-15')],
  });
  const C = position({
    id: 'C',
    headcount: 5,
    publishedAt: sh('2026-08-01'),
    openIntervals: [{ from: sh('2026-08-01'), to: sh('2026-09-30T10:00') }],
  });
  const D = position({
    id: 'D',
    headcount: 1,
    salaryMin: 8000,
    salaryMax: 10000,
    publishedAt: sh('2026-10-31T23:00'),
    openIntervals: [{ from: sh('2026-10-31T23:00'), to: null }],
  });
  const F = position({
    id: 'F',
    headcount: 1,
    salaryMin: 3000,
    salaryMax: 3000,
    guidanceLow: 3500,
    guidanceMedian: 4000,
    publishedAt: sh('2026-10-01'),
    openIntervals: [{ from: sh('2026-10-01'), to: sh('2026-10-03') }],
    hiredAt: [sh('2026-10-03T12:00')],
  });
  const E = position({ id: 'E', headcount: 5 });
  const w = (id: string, rest: Parameters<typeof worker>[0] = {}) => worker({ id, ...rest });
  return facts({
    asOf: sh('2026-11-01'),
    positions: [A, B, C, D, E, F],
    workers: [
      w('w1', { openToWork: [{ from: sh('2026-09-01'), to: null }] }),
      w('w2', { openToWork: [{ from: sh('2026-10-10'), to: sh('2026-10-20') }] }),
      w('w3'),
      w('w4', { openToWork: [{ from: sh('2025-03-01'), to: sh('2025-04-01') }] }),
      w('w5', { openToWork: [{ from: sh('2026-11-03'), to: null }] }),
      w('w6', { employed: [{ from: sh('2026-01-01'), to: null }] }),
      w('w7', { employed: [{ from: sh('2026-09-01'), to: sh('2026-10-15') }] }),
      w('w8', { employed: [{ from: sh('2025-01-01'), to: null }], openToWork: [{ from: sh('2026-10-20'), to: null }] }),
      w('w9'),
      w('w10', { employed: [{ from: sh('2020-01-01'), to: null }] }),
      w('w11', { employed: [{ from: sh('2020-01-01'), to: null }] }),
    ],
    applications: [
      application({ workerId: 'w3', positionId: 'B', submittedAt: sh('2026-10-02') }),
      application({
        workerId: 'w4',
        positionId: 'A',
        submittedAt: sh('2026-10-12'),
        active: { from: sh('2026-10-12'), to: sh('2026-10-25') },
      }),
      application({ workerId: 'w1', positionId: 'D', submittedAt: sh('2026-10-31T23:59:59.999') }),
      application({
        workerId: 'w9',
        positionId: 'A',
        submittedAt: sh('2026-09-25'),
        active: { from: sh('2026-09-25'), to: sh('2026-10-01') },
      }),
    ],
  });
}

const values = (r: ReportFigures, part: 'current' | 'previous' | 'yearAgo' | 'mom' | 'yoy') =>
  Object.fromEntries(Object.entries(r.headline).map(([m, v]) => [m, v[part].value])) as Record<
    HeadlineMeasure,
    number | null
  >;

describe('headline measures', () => {
  it('when October is computed without disclosure control, then every measure matches the hand count', () => {
    const r = report(october(), '2026-10', noDisclosure);
    expect(values(r, 'current')).toEqual({
      demand: 7, // A 3 + B 2 + D 1 + F 1 (C closed on 30 Sep, E never open)
      supply: 5, // w1, w2, w3, w4, w8
      ratio: 1.4, // 7 / 5
      newPostings: 3, // B, D, F (F at 1 Oct 00:00 exactly)
      newSeekers: 3, // w2, w3, w8
      openingsAtEnd: 3, // A 3 − 1 hire before 1 Nov = 2, D 1 − 0 = 1
      applications: 3, // w3 2 Oct, w4 12 Oct, w1 31 Oct 23:59:59.999 (w9's was in September)
      hires: 3, // A 11 Oct, B 15 Oct, F 3 Oct 12:00 (A's 5 Nov hire is later)
      employed: 4, // w6, w8, w10, w11 (w7 left on 15 Oct)
      hiresRate: 75, // 3 / 4 × 100
      openingsRate: 42.9, // 3 / (4 + 3) × 100 = 42.857…
      daysToHireMedian: 10, // A 31, B 10, F 2.5 days → middle 10
      daysToHireMean: 14.5, // 43.5 / 3
      // Midpoints of A, B, D, F sorted: 3000, 5000, 6000, 9000; h = 3p.
      salaryP10: 3600, // h 0.3: 3000 + 0.3 × 2000
      salaryP25: 4500, // h 0.75: 3000 + 0.75 × 2000
      salaryP50: 5500, // h 1.5: (5000 + 6000) / 2
      salaryP75: 6750, // h 2.25: 6000 + 0.25 × 3000
      salaryP90: 8100, // h 2.7: 6000 + 0.7 × 3000
      salaryBelowGuidanceShare: 66.7, // A 5000 ≥ 5000 no, B 4000 < 4500 yes, F 3000 < 3500 yes → 2 / 3 (D has none)
      salaryMedianToGuidance: 1.2, // A 6000/5000 = 1.2, B 5000/4000 = 1.25, F 3000/4000 = 0.75 → 1.2
    });
  });

  it('when September and October 2025 are the bases, then 环比 and 同比 are percent changes with na on a zero base', () => {
    const r = report(october(), '2026-10', noDisclosure);
    const h = r.headline;
    // September: demand A 3 + C 5 = 8; supply w1, w9 = 2; employed w6, w7, w8, w10, w11 = 5.
    expect(h.demand).toMatchObject({ previous: { value: 8 }, mom: { value: -12.5, flag: null } }); // (7 − 8) / 8
    expect(h.supply).toMatchObject({ previous: { value: 2 }, mom: { value: 150, flag: null } }); // (5 − 2) / 2
    expect(h.ratio).toMatchObject({ previous: { value: 4 }, mom: { value: -65 } }); // R 8/2 = 4 → (1.4 − 4) / 4
    expect(h.employed).toMatchObject({ previous: { value: 5 }, mom: { value: -20 } }); // (4 − 5) / 5
    // October 2025: employed w8, w10, w11 = 3; no demand or supply yet.
    expect(h.employed).toMatchObject({ yearAgo: { value: 3 }, yoy: { value: 33.3 } }); // (4 − 3) / 3
    expect(h.demand).toMatchObject({ yearAgo: { value: 0, flag: null }, yoy: { value: null, flag: 'na' } });
    expect(h.supply.yoy).toEqual({ value: null, flag: 'na' });
    // September had no hires: days to hire has nothing to compare with.
    expect(h.daysToHireMedian).toMatchObject({
      previous: { value: null, flag: 'na' },
      mom: { value: null, flag: 'na' },
    });
    expect(h.hires.mom).toEqual({ value: null, flag: 'na' }); // base 0
  });

  it('when disclosure control applies, then small counts and what derives from them are suppressed', () => {
    const h = report(october(), '2026-10').headline;
    expect(h.demand.current).toEqual({ value: 7, flag: null });
    expect(h.supply.current).toEqual({ value: 5, flag: null });
    expect(h.ratio.current).toEqual({ value: null, flag: 'not_shown' }); // S 5 < 20
    expect(h.newPostings.current).toEqual({ value: 3, flag: null }); // positions, not people
    for (const m of ['newSeekers', 'openingsAtEnd', 'applications', 'hires', 'employed'] as const) {
      expect(h[m].current, m).toEqual({ value: null, flag: 'suppressed' }); // 3, 3, 3, 3, 4
    }
    expect(h.hiresRate.current.flag).toBe('suppressed'); // from suppressed hires and employed
    expect(h.openingsRate.current.flag).toBe('suppressed');
    expect(h.daysToHireMedian.current.flag).toBe('suppressed'); // 3 hires < 5
    expect(h.salaryP50.current.flag).toBe('suppressed'); // 4 positions < 5
    expect(h.salaryBelowGuidanceShare.current.flag).toBe('suppressed'); // 3 with guidance
    expect(h.supply.mom).toEqual({ value: null, flag: 'suppressed' }); // base September 2 is suppressed
    expect(h.demand.mom).toEqual({ value: -12.5, flag: null }); // 7 and 8 both shown
    expect(h.employed.previous).toEqual({ value: 5, flag: null });
    expect(h.hires.yearAgo).toEqual({ value: 0, flag: null }); // a true zero is shown
  });
});

describe('as of the period end', () => {
  it('when events happen after the end of October, then October and September figures do not change', () => {
    const before = october();
    const later = october();
    later.asOf = sh('2026-12-01');
    const byId = new Map(later.positions.map((p) => [p.id, p]));
    // A closes, D fills, a new position opens, w1 stops seeking, w8 leaves, w5 applies and w2 is hired.
    const A = byId.get('A');
    const D = byId.get('D');
    if (!A?.openIntervals[0] || !D?.openIntervals[0]) throw new Error('fixture');
    A.openIntervals[0].to = sh('2026-11-10');
    D.openIntervals[0].to = sh('2026-11-06');
    D.hiredAt.push(sh('2026-11-06'));
    later.positions.push(
      position({ id: 'G', publishedAt: sh('2026-11-02'), openIntervals: [{ from: sh('2026-11-02'), to: null }] }),
    );
    const w = new Map(later.workers.map((x) => [x.id, x]));
    const w1 = w.get('w1');
    const w8 = w.get('w8');
    const w3 = w.get('w3');
    if (!w1?.openToWork[0] || !w8?.employed[0] || !w3) throw new Error('fixture');
    w1.openToWork[0].to = sh('2026-11-02');
    w8.employed[0].to = sh('2026-11-15');
    w3.certificate = { level: 'assistant', since: sh('2026-11-10') };
    later.workers.push(worker({ id: 'w12', openToWork: [{ from: sh('2026-11-02'), to: null }] }));
    later.applications.push(
      application({ workerId: 'w5', positionId: 'A', submittedAt: sh('2026-11-03') }),
      application({
        workerId: 'w2',
        positionId: 'D',
        submittedAt: sh('2026-11-04'),
        active: { from: sh('2026-11-04'), to: sh('2026-11-06') },
        hiredAt: sh('2026-11-06'),
      }),
    );
    // w3's application (open since 2 Oct) is rejected in November.
    const a3 = later.applications.find((a) => a.workerId === 'w3');
    if (!a3) throw new Error('fixture');
    a3.active = { from: a3.active.from, to: sh('2026-11-20') };

    for (const id of ['2026-10', '2026-09', '2026-Q3']) {
      const { asOf: _a, ...x } = report(before, id, noDisclosure);
      const { asOf: _b, ...y } = report(later, id, noDisclosure);
      expect(y, id).toEqual(x);
    }
    // The later events are real: November does see them (here the hires: A's 5 Nov + D's 6 Nov).
    expect(report(before, '2026-11', noDisclosure).headline.hires.current.value).toBe(1);
    expect(report(later, '2026-11', noDisclosure).headline.hires.current.value).toBe(2);
  });

  it('when intervals end or begin exactly at a boundary, then [start, end) decides, and openings are read at end − 1 ms', () => {
    const f = facts({
      positions: [
        position({ headcount: 2, openIntervals: [{ from: sh('2026-10-05'), to: sh('2026-11-01') }] }), // closes at e
        position({ headcount: 3, openIntervals: [{ from: sh('2026-11-01'), to: null }] }), // opens at e
        // Closes at s, filled at s.
        position({
          headcount: 4,
          openIntervals: [{ from: sh('2026-09-01'), to: sh('2026-10-01') }],
          hiredAt: [sh('2026-10-01')],
        }),
      ],
      workers: [
        worker({ id: 'u1', openToWork: [{ from: sh('2026-09-01'), to: sh('2026-10-01') }] }), // stops at s
        worker({ id: 'u2' }),
        worker({ id: 'u3' }),
        worker({ id: 'u4', employed: [{ from: sh('2026-01-01'), to: sh('2026-11-01') }] }), // leaves at e
      ],
      applications: [
        application({
          workerId: 'u2',
          submittedAt: sh('2026-09-20'),
          active: { from: sh('2026-09-20'), to: sh('2026-10-01') },
        }),
        application({ workerId: 'u3', submittedAt: sh('2026-11-01') }), // active from e
      ],
    });
    const oct = report(f, '2026-10', noDisclosure).headline;
    expect(oct.demand.current.value).toBe(2); // only the first position
    expect(oct.supply.current.value).toBe(0); // u1 and u2 stopped at s, u3 starts at e
    expect(oct.openingsAtEnd.current.value).toBe(2); // open at 31 Oct 23:59:59.999
    expect(oct.employed.current.value).toBe(1); // u4 still employed at e − 1 ms
    expect(oct.hires.current.value).toBe(1); // the hire at 1 Oct 00:00 is October's
    expect(oct.hires.previous.value).toBe(0);
    const sep = report(f, '2026-09', noDisclosure).headline;
    expect([sep.demand.current.value, sep.supply.current.value]).toEqual([4, 2]); // 4; u1, u2
    expect(report(f, '2026-11', noDisclosure).headline.employed.current.value).toBe(0);
  });

  it('when an application names a worker missing from the worker facts, then they still count once in supply', () => {
    const f = facts({
      workers: [worker({ id: 'k1', openToWork: [{ from: sh('2026-10-01'), to: null }] })],
      applications: [
        application({ workerId: 'k1', submittedAt: sh('2026-10-02') }),
        application({ workerId: 'ghost', submittedAt: sh('2026-10-03') }),
        application({ workerId: 'ghost', submittedAt: sh('2026-10-04') }),
      ],
    });
    const r = report(f, '2026-10', noDisclosure);
    expect(r.headline.supply.current.value).toBe(2); // k1 and ghost (two applications, one person)
    expect(r.headline.applications.current.value).toBe(3);
    expect(r.tables.find((t) => t.dimension === 'district')?.rows).toMatchObject([
      { category: 'unknown', supply: { value: 2 } },
    ]);
  });

  it('when a worker first seeks exactly at the period start, then they are new in that period and not before', () => {
    const f = facts({ workers: [worker({ openToWork: [{ from: sh('2026-10-01'), to: null }] })] });
    expect(report(f, '2026-10', noDisclosure).headline.newSeekers.current.value).toBe(1);
    expect(report(f, '2026-09', noDisclosure).headline.supply.current.value).toBe(0);
    expect(report(f, '2026-11', noDisclosure).headline.newSeekers.current.value).toBe(0); // carried in
    expect(report(f, '2026-11', noDisclosure).headline.supply.current.value).toBe(1);
  });
});
