import { validateCreditCode } from '@shsw/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bureau, newCreditCode, organisationBody, orgOwner, signUp } from '../factories/actors.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '0' });
});
afterAll(async () => {
  await app?.close();
});

type ErrorBody = { error: { code: string; details?: { issues?: { path: string; code: string }[] } } };

describe('unified social credit code', () => {
  it('when codes are valid, then they pass; when one character or the check is off, then they fail', () => {
    for (let i = 0; i < 20; i += 1) expect(validateCreditCode(newCreditCode()).ok).toBe(true);
    const code = newCreditCode();
    const flipped = `${code.slice(0, 17)}${code[17] === '0' ? '1' : '0'}`;
    expect(validateCreditCode(flipped)).toEqual({ ok: false, reason: 'check_character' });
    expect(validateCreditCode(`${code.slice(0, 17)}`).ok).toBe(false);
    expect(validateCreditCode(code.replace(/^./, 'I')).ok).toBe(false);
  });

  it('when an organisation registers with an invalid code, then 400 names the field and nothing is stored', async () => {
    const owner = await signUp(app, { role: 'org' });
    const body = organisationBody({ creditCode: '91310000MA1FL0000X' });
    const res = await owner.client.post<ErrorBody>('/api/organisations', body);
    expect(res.status).toBe(400);
    expect(res.body.error.details?.issues?.map((i) => i.path)).toEqual(['body.creditCode']);
    const mine = await owner.client.get<{ organisation: unknown }>('/api/organisations/mine');
    expect(mine.body.organisation).toBeNull();
  });
});

describe('registration and verification', () => {
  it('when an organisation registers, then it is pending, owned by the caller, and computes the agency badge', async () => {
    const owner = await signUp(app, { role: 'org' });
    const res = await owner.client.post<{ id: string; status: string; agencyQualified: boolean }>(
      '/api/organisations',
      organisationBody({ staff: { fullTime: 9, certified: 2, swBachelorPlus: 1, qualified: 3 } }),
    );
    expect(res.status).toBe(201);
    expect(res.body.status).toBe('pending');
    expect(res.body.agencyQualified).toBe(true);
    const me = await owner.client.get<{ user: { orgId: string; orgRole: string } }>('/api/auth/me');
    expect(me.body.user).toMatchObject({ orgId: res.body.id, orgRole: 'owner' });
    const below = await owner.client.patch<{ agencyQualified: boolean }>(`/api/organisations/${res.body.id}`, {
      staff: { fullTime: 10, certified: 2, swBachelorPlus: 1, qualified: 3 },
    });
    expect(below.body.agencyQualified).toBe(false);
  });

  it('when staff figures do not add up, then 400 names each bad figure', async () => {
    const owner = await signUp(app, { role: 'org' });
    const res = await owner.client.post<ErrorBody>(
      '/api/organisations',
      organisationBody({ staff: { fullTime: 5, certified: 4, swBachelorPlus: 3, qualified: 2 } }),
    );
    expect(res.status).toBe(400);
    expect(res.body.error.details?.issues?.map((i) => i.path)).toContain('body.staff.qualified');
  });

  it('when the street is not in the district, then 400 on streetCode', async () => {
    const owner = await signUp(app, { role: 'org' });
    const res = await owner.client.post<ErrorBody>('/api/organisations', organisationBody({ streetCode: '310101002' }));
    expect(res.status).toBe(400);
    expect(res.body.error.details?.issues?.map((i) => i.path)).toEqual(['body.streetCode']);
  });

  it('when the same credit code registers twice, then 409 already_exists', async () => {
    const first = await orgOwner(app, { verified: false });
    const second = await signUp(app, { role: 'org' });
    const res = await second.client.post<ErrorBody>(
      '/api/organisations',
      organisationBody({ creditCode: first.creditCode }),
    );
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('already_exists');
  });

  it('when a street already has a social-work station, then a second one is refused', async () => {
    const body = { type: 'street_station' as const, districtCode: '310104', streetCode: '310104014' };
    await orgOwner(app, { verified: false, body });
    const second = await signUp(app, { role: 'org' });
    const res = await second.client.post<ErrorBody>('/api/organisations', organisationBody(body));
    expect(res.status).toBe(409);
  });

  it('when the bureau works the queue, then it verifies or rejects with a reason, and invalid moves get 409', async () => {
    const b = await bureau(app);
    const a = await orgOwner(app, { verified: false });
    const c = await orgOwner(app, { verified: false });
    const queue = await b.get<{ items: { id: string }[] }>('/api/bureau/organisations?status=pending&pageSize=100');
    expect(queue.body.items.map((o) => o.id)).toEqual(expect.arrayContaining([a.orgId, c.orgId]));

    const verified = await b.post<{ status: string }>(`/api/bureau/organisations/${a.orgId}/decision`, {
      decision: 'verify',
    });
    expect(verified.body.status).toBe('verified');
    const again = await b.post<ErrorBody & { error: { details: { allowed: string[] } } }>(
      `/api/bureau/organisations/${a.orgId}/decision`,
      { decision: 'verify' },
    );
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('invalid_transition');
    expect(again.body.error.details.allowed).toEqual(['reject']);

    const noReason = await b.post<ErrorBody>(`/api/bureau/organisations/${c.orgId}/decision`, { decision: 'reject' });
    expect(noReason.status).toBe(400);
    const rejected = await b.post<{ status: string; verification: { reason: string } }>(
      `/api/bureau/organisations/${c.orgId}/decision`,
      { decision: 'reject', reason: '营业执照与信用代码不符' },
    );
    expect(rejected.body).toMatchObject({ status: 'rejected', verification: { reason: '营业执照与信用代码不符' } });
    const resubmitted = await c.client.patch<{ status: string }>(`/api/organisations/${c.orgId}`, {
      address: '新地址 8 号',
    });
    expect(resubmitted.body.status).toBe('pending');
  });

  it('when anyone looks up an organisation, then only verified ones are public and contact data stays with members', async () => {
    const verified = await orgOwner(app);
    const pending = await orgOwner(app, { verified: false });
    const anonymous = app.client();
    const pub = await anonymous.get<{ organisation: { verified: boolean }; detail: unknown }>(
      `/api/organisations/${verified.orgId}`,
    );
    expect(pub.status).toBe(200);
    expect(pub.body.organisation.verified).toBe(true);
    expect(pub.body.detail).toBeNull();
    expect(pub.text).not.toContain('13900001111');
    expect((await anonymous.get(`/api/organisations/${pending.orgId}`)).status).toBe(404);
    const own = await pending.client.get<{ detail: { contact: { mobile: string } } }>(
      `/api/organisations/${pending.orgId}`,
    );
    expect(own.body.detail.contact.mobile).toBe('13900001111');
  });
});

describe('members and invitations', () => {
  it('when the owner invites, then the code makes a recruiter once, and the owner can remove them', async () => {
    const owner = await orgOwner(app);
    const invite = await owner.client.post<{ id: string; code: string }>(`/api/organisations/${owner.orgId}/invites`);
    expect(invite.status).toBe(201);
    const recruiter = await signUp(app, { role: 'org', inviteCode: invite.body.code });
    expect(recruiter.user).toMatchObject({ orgId: owner.orgId, orgRole: 'recruiter' });
    await expect(signUp(app, { role: 'org', inviteCode: invite.body.code })).rejects.toThrow(/404/);

    const listed = await owner.client.get<{ items: { code: string; acceptedAt: string | null }[] }>(
      `/api/organisations/${owner.orgId}/invites`,
    );
    expect(listed.body.items[0]?.code).not.toBe(invite.body.code);
    expect(listed.body.items[0]?.acceptedAt).not.toBeNull();

    const members = await recruiter.client.get<{ items: { userId: string; orgRole: string }[] }>(
      `/api/organisations/${owner.orgId}/members`,
    );
    expect(members.body.items.map((m) => m.orgRole).sort()).toEqual(['owner', 'recruiter']);
    const forbidden = await recruiter.client.post(`/api/organisations/${owner.orgId}/invites`);
    expect(forbidden.status).toBe(403);

    const removed = await owner.client.delete(`/api/organisations/${owner.orgId}/members/${recruiter.user.id}`);
    expect(removed.status).toBe(200);
    const after = await recruiter.client.get<{ user: { orgId: string | null } }>('/api/auth/me');
    expect(after.body.user.orgId).toBeNull();
    expect((await recruiter.client.get(`/api/organisations/${owner.orgId}/members`)).status).toBe(404);
  });
});
