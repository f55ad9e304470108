import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bureau, orgOwner, signUp } from '../factories/actors.js';
import { importRegistry } from '../factories/registry.js';
import { createUser } from '../factories/users.js';
import { chooseOption, launchBrowser, type TestBrowser } from '../setup/browser.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

let app: TestApp;
let browser: TestBrowser;

beforeAll(async () => {
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '0', RATE_LIMIT_PER_MINUTE: '0' });
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

async function claimant(name: string, number: string, districtCode: string) {
  const worker = await signUp(app);
  const res = await worker.client.patch('/api/me/profile', {
    personal: { name, birthYear: 1990, districtCode, mobile: '13812340000' },
    certificates: [{ level: 'assistant', number, yearObtained: 2019 }],
  });
  expect(res.status).toBe(200);
}

describe("the bureau's queues in the browser", () => {
  it('when the bureau filters the certificate queue, opens a claim and refuses two in bulk, then they leave the queue', async () => {
    const b = await bureau(app);
    await importRegistry(
      b,
      'name,number,level,year\n顾明华,EQ-0001,assistant,2019\n顾亮华,EQ-0002,assistant,2019\n许诺,EQ-0003,assistant,2019\n',
    );
    await claimant('顾明', 'EQ-0001', '310115');
    await claimant('顾亮', 'EQ-0002', '310115');
    await claimant('许诺', 'EQ-0004', '310104');

    const page = await browser.newPage();
    await page.addInitScript(() => window.localStorage.removeItem('shsw.lang'));
    await signInAsBureau(page);
    await page.goto(`${app.url}/bureau/certificates`);
    await page
      .getByText('自动核验规则：证书编号、姓名、等级、取得年份与证书库一致的自动通过', { exact: false })
      .waitFor();
    const table = page.getByRole('table', { name: '证书核验' });
    await table.getByText('许诺').waitFor();

    await chooseOption(page.getByLabel('所在区'), '浦东新区');
    await expect.poll(() => table.getByRole('row').count()).toBe(3);
    expect(await table.getByText('许诺').count()).toBe(0);

    await table.getByRole('button', { name: '查看 顾明 EQ-0001' }).click();
    const drawer = page.getByRole('dialog', { name: '顾明 的证书 EQ-0001' });
    await drawer.getByText('姓名不一致').first().waitFor();
    await drawer.getByText('顾明华').waitFor();
    // No nameless table header (axe's empty-table-header): the selection, action and field columns are named.
    const nameless = await page
      .locator('th')
      .evaluateAll(
        (cells) => cells.filter((th) => !th.textContent?.trim() && !th.querySelector('[aria-label]')).length,
      );
    expect(nameless).toBe(0);
    await drawer.getByRole('button', { name: '关闭' }).click();
    await drawer.waitFor({ state: 'hidden' });

    await table.getByRole('checkbox', { name: '选择本页全部' }).check();
    await page.getByText('已选 2 项').waitFor();
    await page.getByRole('button', { name: '批量不予核验' }).click();
    const dialog = page.getByRole('dialog', { name: '不予核验所选的 2 项' });
    await dialog.getByLabel('原因').fill('姓名与证书库不一致，请核对后重新申报');
    await dialog.getByRole('button', { name: '不予核验' }).click();
    await page.getByText('已处理 2 项，跳过 0 项。').waitFor();
    await page.getByText('目前没有待人工核验的证书', { exact: false }).waitFor();

    await page.goto(`${app.url}/bureau/certificates`);
    await page.getByRole('table', { name: '证书核验' }).getByText('许诺').waitFor();
    expect(await page.getByText('顾明', { exact: true }).count()).toBe(0);
    await page.close();
  });

  it('when the bureau filters the organisation queue by district and opens one, then it verifies it from the detail', async () => {
    const pudong = await orgOwner(app, {
      verified: false,
      body: { name: '浦东新区乐群社会工作服务社', districtCode: '310115', streetCode: '310115004' },
    });
    await orgOwner(app, { verified: false, body: { name: '徐汇区阳光社会工作服务社' } });

    const page = await browser.newPage();
    await page.addInitScript(() => window.localStorage.removeItem('shsw.lang'));
    await signInAsBureau(page);
    await page.goto(`${app.url}/bureau/organisations`);
    const table = page.getByRole('table');
    await table.getByText('徐汇区阳光社会工作服务社').waitFor();
    await chooseOption(page.getByLabel('所在区'), '浦东新区');
    await expect.poll(() => table.getByRole('row').count()).toBe(2);

    await table.getByRole('button', { name: '查看 浦东新区乐群社会工作服务社' }).click();
    const drawer = page.getByRole('dialog', { name: '机构详情：浦东新区乐群社会工作服务社' });
    await drawer.getByText(pudong.creditCode).waitFor();
    await drawer.getByRole('button', { name: '认证通过' }).click();
    await page
      .getByRole('dialog', { name: /认证“浦东新区乐群社会工作服务社”/ })
      .getByRole('button', { name: '认证通过' })
      .click();
    await page.getByText('目前没有待审核的机构', { exact: false }).waitFor();
    const org = await (await bureau(app)).get<{ organisation: { verified: boolean } }>(
      `/api/organisations/${pudong.orgId}`,
    );
    expect(org.body.organisation.verified).toBe(true);
    await page.close();
  });
});
