import { demoAccounts } from '@shsw/server/demo/demo-accounts';
import { seedDemo } from '@shsw/server/demo/seed';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from '../setup/browser.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

/*
 * The header navigation of every role fits the common desktop widths in both languages, shows
 * the current page without opening anything, works from the keyboard, and becomes titled
 * sections in the phone drawer.
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

type Lang = 'zh-CN' | 'en';

/** A page whose interface language is `lang` (the choice the language switch remembers). */
async function pageIn(lang: Lang, opts: { mobile?: boolean } = {}): Promise<Page> {
  const page = await browser.newPage(opts);
  await page.addInitScript((l) => window.localStorage.setItem('shsw.lang', l), lang);
  return page;
}

async function signIn(page: Page, account: { login: string; password: string }) {
  await page.context().clearCookies();
  await page.goto(`${app.url}/sign-in`);
  await page.getByLabel(/电子邮箱或手机号码|E-mail or mobile number/).fill(account.login);
  await page.locator('input[type="password"]').fill(account.password);
  await page.getByRole('button', { name: /^(登录|Sign in)$/ }).click();
  await page.waitForURL('**/dashboard');
}

/** How the header's navigation lays out: overflow, clipped items, rows, and what it says. */
async function navLayout(page: Page) {
  return page.evaluate(() => {
    const nav = document.querySelector('header nav') as HTMLElement;
    const list = nav.querySelector('ul') as HTMLElement;
    const items = Array.from(list.children) as HTMLElement[];
    const navBox = nav.getBoundingClientRect();
    const controls = items.map((li) => (li.querySelector('a, button') as HTMLElement).getBoundingClientRect());
    return {
      documentOverflow: document.documentElement.scrollWidth - window.innerWidth,
      navOverflow: nav.scrollWidth - nav.clientWidth,
      // Each control wholly inside the nav's box, and each label wholly inside its control.
      clipped: items.filter((li, i) => {
        const box = controls[i] as DOMRect;
        const control = li.querySelector('a, button') as HTMLElement;
        return (
          box.right > navBox.right + 0.5 || box.left < navBox.left - 0.5 || control.scrollWidth > control.clientWidth
        );
      }).length,
      rows: new Set(controls.map((box) => Math.round(box.top))).size,
      text: nav.textContent,
    };
  });
}

const roles = [
  {
    name: 'public',
    account: null,
    path: '/reports',
    current: { 'zh-CN': '供需报告', en: 'Reports' },
  },
  {
    name: 'worker',
    account: demoAccounts.worker,
    path: '/me/applications',
    current: { 'zh-CN': '求职 · 我的申请', en: 'Job search · My applications' },
  },
  {
    name: 'organisation',
    account: demoAccounts.owner,
    path: '/indicators',
    current: { 'zh-CN': '浏览 · 规划指标', en: 'Explore · Plan indicators' },
  },
  {
    name: 'bureau',
    account: demoAccounts.bureau,
    path: '/bureau/certificates',
    current: { 'zh-CN': '审核 · 证书核验', en: 'Review · Certificate review' },
  },
  {
    name: 'admin',
    account: demoAccounts.admin,
    path: '/bureau/indicators',
    current: { 'zh-CN': '统计 · 指标分母', en: 'Statistics · Indicator denominators' },
  },
] as const;

describe('header navigation', () => {
  for (const role of roles) {
    it(`when the ${role.name} opens a page inside a group at 1366 and 1024 px in Chinese and English, then the header fits on one row and names the page`, async () => {
      for (const lang of ['zh-CN', 'en'] as const) {
        const page = await pageIn(lang);
        if (role.account) await signIn(page, role.account);
        else await page.context().clearCookies();
        for (const width of [1366, 1024]) {
          await page.setViewportSize({ width, height: 800 });
          await page.goto(`${app.url}${role.path}`);
          const nav = page.locator('header').getByRole('navigation');
          // The current page's name shows in the header without opening anything.
          const current = nav.getByText(role.current[lang], { exact: true });
          await current.waitFor();
          expect(await current.isVisible()).toBe(true);
          // The account menu (signed in) or the sign-in link (signed out) has loaded beside it.
          await page
            .locator('header')
            .getByRole(role.account ? 'button' : 'link', {
              name: role.account ? role.account.displayName : /^(登录|Sign in)$/,
            })
            .waitFor();
          const layout = await navLayout(page);
          expect(layout, `${lang} at ${width} px: ${layout.text}`).toMatchObject({
            documentOverflow: 0,
            navOverflow: 0,
            clipped: 0,
            rows: 1,
          });
          if (role.account) {
            // The last menu, open at the window's edge, stays inside the window.
            const explore = page.getByTestId('nav-group-explore');
            await explore.click();
            await nav.getByRole('link', { name: /^(供需报告|Reports)$/ }).waitFor();
            expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
            await page.keyboard.press('Escape');
            expect(await explore.getAttribute('aria-expanded')).toBe('false');
          }
        }
        await page.close();
      }
    });
  }

  it('when a group is opened with Enter, arrowed through and a link chosen with Enter, then that page opens and the group names it', async () => {
    const page = await pageIn('zh-CN');
    await signIn(page, demoAccounts.bureau);
    await page.getByRole('heading', { level: 1, name: '工作台' }).waitFor();
    const nav = page.locator('header').getByRole('navigation', { name: '主导航' });
    const review = nav.getByRole('button', { name: '审核' });
    expect(await review.getAttribute('aria-expanded')).toBe('false');
    await review.focus();
    await page.keyboard.press('Enter');
    expect(await review.getAttribute('aria-expanded')).toBe('true');
    await nav.getByRole('link', { name: '机构审核' }).waitFor();

    // Arrows move through the group's links; Escape closes it and gives focus back to the button.
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('机构审核');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('证书核验');
    await page.keyboard.press('Escape');
    expect(await review.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.getByRole('link', { name: '证书核验' }).count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('审核');

    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('机构审核');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('证书核验');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/bureau/certificates');
    const named = nav.getByRole('button', { name: '审核 · 证书核验' });
    await named.waitFor();
    expect(await named.getAttribute('aria-expanded')).toBe('false');
    // Opened again, the current page's link carries aria-current.
    await named.click();
    expect(await nav.getByRole('link', { name: '证书核验' }).getAttribute('aria-current')).toBe('page');
    await page.close();
  });

  it('when a worker opens the phone menu at 375 px, then it shows the groups as titled sections whose links navigate', async () => {
    const page = await pageIn('zh-CN', { mobile: true });
    await signIn(page, demoAccounts.worker);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: '打开导航菜单' }).click();
    const drawer = page.getByRole('dialog', { name: '导航' });
    await drawer.getByRole('link', { name: '工作台' }).waitFor();
    await expect.poll(() => drawer.getByRole('link', { name: '工作台' }).getAttribute('aria-current')).toBe('page');
    const jobSearch = drawer.getByRole('region', { name: '求职' });
    await jobSearch.getByRole('heading', { name: '求职' }).waitFor();
    expect(await jobSearch.getByRole('link').allTextContents()).toEqual([
      '找岗位',
      '为我推荐',
      '我的申请',
      '我的邀请',
      '我的收藏',
      '我的订阅',
    ]);
    await drawer.getByRole('region', { name: '浏览' }).getByRole('link', { name: '供需报告' }).waitFor();
    await jobSearch.getByRole('link', { name: '我的申请' }).click();
    await page.waitForURL('**/me/applications');
    await drawer.waitFor({ state: 'hidden' });
    await page.close();
  });
});
