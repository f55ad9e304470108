import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bureau, orgOwner, PASSWORD, signUp } from '../factories/actors.js';
import { draftPosition, guidanceBody, openPosition } from '../factories/positions.js';
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
  await page.getByLabel('电子邮箱或手机号码').fill(login);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
}

/** The board column a card sits in, read from the page. */
function column(page: Page, stage: string): Locator {
  return page.getByTestId(`column-${stage}`);
}

describe('hiring through the platform', () => {
  it('when an organisation publishes a position and moves an application to an offer, then the worker accepts and sees 已录用 after the hire', async () => {
    const year = new Date().getFullYear();
    const desk = await bureau(app);
    const guidance = await desk.put(`/api/salary-guidance/${year}`, guidanceBody);
    expect(guidance.status).toBe(200);
    const owner = await orgOwner(app, { bureauClient: desk });
    const worker = await signUp(app, { role: 'worker', displayName: '孙悦' });
    const profile = await worker.client.patch('/api/me/profile', {
      personal: { name: '孙悦', birthYear: 1995, districtCode: '310104', mobile: '13700001234' },
    });
    expect(profile.status).toBe(200);
    await makeReady(worker.client); // education and a domain: what applying needs besides

    // The organisation drafts and publishes through the editor; the guard sends it to sign in first.
    const employer = await employerBrowser.newPage();
    await employer.goto(`${app.url}/org/positions/new`);
    await employer.waitForURL('**/sign-in?next=*');
    await signIn(employer, owner.login);
    await employer.waitForURL('**/org/positions/new');
    const form = employer.getByRole('form', { name: '岗位信息' });
    await form.getByLabel('岗位名称').fill('社区养老个案社工');
    await chooseOption(form.getByLabel('主要服务领域'), '养老服务');
    await form.getByLabel('月薪下限').fill('6500');
    await form.getByLabel('月薪上限').fill('9000');
    await chooseOption(form.getByLabel('最低证书要求'), '助理社会工作师');

    // The guidance panel reads the range live: the 2026 assistant row starts at 7,000, so part is below.
    const panel = employer.getByTestId('guidance-panel');
    await panel.getByTestId('guidance-low').getByText('7,000 元/月').waitFor();
    await panel.getByText('薪资下限低于指导价下限').waitFor();
    await form.getByLabel('月薪下限').fill('7500');
    await panel.getByText('薪资下限低于指导价下限').waitFor({ state: 'detached' });
    await form.getByLabel('月薪下限').fill('6500');
    await panel.getByText('薪资下限低于指导价下限').waitFor();

    await form
      .getByLabel('描述内容')
      .fill('负责社区长者的个案服务。\n\n- 需求评估\n- 个案管理\n\n<script>alert(1)</script>');
    const preview = form.getByRole('region', { name: '求职者看到的效果' });
    await preview.getByRole('listitem').filter({ hasText: '需求评估' }).waitFor();
    expect(await preview.locator('script').count()).toBe(0);

    await form.getByRole('button', { name: '保存并发布' }).click();
    const confirm = employer.getByRole('dialog').filter({ hasText: '薪资低于薪酬指导价下限' });
    await confirm
      .getByTestId('below-guidance-dialog')
      .getByText(/下限 7,000/)
      .waitFor();
    await confirm.getByRole('button', { name: '仍然发布' }).click();
    await employer.waitForURL(/\/org\/positions\/[0-9a-f]{24}\/edit$/);
    await employer.getByText('岗位已发布，求职者现在可以看到并申请。').waitFor();
    await employer.getByTestId('position-status').getByText('招聘中').waitFor();
    const positionId = /positions\/([0-9a-f]{24})\/edit/.exec(employer.url())?.[1] ?? '';

    // The worker finds the public page signed out, signs in from it, comes back and applies.
    const seeker = await workerBrowser.newPage();
    await seeker.goto(`${app.url}/positions/${positionId}`);
    await seeker.getByRole('heading', { level: 1, name: '社区养老个案社工' }).waitFor();
    await seeker.getByTestId('org-badges').getByText('已认证机构').waitFor();
    await seeker.getByTestId('salary-flag').first().getByText('部分低于指导价下限').waitFor();
    await seeker.getByRole('link', { name: '登录后申请' }).click();
    await seeker.waitForURL('**/sign-in?next=*');
    await signIn(seeker, worker.login);
    await seeker.waitForURL(`**/positions/${positionId}`);
    const applyPanel = seeker.getByTestId('apply-panel');
    await applyPanel.getByLabel(/给用人机构的话/).fill('我有三年社区养老服务经验。');
    await applyPanel.getByRole('button', { name: '提交申请' }).click();
    await applyPanel.getByTestId('applied-state').getByText('已投递').waitFor();

    // The board: opening the application changes nothing; the recruiter marks it viewed; a button, a drag and the menu move it on.
    await employer.goto(`${app.url}/org/positions/${positionId}/pipeline`);
    const card = employer.getByTestId('applicant-card');
    await column(employer, 'submitted').getByTestId('applicant-card').waitFor();
    await card.getByRole('button', { name: '孙*', exact: true }).click();
    const drawer = employer.getByRole('dialog').filter({ hasText: '申请人的留言' });
    await drawer.getByText('我有三年社区养老服务经验。').first().waitFor();
    await drawer.getByRole('button', { name: '查看联系方式' }).click();
    await drawer.getByText('13700001234').waitFor();
    await drawer.getByRole('textbox', { name: '备注内容' }).fill('经验匹配，建议面试');
    await drawer.getByRole('button', { name: '添加备注' }).click();
    await drawer.getByText('经验匹配，建议面试').waitFor();
    // Still 已投递 after reading it all: the applicant is told only when the recruiter says so.
    await drawer.getByText('已投递').first().waitFor();
    await drawer.getByRole('button', { name: '标为已查看' }).click();
    await drawer.getByText('已查看').first().waitFor();
    await drawer
      .getByRole('button', { name: 'Close' })
      .or(drawer.getByRole('button', { name: '关闭' }))
      .click();
    await column(employer, 'viewed').getByTestId('applicant-card').waitFor();

    await card.getByRole('button', { name: '初筛通过' }).click();
    await column(employer, 'shortlisted').getByTestId('applicant-card').waitFor();
    await expect.poll(() => employer.getByTestId('board-announcer').textContent()).toContain('初筛通过');

    await card.dragTo(column(employer, 'interview'));
    const interview = employer.getByRole('dialog').filter({ hasText: '安排面试' });
    // The dialog opens on its first required field, the date, which says what to pick.
    const when = interview.getByLabel('面试时间');
    await expect.poll(() => when.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await when.getAttribute('placeholder')).toBe('选择面试日期和时间，如 2026-01-05 14:30');
    await interview.getByLabel('面试时间').fill(`${year + 1}-01-05 14:30`);
    await interview.getByLabel('面试时间').press('Enter');
    await interview.getByLabel('面试地点').fill('徐汇区漕溪北路 100 号 3 楼');
    await interview.getByRole('button', { name: '安排面试' }).click();
    await column(employer, 'interview').getByTestId('applicant-card').waitFor();
    await interview.waitFor({ state: 'hidden' });

    // From the keyboard: the "move to" list opens on Enter with focus on its first step.
    await card.getByRole('button', { name: '移至…（孙*）' }).focus();
    await employer.keyboard.press('Enter');
    await expect.poll(() => employer.evaluate(() => document.activeElement?.textContent ?? '')).toBe('发录用通知');
    await employer.keyboard.press('Enter');
    const offer = employer.getByRole('dialog').filter({ hasText: '发出录用通知' });
    await offer.getByLabel(/留言/).fill('欢迎加入，请在一周内答复。');
    await offer.getByRole('button', { name: '发录用通知' }).click();
    await column(employer, 'offered').getByTestId('applicant-card').waitFor();

    // The worker sees the interview and the offer in the timeline, and accepts.
    await seeker.goto(`${app.url}/me/applications`);
    const mine = seeker.getByRole('listitem').filter({ hasText: '社区养老个案社工' });
    await mine.getByTestId('application-status').getByText('已发录用通知').waitFor();
    await mine
      .getByText(/面试：.*徐汇区漕溪北路 100 号 3 楼/)
      .first()
      .waitFor();
    await mine.getByText('欢迎加入，请在一周内答复。').waitFor();
    await mine.getByRole('button', { name: '接受录用' }).click();
    await seeker.getByRole('dialog').getByRole('button', { name: '接受录用' }).click();
    await mine.getByTestId('application-status').getByText('已接受').waitFor();

    // The organisation confirms the hire.
    await employer.reload();
    await column(employer, 'accepted').getByTestId('applicant-card').waitFor();
    await card.getByRole('button', { name: '确认录用' }).click();
    await employer.getByRole('dialog').getByRole('button', { name: '确认录用' }).click();
    await column(employer, 'hired').getByTestId('applicant-card').waitFor();

    await seeker.reload();
    await mine.getByTestId('application-status').getByText('已录用').waitFor();
    await mine.getByText('已录用，这段工作已记入您的服务履历。').waitFor();
    await seeker.close();
    await employer.close();
  });
  it('when an organisation deletes a draft it never published, then it is gone from its list; a published one offers no delete', async () => {
    const owner = await orgOwner(app);
    const draft = await draftPosition(owner.client, { title: '写错的草稿岗位' });
    const page = await employerBrowser.newPage();
    await page.context().clearCookies();
    await page.goto(`${app.url}/sign-in`);
    await signIn(page, owner.login);
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await page.goto(`${app.url}/org/positions/${draft.id}/edit`);
    await page.getByTestId('delete-draft').click();
    const confirm = page.getByRole('dialog').filter({ hasText: '删除草稿“写错的草稿岗位”？' });
    await confirm.getByRole('button', { name: '删除草稿' }).click();
    await page.waitForURL('**/org/positions');
    await page.getByText('已删除草稿“写错的草稿岗位”。').waitFor();
    expect((await owner.client.get(`/api/positions/${draft.id}`)).status).toBe(404);

    const published = await draftPosition(owner.client, { title: '已发布过的岗位' });
    await owner.client.post(`/api/positions/${published.id}/status`, { to: 'open' });
    await page.goto(`${app.url}/org/positions/${published.id}/edit`);
    await page.getByTestId('position-status').getByText('招聘中').waitFor();
    expect(await page.getByTestId('delete-draft').count()).toBe(0);
    await page.close();
  });

  it('when an organisation lists its positions at 1366 px, then deadlines stay on one line and each row keeps two buttons in view, the rest under 更多', async () => {
    const owner = await orgOwner(app);
    const open = await openPosition(owner.client, { title: '长者照护项目主管（浦东新区周浦镇综合为老服务中心）' });
    await draftPosition(owner.client, { title: '社区矫正社工' });
    const page = await employerBrowser.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.context().clearCookies();
    await page.goto(`${app.url}/sign-in`);
    await signIn(page, owner.login);
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await page.goto(`${app.url}/org/positions`);
    const row = page.getByRole('row').filter({ hasText: open.title });
    const deadline = row.getByTestId('position-deadline');
    await deadline.getByText(open.deadline ?? '').waitFor();
    // One line box: a wrapped date would have two.
    expect(await deadline.evaluate((el) => el.getClientRects().length)).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(
      await page.evaluate(() => {
        const scroller = document.querySelector('.ant-table-content');
        return scroller ? scroller.scrollWidth - scroller.clientWidth : 0;
      }),
    ).toBeLessThanOrEqual(0);

    // In view: 查看申请, 修改 and 更多; the other moves are labelled items of the 更多 menu.
    const buttons = async (r: Locator) => (await r.locator('a.ant-btn, button').allTextContents()).map((x) => x.trim());
    expect(await buttons(row)).toEqual(['查看申请', '修改', '更多']);
    await row.getByRole('button', { name: `更多操作：${open.title}` }).click();
    const menu = page.getByRole('menu');
    expect(await menu.getByRole('menuitem').allTextContents()).toEqual([
      '匹配人才',
      '暂停招聘',
      '标记为已招满',
      '关闭岗位',
    ]);
    await menu.getByRole('menuitem', { name: '暂停招聘' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '暂停招聘' }).click();
    await row.getByText('已暂停').waitFor();

    // A draft: 修改 and 发布 in view.
    const draftRow = page.getByRole('row').filter({ hasText: '社区矫正社工' });
    expect(await buttons(draftRow)).toEqual(['修改', '发布', '更多']);
    await page.close();
  });
});
