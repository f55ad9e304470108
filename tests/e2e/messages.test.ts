import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bureau, orgOwner, PASSWORD, signUp } from '../factories/actors.js';
import { openPosition } from '../factories/positions.js';
import { launchBrowser, type TestBrowser } from '../setup/browser.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

let app: TestApp;
let orgBrowser: TestBrowser;
let workerBrowser: TestBrowser;

beforeAll(async () => {
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '0' });
  orgBrowser = await launchBrowser();
  workerBrowser = await launchBrowser();
});

afterAll(async () => {
  await workerBrowser?.close();
  await orgBrowser?.close();
  await app?.close();
});

async function signInTo(page: Page, next: string, login: string) {
  await page.goto(`${app.url}/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('电子邮箱或手机号码').fill(login);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL(`**${next}`);
}

describe('conversations in the browser', () => {
  it('when a worker asks on a position page, then the member’s badge rises live, the answer reaches the worker live, and the member sees 已读', async () => {
    const owner = await orgOwner(app, { bureauClient: await bureau(app) });
    const position = await openPosition(owner.client, { title: '社区长者服务社工' });
    const worker = await signUp(app, { role: 'worker', displayName: '陈静' });

    const member = await orgBrowser.newPage();
    await signInTo(member, '/messages', owner.login);
    const badge = member.getByTestId('messages-badge');
    await expect.poll(() => badge.getAttribute('data-realtime')).toBe('connected');
    expect(await badge.getAttribute('data-unread')).toBe('0');

    const seeker = await workerBrowser.newPage();
    await signInTo(seeker, `/positions/${position.id}`, worker.login);
    await seeker.getByTestId('ask-organisation').click();
    const dialog = seeker.getByRole('dialog', { name: '向机构提问' });
    await dialog.getByTestId('message-input').fill('请问需要值夜班吗？<b>加粗</b> 详见 https://example.org/faq');
    await dialog.getByTestId('message-send').click();
    await seeker.waitForURL(/\/messages\/[0-9a-f]{24}$/);
    await seeker.getByTestId('message').filter({ hasText: '请问需要值夜班吗' }).waitFor();
    const seekerBadge = seeker.getByTestId('messages-badge');
    await expect.poll(() => seekerBadge.getAttribute('data-realtime')).toBe('connected');

    // The member's badge counts it without a reload, and the list shows the thread.
    await expect.poll(() => badge.getAttribute('data-unread')).toBe('1');
    await member.getByTestId('thread-item').filter({ hasText: '社区长者服务社工' }).click();
    const question = member.getByTestId('message').filter({ hasText: '请问需要值夜班吗' });
    await question.waitFor();
    // Shown as text: no markup from the message, and the address only as a safe link.
    expect(await question.locator('b').count()).toBe(0);
    await question.getByText('<b>加粗</b>', { exact: false }).waitFor();
    const link = question.getByRole('link', { name: 'https://example.org/faq' });
    expect(await link.getAttribute('rel')).toContain('noopener');
    await expect.poll(() => badge.getAttribute('data-unread')).toBe('0');

    await member.getByTestId('message-input').fill('不需要值夜班，欢迎投递。');
    await member.getByTestId('message-send').click();
    await member.getByTestId('message').filter({ hasText: '不需要值夜班' }).waitFor();

    // The worker, with the thread open, sees the answer arrive and reads it; the member sees 已读.
    await seeker.getByTestId('message').filter({ hasText: '不需要值夜班' }).waitFor();
    await member.getByTestId('read-receipt').filter({ hasText: '已读' }).waitFor();
    await expect.poll(() => seekerBadge.getAttribute('data-unread')).toBe('0');
  });

  it('when the worker’s screen is 375 px wide, then messages, a thread, invitations and bookmarks fit without sideways scrolling', async () => {
    const owner = await orgOwner(app, { bureauClient: await bureau(app) });
    const position = await openPosition(owner.client, { title: '青少年事务社工' });
    const worker = await signUp(app, { role: 'worker', displayName: '赵琳' });
    const started = await worker.client.post<{ conversation: { id: string } }>('/api/conversations', {
      positionId: position.id,
      text: '请问这个岗位需要经常去学校驻点吗？请问这个岗位需要经常去学校驻点吗？https://example.org/a/very/long/address/that/should/wrap/somewhere',
    });
    expect(started.status, started.text).toBe(201);
    expect((await worker.client.put(`/api/me/bookmarks/${position.id}`)).status).toBeLessThan(300);

    // The browser still holds the first test's worker: this worker signs in afresh.
    await workerBrowser.context.clearCookies();
    const phone = await workerBrowser.newPage({ mobile: true });
    await signInTo(phone, '/messages', worker.login);
    const sideways = () => phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await phone.getByTestId('thread-item').filter({ hasText: '青少年事务社工' }).waitFor();
    expect(await sideways()).toBeLessThanOrEqual(0);
    await phone.getByTestId('thread-item').filter({ hasText: '青少年事务社工' }).click();
    await phone.getByTestId('message').filter({ hasText: '学校驻点' }).waitFor();
    expect(await sideways()).toBeLessThanOrEqual(0);
    await phone.goto(`${app.url}/me/invitations`);
    await phone.getByRole('heading', { level: 1 }).waitFor();
    expect(await sideways()).toBeLessThanOrEqual(0);
    await phone.goto(`${app.url}/me/bookmarks`);
    await phone.getByText('青少年事务社工').first().waitFor();
    expect(await sideways()).toBeLessThanOrEqual(0);
    await phone.close();
  });
});
