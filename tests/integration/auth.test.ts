import { AuditEvent } from '@shsw/server/modules/audit/index';
import { PRIVACY_NOTICE_VERSION, type SessionUser } from '@shsw/shared';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../setup/test-app.js';
import type { TestClient } from '../setup/test-client.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '1000' });
});
afterAll(async () => {
  await app?.close();
});

let seq = 0;
const freshLogin = () => `person${++seq}-${Date.now()}@example.test`;
const GOOD_PASSWORD = 'plum-river-lantern-42';

async function signUp(client: TestClient, login = freshLogin(), extra: Record<string, unknown> = {}) {
  await client.init();
  const res = await client.post<{ user: SessionUser; csrfToken: string }>('/api/auth/sign-up', {
    login,
    password: GOOD_PASSWORD,
    displayName: '李明',
    role: 'worker',
    acceptPrivacyNotice: true,
    privacyNoticeVersion: PRIVACY_NOTICE_VERSION,
    ...extra,
  });
  return { res, login };
}

describe('sign-up, sign-in, sign-out, me', () => {
  it('when a worker signs up with an e-mail, then they are signed in with a masked login', async () => {
    const client = app.client();
    const { res } = await signUp(client, 'Li.Ming@Example.test');
    expect(res.status).toBe(201);
    expect(res.body.user).toMatchObject({ role: 'worker', displayName: '李明', orgId: null });
    expect(res.body.user.login).toBe('l***@example.test');
    const me = await client.get<{ user: SessionUser | null }>('/api/auth/me');
    expect(me.body.user?.id).toBe(res.body.user.id);
  });

  it('when someone signs up with a mainland mobile number, then it is stored normalised and shown masked', async () => {
    const client = app.client();
    const { res } = await signUp(client, '+86 138-1234-8000');
    expect(res.status).toBe(201);
    expect(res.body.user.login).toBe('138****8000');
    const again = await signUp(app.client(), '13812348000');
    expect(again.res.status).toBe(409);
    expect((again.res.body as unknown as { error: { code: string } }).error.code).toBe('already_exists');
  });

  it('when the password is common or too short, then sign-up is refused naming the field', async () => {
    const client = app.client();
    await client.init();
    const common = await client.post<{
      error: { code: string; details: { issues: { path: string; code: string }[] } };
    }>('/api/auth/sign-up', {
      login: freshLogin(),
      password: 'woaini1314',
      displayName: 'x',
      role: 'worker',
      acceptPrivacyNotice: true,
      privacyNoticeVersion: PRIVACY_NOTICE_VERSION,
    });
    expect(common.status).toBe(400);
    expect(common.body.error.details.issues).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'body.password', code: 'password_common' })]),
    );
    const short = await client.post<{ error: { details: { issues: { path: string }[] } } }>('/api/auth/sign-up', {
      login: 'not-an-email',
      password: 'short',
      displayName: '',
      role: 'bureau',
      acceptPrivacyNotice: false,
      privacyNoticeVersion: PRIVACY_NOTICE_VERSION,
    });
    expect(short.status).toBe(400);
    expect(short.body.error.details.issues.map((i) => i.path).sort()).toEqual(
      ['body.acceptPrivacyNotice', 'body.displayName', 'body.login', 'body.password', 'body.role'].sort(),
    );
    expect(await mongoose.connection.collection('users').countDocuments({ login: 'not-an-email' })).toBe(0);
  });

  it('when signing in, then the session id is new and the old cookie no longer works', async () => {
    const { login } = await signUp(app.client());
    const client = app.client();
    await client.init();
    const res = await client.post<{ user: SessionUser }>('/api/auth/sign-in', { login, password: GOOD_PASSWORD });
    expect(res.status).toBe(200);
    const first = client.cookie('shsw.sid');
    await client.post('/api/auth/sign-in', { login, password: GOOD_PASSWORD });
    const second = client.cookie('shsw.sid');
    expect(first).toBeDefined();
    expect(second).not.toBe(first);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('shsw.sid='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it('when signing out, then the session ends on the server too', async () => {
    const client = app.client();
    await signUp(client);
    const token = client.cookie('shsw.sid');
    expect((await client.post('/api/auth/sign-out')).status).toBe(200);
    const me = await client.get<{ user: SessionUser | null }>('/api/auth/me');
    expect(me.body.user).toBeNull();
    const replay = await fetch(new URL('/api/auth/me', app.url), { headers: { cookie: `shsw.sid=${token}` } });
    expect(((await replay.json()) as { user: unknown }).user).toBeNull();
  });

  it('when an unknown account or a wrong password is tried, then the answers are identical', async () => {
    const { login } = await signUp(app.client());
    const client = await app.client().init();
    const wrong = await client.post('/api/auth/sign-in', { login, password: 'not-the-password' });
    const unknown = await client.post('/api/auth/sign-in', { login: freshLogin(), password: 'not-the-password' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.text).toBe(unknown.text);
  });
});

describe('CSRF', () => {
  it('when a state-changing request has no token or a wrong one, then 403 csrf_failed', async () => {
    const client = app.client();
    const body = { login: freshLogin(), password: GOOD_PASSWORD };
    const none = await client.post<{ error: { code: string } }>('/api/auth/sign-in', body);
    expect(none.status).toBe(403);
    expect(none.body.error.code).toBe('csrf_failed');
    await client.init();
    const wrong = await client.post<{ error: { code: string } }>('/api/auth/sign-in', body, {
      'x-csrf-token': 'forged',
    });
    expect(wrong.status).toBe(403);
  });

  it('when a token from before sign-in is replayed after it, then it is refused', async () => {
    const client = app.client();
    await client.init();
    const anonymousToken = client.csrfToken;
    await signUp(client);
    const res = await client.post('/api/auth/sign-out', undefined, { 'x-csrf-token': anonymousToken ?? '' });
    expect(res.status).toBe(403);
  });
});

describe('throttling', () => {
  it('when three sign-ins fail from one place, then the burst is audited and the next try waits (429, never 423)', async () => {
    const { login } = await signUp(app.client());
    const client = await app.client().init();
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      statuses.push((await client.post('/api/auth/sign-in', { login, password: `wrong-${i}` })).status);
    }
    expect(statuses).toEqual([401, 401, 401]);
    // The delay is one second; the test holds it rather than racing it.
    await mongoose.connection
      .collection('login_throttle')
      .updateMany({ retryAt: { $ne: null } }, { $set: { retryAt: new Date(Date.now() + 60_000) } });
    const waiting = await client.post<{ error: { code: string } }>('/api/auth/sign-in', {
      login,
      password: GOOD_PASSWORD,
    });
    expect(waiting.status).toBe(429);
    expect(waiting.body.error.code).toBe('too_many_attempts');
    const actions = (await AuditEvent.find().lean()).map((e) => e.action);
    expect(actions).toContain('login_failure_burst');
  });
});

describe('password change', () => {
  it('when the password changes, then every other session ends and the new password works', async () => {
    const phone = app.client();
    const { login } = await signUp(phone);
    const laptop = await app.client().init();
    await laptop.post('/api/auth/sign-in', { login, password: GOOD_PASSWORD });
    const res = await phone.post('/api/auth/password', {
      currentPassword: GOOD_PASSWORD,
      newPassword: 'new-amber-harbour-77',
    });
    expect(res.status).toBe(200);
    expect((await laptop.get<{ user: unknown }>('/api/auth/me')).body.user).toBeNull();
    expect((await phone.get<{ user: unknown }>('/api/auth/me')).body.user).not.toBeNull();
    const fresh = await app.client().init();
    expect((await fresh.post('/api/auth/sign-in', { login, password: GOOD_PASSWORD })).status).toBe(401);
    expect((await fresh.post('/api/auth/sign-in', { login, password: 'new-amber-harbour-77' })).status).toBe(200);
  });
});

describe('sessions and hashing', () => {
  it('when a session has been idle past the limit, then it no longer signs anyone in', async () => {
    const client = app.client();
    const { res } = await signUp(client);
    await mongoose.connection
      .collection('sessions')
      .updateMany(
        { userId: new mongoose.Types.ObjectId(res.body.user.id) },
        { $set: { lastSeenAt: new Date(Date.now() - 3 * 3600_000) } },
      );
    expect((await client.get<{ user: unknown }>('/api/auth/me')).body.user).toBeNull();
  });

  it('when a password is stored, then it is argon2id with m=19456,t=2,p=1 and rehashed at sign-in if older', async () => {
    const { login, res } = await signUp(app.client());
    const users = mongoose.connection.collection('users');
    const id = new mongoose.Types.ObjectId(res.body.user.id);
    const stored = await users.findOne({ _id: id });
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const { hash } = await import('@node-rs/argon2');
    await users.updateOne(
      { _id: id },
      {
        $set: {
          passwordHash: await hash(GOOD_PASSWORD, { algorithm: 2, memoryCost: 8192, timeCost: 1, parallelism: 1 }),
        },
      },
    );
    const client = await app.client().init();
    expect((await client.post('/api/auth/sign-in', { login, password: GOOD_PASSWORD })).status).toBe(200);
    expect((await users.findOne({ _id: id }))?.passwordHash).toMatch(/m=19456,t=2,p=1/);
  });
});
