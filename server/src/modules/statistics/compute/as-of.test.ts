import { describe, expect, it } from 'vitest';
import type { Dated, PositionAttributes } from '../facts.js';
import { valuesAt } from './as-of.js';
import { measurePeriod, prepareFacts } from './measure.js';
import { parsePeriod, periodBounds } from './period.js';
import { facts, position, sh, worker } from './testing.js';

/*
 * Point in time: a dated attribute's versions are [previous `to`, `to`) with `to` exclusive; the
 * current values hold from the last `to` on, the oldest ones before the first change.
 */
describe('valuesAt', () => {
  const past: Dated<{ v: string }>[] = [
    { v: 'a', to: 100 },
    { v: 'b', to: 200 },
    { v: 'c', to: 300 },
  ];
  const now = { v: 'd' };

  it('when a version ends at t, then t already reads the next one (`to` exclusive)', () => {
    expect(valuesAt(now, past, 99).v).toBe('a');
    expect(valuesAt(now, past, 100).v).toBe('b');
    expect(valuesAt(now, past, 199).v).toBe('b');
    expect(valuesAt(now, past, 200).v).toBe('c');
    expect(valuesAt(now, past, 299).v).toBe('c');
    expect(valuesAt(now, past, 300).v).toBe('d');
    expect(valuesAt(now, past, Number.POSITIVE_INFINITY).v).toBe('d');
  });

  it('when t is before the first change, then the oldest known values apply (the record as created)', () => {
    expect(valuesAt(now, past, Number.NEGATIVE_INFINITY).v).toBe('a');
    expect(valuesAt(now, past, -1).v).toBe('a');
  });

  it('when a record never changed, then its own values apply at every instant', () => {
    expect(valuesAt(now, undefined, 0)).toBe(now);
    expect(valuesAt(now, [], 0)).toBe(now);
  });

  it('when there is one version, then the search finds it on either side of its end', () => {
    expect(valuesAt(now, [{ v: 'a', to: 10 }], 9).v).toBe('a');
    expect(valuesAt(now, [{ v: 'a', to: 10 }], 10).v).toBe('d');
  });

  it('when many versions, then each instant gets the one in force (checked against a linear scan)', () => {
    const many = Array.from({ length: 37 }, (_, i) => ({ v: `v${i}`, to: (i + 1) * 10 }));
    for (let t = -5; t < 400; t++) {
      const linear = many.find((x) => x.to > t) ?? now;
      expect(valuesAt(now, many, t).v).toBe(linear.v);
    }
  });
});

/** October 2026 is [1 Oct, 1 Nov) Shanghai; its reference instant is 31 Oct 23:59:59.999. */
const october = periodBounds(parsePeriod('2026-10'));
const november = periodBounds(parsePeriod('2026-11'));
const measure = (f: ReturnType<typeof facts>, b: typeof october, year = 2026) =>
  measurePeriod(prepareFacts(f), b, year);

const was = (p: Partial<PositionAttributes>, to: number): Dated<PositionAttributes> => ({
  primaryDomain: 'elderly_care',
  secondaryDomain: null,
  districtCode: '310101',
  streetKind: 'street',
  headcount: 1,
  minCertificate: 'none',
  minEducation: 'none',
  talentCategory: 'practice',
  salaryMin: 6000,
  salaryMax: 8000,
  guidanceLow: null,
  guidanceMedian: null,
  ...p,
  to,
});

describe('measurePeriod reads each attribute at the period’s last instant', () => {
  const open = { publishedAt: sh('2026-09-01'), openIntervals: [{ from: sh('2026-09-01'), to: null }] };

  it('when a headcount went 1 → 11 after October ended, then October counts 1 and November 11', () => {
    const f = facts({
      positions: [position({ ...open, headcount: 11, past: [was({ headcount: 1 }, sh('2026-11-20'))] })],
    });
    expect(measure(f, october)).toMatchObject({ demand: 1, openingsAtEnd: 1 });
    expect(measure(f, november)).toMatchObject({ demand: 11, openingsAtEnd: 11 });
  });

  it('when the change is exactly at the period’s end, then the period still reads the old value; 1 ms earlier, the new one', () => {
    const at = (t: number) =>
      facts({ positions: [position({ ...open, headcount: 11, past: [was({ headcount: 1 }, t)] })] });
    expect(measure(at(october.end), october).demand).toBe(1);
    expect(measure(at(october.end - 1), october).demand).toBe(11);
  });

  it('when domain, district, street kind, category and salary changed, then every table of the ended period reads the old ones', () => {
    const p = position({
      ...open,
      headcount: 4,
      primaryDomain: 'child_welfare',
      districtCode: '310151',
      streetKind: 'town',
      talentCategory: 'management',
      minCertificate: 'social_worker',
      minEducation: 'master',
      salaryMin: 9000,
      salaryMax: 11000,
      guidanceLow: 10000,
      guidanceMedian: 10000,
      past: [was({ headcount: 2, guidanceLow: 5000, guidanceMedian: 7000 }, sh('2026-11-03'))],
    });
    const oct = measure(facts({ positions: [p] }), october);
    const b = oct.breakdown;
    expect(oct.demand).toBe(2);
    expect([...b.domain.demand]).toEqual([['elderly_care', 2]]);
    expect([...b.district.demand]).toEqual([['310101', 2]]);
    expect([...b.streetKind.demand]).toEqual([['street', 2]]);
    expect([...b.talentCategory.demand]).toEqual([['practice', 2]]);
    expect([...b.certificateRequired.demand]).toEqual([['none', 2]]);
    expect([...b.education.demand]).toEqual([['none', 2]]);
    expect(oct.salaryMidpoints).toEqual([7000]);
    expect(oct).toMatchObject({ withGuidanceLow: 1, belowGuidanceLow: 0, midpointToGuidance: [1] });
    expect([...oct.shortage.keys()]).toEqual(['elderly_care|310101']);

    const nov = measure(facts({ positions: [p] }), november);
    expect([...nov.breakdown.domain.demand]).toEqual([['child_welfare', 4]]);
    expect(nov).toMatchObject({ demand: 4, salaryMidpoints: [10000], belowGuidanceLow: 1 });
  });

  it('when a worker moved, changed domains, got older records or a certificate after October, then October’s supply is as recorded then', () => {
    const w = worker({
      openToWork: [{ from: sh('2026-09-01'), to: null }],
      birthYear: 1960,
      districtCode: '310151',
      streetKind: 'town',
      domains: ['migration'],
      educationLevel: 'doctorate',
      talentCategory: 'management',
      certificate: { level: 'senior', since: sh('2020-01-01') },
      past: [
        {
          birthYear: 1999,
          districtCode: '310101',
          streetKind: 'street',
          domains: ['elderly_care', 'child_welfare'],
          educationLevel: 'bachelor',
          talentCategory: 'practice',
          certificate: null,
          to: sh('2026-11-15'),
        },
      ],
    });
    const b = measure(facts({ workers: [w] }), october).breakdown;
    expect([...b.district.supply]).toEqual([['310101', 1]]);
    expect([...b.streetKind.supply]).toEqual([['street', 1]]);
    expect([...b.domain.supply].sort()).toEqual([
      ['child_welfare', 1],
      ['elderly_care', 1],
    ]);
    expect([...b.certificateHeld.supply]).toEqual([['none', 1]]);
    expect([...b.talentCategory.supply]).toEqual([['practice', 1]]);
    expect([...b.ageBand.supply]).toEqual([['25_34', 1]]);

    const n = measure(facts({ workers: [w] }), november).breakdown;
    expect([...n.district.supply]).toEqual([['310151', 1]]);
    expect([...n.certificateHeld.supply]).toEqual([['senior', 1]]);
    expect([...n.ageBand.supply]).toEqual([['55_plus', 1]]);
  });
});
