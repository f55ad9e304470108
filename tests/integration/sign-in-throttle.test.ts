import { argon2Hasher, clearThrottleFor, type PasswordHasher, User } from '@shsw/server/modules/accounts/index';
import { LoginThrottle } from '@shsw/server/modules/accounts/login-attempt.model';
import { delayAfter, FREE_FAILURES } from '@shsw/server/modules/accounts/login-throttle';
import { ALERT_AT_FAILURES } from '@shsw/server/modules/accounts/password-checks';
import { NotificationModel } from '@shsw/server/modules/notifications/index';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, signUp } from '../factories/actors.js';
import { createUser } from '../factories/users.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';
import type { TestClient } from '../setup/test-client.js';

/** Every hash a password was verified against, in order: what each sign-in path really costs. */
const verified: string[] = [];
const countingHasher: PasswordHasher = {
  hash: argon2Hasher.hash,
  verify: async (hash, password) => {
    verified.push(hash);
    return argon2Hasher.verify(hash, password);
  },
};

let app: TestApp;
beforeAll(async () => {
  // TRUST_PROXY lets each simulated person come from their own address (X-Forwarded-For).
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '10000', TRUST_PROXY: '1' }, { passwords: countingHasher });
});
afterAll(async () => {
  await app?.close();
});

type ErrorBody = { error: { code: string; details?: { retryAfter?: number } } };

const from = (ip: string) => ({ 'x-forwarded-for': ip });

function signIn(client: TestClient, login: string, password: string, ip = '192.0.2.1') {
  return client.post<ErrorBody>('/api/auth/sign-in', { login, password }, from(ip));
}

/** Time passes: every delay in force ends (tests never sleep through real delays). */
async function delaysPass(): Promise<void> {
  await LoginThrottle.updateMany({}, { $set: { retryAt: null } });
}

/** Time stands still: the delay in force for every bucket lasts another ten minutes. */
async function delaysHold(): Promise<void> {
  await LoginThrottle.updateMany({}, { $set: { retryAt: new Date(Date.now() + 10 * 60_000) } });
}

/** `n` wrong passwords from one place, waiting out each delay as a patient attacker would. */
async function wrongPasswords(client: TestClient, login: string, n: number, ip: string): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < n; i += 1) {
    await delaysPass();
    statuses.push((await signIn(client, login, `wrong-guess-${i}`, ip)).status);
  }
  return statuses;
}

/** An account whose owner signed in once on `device` (which then knows the account) and signed out. */
async function ownerWithKnownDevice(ownerIp: string) {
  const owner = await signUp(app);
  await owner.client.post('/api/auth/sign-out');
  const device = await app.client().init();
  expect((await signIn(device, owner.login, PASSWORD, ownerIp)).status).toBe(200);
  await device.post('/api/auth/sign-out', undefined, from(ownerIp));
  await device.init();
  return { ...owner, device };
}

describe('sign-in throttle by (account, source)', () => {
  it('when someone fails many times for an account, then the owner on a known device still signs in with the right password', async () => {
    const owner = await ownerWithKnownDevice('192.0.2.10');
    const attacker = await app.client().init();
    expect(await wrongPasswords(attacker, owner.login, 12, '203.0.113.7')).toEqual(Array(12).fill(401));
    await delaysHold();
    const refused = await signIn(attacker, owner.login, PASSWORD, '203.0.113.7');
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('too_many_attempts');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // Even from the attacker's own network, the owner's known device has a bucket of its own.
    expect((await signIn(owner.device, owner.login, PASSWORD, '203.0.113.7')).status).toBe(200);
    // A new device of the owner's elsewhere is not slowed down either.
    const phone = await app.client().init();
    expect((await signIn(phone, owner.login, PASSWORD, '198.51.100.20')).status).toBe(200);
  });

  it('when delays are in force, then they grow with each failure from that source and never become a lock', async () => {
    const owner = await signUp(app);
    const attacker = await app.client().init();
    const delays: number[] = [];
    for (let i = 0; i < FREE_FAILURES + 4; i += 1) {
      await wrongPasswords(attacker, owner.login, 1, '203.0.113.8');
      const bucket = await LoginThrottle.findOne({}, null, { sort: { lastFailureAt: -1 } }).lean();
      delays.push(
        bucket?.retryAt && bucket.lastFailureAt ? bucket.retryAt.getTime() - bucket.lastFailureAt.getTime() : 0,
      );
    }
    expect(delays).toEqual([0, 0, 1_000, 2_000, 4_000, 8_000, 16_000]);
    expect(delayAfter(60)).toBe(15 * 60_000);
    await delaysPass();
    expect((await signIn(attacker, owner.login, PASSWORD, '203.0.113.8')).status).toBe(200);
  });

  it('when a new device shares the failing network, then it waits; after a password reset clears the throttle it does not', async () => {
    const owner = await signUp(app);
    await wrongPasswords(await app.client().init(), owner.login, FREE_FAILURES + 1, '203.0.113.9');
    await delaysHold();
    const laptop = await app.client().init();
    expect((await signIn(laptop, owner.login, PASSWORD, '203.0.113.9')).status).toBe(429);
    await clearThrottleFor(owner.user.id);
    expect((await signIn(laptop, owner.login, PASSWORD, '203.0.113.9')).status).toBe(200);
  });

  it('when an unknown login fails, then it is throttled exactly like a known one (no enumeration)', async () => {
    const owner = await signUp(app);
    const nobody = `nobody-${Date.now()}@example.test`;
    const known = await wrongPasswords(await app.client().init(), owner.login, FREE_FAILURES + 1, '203.0.113.10');
    const unknown = await wrongPasswords(await app.client().init(), nobody, FREE_FAILURES + 1, '203.0.113.10');
    expect(unknown).toEqual(known);
    await delaysHold();
    const a = await signIn(await app.client().init(), owner.login, 'x-wrong', '203.0.113.10');
    const b = await signIn(await app.client().init(), nobody, 'x-wrong', '203.0.113.10');
    expect([a.status, a.body.error.code]).toEqual([429, 'too_many_attempts']);
    expect([b.status, b.body.error.code]).toEqual([429, 'too_many_attempts']);
  });
});

describe('the owner hears about repeated failures', () => {
  it('when wrong passwords repeat, then the owner gets one in-app notice and one event, however many sources try', async () => {
    const owner = await signUp(app);
    const heard: { userId: string; failures: number }[] = [];
    const stop = app.server.services.events.on('account.sign_in_failures', (e) => {
      heard.push(e);
    });
    try {
      await wrongPasswords(await app.client().init(), owner.login, ALERT_AT_FAILURES, '203.0.113.11');
      await wrongPasswords(await app.client().init(), owner.login, ALERT_AT_FAILURES + 2, '203.0.113.12');
      await app.server.services.events.idle();
    } finally {
      stop();
    }
    expect(heard).toEqual([{ userId: owner.user.id, failures: ALERT_AT_FAILURES, at: expect.any(String) }]);
    const notices = await NotificationModel.find({ userId: owner.user.id, type: 'sign_in_failures' }).lean();
    expect(notices).toHaveLength(1);
    expect(notices[0]?.data).toMatchObject({ failures: ALERT_AT_FAILURES });
    const listed = await owner.client.get<{ items: { type: string }[] }>('/api/notifications');
    expect(listed.body.items.map((n) => n.type)).toContain('sign_in_failures');
  });
});

describe('every current-password check is throttled the same way', () => {
  it('when the current password is guessed through the password change, then guessing slows down and the account deletion shares the delay', async () => {
    const owner = await signUp(app);
    const statuses: number[] = [];
    for (let i = 0; i < FREE_FAILURES + 1; i += 1) {
      await delaysPass();
      const res = await owner.client.post('/api/auth/password', {
        currentPassword: `not-it-${i}`,
        newPassword: 'copper-meadow-violin-93',
      });
      statuses.push(res.status);
    }
    expect(statuses).toEqual(Array(FREE_FAILURES + 1).fill(401));
    await delaysHold();
    const change = await owner.client.post<ErrorBody>('/api/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'copper-meadow-violin-93',
    });
    expect([change.status, change.body.error.code]).toEqual([429, 'too_many_attempts']);
    const deletion = await owner.client.request<ErrorBody>('DELETE', '/api/me', { body: { password: PASSWORD } });
    expect([deletion.status, deletion.body.error.code]).toEqual([429, 'too_many_attempts']);
    expect(await User.countDocuments({ login: owner.login })).toBe(1);
    await delaysPass();
    expect(
      (
        await owner.client.post('/api/auth/password', {
          currentPassword: PASSWORD,
          newPassword: 'copper-meadow-violin-93',
        })
      ).status,
    ).toBe(200);
  });
});

describe('sign-in costs the same for known and unknown logins', () => {
  const isCurrentArgon2 = (hash: string | undefined) => /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/.test(hash ?? '');

  it('when the login is unknown, disabled or has no password, then one argon2id verification runs, as for a wrong password', async () => {
    const owner = await signUp(app);
    const disabled = await createUser({ role: 'worker' });
    await User.updateOne({ _id: disabled.id }, { $set: { status: 'disabled' } });
    const passwordless = await createUser({ role: 'worker' });
    await User.updateOne({ _id: passwordless.id }, { $set: { passwordHash: '!' } });
    const client = await app.client().init();
    const cases = [
      { name: 'wrong password', login: owner.login, password: 'wrong-password-1' },
      { name: 'unknown login', login: `nobody-${Date.now()}@example.test`, password: 'wrong-password-1' },
      { name: 'disabled account, right password', login: disabled.login, password: disabled.password },
      { name: 'no password set', login: passwordless.login, password: 'wrong-password-1' },
    ];
    const answers: string[] = [];
    for (const c of cases) {
      verified.length = 0;
      const res = await signIn(client, c.login, c.password, `198.51.100.${answers.length + 50}`);
      answers.push(res.text);
      expect({ name: c.name, status: res.status, verifications: verified.length }).toEqual({
        name: c.name,
        status: 401,
        verifications: 1,
      });
      expect(isCurrentArgon2(verified[0])).toBe(true);
    }
    expect(new Set(answers).size).toBe(1);
    const stored = await User.findById(disabled.id).lean();
    verified.length = 0;
    await signIn(client, disabled.login, disabled.password, '198.51.100.60');
    expect(verified[0]).not.toBe(stored?.passwordHash);
  });
});
