import crypto from 'node:crypto';
import { TestClient } from '../setup/test-client.js';

export type Session = TestClient;

/** A visitor, or a person signed in with their login and password. */
export async function session(url: string, account?: { login: string; password: string }): Promise<Session> {
  const client = await new TestClient(url).init();
  if (account) {
    const res = await client.post('/api/auth/sign-in', { login: account.login, password: account.password });
    if (res.status !== 200) throw new Error(`sign-in of ${account.login} failed: ${res.status} ${res.text}`);
  }
  return client;
}

/** A new worker account, signed in, as a person signs up on the site. */
export async function signUpWorker(url: string, privacyNoticeVersion: string): Promise<Session> {
  const client = await new TestClient(url).init();
  const login = `bench-${crypto.randomBytes(6).toString('hex')}@example.test`;
  const res = await client.post('/api/auth/sign-up', {
    login,
    password: 'plum-river-lantern-42',
    displayName: '压测用户',
    role: 'worker',
    acceptPrivacyNotice: true,
    privacyNoticeVersion,
  });
  if (res.status !== 201) throw new Error(`sign-up failed: ${res.status} ${res.text}`);
  return client;
}
