import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { User } from '@shsw/server/modules/accounts/index';
import { PRIVACY_NOTICE_VERSION } from '@shsw/shared';
import { checkPassword } from '@shsw/shared/password-strength';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PASSWORD, signInAs, signUp } from '../factories/actors.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '10000' });
});
afterAll(async () => {
  await app?.close();
});

type Refusal = { error: { code: string; details: { issues: { path: string; code: string }[] } } };

const weak = ['aaaaaaaa', 'Passw0rd!', 'Shanghai2026', '社工社工社工社工'];

describe('password policy on the server', () => {
  it.each(weak)('when someone signs up with %s, then it is refused naming what to change', async (password) => {
    const client = await app.client().init();
    const login = `weak-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.test`;
    const res = await client.post<Refusal>('/api/auth/sign-up', {
      login,
      password,
      displayName: '王小明',
      role: 'worker',
      acceptPrivacyNotice: true,
      privacyNoticeVersion: PRIVACY_NOTICE_VERSION,
    });
    expect(res.status).toBe(400);
    const codes = res.body.error.details.issues.filter((i) => i.path === 'body.password').map((i) => i.code);
    expect(codes).toContain('password_weak');
    // Besides "weak", the reason: a repeat, a common password, a word with a year.
    expect(codes.length).toBeGreaterThan(1);
    expect(await User.countDocuments({ login })).toBe(0);
  });

  it('when the password contains the login or the display name, then sign-up is refused as personal_info', async () => {
    const client = await app.client().init();
    const res = await client.post<Refusal>('/api/auth/sign-up', {
      login: 'lantern.keeper@example.test',
      password: 'violet-lantern-harbour-7',
      displayName: '灯塔',
      role: 'worker',
      acceptPrivacyNotice: true,
      privacyNoticeVersion: PRIVACY_NOTICE_VERSION,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues.map((i) => i.code)).toContain('password_personal_info');
  });

  it.each(weak)(
    'when the password is changed to %s, then it is refused and the old one still works',
    async (password) => {
      const worker = await signUp(app);
      const res = await worker.client.post<Refusal>('/api/auth/password', {
        currentPassword: PASSWORD,
        newPassword: password,
      });
      expect(res.status).toBe(400);
      expect(res.body.error.details.issues.map((i) => i.code)).toContain('password_weak');
      await signInAs(app, worker.login, PASSWORD);
    },
  );
});

describe('the admin CLI', () => {
  const repoRoot = path.resolve(import.meta.dirname, '../..');
  const runAdmin = (...args: string[]) =>
    spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', 'server/src/cli/admin.ts', ...args], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, MONGODB_URI: inject('mongoUri'), MONGODB_DB: app.dbName, LOG_LEVEL: 'silent' },
    });

  it('when an operator gives a weak password, then the CLI refuses it and creates nothing', () => {
    const login = `cli-weak-${Date.now()}@example.test`;
    const run = runAdmin(
      'create-user',
      '--role',
      'bureau',
      '--login',
      login,
      '--name',
      '民政局',
      '--password',
      'Shanghai2026',
    );
    expect(run.status).toBe(64);
    expect(run.stderr).toContain('--password refused (weak');
  });

  it('when no password is given, then a generated one passes the policy and signs in', async () => {
    const login = `cli-${Date.now()}@example.test`;
    const run = runAdmin('create-user', '--role', 'admin', '--login', login, '--name', '平台管理员');
    expect(run.status).toBe(0);
    const password = /password \(shown once\): (\S+)/.exec(run.stdout)?.[1] ?? '';
    expect(checkPassword(password, { userInputs: [login, '平台管理员'] }).ok).toBe(true);
    await signInAs(app, login, password);
  }, 90_000);
});
