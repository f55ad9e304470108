import { seedBaseline, youthPopulationFor } from '@shsw/server/demo/baseline-2020';
import { demoAccounts } from '@shsw/server/demo/demo-accounts';
import type { IndicatorDashboard } from '@shsw/shared';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs, signUp } from '../factories/actors.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

/*
 * The plan's eight indicators computed from a platform built to the plan's 2020 shape at a
 * hundredth of its size (the baseline-2020-mini preset): every figure below is worked out from
 * the preset's definition, not read from the code.
 */

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '0' });
  await seedBaseline({ name: 'baseline-2020-mini' });
});
afterAll(async () => {
  await app?.close();
});

const byCode = (d: IndicatorDashboard) => Object.fromEntries(d.indicators.map((i) => [i.code, i]));

describe('the indicator dashboard', () => {
  it('when computed from the baseline-2020-mini platform, then it shows exactly the figures the preset was built to', async () => {
    const res = await app.client().get<IndicatorDashboard>('/api/indicators');
    expect(res.status).toBe(200);
    expect(res.body.indicators.map((i) => i.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const i = byCode(res.body);

    // 1,000 talents = 0.1 万; 7 agencies with 514 full-time staff.
    expect(i.talent_total).toMatchObject({
      value: 0.1,
      numerator: 1_000,
      baseline2020: 10,
      target2025: 20,
      progress: 0,
    });
    expect(i.talent_total?.details).toMatchObject({ people: 1_000, agencies: 7, agencyStaff: 514 });
    // 356 holders (256 / 99 / 1), no one certified by degree alone: 0.0356 万.
    expect(i.certified_total).toMatchObject({ value: 0.0356, numerator: 356, source: 'platform' });
    expect(i.certified_total?.details).toEqual({
      people: 356,
      holders: 356,
      holdersAssistant: 256,
      holdersSocialWorker: 99,
      holdersSenior: 1,
    });
    // 28 of the 200 community workers hold a certificate: 14%, against the denominator the bureau entered.
    expect(i.community_worker_certification_rate).toMatchObject({
      value: 14,
      numerator: 28,
      denominator: { value: 200 },
      source: 'platform_and_bureau',
      progress: 0,
    });
    // Stations at 43 of the 215 streets and towns.
    expect(i.station_coverage).toMatchObject({ value: 20, numerator: 43, baseline2020: null, progress: 20 });
    // 8 certified staff in 10 institutions (0.8), 6 in 4 complexes (1.5): the lower, 0.8.
    expect(i.workers_per_elderly_facility).toMatchObject({ value: 0.8, progress: 80 });
    expect(i.workers_per_elderly_facility?.details).toMatchObject({ perInstitution: 0.8, perComplex: 1.5 });
    expect(i.certified_child_welfare).toMatchObject({ value: 22, numerator: 22, progress: 0 });
    // 40 youth-affairs talents per 50,000 young people = 80 per 100,000.
    expect(youthPopulationFor({ youthAffairsTalents: 40, youthPer100k: 80 } as never)).toBe(50_000);
    expect(i.youth_workers_per_100k_youth).toMatchObject({ value: 80, numerator: 40, denominator: { value: 50_000 } });
    // 5 migration-service talents per 10,000 foreign residents = 0.5 per 1,000.
    expect(i.talent_per_1000_foreign_residents).toMatchObject({ value: 0.5, numerator: 5, progress: 50 });
  });

  it('when the bureau enters a new denominator, then the indicator uses it and the earlier entry is kept', async () => {
    const bureau = await signInAs(app, demoAccounts.bureau.login, demoAccounts.bureau.password);
    const res = await bureau.put('/api/bureau/indicators/denominators/community_workers', {
      value: 140,
      source: '市民政局 2021 年社区工作者统计',
      asOf: '2021-12-31',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ code: 'community_workers', value: 140, asOf: '2021-12-31' });
    const list = await bureau.get<{ items: { code: string; value: number }[] }>('/api/bureau/indicators/denominators');
    expect(list.body.items.filter((d) => d.code === 'community_workers').map((d) => d.value)).toEqual([140, 200]);
    const i = byCode((await app.client().get<IndicatorDashboard>('/api/indicators')).body);
    // 28 ÷ 140 = 20%: the target reached.
    expect(i.community_worker_certification_rate).toMatchObject({ value: 20, progress: 100 });
    expect(i.community_worker_certification_rate?.denominator).toEqual({
      value: 140,
      source: '市民政局 2021 年社区工作者统计',
      asOf: '2021-12-31',
    });
    expect(await mongoose.connection.collection('audit_events').countDocuments({ action: 'denominator_entered' })).toBe(
      1,
    );
  });

  it('when a denominator is wrong or not the bureau’s to enter, then it is refused and nothing changes', async () => {
    const worker = await signUp(app, { role: 'worker' });
    const body = { value: 10, source: 'made up by a worker', asOf: '2021-12-31' };
    expect((await worker.client.put('/api/bureau/indicators/denominators/youth_population', body)).status).toBe(403);
    const bureau = await signInAs(app, demoAccounts.bureau.login, demoAccounts.bureau.password);
    const unknown = await bureau.put('/api/bureau/indicators/denominators/population', body);
    expect(unknown.status).toBe(400);
    const bad = await bureau.put('/api/bureau/indicators/denominators/youth_population', {
      value: -3,
      source: '',
      asOf: '2021-02-30',
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { code: 'validation_failed' } });
    expect((bad.body as { error: { details: { issues: unknown[] } } }).error.details.issues).toHaveLength(3);
    expect(await mongoose.connection.collection('indicator_denominators').countDocuments()).toBe(4);
  });
});
