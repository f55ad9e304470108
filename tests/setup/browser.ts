import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';

/** Debian's Chromium; a downloaded browser is never used. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface TestBrowser {
  context: BrowserContext;
  newPage(opts?: { mobile?: boolean }): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Headless Chromium with a fresh profile and no background networking (this machine's
 * network is closed, and a test must not depend on Google's hosts).
 */
export async function launchBrowser(): Promise<TestBrowser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install Debian's chromium package (see .ci/run)`);
  }
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shsw-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale: 'zh-CN',
    viewport: { width: 1280, height: 800 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  context.setDefaultTimeout(15_000);
  return {
    context,
    async newPage(opts = {}) {
      const page = await context.newPage();
      if (opts.mobile) await page.setViewportSize({ width: 375, height: 740 });
      return page;
    },
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Picks an option in an antd Select by its label, and makes sure the choice took: a click that
 * lands while the list is still opening or closing is lost, so the pick is retried until the
 * select shows the label (the same wait a person does when they look).
 */
export async function chooseOption(select: Locator, text: string): Promise<void> {
  const root = select.locator(
    'xpath=ancestor-or-self::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]',
  );
  for (let attempt = 1; ; attempt++) {
    try {
      // Open the list, unless an earlier attempt left it open.
      if (attempt === 1 || (await select.getAttribute('aria-expanded')) !== 'true') await select.click();
      // Searchable selects narrow the list by what is typed into their input.
      if (await select.evaluate((el) => el.matches('input:not([readonly])'))) await select.fill(text);
      const option = select
        .page()
        .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text })
        .first();
      // A list that keeps re-placing itself (near the window's edge, in a dialog) never holds still
      // for a pointer click: later attempts click the option element itself.
      if (attempt === 1) await option.click({ timeout: 5_000 });
      else await option.dispatchEvent('click', undefined, { timeout: 5_000 });
      await expect.poll(async () => (await root.textContent()) ?? '', { timeout: 3_000 }).toContain(text);
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}
