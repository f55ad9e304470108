import { demoAccounts } from '@shsw/server/demo/demo-accounts';
import { seedDemo } from '@shsw/server/demo/seed';
import { type PositionDoc, PositionModel } from '@shsw/server/modules/positions/index';
import { type ProfileDoc, ProfileModel } from '@shsw/server/modules/profiles/index';
import { measurePeriod, parsePeriod, periodBounds, prepareFacts } from '@shsw/server/modules/statistics/compute/index';
import type { LoadedFacts } from '@shsw/server/modules/statistics/facts.service';
import { type ReportFigures, updateProfileBodySchema } from '@shsw/shared';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { signInAs } from '../factories/actors.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';
import type { TestClient } from '../setup/test-client.js';

/*
 * Point in time (issue 14, item 2): a period that has ended is computed from what was true at
 * its reference instant, so editing a record today changes no figure of it — neither before nor
 * after the projection is rebuilt — while the running period shows the edit.
 */

let app: TestApp;
let bureau: TestClient;

// Shanghai calendar months: the one that has ended and the one running now.
const shanghaiNow = new Date(Date.now() + 8 * 3_600_000);
const monthId = (y: number, m0: number) => {
  const d = new Date(Date.UTC(y, m0, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
};
const thisMonth = monthId(shanghaiNow.getUTCFullYear(), shanghaiNow.getUTCMonth());
const lastMonth = monthId(shanghaiNow.getUTCFullYear(), shanghaiNow.getUTCMonth() - 1);
const q = Math.floor(shanghaiNow.getUTCMonth() / 3);
const lastQuarter = q === 0 ? `${shanghaiNow.getUTCFullYear() - 1}-Q4` : `${shanghaiNow.getUTCFullYear()}-Q${q}`;
const ended = { start: periodBounds(parsePeriod(lastMonth)).start, last: periodBounds(parsePeriod(lastMonth)).end - 1 };

beforeAll(async () => {
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '0' });
  await seedDemo({
    preset: 'demo',
    seed: 11,
    overrides: { organisations: 40, workers: 400, positions: 160, maxApplicants: 8 },
  });
  bureau = await signInAs(app, demoAccounts.bureau.login, demoAccounts.bureau.password);
});
afterAll(async () => {
  await app?.close();
});

async function preview(periodId: string) {
  await app.server.services.events.idle();
  const res = await bureau.get<ReportFigures>(`/api/bureau/reports/preview?periodId=${periodId}`);
  expect(res.status).toBe(200);
  return { ...res.body, asOf: null };
}

async function facts(): Promise<LoadedFacts> {
  await app.server.services.events.idle();
  return app.server.services.facts.load();
}

/** The raw (unsuppressed) measures of a period, from the facts as the reports read them. */
async function raw(periodId: string) {
  const p = parsePeriod(periodId);
  return measurePeriod(prepareFacts(await facts()), periodBounds(p), p.year);
}

/** Raw measures comparable whatever order the facts were read in (maps by key, lists sorted). */
function comparable(r: Awaited<ReturnType<typeof raw>>) {
  const sorted = (m: Map<string, unknown>) => Object.fromEntries([...m].sort(([a], [b]) => a.localeCompare(b)));
  const list = (xs: number[]) => [...xs].sort((a, b) => a - b);
  return {
    ...r,
    daysToHire: list(r.daysToHire),
    salaryMidpoints: list(r.salaryMidpoints),
    midpointToGuidance: list(r.midpointToGuidance),
    breakdown: Object.fromEntries(
      Object.entries(r.breakdown).map(([k, v]) => [k, { demand: sorted(v.demand), supply: sorted(v.supply) }]),
    ),
    shortage: sorted(r.shortage),
  };
}

const isOpenAt = (f: { openIntervals: { from: number; to: number | null }[] }, t: number) =>
  f.openIntervals.some((iv) => iv.from <= t && t < (iv.to ?? Number.POSITIVE_INFINITY));

/** A position open at the ended month's end and still open now, at an organisation that may move it. */
const edited = new Set<string>();
async function openPositionFromBefore(): Promise<PositionDoc> {
  const loaded = await facts();
  const candidates = loaded.positions.filter(
    (p) => !edited.has(p.id) && isOpenAt(p, ended.last) && isOpenAt(p, Date.now()) && p.orgType !== 'street_station',
  );
  let best: PositionDoc | null = null;
  for (const c of candidates) {
    const doc = await PositionModel.findById(c.id).lean<PositionDoc>();
    if (doc?.status !== 'open' || doc.headcount >= 11 || doc.filledCount > 0) continue;
    // The case is a headcount of 1; any smaller than 11 shows the same.
    if (!best || doc.headcount < best.headcount) best = doc;
  }
  if (!best) throw new Error(`no position open at the end of ${lastMonth} and now (of ${candidates.length})`);
  edited.add(String(best._id));
  return best;
}

/** A worker seeking work through the whole ended month and still now. */
async function seekerFromBefore(): Promise<ProfileDoc> {
  const loaded = await facts();
  for (const w of loaded.workers) {
    if (!w.openToWork.some((iv) => iv.from < ended.start && iv.to === null)) continue;
    if (!w.districtCode || w.districtCode === '310151' || w.domains.length === 0) continue;
    const doc = await ProfileModel.findById(w.id).lean<ProfileDoc>();
    if (doc?.userId) return doc;
  }
  throw new Error(`no worker seeking through ${lastMonth}`);
}

describe('statistics as of the period’s reference date', () => {
  it('when an open position’s headcount is edited from 1 to 11 after a month ends, then that month’s demand is unchanged', async () => {
    // The reproduction: D of an ended month grew by 10 when a headcount was edited today.
    const before = await preview(lastMonth);
    const runningBefore = await raw(thisMonth);
    const position = await openPositionFromBefore();
    const viewer = {
      userId: 'bureau-test',
      role: 'org' as const,
      orgId: String(position.orgId),
      orgRole: 'owner' as const,
      sessionId: 't',
    };
    await app.server.services.positions.update(viewer, String(position._id), {
      ...formOf(position),
      headcount: 11,
      acknowledgeBelowGuidance: true,
    } as never);
    expect(await preview(lastMonth)).toEqual(before);
    const runningAfter = await raw(thisMonth);
    expect(runningAfter.demand).toBe(runningBefore.demand + 11 - position.headcount);
  });

  it('when a position’s domain and district and a worker’s district, education and domains change, then only the running period moves — also after a rebuild', async () => {
    const endedBefore = await preview(lastMonth);
    const quarterBefore = await preview(lastQuarter);
    const endedRawBefore = comparable(await raw(lastMonth));
    const runningBefore = await raw(thisMonth);

    const position = await openPositionFromBefore();
    const fromDomain = position.primaryDomain;
    const toDomain = fromDomain === 'child_welfare' ? 'elderly_care' : 'child_welfare';
    const fromDistrict = position.districtCode;
    const toDistrict = fromDistrict === '310151' ? '310104' : '310151';
    const toStreet = toDistrict === '310151' ? '310151101' : '310104014';
    const viewer = {
      userId: 'bureau-test',
      role: 'org' as const,
      orgId: String(position.orgId),
      orgRole: 'owner' as const,
      sessionId: 't',
    };
    await app.server.services.positions.update(viewer, String(position._id), {
      ...formOf(position),
      headcount: 11,
      primaryDomain: toDomain,
      secondaryDomain: null,
      districtCode: toDistrict,
      streetCode: toStreet,
      acknowledgeBelowGuidance: true,
    } as never);

    const seeker = await seekerFromBefore();
    const workerFrom = seeker.personal.districtCode as string;
    const newDomains = ['migration', 'disability'] as const;
    await app.server.services.profiles.update(
      { userId: String(seeker.userId), role: 'worker', sessionId: 't' },
      updateProfileBodySchema.parse({
        personal: {
          name: seeker.personal.name,
          birthYear: seeker.personal.birthYear,
          gender: seeker.personal.gender ?? null,
          districtCode: '310151',
          streetCode: '310151101',
          mobile: seeker.personal.mobile,
          email: seeker.personal.email ?? null,
        },
        education: [
          {
            level: 'doctorate',
            school: '华东理工大学',
            major: '社会工作',
            field: 'social_work',
            graduationYear: 2020,
            inProgress: false,
          },
        ],
        serviceDomains: [...newDomains],
      }) as never,
    );

    // The projection dated each change: the old values until the edit, the new ones since.
    const loaded = await facts();
    const pf = loaded.positions.find((p) => p.id === String(position._id));
    expect(pf?.past?.at(-1)).toMatchObject({ headcount: position.headcount, primaryDomain: fromDomain });
    expect(pf).toMatchObject({ headcount: 11, primaryDomain: toDomain, districtCode: toDistrict });
    const wf = loaded.workers.find((w) => w.id === String(seeker._id));
    expect(wf?.past?.at(-1)).toMatchObject({ districtCode: workerFrom, domains: seeker.serviceDomains });
    expect(wf).toMatchObject({ districtCode: '310151', educationLevel: 'doctorate', domains: [...newDomains] });

    // The ended month and quarter: every figure as before, and the raw measures too.
    expect(await preview(lastMonth)).toEqual(endedBefore);
    expect(await preview(lastQuarter)).toEqual(quarterBefore);
    expect(comparable(await raw(lastMonth))).toEqual(endedRawBefore);

    // The running month reflects every edit.
    const after = await raw(thisMonth);
    const d = (r: typeof after, dim: 'domain' | 'district', side: 'demand' | 'supply', key: string) =>
      r.breakdown[dim][side].get(key) ?? 0;
    const h0 = position.headcount;
    expect(after.demand).toBe(runningBefore.demand + 11 - h0);
    expect(d(after, 'domain', 'demand', toDomain)).toBe(d(runningBefore, 'domain', 'demand', toDomain) + 11);
    expect(d(after, 'domain', 'demand', fromDomain)).toBe(d(runningBefore, 'domain', 'demand', fromDomain) - h0);
    expect(d(after, 'district', 'demand', toDistrict)).toBe(d(runningBefore, 'district', 'demand', toDistrict) + 11);
    expect(d(after, 'district', 'demand', fromDistrict)).toBe(
      d(runningBefore, 'district', 'demand', fromDistrict) - h0,
    );
    expect(d(after, 'district', 'supply', '310151')).toBe(d(runningBefore, 'district', 'supply', '310151') + 1);
    expect(d(after, 'district', 'supply', workerFrom)).toBe(d(runningBefore, 'district', 'supply', workerFrom) - 1);
    for (const dom of newDomains)
      if (!seeker.serviceDomains.includes(dom))
        expect(d(after, 'domain', 'supply', dom)).toBe(d(runningBefore, 'domain', 'supply', dom) + 1);

    // A rebuild that dies half-way (the database gone after 40 buckets were written) leaves the
    // projection incomplete but every record's history in place, so the next rebuild keeps it.
    const collection = mongoose.model('StatsFactsBucket').collection;
    const realReplace = collection.replaceOne.bind(collection);
    let writes = 0;
    const dying = vi.spyOn(collection, 'replaceOne').mockImplementation(((...args: Parameters<typeof realReplace>) => {
      writes += 1;
      if (writes > 40) return Promise.reject(new Error('connection lost'));
      return realReplace(...args);
    }) as typeof collection.replaceOne);
    await expect(app.server.services.facts.rebuild()).rejects.toThrow('connection lost');
    dying.mockRestore();
    expect(writes).toBeGreaterThan(40);
    // A rebuild of the projection from the records keeps the history.
    await app.server.services.facts.rebuild();
    expect(await preview(lastMonth)).toEqual(endedBefore);
    expect(await preview(lastQuarter)).toEqual(quarterBefore);
    expect(comparable(await raw(thisMonth))).toEqual(comparable(after));
  });
});

/** The edit form of a stored position (what the page sends back). */
function formOf(p: PositionDoc): Record<string, unknown> {
  return {
    title: p.title,
    primaryDomain: p.primaryDomain,
    secondaryDomain: p.secondaryDomain ?? null,
    talentCategory: p.talentCategory,
    description: p.description,
    districtCode: p.districtCode,
    streetCode: p.streetCode,
    headcount: p.headcount,
    employmentType: p.employmentType,
    salaryMin: p.salaryMin,
    salaryMax: p.salaryMax,
    minCertificate: p.minCertificate,
    minEducation: p.minEducation,
    socialWorkMajorRequired: p.socialWorkMajorRequired,
    minYearsInDomain: p.minYearsInDomain,
    skills: p.skills ?? [],
    benefits: p.benefits ?? [],
    governmentPurchase: p.governmentPurchase ?? null,
    deadline: null,
  };
}
