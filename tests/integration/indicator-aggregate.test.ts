import { Random } from '@shsw/server/demo/random';
import { seedDemo } from '@shsw/server/demo/seed';
import { OrganisationModel } from '@shsw/server/modules/organisations/index';
import { type ProfileDoc, ProfileModel } from '@shsw/server/modules/profiles/index';
import { IndicatorAggregateModel, indicatorCounts } from '@shsw/server/modules/statistics/index';
import { countedStreets, type IndicatorDashboard, updateProfileBodySchema } from '@shsw/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, bureau, orgOwner, PASSWORD, signUp } from '../factories/actors.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';
import type { TestClient } from '../setup/test-client.js';

/*
 * The indicator dashboard answers from a maintained aggregate (issue 14, item 4). The oracle is
 * the recomputation from every fact, `indicatorCounts(await facts.load())`: after any series of
 * writes, once the statistics outbox has drained, the aggregate must equal it exactly.
 */

let app: TestApp;
let bureauClient: TestClient;
beforeAll(async () => {
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '0', RATE_LIMIT_PER_MINUTE: '0' });
  await seedDemo({
    preset: 'demo',
    seed: 14,
    overrides: { organisations: 30, workers: 240, positions: 40, maxApplicants: 3 },
  });
  bureauClient = await bureau(app);
});
afterAll(async () => {
  await app?.close();
});

const services = () => app.server.services;

/** Every subscriber, the statistics outbox and the aggregate's own work done. */
async function settle(): Promise<void> {
  const s = services();
  for (let i = 0; i < 2; i++) {
    await s.events.idle();
    await s.facts.outbox.drain();
    await s.indicators.aggregate.settled();
  }
}

/** The aggregate as stored: never rebuilt here, so what it holds is what the increments made. */
async function aggregateCounts() {
  await settle();
  const stored = await services().indicators.aggregate.read();
  if (!stored) throw new Error('the aggregate is not readable');
  return stored.counts;
}

async function oracle() {
  await settle();
  return indicatorCounts(await services().facts.load());
}

const domains = ['youth_affairs', 'migration', 'child_welfare', 'elderly_care', 'community_building'] as const;
const levels = ['assistant', 'social_worker', 'senior'] as const;
/** Staff figures that add up: the certified are the qualified. */
const staff = (fullTime: number, certified: number) => ({
  fullTime,
  certified,
  swBachelorPlus: 0,
  qualified: certified,
});

interface Worker extends Actor {
  certificates: number;
}

async function newWorker(rng: Random): Promise<Worker> {
  const w = await signUp(app);
  const res = await w.client.patch('/api/me/profile', {
    personal: {
      name: '测试社工',
      birthYear: 1985 + rng.int(0, 15),
      gender: 'female',
      districtCode: '310104',
      streetCode: '310104014',
      mobile: '13800001111',
      email: null,
    },
    // A social-work degree makes a talent (社会工作人才) without a certificate.
    education: rng.chance(0.6)
      ? [{ level: 'bachelor', school: '华东理工大学', major: '社会工作', field: 'social_work', graduationYear: 2010 }]
      : [],
    serviceDomains: rng.sample([...domains], rng.int(1, 3)),
    communityWorker: rng.chance(0.4),
    openToWork: true,
  });
  if (res.status !== 200) throw new Error(`profile: ${res.status} ${res.text}`);
  return { ...w, certificates: 0 };
}

/** A seeded worker edits their record: service domains and whether they are a community worker. */
async function editSeeded(rng: Random): Promise<void> {
  const count = await ProfileModel.countDocuments();
  const p = await ProfileModel.findOne()
    .skip(rng.int(0, count - 1))
    .lean<ProfileDoc>();
  if (!p?.userId) return;
  await services().profiles.update(
    { userId: String(p.userId), role: 'worker', sessionId: 't' },
    updateProfileBodySchema.parse({
      serviceDomains: rng.sample([...domains], rng.int(1, 3)),
      communityWorker: rng.chance(0.5),
    }) as never,
  );
}

describe('the indicator aggregate', () => {
  it('when a random series of writes has landed, then the aggregate equals the counts recomputed from every fact', async () => {
    const rng = new Random(2614);
    // The seed replaced the projection after the start-up build: the first read rebuilds.
    expect(await services().indicators.aggregate.read()).toBeNull();
    await services().indicators.aggregate.current();
    expect(await aggregateCounts()).toEqual(await oracle());
    const rebuilds = services().indicators.aggregate.rebuilds;
    const workers: Worker[] = [];
    for (let i = 0; i < 6; i++) workers.push(await newWorker(rng));
    const owners: (Actor & { orgId: string })[] = [];
    // Talent records change more often than organisations.
    const ops = [
      'edit-own',
      'edit-own',
      'edit-own',
      'edit-seeded',
      'edit-seeded',
      'certificate',
      'certificate',
      'certificate',
      'delete',
      'org-new',
      'org-verify',
      'org-reject',
      'org-staff',
      'org-close',
    ] as const;
    const done: string[] = [];
    for (let step = 0; step < 60; step++) {
      const op = rng.pick([...ops]);
      if (op === 'edit-own' && workers.length > 0) {
        const w = rng.pick(workers);
        const res = await w.client.patch('/api/me/profile', {
          serviceDomains: rng.sample([...domains], rng.int(1, 3)),
          communityWorker: rng.chance(0.5),
        });
        expect(res.status).toBe(200);
      } else if (op === 'edit-seeded') {
        await editSeeded(rng);
      } else if (op === 'certificate' && workers.length > 0) {
        // The worker claims a certificate; the bureau verifies or refuses it.
        const w = rng.pick(workers);
        w.certificates = Math.min(w.certificates + 1, 4);
        const claims = Array.from({ length: w.certificates }, (_, k) => ({
          level: levels[(k + rng.int(0, 2)) % levels.length],
          number: `ZS-${w.user.id.slice(-6)}-${k}`,
          yearObtained: 2015 + k,
        }));
        const res = await w.client.patch<{
          id: string;
          certificates: { id: string; status: string }[];
        }>('/api/me/profile', { certificates: claims });
        expect(res.status).toBe(200);
        for (const c of res.body.certificates.filter((x) => x.status === 'pending')) {
          const verify = rng.chance(0.7);
          const decided = await bureauClient.post('/api/bureau/certificates/decision', {
            profileId: res.body.id,
            certificateId: c.id,
            ...(verify ? { decision: 'verify' } : { decision: 'refuse', reason: '证书编号无法核实' }),
          });
          expect(decided.status).toBe(200);
        }
      } else if (op === 'delete' && workers.length > 2) {
        const w = workers.splice(rng.int(0, workers.length - 1), 1)[0] as Worker;
        const res = await w.client.request('DELETE', '/api/me', { body: { password: PASSWORD } });
        expect(res.status).toBe(200);
        workers.push(await newWorker(rng));
      } else if (op === 'org-new') {
        // A complex is one per street: a random street the seed may have left free.
        const street = rng.pick(countedStreets).code;
        const complex = {
          type: 'elderly_service_complex',
          streetCode: street,
          districtCode: street.slice(0, 6),
        } as const;
        const owner = await orgOwner(app, {
          verified: rng.chance(0.5),
          bureauClient,
          body: rng.chance(0.5) ? { ...complex, staff: staff(6, rng.int(0, 5)) } : {},
        }).catch((err: unknown) => {
          if (String(err).includes('already has one')) return null;
          throw err;
        });
        if (!owner) continue;
        owners.push(owner);
      } else if (op === 'org-verify' || op === 'org-reject') {
        // Any organisation, seeded or not: a pending one verified, a verified one rejected.
        const wanted = op === 'org-verify' ? 'pending' : 'verified';
        const org = await OrganisationModel.findOne({ status: wanted }).lean<{ _id: unknown }>();
        if (!org) continue;
        const res = await bureauClient.post(
          `/api/bureau/organisations/${String(org._id)}/decision`,
          op === 'org-verify' ? { decision: 'verify' } : { decision: 'reject', reason: '资质材料不全，请补充' },
        );
        expect(res.status).toBe(200);
      } else if (op === 'org-staff' && owners.length > 0) {
        const o = rng.pick(owners);
        // Staff counts move the agency figures, and whether it qualifies as an agency at all.
        const res = await o.client.patch(`/api/organisations/${o.orgId}`, {
          staff: staff(rng.int(3, 12), rng.int(0, 3)),
        });
        expect(res.status, res.text).toBe(200);
      } else if (op === 'org-close' && owners.length > 0) {
        const o = owners.splice(rng.int(0, owners.length - 1), 1)[0] as Actor & { orgId: string };
        const res = await o.client.post(`/api/organisations/${o.orgId}/closure`, { password: PASSWORD });
        expect(res.status).toBe(200);
      } else continue;
      done.push(op);
      // Checked along the way too, not only at the end.
      if (step % 12 === 11) expect(await aggregateCounts(), done.join(' ')).toEqual(await oracle());
    }
    expect(new Set(done).size).toBeGreaterThanOrEqual(7);
    // Every figure came from the increments and the organisation recomputations, not a rebuild.
    expect(services().indicators.aggregate.rebuilds).toBe(rebuilds);
    expect(await aggregateCounts(), done.join(' ')).toEqual(await oracle());
  });

  it('when the dashboard is asked for, before and after writes, then it never loads the facts', async () => {
    const facts = services().facts;
    const load = facts.load.bind(facts);
    let loads = 0;
    facts.load = () => {
      loads++;
      return load();
    };
    try {
      const rng = new Random(7);
      const first = await app.client().get<IndicatorDashboard>('/api/indicators');
      expect(first.status).toBe(200);
      const w = await newWorker(rng);
      await w.client.patch('/api/me/profile', { serviceDomains: ['youth_affairs'] });
      await settle();
      const startedAt = Date.now();
      await w.client.patch('/api/me/profile', { serviceDomains: ['migration'] });
      await settle();
      const res = await app.client().get<IndicatorDashboard>('/api/indicators');
      expect(res.status).toBe(200);
      // asOf is when the aggregate was last updated: the edit just applied.
      expect(Date.parse(res.body.asOf)).toBeGreaterThanOrEqual(startedAt);
      expect(loads).toBe(0);
    } finally {
      facts.load = load;
    }
  });

  it('when the aggregate drifted (a crash between a bucket write and its increment) or the projection is rebuilt, then a rebuild puts it right', async () => {
    await IndicatorAggregateModel.collection.updateOne({ _id: 'workers' } as never, {
      $inc: { 'counts.talent': 5, 'counts.byLevel.senior': -1 },
    });
    expect(await aggregateCounts()).not.toEqual(await oracle());
    await services().indicators.aggregate.rebuild();
    expect(await aggregateCounts()).toEqual(await oracle());

    // Writes while the projection and the aggregate are rebuilt are neither lost nor counted twice.
    const rng = new Random(99);
    const edits = Array.from({ length: 8 }, () => editSeeded(rng));
    await Promise.all([services().facts.rebuild(), services().indicators.aggregate.rebuild(), ...edits]);
    const more = Array.from({ length: 8 }, () => editSeeded(rng));
    await Promise.all([services().indicators.aggregate.rebuild(), ...more]);
    expect(await aggregateCounts()).toEqual(await oracle());
  });

  it('when the aggregate is missing or of another version, then the dashboard rebuilds it first', async () => {
    const before = await aggregateCounts();
    await IndicatorAggregateModel.collection.updateOne({ _id: 'organisations' } as never, { $set: { version: 0 } });
    await IndicatorAggregateModel.collection.deleteOne({ _id: 'workers' } as never);
    expect(await services().indicators.aggregate.read()).toBeNull();
    const res = await app.client().get<IndicatorDashboard>('/api/indicators');
    expect(res.status).toBe(200);
    expect(await aggregateCounts()).toEqual(before);
    expect(await aggregateCounts()).toEqual(await oracle());
  });
});
