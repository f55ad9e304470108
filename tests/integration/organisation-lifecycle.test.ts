import { forgetOrganisation } from '@shsw/server/modules/organisations/index';
import type { Application, ClosurePreview, Organisation, Position, SessionUser } from '@shsw/shared';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, bureau, orgOwner, PASSWORD, signUp } from '../factories/actors.js';
import { apply, draftPosition, openPosition } from '../factories/positions.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';
import type { TestClient } from '../setup/test-client.js';

let app: TestApp;
let bureauClient: TestClient;
beforeAll(async () => {
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '0' });
  bureauClient = await bureau(app);
});
afterAll(async () => {
  await app?.close();
});

type Err = { error: { code: string; details?: { reason?: string } } };
const me = async (client: TestClient) => (await client.get<{ user: SessionUser | null }>('/api/auth/me')).body.user;
const settle = async () => {
  await app.server.services.events.idle();
  await app.server.services.searchSync.drain();
};
const notificationTypes = async (client: TestClient) =>
  (await client.get<{ items: { type: string; data: Record<string, unknown> }[] }>('/api/notifications')).body.items;

async function withRecruiter(owner: Actor & { orgId: string }): Promise<Actor> {
  const invite = await owner.client.post<{ code: string }>(`/api/organisations/${owner.orgId}/invites`);
  return signUp(app, { role: 'org', inviteCode: invite.body.code });
}

describe('an organisation always has an owner', () => {
  it('when its last owner deletes their account, then 409 organisation_owner and nothing changes', async () => {
    const owner = await orgOwner(app, { bureauClient });
    const position = await openPosition(owner.client);
    const res = await owner.client.request<Err>('DELETE', '/api/me', { body: { password: PASSWORD } });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('organisation_owner');
    expect((await me(owner.client))?.orgRole).toBe('owner');
    expect((await app.client().get(`/api/positions/${position.id}`)).status).toBe(200);
    expect((await app.client().get(`/api/organisations/${owner.orgId}`)).status).toBe(200);
  });

  it('when the owner hands over to a recruiter, then roles swap in place, the new owner is told, and the former owner may leave', async () => {
    const owner = await orgOwner(app, { bureauClient });
    const recruiter = await withRecruiter(owner);
    const outsider = await signUp(app, { role: 'org' });
    const path = `/api/organisations/${owner.orgId}/owner`;

    expect((await recruiter.client.post<Err>(path, { userId: recruiter.user.id })).status).toBe(403);
    expect((await owner.client.post<Err>(path, { userId: outsider.user.id })).status).toBe(404);
    expect((await owner.client.post<Err>(path, { userId: owner.user.id })).status).toBe(409);

    const res = await owner.client.post(path, { userId: recruiter.user.id });
    expect(res.status).toBe(200);
    await settle();
    expect(await me(recruiter.client)).toMatchObject({ orgId: owner.orgId, orgRole: 'owner' });
    expect(await me(owner.client)).toMatchObject({ orgId: owner.orgId, orgRole: 'recruiter' });
    const org = await mongoose.connection
      .collection('organisations')
      .findOne({ _id: new mongoose.Types.ObjectId(owner.orgId) });
    expect(String(org?.ownerId)).toBe(recruiter.user.id);
    expect((await notificationTypes(recruiter.client)).map((n) => n.type)).toContain(
      'organisation_ownership_transferred',
    );
    // The new owner manages the organisation now; the former one cannot.
    expect((await recruiter.client.post(`/api/organisations/${owner.orgId}/invites`)).status).toBe(201);
    expect((await owner.client.post(`/api/organisations/${owner.orgId}/invites`)).status).toBe(403);

    const left = await owner.client.request('DELETE', '/api/me', { body: { password: PASSWORD } });
    expect(left.status).toBe(200);
    const members = await recruiter.client.get<{ items: { userId: string }[] }>(
      `/api/organisations/${owner.orgId}/members`,
    );
    expect(members.body.items.map((m) => m.userId)).toEqual([recruiter.user.id]);
  });
});

describe('closing an organisation', () => {
  it('when the owner closes it, then its positions close and leave search, pipelines end with the applicants told, memberships end', async () => {
    const owner = await orgOwner(app, { bureauClient });
    const recruiter = await withRecruiter(owner);
    const worker = await signUp(app);
    const open = await openPosition(owner.client, { title: '即将关闭的岗位 closingsoon' });
    const paused = await openPosition(owner.client);
    await owner.client.post(`/api/positions/${paused.id}/status`, { to: 'paused' });
    const draft = await draftPosition(owner.client);
    const application = await apply(worker.client, open.id);
    await settle();
    const found = await worker.client.get<{ hits: { id: string }[] }>('/api/positions/search?q=closingsoon');
    expect(found.body.hits.map((h) => h.id)).toContain(open.id);

    const closure = `/api/organisations/${owner.orgId}/closure`;
    expect((await recruiter.client.get(closure)).status).toBe(403);
    const preview = await owner.client.get<ClosurePreview>(closure);
    expect(preview.body).toEqual({ positions: 3, activeApplications: 1, members: 2 });
    expect((await recruiter.client.post(closure, { password: PASSWORD })).status).toBe(403);
    expect((await owner.client.post<Err>(closure, { password: 'not-the-password-1' })).status).toBe(401);

    expect((await owner.client.post(closure, { password: PASSWORD })).status).toBe(200);
    await settle();

    const positions = mongoose.connection.collection('positions');
    for (const id of [open.id, paused.id, draft.id]) {
      const p = await positions.findOne({ _id: new mongoose.Types.ObjectId(id) });
      expect(p?.status).toBe('closed');
      expect(p?.statusHistory.at(-1)).toMatchObject({ status: 'closed', reason: 'organisation_closed' });
    }
    const after = await worker.client.get<{ hits: { id: string }[] }>('/api/positions/search?q=closingsoon');
    expect(after.body.hits.map((h) => h.id)).not.toContain(open.id);

    const ended = await worker.client.get<Application>(`/api/applications/${application.id}`);
    expect(ended.body.status).toBe('ended');
    expect(ended.body.history.at(-1)).toMatchObject({ actor: 'system', reason: 'organisation_closed' });
    const told = (await notificationTypes(worker.client)).find((n) => n.type === 'application_status_changed');
    expect(told?.data.status).toBe('ended');

    expect(await me(owner.client)).toMatchObject({ orgId: null, orgRole: null });
    expect(await me(recruiter.client)).toMatchObject({ orgId: null, orgRole: null });
    expect((await notificationTypes(recruiter.client)).map((n) => n.type)).toContain('organisation_closed');

    // Gone from public view; its record stays (for the statistics), without the contact person.
    expect((await app.client().get(`/api/organisations/${owner.orgId}`)).status).toBe(404);
    const record = await bureauClient.get<{ detail: Organisation }>(`/api/organisations/${owner.orgId}`);
    expect(record.body.detail).toMatchObject({ status: 'closed', contact: { name: '', mobile: '', email: null } });
    const facts = await app.server.services.facts.load();
    expect(facts.positions.map((p) => p.id)).toEqual(expect.arrayContaining([open.id, paused.id]));
    expect(facts.applications.find((a) => a.positionId === open.id)?.active.to).not.toBeNull();

    const again = await worker.client.post<Err>(`/api/positions/${open.id}/applications`, { note: '' });
    expect(again.status).toBe(409);
    expect((await owner.client.request('DELETE', '/api/me', { body: { password: PASSWORD } })).status).toBe(200);
  });

  it('when a closure stopped before its positions closed, then the settling job finishes it', async () => {
    const owner = await orgOwner(app, { bureauClient });
    const position: Position = await openPosition(owner.client);
    // As if the process died right after the organisation's record was marked closed.
    await mongoose.connection
      .collection('organisations')
      .updateOne({ _id: new mongoose.Types.ObjectId(owner.orgId) }, { $set: { status: 'closed' } });
    forgetOrganisation(owner.orgId);
    const refused = await (await signUp(app)).client.post<Err>(`/api/positions/${position.id}/applications`, {
      note: '',
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.details?.reason).toBe('organisation_closed');

    expect(await app.server.scheduler.runOnce('settle-closed-organisations')).toBe(true);
    await settle();
    const stored = await mongoose.connection
      .collection('positions')
      .findOne({ _id: new mongoose.Types.ObjectId(position.id) });
    expect(stored?.statusHistory.at(-1)).toMatchObject({ status: 'closed', reason: 'organisation_closed' });
  });
});
