import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from '../setup/browser.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

/*
 * The shipped CJK font: Noto Sans SC in unicode-range slices, after the system fonts in the stack. On a
 * machine without a CJK font (Debian's chromium pulls none in) the home page must load the slices for its
 * characters and only those; on a machine whose CJK font is in the stack, none at all.
 */

const assets = path.resolve(import.meta.dirname, '../../client/dist/assets');
// The system CJK families the theme's stack names before the shipped font (client/src/app/theme.ts).
const stackedSystemCjk = [
  'PingFang SC',
  'Hiragino Sans GB',
  'Microsoft YaHei',
  'Noto Sans CJK SC',
  'Source Han Sans SC',
];

function systemCjkFamilies(): string[] {
  try {
    return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' })
      .split('\n')
      .flatMap((line) => line.split(','))
      .map((family) => family.trim())
      .filter(Boolean);
  } catch {
    return []; // no fontconfig: no system fonts Chromium could use either
  }
}

let app: TestApp;
let browser: TestBrowser;

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('CJK web font', () => {
  it('when the home page loads, then it downloads only the Noto Sans SC slices its characters need (none if the system has a stacked CJK font), cached for a year', async () => {
    const shipped = fs.readdirSync(assets).filter((file) => /^noto-sans-sc-.*\.woff2$/.test(file));
    // ~100 slices, as separate files (an inlined slice would be downloaded by every page).
    expect(shipped.length).toBeGreaterThan(90);
    const shippedBytes = shipped.reduce((sum, file) => sum + fs.statSync(path.join(assets, file)).size, 0);

    const page = await browser.newPage();
    await page.addInitScript(() => window.localStorage.removeItem('shsw.lang'));
    const fontResponses: { url: string; bytes: number; cacheControl: string }[] = [];
    page.on('response', async (response) => {
      if (!/\/noto-sans-sc-[^/]*\.woff2$/.test(response.url())) return;
      const body = await response.body().catch(() => Buffer.alloc(0));
      fontResponses.push({
        url: response.url(),
        bytes: body.length,
        cacheControl: response.headers()['cache-control'] ?? '',
      });
    });
    await page.goto(app.url);
    await page.getByRole('heading', { level: 1, name: '上海社会工作人才供需平台' }).waitFor();
    await page.evaluate(() => document.fonts.ready);

    // The @font-face rules are there, split by unicode-range, whatever the machine.
    const faces = await page.evaluate(() => {
      const found: { range: string; status: string }[] = [];
      document.fonts.forEach((face) => {
        if (face.family.replace(/["']/g, '') === 'Noto Sans SC')
          found.push({ range: face.unicodeRange, status: face.status });
      });
      return found;
    });
    expect(faces.length).toBeGreaterThan(90);
    expect(faces.every((face) => face.range !== 'U+0-10FFFF')).toBe(true);

    const systemCovers = systemCjkFamilies().some((family) => stackedSystemCjk.includes(family));
    if (systemCovers) {
      // The system's own CJK font comes first: nothing to download.
      expect(fontResponses).toEqual([]);
    } else {
      // The slices holding 社 and 工 are loaded, so the heading's characters render in Noto Sans SC.
      await expect
        .poll(() => page.evaluate(() => document.fonts.check('16px "Noto Sans SC"', '社会工作人才')))
        .toBe(true);
      const loaded = faces.filter((face) => face.status === 'loaded');
      expect(loaded.length).toBeGreaterThan(0);
      expect(loaded.length).toBeLessThan(faces.length / 2);
      await expect.poll(() => fontResponses.length).toBeGreaterThanOrEqual(loaded.length);
      const downloaded = fontResponses.reduce((sum, response) => sum + response.bytes, 0);
      // Only a slice of what ships (~2.4 MB).
      expect(downloaded).toBeLessThan(shippedBytes / 3);
      for (const response of fontResponses) {
        expect(response.cacheControl).toContain('max-age=31536000');
        expect(response.cacheControl).toContain('immutable');
      }
      // Every Chinese glyph on screen is drawn in it — also the bold site name and the button marked
      // lang="zh-CN", which Chromium drew as boxes in Liberation Sans (Linux's Arial) when Arial came first.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
      for (const selector of ['a[class*="brand"] span', '[data-testid="lang-switch"] button[lang="zh-CN"] span']) {
        const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
        expect(nodeId, selector).toBeGreaterThan(0);
        const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
        // The web font (its files name their face, e.g. "Noto Sans SC Thin"), never a system fallback.
        expect(fonts.length, selector).toBeGreaterThan(0);
        for (const font of fonts) {
          expect(font.isCustomFont, `${selector}: ${font.familyName}`).toBe(true);
          expect(font.familyName, selector).toMatch(/^Noto Sans SC/);
        }
      }
      console.info(
        `fonts: home page downloaded ${fontResponses.length} Noto Sans SC slices, ${downloaded} bytes, of ${shipped.length} files / ${shippedBytes} bytes shipped`,
      );
    }
    await page.close();
  });

  it('when the font ships, then its licence (OFL 1.1) is served with it', async () => {
    const res = await fetch(`${app.url}/licenses/noto-sans-sc-OFL.txt`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('SIL Open Font License, Version 1.1');
  });
});
