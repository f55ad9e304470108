import { demoAccounts } from '@shsw/server/demo/demo-accounts';
import { seedDemo } from '@shsw/server/demo/seed';
import { type Cell, type Report, reportCategoryLabel } from '@shsw/shared';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseOption, launchBrowser, type TestBrowser } from '../setup/browser.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

/*
 * Publishing a quarterly report through the bureau's desk, then reading it as an anonymous
 * visitor: list, page, a drawn chart, the tables, and the workbook download.
 */

let app: TestApp;
let bureauBrowser: TestBrowser;
let visitorBrowser: TestBrowser;

// The last quarter that has ended, on the Shanghai calendar (the seed's history runs up to now).
const shanghaiNow = new Date(Date.now() + 8 * 3_600_000);
const quarterIndex = shanghaiNow.getUTCFullYear() * 4 + Math.floor(shanghaiNow.getUTCMonth() / 3) - 1;
const lastQuarter = {
  id: `${Math.floor(quarterIndex / 4)}-Q${(quarterIndex % 4) + 1}`,
  year: Math.floor(quarterIndex / 4),
};
const quarterNames = ['一', '二', '三', '四'];
const lastQuarterLabel = `${lastQuarter.year} 年第${quarterNames[quarterIndex % 4]}季度`;

beforeAll(async () => {
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '0' });
  await seedDemo({
    preset: 'demo',
    seed: 7,
    overrides: { organisations: 30, workers: 300, positions: 120, maxApplicants: 6 },
  });
  bureauBrowser = await launchBrowser();
  visitorBrowser = await launchBrowser();
});

afterAll(async () => {
  await visitorBrowser?.close();
  await bureauBrowser?.close();
  await app?.close();
});

async function signIn(page: Page, login: string, password: string) {
  await page.getByLabel('电子邮箱或手机号码').fill(login);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

/** A published cell as the page writes it: grouped digits, `<5` for a suppressed count (never 0), `x` for a secondary one. */
function cellText(cell: Cell): string {
  if (cell.value !== null) return cell.value.toLocaleString('zh-CN');
  return cell.flag === 'suppressed' ? '<5' : cell.flag === 'secondary' ? 'x' : cell.flag === 'not_shown' ? '—' : '–';
}

describe('supply/demand reports', () => {
  it('when the bureau previews and publishes the last quarter, then a visitor reads it with a chart, tables and a workbook equal to the page', async () => {
    // The bureau: the guard sends it to sign in first, then the desk previews the chosen quarter.
    const desk = await bureauBrowser.newPage();
    await desk.goto(`${app.url}/bureau/reports`);
    await desk.waitForURL('**/sign-in?next=*');
    await signIn(desk, demoAccounts.bureau.login, demoAccounts.bureau.password);
    await desk.waitForURL('**/bureau/reports');
    await desk.getByRole('heading', { level: 1, name: '报告发布' }).waitFor();

    // Signed in, the report list offers to notify; the bureau account follows reports too.
    const list = await bureauBrowser.newPage();
    await list.goto(`${app.url}/reports`);
    const follow = list.getByRole('switch', { name: '有新报告发布时通知我' });
    await follow.click();
    await list.getByTestId('follow-toggle').getByText('已订阅').waitFor();
    await list.reload();
    await list.getByTestId('follow-toggle').getByText('已订阅').waitFor();
    expect(await follow.getAttribute('aria-checked')).toBe('true');

    await chooseOption(desk.getByLabel('统计期'), `${lastQuarterLabel} · 未发布`);
    await desk.waitForURL(`**/bureau/reports?period=${lastQuarter.id}`);
    const draft = desk.getByTestId('draft-preview');
    await draft.getByRole('heading', { name: `草稿预览：${lastQuarterLabel}` }).waitFor();
    const draftDemand = (await draft.getByTestId('headline-demand-value').textContent()) ?? '';
    expect(draftDemand).toMatch(/^[\d,]+$/);

    // A second desk tab opened before publishing still thinks the quarter is unpublished.
    const staleDesk = await bureauBrowser.newPage();
    await staleDesk.goto(`${app.url}/bureau/reports?period=${lastQuarter.id}`);
    await staleDesk.getByTestId('publish-panel').getByRole('button', { name: '发布报告' }).waitFor();

    const panel = desk.getByTestId('publish-panel');
    await panel.getByRole('radio', { name: '正式' }).check();
    await panel.getByRole('button', { name: '发布报告' }).click();
    const confirm = desk.getByRole('dialog').filter({ hasText: `确认发布 ${lastQuarterLabel}报告？` });
    await confirm.getByText('将以“正式”数据发布').waitFor();
    await confirm.getByRole('button', { name: '发布', exact: true }).click();
    await panel.getByTestId('published-state').getByText('已发布第 1 版').waitFor();
    await panel.getByRole('heading', { name: `${lastQuarterLabel}报告已发布` }).waitFor();

    // The follower's notification links to the report's page.
    const notifications = await list.evaluate(async () => (await fetch('/api/notifications')).json());
    const note = (notifications as { items: { type: string; link: string | null }[] }).items.find(
      (n) => n.type === 'report_published',
    );
    expect(note?.link).toBe(`/reports/${lastQuarter.id}`);
    await list.goto(`${app.url}${note?.link}`);
    await list.getByRole('heading', { level: 1, name: `${lastQuarterLabel}上海社会工作人才供需报告` }).waitFor();

    // The stale tab publishing too is refused (409 already_exists), and told what to do instead.
    const stalePanel = staleDesk.getByTestId('publish-panel');
    await stalePanel.getByRole('button', { name: '发布报告' }).click();
    await staleDesk.getByRole('dialog').getByRole('button', { name: '发布', exact: true }).click();
    await stalePanel.getByTestId('publish-error').getByText('该统计期的报告已经发布').waitFor();
    await stalePanel.getByTestId('published-state').getByText('已发布第 1 版').waitFor();

    // The quarter still running can be previewed, not published.
    await chooseOption(desk.getByLabel('统计期'), '未结束');
    await desk.getByTestId('publish-panel').getByText('该统计期尚未结束').waitFor();
    expect(await desk.getByTestId('publish-panel').getByRole('button', { name: '发布报告' }).isDisabled()).toBe(true);

    // An anonymous visitor in a browser of their own.
    const published = await app.client().get<Report>(`/api/reports/${lastQuarter.id}`);
    expect(published.status).toBe(200);
    const report = published.body;
    const visitor = await visitorBrowser.newPage();
    await visitor.goto(`${app.url}/reports`);
    await visitor.getByRole('heading', { level: 1, name: '供需报告' }).waitFor();
    const item = visitor.getByTestId('report-list').getByRole('listitem').filter({ hasText: lastQuarterLabel });
    await item.getByText('正式').waitFor();
    expect(await item.getByTestId('summary-demand').textContent()).toBe(
      cellText(report.figures.headline.demand.current),
    );
    await item.getByRole('link', { name: lastQuarterLabel }).click();
    await visitor.waitForURL(`**/reports/${lastQuarter.id}`);
    await visitor.getByRole('heading', { level: 1, name: `${lastQuarterLabel}上海社会工作人才供需报告` }).waitFor();

    // A chart is drawn (ECharts' SVG inside its container, with a size) and names its table.
    const chart = visitor.getByTestId('chart-demand-supply');
    const drawing = chart.locator('svg, canvas').first();
    await drawing.waitFor();
    const box = await drawing.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(100);
    expect(box?.height ?? 0).toBeGreaterThan(100);
    expect(await chart.getAttribute('role')).toBe('img');
    const describedBy = (await chart.getAttribute('aria-describedby')) ?? '';
    expect(await visitor.locator(`[id="${describedBy}"]`).textContent()).toContain('按服务领域分组');

    // The domain table shows every published cell as published: values, and "<5" where suppressed.
    const domain = report.figures.tables.find((t) => t.dimension === 'domain');
    expect(domain).toBeDefined();
    const table = visitor.getByRole('table', { name: /按服务领域分组/ });
    await table.waitFor();
    for (const row of domain?.rows ?? []) {
      const tr = table.locator(`tr[data-category="${row.category}"]`);
      expect(await tr.getByRole('rowheader').textContent()).toBe(reportCategoryLabel('domain', row.category).zh);
      expect(await tr.getByRole('cell').nth(0).textContent()).toBe(cellText(row.demand));
    }
    await visitor.getByTestId('flag-legend').getByText('少于 5 人，不予公布').waitFor();
    await visitor
      .getByTestId('flag-legend')
      .getByText(/^二次隐藏/)
      .waitFor();
    // The domain table shows demand and supply: its share and changes are headed as demand's.
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(
      expect.arrayContaining(['需求占比（%）', '需求环比', '需求同比']),
    );

    // The workbook download carries the same headline demand as the page.
    const pageDemand = (await visitor.getByTestId('headline-demand-value').textContent()) ?? '';
    expect(pageDemand).toBe(cellText(report.figures.headline.demand.current));
    const [download] = await Promise.all([
      visitor.waitForEvent('download'),
      visitor.getByTestId('download-xlsx').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`shsw-report-${lastQuarter.id}-v1.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const headline = workbook.worksheets.find((sheet) => sheet.name.includes('Headline'));
    expect(headline).toBeDefined();
    let workbookDemand: unknown;
    headline?.eachRow((row) => {
      if (row.getCell(1).value === 'demand') workbookDemand = row.getCell(4).value;
    });
    expect(typeof workbookDemand).toBe('number');
    expect(Number(pageDemand.replaceAll(',', ''))).toBe(workbookDemand);

    // The methodology and the version list are on the page; the print version stands alone.
    await visitor
      .getByTestId('methodology')
      .getByText(/^披露控制/)
      .waitFor();
    await visitor
      .getByTestId('methodology')
      .getByText(/^二次隐藏/)
      .waitFor();
    await visitor.getByTestId('versions').getByText('第 1 版').waitFor();
    await visitor.getByRole('link', { name: '打印版' }).click();
    await visitor.waitForURL(`**/reports/${lastQuarter.id}/print?version=1`);
    await visitor.getByRole('link', { name: '返回报告页面' }).waitFor();
    await visitor.getByRole('heading', { level: 1, name: `${lastQuarterLabel}上海社会工作人才供需报告` }).waitFor();
    expect(await visitor.getByRole('navigation', { name: '主导航' }).count()).toBe(0);
    await visitor.getByTestId('chart-demand-supply').locator('svg').first().waitFor();
    // Three report computations (two drafts and the publication) on a machine that may be busy.
  });

  it('when a period has ended, then the release calendar drafts it and the bureau reaches the desk from the calendar; the public sees no draft', async () => {
    const drafted = await app.server.services.reports.draftEnded();
    expect(drafted.length).toBeGreaterThan(0);
    const periodId = drafted[0] as string;

    const page = await bureauBrowser.newPage();
    await page.goto(`${app.url}/reports`);
    const toDesk = page.locator(`a[href="/bureau/reports?period=${periodId}"]`);
    await toDesk.waitFor();
    await page.getByText('草稿已生成').first().waitFor();
    await toDesk.click();
    await page.waitForURL(`**/bureau/reports?period=${periodId}`);
    await page
      .getByTestId('draft-preview')
      .getByRole('heading', { name: /^草稿预览：/ })
      .waitFor();

    const visitor = await visitorBrowser.newPage();
    await visitor.goto(`${app.url}/reports`);
    await visitor.getByRole('heading', { level: 1, name: '供需报告' }).waitFor();
    expect(await visitor.getByTestId('calendar-to-desk').count()).toBe(0);
    expect(await visitor.getByText('草稿已生成').count()).toBe(0);
    await visitor.close();
    await page.close();
  });

  it('when the bureau publishes a revision with a note, then the report shows version 2 and version 1 stays readable', async () => {
    const desk = await bureauBrowser.newPage();
    await desk.goto(`${app.url}/bureau/reports?period=${lastQuarter.id}`);
    const revise = desk.getByRole('form', { name: '发布修订版' });
    await revise.getByRole('button', { name: '发布修订版' }).click();
    await revise.getByText('至少').first().waitFor(); // the note is required: the form says so before sending
    await revise.getByLabel('修订说明').fill('补录了 9 月底关闭的岗位，需求人数随之更正。');
    await revise.getByRole('button', { name: '发布修订版' }).click();
    await revise.getByText('已发布第 2 版。').waitFor();
    await desk.getByTestId('published-state').getByText('已发布第 2 版').waitFor();

    const page = await visitorBrowser.newPage();
    await page.goto(`${app.url}/reports/${lastQuarter.id}`);
    await page.getByTestId('report-meta').getByText('第 2 版').waitFor();
    await page.getByText('修订说明：补录了 9 月底关闭的岗位，需求人数随之更正。').first().waitFor();
    const versions = page.getByTestId('versions');
    await versions.getByRole('link', { name: '第 1 版' }).click();
    await page.waitForURL(`**/reports/${lastQuarter.id}?version=1`);
    await page.getByText('您正在查看第 1 版，此后已发布修订的第 2 版。').waitFor();
    expect(await page.getByTestId('download-xlsx').getAttribute('href')).toBe(
      `/api/reports/${lastQuarter.id}/export.xlsx?version=1`,
    );
    await page.getByRole('link', { name: '查看最新版' }).click();
    await page.waitForURL(`**/reports/${lastQuarter.id}`);
    await page.getByTestId('report-meta').getByText('第 2 版').waitFor();
  });

  it('when a report is published, then the home page shows its headline figures and links to it', async () => {
    const page = await visitorBrowser.newPage();
    await page.goto(app.url);
    const teaser = page.getByTestId('latest-report');
    await teaser.getByRole('heading', { name: `最新供需报告：${lastQuarterLabel}` }).waitFor();
    await teaser.getByRole('link', { name: '查看完整报告' }).click();
    await page.waitForURL(`**/reports/${lastQuarter.id}`);
    await page.getByTestId('headline-demand-value').waitFor();
  });

  it('when a visitor opens a long report, then a contents list leads to each section and back to top', async () => {
    // Wide: the contents stand beside the report and stay in view while it scrolls.
    const page = await visitorBrowser.newPage();
    await page.goto(`${app.url}/reports/${lastQuarter.id}`);
    const contents = page.getByRole('navigation', { name: '本页目录' });
    await contents.getByRole('link', { name: '方法说明' }).waitFor();
    const top = (selector: string) =>
      page.evaluate((s) => document.querySelector(s)?.getBoundingClientRect().top ?? Number.NaN, selector);
    expect(await top('#report-methodology-title')).toBeGreaterThan(800);
    await contents.getByRole('link', { name: '方法说明' }).click();
    // Lands just under the sticky header (scroll-padding 80 px), with focus on the heading.
    await expect.poll(() => top('#report-methodology-title')).toBeLessThan(200);
    expect(await top('#report-methodology-title')).toBeGreaterThanOrEqual(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('report-methodology-title');
    expect(await contents.isVisible()).toBe(true);
    expect((await contents.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0);
    await contents.getByRole('link', { name: /按服务领域分组/ }).click();
    await expect.poll(() => top('#report-table-domain')).toBeLessThan(200);
    await contents.getByRole('button', { name: '回到顶部' }).click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);

    // A phone: a compact list above the report, closed until asked for.
    const phone = await visitorBrowser.newPage({ mobile: true });
    await phone.goto(`${app.url}/reports/${lastQuarter.id}`);
    const list = phone.getByRole('navigation', { name: '本页目录' });
    const link = list.getByRole('link', { name: '方法说明' });
    await list.getByText('本页目录').waitFor();
    expect(await link.isVisible()).toBe(false);
    await list.getByText('本页目录').click();
    await link.click();
    await expect
      .poll(() =>
        phone.evaluate(
          () => document.querySelector('#report-methodology-title')?.getBoundingClientRect().top ?? Number.NaN,
        ),
      )
      .toBeLessThan(200);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await phone.close();
    await page.close();
  });

  it('when the page is 375 px wide, then the report fits without sideways scrolling and the chart fits its frame', async () => {
    const page = await visitorBrowser.newPage({ mobile: true });
    await page.goto(`${app.url}/reports/${lastQuarter.id}`);
    const drawing = page.getByTestId('chart-demand-supply').locator('svg').first();
    await drawing.waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    const box = await drawing.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(200);
    expect(box?.width ?? 0).toBeLessThanOrEqual(375);
  });
});
