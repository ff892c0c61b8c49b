import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { useBuiltSite } from '../support/browser.ts';
import { builtPages, isForwardingPage } from '../support/pages.ts';

const built = useBuiltSite();

describe('no third parties, no console errors, CSP in force', () => {
  const site = builtPages();
  const forwarding = new Set(site.filter(isForwardingPage));
  const pages = [...site, '/suche/?q=Satellit', '/artikel/putin-empfaengt-kim-in-wostotschny/?highlight=Satelliten'];
  // One tab reads every page: a new browser context per page cost more than the page's checks.
  // Before each page the tab leaves the last one and forgets the site (HTTP cache, cookies,
  // storage, service workers), so each page loads as on a first visit, as in a new context.
  let page: Page;
  let devtools: CDPSession;
  let origin: string;
  const foreign: string[] = [];
  const errors: string[] = [];
  beforeAll(async () => {
    origin = new URL(built.url).origin;
    const context = await built.browser.newContext();
    page = await context.newPage();
    devtools = await context.newCDPSession(page);
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin !== origin && url.protocol !== 'data:') foreign.push(request.url());
    });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
  });
  afterAll(async () => {
    await page?.context().close();
  });
  for (const path of pages) {
    it(path, async () => {
      await page.goto('about:blank');
      await devtools.send('Network.clearBrowserCache');
      await devtools.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
      foreign.length = 0;
      errors.length = 0;
      const address = `${built.url}${path.slice(1)}`;
      const response = await page.goto(address, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      // A forwarding page leaves at once: read the page it leads to, never one mid-navigation.
      if (forwarding.has(path)) await page.waitForURL((url) => url.href !== address, { waitUntil: 'networkidle' });
      if (path.includes('?q='))
        await expect.poll(() => page.locator('[data-search-results] > li').count()).toBeGreaterThan(0);
      if (path.includes('highlight='))
        await expect.poll(() => page.locator('mark.pagefind-highlight').count()).toBeGreaterThan(0);
      // compressHTML drops whitespace between inline elements: words must not run together.
      // Raw sources are shown as received ("pic.twitter.com/2zPBjtSbZx"): their letters are not glue.
      await page.$$eval('[data-verbatim]', (elements) => elements.forEach((element) => element.replaceChildren()));
      const text = await page.locator('main').innerText();
      expect(text.match(/[a-zäöüß][A-ZÄÖÜ][a-zäöüß]|·\S|\S·/g) ?? []).toEqual([]);
      const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(csp).toMatch(/script-src/);
      expect(csp).not.toMatch(/unsafe-inline/);
      expect(foreign).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});
