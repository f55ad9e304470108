/**
 * Screenshots of each role's home for the README: the public home signed out, then 工作台 for
 * each demo account, at 1366×900 and 375×812, as PNG files.
 *
 *   npm run screenshots -- --url http://127.0.0.1:3000 --out docs/screenshots
 *
 * Runs against a running app with demo data (`npm start`); uses Debian's Chromium like the e2e
 * tests (`CHROMIUM_PATH`, default /usr/bin/chromium).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { demoAccounts } from '@shsw/server/demo/demo-accounts';
import { chromium, type Page } from 'playwright-core';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:3000' },
    out: { type: 'string', default: 'docs/screenshots' },
    lang: { type: 'string', default: 'zh-CN' },
  },
});
const baseUrl = (values.url ?? '').replace(/\/$/, '');
const outDir = path.resolve(values.out ?? 'docs/screenshots');
const lang = values.lang === 'en' ? 'en' : 'zh-CN';
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const viewports = [
  { name: 'desktop', width: 1366, height: 900 },
  { name: 'phone', width: 375, height: 812 },
] as const;

const shots = [
  { name: 'public', account: null, path: '/' },
  { name: 'worker', account: demoAccounts.worker, path: '/dashboard' },
  { name: 'organisation', account: demoAccounts.owner, path: '/dashboard' },
  { name: 'bureau', account: demoAccounts.bureau, path: '/dashboard' },
  { name: 'admin', account: demoAccounts.admin, path: '/dashboard' },
] as const;

async function signIn(page: Page, account: { login: string; password: string }) {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel(/电子邮箱或手机号码|E-mail or mobile number/).fill(account.login);
  await page.locator('input[type="password"]').fill(account.password);
  await page.getByRole('button', { name: /^(登录|Sign in)$/ }).click();
  await page.waitForURL('**/dashboard');
}

/** Waits until the page has settled: no skeletons and no requests in flight. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page
    .locator('[aria-busy="true"]')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => {});
  // The web font's slices load as text needs them: wait for every one the page asked for.
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
}

async function main() {
  if (!fs.existsSync(chromiumPath)) throw new Error(`Chromium not found at ${chromiumPath}: set CHROMIUM_PATH`);
  fs.mkdirSync(outDir, { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'shsw-shots-'));
  try {
    for (const shot of shots) {
      // A fresh profile per account: nothing of the previous session remains.
      const context = await chromium.launchPersistentContext(path.join(profile, shot.name), {
        executablePath: chromiumPath,
        headless: true,
        locale: lang,
        args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
      });
      try {
        const page = await context.newPage();
        await page.addInitScript((l) => window.localStorage.setItem('shsw.lang', l), lang);
        if (shot.account) await signIn(page, shot.account);
        for (const viewport of viewports) {
          await page.setViewportSize({ width: viewport.width, height: viewport.height });
          await page.goto(`${baseUrl}${shot.path}`);
          await settle(page);
          const file = path.join(outDir, `${shot.name}-${viewport.name}${lang === 'en' ? '-en' : ''}.png`);
          await page.screenshot({ path: file, fullPage: true });
          console.log(`saved ${path.relative(process.cwd(), file)}`);
        }
      } finally {
        await context.close();
      }
    }
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
