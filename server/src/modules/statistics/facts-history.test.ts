import { describe, expect, it } from 'vitest';
import type { StoredPositionFact, StoredWorkerFact } from './facts-from-records.js';
import { changedAt, withPositionHistory, withWorkerHistory } from './facts-history.js';

const pos = (p: Partial<StoredPositionFact> = {}): StoredPositionFact => ({
  id: 'p1',
  orgId: 'o1',
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
  publishedAt: 10,
  openIntervals: [{ from: 10, to: null }],
  ...p,
});

const wrk = (w: Partial<StoredWorkerFact> = {}): StoredWorkerFact => ({
  id: 'w1',
  birthYear: 1990,
  districtCode: '310101',
  streetKind: 'street',
  certificate: { level: 'assistant', since: 5 },
  educationLevel: 'bachelor',
  talentCategory: 'practice',
  domains: ['elderly_care'],
  openToWork: [{ from: 10, to: null }],
  employed: [],
  talent: true,
  certified: true,
  communityWorker: false,
  ...w,
});

describe('withPositionHistory', () => {
  it('when a dated attribute changes, then the held values are closed at the change and kept', () => {
    const once = withPositionHistory(pos(), pos({ headcount: 11 }), 100);
    expect(once.headcount).toBe(11);
    expect(once.past).toEqual([
      expect.objectContaining({ headcount: 1, primaryDomain: 'elderly_care', districtCode: '310101', to: 100 }),
    ]);
    const twice = withPositionHistory(once, pos({ headcount: 11, districtCode: '310151', streetKind: 'town' }), 200);
    expect(twice.past?.map((v) => [v.headcount, v.districtCode, v.to])).toEqual([
      [1, '310101', 100],
      [11, '310101', 200],
    ]);
  });

  it('when only status or undated fields change, then no interval is added (and none is ever empty)', () => {
    const next = pos({ openIntervals: [{ from: 10, to: 50 }] });
    expect(withPositionHistory(pos(), next, 100)).toEqual(next);
    expect(withPositionHistory(pos(), next, 100)).not.toHaveProperty('past');
  });

  it('when the held fact already has history and nothing changed, then the history is carried unchanged', () => {
    const held = withPositionHistory(pos(), pos({ headcount: 3 }), 100);
    expect(withPositionHistory(held, pos({ headcount: 3 }), 500).past).toEqual(held.past);
  });

  it('when a change is dated no later than the last one, then it closes nothing (no empty or reversed stretch)', () => {
    const held = withPositionHistory(pos(), pos({ headcount: 3 }), 100);
    const next = withPositionHistory(held, pos({ headcount: 5 }), 100);
    expect(next.past).toEqual(held.past);
    expect(next.headcount).toBe(5);
  });

  it('when nothing was held (a new record), then the record’s facts are one interval since its creation', () => {
    expect(withPositionHistory(null, pos({ headcount: 7 }), 100)).toEqual(pos({ headcount: 7 }));
  });
});

describe('withWorkerHistory', () => {
  it('when district, domains, education, certificate or birth year change, then the old values are kept until the change', () => {
    const next = wrk({
      districtCode: '310151',
      domains: ['migration'],
      educationLevel: 'master',
      certificate: { level: 'social_worker', since: 7 },
      birthYear: 1991,
    });
    const out = withWorkerHistory(wrk(), next, 300);
    expect(out.past).toEqual([
      {
        birthYear: 1990,
        districtCode: '310101',
        streetKind: 'street',
        certificate: { level: 'assistant', since: 5 },
        educationLevel: 'bachelor',
        talentCategory: 'practice',
        domains: ['elderly_care'],
        to: 300,
      },
    ]);
    expect(out).toMatchObject({ districtCode: '310151', domains: ['migration'], educationLevel: 'master' });
  });

  it('when arrays and objects are equal by value (as read back from JSON), then nothing changed', () => {
    const held = JSON.parse(JSON.stringify(wrk())) as StoredWorkerFact;
    expect(withWorkerHistory(held, wrk(), 300)).not.toHaveProperty('past');
    expect(withWorkerHistory(held, wrk({ talent: false, openToWork: [] }), 300)).not.toHaveProperty('past');
  });
});

describe('changedAt', () => {
  it('when the record has updatedAt, then the change is dated by it; else by the fallback', () => {
    expect(changedAt({ updatedAt: new Date(1234) }, 9)).toBe(1234);
    expect(changedAt({ updatedAt: '1970-01-01T00:00:01.000Z' }, 9)).toBe(1000);
    expect(changedAt({}, 9)).toBe(9);
    expect(changedAt({ updatedAt: null }, 9)).toBe(9);
  });
});
