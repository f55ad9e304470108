import { rooms } from '@shsw/server/platform/realtime/realtime';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bureau, orgOwner, PASSWORD, signUp } from '../factories/actors.js';
import { openPosition } from '../factories/positions.js';
import { launchBrowser, type TestBrowser } from '../setup/browser.js';
import { TestMailbox } from '../setup/mailbox.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

let app: TestApp;
let browser: TestBrowser;

beforeAll(async () => {
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '0' });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** Signs in on a fresh session (the browser profile is shared by the tests in this file). */
async function signIn(page: Page, login: string) {
  await page.context().clearCookies();
  await page.goto(`${app.url}/sign-in`);
  await page.getByLabel('电子邮箱或手机号码').fill(login);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL('**/dashboard');
}

/** The bell's accessible name carries the unread count. */
const bellName = (bell: Locator) => bell.getAttribute('aria-label');

describe('job alerts in the browser', () => {
  it('when an organisation publishes a position matching a saved instant search, then the worker’s bell counts it live, the drawer lists it once, and marking it read clears the badge — also after a reconnect', async () => {
    const owner = await orgOwner(app, { bureauClient: await bureau(app) });
    const worker = await signUp(app, { role: 'worker', displayName: '陈静' });
    const page = await browser.newPage();
    await page.addInitScript(() => window.localStorage.removeItem('shsw.lang'));
    await signIn(page, worker.login);

    // The worker saves a search for elderly-care positions from the search page, with instant alerts.
    await page.goto(`${app.url}/positions?domain=elderly_care`);
    await page.getByRole('button', { name: '保存此搜索' }).click();
    const dialog = page.getByRole('dialog', { name: '保存搜索并接收提醒' });
    await dialog.getByLabel(/名称/).fill('养老岗位提醒');
    expect(await dialog.getByRole('radio', { name: /即时/ }).isChecked()).toBe(true);
    await dialog.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('已保存“养老岗位提醒”。').waitFor();

    const bell = page.getByTestId('notification-bell');
    await expect.poll(() => bell.getAttribute('data-realtime')).toBe('connected');
    expect(await bellName(bell)).toBe('通知');

    // A position that does not match the search changes nothing; a matching one arrives without a reload.
    await openPosition(owner.client, { title: '儿童个案社工', primaryDomain: 'child_welfare', secondaryDomain: null });
    await openPosition(owner.client, { title: '社区长者服务社工', primaryDomain: 'elderly_care' });
    await expect.poll(() => bellName(bell)).toBe('通知，1 条未读');
    await page
      .getByTestId('notification-toast')
      .filter({ hasText: '“养老岗位提醒”有新岗位' })
      .filter({ hasText: '社区长者服务社工' })
      .waitFor();

    await bell.click();
    const drawer = page.getByRole('dialog', { name: '通知' });
    const items = drawer.getByTestId('notification');
    await items.filter({ hasText: '社区长者服务社工' }).waitFor();
    expect(await items.count()).toBe(1);
    expect(await items.filter({ hasText: '儿童个案社工' }).count()).toBe(0);
    await items.first().getByRole('button', { name: '将““养老岗位提醒”有新岗位”标为已读' }).click();
    await expect.poll(() => bellName(bell)).toBe('通知');
    await expect.poll(() => items.first().getAttribute('data-unread')).toBe('false');

    // The server drops the connection; what is published meanwhile arrives on reconnect, exactly once.
    app.server.realtime.disconnect(rooms.user(worker.user.id));
    await expect.poll(() => bell.getAttribute('data-realtime')).toBe('offline');
    await openPosition(owner.client, { title: '养老院夜间社工', primaryDomain: 'elderly_care' });
    await expect.poll(() => bell.getAttribute('data-realtime'), { timeout: 15_000 }).toBe('connected');
    await expect.poll(() => bellName(bell)).toBe('通知，1 条未读');
    await items.filter({ hasText: '养老院夜间社工' }).waitFor();
    expect(await items.count()).toBe(2);
    expect(await items.filter({ hasText: '社区长者服务社工' }).count()).toBe(1);
    await page.getByTestId('notification-toast').filter({ hasText: '养老院夜间社工' }).waitFor();

    // Mark all read from the full page; the badge follows.
    await drawer.getByRole('link', { name: '查看全部通知' }).click();
    await page.waitForURL('**/notifications');
    await page.getByRole('heading', { level: 1, name: '通知' }).waitFor();
    const listed = page.getByRole('list', { name: '通知列表' }).getByTestId('notification');
    await expect.poll(() => listed.count()).toBe(2);
    await page.getByRole('button', { name: '全部标为已读' }).click();
    await expect.poll(() => bellName(bell)).toBe('通知');
    await page.close();
  });

  it('when a worker turns off instant alerts in the preferences, then a matching position no longer notifies', async () => {
    const owner = await orgOwner(app, { bureauClient: await bureau(app) });
    const worker = await signUp(app, { role: 'worker', displayName: '林然' });
    const saved = await worker.client.post('/api/me/saved-searches', {
      name: '医务社工',
      query: { domain: ['medical'] },
      frequency: 'instant',
    });
    expect(saved.status, saved.text).toBe(201);
    const page = await browser.newPage();
    await page.addInitScript(() => window.localStorage.removeItem('shsw.lang'));
    await signIn(page, worker.login);
    await page.goto(`${app.url}/notifications#preferences`);
    const preferences = page.getByRole('region', { name: '通知设置' });
    const instant = preferences.getByRole('switch', { name: '订阅的搜索有新岗位（即时）', exact: true });
    expect(await instant.isChecked()).toBe(true);
    await instant.click();
    await preferences.getByRole('button', { name: '保存设置' }).click();
    await preferences.getByText('已保存。').waitFor();
    const stored = await worker.client.get<{ types: Record<string, boolean> }>('/api/notifications/preferences');
    expect(stored.body.types.saved_search_match).toBe(false);

    const bell = page.getByTestId('notification-bell');
    await expect.poll(() => bell.getAttribute('data-realtime')).toBe('connected');
    await openPosition(owner.client, { title: '医院社工部社工', primaryDomain: 'medical', secondaryDomain: null });
    // The alert ran (the search records when it last matched) and sent nothing.
    const lastNotified = async () =>
      (await worker.client.get<{ items: { lastNotifiedAt: string | null }[] }>('/api/me/saved-searches')).body.items[0]
        ?.lastNotifiedAt ?? null;
    await expect.poll(lastNotified).not.toBeNull();
    const list = await worker.client.get<{ items: unknown[]; unread: number }>('/api/notifications');
    expect(list.body.unread).toBe(0);
    expect(await bell.getAttribute('aria-label')).toBe('通知');
    await page.close();
  });

  it('when a worker turns on e-mail for instant alerts, then a matching position arrives by mail too, and the mail’s unsubscribe link stops it in one click', async () => {
    const owner = await orgOwner(app, { bureauClient: await bureau(app) });
    const worker = await signUp(app, { role: 'worker', displayName: '郑悦' });
    await worker.client.post('/api/me/saved-searches', {
      name: '青少年社工',
      query: { domain: ['youth_affairs'] },
      frequency: 'instant',
    });
    const page = await browser.newPage();
    await page.addInitScript(() => window.localStorage.removeItem('shsw.lang'));
    await signIn(page, worker.login);
    await page.goto(`${app.url}/notifications#preferences`);
    const preferences = page.getByRole('region', { name: '通知设置' });
    const byMail = preferences.getByRole('switch', { name: '“订阅的搜索有新岗位（即时）”的邮件提醒' });
    expect(await byMail.isChecked()).toBe(false);
    await byMail.click();
    await preferences.getByRole('button', { name: '保存设置' }).click();
    await preferences.getByText('已保存。').waitFor();

    await openPosition(owner.client, {
      title: '青少年事务社工',
      primaryDomain: 'youth_affairs',
      secondaryDomain: null,
    });
    const mail = await app.mailbox.waitFor({ to: worker.login, template: 'notification:saved_search_match' });
    expect(mail.subject).toBe('“青少年社工”有新岗位');
    expect(mail.text).toContain('青少年事务社工');

    // A fresh browser, not signed in, as a mail client would open it.
    const reader = await launchBrowser();
    try {
      const tab = await reader.newPage();
      await tab.goto(`${app.url}/unsubscribe?token=${TestMailbox.tokenIn(mail, '/unsubscribe')}`);
      await tab.getByText('您将不再收到“订阅的搜索有新岗位（即时）”的邮件。站内通知不受影响。').waitFor();
    } finally {
      await reader.close();
    }
    const stored = await worker.client.get<{ email: Record<string, boolean> }>('/api/notifications/preferences');
    expect(stored.body.email.saved_search_match).toBe(false);
    await page.close();
  });

  it('when a worker manages saved searches, then frequency changes and deletions are stored, and an eleventh search shows the server’s limit', async () => {
    const worker = await signUp(app, { role: 'worker', displayName: '吴桐' });
    for (let i = 1; i <= 10; i += 1) {
      const res = await worker.client.post('/api/me/saved-searches', {
        name: `搜索 ${i}`,
        query: i === 1 ? { domain: ['elderly_care'], district: ['310104'] } : { q: `关键词${i}` },
        frequency: 'instant',
      });
      expect(res.status, res.text).toBe(201);
    }
    const page = await browser.newPage();
    await page.addInitScript(() => window.localStorage.removeItem('shsw.lang'));
    await signIn(page, worker.login);

    await page.goto(`${app.url}/positions?domain=medical`);
    await page.getByRole('button', { name: '保存此搜索' }).click();
    const dialog = page.getByRole('dialog', { name: '保存搜索并接收提醒' });
    await dialog.getByText('您已保存 10 个搜索，最多可保存 10 个。').waitFor();
    await dialog.getByRole('button', { name: '保存', exact: true }).click();
    await dialog.getByText('最多只能保存 10 个搜索，请先删除一个不再需要的。').waitFor();
    await dialog.getByRole('button', { name: '取消' }).click();

    const nav = page.getByRole('navigation', { name: '主导航' });
    await nav.getByRole('button', { name: '求职' }).click();
    await nav.getByRole('link', { name: '我的订阅' }).click();
    await page.waitForURL('**/me/saved-searches');
    const first = page.getByTestId('saved-search').filter({ hasText: '搜索 1' }).first();
    await first.getByText('养老服务 · 徐汇区').waitFor();
    await first.getByText('每日汇总').click();
    const stored = async () =>
      (await worker.client.get<{ items: { name: string; frequency: string }[] }>('/api/me/saved-searches')).body.items;
    await expect.poll(async () => (await stored()).find((s) => s.name === '搜索 1')?.frequency).toBe('daily');

    await page.getByTestId('saved-search').filter({ hasText: '搜索 10' }).getByRole('button', { name: '删除' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '删除' }).click();
    await expect.poll(async () => (await stored()).length).toBe(9);
    await page.getByText('已保存 9 / 10 个。').waitFor();

    // The saved filters open the search page as they were saved.
    await first.getByRole('link', { name: '查看结果' }).click();
    await page.waitForURL((u) => u.pathname === '/positions' && u.searchParams.get('district') === '310104');
    await page.getByTestId('active-filters').getByRole('button', { name: '移除条件：养老服务' }).waitFor();
    await page.close();
  });
});
