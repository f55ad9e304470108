import mongoose from 'mongoose';
import { describe, expect, it } from 'vitest';
import type { ApplicationDoc } from '../applications/application.model.js';
import type { PositionDoc } from '../positions/index.js';
import type { ProfileDoc } from '../profiles/index.js';
import { sh } from './compute/testing.js';
import { applicationFact, guidanceInForce, positionFact, workerFact } from './facts-from-records.js';
import { progressOf } from './indicators.service.js';

const at = (local: string) => new Date(sh(local));
const id = () => new mongoose.Types.ObjectId();

describe('positionFact', () => {
  it('when a position was opened, paused, reopened and filled, then it has two open stretches and its first publication', () => {
    const p = {
      _id: id(),
      orgId: id(),
      primaryDomain: 'elderly_care',
      secondaryDomain: null,
      districtCode: '310104',
      streetCode: '310104014',
      headcount: 2,
      minCertificate: 'assistant',
      minEducation: 'diploma',
      talentCategory: 'practice',
      salaryMin: 7000,
      salaryMax: 9000,
      publishedAt: at('2026-03-01'),
      // Out of order on purpose: the history is read by time.
      statusHistory: [
        { status: 'paused', at: at('2026-04-01'), by: null, reason: null },
        { status: 'draft', at: at('2026-02-20'), by: null, reason: null },
        { status: 'open', at: at('2026-03-01'), by: null, reason: null },
        { status: 'open', at: at('2026-05-01'), by: null, reason: null },
        { status: 'filled', at: at('2026-06-10'), by: null, reason: null },
      ],
    } as unknown as PositionDoc;
    const f = positionFact(p);
    expect(f.openIntervals).toEqual([
      { from: sh('2026-03-01'), to: sh('2026-04-01') },
      { from: sh('2026-05-01'), to: sh('2026-06-10') },
    ]);
    expect(f.publishedAt).toBe(sh('2026-03-01'));
    expect(f.streetKind).toBe('street');
  });

  it('when a draft was never opened, then it has no open stretch and no publication', () => {
    const f = positionFact({
      _id: id(),
      orgId: id(),
      streetCode: '310151101', // a 镇 of Chongming
      publishedAt: null,
      statusHistory: [{ status: 'draft', at: at('2026-02-20') }],
    } as unknown as PositionDoc);
    expect(f).toMatchObject({ openIntervals: [], publishedAt: null, streetKind: 'town' });
  });
});

describe('applicationFact', () => {
  const history = (steps: [string, string][]) => steps.map(([status, t]) => ({ status, at: at(t) }));

  it('when hired, then it was active from submission to the hire', () => {
    const f = applicationFact({
      _id: id(),
      positionId: id(),
      profileId: id(),
      createdAt: at('2026-03-02'),
      history: history([
        ['submitted', '2026-03-02'],
        ['viewed', '2026-03-03'],
        ['offered', '2026-03-10'],
        ['accepted', '2026-03-12'],
        ['hired', '2026-03-15'],
      ]),
    } as unknown as ApplicationDoc);
    expect(f.active).toEqual({ from: sh('2026-03-02'), to: sh('2026-03-15') });
    expect(f.hiredAt).toBe(sh('2026-03-15'));
  });

  it('when still in progress, then it is active without end; when withdrawn, it ends there and is no hire', () => {
    const open = applicationFact({
      _id: id(),
      positionId: id(),
      profileId: id(),
      history: history([['submitted', '2026-03-02']]),
    } as unknown as ApplicationDoc);
    expect(open.active).toEqual({ from: sh('2026-03-02'), to: null });
    const withdrawn = applicationFact({
      _id: id(),
      positionId: id(),
      profileId: id(),
      history: history([
        ['submitted', '2026-03-02'],
        ['withdrawn', '2026-03-04'],
      ]),
    } as unknown as ApplicationDoc);
    expect(withdrawn).toMatchObject({ active: { from: sh('2026-03-02'), to: sh('2026-03-04') }, hiredAt: null });
  });
});

describe('workerFact', () => {
  const profile = (over: Partial<ProfileDoc>): ProfileDoc =>
    ({
      _id: id(),
      personal: { birthYear: 1990, districtCode: '310104', streetCode: '310104014' },
      education: [],
      certificates: [],
      serviceHistory: [],
      serviceDomains: [],
      talentCategory: null,
      communityWorker: false,
      openToWorkHistory: [],
      computed: null,
      ...over,
    }) as unknown as ProfileDoc;

  it('when certificates were verified, refused or only claimed, then the highest verified one counts, held since its year', () => {
    const f = workerFact(
      profile({
        certificates: [
          { level: 'assistant', yearObtained: 2015, status: 'verified' },
          { level: 'senior', yearObtained: 2022, status: 'claimed' },
          { level: 'social_worker', yearObtained: 2019, status: 'verified' },
          { level: 'senior', yearObtained: 2023, status: 'refused' },
        ] as ProfileDoc['certificates'],
      }),
    );
    expect(f.certificate).toEqual({ level: 'social_worker', since: sh('2019-01-01') });
  });

  it('when the record has service history and open-to-work changes, then they become stretches', () => {
    const f = workerFact(
      profile({
        education: [
          { level: 'master', inProgress: true },
          { level: 'bachelor', inProgress: false },
        ] as ProfileDoc['education'],
        serviceHistory: [
          { from: '2020-01-01', to: '2021-06-30' },
          { from: '2021-09-01', to: null },
        ] as ProfileDoc['serviceHistory'],
        openToWorkHistory: [
          { value: true, at: at('2026-01-05') },
          { value: false, at: at('2026-02-01') },
          { value: true, at: at('2026-05-01') },
        ],
        serviceDomains: ['elderly_care', 'elderly_care', 'child_welfare'],
        communityWorker: true,
      }),
    );
    expect(f.educationLevel).toBe('bachelor');
    expect(f.employed).toEqual([
      { from: sh('2020-01-01'), to: sh('2021-07-01') },
      { from: sh('2021-09-01'), to: null },
    ]);
    expect(f.openToWork).toEqual([
      { from: sh('2026-01-05'), to: sh('2026-02-01') },
      { from: sh('2026-05-01'), to: null },
    ]);
    expect(f.domains).toEqual(['elderly_care', 'child_welfare']);
    expect(f).toMatchObject({ communityWorker: true, talent: false, certified: false });
  });
});

describe('guidanceInForce and progressOf', () => {
  it('when no table exists for the year, then the latest earlier one applies', () => {
    const tables = [{ year: 2024 }, { year: 2026 }, { year: 2025 }];
    expect(guidanceInForce(tables, 2027)?.year).toBe(2026);
    expect(guidanceInForce(tables, 2025)?.year).toBe(2025);
    expect(guidanceInForce(tables, 2023)).toBeNull();
  });

  it('when measuring progress, then it runs from the baseline (or zero) to the target, within 0–100', () => {
    expect(progressOf(15, 10, 20)).toBe(50);
    expect(progressOf(5, 10, 20)).toBe(0);
    expect(progressOf(25, 10, 20)).toBe(100);
    expect(progressOf(43, null, 100)).toBe(43);
    expect(progressOf(null, 10, 20)).toBeNull();
  });
});
