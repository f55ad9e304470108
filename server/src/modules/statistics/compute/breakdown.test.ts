import { breakdownDimensions } from '@shsw/shared';
import { describe, expect, it } from 'vitest';
import type { StatisticsFacts } from '../facts.js';
import { facts, noDisclosure, position, report, rowValues, sh, tableOf, worker } from './testing.js';

const OCT = sh('2026-10-01');
const SEP = sh('2026-09-01');
const always = [{ from: OCT, to: null }];

/**
 * October 2026 (September and October 2025 for 环比 / 同比).
 * Positions:
 *  P1 elderly_care, 310101 Huangpu, street, 3, needs social_worker + bachelor, practice, agency; open from 1 Sep
 *  P2 child_welfare, 310115 Pudong, town, 2, no certificate, no education, supervision, street station;
 *     open in October 2025 and from 1 Oct 2026
 *  P3 elderly_care, 310115, town, 1, needs assistant + diploma, practice, elderly-care institution; from 1 Oct
 * Workers (all seeking from 1 Oct, v1 from 1 Sep):
 *  v1 [elderly_care, child_welfare], 310101 street, social_worker since 2025, practice, born 2003 (23)
 *  v2 [elderly_care], 310115 town, senior since 5 Nov 2026 (after the end → none), supervision, born 1990 (36)
 *  v3 nothing known
 *  v4 [elderly_care, elderly_care], 310115 town, assistant since 2020, practice, born 1971 (55)
 *  v5 ['not_a_domain'], 310104 Xuhui street, no certificate, management, born 2001 (25)
 */
function dataset(): StatisticsFacts {
  return facts({
    positions: [
      position({
        id: 'P1',
        headcount: 3,
        minCertificate: 'social_worker',
        minEducation: 'bachelor',
        publishedAt: SEP,
        openIntervals: [{ from: SEP, to: null }],
      }),
      position({
        id: 'P2',
        primaryDomain: 'child_welfare',
        districtCode: '310115',
        streetKind: 'town',
        headcount: 2,
        talentCategory: 'supervision',
        orgType: 'street_station',
        publishedAt: sh('2025-10-01'),
        openIntervals: [{ from: sh('2025-10-01'), to: sh('2025-11-01') }, ...always],
      }),
      position({
        id: 'P3',
        districtCode: '310115',
        streetKind: 'town',
        headcount: 1,
        minCertificate: 'assistant',
        minEducation: 'diploma',
        orgType: 'elderly_care_institution',
        publishedAt: OCT,
        openIntervals: always,
      }),
    ],
    workers: [
      worker({
        id: 'v1',
        domains: ['elderly_care', 'child_welfare'],
        districtCode: '310101',
        streetKind: 'street',
        certificate: { level: 'social_worker', since: sh('2025-01-01') },
        talentCategory: 'practice',
        birthYear: 2003,
        openToWork: [{ from: SEP, to: null }],
      }),
      worker({
        id: 'v2',
        domains: ['elderly_care'],
        districtCode: '310115',
        streetKind: 'town',
        certificate: { level: 'senior', since: sh('2026-11-05') },
        talentCategory: 'supervision',
        birthYear: 1990,
        openToWork: always,
      }),
      worker({ id: 'v3', openToWork: always }),
      worker({
        id: 'v4',
        domains: ['elderly_care', 'elderly_care'],
        districtCode: '310115',
        streetKind: 'town',
        certificate: { level: 'assistant', since: sh('2020-01-01') },
        talentCategory: 'practice',
        birthYear: 1971,
        openToWork: always,
      }),
      worker({
        id: 'v5',
        domains: ['not_a_domain'],
        districtCode: '310104',
        streetKind: 'street',
        talentCategory: 'management',
        birthYear: 2001,
        openToWork: always,
      }),
    ],
  });
}

describe('breakdown tables', () => {
  const r = report(dataset(), '2026-10', noDisclosure);

  it('when computed, then there is one table per dimension in contract order with its side', () => {
    expect(r.tables.map((t) => [t.dimension, t.side])).toEqual([
      ['domain', 'both'],
      ['district', 'both'],
      ['streetKind', 'both'],
      ['certificateRequired', 'demand'],
      ['certificateHeld', 'supply'],
      ['education', 'demand'],
      ['talentCategory', 'both'],
      ['orgType', 'demand'],
      ['ageBand', 'supply'],
    ]);
    expect(r.tables.map((t) => t.dimension)).toEqual([...breakdownDimensions]);
  });

  it('when a worker has several domains, then they count once in each and once in the total', () => {
    // Demand: child_welfare P2 2, elderly_care P1 3 + P3 1. Supply: child_welfare v1; elderly_care v1, v2, v4
    // (v4's duplicate counts once); v3 (none) and v5 (outside the vocabulary) → unknown. Total 5 workers.
    expect(rowValues(r, 'domain')).toEqual([
      ['child_welfare', 2, 1],
      ['elderly_care', 4, 3],
      ['unknown', 0, 2],
      ['total', 6, 5],
    ]);
    const t = tableOf(r, 'domain');
    // Both sides: ratio per row; share, 环比 and 同比 of demand.
    expect(t.rows.map((x) => [x.ratio.value, x.share.value])).toEqual([
      [2, 33.3], // 2/1; 2/6
      [1.33, 66.7], // 4/3; 4/6
      [0, 0], // 0/2; 0/6
    ]);
    expect(t.total).toMatchObject({ ratio: { value: 1.2 }, share: { value: 100 } }); // 6 / 5
  });

  it('when previous and year-ago periods have demand, then rows carry 环比 and 同比 of their side', () => {
    const t = tableOf(r, 'domain');
    const [child, elderly] = t.rows;
    // September: elderly_care P1 3 → (4 − 3) / 3 = 33.3%; child_welfare 0 → na.
    expect(elderly?.mom).toEqual({ value: 33.3, flag: null });
    expect(child?.mom).toEqual({ value: null, flag: 'na' });
    // October 2025: child_welfare P2 2 → (2 − 2) / 2 = 0; elderly_care 0 → na.
    expect(child?.yoy).toEqual({ value: 0, flag: null });
    expect(elderly?.yoy).toEqual({ value: null, flag: 'na' });
    // Total demand: September 3 → +100%; October 2025 2 → +200%.
    expect(t.total).toMatchObject({ mom: { value: 100 }, yoy: { value: 200 } });
    // Supply-side table: certificateHeld social_worker (v1) was 1 in September too → 0%.
    const held = tableOf(r, 'certificateHeld').rows.find((x) => x.category === 'social_worker');
    expect(held?.mom).toEqual({ value: 0, flag: null });
  });

  it('when split by residence, then workers without a district fall in unknown and rows keep vocabulary order', () => {
    expect(rowValues(r, 'district')).toEqual([
      ['310101', 3, 1], // Huangpu: P1; v1
      ['310104', 0, 1], // Xuhui: v5
      ['310115', 3, 2], // Pudong: P2 + P3; v2, v4
      ['unknown', 0, 1], // v3
      ['total', 6, 5],
    ]);
    expect(rowValues(r, 'streetKind')).toEqual([
      ['street', 3, 2], // P1; v1, v5
      ['town', 3, 2], // P2, P3; v2, v4
      ['unknown', 0, 1],
      ['total', 6, 5],
    ]);
  });

  it('when split by certificate, then no requirement and no certificate held by the end are the none rows', () => {
    expect(rowValues(r, 'certificateRequired')).toEqual([
      ['assistant', 1, null], // P3
      ['social_worker', 3, null], // P1 (senior: none required → left out)
      ['none', 2, null], // P2
      ['total', 6, null],
    ]);
    // v2's senior certificate dates from 5 Nov, after the end: v2 counts under none with v3 and v5.
    expect(rowValues(r, 'certificateHeld')).toEqual([
      ['assistant', null, 1],
      ['social_worker', null, 1],
      ['none', null, 3],
      ['total', null, 5],
    ]);
    const held = tableOf(r, 'certificateHeld');
    expect(held.rows.map((x) => x.share.value)).toEqual([20, 20, 60]); // of supply 5
    expect(held.rows.every((x) => x.demand.flag === 'na' && x.ratio.flag === 'na')).toBe(true);
  });

  it('when no position is without a requirement, then the none row is still there with 0', () => {
    const f = dataset();
    f.positions = f.positions.filter((p) => p.id !== 'P2');
    const t = tableOf(report(f, '2026-10', noDisclosure), 'certificateRequired');
    expect(t.rows.at(-1)).toMatchObject({ category: 'none', demand: { value: 0, flag: null }, share: { value: 0 } });
    expect(t.total.demand.value).toBe(4);
  });

  it('when split by education, then it is demand-side with a none row', () => {
    expect(rowValues(r, 'education')).toEqual([
      ['diploma', 1, null],
      ['bachelor', 3, null],
      ['none', 2, null],
      ['total', 6, null],
    ]);
  });

  it('when split by talent category and organisation type, then each side counts its own attribute', () => {
    expect(rowValues(r, 'talentCategory')).toEqual([
      ['practice', 4, 2], // P1, P3; v1, v4
      ['supervision', 2, 1], // P2; v2
      ['management', 0, 1], // v5
      ['unknown', 0, 1], // v3
      ['total', 6, 5],
    ]);
    expect(rowValues(r, 'orgType')).toEqual([
      ['social_work_agency', 3, null],
      ['street_station', 2, null],
      ['elderly_care_institution', 1, null],
      ['total', 6, null],
    ]);
  });

  it('when split by age at the end of 2026, then bands run under 25 … 55+, then unknown', () => {
    // 2026 − 2003 = 23, 2026 − 2001 = 25, 2026 − 1990 = 36, 2026 − 1971 = 55; v3 has no birth year. 45–54 is empty.
    expect(rowValues(r, 'ageBand')).toEqual([
      ['under_25', null, 1],
      ['25_34', null, 1],
      ['35_44', null, 1],
      ['55_plus', null, 1],
      ['unknown', null, 1],
      ['total', null, 5],
    ]);
    // In October 2028 v1 (born 2003) is 25: under 25 empties and 25–34 holds v1 and v5 (27).
    const later = report(dataset(), '2028-10', noDisclosure);
    expect(rowValues(later, 'ageBand').slice(0, 2)).toEqual([
      ['25_34', null, 2],
      ['35_44', null, 1],
    ]);
  });
});
