import { indicatorCounts } from '@shsw/server/modules/statistics/index';
import type { Application, ErasureReport } from '@shsw/shared';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, bureau, orgOwner, PASSWORD, signUp } from '../factories/actors.js';
import { apply, openPosition } from '../factories/positions.js';
import { richWorker } from '../factories/rich-worker.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';
import type { TestClient } from '../setup/test-client.js';

let app: TestApp;
let owner: Actor & { orgId: string };
let recruiter: Actor;
beforeAll(async () => {
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '0', RATE_LIMIT_PER_MINUTE: '0' });
  owner = await orgOwner(app, { bureauClient: await bureau(app) });
  const invite = await owner.client.post<{ code: string }>(`/api/organisations/${owner.orgId}/invites`);
  recruiter = await signUp(app, { role: 'org', inviteCode: invite.body.code, displayName: '招聘专员李雷' });
});
afterAll(async () => {
  await app?.close();
});

type Err = { error: { code: string } };

/** Waits for every subscriber and projection, so what is stored is what stays. */
async function settle(): Promise<void> {
  const s = app.server.services;
  await s.events.idle();
  await s.searchSync.drain();
  await s.facts.outbox.drain();
  await s.events.idle();
}

/** Every stored document, in every collection, that contains one of the strings. */
async function tracesOf(needles: readonly string[]): Promise<string[]> {
  const db = mongoose.connection.db;
  if (!db) throw new Error('no database');
  const found: string[] = [];
  for (const { name } of await db.listCollections().toArray()) {
    for (const doc of await db.collection(name).find().toArray()) {
      const text = JSON.stringify(doc);
      for (const needle of needles) if (text.includes(needle)) found.push(`${name}: ${needle}`);
    }
  }
  return found;
}

describe('deleting a worker’s account (PIPL art. 47)', () => {
  it('when a worker deletes the account, then the employer sees nothing of them and no personal datum stays anywhere', async () => {
    const worker = await richWorker(app, owner.client);
    await settle();
    const factsBefore = await app.server.services.facts.load();
    expect(factsBefore.workers.some((w) => w.id === worker.user.id)).toBe(true);
    expect(await tracesOf(worker.traces)).not.toEqual([]);

    const res = await worker.client.request<ErasureReport>('DELETE', '/api/me', { body: { password: PASSWORD } });
    expect(res.status).toBe(200);
    await settle();

    // The employer: the application, its cover note, history, interview and the private notes are gone.
    expect((await owner.client.get<Err>(`/api/applications/${worker.application.id}`)).status).toBe(404);
    const pipeline = await owner.client.get<{ items: Application[] }>(
      `/api/positions/${worker.position.id}/applications`,
    );
    expect(pipeline.body.items).toEqual([]);
    expect((await owner.client.get<Err>(`/api/talent/${worker.profile.id}`)).status).toBe(404);
    const ownerNotes = await owner.client.get<{ items: { data: Record<string, unknown> }[] }>('/api/notifications');
    expect(ownerNotes.body.items.filter((n) => n.data.applicationId === worker.application.id)).toEqual([]);

    // Nowhere in the database: not the id, the login, the name, the contact details or any text about them.
    expect(await tracesOf(worker.traces)).toEqual([]);

    // The statistics keep anonymous facts: the same counts, under a random id, ended at the deletion.
    const factsAfter = await app.server.services.facts.load();
    expect(factsAfter.applications.length).toBe(factsBefore.applications.length);
    expect(factsAfter.workers.length).toBe(factsBefore.workers.length);
    expect(JSON.stringify(factsAfter)).not.toContain(worker.user.id);
    const kept = factsAfter.workers.find((w) => w.leftAt !== undefined);
    expect(kept).toMatchObject({ birthYear: 1990, districtCode: '310104', domains: ['elderly_care'] });
    expect(kept?.openToWork.every((iv) => iv.to !== null)).toBe(true);
    expect(factsAfter.applications.find((a) => a.workerId === kept?.id)?.active.to).not.toBeNull();
    // Today's indicators no longer count them; a rebuild of the projection keeps the anonymous facts.
    expect(indicatorCounts(factsAfter).talent).toBe(indicatorCounts(factsBefore).talent - 1);
    await app.server.services.facts.rebuild();
    const rebuilt = await app.server.services.facts.load();
    expect(rebuilt.workers.some((w) => w.id === kept?.id)).toBe(true);
    expect(rebuilt.applications.length).toBe(factsBefore.applications.length);

    // The answer says what went, what stayed without what identifies them, and why.
    const sections = (lines: { section: string }[]) => lines.map((l) => l.section);
    expect(sections(res.body.erased)).toEqual(
      expect.arrayContaining([
        'account',
        'sessions',
        'talentRecord',
        'applications',
        'notifications',
        'savedSearches',
        'savedSearchMatches',
        'reportFollow',
      ]),
    );
    expect(res.body.anonymised).toEqual(
      expect.arrayContaining([
        { section: 'statisticsFacts', count: 2, reason: 'statistics' },
        expect.objectContaining({ section: 'auditEntries', reason: 'security_log' }),
      ]),
    );
    // The account cannot sign in, and the log says an account was deleted, not whose.
    const stranger = await app.client().init();
    expect((await stranger.post<Err>('/api/auth/sign-in', { login: worker.login, password: PASSWORD })).status).toBe(
      401,
    );
  });

  it('when a deletion is repeated after an interruption, then the statistics keep one anonymous copy, not two', async () => {
    const worker = await richWorker(app, owner.client);
    await settle();
    const before = await app.server.services.facts.load();
    const user = await mongoose.connection
      .collection('users')
      .findOne({ _id: new mongoose.Types.ObjectId(worker.user.id) });
    if (!user) throw new Error('no user');
    // As if the process died after the statistics step: run that step alone, then delete for real.
    const services = app.server.services;
    const pseudonym = new mongoose.Types.ObjectId().toHexString();
    await mongoose.connection
      .collection('users')
      .updateOne({ _id: user._id }, { $set: { erasure: { pseudonym, startedAt: new Date() } } });
    await services.facts.retain({
      subject: { userId: worker.user.id, role: 'worker', login: worker.login, profileId: worker.user.id, orgId: null },
      pseudonym,
      now: new Date(),
    });
    const res = await worker.client.request<ErasureReport>('DELETE', '/api/me', { body: { password: PASSWORD } });
    expect(res.status).toBe(200);
    await settle();
    const after = await services.facts.load();
    expect(after.workers.length).toBe(before.workers.length);
    expect(after.applications.length).toBe(before.applications.length);
    expect(after.workers.filter((w) => w.id === pseudonym)).toHaveLength(1);
  });
});

describe('deleting an organisation member’s account', () => {
  it('when a recruiter deletes the account, then the membership ends and their notes stay with the organisation, unsigned', async () => {
    const other = await signUp(app);
    await other.client.patch('/api/me/profile', { visibility: 'public' });
    const position = await openPosition(owner.client);
    const application = await apply(other.client, position.id);
    const text = '面试表现很好，沟通清楚';
    const noted = await recruiter.client.post<Application>(`/api/applications/${application.id}/notes`, { text });
    expect(noted.body.employerNotes?.at(-1)?.by).toBe('招聘专员李雷');

    const res = await recruiter.client.request<ErasureReport>('DELETE', '/api/me', { body: { password: PASSWORD } });
    expect(res.status).toBe(200);
    await settle();

    const seen = await owner.client.get<Application>(`/api/applications/${application.id}`);
    expect(seen.body.employerNotes?.at(-1)).toMatchObject({ text, by: '' });
    const members = await owner.client.get<{ items: { userId: string }[] }>(
      `/api/organisations/${owner.orgId}/members`,
    );
    expect(members.body.items.map((m) => m.userId)).toEqual([owner.user.id]);
    expect(await tracesOf(['招聘专员李雷', recruiter.login])).toEqual([]);
  });
});

describe('a fresh account', () => {
  it('when it is deleted at once, then the answer names only what existed: the account and its session', async () => {
    const client: TestClient = (await signUp(app)).client;
    const res = await client.request<ErasureReport>('DELETE', '/api/me', { body: { password: PASSWORD } });
    expect(res.status).toBe(200);
    expect(res.body.erased.map((l) => l.section).sort()).toEqual(['account', 'sessions']);
    expect(res.body.kept).toEqual([]);
  });
});
