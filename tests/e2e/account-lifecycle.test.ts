import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, bureau, orgOwner, PASSWORD, signUp } from '../factories/actors.js';
import { apply, openPosition } from '../factories/positions.js';
import { chooseOption, launchBrowser, type TestBrowser } from '../setup/browser.js';
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

async function signInAt(page: Page, path: string, login: string) {
  await page.context().clearCookies();
  await page.goto(`${app.url}${path}`);
  await page.waitForURL('**/sign-in?next=*');
  await page.getByLabel('电子邮箱或手机号码').fill(login);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL(`**${path}`);
}

async function withRecruiter(owner: Actor & { orgId: string }, displayName: string): Promise<Actor> {
  const invite = await owner.client.post<{ code: string }>(`/api/organisations/${owner.orgId}/invites`);
  return signUp(app, { role: 'org', inviteCode: invite.body.code, displayName });
}

describe('an organisation owner leaves the platform', () => {
  it('when the owner tries to delete the account, then they are sent to close the organisation, which says what happens, and then the deletion says what it did', async () => {
    const owner = await orgOwner(app, { bureauClient: await bureau(app) });
    const worker = await signUp(app);
    await apply(worker.client, (await openPosition(owner.client)).id);
    await openPosition(owner.client);

    const page = await browser.newPage();
    await signInAt(page, '/me/privacy', owner.login);
    // What goes and what stays is said before anything is deleted.
    await page.getByTestId('retained-after-deletion').getByText('统计用的事实').waitFor();
    await page.getByRole('button', { name: '注销我的账号' }).click();
    const confirm = page.getByRole('dialog', { name: '确认注销账号' });
    await confirm.getByLabel('密码').fill(PASSWORD);
    await confirm.getByRole('button', { name: '永久注销' }).click();
    await confirm.getByText('您是机构负责人：请先在“机构”页面移交或关闭机构。').waitFor();
    await confirm.getByRole('link', { name: '前往机构页面' }).click();
    await page.waitForURL('**/org');

    const ownership = page.getByRole('region', { name: '负责人与关闭机构' });
    await ownership.getByText('还没有可以接手的成员').waitFor();
    await ownership.getByRole('button', { name: '关闭机构…' }).click();
    const closing = page.getByRole('dialog');
    const consequences = closing.getByTestId('closure-consequences');
    await consequences.getByText('关闭 2 个招聘中、已暂停或草稿岗位，并从搜索中移除；').waitFor();
    await consequences.getByText('结束 1 份进行中的申请，并通知每位申请人“招聘终止”；').waitFor();
    await closing.getByLabel('您的密码').fill(PASSWORD);
    await closing.getByRole('button', { name: '永久关闭机构' }).click();
    // The account stays, without an organisation: the page offers to register one.
    await page.getByRole('form', { name: '登记机构' }).waitFor();

    await page.goto(`${app.url}/me/privacy`);
    await page.getByRole('button', { name: '注销我的账号' }).click();
    const again = page.getByRole('dialog', { name: '确认注销账号' });
    await again.getByLabel('密码').fill(PASSWORD);
    await again.getByRole('button', { name: '永久注销' }).click();
    await page.waitForURL('**/?deleted=1');
    const report = page.getByTestId('erasure-report');
    await report.getByRole('heading', { name: '注销账号做了什么' }).waitFor();
    await report.getByText(/账号: 1 条/).waitFor();
    await report.getByText(/您创建的岗位: 2 条/).waitFor();
    await page.close();

    // The applicant was told hiring ended.
    await app.server.services.events.idle();
    const told = await worker.client.get<{ items: { type: string; data: { status?: string } }[] }>(
      '/api/notifications',
    );
    expect(told.body.items.some((n) => n.type === 'application_status_changed' && n.data.status === 'ended')).toBe(
      true,
    );
  });

  it('when the owner hands the organisation to a recruiter, then the members list shows the new owner', async () => {
    const owner = await orgOwner(app, { bureauClient: await bureau(app) });
    await withRecruiter(owner, '接任的招聘专员');
    const page = await browser.newPage();
    await signInAt(page, '/org', owner.login);
    const ownership = page.getByRole('region', { name: '负责人与关闭机构' });
    await chooseOption(ownership.getByRole('combobox', { name: '选择新的负责人' }), '接任的招聘专员');
    await ownership.getByRole('button', { name: '移交', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: '移交' }).click();
    await page.getByText('已移交给 接任的招聘专员。').waitFor();
    // Now a recruiter: the owner's parts are gone, and the list names the new owner.
    await ownership.waitFor({ state: 'detached' });
    const members = page.getByRole('region', { name: '机构成员' });
    await members.getByRole('row').filter({ hasText: '接任的招聘专员' }).getByText('负责人').waitFor();
    await page.close();
  });
});
