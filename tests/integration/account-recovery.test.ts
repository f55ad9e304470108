import crypto from 'node:crypto';
import { PRIVACY_NOTICE_VERSION, type SessionUser } from '@shsw/shared';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, signUp } from '../factories/actors.js';
import { createUser } from '../factories/users.js';
import { TestMailbox } from '../setup/mailbox.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';
import type { TestClient } from '../setup/test-client.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '0' });
});
afterAll(async () => {
  await app?.close();
});

type Err = { error: { code: string; details?: { issues: { path: string; code: string }[] } } };
const NEW_PASSWORD = 'amber-harbour-willow-77';
const fresh = (who = 'p') => `${who}-${crypto.randomBytes(4).toString('hex')}@example.test`;
const settle = () => app.server.services.events.idle();

function askSignUp(client: TestClient, login: string, password = 'copper-meadow-violin-58') {
  return client.post('/api/auth/sign-up', {
    login,
    password,
    displayName: '王芳',
    role: 'worker',
    acceptPrivacyNotice: true,
    privacyNoticeVersion: PRIVACY_NOTICE_VERSION,
  });
}

async function me(client: TestClient): Promise<SessionUser | null> {
  return (await client.get<{ user: SessionUser | null }>('/api/auth/me')).body.user;
}

describe('sign-up leaks nothing about existing accounts', () => {
  it('when someone signs up with a taken address (or a case and space variant of it), then the answer is the one a free address gets, and the owner is told by mail', async () => {
    const owner = await signUp(app, { login: fresh('owner'), language: 'en' });
    const attacker = await app.client().init();
    const free = fresh('free');
    const variant = `  ${owner.login.toUpperCase()} `;

    const taken = await askSignUp(attacker, variant, 'attacker-chose-this-9');
    const untaken = await askSignUp(attacker, free);
    expect(taken.status).toBe(202);
    expect(untaken.status).toBe(202);
    expect(taken.text).toBe(untaken.text);
    expect(attacker.cookie('shsw.sid')).toBeUndefined();
    expect(await me(attacker)).toBeNull();

    await settle();
    const note = await app.mailbox.waitFor({ to: owner.login, template: 'sign_up_existing' });
    expect(note.language).toBe('en');
    expect(note.subject).toBe('Someone tried to sign up with your address');
    expect(note.links.map((l) => new URL(l).pathname)).toEqual(
      expect.arrayContaining(['/sign-in', '/forgot-password']),
    );
    expect(app.mailbox.to(owner.login, 'sign_up_confirm')).toHaveLength(1); // only the owner's own, from before
    await app.mailbox.waitFor({ to: free, template: 'sign_up_confirm' });

    // Nothing about the owner's account changed: one account, the old password still works.
    expect(await mongoose.connection.collection('users').countDocuments({ login: owner.login })).toBe(1);
    const check = await app.client().init();
    expect(
      (await check.post('/api/auth/sign-in', { login: owner.login, password: 'attacker-chose-this-9' })).status,
    ).toBe(401);
    expect((await check.post('/api/auth/sign-in', { login: owner.login, password: PASSWORD })).status).toBe(200);
  });

  it('when the sign-up link is followed twice, then the second time is refused and nothing is created twice', async () => {
    const client = await app.client().init();
    const login = fresh();
    expect((await askSignUp(client, login)).status).toBe(202);
    const mail = await app.mailbox.waitFor({ to: login, template: 'sign_up_confirm' });
    expect(mail.language).toBe('zh-CN');
    expect(mail.subject).toBe('请确认您的邮箱，完成注册');
    expect(mail.html).toContain('确认邮箱并创建账号');
    const token = TestMailbox.tokenIn(mail, '/sign-up/confirm');
    const first = await client.post<{ user: SessionUser }>('/api/auth/sign-up/confirm', { token });
    expect(first.status).toBe(201);
    expect(first.body.user).toMatchObject({
      role: 'worker',
      displayName: '王芳',
      email: 'verified',
      language: 'zh-CN',
    });
    const again = await app.client().init();
    const second = await again.post<Err>('/api/auth/sign-up/confirm', { token });
    expect(second.status).toBe(400);
    expect(second.body.error.code).toBe('link_invalid');
    // The token is kept only as a hash.
    const tokens = await mongoose.connection.collection('account_tokens').find({}).toArray();
    expect(JSON.stringify(tokens)).not.toContain(token);
  });
});

describe('forgot password', () => {
  it('when a person asks for a reset, then the mailed link sets a new password, ends every session, signs this browser in and works once', async () => {
    const person = await signUp(app);
    const laptop = await app.client().init();
    await laptop.post('/api/auth/sign-in', { login: person.login, password: PASSWORD });
    const browser = await app.client().init();

    const asked = await browser.post('/api/auth/password-reset', { login: person.login.toUpperCase() });
    expect(asked.status).toBe(202);
    const mail = await app.mailbox.waitFor({ to: person.login, template: 'password_reset' });
    expect(mail.subject).toBe('重设您的密码');
    expect(mail.text).toContain('30 分钟');
    const token = TestMailbox.tokenIn(mail, '/reset-password');

    const reset = await browser.post<{ user: SessionUser }>('/api/auth/password-reset/confirm', {
      token,
      newPassword: NEW_PASSWORD,
    });
    expect(reset.status).toBe(200);
    expect(reset.body.user.id).toBe(person.user.id);
    expect((await me(browser))?.id).toBe(person.user.id);
    expect(await me(person.client)).toBeNull();
    expect(await me(laptop)).toBeNull();

    const check = await app.client().init();
    expect((await check.post('/api/auth/sign-in', { login: person.login, password: PASSWORD })).status).toBe(401);
    expect((await check.post('/api/auth/sign-in', { login: person.login, password: NEW_PASSWORD })).status).toBe(200);
    const reuse = await app.client().init();
    const again = await reuse.post<Err>('/api/auth/password-reset/confirm', {
      token,
      newPassword: 'another-fine-phrase-31',
    });
    expect(again.status).toBe(400);
    expect(again.body.error.code).toBe('link_invalid');
  });

  it('when the login is unknown, then the answer is the same; an unknown address is told by mail, an unknown mobile number gets nothing', async () => {
    const person = await signUp(app);
    const client = await app.client().init();
    const known = await client.post('/api/auth/password-reset', { login: person.login });
    const unknownEmail = fresh('nobody');
    const unknown = await client.post('/api/auth/password-reset', { login: unknownEmail, language: 'en' });
    const unknownMobile = await client.post('/api/auth/password-reset', { login: '13900007777' });
    expect([known.status, unknown.status, unknownMobile.status]).toEqual([202, 202, 202]);
    expect(unknown.text).toBe(known.text);
    expect(unknownMobile.text).toBe(known.text);
    const note = await app.mailbox.waitFor({ to: unknownEmail, template: 'password_reset_unknown' });
    expect(note.language).toBe('en');
    expect(note.links.map((l) => new URL(l).pathname)).toContain('/sign-up');
    await settle();
    expect(app.mailbox.to('13900007777')).toHaveLength(0);
  });

  it('when the new password is too weak, then it is refused and the link still works; an expired link does not', async () => {
    const person = await signUp(app);
    const client = await app.client().init();
    await client.post('/api/auth/password-reset', { login: person.login });
    const token = TestMailbox.tokenIn(
      await app.mailbox.waitFor({ to: person.login, template: 'password_reset' }),
      '/reset-password',
    );
    const weak = await client.post<Err>('/api/auth/password-reset/confirm', { token, newPassword: 'password123' });
    expect(weak.status).toBe(400);
    expect(weak.body.error.details?.issues[0]?.path).toBe('body.newPassword');
    await mongoose.connection
      .collection('account_tokens')
      .updateMany({ purpose: 'reset_password' }, { $set: { expiresAt: new Date(Date.now() - 1000) } });
    const late = await client.post<Err>('/api/auth/password-reset/confirm', { token, newPassword: NEW_PASSWORD });
    expect(late.status).toBe(400);
    expect(late.body.error.code).toBe('link_invalid');
  });

  it('when someone else locked the login with wrong passwords, then a reset lets the owner in again', async () => {
    const person = await signUp(app);
    const stranger = await app.client().init();
    for (let i = 0; i < 5; i += 1)
      await stranger.post('/api/auth/sign-in', { login: person.login, password: `nope-${i}` });
    const owner = await app.client().init();
    await owner.post('/api/auth/password-reset', { login: person.login });
    const token = TestMailbox.tokenIn(
      await app.mailbox.waitFor({ to: person.login, template: 'password_reset' }),
      '/reset-password',
    );
    expect((await owner.post('/api/auth/password-reset/confirm', { token, newPassword: NEW_PASSWORD })).status).toBe(
      200,
    );
    const later = await app.client().init();
    expect((await later.post('/api/auth/sign-in', { login: person.login, password: NEW_PASSWORD })).status).toBe(200);
  }, 30_000);
});

describe('addresses: verification, change, and recovery for mobile logins', () => {
  it('when an account made without a link verifies its address, then it shows as verified', async () => {
    const made = await createUser({ role: 'worker', login: fresh('cli') });
    const client = await app.client().init();
    await client.post('/api/auth/sign-in', { login: made.login, password: made.password });
    expect((await me(client))?.email).toBe('unverified');
    expect((await client.post('/api/auth/email/verification')).status).toBe(202);
    const mail = await app.mailbox.waitFor({ to: made.login, template: 'verify_email' });
    const anyone = await app.client().init(); // the link works in a browser that is not signed in
    const verified = await anyone.post<{ address: string }>('/api/auth/email/verify', {
      token: TestMailbox.tokenIn(mail, '/verify-email'),
    });
    expect(verified.status).toBe(200);
    expect(verified.body.address).toMatch(/^c\*\*\*@example\.test$/);
    expect((await me(client))?.email).toBe('verified');
    const already = await client.post<Err>('/api/auth/email/verification');
    expect(already.status).toBe(409);
  });

  it('when an e-mail login changes its address, then nothing switches until the new address confirms, the login follows, and the old address is told', async () => {
    const person = await signUp(app);
    const next = fresh('next');
    const wrong = await person.client.post<Err>('/api/auth/email/change', { email: next, currentPassword: 'not-it' });
    expect(wrong.status).toBe(401);
    expect(
      (await person.client.post('/api/auth/email/change', { email: next, currentPassword: PASSWORD })).status,
    ).toBe(202);
    const mail = await app.mailbox.waitFor({ to: next, template: 'email_change_confirm' });
    const pending = await person.client.get<{ address: string; pendingAddress: string | null }>('/api/auth/email');
    expect(pending.body).toMatchObject({ address: person.login, pendingAddress: next });

    const confirmed = await person.client.post('/api/auth/email/change/confirm', {
      token: TestMailbox.tokenIn(mail, '/confirm-email-change'),
    });
    expect(confirmed.status).toBe(200);
    const status = await person.client.get<{ address: string; verified: boolean; isLogin: boolean }>('/api/auth/email');
    expect(status.body).toMatchObject({ address: next, verified: true, isLogin: true });
    await app.mailbox.waitFor({ to: person.login, template: 'email_changed_notice' });
    const check = await app.client().init();
    expect((await check.post('/api/auth/sign-in', { login: person.login, password: PASSWORD })).status).toBe(401);
    expect((await check.post('/api/auth/sign-in', { login: next, password: PASSWORD })).status).toBe(200);
  });

  it('when the new address already belongs to another account, then the answer is the same and only that address is told', async () => {
    const person = await signUp(app);
    const other = await signUp(app);
    const asked = await person.client.post('/api/auth/email/change', { email: other.login, currentPassword: PASSWORD });
    expect(asked.status).toBe(202);
    await app.mailbox.waitFor({ to: other.login, template: 'email_change_taken' });
    await settle();
    expect(app.mailbox.to(other.login, 'email_change_confirm')).toHaveLength(0);
    expect((await person.client.get<{ address: string }>('/api/auth/email')).body.address).toBe(person.login);
  });

  it('when a mobile login adds a contact address, then it is confirmed first and a forgotten password is reset through it', async () => {
    const mobile = `139${String(crypto.randomInt(10_000_000, 99_999_999))}`;
    const made = await createUser({ role: 'worker', login: mobile });
    const client = await app.client().init();
    await client.post('/api/auth/sign-in', { login: mobile, password: made.password });
    expect((await me(client))?.email).toBe('none');
    const contact = fresh('contact');
    await client.post('/api/auth/email/change', { email: contact, currentPassword: made.password });
    const mail = await app.mailbox.waitFor({ to: contact, template: 'email_change_confirm' });
    await client.post('/api/auth/email/change/confirm', { token: TestMailbox.tokenIn(mail, '/confirm-email-change') });
    const status = await client.get<{ address: string; isLogin: boolean; verified: boolean }>('/api/auth/email');
    expect(status.body).toMatchObject({ address: contact, isLogin: false, verified: true });

    const forgot = await app.client().init();
    await forgot.post('/api/auth/password-reset', { login: `+86 ${mobile}` });
    const reset = await app.mailbox.waitFor({ to: contact, template: 'password_reset' });
    const done = await forgot.post<{ user: SessionUser }>('/api/auth/password-reset/confirm', {
      token: TestMailbox.tokenIn(reset, '/reset-password'),
      newPassword: NEW_PASSWORD,
    });
    expect(done.status).toBe(200);
    expect(done.body.user.login).toBe(`${mobile.slice(0, 3)}****${mobile.slice(7)}`);
  });

  it('when a person switches to English, then their mail is written in English', async () => {
    const person = await signUp(app);
    expect((await person.client.put('/api/auth/language', { language: 'en' })).status).toBe(200);
    expect((await me(person.client))?.language).toBe('en');
    await (await app.client().init()).post('/api/auth/password-reset', { login: person.login });
    const mail = await app.mailbox.waitFor({ to: person.login, template: 'password_reset' });
    expect(mail.language).toBe('en');
    expect(mail.subject).toBe('Reset your password');
  });

  it('when no MAIL_WEBHOOK_SECRET is set, then the bounce webhook is off', async () => {
    const res = await app
      .client()
      .post<Err>(
        '/api/mail/bounces',
        { recipient: 'x@example.test', reason: '550' },
        { authorization: 'Bearer anything' },
      );
    expect(res.status).toBe(404);
  });
});
