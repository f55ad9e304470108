import { generateCreditCode } from '@shsw/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp as signUpByApi } from '../factories/actors.js';
import { createUser } from '../factories/users.js';
import { chooseOption, launchBrowser, type TestBrowser } from '../setup/browser.js';
import { TestMailbox } from '../setup/mailbox.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

const PASSWORD = 'quiet-harbour-lantern-27';

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

/** mulberry32: the same credit code on every run, so a failure can be replayed. */
function seededRng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let loginCounter = 0;
const newLogin = (who: string) => `${who}-${Date.now().toString(36)}-${++loginCounter}@example.test`;

async function signUp(page: Page, opts: { login: string; displayName: string; role: '社会工作者' | '用人机构' }) {
  await page.context().clearCookies(); // whoever signed up before on this browser is gone
  await page.goto(`${app.url}/sign-up`);
  await page.getByRole('heading', { level: 1, name: '注册账号' }).waitFor();
  await page.getByLabel('电子邮箱').fill(opts.login);
  await page.getByLabel('显示名称').fill(opts.displayName);
  await page.getByLabel('设置密码').fill(PASSWORD);
  await page.getByText('强度 4/4（至少需要 3）').waitFor();
  await page.getByRole('radio', { name: new RegExp(opts.role) }).check();
  await page.getByRole('checkbox', { name: /我已阅读并同意《个人信息保护告知书》/ }).check();
  await page.getByRole('button', { name: '同意并注册' }).click();
  // Nothing is created yet: the page says to check the mailbox, and the mail's link finishes it.
  await page.getByText('请查收邮件').waitFor();
  const mail = await app.mailbox.waitFor({ to: opts.login, template: 'sign_up_confirm' });
  expect(mail.subject).toBe('请确认您的邮箱，完成注册');
  await page.goto(`${app.url}/sign-up/confirm?token=${TestMailbox.tokenIn(mail, '/sign-up/confirm')}`);
}

async function completeness(page: Page): Promise<number> {
  const text = (await page.getByTestId('completeness-percent').textContent()) ?? '';
  return Number(text.replace('%', ''));
}

describe('the password rule, live', () => {
  it('when a weak password is typed on the sign-up form, then the form names what to change and refuses it until it is strong', async () => {
    const page = await browser.newPage();
    await page.goto(`${app.url}/sign-up`);
    await page.getByRole('heading', { level: 1, name: '注册账号' }).waitFor();
    await page.getByLabel('电子邮箱').fill(newLogin('weak'));
    await page.getByLabel('显示名称').fill('周明');
    const password = page.getByLabel('设置密码');
    await password.fill('Shanghai2026');
    await page.getByText('主要由常见词语、姓名或地名（中文、拼音或英文）组成。').waitFor();
    await page.getByText('包含日期或年份。').waitFor();
    await password.fill('社工社工社工社工');
    await page.getByText('包含重复（如“aaaa”或“社工社工”）。').waitFor();
    await page.getByRole('radio', { name: /社会工作者/ }).check();
    await page.getByRole('checkbox', { name: /我已阅读并同意《个人信息保护告知书》/ }).check();
    await page.getByRole('button', { name: '同意并注册' }).click();
    await page.getByText('这个密码容易被猜到。请加长，例如用几个互不相关的词。').waitFor();
    expect(page.url()).toContain('/sign-up');
    await password.fill(PASSWORD);
    await page.getByText('强度 4/4（至少需要 3）').waitFor();
    expect(await page.getByText('包含重复').count()).toBe(0);
    await page.close();
  });
});

describe('a worker builds a talent record', () => {
  it('when a worker signs up and saves personal details, education and a certificate, then the badges and completeness follow', async () => {
    const page = await browser.newPage();
    await signUp(page, { login: newLogin('worker'), displayName: '李晓梅', role: '社会工作者' });

    await page.waitForURL('**/me/profile');
    await page.getByRole('heading', { level: 1, name: '我的人才档案' }).waitFor();
    const start = await completeness(page);

    // The overview lists the sections; each opens as a step with the completeness beside it.
    await page.getByRole('link', { name: '编辑“基本信息”' }).click();
    await page.waitForURL('**/me/profile/personal');
    const personal = page.getByRole('region', { name: '基本信息' });
    await personal.getByLabel('姓名').fill('李晓梅');
    await personal.getByLabel('出生年份').fill('1990');
    await personal.getByLabel('手机号码').fill('13812348000');
    await chooseOption(personal.getByLabel('所在区'), '黄浦区');
    await personal.getByRole('button', { name: '保存此部分' }).click();
    await personal.getByText('已保存。').waitFor();
    await expect.poll(() => completeness(page)).toBeGreaterThan(start);
    const afterPersonal = await completeness(page);

    await page.getByRole('link', { name: /^下一步：学历/ }).click();
    const education = page.getByRole('region', { name: '学历' });
    await education.getByRole('button', { name: '添加学历' }).click();
    await chooseOption(education.getByRole('combobox', { name: '学历' }), '本科');
    await education.getByLabel('学校').fill('华东理工大学');
    await education.getByRole('textbox', { name: '专业' }).fill('社会工作');
    await education.getByRole('radio', { name: '社会工作专业' }).check();
    await education.getByLabel('毕业年份').fill('2012');
    await education.getByRole('button', { name: '保存此部分' }).click();
    await education.getByText('已保存。').waitFor();
    await expect.poll(() => completeness(page)).toBeGreaterThan(afterPersonal);
    const afterEducation = await completeness(page);
    await page.getByRole('link', { name: '返回档案概览' }).first().click();
    await page.getByTestId('badge-talent').getByText('社会工作人才').waitFor();

    await page.getByRole('link', { name: '编辑“职业资格证书”' }).click();
    const certificates = page.getByRole('region', { name: '职业资格证书' });
    await certificates.getByRole('button', { name: '添加证书' }).click();
    await chooseOption(certificates.getByLabel('证书等级'), '社会工作师');
    await certificates.getByLabel('证书编号').fill('SW-2015-310101');
    await certificates.getByLabel('取得年份').fill('2015');
    await certificates.getByRole('button', { name: '保存此部分' }).click();
    await certificates.getByText('已保存。').waitFor();

    // Nothing in the registry yet: the claim waits for verification, and the badges say so.
    await certificates.getByTestId('certificate-status-0').getByText('待核验').waitFor();
    await expect.poll(() => completeness(page)).toBeGreaterThan(afterEducation);
    await page.getByRole('link', { name: '返回档案概览' }).first().click();
    await page.getByTestId('badge-certificate').getByText('社会工作师（待核验）').waitFor();
    await page
      .getByTestId('badge-certified')
      .getByText(/持证社工/)
      .waitFor();

    // Saved on the server, not just in the page.
    await page.goto(`${app.url}/me/profile/personal`);
    await page.getByRole('region', { name: '基本信息' }).getByLabel('姓名').waitFor();
    expect(await page.getByRole('region', { name: '基本信息' }).getByLabel('姓名').inputValue()).toBe('李晓梅');
    await page.goto(`${app.url}/me/profile`);
    await page.getByTestId('badge-talent').getByText('社会工作人才').waitFor();
    await page.close();
  });
});

describe('an organisation is verified by the bureau', () => {
  it('when an organisation registers and the bureau verifies it, then the organisation sees 已认证 after a reload', async () => {
    const orgName = `上海市黄浦区晓光社会工作服务社${Date.now().toString(36)}`;
    const creditCode = generateCreditCode(seededRng(20_260_301), { authority: '5', type: '2', districtCode: '310101' });

    const page = await browser.newPage();
    await signUp(page, { login: newLogin('org'), displayName: '王主任', role: '用人机构' });
    await page.waitForURL('**/org');
    const form = page.getByRole('form', { name: '登记机构' });
    await form.getByLabel('机构名称').fill(orgName);
    await form.getByLabel('统一社会信用代码').fill(creditCode);
    await form.getByText('代码格式和校验位正确。').waitFor();
    await chooseOption(form.getByLabel('机构类型'), '社会工作服务机构');
    await chooseOption(form.getByLabel('所在区'), '黄浦区');
    await chooseOption(form.getByLabel('所在街道/镇'), '外滩街道');
    await form.getByLabel('详细地址').fill('中山东一路 1 号');
    await form.getByLabel('联系人姓名').fill('王主任');
    await form.getByLabel('联系人手机号码').fill('13912345678');
    await form.getByLabel('专职人员总数').fill('9');
    await form.getByLabel('其中持证人数').fill('3');
    await form.getByLabel('其中社工本科及以上').fill('2');
    await form.getByLabel(/持证或社工本科及以上/).fill('4');
    await form.getByRole('checkbox', { name: /机构章程明确了社会工作服务宗旨/ }).check();
    await page.getByTestId('agency-preview').getByText('社会工作服务机构', { exact: true }).waitFor();
    await form.getByRole('button', { name: '提交审核' }).click();

    await page.getByTestId('org-status').getByText('待审核').waitFor();
    await page.getByText('认证通过前，暂不能发布岗位').waitFor();

    // The bureau works in a browser of its own; the guard sends it to sign in and back to the queue.
    const officer = await createUser({ role: 'bureau', displayName: '民政局审核员', password: PASSWORD });
    const bureauBrowser = await launchBrowser();
    try {
      const desk = await bureauBrowser.newPage();
      await desk.goto(`${app.url}/bureau/organisations`);
      await desk.waitForURL('**/sign-in?next=*');
      await desk.getByLabel('电子邮箱或手机号码').fill(officer.login);
      await desk.getByLabel('密码').fill(PASSWORD);
      await desk.getByRole('button', { name: '登录' }).click();
      await desk.waitForURL('**/bureau/organisations');
      const row = desk.getByRole('row').filter({ hasText: orgName });
      await row.getByText(creditCode).waitFor();
      await row.getByRole('button', { name: '认证通过' }).click();
      await desk.getByRole('dialog').getByRole('button', { name: '认证通过' }).click();
      await row.waitFor({ state: 'detached' });
      await desk.getByRole('tab', { name: '已认证' }).click();
      await desk.getByRole('row').filter({ hasText: orgName }).waitFor();
    } finally {
      await bureauBrowser.close();
    }

    await page.reload();
    await page.getByTestId('org-status').getByText('已认证').waitFor();
    await page.close();
  });
});

describe('a forgotten password', () => {
  it('when a worker asks for a reset from the sign-in page, then the link in the mail sets a new password and signs in', async () => {
    const worker = await signUpByApi(app, { displayName: '周敏' });
    const page = await browser.newPage();
    await page.context().clearCookies(); // whoever signed in before on this browser is gone
    await page.goto(`${app.url}/sign-in`);
    await page.getByRole('link', { name: '忘记密码？' }).click();
    await page.getByRole('heading', { level: 1, name: '找回密码' }).waitFor();
    await page.getByLabel('电子邮箱或手机号码').fill(worker.login);
    await page.getByRole('button', { name: '发送重设链接' }).click();
    await page.getByText('请查收邮件').waitFor();

    const mail = await app.mailbox.waitFor({ to: worker.login, template: 'password_reset' });
    await page.goto(`${app.url}/reset-password?token=${TestMailbox.tokenIn(mail, '/reset-password')}`);
    await page.getByLabel('设置密码').fill('silver-canal-orchard-19');
    await page.getByRole('button', { name: '设置新密码' }).click();
    await page.waitForURL('**/me/profile');
    // The old session (the API client's) ended with the reset.
    expect((await worker.client.get<{ user: unknown }>('/api/auth/me')).body.user).toBeNull();
    await page.close();
  });
});

describe('the account’s e-mail address', () => {
  it('when an unverified account follows the banner and the verification mail, then the banner goes; a new address waits for its own link', async () => {
    const person = await createUser({ role: 'worker', login: newLogin('cli'), password: PASSWORD });
    const page = await browser.newPage();
    await page.context().clearCookies();
    await page.goto(`${app.url}/sign-in`);
    await page.getByLabel('电子邮箱或手机号码').fill(person.login);
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL('**/dashboard');
    const banner = page.getByTestId('email-banner');
    await banner.getByText('请验证您的邮箱').waitFor();
    await banner.getByRole('link', { name: '查看邮箱设置' }).click();
    await page.waitForURL('**/me/account');
    await page.getByTestId('email-address').getByText('未验证').waitFor();
    await page.getByRole('button', { name: '重新发送验证邮件' }).click();
    await page.getByText('验证邮件已发送，请查收。').waitFor();

    const mail = await app.mailbox.waitFor({ to: person.login, template: 'verify_email' });
    await page.goto(`${app.url}/verify-email?token=${TestMailbox.tokenIn(mail, '/verify-email')}`);
    await page.getByText(/已验证。今后邮件提醒会发送到这里/).waitFor();
    await page.getByRole('link', { name: '前往账号与邮箱' }).click();
    await page.getByTestId('email-address').getByText('已验证').waitFor();
    expect(await page.getByTestId('email-banner').count()).toBe(0);

    const next = newLogin('next');
    await page.getByRole('button', { name: '更改邮箱' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('新的邮箱地址').fill(next);
    await dialog.getByLabel('当前密码').fill(PASSWORD);
    await dialog.getByRole('button', { name: '发送确认链接' }).click();
    await dialog.getByText('确认链接已发送到新地址').waitFor();
    await dialog.getByRole('button', { name: '关闭' }).last().click();
    await page.getByText(`正在等待确认新地址 ${next}`).waitFor();
    await page.getByTestId('email-address').getByText(person.login).waitFor();
    await page.close();
  });
});
