import { InvitationModel } from '@shsw/server/modules/invitations/index';
import type { Application, MyInvitation, Notification, Position, SentInvitation } from '@shsw/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, bureau, orgOwner, PASSWORD, signUp } from '../factories/actors.js';
import { apply, openPosition } from '../factories/positions.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';
import type { TestClient } from '../setup/test-client.js';

let app: TestApp;
let bureauClient: TestClient;
beforeAll(async () => {
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '0', RATE_LIMIT_PER_MINUTE: '0' });
  bureauClient = await bureau(app);
});
afterAll(async () => {
  await app?.close();
});

/** A worker with a talent record organisations can see. */
async function workerWithRecord(name = '李晓雯'): Promise<Actor> {
  const worker = await signUp(app, { displayName: name });
  const res = await worker.client.patch('/api/me/profile', {
    personal: { name, birthYear: 1992, districtCode: '310104', mobile: '13900002222', email: 'lxw@example.test' },
    education: [
      { level: 'bachelor', school: '华东理工大学', major: '社会工作', field: 'social_work', graduationYear: 2014 },
    ],
    serviceDomains: ['elderly_care'],
    visibility: 'verified_orgs',
    openToWork: true,
  });
  if (res.status !== 200) throw new Error(`profile: ${res.text}`);
  return worker;
}

async function employer(): Promise<Actor & { orgId: string; creditCode: string; position: Position }> {
  const owner = await orgOwner(app, { bureauClient });
  const position = await openPosition(owner.client, { title: '长者服务社工' });
  return { ...owner, position };
}

/** The error envelope's fields a refusal is told by. */
type Refusal = { error?: { code: string; details?: { reason?: string } } };

const invite = (org: TestClient, positionId: string, profileId: string, message = '欢迎来我们机构') =>
  org.post<SentInvitation & Refusal>('/api/invitations', {
    positionId,
    profileId,
    message,
  });

const myInvitations = async (worker: TestClient) =>
  (await worker.get<{ items: MyInvitation[] }>('/api/me/invitations')).body.items;

describe('invitations to apply', () => {
  it('when a recruiter invites a worker and the worker accepts, then the application exists once and both sides are told', async () => {
    const org = await employer();
    const worker = await workerWithRecord();
    const seen = app.mailbox.messages.length;
    const sent = await invite(org.client, org.position.id, worker.user.id);
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ status: 'pending', message: '欢迎来我们机构', profileId: worker.user.id });
    expect(sent.body.workerName).not.toContain('晓雯');

    const [mine] = await myInvitations(worker.client);
    expect(mine).toMatchObject({
      id: sent.body.id,
      status: 'pending',
      message: '欢迎来我们机构',
      position: { id: org.position.id, title: '长者服务社工' },
      organisation: { id: org.orgId, verified: true },
    });
    expect(mine?.match.reasons.length).toBeGreaterThan(0);
    // The position is marked as one the worker was invited to (for them only).
    const marks = async (client: TestClient) =>
      (await client.get<Position>(`/api/positions/${org.position.id}`)).body.viewer;
    expect(await marks(worker.client)).toMatchObject({ invited: true, applied: false });
    expect(await marks((await workerWithRecord('王一')).client)).toMatchObject({ invited: false });

    // The worker hears of it in the app and by mail (on by default), without the message.
    await app.server.services.events.idle();
    const mail = await app.mailbox.waitFor({
      to: worker.login,
      template: 'notification:invitation_received',
      after: seen,
    });
    expect(mail.subject).toContain('邀请');
    expect(mail.text).not.toContain('欢迎来我们机构');
    const notes = await worker.client.get<{ items: Notification[] }>('/api/notifications');
    expect(notes.body.items.map((n) => n.type)).toContain('invitation_received');

    const accepted = await worker.client.post<{ applicationId: string; invitation: MyInvitation }>(
      `/api/me/invitations/${sent.body.id}/accept`,
    );
    expect(accepted.status).toBe(200);
    expect(accepted.body.invitation.status).toBe('accepted');
    expect(await marks(worker.client)).toMatchObject({ invited: false, applied: true });
    const applications = await worker.client.get<{ items: Application[] }>('/api/me/applications');
    expect(applications.body.items.map((a) => a.id)).toEqual([accepted.body.applicationId]);
    const board = await org.client.get<{ items: Application[] }>(`/api/positions/${org.position.id}/applications`);
    expect(board.body.items.map((a) => a.id)).toEqual([accepted.body.applicationId]);

    const list = await org.client.get<{ items: SentInvitation[] }>('/api/invitations');
    expect(list.body.items[0]).toMatchObject({ status: 'accepted', applicationId: accepted.body.applicationId });
    await app.server.services.events.idle();
    const orgNotes = await org.client.get<{ items: Notification[] }>('/api/notifications');
    expect(orgNotes.body.items.map((n) => n.type)).toContain('invitation_answered');
    // Now an application stands: a second invitation is refused.
    const again = await invite(org.client, org.position.id, worker.user.id);
    expect(again.status).toBe(409);
    expect(again.body.error?.details?.reason).toBe('already_applied');
  });

  it('when five accepts of one invitation arrive at once, then exactly one application is made', async () => {
    const org = await employer();
    const worker = await workerWithRecord();
    const sent = await invite(org.client, org.position.id, worker.user.id);
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => worker.client.post(`/api/me/invitations/${sent.body.id}/accept`)),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409, 409, 409]);
    const applications = await worker.client.get<{ items: Application[] }>('/api/me/applications');
    expect(applications.body.items).toHaveLength(1);
  });

  it('when the worker declines with a reason, then the organisation sees it and cannot invite them to that position again', async () => {
    const org = await employer();
    const worker = await workerWithRecord();
    const sent = await invite(org.client, org.position.id, worker.user.id);
    const declined = await worker.client.post<MyInvitation>(`/api/me/invitations/${sent.body.id}/decline`, {
      reason: '通勤太远',
    });
    expect(declined.status).toBe(200);
    expect(declined.body.status).toBe('declined');
    const list = await org.client.get<{ items: SentInvitation[] }>(`/api/invitations?status=declined`);
    expect(list.body.items.map((i) => [i.id, i.declineReason])).toEqual([[sent.body.id, '通勤太远']]);
    const again = await invite(org.client, org.position.id, worker.user.id);
    expect(again.status).toBe(409);
    expect(again.body.error?.details?.reason).toBe('declined_before');
    // Accepting after declining is refused too.
    expect((await worker.client.post(`/api/me/invitations/${sent.body.id}/accept`)).status).toBe(409);
  });

  it('when a worker already has a pending invitation or applied, then another invitation is refused', async () => {
    const org = await employer();
    const worker = await workerWithRecord();
    expect((await invite(org.client, org.position.id, worker.user.id)).status).toBe(201);
    const twice = await invite(org.client, org.position.id, worker.user.id);
    expect(twice.status).toBe(409);
    expect(twice.body.error?.details?.reason).toBe('already_invited');

    const other = await openPosition(org.client, { title: '社区营造社工' });
    await apply(worker.client, other.id);
    const applied = await invite(org.client, other.id, worker.user.id);
    expect(applied.status).toBe(409);
    expect(applied.body.error?.details?.reason).toBe('already_applied');
  });

  it('when an organisation withdraws a pending invitation, then the worker can no longer accept it', async () => {
    const org = await employer();
    const worker = await workerWithRecord();
    const sent = await invite(org.client, org.position.id, worker.user.id);
    const withdrawn = await org.client.post<SentInvitation>(`/api/invitations/${sent.body.id}/withdraw`);
    expect(withdrawn.body.status).toBe('withdrawn');
    expect((await worker.client.post(`/api/me/invitations/${sent.body.id}/accept`)).status).toBe(409);
    expect((await myInvitations(worker.client))[0]?.status).toBe('withdrawn');
    // Another organisation cannot touch it.
    const stranger = await employer();
    expect((await stranger.client.post(`/api/invitations/${sent.body.id}/withdraw`)).status).toBe(404);
  });

  it('when an invitation is past its 14 days, then it reads expired, cannot be answered, and a new one may be sent', async () => {
    const org = await employer();
    const worker = await workerWithRecord();
    const sent = await invite(org.client, org.position.id, worker.user.id);
    expect(new Date(sent.body.expiresAt).getTime() - new Date(sent.body.sentAt).getTime()).toBe(14 * 86_400_000);
    await InvitationModel.updateOne({ _id: sent.body.id }, { $set: { expiresAt: new Date(Date.now() - 1000) } });

    expect((await myInvitations(worker.client))[0]?.status).toBe('expired');
    const late = await worker.client.post<Refusal>(`/api/me/invitations/${sent.body.id}/accept`);
    expect(late.status).toBe(409);
    expect(late.body.error?.details?.reason).toBe('expired');
    expect((await worker.client.post(`/api/me/invitations/${sent.body.id}/decline`, {})).status).toBe(409);
    const expired = await org.client.get<{ items: SentInvitation[] }>('/api/invitations?status=expired');
    expect(expired.body.items.map((i) => i.id)).toEqual([sent.body.id]);
    expect((await invite(org.client, org.position.id, worker.user.id)).status).toBe(201);
  });

  it('when 20 invitations are sent at once against a quota of 7, then exactly 7 go out', async () => {
    const set = await bureauClient.put('/api/bureau/invitation-quota', { perDay: 7 });
    expect(set.status).toBe(200);
    try {
      const org = await employer();
      const positions = [
        org.position,
        ...(await Promise.all([1, 2, 3].map((n) => openPosition(org.client, { title: `岗位${n}` })))),
      ];
      const workers = await Promise.all(Array.from({ length: 5 }, (_, n) => workerWithRecord(`王${n}明`)));
      const answers = await Promise.all(
        positions.flatMap((p) => workers.map((w) => invite(org.client, p.id, w.user.id, ''))),
      );
      const statuses = answers.map((a) => a.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(7);
      expect(statuses.filter((s) => s === 429)).toHaveLength(13);
      expect(answers.find((a) => a.status === 429)?.body.error?.code).toBe('invitation_quota_exceeded');
      const quota = await org.client.get<{ perDay: number; usedToday: number }>('/api/invitations/quota');
      expect(quota.body).toEqual({ perDay: 7, usedToday: 7 });
      const stored = await org.client.get<{ total: number }>('/api/invitations');
      expect(stored.body.total).toBe(7);
    } finally {
      await bureauClient.put('/api/bureau/invitation-quota', { perDay: 50 });
    }
  });

  it('when either side blocked the other, or the record is hidden from the organisation, then no invitation goes out', async () => {
    const org = await employer();
    const blocker = await workerWithRecord();
    await blocker.client.post('/api/blocks', { orgId: org.orgId });
    // The worker's block is not revealed: it looks like a record the organisation cannot see.
    expect((await invite(org.client, org.position.id, blocker.user.id)).status).toBe(404);

    const blocked = await workerWithRecord();
    await org.client.post('/api/blocks', { profileId: blocked.user.id });
    const own = await invite(org.client, org.position.id, blocked.user.id);
    expect(own.status).toBe(409);
    expect(own.body.error?.details?.reason).toBe('blocked');

    const hiding = await workerWithRecord();
    await hiding.client.patch('/api/me/profile', { hideFrom: [org.creditCode] });
    expect((await invite(org.client, org.position.id, hiding.user.id)).status).toBe(404);
    const hidden = await workerWithRecord();
    await hidden.client.patch('/api/me/profile', { visibility: 'hidden' });
    expect((await invite(org.client, org.position.id, hidden.user.id)).status).toBe(404);

    // A block made after the invitation refuses accepting it.
    const later = await workerWithRecord();
    const sent = await invite(org.client, org.position.id, later.user.id);
    await later.client.post('/api/blocks', { orgId: org.orgId });
    expect((await later.client.post(`/api/me/invitations/${sent.body.id}/accept`)).status).toBe(409);
    expect((await later.client.get<{ items: Application[] }>('/api/me/applications')).body.items).toEqual([]);
  });

  it('when the organisation is not verified, the position is not its own or not open, then inviting is refused', async () => {
    const worker = await workerWithRecord();
    const pending = await orgOwner(app, { verified: false });
    const p = await employer();
    expect((await invite(pending.client, p.position.id, worker.user.id)).status).toBe(403);
    const other = await employer();
    expect((await invite(other.client, p.position.id, worker.user.id)).status).toBe(404);
    await p.client.post(`/api/positions/${p.position.id}/status`, { to: 'paused' });
    const paused = await invite(p.client, p.position.id, worker.user.id);
    expect(paused.status).toBe(409);
    expect(paused.body.error?.details?.reason).toBe('not_open');
  });

  it('when the organisation closes, then its pending invitations are withdrawn', async () => {
    const org = await employer();
    const worker = await workerWithRecord();
    const sent = await invite(org.client, org.position.id, worker.user.id);
    const closed = await org.client.post(`/api/organisations/${org.orgId}/closure`, { password: PASSWORD });
    expect(closed.status, closed.text).toBeLessThan(300);
    await app.server.services.events.idle();
    expect((await myInvitations(worker.client)).map((i) => [i.id, i.status])).toEqual([[sent.body.id, 'withdrawn']]);
  });

  it('when the recruiter has not verified their e-mail address, then invitations wait for it', async () => {
    const { User } = await import('@shsw/server/modules/accounts/index');
    const org = await employer();
    const worker = await workerWithRecord();
    await User.updateOne({ _id: org.user.id }, { $set: { emailVerifiedAt: null } });
    const res = await invite(org.client, org.position.id, worker.user.id);
    expect(res.status).toBe(403);
    expect(res.body.error?.code).toBe('email_not_verified');
  });
});
