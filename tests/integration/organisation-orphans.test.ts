import { forgetOrganisation } from '@shsw/server/modules/organisations/index';
import type { Application, Position } from '@shsw/shared';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, bureau, orgOwner, signUp } from '../factories/actors.js';
import { apply, openPosition } from '../factories/positions.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';
import type { TestClient } from '../setup/test-client.js';

/**
 * Organisations whose record is gone while their positions remain: what versions before the
 * account lifecycle left behind when a sole owner deleted their account. Every path that reads
 * such a position answers a clear 4xx or works; none answers 500.
 */
let app: TestApp;
let bureauClient: TestClient;
let worker: Actor;
let recruiter: Actor;
let orphan: Position;
let applied: Application;

type Err = { error: { code: string; details?: { reason?: string } } };

beforeAll(async () => {
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '0' });
  bureauClient = await bureau(app);
  const owner = await orgOwner(app, { bureauClient });
  const invite = await owner.client.post<{ code: string }>(`/api/organisations/${owner.orgId}/invites`);
  recruiter = await signUp(app, { role: 'org', inviteCode: invite.body.code });
  worker = await signUp(app);
  await worker.client.patch('/api/me/profile', { visibility: 'public', serviceDomains: ['elderly_care'] });
  orphan = await openPosition(owner.client, { title: '孤儿岗位 orphanpost' });
  const other = await openPosition(owner.client, { title: '已投递岗位' });
  applied = await apply(worker.client, other.id);
  await app.server.services.events.idle();
  await app.server.services.searchSync.drain();
  // What the old deletion did: the organisation's record and its owner's account went, nothing else.
  const db = mongoose.connection;
  await db.collection('organisations').deleteOne({ _id: new mongoose.Types.ObjectId(owner.orgId) });
  await db.collection('users').deleteOne({ _id: new mongoose.Types.ObjectId(owner.user.id) });
  // Written behind the app's back: the app would see it within its cache's few seconds; now.
  forgetOrganisation(owner.orgId);
});
afterAll(async () => {
  await app?.close();
});

describe('positions of an organisation that no longer exists', () => {
  it('when anyone opens such a position, then 404 not_found, not 500', async () => {
    const anonymous = await app.client().init();
    const res = await anonymous.get<Err>(`/api/positions/${orphan.id}`);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });

  it('when a worker applies to it, then 404 and no application is stored', async () => {
    const res = await worker.client.post<Err>(`/api/positions/${orphan.id}/applications`, { note: '' });
    expect(res.status).toBe(404);
    const stored = await mongoose.connection
      .collection('applications')
      .countDocuments({ positionId: new mongoose.Types.ObjectId(orphan.id) });
    expect(stored).toBe(0);
  });

  it('when the worker lists and opens an earlier application there, then both work', async () => {
    const list = await worker.client.get<{ items: Application[] }>('/api/me/applications');
    expect(list.status).toBe(200);
    expect(list.body.items.map((a) => a.id)).toContain(applied.id);
    const one = await worker.client.get<Application>(`/api/applications/${applied.id}`);
    expect(one.status).toBe(200);
    expect(one.body.position.orgName).toBe('');
  });

  it('when a member of the missing organisation works, then each path answers a clear 4xx or an empty answer', async () => {
    const mine = await recruiter.client.get<{ items: Position[]; total: number }>('/api/org/positions');
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ items: [], total: 0 });
    expect((await recruiter.client.get<{ organisation: null }>('/api/organisations/mine')).body.organisation).toBe(
      null,
    );
    const talentSearch = await recruiter.client.get<Err>('/api/talent/search');
    expect(talentSearch.status).toBe(403);
    expect(talentSearch.body.error.code).toBe('not_verified');
    const talent = await recruiter.client.get<Err>(`/api/talent/${worker.user.id}`);
    expect(talent.status).toBe(403);
    expect(talent.body.error.code).toBe('not_verified');
    const matches = await recruiter.client.get<Err>(`/api/positions/${orphan.id}/matches`);
    expect(matches.status).toBe(403);
    const pipeline = await recruiter.client.get<{ items: Application[] }>(
      `/api/positions/${applied.positionId}/applications`,
    );
    expect(pipeline.status).toBe(200);
    const moved = await recruiter.client.post<Err>(`/api/positions/${orphan.id}/status`, { to: 'paused' });
    expect(moved.status).toBe(404);
    const contact = await recruiter.client.post<Err>(`/api/applications/${applied.id}/contact`);
    expect(contact.status).toBe(403);
  });

  it('when the bureau previews a report and the indicators, then the orphan counts as an unknown organisation type', async () => {
    const period = `${new Date().getUTCFullYear()}-Q${Math.floor(new Date().getUTCMonth() / 3) + 1}`;
    const preview = await bureauClient.get(`/api/bureau/reports/preview?periodId=${period}`);
    expect(preview.status).toBe(200);
    expect((await bureauClient.get('/api/indicators')).status).toBe(200);
  });

  it('when the settling job runs, then the orphan leaves search, its pipelines end and the applicant is told', async () => {
    const before = await worker.client.get<{ hits: { id: string }[] }>('/api/positions/search?q=orphanpost');
    expect(before.body.hits.map((h) => h.id)).toContain(orphan.id);

    expect(await app.server.scheduler.runOnce('settle-closed-organisations')).toBe(true);
    await app.server.services.events.idle();
    await app.server.services.searchSync.drain();

    const after = await worker.client.get<{ hits: { id: string }[] }>('/api/positions/search?q=orphanpost');
    expect(after.body.hits.map((h) => h.id)).not.toContain(orphan.id);
    const stored = await mongoose.connection
      .collection('positions')
      .findOne({ _id: new mongoose.Types.ObjectId(orphan.id) });
    expect(stored?.status).toBe('closed');
    expect(stored?.statusHistory.at(-1)).toMatchObject({ status: 'closed', reason: 'organisation_missing' });

    const application = await worker.client.get<Application>(`/api/applications/${applied.id}`);
    expect(application.body.status).toBe('ended');
    expect(application.body.history.at(-1)).toMatchObject({
      status: 'ended',
      actor: 'system',
      reason: 'organisation_missing',
    });
    const notes = await worker.client.get<{ items: { type: string; data: { status?: string } }[] }>(
      '/api/notifications',
    );
    expect(notes.body.items.find((n) => n.type === 'application_status_changed')?.data.status).toBe('ended');
  });
});
