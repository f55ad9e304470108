import { demoAccounts } from '@shsw/server/demo/demo-accounts';
import { seedDemo } from '@shsw/server/demo/seed';
import { talentDocument } from '@shsw/server/modules/search/search-indexes';
import { districts, organisationTypes, serviceDomains } from '@shsw/shared';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs } from '../factories/actors.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

interface StoredProfile {
  _id: mongoose.Types.ObjectId;
  personal: { name: string };
  computed: { isTalent: boolean; ce: { status: string } };
  certificates: { id: string; level: string; status: string }[];
  serviceHistory: { source: string }[];
}

let app: TestApp;
/** Every record, read once: each filter on a nested field would read them all again on FerretDB. */
let profiles: StoredProfile[];
beforeAll(async () => {
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '0' });
  await seedDemo({ preset: 'demo', seed: 7 });
  profiles = await mongoose.connection
    .collection<StoredProfile>('profiles')
    .find({}, { projection: { personal: 1, computed: 1, certificates: 1, serviceHistory: 1 } })
    .toArray();
});
afterAll(async () => {
  await app?.close();
});

describe('demo data', () => {
  it('when seeded, then organisations of every type stand in all 16 districts', async () => {
    const orgs = mongoose.connection.collection('organisations');
    expect((await orgs.distinct('type')).sort()).toEqual(organisationTypes.map((t) => t.code).sort());
    expect((await orgs.distinct('districtCode')).sort()).toEqual(districts.map((d) => d.code).sort());
  });

  it("when seeded, then the certificate mix follows the plan's 2020 proportions", async () => {
    const generated = profiles.filter((p) => p.personal.name !== demoAccounts.worker.displayName);
    expect(generated).toHaveLength(3_000);
    const count = (level: string) => generated.filter((p) => p.certificates.some((c) => c.level === level)).length;
    // 3,000 × 35,531/100,000 = 1,066 holders, split 25,577 : 9,944 : 10 by largest remainder.
    expect([count('assistant'), count('social_worker'), count('senior')]).toEqual([768, 298, 0]);
  });

  it('when seeded, then the computed badges vary', () => {
    const count = (test: (p: StoredProfile) => boolean) => profiles.filter(test).length;
    expect(count((p) => p.computed.isTalent)).toBeGreaterThan(1_000);
    expect(count((p) => !p.computed.isTalent)).toBeGreaterThan(50);
    expect(count((p) => p.computed.ce.status === 'short')).toBeGreaterThan(50);
    expect(count((p) => p.certificates.some((c) => c.status === 'claimed'))).toBeGreaterThan(10);
  });

  it("when seeded, then the bureau's certificate queue holds exactly the claimed certificates", async () => {
    const claimed = profiles
      .flatMap((p) => p.certificates.filter((c) => c.status === 'claimed').map((c) => `${String(p._id)}:${c.id}`))
      .sort();
    const queued = await mongoose.connection.collection<{ _id: string }>('certificate_claims').find({}).toArray();
    expect(queued.map((q) => q._id).sort()).toEqual(claimed);
    const bureau = await signInAs(app, demoAccounts.bureau.login, demoAccounts.bureau.password);
    const page = await bureau.get<{ total: number }>('/api/bureau/certificates');
    expect(page.body.total).toBe(claimed.length);
  });

  it("when seeded, then the bureau's import history shows the finished import of the demo registry", async () => {
    const bureau = await signInAs(app, demoAccounts.bureau.login, demoAccounts.bureau.password);
    const imports = await bureau.get<{ items: { status: string; totalRows: number; inserted: number }[] }>(
      '/api/bureau/registry/imports',
    );
    const entries = await mongoose.connection.collection('certificate_registry').countDocuments();
    expect(imports.body.items).toEqual([
      expect.objectContaining({ status: 'done', totalRows: entries, inserted: entries }),
    ]);
  });

  it('when seeded, then positions and applications span their lifecycles over two years, elderly care and community building leading', async () => {
    const positions = mongoose.connection.collection('positions');
    expect((await positions.distinct('status')).sort()).toEqual([
      'closed',
      'draft',
      'expired',
      'filled',
      'open',
      'paused',
    ]);
    const oldest = await positions
      .find({ publishedAt: { $ne: null } })
      .sort({ publishedAt: 1 })
      .limit(1)
      .next();
    expect(oldest).not.toBeNull();
    expect(Date.now() - ((oldest?.publishedAt as Date | undefined) ?? new Date()).getTime()).toBeGreaterThan(
      600 * 86_400_000,
    );
    const byDomain = await positions
      .aggregate<{ _id: string; n: number }>([
        { $group: { _id: '$primaryDomain', n: { $sum: 1 } } },
        { $sort: { n: -1 } },
      ])
      .toArray();
    expect(
      byDomain
        .slice(0, 2)
        .map((d) => d._id)
        .sort(),
    ).toEqual(['community_building', 'elderly_care']);
    const applications = mongoose.connection.collection('applications');
    expect((await applications.distinct('status')).length).toBeGreaterThanOrEqual(8);
    const hired = await applications.countDocuments({ status: 'hired' });
    expect(hired).toBeGreaterThan(20);
    expect(profiles.filter((p) => p.serviceHistory.some((s) => s.source === 'platform_hire')).length).toBe(
      (await applications.distinct('workerUserId', { status: 'hired' })).length,
    );
    const filled = await positions.find({ status: 'filled' }).limit(20).toArray();
    for (const p of filled) expect(p.filledCount).toBe(p.headcount);
  });

  it('when seeded, then the demo organisation has open positions with applicants and the demo worker an interview', async () => {
    const db = mongoose.connection;
    const owner = await db.collection('users').findOne({ login: demoAccounts.owner.login });
    const open = await db.collection('positions').countDocuments({ orgId: owner?.orgId, status: 'open' });
    expect(open).toBeGreaterThanOrEqual(3);
    const worker = await db.collection('users').findOne({ login: demoAccounts.worker.login });
    const mine = await db.collection('applications').find({ workerUserId: worker?._id }).toArray();
    expect(mine.map((a) => a.status)).toEqual(['interview']);
    expect(await db.collection('applications').countDocuments({ orgId: owner?.orgId })).toBeGreaterThanOrEqual(10);
  });

  it('when seeded, then the demo worker has bookmarks, open ones and one no longer taking applications', async () => {
    const worker = await signInAs(app, demoAccounts.worker.login, demoAccounts.worker.password);
    const res = await worker.get<{ items: { position: { acceptsApplications: boolean } }[] }>('/api/me/bookmarks');
    expect(res.status).toBe(200);
    expect(res.body.items.filter((b) => b.position.acceptsApplications).length).toBeGreaterThanOrEqual(2);
    expect(res.body.items.some((b) => !b.position.acceptsApplications)).toBe(true);
  });

  it('when seeded, then the demo worker has invitations in every state and the demo organisation a granted contact', async () => {
    const worker = await signInAs(app, demoAccounts.worker.login, demoAccounts.worker.password);
    const mine = await worker.get<{ items: { status: string; match: { reasons: unknown[] } }[] }>(
      '/api/me/invitations',
    );
    expect(new Set(mine.body.items.map((i) => i.status))).toEqual(
      new Set(['pending', 'accepted', 'declined', 'expired', 'withdrawn']),
    );
    const recruiter = await signInAs(app, demoAccounts.recruiter.login, demoAccounts.recruiter.password);
    const me = await worker.get<{ user: { id: string } }>('/api/auth/me');
    const contact = await recruiter.get<{ grounds: string }>(`/api/talent/${me.body.user.id}/shared-contact`);
    expect(contact.status).toBe(200);
    expect(contact.body.grounds).toBe('grant');
  });

  it('when seeded, then one agency has closed: no members, no live positions, its pipelines ended with the reason', async () => {
    const db = mongoose.connection;
    const closed = await db.collection('organisations').find({ status: 'closed' }).toArray();
    expect(closed).toHaveLength(1);
    const orgId = closed[0]?._id;
    expect(closed[0]?.contact).toEqual({ name: '', mobile: '', email: null });
    expect(await db.collection('users').countDocuments({ orgId })).toBe(0);
    const positions = await db.collection('positions').find({ orgId }).toArray();
    expect(positions.filter((p) => ['open', 'paused', 'draft'].includes(p.status))).toEqual([]);
    const applications = await db.collection('applications').find({ orgId }).toArray();
    expect(applications.some((a) => a.status === 'ended')).toBe(true);
    for (const a of applications.filter((x) => x.status === 'ended'))
      expect(a.history.at(-1)).toMatchObject({ actor: 'system', reason: 'organisation_closed' });
  });

  it('when seeded, then every recent month has new postings, new job seekers, applications and hires', async () => {
    const bureau = await signInAs(app, demoAccounts.bureau.login, demoAccounts.bureau.password);
    const sh = new Date(Date.now() + 8 * 3_600_000);
    for (let back = 1; back <= 6; back += 1) {
      const d = new Date(Date.UTC(sh.getUTCFullYear(), sh.getUTCMonth() - back, 1));
      const periodId = `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
      type Cell = { current: { value: number | null } };
      const res = await bureau.get<{ headline: Record<string, Cell> }>(
        `/api/bureau/reports/preview?periodId=${periodId}`,
      );
      expect(res.status, periodId).toBe(200);
      for (const measure of ['demand', 'supply', 'newPostings', 'newSeekers', 'applications', 'hires'])
        expect(res.body.headline[measure]?.current.value ?? 0, `${periodId} ${measure}`).toBeGreaterThanOrEqual(5);
    }
  });

  it('when seeded, then the talent search projection holds every record as the outbox would write it', async () => {
    const db = mongoose.connection;
    const meta = await db
      .collection<{ _id: string; complete?: boolean }>('search_projection_meta')
      .findOne({ _id: 'talent' });
    expect(meta?.complete).toBe(true);
    expect(await db.collection('search_docs_talent').countDocuments()).toBe(
      await db.collection('profiles').countDocuments(),
    );
    const profiles = await db.collection('profiles').find().limit(25).toArray();
    for (const profile of profiles) {
      const stored = await db.collection<{ _id: string; body: string }>('search_docs_talent').findOne({
        _id: String(profile._id),
      });
      expect(JSON.parse(stored?.body ?? 'null')).toEqual(
        JSON.parse(JSON.stringify(talentDocument(profile as unknown as Parameters<typeof talentDocument>[0]))),
      );
    }
  });

  it('when seeded, then every documented demo account signs in with its role and a verified address', async () => {
    for (const [key, account] of Object.entries(demoAccounts)) {
      const client = await signInAs(app, account.login, account.password);
      const me = await client.get<{ user: { role: string; email: string } }>('/api/auth/me');
      const expected = { worker: 'worker', bureau: 'bureau', admin: 'admin' }[key] ?? 'org';
      expect(me.body.user.role, key).toBe(expected);
      expect(me.body.user.email, key).toBe('verified');
    }
  });

  it('when seeded, then the demo worker has e-mail alerts on beyond the defaults', async () => {
    const worker = await signInAs(app, demoAccounts.worker.login, demoAccounts.worker.password);
    const prefs = await worker.get<{ email: Record<string, boolean> }>('/api/notifications/preferences');
    expect(prefs.body.email).toMatchObject({
      application_status_changed: true,
      saved_search_digest: true,
      saved_search_match: true,
      ce_reminder: true,
      profile_match: false,
    });
  });

  it('when seeded, then the demo worker and the demo organisation each have unread messages in shared threads', async () => {
    const worker = await signInAs(app, demoAccounts.worker.login, demoAccounts.worker.password);
    const owner = await signInAs(app, demoAccounts.owner.login, demoAccounts.owner.password);
    type List = { items: { id: string; unread: number; positionTitle: string }[]; unread: number };
    const mine = await worker.get<List>('/api/conversations');
    const theirs = await owner.get<List>('/api/conversations');
    expect(mine.body.items).toHaveLength(3);
    expect(mine.body.unread).toBeGreaterThan(0);
    expect(theirs.body.unread).toBeGreaterThan(0);
    expect(theirs.body.items.map((c) => c.id).sort()).toEqual(mine.body.items.map((c) => c.id).sort());
    for (const c of mine.body.items) expect(c.positionTitle).not.toBe('');
  });

  it('when seeded, then organisations read like real ones: no numbered names, no contact called 联系人, all distinct', async () => {
    const orgs = await mongoose.connection
      .collection<{ name: string; contact: { name: string } }>('organisations')
      .find({}, { projection: { name: 1, contact: 1 } })
      .toArray();
    expect(orgs.filter((o) => /[0-9０-９]$/.test(o.name)).map((o) => o.name)).toEqual([]);
    expect(new Set(orgs.map((o) => o.name)).size).toBe(orgs.length);
    expect(orgs.filter((o) => o.contact.name === '联系人')).toEqual([]);
    expect(orgs.filter((o) => o.contact.name !== '').every((o) => /^[\u4e00-\u9fa5]{2,4}$/.test(o.contact.name))).toBe(
      true,
    );
  });

  it('when seeded, then no organisation repeats a position title and every service domain has open positions', async () => {
    const positions = await mongoose.connection
      .collection<{ orgId: unknown; title: string; status: string; primaryDomain: string }>('positions')
      .find({}, { projection: { orgId: 1, title: 1, status: 1, primaryDomain: 1 } })
      .toArray();
    const seen = new Set<string>();
    const repeated = positions.filter((p) => {
      const key = `${String(p.orgId)}:${p.title}`;
      const again = seen.has(key);
      seen.add(key);
      return again;
    });
    expect(repeated.map((p) => p.title)).toEqual([]);
    const openDomains = new Set(positions.filter((p) => p.status === 'open').map((p) => p.primaryDomain));
    expect(serviceDomains.filter((d) => !openDomains.has(d.code)).map((d) => d.code)).toEqual([]);
  });

  it('when seeded, then each documented account finds unread notifications at first sign-in', async () => {
    const expected: Record<string, string[]> = {
      worker: ['application_status_changed', 'invitation_received', 'profile_match'],
      owner: ['application_submitted', 'invitation_answered'],
      recruiter: ['application_submitted', 'invitation_answered'],
      pendingOwner: ['organisation_rejected'],
      bureau: ['organisation_to_verify'],
      admin: ['organisation_to_verify'],
    };
    for (const [key, account] of Object.entries(demoAccounts)) {
      const client = await signInAs(app, account.login, account.password);
      const list = await client.get<{ items: { type: string; readAt: string | null }[] }>('/api/notifications');
      const unread = list.body.items.filter((n) => n.readAt === null).map((n) => n.type);
      expect(unread, key).toEqual(expect.arrayContaining(expected[key] ?? ['(an expectation for every account)']));
    }
  });
});
