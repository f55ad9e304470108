import { allRoutes, type HttpMethod } from '@shsw/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, bureau, orgOwner, PASSWORD, signUp } from '../factories/actors.js';
import { apply, draftPosition, guidanceBody, openPosition, positionBody } from '../factories/positions.js';
import { makeReady } from '../factories/profiles.js';
import { createUser } from '../factories/users.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';
import type { TestClient } from '../setup/test-client.js';

/**
 * For every route that takes an id: each actor who is not allowed gets 401, 403 or 404, and
 * the allowed one succeeds afterwards (so the refusals changed nothing it depends on).
 */
let app: TestApp;
type ActorName =
  | 'anonymous'
  | 'worker'
  | 'applicant'
  | 'ownerA'
  | 'recruiterA'
  | 'ownerB'
  | 'recruiterB'
  | 'closingOwner'
  | 'bureau'
  | 'admin';
let clients: Record<ActorName, TestClient>;
let ownerA: Actor & { orgId: string };
/** Owns an organisation only the closing route closes (it cannot be reopened). */
let closingOwner: Actor & { orgId: string };
let workerWithRecord: Actor;
let hiddenProfileId: string;
/** `worker`: a visible talent record, so organisations can invite them and ask for contact. */
let invitee: Actor;
const INVITEE_MOBILE = '13987650001';

beforeAll(async () => {
  // Every actor calls from 127.0.0.1: the per-IP limits would only measure the matrix's size.
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '0', RATE_LIMIT_PER_MINUTE: '0' });
  const bureauClient = await bureau(app);
  const admin = await createUser({ role: 'admin' });
  ownerA = await orgOwner(app, { bureauClient });
  const ownerB = await orgOwner(app, { bureauClient });
  closingOwner = await orgOwner(app, { bureauClient });
  const inviteA = await ownerA.client.post<{ code: string }>(`/api/organisations/${ownerA.orgId}/invites`);
  const inviteB = await ownerB.client.post<{ code: string }>(`/api/organisations/${ownerB.orgId}/invites`);
  const recruiterA = await signUp(app, { role: 'org', inviteCode: inviteA.body.code });
  const recruiterB = await signUp(app, { role: 'org', inviteCode: inviteB.body.code });
  workerWithRecord = await signUp(app);
  const profile = await workerWithRecord.client.patch<{ id: string }>('/api/me/profile', { visibility: 'hidden' });
  hiddenProfileId = profile.body.id;
  invitee = await signUp(app);
  await invitee.client.patch('/api/me/profile', {
    personal: { name: '赵敏', birthYear: 1991, districtCode: '310104', mobile: INVITEE_MOBILE },
    visibility: 'verified_orgs',
  });
  await makeReady(invitee.client); // the workers allowed to apply have a record ready for it
  const applicant = (await signUp(app)).client;
  await makeReady(applicant);
  const adminClient = await app.client().init();
  await adminClient.post('/api/auth/sign-in', { login: admin.login, password: admin.password });
  clients = {
    anonymous: await app.client().init(),
    worker: invitee.client,
    applicant,
    ownerA: ownerA.client,
    recruiterA: recruiterA.client,
    ownerB: ownerB.client,
    recruiterB: recruiterB.client,
    closingOwner: closingOwner.client,
    bureau: bureauClient,
    admin: adminClient,
  };
});
afterAll(async () => {
  await app?.close();
});

interface Case {
  allowed: ActorName[];
  /** Builds a fresh target for an actor: the concrete path and a body. */
  target: (actor: ActorName) => Promise<{ path: string; body?: unknown }>;
  /** Puts back what the allowed actors changed, for the rows after this one. */
  restore?: () => Promise<void>;
}

/** Organisation A verified again (an earlier row rejects it), so it can publish. */
async function verifiedA(): Promise<void> {
  await clients.bureau.post(`/api/bureau/organisations/${ownerA.orgId}/decision`, { decision: 'verify' });
}

/** An application by `applicant` to a fresh open position of organisation A. */
async function applicationToA(): Promise<string> {
  await verifiedA();
  const position = await openPosition(ownerA.client);
  return (await apply(clients.applicant, position.id)).id;
}

/** The member ownerA last handed the organisation to (the hand-over row gives it back). */
let handedTo: Actor | undefined;

/** A new organisation awaiting verification, for the bureau's decision route. */
const pendingOrganisation = () => orgOwner(app, { verified: false });

/** One saved search of `worker` per route (refusals change nothing, and a worker may keep only 10). */
const savedSearches = new Map<string, Promise<string>>();
function savedSearchOfWorker(key: string): Promise<string> {
  let id = savedSearches.get(key);
  if (!id) {
    id = clients.worker
      .post<{ id: string }>('/api/me/saved-searches', {
        name: key.slice(0, 40),
        query: { q: '养老' },
        frequency: 'daily',
      })
      .then((res) => res.body.id);
    savedSearches.set(key, id);
  }
  return id;
}

/** ownerA's newest notification: a fresh application to one of its positions notifies it. */
async function notificationOfOwnerA(): Promise<string> {
  await applicationToA();
  const res = await ownerA.client.get<{ items: { id: string }[] }>('/api/notifications');
  const id = res.body.items[0]?.id;
  if (!id) throw new Error('ownerA has no notification');
  return id;
}

/** A pending invitation from organisation A to `worker`, for a fresh position (one per pair may be pending). */
async function invitationToWorker(): Promise<string> {
  await verifiedA();
  const position = await openPosition(ownerA.client);
  const res = await ownerA.client.post<{ id: string }>('/api/invitations', {
    positionId: position.id,
    profileId: invitee.user.id,
    message: '访问矩阵邀请',
  });
  if (res.status !== 201) throw new Error(`invitation: ${res.text}`);
  return res.body.id;
}

/** Organisation A's contact request to `worker` (one per pair), put in the state the row needs. */
async function contactRequestToWorker(state: 'answerable' | 'granted'): Promise<string> {
  await verifiedA();
  const made = await ownerA.client.post<{ id: string }>('/api/contact-requests', { profileId: invitee.user.id });
  const id =
    made.status === 201
      ? made.body.id
      : (await ownerA.client.get<{ items: { id: string }[] }>(`/api/contact-requests?profileId=${invitee.user.id}`))
          .body.items[0]?.id;
  if (!id) throw new Error(`contact request: ${made.text}`);
  const current = await invitee.client.get<{ items: { id: string; status: string }[] }>('/api/me/contact-requests');
  const status = current.body.items.find((r) => r.id === id)?.status;
  if (state === 'granted' && status !== 'granted') {
    await invitee.client.post(`/api/me/contact-requests/${id}/answer`, { grant: true });
  }
  if (state === 'answerable' && status === 'granted')
    await invitee.client.post(`/api/me/contact-requests/${id}/withdraw`);
  return id;
}

/** A published report (of a quarter long over, so there is no data: the figures are all zero). */
let reportPublished: Promise<unknown> | undefined;
function publishedReport(): Promise<unknown> {
  reportPublished ??= clients.bureau.post('/api/bureau/reports', { periodId: '2024-Q1', preliminary: true });
  return reportPublished;
}

/** One thread between `applicant` and organisation A (its application opened it), for every conversation row. */
let threadOfA: Promise<string> | undefined;
function conversationOfA(): Promise<string> {
  threadOfA ??= applicationToA().then(async (applicationId) => {
    const res = await clients.applicant.post<{ id: string }>(`/api/applications/${applicationId}/conversation`);
    if (res.status !== 200) throw new Error(`no thread: ${res.status} ${res.text}`);
    return res.body.id;
  });
  return threadOfA;
}
const threadSides: ActorName[] = ['applicant', 'ownerA', 'recruiterA'];

/** A report of that thread, for the bureau's reading of it. */
let reportOfA: Promise<string> | undefined;
function conversationReportOfA(): Promise<string> {
  reportOfA ??= conversationOfA().then(async (id) => {
    const res = await clients.applicant.post<{ id: string }>(`/api/conversations/${id}/reports`, { reason: '骚扰' });
    return res.body.id;
  });
  return reportOfA;
}

const matrix: Record<string, Case> = {
  'get /api/conversations/:id': {
    allowed: threadSides,
    target: async () => ({ path: `/api/conversations/${await conversationOfA()}` }),
  },
  'get /api/conversations/:id/messages': {
    allowed: threadSides,
    target: async () => ({ path: `/api/conversations/${await conversationOfA()}/messages` }),
  },
  'post /api/conversations/:id/messages': {
    allowed: threadSides,
    target: async () => ({ path: `/api/conversations/${await conversationOfA()}/messages`, body: { text: '您好' } }),
  },
  'post /api/conversations/:id/read': {
    allowed: threadSides,
    target: async () => ({ path: `/api/conversations/${await conversationOfA()}/read` }),
  },
  'post /api/conversations/:id/reports': {
    allowed: threadSides,
    target: async () => ({ path: `/api/conversations/${await conversationOfA()}/reports`, body: { reason: '广告' } }),
  },
  'post /api/applications/:id/conversation': {
    allowed: threadSides,
    target: async () => ({ path: `/api/applications/${await applicationToA()}/conversation` }),
  },
  'get /api/bureau/conversation-reports/:id': {
    allowed: ['bureau', 'admin'],
    target: async () => ({ path: `/api/bureau/conversation-reports/${await conversationReportOfA()}` }),
  },
  'post /api/notifications/:id/read': {
    allowed: ['ownerA'],
    target: async () => ({ path: `/api/notifications/${await notificationOfOwnerA()}/read` }),
  },
  'patch /api/me/saved-searches/:id': {
    allowed: ['worker'],
    target: async () => ({
      path: `/api/me/saved-searches/${await savedSearchOfWorker('patch')}`,
      body: { frequency: 'instant' },
    }),
  },
  'delete /api/blocks/:id': {
    allowed: ['worker'],
    target: async () => {
      const made = await clients.worker.post<{ id: string }>('/api/blocks', { orgId: ownerA.orgId });
      return { path: `/api/blocks/${made.body.id}` };
    },
  },
  'post /api/invitations/:id/withdraw': {
    allowed: ['ownerA', 'recruiterA'],
    target: async () => ({ path: `/api/invitations/${await invitationToWorker()}/withdraw` }),
  },
  'post /api/me/invitations/:id/accept': {
    allowed: ['worker'],
    target: async () => ({ path: `/api/me/invitations/${await invitationToWorker()}/accept` }),
  },
  'post /api/me/invitations/:id/decline': {
    allowed: ['worker'],
    target: async () => ({
      path: `/api/me/invitations/${await invitationToWorker()}/decline`,
      body: { reason: '不合适' },
    }),
  },
  'post /api/me/contact-requests/:id/answer': {
    allowed: ['worker'],
    target: async () => ({
      path: `/api/me/contact-requests/${await contactRequestToWorker('answerable')}/answer`,
      body: { grant: true },
    }),
  },
  'post /api/me/contact-requests/:id/withdraw': {
    allowed: ['worker'],
    target: async () => ({ path: `/api/me/contact-requests/${await contactRequestToWorker('granted')}/withdraw` }),
  },
  'get /api/talent/:id/shared-contact': {
    allowed: ['ownerA', 'recruiterA'],
    target: async () => {
      await contactRequestToWorker('granted');
      return { path: `/api/talent/${invitee.user.id}/shared-contact` };
    },
  },
  'delete /api/me/saved-searches/:id': {
    allowed: ['worker'],
    target: async () => ({ path: `/api/me/saved-searches/${await savedSearchOfWorker('delete')}` }),
  },
  'get /api/reports/:periodId': {
    allowed: [
      'anonymous',
      'worker',
      'applicant',
      'ownerA',
      'recruiterA',
      'ownerB',
      'recruiterB',
      'closingOwner',
      'bureau',
      'admin',
    ],
    target: async () => {
      await publishedReport();
      return { path: '/api/reports/2024-Q1' };
    },
  },
  'get /api/reports/:periodId/export.xlsx': {
    allowed: [
      'anonymous',
      'worker',
      'applicant',
      'ownerA',
      'recruiterA',
      'ownerB',
      'recruiterB',
      'closingOwner',
      'bureau',
      'admin',
    ],
    target: async () => {
      await publishedReport();
      return { path: '/api/reports/2024-Q1/export.xlsx' };
    },
  },
  'get /api/reports/:periodId/export.csv': {
    allowed: [
      'anonymous',
      'worker',
      'applicant',
      'ownerA',
      'recruiterA',
      'ownerB',
      'recruiterB',
      'closingOwner',
      'bureau',
      'admin',
    ],
    target: async () => {
      await publishedReport();
      return { path: '/api/reports/2024-Q1/export.csv' };
    },
  },
  'post /api/bureau/reports/:periodId/revisions': {
    allowed: ['bureau', 'admin'],
    target: async () => {
      await publishedReport();
      return {
        path: '/api/bureau/reports/2024-Q1/revisions',
        body: { revisionNote: '访问矩阵测试修订', preliminary: false },
      };
    },
  },
  'put /api/bureau/indicators/denominators/:code': {
    allowed: ['bureau', 'admin'],
    target: async () => ({
      path: '/api/bureau/indicators/denominators/youth_population',
      body: { value: 3_000_000, source: '访问矩阵测试', asOf: '2025-12-31' },
    }),
  },
  'get /api/organisations/:id': {
    allowed: ['ownerA', 'recruiterA', 'bureau', 'admin'],
    target: async () => {
      await clients.bureau.post(`/api/bureau/organisations/${ownerA.orgId}/decision`, {
        decision: 'reject',
        reason: '材料不全，请补充',
      });
      return { path: `/api/organisations/${ownerA.orgId}` };
    },
  },
  'get /api/organisations/:id/public': {
    allowed: [
      'anonymous',
      'worker',
      'applicant',
      'ownerA',
      'recruiterA',
      'ownerB',
      'recruiterB',
      'closingOwner',
      'bureau',
      'admin',
    ],
    target: async () => {
      await verifiedA();
      return { path: `/api/organisations/${ownerA.orgId}/public` };
    },
  },
  'put /api/me/bookmarks/:positionId': {
    allowed: ['worker', 'applicant'],
    target: async () => {
      await verifiedA();
      return { path: `/api/me/bookmarks/${(await openPosition(ownerA.client)).id}` };
    },
  },
  'delete /api/me/bookmarks/:positionId': {
    allowed: ['worker', 'applicant'],
    target: async () => {
      await verifiedA();
      return { path: `/api/me/bookmarks/${(await openPosition(ownerA.client)).id}` };
    },
  },
  'patch /api/organisations/:id': {
    allowed: ['ownerA'],
    target: async () => ({ path: `/api/organisations/${ownerA.orgId}`, body: { address: '变更后的地址 1 号' } }),
  },
  'get /api/organisations/:id/members': {
    allowed: ['ownerA', 'recruiterA'],
    target: async () => ({ path: `/api/organisations/${ownerA.orgId}/members` }),
  },
  'delete /api/organisations/:id/members/:userId': {
    allowed: ['ownerA'],
    target: async () => {
      const invite = await ownerA.client.post<{ code: string }>(`/api/organisations/${ownerA.orgId}/invites`);
      const member = await signUp(app, { role: 'org', inviteCode: invite.body.code });
      return { path: `/api/organisations/${ownerA.orgId}/members/${member.user.id}` };
    },
  },
  'post /api/organisations/:id/owner': {
    allowed: ['ownerA'],
    target: async () => {
      const invite = await ownerA.client.post<{ code: string }>(`/api/organisations/${ownerA.orgId}/invites`);
      const member = await signUp(app, { role: 'org', inviteCode: invite.body.code });
      handedTo = member;
      return { path: `/api/organisations/${ownerA.orgId}/owner`, body: { userId: member.user.id } };
    },
    restore: async () => {
      if (!handedTo) return;
      const back = await handedTo.client.post(`/api/organisations/${ownerA.orgId}/owner`, { userId: ownerA.user.id });
      if (back.status !== 200) throw new Error(`handing back failed: ${back.text}`);
    },
  },
  'get /api/organisations/:id/closure': {
    allowed: ['closingOwner'],
    target: async () => ({ path: `/api/organisations/${closingOwner.orgId}/closure` }),
  },
  'post /api/organisations/:id/closure': {
    allowed: ['closingOwner'],
    target: async () => ({ path: `/api/organisations/${closingOwner.orgId}/closure`, body: { password: PASSWORD } }),
  },
  'get /api/organisations/:id/invites': {
    allowed: ['ownerA'],
    target: async () => ({ path: `/api/organisations/${ownerA.orgId}/invites` }),
  },
  'post /api/organisations/:id/invites': {
    allowed: ['ownerA'],
    target: async () => ({ path: `/api/organisations/${ownerA.orgId}/invites` }),
  },
  'delete /api/organisations/:id/invites/:inviteId': {
    allowed: ['ownerA'],
    target: async () => {
      const invite = await ownerA.client.post<{ id: string }>(`/api/organisations/${ownerA.orgId}/invites`);
      return { path: `/api/organisations/${ownerA.orgId}/invites/${invite.body.id}` };
    },
  },
  'post /api/bureau/organisations/:id/decision': {
    allowed: ['bureau', 'admin'],
    target: async () => ({
      path: `/api/bureau/organisations/${(await pendingOrganisation()).orgId}/decision`,
      body: { decision: 'verify' },
    }),
  },
  'get /api/talent/:id': {
    allowed: ['bureau', 'admin'],
    target: async () => ({ path: `/api/talent/${hiddenProfileId}` }),
  },
  'post /api/talent/:id/contact': {
    allowed: ['bureau', 'admin'],
    target: async () => ({ path: `/api/talent/${hiddenProfileId}/contact`, body: { reason: '核查登记信息' } }),
  },
  'get /api/bureau/certificates/:profileId/:certificateId': {
    allowed: ['bureau', 'admin'],
    target: async () => {
      const claimant = await signUp(app);
      const res = await claimant.client.patch<{ id: string; certificates: { id: string }[] }>('/api/me/profile', {
        personal: { name: '钱多', birthYear: 1990, districtCode: '310104', mobile: '13812340001' },
        certificates: [{ level: 'assistant', number: `AM-${claimant.user.id.slice(-8)}`, yearObtained: 2019 }],
      });
      return { path: `/api/bureau/certificates/${res.body.id}/${res.body.certificates[0]?.id}` };
    },
  },
  'get /api/bureau/registry/imports/:id': {
    allowed: ['bureau', 'admin'],
    target: async () => {
      const res = await clients.bureau.request<{ id: string }>('POST', '/api/bureau/registry/imports?fileName=a.csv', {
        body: 'name,number,level,year\n甲,MX-0001,assistant,2019\n',
        headers: { 'content-type': 'text/csv' },
      });
      return { path: `/api/bureau/registry/imports/${res.body.id}` };
    },
  },
  'get /api/positions/:id': {
    allowed: ['ownerA', 'recruiterA'],
    target: async () => ({ path: `/api/positions/${(await draftPosition(ownerA.client)).id}` }),
  },
  'put /api/positions/:id': {
    allowed: ['ownerA', 'recruiterA'],
    target: async () => ({
      path: `/api/positions/${(await draftPosition(ownerA.client)).id}`,
      body: positionBody({ title: '改过的标题' }),
    }),
  },
  'delete /api/positions/:id': {
    allowed: ['ownerA', 'recruiterA'],
    target: async () => ({ path: `/api/positions/${(await draftPosition(ownerA.client)).id}` }),
  },
  'post /api/positions/:id/status': {
    allowed: ['ownerA', 'recruiterA'],
    target: async () => ({
      path: `/api/positions/${(await draftPosition(ownerA.client)).id}/status`,
      body: { to: 'closed' },
    }),
  },
  'post /api/positions/:id/applications': {
    allowed: ['worker', 'applicant'],
    target: async () => {
      await verifiedA();
      return { path: `/api/positions/${(await openPosition(ownerA.client)).id}/applications`, body: { note: '' } };
    },
  },
  'get /api/positions/:id/matches': {
    allowed: ['ownerA', 'recruiterA'],
    target: async () => {
      await verifiedA();
      return { path: `/api/positions/${(await draftPosition(ownerA.client)).id}/matches` };
    },
  },
  'get /api/positions/:id/applications': {
    allowed: ['ownerA', 'recruiterA'],
    target: async () => ({ path: `/api/positions/${(await draftPosition(ownerA.client)).id}/applications` }),
  },
  'get /api/applications/:id': {
    allowed: ['applicant', 'ownerA', 'recruiterA'],
    target: async () => ({ path: `/api/applications/${await applicationToA()}` }),
  },
  'post /api/applications/:id/status': {
    allowed: ['applicant', 'ownerA', 'recruiterA'],
    target: async (actor) => ({
      path: `/api/applications/${await applicationToA()}/status`,
      body: { to: actor === 'applicant' || actor === 'worker' ? 'withdrawn' : 'shortlisted' },
    }),
  },
  'post /api/applications/:id/notes': {
    allowed: ['ownerA', 'recruiterA'],
    target: async () => ({ path: `/api/applications/${await applicationToA()}/notes`, body: { text: '备注' } }),
  },
  'post /api/applications/:id/contact': {
    allowed: ['ownerA', 'recruiterA'],
    target: async () => ({ path: `/api/applications/${await applicationToA()}/contact` }),
  },
  'get /api/salary-guidance/:year': {
    allowed: [
      'anonymous',
      'worker',
      'applicant',
      'ownerA',
      'recruiterA',
      'ownerB',
      'recruiterB',
      'closingOwner',
      'bureau',
      'admin',
    ],
    target: async () => {
      await clients.bureau.put('/api/salary-guidance/2026', guidanceBody);
      return { path: '/api/salary-guidance/2026' };
    },
  },
  'put /api/salary-guidance/:year': {
    allowed: ['bureau', 'admin'],
    target: async () => ({ path: '/api/salary-guidance/2027', body: guidanceBody }),
  },
  'patch /api/admin/users/:id': {
    allowed: ['admin'],
    target: async () => ({ path: `/api/admin/users/${(await signUp(app)).user.id}`, body: { status: 'disabled' } }),
  },
};

const idRoutes = allRoutes.filter((r) => r.path.includes('/:'));

describe('access matrix', () => {
  it('when a route takes an id, then the matrix covers it', () => {
    expect(Object.keys(matrix).sort()).toEqual(idRoutes.map((r) => `${r.method} ${r.path}`).sort());
  });

  for (const route of idRoutes) {
    const key = `${route.method} ${route.path}`;
    it(`${key}: others get 401/403/404, the allowed succeed`, async () => {
      const entry = matrix[key];
      if (!entry) throw new Error(`no matrix entry for ${key}`);
      const everyone = Object.keys(clients) as ActorName[];
      for (const actor of everyone.filter((a) => !entry.allowed.includes(a))) {
        const { path, body } = await entry.target(actor);
        const res = await clients[actor].request(route.method.toUpperCase() as Uppercase<HttpMethod>, path, { body });
        expect([401, 403, 404], `${actor} on ${key} got ${res.status}: ${res.text}`).toContain(res.status);
      }
      for (const actor of entry.allowed) {
        const { path, body } = await entry.target(actor);
        const res = await clients[actor].request(route.method.toUpperCase(), path, { body });
        expect(res.status, `${actor} on ${key}: ${res.text}`).toBeLessThan(300);
      }
      await entry.restore?.();
    });
  }
});

describe('contact details before a grant', () => {
  it('when no grant stands, then no response to another organisation, another worker or a visitor holds the phone number', async () => {
    await verifiedA();
    const paths = [
      `/api/talent/${invitee.user.id}`,
      `/api/talent/${invitee.user.id}/shared-contact`,
      '/api/talent/search?q=赵',
      '/api/contact-requests',
      '/api/invitations',
    ];
    for (const actor of ['anonymous', 'applicant', 'ownerB', 'recruiterB'] as const) {
      for (const path of paths) {
        const res = await clients[actor].get(path);
        expect(res.text, `${actor} ${path}`).not.toContain(INVITEE_MOBILE);
      }
    }
    const asked = await clients.ownerB.post('/api/contact-requests', { profileId: invitee.user.id });
    expect(asked.text).not.toContain(INVITEE_MOBILE);
    expect((await clients.ownerB.get(`/api/talent/${invitee.user.id}/shared-contact`)).status).toBe(403);
  });
});
