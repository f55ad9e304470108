import crypto from 'node:crypto';
import {
  type CreateOrganisationBody,
  generateCreditCode,
  PRIVACY_NOTICE_VERSION,
  type SessionUser,
} from '@shsw/shared';
import { TestMailbox } from '../setup/mailbox.js';
import type { TestApp } from '../setup/test-app.js';
import type { TestClient } from '../setup/test-client.js';
import { createUser } from './users.js';

export const PASSWORD = 'plum-river-lantern-42';

export interface Actor {
  client: TestClient;
  user: SessionUser;
  login: string;
}

let counter = 0;
/** A deterministic-enough rng for credit codes that never collide within a run. */
function rng(): () => number {
  let state = crypto.randomBytes(4).readUInt32LE() + ++counter;
  return () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

export const newCreditCode = () => generateCreditCode(rng(), { authority: '5', type: '2', districtCode: '310104' });

/**
 * Signs up through the API, as a person would: asks for the account, reads the link from the mail
 * the app sent to the test SMTP server, and follows it, which creates the account and signs in.
 */
export async function signUp(
  app: TestApp,
  opts: {
    role?: 'worker' | 'org';
    login?: string;
    displayName?: string;
    inviteCode?: string;
    language?: 'zh-CN' | 'en';
  } = {},
): Promise<Actor> {
  const client = await app.client().init();
  const login = opts.login ?? `u${++counter}-${crypto.randomBytes(3).toString('hex')}@example.test`;
  const seen = app.mailbox.messages.length;
  const res = await client.post('/api/auth/sign-up', {
    login,
    password: PASSWORD,
    displayName: opts.displayName ?? '测试用户',
    role: opts.role ?? 'worker',
    acceptPrivacyNotice: true,
    privacyNoticeVersion: PRIVACY_NOTICE_VERSION,
    ...(opts.inviteCode ? { inviteCode: opts.inviteCode } : {}),
    ...(opts.language ? { language: opts.language } : {}),
  });
  if (res.status !== 202) throw new Error(`sign-up failed: ${res.status} ${res.text}`);
  const mail = await app.mailbox.waitFor({ to: login, template: 'sign_up_confirm', after: seen });
  const token = TestMailbox.tokenIn(mail, '/sign-up/confirm');
  const confirmed = await client.post<{ user: SessionUser }>('/api/auth/sign-up/confirm', { token });
  if (confirmed.status !== 201) throw new Error(`sign-up link failed: ${confirmed.status} ${confirmed.text}`);
  return { client, user: confirmed.body.user, login };
}

export async function signInAs(app: TestApp, login: string, password: string): Promise<TestClient> {
  const client = await app.client().init();
  const res = await client.post('/api/auth/sign-in', { login, password });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${res.text}`);
  return client;
}

/** A bureau (or admin) account made the way the CLI makes it, signed in. */
export async function bureau(app: TestApp, role: 'bureau' | 'admin' = 'bureau'): Promise<TestClient> {
  const user = await createUser({ role });
  return signInAs(app, user.login, user.password);
}

export function organisationBody(overrides: Partial<CreateOrganisationBody> = {}): CreateOrganisationBody {
  return {
    name: `徐汇区阳光社会工作服务社 ${crypto.randomBytes(2).toString('hex')}`,
    creditCode: newCreditCode(),
    type: 'social_work_agency',
    districtCode: '310104',
    streetCode: '310104003',
    address: '漕溪北路 100 号',
    contact: { name: '王经理', mobile: '13900001111', email: 'contact@example.test' },
    staff: { fullTime: 12, certified: 5, swBachelorPlus: 3, qualified: 6 },
    charterStatesSocialWorkAims: true,
    ...overrides,
  };
}

/** An organisation owner with a registered organisation, verified by the bureau unless asked not to be. */
export async function orgOwner(
  app: TestApp,
  opts: { verified?: boolean; body?: Partial<CreateOrganisationBody>; bureauClient?: TestClient } = {},
): Promise<Actor & { orgId: string; creditCode: string }> {
  const owner = await signUp(app, { role: 'org' });
  const body = organisationBody(opts.body);
  const res = await owner.client.post<{ id: string; creditCode: string }>('/api/organisations', body);
  if (res.status !== 201) throw new Error(`organisation registration failed: ${res.status} ${res.text}`);
  if (opts.verified !== false) {
    const b = opts.bureauClient ?? (await bureau(app));
    const decided = await b.post(`/api/bureau/organisations/${res.body.id}/decision`, { decision: 'verify' });
    if (decided.status !== 200) throw new Error(`verification failed: ${decided.status} ${decided.text}`);
  }
  return { ...owner, orgId: res.body.id, creditCode: res.body.creditCode };
}
