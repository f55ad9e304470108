import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgOwner, PASSWORD, signUp } from '../factories/actors.js';
import { openPosition } from '../factories/positions.js';
import { makeReady } from '../factories/profiles.js';
import { chooseOption, launchBrowser, type TestBrowser } from '../setup/browser.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

let app: TestApp;
let employerBrowser: TestBrowser;
let workerBrowser: TestBrowser;

beforeAll(async () => {
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '0' });
  employerBrowser = await launchBrowser();
  workerBrowser = await launchBrowser();
});

afterAll(async () => {
  await workerBrowser?.close();
  await employerBrowser?.close();
  await app?.close();
});

async function signIn(page: Page, login: string) {
  await page.goto(`${app.url}/sign-in`);
  await page.getByLabel('电子邮箱或手机号码').fill(login);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

describe('invitations to apply', () => {
  it('when a recruiter invites from talent search, then the worker’s count rises live, the acceptance reaches the open board live, and they talk with 已读 on both sides', async () => {
    const owner = await orgOwner(app);
    const position = await openPosition(owner.client, { title: '园艺治疗小组社工' });
    const worker = await signUp(app, { role: 'worker', displayName: '吴倩' });
    const profile = await worker.client.patch('/api/me/profile', {
      personal: { name: '吴倩', birthYear: 1993, districtCode: '310104', mobile: '13700004321' },
      serviceDomains: ['elderly_care'],
      skills: ['园艺治疗'],
      openToWork: true,
      visibility: 'verified_orgs',
    });
    expect(profile.status, profile.text).toBe(200);
    await makeReady(worker.client); // accepting applies, which needs an education entry too
    await app.server.services.events.idle();
    await app.server.services.searchSync.drain();

    // The worker is signed in with their invitations open before anything is sent.
    const page = await workerBrowser.newPage();
    await signIn(page, worker.login);
    const nav = page.getByRole('navigation', { name: '主导航' });
    await nav.getByRole('button', { name: '求职' }).click();
    await nav.getByRole('link', { name: '我的邀请' }).click();
    await page.waitForURL('**/me/invitations');
    const bell = page.getByTestId('notification-bell');
    await expect.poll(() => bell.getAttribute('data-realtime')).toBe('connected');
    expect(await bell.getAttribute('aria-label')).toBe('通知');

    // The recruiter finds the worker in talent search and invites them from the card.
    const employer = await employerBrowser.newPage();
    await signIn(employer, owner.login);
    await employer.goto(`${app.url}/talent`);
    await employer.getByRole('searchbox', { name: '人才关键词' }).fill('园艺治疗');
    await employer.getByRole('button', { name: '搜索', exact: true }).click();
    const hit = employer.getByTestId('talent-hit').filter({ hasText: '吴*' });
    await hit.waitFor();
    await hit.getByRole('button', { name: '邀请投递' }).click();
    const dialog = employer.getByRole('dialog');
    await chooseOption(dialog.getByTestId('invite-position'), '园艺治疗小组社工');
    await dialog.getByTestId('invite-message').fill('我们正在组建园艺治疗小组，欢迎投递');
    await employer.locator('#invite-send').click();
    await employer.getByText('邀请已发送。').waitFor();

    // Without a reload, the worker's header count rises and the invitation appears, with the message.
    await expect.poll(() => bell.getAttribute('aria-label')).toBe('通知，1 条未读');
    const card = page.getByTestId('my-invitation').filter({ hasText: '园艺治疗小组社工' });
    await card.getByText('我们正在组建园艺治疗小组，欢迎投递').waitFor();

    // In the search the position is marked 已受邀 for this worker.
    const search = await workerBrowser.newPage();
    await search.goto(`${app.url}/positions?q=${encodeURIComponent('园艺治疗小组社工')}`);
    await search
      .getByTestId('position-hit')
      .filter({ hasText: '园艺治疗小组社工' })
      .getByTestId('mark-invited')
      .waitFor();
    await search.close();

    // The recruiter has the position's board open; the worker accepts; the applicant appears live.
    await employer.goto(`${app.url}/org/positions/${position.id}/pipeline`);
    const submitted = employer.getByTestId('column-submitted').getByTestId('applicant-card');
    await employer.getByText('还没有人申请这个岗位。', { exact: false }).waitFor();
    await card.getByTestId('accept-invitation').click();
    await page.getByRole('button', { name: '确定' }).click();
    await page.getByText('已接受，申请已投递。').waitFor();
    await card.getByText('已接受').first().waitFor();
    await submitted.first().waitFor();
    expect(await submitted.count()).toBe(1);

    // The invitation opened a thread: they exchange messages and each sees 已读.
    await page.goto(`${app.url}/messages`);
    await page.getByTestId('thread-item').filter({ hasText: '园艺治疗小组社工' }).click();
    await page.getByTestId('message-input').fill('谢谢邀请，请问小组每周几次活动？');
    await page.getByTestId('message-send').click();
    await page.getByTestId('message').filter({ hasText: '每周几次活动' }).waitFor();
    await employer.goto(`${app.url}/messages`);
    await employer.getByTestId('thread-item').filter({ hasText: '园艺治疗小组社工' }).click();
    await employer.getByTestId('message').filter({ hasText: '每周几次活动' }).waitFor();
    await page.getByTestId('read-receipt').filter({ hasText: '已读' }).waitFor();
    await employer.getByTestId('message-input').fill('每周两次，周二和周四下午。');
    await employer.getByTestId('message-send').click();
    await page.getByTestId('message').filter({ hasText: '每周两次' }).waitFor();
    await employer.getByTestId('read-receipt').filter({ hasText: '已读' }).waitFor();

    // The recruiter's list of sent invitations says it was accepted.
    const invitations = await employer.goto(`${app.url}/org/invitations`);
    expect(invitations?.status()).toBe(200);
    await employer.getByTestId('sent-invitations').getByText('已接受').waitFor();
  });
});
