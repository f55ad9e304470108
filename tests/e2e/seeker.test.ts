import type { Application } from '@shsw/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bureau, orgOwner, PASSWORD, signUp } from '../factories/actors.js';
import { apply, openPosition } from '../factories/positions.js';
import { makeReady } from '../factories/profiles.js';
import { launchBrowser, type TestBrowser } from '../setup/browser.js';
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
  await page.context().clearCookies();
  await page.goto(`${app.url}/sign-in`);
  await page.getByLabel('电子邮箱或手机号码').fill(login);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL('**/dashboard');
}

const BOARD_EMPTY = '还没有人申请这个岗位。岗位发布后，申请会出现在这里。';

describe('what a job seeker sees move, without reloading', () => {
  it('when a worker applies, then the organisation’s open board shows the applicant; when a colleague moves it, then the worker’s open list, its timeline and the board show the new stage', async () => {
    const owner = await orgOwner(app, { bureauClient: await bureau(app) });
    const invite = await owner.client.post<{ code: string }>(`/api/organisations/${owner.orgId}/invites`);
    const recruiter = await signUp(app, { role: 'org', inviteCode: invite.body.code });
    const worker = await signUp(app, { role: 'worker', displayName: '林晓' });
    await makeReady(worker.client); // the record applying needs; the 完善档案 step has its own test
    const position = await openPosition(owner.client, { title: '社区长者个案社工' });

    const employer = await employerBrowser.newPage();
    await signIn(employer, owner.login);
    await employer.goto(`${app.url}/org/positions/${position.id}/pipeline`);
    await employer.getByText(BOARD_EMPTY).waitFor();

    // The worker applies in the browser; the board, open all along, shows the applicant.
    const seeker = await workerBrowser.newPage();
    await signIn(seeker, worker.login);
    await seeker.goto(`${app.url}/positions/${position.id}`);
    const applyPanel = seeker.getByTestId('apply-panel');
    await applyPanel.getByLabel(/给用人机构的话/).fill('我做过两年社区长者服务。');
    await applyPanel.getByRole('button', { name: '提交申请' }).click();
    await applyPanel.getByTestId('applied-state').getByText('已投递').waitFor();
    await employer.getByTestId('column-submitted').getByTestId('applicant-card').waitFor();

    // The worker watches the list; a colleague of the owner moves the application elsewhere.
    await seeker.goto(`${app.url}/me/applications`);
    const mine = seeker.getByRole('listitem').filter({ hasText: '社区长者个案社工' });
    await mine.getByTestId('application-status').getByText('已投递').waitFor();
    const [application] = (await worker.client.get<{ items: Application[] }>('/api/me/applications')).body.items;
    const moved = await recruiter.client.post(`/api/applications/${application?.id}/status`, { to: 'shortlisted' });
    expect(moved.status, moved.text).toBe(200);

    await mine.getByTestId('application-status').getByText('初筛通过').waitFor();
    await mine.getByText(/申请进度（2）/).click();
    await mine.getByText('初筛通过').nth(1).waitFor();
    // The owner never got a notification for a colleague's move, yet the open board follows it.
    await employer.getByTestId('column-shortlisted').getByTestId('applicant-card').waitFor();
    expect(await employer.getByTestId('column-submitted').getByTestId('applicant-card').count()).toBe(0);
    await seeker.close();
    await employer.close();
  });
});

describe('bookmarks and marks', () => {
  it('when a worker bookmarks a position from the search, then it is on /me/bookmarks, and a position applied to is marked 已申请', async () => {
    const owner = await orgOwner(app, { bureauClient: await bureau(app) });
    const worker = await signUp(app, { role: 'worker' });
    await openPosition(owner.client, { title: '青少年事务社工（收藏）' });
    const applied = await openPosition(owner.client, { title: '青少年事务社工（已申请）' });
    await apply(worker.client, applied.id);
    await app.server.services.events.idle();
    await app.server.services.searchSync.drain();

    const page = await workerBrowser.newPage();
    await signIn(page, worker.login);
    await page.goto(`${app.url}/positions?q=${encodeURIComponent('青少年事务社工')}`);
    const keptHit = page.getByTestId('position-hit').filter({ hasText: '青少年事务社工（收藏）' });
    const appliedHit = page.getByTestId('position-hit').filter({ hasText: '青少年事务社工（已申请）' });
    await appliedHit.getByTestId('mark-applied').getByText('已申请').waitFor();
    expect(await keptHit.getByTestId('mark-applied').count()).toBe(0);

    await keptHit.getByRole('button', { name: '收藏' }).click();
    await keptHit.getByRole('button', { name: '已收藏' }).waitFor();

    await page.goto(`${app.url}/me/bookmarks`);
    const card = page.getByTestId('position-card').filter({ hasText: '青少年事务社工（收藏）' });
    await card.waitFor();
    // The organisation's name leads to its public page.
    const mineOrg = await owner.client.get<{ organisation: { name: string } }>('/api/organisations/mine');
    await card.getByRole('link', { name: mineOrg.body.organisation.name }).click();
    await page.waitForURL(`**/organisations/${owner.orgId}`);
    await page.getByText('2 个在招岗位').first().waitFor();
    await page.close();
  });
});
