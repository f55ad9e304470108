import type { Position } from '@shsw/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bureau, orgOwner, PASSWORD, signUp } from '../factories/actors.js';
import { openPosition } from '../factories/positions.js';
import { launchBrowser, type TestBrowser } from '../setup/browser.js';
import { OutageSwitch } from '../setup/outage-switch.js';
import { testSearchEngine } from '../setup/search-engine.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

type Reason = { code: string; met: boolean | 'partial'; label: { zh: string; en: string } };
type Matches = { items: { score: number; reasons: Reason[]; talent: { id: string; maskedName: string } }[] };

let app: TestApp;
/** Meilisearch when MEILI_HOST is set (the Meilisearch leg of .ci/run), else the in-process engine. */
const search = testSearchEngine();
/** The real engine behind a switch, so a test can take the search service away. */
let outage: OutageSwitch;
let browser: TestBrowser;
let owner: Awaited<ReturnType<typeof orgOwner>>;
const positions: Record<string, Position> = {};

/** A page in the default language, whatever an earlier test chose on this browser profile. */
async function chinesePage(opts: { mobile?: boolean } = {}) {
  const page = await browser.newPage(opts);
  await page.addInitScript(() => window.localStorage.removeItem('shsw.lang'));
  return page;
}

/** The number a facet value's checkbox shows beside its name. */
async function facetCount(page: Page, facet: string, name: string): Promise<string> {
  const option = page.getByTestId(`facet-${facet}`).locator('label').filter({ hasText: name });
  return (await option.locator('span', { hasText: /^\d+$/ }).last().textContent()) ?? '';
}

beforeAll(async () => {
  outage = new OutageSwitch(search.engine);
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '0' }, { searchEngine: outage });
  browser = await launchBrowser();
  const desk = await bureau(app);
  owner = await orgOwner(app, { bureauClient: desk, body: { name: '徐汇区乐龄社会工作服务社' } });
  positions.elderlyXuhui = await openPosition(owner.client, {
    title: '社区养老个案社工',
    primaryDomain: 'elderly_care',
    secondaryDomain: null,
    minCertificate: 'none',
    minEducation: 'none',
  });
  positions.elderlyPudong = await openPosition(owner.client, {
    title: '长者照护项目主管',
    primaryDomain: 'elderly_care',
    secondaryDomain: null,
    districtCode: '310115',
    streetCode: '310115004',
    description: '负责浦东新区的长者照护项目管理。',
  });
  positions.childXuhui = await openPosition(owner.client, {
    title: '儿童福利社工',
    primaryDomain: 'child_welfare',
    secondaryDomain: null,
    description: '为困境儿童提供个案服务。',
  });
  positions.medicalPudong = await openPosition(owner.client, {
    title: '医务社工',
    primaryDomain: 'medical',
    secondaryDomain: null,
    districtCode: '310115',
    streetCode: '310115004',
    employmentType: 'part_time',
    description: '在医院社工部开展患者支持。',
  });
  await app.server.services.events.idle();
  await app.server.services.searchSync.drain();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await search.cleanUp();
});

describe(`position search (${search.name})`, () => {
  it('when a visitor narrows by two facets and a keyword, then counts follow, the hit is highlighted, and reload and back keep the URL state', async () => {
    const page = await chinesePage();
    await page.goto(`${app.url}/`);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '找岗位' }).click();
    await page.waitForURL('**/positions');
    const summary = page.getByTestId('search-summary');
    await expect.poll(() => summary.textContent()).toBe('共 4 个岗位');
    expect(await facetCount(page, 'domain', '养老服务')).toBe('2');
    expect(await facetCount(page, 'district', '浦东新区')).toBe('2');

    await page
      .getByTestId('facet-domain')
      .getByRole('checkbox', { name: /养老服务/ })
      .check();
    await page.waitForURL(/domain=elderly_care/);
    await expect.poll(() => summary.textContent()).toBe('共 2 个岗位');
    // Disjunctive counts: the district facet counts within the chosen domain.
    await expect.poll(() => facetCount(page, 'district', '徐汇区')).toBe('1');

    await page
      .getByTestId('facet-district')
      .getByRole('checkbox', { name: /徐汇区/ })
      .check();
    await page.waitForURL(/district=310104/);
    await expect.poll(() => summary.textContent()).toBe('共 1 个岗位');
    // Other districts keep their counts for the chosen domain, so widening is one click away.
    expect(await facetCount(page, 'district', '浦东新区')).toBe('1');
    const chips = page.getByTestId('active-filters');
    await chips.getByRole('button', { name: '移除条件：养老服务' }).waitFor();
    await chips.getByRole('button', { name: '移除条件：徐汇区' }).waitFor();

    await page.getByRole('searchbox', { name: '岗位关键词' }).fill('养老');
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    await page.waitForURL(/q=/);
    const hit = page.getByTestId('position-hit');
    await expect.poll(() => hit.count()).toBe(1);
    expect(await hit.locator('h2 mark').textContent()).toBe('养老');
    expect(await hit.getByRole('heading', { level: 2 }).textContent()).toBe('社区养老个案社工');

    // The whole state is in the address: a reload shows the same search.
    const url = page.url();
    expect(new URL(url).searchParams.getAll('domain')).toEqual(['elderly_care']);
    await page.reload();
    await expect.poll(() => summary.textContent()).toBe('共 1 个岗位');
    expect(
      await page
        .getByTestId('facet-district')
        .getByRole('checkbox', { name: /徐汇区/ })
        .isChecked(),
    ).toBe(true);
    expect(await page.getByRole('searchbox', { name: '岗位关键词' }).inputValue()).toBe('养老');

    // Back undoes one step at a time: first the keyword, then the district.
    await page.goBack();
    await page.waitForURL((u) => !u.searchParams.has('q'));
    await expect.poll(() => summary.textContent()).toBe('共 1 个岗位');
    expect(await page.getByRole('searchbox', { name: '岗位关键词' }).inputValue()).toBe('');
    await page.goBack();
    await page.waitForURL((u) => !u.searchParams.has('district'));
    await expect.poll(() => summary.textContent()).toBe('共 2 个岗位');
    expect(
      await page
        .getByTestId('facet-district')
        .getByRole('checkbox', { name: /徐汇区/ })
        .isChecked(),
    ).toBe(false);

    await hit.first().getByRole('link').first().click();
    await page.waitForURL(/\/positions\/[0-9a-f]{24}$/);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.close();
  });

  it('when the page is 375 px wide, then the facets open in a drawer and the page does not scroll sideways', async () => {
    const page = await chinesePage({ mobile: true });
    await page.goto(`${app.url}/positions`);
    await expect.poll(() => page.getByTestId('search-summary').textContent()).toBe('共 4 个岗位');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: '筛选', exact: true }).click();
    const drawer = page.getByRole('dialog', { name: '筛选条件' });
    await drawer.getByRole('checkbox', { name: /兼职/ }).check();
    await page.waitForURL(/employmentType=part_time/);
    await drawer.getByRole('button', { name: '查看 1 个结果' }).click();
    await drawer.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: '筛选（1）' }).waitFor();
    expect(await page.getByTestId('position-hit').getByRole('heading').textContent()).toBe('医务社工');
    await page.close();
  });
});

describe('matching candidates', () => {
  it('when an organisation opens a position’s matching talent, then each candidate shows a score and the reasons the API gives', async () => {
    const worker = await signUp(app, { role: 'worker', displayName: '周敏' });
    const profile = await worker.client.patch('/api/me/profile', {
      personal: { name: '周敏', birthYear: 1992, districtCode: '310104', mobile: '13700005678' },
      education: [
        {
          level: 'bachelor',
          school: '华东理工大学',
          major: '社会工作',
          field: 'social_work',
          graduationYear: 2014,
        },
      ],
      serviceDomains: ['elderly_care'],
      skills: ['个案工作', '需求评估'],
      wishes: {
        serviceDomains: ['elderly_care'],
        districtCodes: ['310104'],
        salaryMin: 7000,
        employmentTypes: ['full_time'],
      },
      openToWork: true,
      visibility: 'public',
    });
    expect(profile.status, profile.text).toBe(200);
    await app.server.services.events.idle();
    await app.server.services.searchSync.drain();
    const position = positions.elderlyXuhui as Position;
    const fromApi = await owner.client.get<Matches>(`/api/positions/${position.id}/matches`);
    expect(fromApi.status, fromApi.text).toBe(200);
    const match = fromApi.body.items.find((m) => m.talent.maskedName.startsWith('周'));
    expect(match).toBeDefined();

    const page = await chinesePage();
    await page.goto(`${app.url}/sign-in`);
    await page.getByLabel('电子邮箱或手机号码').fill(owner.login);
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL('**/dashboard');
    await page.goto(`${app.url}/org/positions`);
    // Matches sit in the row's 更多 menu (the row keeps two buttons in view).
    await page
      .getByRole('row')
      .filter({ hasText: '社区养老个案社工' })
      .getByRole('button', { name: /^更多操作/ })
      .click();
    await page.getByRole('menuitem', { name: '匹配人才' }).click();
    await page.waitForURL(/\/pipeline\?tab=matches$/);
    await page.getByRole('tab', { name: '匹配人才', selected: true }).waitFor();
    const card = page.getByTestId('candidate').filter({ hasText: match?.talent.maskedName ?? '' });
    await card.waitFor();
    expect(await card.getByTestId('match-score').textContent()).toContain(String(match?.score));
    const reasons = card.getByTestId('match-reasons').getByRole('listitem');
    expect(await reasons.count()).toBe(match?.reasons.length);
    for (const reason of match?.reasons ?? []) {
      const item = reasons.filter({ hasText: reason.label.zh });
      const state = reason.met === 'partial' ? 'partial' : reason.met ? 'met' : 'unmet';
      expect(await item.getAttribute('data-state')).toBe(state);
    }

    // The same reasons in English, worded by the shared rule.
    await page.getByTestId('lang-switch').getByRole('button', { name: 'English' }).click();
    const first = match?.reasons[0];
    await card.getByText(first?.label.en ?? '').waitFor();
    await page.close();
  });
});

describe('talent search', () => {
  it('when a verified organisation searches talent, then records come masked with matched skills marked; an unverified one is told why it cannot', async () => {
    const worker = await signUp(app, { role: 'worker', displayName: '郑晓' });
    const profile = await worker.client.patch('/api/me/profile', {
      personal: { name: '郑晓', birthYear: 1990, districtCode: '310115', mobile: '13700009876' },
      serviceDomains: ['medical'],
      skills: ['危机干预', '哀伤辅导'],
      // A social-work degree and no certificate: 持证社工 by the plan's definition, without a certificate.
      education: [
        { level: 'bachelor', school: '华东理工大学', major: '社会工作', field: 'social_work', graduationYear: 2013 },
      ],
      openToWork: true,
      visibility: 'public',
    });
    expect(profile.status, profile.text).toBe(200);
    await app.server.services.events.idle();
    await app.server.services.searchSync.drain();

    const page = await chinesePage();
    await page.context().clearCookies();
    await page.goto(`${app.url}/sign-in`);
    await page.getByLabel('电子邮箱或手机号码').fill(owner.login);
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL('**/dashboard');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '人才搜索' }).click();
    await page.waitForURL('**/talent');
    await page.getByRole('searchbox', { name: '人才关键词' }).fill('危机干预');
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    const hit = page.getByTestId('talent-hit').filter({ hasText: '郑*' });
    await hit.waitFor();
    // Meilisearch cuts 危机干预 into two touching marks (危机, 干预); the in-process engine marks it whole.
    await hit.locator('mark').first().waitFor();
    expect((await hit.locator('mark').allTextContents()).join('')).toContain('危机干预');
    // Masked as the API returns it: never the full name or the mobile number.
    expect(await hit.textContent()).not.toContain('郑晓');
    expect(await hit.textContent()).not.toContain('13700009876');
    // The card's facts agree: no certificate, and the badge says the degree is why it counts as 持证社工.
    await hit.getByText('暂无职业资格证书').waitFor();
    expect(await hit.getByTestId('certified-badge').textContent()).toBe('持证社工（学历）');
    await page
      .getByTestId('facet-district')
      .getByRole('checkbox', { name: /浦东新区/ })
      .check();
    await page.waitForURL(/district=310115/);
    await hit.waitFor();

    const pending = await orgOwner(app, { verified: false });
    await page.context().clearCookies();
    await page.goto(`${app.url}/sign-in`);
    await page.getByLabel('电子邮箱或手机号码').fill(pending.login);
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL('**/dashboard');
    await page.goto(`${app.url}/talent`);
    await page.getByText('机构通过认证后才能搜索人才').waitFor();
    expect(await page.getByTestId('talent-hit').count()).toBe(0);
    await page.close();
  });
});

describe('search outage', () => {
  it('when the search engine is unreachable, then the page says search is unavailable, and retrying after it returns shows results', async () => {
    const page = await chinesePage();
    outage.down = true;
    try {
      await page.goto(`${app.url}/positions?domain=medical`);
      await page.getByTestId('search-unavailable').getByText('搜索暂时不可用').waitFor();
    } finally {
      outage.down = false;
    }
    await page.getByTestId('search-unavailable').getByRole('button', { name: '重试' }).click();
    await expect.poll(() => page.getByTestId('search-summary').textContent()).toBe('共 1 个岗位');
    await page.close();
  });
});
