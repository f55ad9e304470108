import { demoAccounts } from '@shsw/server/demo/demo-accounts';
import { seedDemo } from '@shsw/server/demo/seed';
import { type IndicatorDashboard, planIndicators } from '@shsw/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from '../setup/browser.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

/* The plan-indicator dashboard in both languages, with a denominator the bureau enters in its own page. */

let app: TestApp;
let browser: TestBrowser;

beforeAll(async () => {
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '0' });
  await seedDemo({
    preset: 'demo',
    seed: 5,
    overrides: { organisations: 25, workers: 200, positions: 40, maxApplicants: 3 },
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function chinesePage(): Promise<Page> {
  const page = await browser.newPage();
  await page.addInitScript(() => window.localStorage.removeItem('shsw.lang'));
  return page;
}

const youthSource = '上海市统计局 2025 年青少年人口抽样调查（测试）';

describe('plan-indicator dashboard', () => {
  it('when the bureau enters the youth population, then the indicator is computed from it and says where it came from', async () => {
    const desk = await chinesePage();
    await desk.goto(`${app.url}/bureau/indicators`);
    await desk.waitForURL('**/sign-in?next=*');
    await desk.getByLabel('电子邮箱或手机号码').fill(demoAccounts.bureau.login);
    await desk.getByLabel('密码').fill(demoAccounts.bureau.password);
    await desk.getByRole('button', { name: '登录' }).click();
    await desk.waitForURL('**/bureau/indicators');
    const section = desk.getByRole('region', { name: '青少年人口数' });
    await section.getByText('尚未录入').waitFor();
    await section.getByRole('spinbutton', { name: '数值' }).fill('2500000');
    await section.getByLabel('来源').fill(youthSource);
    await section.getByLabel('数据截至日期').fill('2025-12-31');
    await section.getByLabel('数据截至日期').press('Tab');
    // Enter in a field and a click right after (two submits before the page re-renders) send one entry.
    await section.locator('form').evaluate((form: HTMLFormElement) => {
      form.requestSubmit();
      form.requestSubmit();
    });
    await section.getByText('已保存，指标已按新数值计算。').waitFor();
    // The form starts again empty, ready for the next entry.
    expect(await section.getByRole('spinbutton', { name: '数值' }).inputValue()).toBe('');
    expect(await section.getByLabel('来源').inputValue()).toBe('');
    await section.getByTestId('denominator-current').getByText('2,500,000').waitFor();
    const history = section.getByRole('table', { name: '青少年人口数的录入记录' });
    await history.getByText(youthSource).waitFor();
    expect(await history.getByRole('row').count()).toBe(2); // the header and the one entry

    const dashboard = (await app.client().get<IndicatorDashboard>('/api/indicators')).body;
    const youth = dashboard.indicators.find((i) => i.code === 'youth_workers_per_100k_youth');
    expect(youth?.denominator?.value).toBe(2_500_000);

    const page = await chinesePage();
    await page.goto(`${app.url}/indicators`);
    await page.getByRole('heading', { level: 1, name: '规划指标' }).waitFor();
    for (const plan of planIndicators) {
      await page.getByRole('heading', { level: 2, name: plan.label.zh }).waitFor();
    }
    const card = page.getByTestId('indicator-youth_workers_per_100k_youth');
    expect(await card.getByTestId('indicator-value').textContent()).toBe(
      `${(youth?.value ?? Number.NaN).toLocaleString('zh-CN', { maximumFractionDigits: 4 })} 人`,
    );
    expect(await card.getByTestId('indicator-source').textContent()).toBe('平台统计 + 民政部门录入的分母');
    expect(await card.getByTestId('indicator-denominator').textContent()).toBe(
      `2,500,000（${youthSource}，截至 2025-12-31）`,
    );
    expect(await card.getByTestId('indicator-target').textContent()).toBe('100 人');
    expect(await card.getByTestId('indicator-baseline').textContent()).toBe('80 人');
    // 万人 only from 10,000 up: the platform's talent count reads as people, the plan's target in 万人.
    const talent = page.getByTestId('indicator-talent_total');
    const talentCount = dashboard.indicators.find((i) => i.code === 'talent_total')?.numerator ?? Number.NaN;
    expect(talentCount).toBeLessThan(10_000);
    expect(await talent.getByTestId('indicator-value').textContent()).toBe(`${talentCount.toLocaleString('zh-CN')} 人`);
    expect(await talent.getByTestId('indicator-target').textContent()).toBe('20 万人');

    // Indicator 2 lists certificate holders by level, as counted by the platform.
    const certified = dashboard.indicators.find((i) => i.code === 'certified_total');
    const details = page.getByTestId('indicator-certified_total').getByTestId('indicator-details');
    await details
      .getByText(`其中：助理社会工作师${(certified?.details.holdersAssistant ?? -1).toLocaleString('zh-CN')}`)
      .waitFor();
    const coverage = page.getByTestId('indicator-station_coverage');
    const progress = coverage.getByRole('progressbar');
    expect(Number(await progress.getAttribute('aria-valuenow'))).toBe(
      dashboard.indicators.find((i) => i.code === 'station_coverage')?.progress,
    );
  });

  it('when the visitor switches to English, then every indicator is named and explained in English', async () => {
    const page = await browser.newPage();
    await page.goto(`${app.url}/indicators`);
    await page.getByTestId('lang-switch').getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Plan indicators' }).waitFor();
    for (const plan of planIndicators) {
      await page.getByRole('heading', { level: 2, name: plan.label.en }).waitFor();
    }
    const talent = page.getByTestId('indicator-talent_total');
    expect(await talent.getByTestId('indicator-target').textContent()).toBe('200,000 people');
    expect(await talent.getByTestId('indicator-source').textContent()).toBe('Platform records');
    await talent.getByText('Social-work talent in the records (people)').waitFor();
    const community = page.getByTestId('indicator-community_worker_certification_rate');
    await community.getByText('Computed once the bureau enters the denominator').waitFor();
    await community.getByText('Not entered yet').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });
});
