import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from '../setup/browser.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

let app: TestApp;
let browser: TestBrowser;

/** A page that starts in the default language, whatever an earlier test chose on this browser profile. */
async function chinesePage(opts: { mobile?: boolean } = {}) {
  const page = await browser.newPage(opts);
  await page.addInitScript(() => window.localStorage.removeItem('shsw.lang'));
  return page;
}

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('home page', () => {
  it('when a visitor opens /, then the page is in Chinese and lists the 28 service domains', async () => {
    const page = await chinesePage();
    await page.goto(app.url);
    await page.getByRole('heading', { level: 1, name: '上海社会工作人才供需平台' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await page.getByRole('heading', { level: 2, name: '按服务领域找岗位' }).waitFor();
    const domains = page.getByTestId('domain-grid').getByRole('link');
    expect(await domains.count()).toBe(28);
    expect(await domains.first().textContent()).toContain('儿童福利');
    await page.close();
  });

  it('when the visitor switches to English, then the page is in English and stays so after a reload', async () => {
    const page = await browser.newPage();
    await page.goto(app.url);
    await page.getByTestId('lang-switch').getByRole('button', { name: 'English' }).click();
    const englishTitle = page.getByRole('heading', {
      level: 1,
      name: 'Shanghai Social Work Talent Supply and Demand Platform',
    });
    await englishTitle.waitFor();
    await page.getByRole('heading', { level: 2, name: 'Find positions by service domain' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    await page.reload();
    await englishTitle.waitFor();
    expect(await page.getByTestId('domain-grid').getByRole('link').first().textContent()).toContain('Child welfare');
    expect(await page.getByRole('heading', { level: 1, name: '上海社会工作人才供需平台' }).count()).toBe(0);
    await page.close();
  });

  it('when the page is 375 px wide, then the header fits without sideways scrolling and the menu opens', async () => {
    const page = await chinesePage({ mobile: true });
    await page.goto(app.url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: '打开导航菜单' }).click();
    const drawer = page.getByRole('dialog', { name: '导航' });
    await drawer.getByRole('link', { name: '登录' }).waitFor();
    await drawer.getByRole('link', { name: '注册' }).waitFor();
    await page.close();
  });
});
