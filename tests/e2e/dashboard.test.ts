import { demoAccounts } from '@shsw/server/demo/demo-accounts';
import { seedDemo } from '@shsw/server/demo/seed';
import type { Application, MyInvitation, Position } from '@shsw/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs } from '../factories/actors.js';
import { launchBrowser, type TestBrowser } from '../setup/browser.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

/*
 * Each role lands on its 工作台 after signing in, and the cards' figures are the ones the
 * queues and lists behind them hold (read here through the API as the same account).
 */

let app: TestApp;
let browser: TestBrowser;

beforeAll(async () => {
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '0' });
  await seedDemo({
    preset: 'demo',
    seed: 7,
    overrides: { organisations: 12, workers: 60, positions: 30, maxApplicants: 3 },
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function signIn(page: Page, account: { login: string; password: string }) {
  await page.context().clearCookies();
  await page.addInitScript(() => window.localStorage.removeItem('shsw.lang'));
  await page.goto(`${app.url}/sign-in`);
  await page.getByLabel('电子邮箱或手机号码').fill(account.login);
  await page.locator('input[type="password"]').fill(account.password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL('**/dashboard');
  await page.getByRole('heading', { level: 1, name: '工作台' }).waitFor();
  // The current page is marked in the navigation.
  expect(await page.locator('header').getByRole('link', { name: '工作台' }).getAttribute('aria-current')).toBe('page');
}

/** A card's figure once it has loaded. */
async function figure(page: Page, testId: string): Promise<string> {
  const value = page.getByTestId(testId);
  await value.waitFor();
  return (await value.textContent()) ?? '';
}

describe('role home pages (工作台)', () => {
  it('when the demo worker signs in, then 工作台 shows the profile’s next step, invitations, applications needing action and unread messages as the API has them', async () => {
    const api = await signInAs(app, demoAccounts.worker.login, demoAccounts.worker.password);
    const profile = (
      await api.get<{ computed: { completeness: { percent: number; missing: string[] } } }>('/api/me/profile')
    ).body.computed.completeness;
    const invitations = (await api.get<{ items: MyInvitation[] }>('/api/me/invitations?status=pending')).body.items;
    const applications = (await api.get<{ items: Application[] }>('/api/me/applications?pageSize=100')).body.items;
    const needingAction = applications.filter((a) => a.status === 'interview' || a.status === 'offered');
    const unread = (await api.get<{ unread: number }>('/api/conversations/unread')).body.unread;
    expect(invitations.length).toBeGreaterThan(0);
    expect(needingAction.length).toBeGreaterThan(0);

    const page = await browser.newPage();
    await signIn(page, demoAccounts.worker);
    expect(await figure(page, 'profile-percent')).toBe(`${profile.percent}%`);
    if (profile.missing.length > 0) {
      await page.getByTestId('profile-next').getByText('下一步：填写').waitFor();
    }
    expect(await figure(page, 'invitations-count')).toBe(String(invitations.length));
    expect(await figure(page, 'applications-count')).toBe(String(needingAction.length));
    const messages = page.getByTestId('dash-messages');
    if (unread > 0) expect(await figure(page, 'unread-count')).toBe(String(unread));
    else await messages.getByText('没有未读消息。').waitFor();

    // The invitations card leads to where they are answered.
    await page.getByTestId('dash-invitations').getByRole('link', { name: '查看并回复邀请' }).click();
    await page.waitForURL('**/me/invitations');
    await page.close();
  });

  it('when the demo organisation owner signs in, then 工作台 shows its verification and new applicants per position, and leads to the positions', async () => {
    const api = await signInAs(app, demoAccounts.owner.login, demoAccounts.owner.password);
    const positions = (await api.get<{ items: Position[] }>('/api/org/positions?pageSize=100')).body.items;
    const fresh = positions.reduce((sum, p) => sum + (p.applicantCounts?.submitted ?? 0), 0);

    const page = await browser.newPage();
    await signIn(page, demoAccounts.owner);
    await page.getByTestId('dash-verification').getByText('已认证').waitFor();
    const applicants = page.getByTestId('dash-applicants');
    if (fresh > 0) expect(await figure(page, 'applicants-count')).toBe(String(fresh));
    else await applicants.getByText('没有未查看的申请').waitFor();

    await page.getByTestId('dash-attention').getByRole('link', { name: '管理岗位' }).click();
    await page.waitForURL('**/org/positions');
    await page.close();
  });

  it('when an organisation still under review signs in, then 工作台 says the bureau is reviewing it', async () => {
    const page = await browser.newPage();
    await signIn(page, demoAccounts.pendingOwner);
    const card = page.getByTestId('dash-verification');
    await card.getByText('待审核').waitFor();
    await card.getByText('民政部门正在审核您的机构信息').waitFor();
    await page.close();
  });

  it('when the bureau signs in, then 工作台 counts each queue as the queue itself does, with its oldest item, and leads to it', async () => {
    const api = await signInAs(app, demoAccounts.bureau.login, demoAccounts.bureau.password);
    const organisations = (
      await api.get<{ total: number; items: { createdAt: string }[] }>('/api/bureau/organisations')
    ).body;
    const certificates = (await api.get<{ total: number }>('/api/bureau/certificates')).body;
    expect(organisations.total).toBeGreaterThan(0);

    const page = await browser.newPage();
    await signIn(page, demoAccounts.bureau);
    expect(await figure(page, 'organisations-count')).toBe(String(organisations.total));
    // The oldest item's day as the page writes it (browser and test share the machine's time zone).
    const since = new Date(organisations.items[0]?.createdAt ?? 0);
    const oldest = [since.getFullYear(), since.getMonth() + 1, since.getDate()]
      .map((n) => String(n).padStart(2, '0'))
      .join('-');
    expect(await page.getByTestId('organisations-oldest').textContent()).toContain(oldest);
    if (certificates.total > 0) expect(await figure(page, 'certificates-count')).toBe(String(certificates.total));
    else await page.getByTestId('dash-certificates').getByText('没有待人工核验的证书。').waitFor();
    await page.getByTestId('dash-publication').getByRole('heading', { name: '待发布的报告' }).waitFor();
    await page.getByTestId('dash-import').getByRole('heading', { name: '最近一次登记库导入' }).waitFor();
    // The admin's system card is not the bureau's.
    expect(await page.getByTestId('dash-system').count()).toBe(0);

    await page.getByTestId('dash-organisations').getByRole('link', { name: '前往机构审核' }).click();
    await page.waitForURL('**/bureau/organisations');
    await page.close();
  });

  it('when a signed-out visitor opens /dashboard, then they are asked to sign in and come back to it', async () => {
    const page = await browser.newPage();
    await page.context().clearCookies();
    await page.goto(`${app.url}/dashboard`);
    await page.waitForURL('**/sign-in?next=%2Fdashboard');
    await page.close();
  });
});
