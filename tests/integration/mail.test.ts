import crypto from 'node:crypto';
import { MailOutboxModel } from '@shsw/server/platform/mail/index';
import { type Health, type NotificationPreferences, PRIVACY_NOTICE_VERSION, type SessionUser } from '@shsw/shared';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, orgOwner, PASSWORD, signUp } from '../factories/actors.js';
import { apply, openPosition } from '../factories/positions.js';
import { createUser } from '../factories/users.js';
import { TestMailbox } from '../setup/mailbox.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

let app: TestApp;
let owner: Actor & { orgId: string };
beforeAll(async () => {
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '0', MAIL_WEBHOOK_SECRET: WEBHOOK_SECRET });
  owner = await orgOwner(app);
});
afterEach(() => {
  app.mailbox.release();
});
afterAll(async () => {
  await app?.close();
});

type Err = { error: { code: string } };
const WEBHOOK_SECRET = 'bounce-webhook-secret-for-tests-0123456789';
const settle = () => app.server.services.events.idle();
const outbox = () => app.server.services.mailer.outbox;

/** A worker with an application the owner can move along. */
async function applicant(opts: { language?: 'zh-CN' | 'en' } = {}) {
  const worker = await signUp(app, { displayName: '陈静', ...opts });
  const position = await openPosition(owner.client, { title: `社区养老社工 ${crypto.randomBytes(2).toString('hex')}` });
  const application = await apply(worker.client, position.id);
  await settle();
  const move = async (to: string, extra: Record<string, unknown> = {}) => {
    const res = await owner.client.post(`/api/applications/${application.id}/status`, { to, ...extra });
    expect(res.status).toBe(200);
    await settle();
  };
  return { worker, position, application, move };
}

const interview = { interview: { at: '2026-12-10T02:00:00.000Z', place: '徐汇区漕溪北路 88 号 3 楼' } };

describe('notifications by e-mail', () => {
  it('when an application reaches the interview step, then the worker gets a mail in their language with a link, and earlier steps stay in the app', async () => {
    const { worker, position, move } = await applicant();
    await move('shortlisted');
    await move('interview', interview);
    const mail = await app.mailbox.waitFor({ to: worker.login, template: 'notification:application_status_changed' });
    expect(mail.language).toBe('zh-CN');
    expect(mail.subject).toBe('申请有新进展：面试');
    expect(mail.text).toContain(position.title);
    expect(mail.links.map((l) => new URL(l).pathname)).toEqual(['/me/applications', '/unsubscribe']);
    const list = mail.headers.get('list') as { unsubscribe?: { url?: string } } | undefined;
    expect(list?.unsubscribe?.url).toMatch(/\/unsubscribe\?token=/);
    expect(app.mailbox.to(worker.login, 'notification:application_status_changed')).toHaveLength(1);

    const en = await applicant({ language: 'en' });
    await en.move('interview', interview);
    const english = await app.mailbox.waitFor({
      to: en.worker.login,
      template: 'notification:application_status_changed',
    });
    expect(english.language).toBe('en');
    expect(english.subject).toBe('Your application moved on: interview');
  });

  it('when the worker turns the e-mail switch off, then the next step is not mailed but still notified in the app', async () => {
    const { worker, move } = await applicant();
    const prefs = await worker.client.get<NotificationPreferences>('/api/notifications/preferences');
    expect(prefs.body.email).toMatchObject({
      application_status_changed: true,
      saved_search_digest: true,
      saved_search_match: false,
    });
    const saved = await worker.client.put<NotificationPreferences>('/api/notifications/preferences', {
      types: {},
      email: { application_status_changed: false },
      profileMatches: false,
    });
    expect(saved.body.email?.application_status_changed).toBe(false);
    // A request without `email` keeps the stored e-mail switches.
    await worker.client.put('/api/notifications/preferences', { types: {}, profileMatches: false });
    await move('interview', interview);
    await outbox().drain();
    expect(app.mailbox.to(worker.login, 'notification:application_status_changed')).toHaveLength(0);
    const inApp = await worker.client.get<{ items: { type: string }[] }>('/api/notifications');
    expect(inApp.body.items.map((n) => n.type)).toContain('application_status_changed');
  });

  it('when the unsubscribe link of a mail is followed without signing in, then that type of mail stops, and it can be undone', async () => {
    const { worker, move } = await applicant();
    await move('interview', interview);
    const mail = await app.mailbox.waitFor({ to: worker.login, template: 'notification:application_status_changed' });
    const token = TestMailbox.tokenIn(mail, '/unsubscribe');
    const stranger = await app.client().init();
    const forged = await stranger.post<Err>('/api/notifications/unsubscribe', { token: `${token.slice(0, -2)}xx` });
    expect(forged.status).toBe(400);
    expect(forged.body.error.code).toBe('link_invalid');
    const done = await stranger.post('/api/notifications/unsubscribe', { token });
    expect(done.status).toBe(200);
    expect(done.body).toEqual({ type: 'application_status_changed', subscribed: false });
    const prefs = await worker.client.get<NotificationPreferences>('/api/notifications/preferences');
    expect(prefs.body.email?.application_status_changed).toBe(false);
    await move('offered', { message: '欢迎加入' });
    await outbox().drain();
    expect(app.mailbox.to(worker.login, 'notification:application_status_changed')).toHaveLength(1);
    const undo = await stranger.post('/api/notifications/unsubscribe', { token, subscribe: true });
    expect(undo.body).toEqual({ type: 'application_status_changed', subscribed: true });
  });

  it('when the address is not verified, then mail alerts wait and in-app notifications do not', async () => {
    const made = await createUser({
      role: 'worker',
      login: `cli-${crypto.randomBytes(3).toString('hex')}@example.test`,
    });
    const worker = await signInClient(made.login, made.password);
    expect((await worker.get<{ user: SessionUser }>('/api/auth/me')).body.user.email).toBe('unverified');
    const position = await openPosition(owner.client);
    const application = await apply(worker, position.id);
    const moved = await owner.client.post(`/api/applications/${application.id}/status`, {
      to: 'interview',
      ...interview,
    });
    expect(moved.status).toBe(200);
    await settle();
    await outbox().drain();
    expect(app.mailbox.to(made.login)).toHaveLength(0);
    const inApp = await worker.get<{ items: { type: string }[] }>('/api/notifications');
    expect(inApp.body.items.map((n) => n.type)).toContain('application_status_changed');
  });
});

async function signInClient(login: string, password: string) {
  const client = await app.client().init();
  const res = await client.post('/api/auth/sign-in', { login, password });
  expect(res.status).toBe(200);
  return client;
}

describe('a failing SMTP server never slows or fails a request', () => {
  it('when the SMTP server hangs, then requests that send mail complete while it still hangs, and the mail goes once it answers', async () => {
    const person = await signUp(app);
    app.mailbox.setMode({ kind: 'hang' });
    const client = await app.client().init();
    const first = await client.post('/api/auth/password-reset', { login: person.login });
    expect(first.status).toBe(202);
    await app.mailbox.untilStalled();

    // The server holds the app's connection without a greeting; everything else goes on.
    const newcomer = `new-${crypto.randomBytes(3).toString('hex')}@example.test`;
    const signUpWhileHanging = await (await app.client().init()).post('/api/auth/sign-up', {
      login: newcomer,
      password: 'lantern-orchid-river-64',
      displayName: '赵敏',
      role: 'worker',
      acceptPrivacyNotice: true,
      privacyNoticeVersion: PRIVACY_NOTICE_VERSION,
    });
    const again = await client.post('/api/auth/password-reset', { login: person.login });
    const signIn = await (await app.client().init()).post('/api/auth/sign-in', {
      login: person.login,
      password: PASSWORD,
    });
    const health = await client.get<Health>('/api/health');
    expect([signUpWhileHanging.status, again.status, signIn.status, health.status]).toEqual([202, 202, 200, 200]);
    expect(app.mailbox.stalled).toBeGreaterThan(0);
    expect(app.mailbox.to(person.login, 'password_reset')).toHaveLength(0);

    // Waiting mail is sealed: its link is not readable in the database.
    const waiting = await MailOutboxModel.find({ to: person.login }).lean();
    expect(waiting.length).toBeGreaterThan(0);
    expect(JSON.stringify(waiting)).not.toContain('/reset-password');

    app.mailbox.release();
    await app.mailbox.waitFor({ to: person.login, template: 'password_reset' });
    await app.mailbox.waitFor({ to: newcomer, template: 'sign_up_confirm' });
  });

  it('when the SMTP server refuses connections, then requests succeed, health says mail is down, and the mail is retried once it is back', async () => {
    const person = await signUp(app);
    app.mailbox.setMode({ kind: 'refuse', code: 421 });
    const client = await app.client().init();
    expect((await client.post('/api/auth/password-reset', { login: person.login })).status).toBe(202);
    await settle();
    await outbox().drain();
    expect(await outbox().backlog()).toBeGreaterThan(0);
    expect((await client.get<Health>('/api/health')).body).toMatchObject({ mail: 'down', status: 'degraded' });
    expect((await client.post('/api/auth/password-reset', { login: person.login })).status).toBe(202);

    app.mailbox.setMode({ kind: 'accept' });
    await outbox().resumeNow();
    await app.mailbox.waitFor({ to: person.login, template: 'password_reset' });
    expect((await client.get<Health>('/api/health')).body.mail).toBe('up');
  });

  it('when the server refuses an address for good (5xx), then the address is marked undeliverable for its owner, who can fix it', async () => {
    const person = await signUp(app);
    app.mailbox.rejectRecipient(person.login, 550);
    await (await app.client().init()).post('/api/auth/password-reset', { login: person.login });
    await settle();
    await outbox().drain();
    const me = await person.client.get<{ user: SessionUser }>('/api/auth/me');
    expect(me.body.user.email).toBe('undeliverable');
    const status = await person.client.get<{ undeliverable: { reason: string } | null }>('/api/auth/email');
    expect(status.body.undeliverable?.reason).toMatch(/550|unavailable/);
    expect(await outbox().backlog()).toBe(0); // not retried: it can never succeed

    // Asking for a new verification link clears the mark and tries again.
    app.mailbox.acceptRecipient(person.login);
    expect((await person.client.post('/api/auth/email/verification')).status).toBe(202);
    await app.mailbox.waitFor({ to: person.login, template: 'verify_email' });
    expect((await person.client.get<{ user: SessionUser }>('/api/auth/me')).body.user.email).toBe('verified');
  });

  it('when the provider reports a hard bounce with the shared secret, then the address is marked; without the secret nothing happens', async () => {
    const person = await signUp(app);
    const provider = app.client(); // no cookies, no CSRF token: a machine, not a browser
    const report = { recipient: person.login.toUpperCase(), reason: '550 5.1.1 mailbox does not exist' };
    const forged = await provider.post<Err>('/api/mail/bounces', report, { authorization: 'Bearer guessed' });
    expect(forged.status).toBe(401);
    const soft = await provider.post(
      '/api/mail/bounces',
      { ...report, permanent: false },
      {
        authorization: `Bearer ${WEBHOOK_SECRET}`,
      },
    );
    expect(soft.body).toEqual({ marked: 0 });
    expect((await person.client.get<{ user: SessionUser }>('/api/auth/me')).body.user.email).toBe('verified');
    const hard = await provider.post('/api/mail/bounces', report, { authorization: `Bearer ${WEBHOOK_SECRET}` });
    expect(hard.status).toBe(200);
    expect(hard.body).toEqual({ marked: 1 });
    expect((await person.client.get<{ user: SessionUser }>('/api/auth/me')).body.user.email).toBe('undeliverable');
  });
});
