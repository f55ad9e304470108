import { rooms } from '@shsw/server/platform/realtime/realtime';
import type { RegistryImport } from '@shsw/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registryCsv } from '../factories/registry.js';
import { createUser } from '../factories/users.js';
import { launchBrowser, type TestBrowser } from '../setup/browser.js';
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

async function signInAsBureau(page: Page) {
  const user = await createUser({ role: 'bureau' });
  await page.context().clearCookies();
  await page.goto(`${app.url}/sign-in`);
  await page.getByLabel('电子邮箱或手机号码').fill(user.login);
  await page.getByLabel('密码').fill(user.password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

/** Picks a file in the page's upload button, as a person would. */
async function upload(page: Page, name: string, text: string) {
  await page.locator('input[type=file]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
}

describe('the bureau imports the registry in the browser', () => {
  it('when a file is chosen, then the import runs in the background with its phase and a progress bar, live, to done', async () => {
    const page = await browser.newPage();
    await page.addInitScript(() => window.localStorage.removeItem('shsw.lang'));
    await signInAsBureau(page);
    await page.goto(`${app.url}/bureau/registry`);
    await page.getByText('每个文件最多 200,000 行、20 MB，每个单元格不超过 500 个字。', { exact: false }).waitFor();

    await upload(page, 'registry.csv', registryCsv(1_200, 'E2E'));
    const rows = page.getByTestId('import-rows');
    await rows.filter({ hasText: '已导入 1,200 行。' }).waitFor({ timeout: 60_000 });
    await page.getByText('导入完成', { exact: true }).waitFor();
    const bar = page.getByRole('progressbar');
    expect(await bar.getAttribute('aria-valuenow')).toBe('100');
    const id = new URL(page.url()).searchParams.get('import') ?? '';
    expect(id).toMatch(/^[0-9a-f]{24}$/);

    // A step announced on the realtime channel shows at once (the page no longer polls a finished import).
    const done = (await (
      await page.request.get(`${app.url}/api/bureau/registry/imports/${id}`)
    ).json()) as RegistryImport;
    app.server.realtime.emit(rooms.bureau, 'registry:progress', {
      ...done,
      status: 'importing',
      processedRows: 500,
      finishedAt: null,
    });
    await rows.filter({ hasText: '正在写入：500 / 1,200 行。' }).waitFor();
    expect(await bar.getAttribute('aria-valuenow')).toBe('41');
    await page.getByText('实时更新').waitFor();
    await page.close();
  });

  it('when a cell is longer than the limit, then nothing is imported and the row error says so in words', async () => {
    const page = await browser.newPage();
    await signInAsBureau(page);
    await page.goto(`${app.url}/bureau/registry`);
    await upload(page, 'long.csv', `name,number,level,year\n${'长'.repeat(501)},E2E-LONG-1,assistant,2018\n`);
    await page.getByText('文件有误，未导入任何数据').waitFor({ timeout: 60_000 });
    const errors = page.getByRole('region', { name: /错误行/ });
    await errors.getByText('单元格内容超过 500 个字。').waitFor();
    await errors.getByText('第 2 行').waitFor();
    await page.close();
  });
});
