// The search page as it reads a query (issue 13): a place named among the words becomes a chip
// that ranks hits there first and can be dropped or turned into the filter, each card says why
// it matched (a skill, pinyin, the place), and the street facet's box lists real streets with 0.
import { streets } from '@shsw/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bureau, orgOwner, PASSWORD, signUp } from '../factories/actors.js';
import { openPosition } from '../factories/positions.js';
import { launchBrowser, type TestBrowser } from '../setup/browser.js';
import { testSearchEngine } from '../setup/search-engine.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

const XUHUI = { districtCode: '310104', streetCode: '310104014' }; // 徐家汇街道
const MINHANG = { districtCode: '310112', streetCode: '310112102' }; // 七宝镇
/** A real town in 闵行 where no position is open. */
const EMPTY_STREET = streets.find(
  (s) => s.districtCode === MINHANG.districtCode && s.code !== MINHANG.streetCode && !s.statisticalOnly,
);

let app: TestApp;
let browser: TestBrowser;
const search = testSearchEngine();
let minhangOwner: Awaited<ReturnType<typeof orgOwner>>;

/** A page in the given language, whatever an earlier test chose on this browser profile. */
async function pageIn(lang: 'zh-CN' | 'en', opts: { mobile?: boolean } = {}) {
  const page = await browser.newPage(opts);
  await page.addInitScript((l) => {
    if (l === 'en') window.localStorage.setItem('shsw.lang', 'en');
    else window.localStorage.removeItem('shsw.lang');
  }, lang);
  return page;
}

async function searchFor(page: Page, box: string, button: string, q: string) {
  await page.getByRole('searchbox', { name: box }).fill(q);
  await page.getByRole('button', { name: button, exact: true }).click();
}

const hitTitles = (page: Page) => page.getByTestId('position-hit').getByRole('heading', { level: 2 }).allTextContents();

beforeAll(async () => {
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '0' }, { searchEngine: search.engine });
  browser = await launchBrowser();
  const bureauClient = await bureau(app);
  const xuhui = await orgOwner(app, { bureauClient, body: { name: '徐汇区启明社会服务中心', ...XUHUI } });
  minhangOwner = await orgOwner(app, { bureauClient, body: { name: '闵行区康乐服务中心', ...MINHANG } });
  const common = { description: '负责项目执行与记录。', secondaryDomain: null, skills: ['沟通协调'] };
  await openPosition(xuhui.client, { ...common, title: '儿童保护社工', primaryDomain: 'child_welfare', ...XUHUI });
  await openPosition(minhangOwner.client, {
    ...common,
    title: '困境家庭个案社工',
    primaryDomain: 'marriage_family',
    skills: ['儿童保护评估'],
    ...MINHANG,
  });
  await openPosition(xuhui.client, { ...common, title: '医院社工', primaryDomain: 'medical', ...XUHUI });
  await app.server.services.events.idle();
  await app.server.services.searchSync.drain();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await search.cleanUp();
});

describe('position search reads the query', () => {
  it('when a visitor types a district and a job (闵行区 儿童), then a place chip ranks 闵行 first, × searches the words as typed, and 只看该地点 makes it the filter', async () => {
    const page = await pageIn('zh-CN');
    await page.goto(`${app.url}/positions`);
    const summary = page.getByTestId('search-summary');
    await expect.poll(() => summary.textContent()).toBe('共 3 个岗位');
    await searchFor(page, '岗位关键词', '搜索', '闵行区 儿童');
    await page.waitForURL(/q=/);

    const places = page.getByTestId('understood-places');
    await places.getByText('地点：闵行区（已优先显示）').waitFor();
    // A boost, not a filter: the 闵行 hit first, the 徐汇 one still after it.
    await expect.poll(() => hitTitles(page)).toEqual(['困境家庭个案社工', '儿童保护社工']);
    const first = page.getByTestId('position-hit').first();
    // Its title never says 儿童: the card says it matched on a skill, and where.
    expect(await first.getByTestId('hit-matches').textContent()).toBe('匹配：地点 闵行区 · 技能 儿童保护评估');
    // The highlighted title already shows a title match by the word itself: the line does not repeat it.
    const second = page.getByTestId('position-hit').nth(1);
    expect(await second.locator('h2 mark').first().textContent()).toBe('儿童');
    expect((await second.getByTestId('hit-matches').allTextContents()).join('')).not.toContain('标题');

    // ×: the same words searched as typed; the chip goes, and an undoable one says how the words are read.
    await places.getByRole('button', { name: '不按闵行区优先，按原文搜索' }).click();
    await page.waitForURL((u) => u.searchParams.get('places') === 'off');
    await places.waitFor({ state: 'detached' });
    const chips = page.getByTestId('active-filters');
    await chips.getByRole('button', { name: '移除条件：地名按原文搜索' }).click();
    await page.waitForURL((u) => !u.searchParams.has('places') && u.searchParams.get('q') === '闵行区 儿童');
    await places.getByText('地点：闵行区（已优先显示）').waitFor();

    // 只看该地点: the district becomes the facet filter, the words lose the place name.
    await places.getByRole('button', { name: '只看该地点' }).click();
    await page.waitForURL((u) => u.searchParams.get('district') === '310112' && u.searchParams.get('q') === '儿童');
    await expect.poll(() => summary.textContent()).toBe('共 1 个岗位');
    await places.waitFor({ state: 'detached' });
    expect(
      await page
        .getByTestId('facet-district')
        .getByRole('checkbox', { name: /闵行区/ })
        .isChecked(),
    ).toBe(true);
    expect(await page.getByRole('searchbox', { name: '岗位关键词' }).inputValue()).toBe('儿童');
    await chips.getByRole('button', { name: '移除条件：闵行区' }).waitFor();
    expect(await hitTitles(page)).toEqual(['困境家庭个案社工']);

    // Back undoes it in one step.
    await page.goBack();
    await page.waitForURL((u) => !u.searchParams.has('district') && u.searchParams.get('q') === '闵行区 儿童');
    await places.getByText('地点：闵行区（已优先显示）').waitFor();
    await page.close();
  });

  it('when a visitor searches in pinyin in English, then the cards say they matched through pinyin, naming the skill and the place', async () => {
    const page = await pageIn('en');
    await page.goto(`${app.url}/positions`);
    await searchFor(page, 'Position keywords', 'Search', 'minhang ertong');
    await page.waitForURL(/q=minhang/);
    await page.getByTestId('understood-places').getByText('Place: Minhang (shown first)').waitFor();
    await expect.poll(() => hitTitles(page)).toEqual(['困境家庭个案社工', '儿童保护社工']);
    const [family, child] = [page.getByTestId('position-hit').first(), page.getByTestId('position-hit').nth(1)];
    expect(await family.getByTestId('hit-matches').textContent()).toBe(
      'Matched: place Minhang · skill 儿童保护评估 (pinyin)',
    );
    // A title matched through pinyin is said, as nothing in it is highlighted.
    expect(await child.getByTestId('hit-matches').textContent()).toMatch(/^Matched: title \(pinyin\)/);

    // ×: "minhang" as a word matches nothing; the page says it was left out and keeps the hits.
    await page
      .getByTestId('understood-places')
      .getByRole('button', { name: 'Don’t rank Minhang first; search the words as typed' })
      .click();
    await page.waitForURL((u) => u.searchParams.get('places') === 'off');
    await page
      .getByTestId('ignored-words')
      .getByText('Nothing contains “minhang”, so the other words were searched.')
      .waitFor();
    await expect.poll(() => hitTitles(page)).toEqual(['儿童保护社工', '困境家庭个案社工']);
    await page.close();
  });

  it('when a visitor looks up a street by name, then a real street without positions shows 0, and only a name nothing has says so', async () => {
    expect(EMPTY_STREET).toBeDefined();
    const street = EMPTY_STREET as (typeof streets)[number];
    const page = await pageIn('zh-CN');
    await page.goto(`${app.url}/positions`);
    await expect.poll(() => page.getByTestId('search-summary').textContent()).toBe('共 3 个岗位');
    const facet = page.getByTestId('facet-street');
    const box = facet.getByRole('textbox', { name: '在“街道/镇”中查找' });
    await box.fill(street.label.zh);
    const option = facet.locator('label').filter({ hasText: street.label.zh });
    await expect.poll(() => option.locator('span', { hasText: /^\d+$/ }).last().textContent()).toBe('0');
    expect(await facet.getByRole('status').count()).toBe(0);
    // In pinyin, with spaces, the street with positions is found with its count.
    await box.fill('qi bao');
    await expect
      .poll(() =>
        facet.locator('label').filter({ hasText: '七宝镇' }).locator('span', { hasText: /^\d+$/ }).last().textContent(),
      )
      .toBe('1');
    await box.fill('火星路');
    await facet.getByRole('status').getByText('没有名称含“火星路”的街道/镇。').waitFor();
    await page.close();
  });

  it('when the page is 375 px wide, then the place chip and the match line wrap without sideways scrolling', async () => {
    const page = await pageIn('zh-CN', { mobile: true });
    await page.goto(`${app.url}/positions?q=${encodeURIComponent('闵行区 儿童保护评估 个案')}`);
    await page.getByTestId('understood-places').getByText('地点：闵行区（已优先显示）').waitFor();
    await page.getByTestId('hit-matches').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.close();
  });
});

describe('talent search reads the query', () => {
  it('when an organisation searches talent by a district and a skill word, then the chip and the match line show there too', async () => {
    const worker = await signUp(app, { role: 'worker', displayName: '钱雯' });
    const profile = await worker.client.patch('/api/me/profile', {
      personal: { name: '钱雯', birthYear: 1991, districtCode: MINHANG.districtCode, mobile: '13700004321' },
      serviceDomains: ['marriage_family'],
      skills: ['儿童保护评估', '家庭走访'],
      openToWork: true,
      visibility: 'public',
    });
    expect(profile.status, profile.text).toBe(200);
    await app.server.services.events.idle();
    await app.server.services.searchSync.drain();

    const page = await pageIn('zh-CN');
    await page.goto(`${app.url}/sign-in`);
    await page.getByLabel('电子邮箱或手机号码').fill(minhangOwner.login);
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL('**/dashboard');
    await page.goto(`${app.url}/talent`);
    await searchFor(page, '人才关键词', '搜索', '闵行 儿童');
    await page.getByTestId('understood-places').getByText('地点：闵行区（已优先显示）').waitFor();
    const hit = page.getByTestId('talent-hit').filter({ hasText: '钱*' });
    await expect.poll(() => hit.getByTestId('hit-matches').textContent()).toBe('匹配：地点 闵行区 · 技能 儿童保护评估');
    await page.getByTestId('understood-places').getByRole('button', { name: '只看该地点' }).click();
    await page.waitForURL((u) => u.searchParams.get('district') === '310112' && u.searchParams.get('q') === '儿童');
    await hit.waitFor();
    await page.close();
  });
});
