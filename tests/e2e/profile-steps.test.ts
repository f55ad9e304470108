import type { Application, OwnProfile } from '@shsw/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bureau, orgOwner, PASSWORD, signUp } from '../factories/actors.js';
import { openPosition } from '../factories/positions.js';
import { chooseOption, launchBrowser, type TestBrowser } from '../setup/browser.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

let app: TestApp;
let browser: TestBrowser;
let owner: Awaited<ReturnType<typeof orgOwner>>;

beforeAll(async () => {
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '0' });
  browser = await launchBrowser();
  owner = await orgOwner(app, { bureauClient: await bureau(app) });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** Signs in on a fresh session in Chinese, then switches the page to the language asked for. */
async function signedIn(login: string, lang: 'zh-CN' | 'en', opts: { mobile?: boolean } = {}): Promise<Page> {
  const page = await browser.newPage(opts);
  await page.context().clearCookies();
  await page.addInitScript(() => window.localStorage.removeItem('shsw.lang'));
  await page.goto(`${app.url}/sign-in`);
  await page.getByLabel('电子邮箱或手机号码').fill(login);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  if (lang === 'en') await page.addInitScript(() => window.localStorage.setItem('shsw.lang', 'en'));
  return page;
}

const applicants = async (positionId: string) =>
  (await owner.client.get<{ items: Application[] }>(`/api/positions/${positionId}/applications`)).body.items;

describe('applying with a usable record', () => {
  it('when a fresh worker applies, then the 完善档案 step asks only what is missing, saves it and applies in one flow; the overview then shows each section, and each opens and saves', async () => {
    const worker = await signUp(app, { role: 'worker', displayName: '周晓岚' });
    const position = await openPosition(owner.client, { title: '社区长者个案社工（档案测试）' });
    const page = await signedIn(worker.login, 'zh-CN');

    await page.goto(`${app.url}/positions/${position.id}`);
    const panel = page.getByTestId('apply-panel');
    await panel.getByTestId('apply-needs').getByText('申请前需补充：手机、所在区、学历、服务领域').waitFor();
    await panel.getByLabel(/给用人机构的话/).fill('我在社区做过两年长者服务。');
    await panel.getByRole('button', { name: '完善档案并申请' }).click();

    const step = page.getByRole('dialog', { name: '完善档案' });
    await step.getByLabel('手机号码').fill('13812345678');
    await chooseOption(step.getByLabel('所在区'), '黄浦区');
    await step.getByLabel('出生年份').fill('1996');
    await chooseOption(step.getByRole('combobox', { name: '学历' }), '本科');
    await step.getByLabel('学校').fill('华东理工大学');
    await step.getByRole('textbox', { name: '专业' }).fill('社会工作');
    await step.getByRole('radio', { name: '社会工作专业' }).check();
    await step.getByLabel('毕业年份').fill('2018');
    // Nothing about the certificate, the history or the wishes: only what applying needs.
    expect(await step.getByLabel('证书等级').count()).toBe(0);
    await step.getByRole('button', { name: '保存并申请' }).click();
    // The domain was left out: the shared schema says so on its field, and nothing is applied yet.
    await step.getByText('请至少选择一项。').waitFor();
    expect(await applicants(position.id)).toEqual([]);
    await chooseOption(step.getByLabel('服务领域'), '养老服务');
    await step.getByRole('button', { name: '保存并申请' }).click();

    await panel.getByTestId('applied-state').getByText('已投递').waitFor();
    await step.waitFor({ state: 'hidden' });
    const [application] = await applicants(position.id);
    expect(application?.note).toBe('我在社区做过两年长者服务。');
    expect(application?.applicant).toMatchObject({
      districtCode: '310101',
      maskedMobile: expect.stringMatching(/^138/),
    });

    // The overview: completeness, nothing missing for applying, one row per section.
    await page.goto(`${app.url}/me/profile`);
    await page
      .getByTestId('apply-readiness')
      .getByText(/档案已满足申请岗位的基本要求/)
      .waitFor();
    expect(
      Number((await page.getByTestId('completeness-percent').first().textContent())?.replace('%', '')),
    ).toBeGreaterThan(0);
    await page.getByTestId('section-row-personal').getByText('已填写').waitFor();
    await page.getByTestId('section-row-education').getByText('已填 1 条').waitFor();
    await page.getByTestId('section-row-certificates').getByText('待填写').waitFor();

    // Every section opens as a step of its own and saves; 下一步 walks to the next one.
    await page.getByRole('link', { name: '编辑“基本信息”' }).click();
    await page.waitForURL('**/me/profile/personal');
    const forms = [
      '基本信息',
      '学历',
      '职业资格证书',
      '服务经历',
      '专长与技能',
      '社会工作培训',
      '继续教育',
      '求职意向',
      '公开范围',
    ];
    for (const [index, title] of forms.entries()) {
      const section = page.getByRole('region', { name: title });
      await section.getByRole('button', { name: '保存此部分' }).click();
      await section.getByText('已保存。').waitFor();
      const next = forms[index + 1] ?? '居民身份证号码';
      await page.getByRole('link', { name: new RegExp(`^下一步：${next}`) }).click();
    }
    await page.getByRole('region', { name: '居民身份证号码' }).waitFor();
    await page.getByRole('link', { name: '完成，返回概览' }).click();
    await page.waitForURL('**/me/profile');
    // The certificates saved empty still count as missing; the wishes, saved, no longer block.
    await page.getByTestId('section-row-certificates').getByText('待填写').waitFor();
    // A notification's link to a part of the old long page opens that step.
    await page.goto(`${app.url}/me/profile#continuing-education`);
    await page.waitForURL('**/me/profile/continuing-education');
    await page.getByRole('region', { name: '继续教育' }).waitFor();
    await page.close();
  });

  it('when applying fails after the record was saved (en, 375 px), then the step says so, the record stays saved, and applying later works without the step', async () => {
    const worker = await signUp(app, { role: 'worker', displayName: 'Lin Xiao' });
    const position = await openPosition(owner.client, { title: '青少年事务社工（档案测试）' });
    const page = await signedIn(worker.login, 'en', { mobile: true });

    await page.goto(`${app.url}/positions/${position.id}`);
    const panel = page.getByTestId('apply-panel');
    await panel
      .getByTestId('apply-needs')
      .getByText('Before applying, add: mobile, district, education, service domain')
      .waitFor();
    // The organisation pauses the position while the worker fills the step.
    await panel.getByRole('button', { name: 'Complete record and apply' }).click();
    const paused = await owner.client.post(`/api/positions/${position.id}/status`, { to: 'paused' });
    expect(paused.status).toBe(200);

    const step = page.getByRole('dialog', { name: 'Complete your record' });
    await step.getByLabel('Mobile number').fill('13912345678');
    await chooseOption(step.getByLabel('District'), 'Huangpu');
    await step.getByLabel('Year of birth').fill('1998');
    await chooseOption(step.getByRole('combobox', { name: 'Level' }), "Bachelor's");
    await step.getByLabel('School').fill('East China University of Science and Technology');
    await step.getByRole('textbox', { name: 'Major' }).fill('Social work');
    await step.getByRole('radio', { name: 'Social work' }).check();
    await step.getByLabel('Graduation year').fill('2020');
    await chooseOption(step.getByLabel('Service domains'), 'Youth affairs');
    await step.getByRole('button', { name: 'Save and apply' }).click();
    await step.getByText(/^Your record was saved, but the application was not sent:/).waitFor();
    const saved = await worker.client.get<OwnProfile>('/api/me/profile');
    expect(saved.body.personal).toMatchObject({ mobile: '13912345678', districtCode: '310101' });
    expect(await applicants(position.id)).toEqual([]);

    // Open again: the record is ready now, so applying is one click.
    expect((await owner.client.post(`/api/positions/${position.id}/status`, { to: 'open' })).status).toBe(200);
    await page.reload();
    await panel.getByRole('button', { name: 'Apply', exact: true }).click();
    await panel.getByTestId('applied-state').getByText('Submitted').waitFor();
    expect(await panel.getByTestId('apply-needs').count()).toBe(0);
    expect(await applicants(position.id)).toHaveLength(1);

    // On a phone the steps run along the top, the form below them.
    await page.goto(`${app.url}/me/profile`);
    await page
      .getByTestId('apply-readiness')
      .getByText(/Your record has what applying needs/)
      .waitFor();
    await page.getByRole('link', { name: 'Edit “Job wishes”' }).click();
    const steps = page.getByRole('navigation', { name: 'Steps of your record' });
    const wishes = page.getByRole('region', { name: 'Job wishes' });
    const [navBox, formBox] = [await steps.boundingBox(), await wishes.boundingBox()];
    expect(navBox && formBox && navBox.y < formBox.y).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await wishes.getByRole('button', { name: 'Save this part' }).click();
    await wishes.getByText('Saved.').waitFor();
    await page.close();
  });
});
