import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/browser.ts';
import { builtPages, isForwardingPage } from '../support/pages.ts';

const built = useBuiltSite();

describe('no third parties, no console errors, CSP in force', () => {
  const site = builtPages();
  const forwarding = new Set(site.filter(isForwardingPage));
  const pages = [...site, '/suche/?q=Satellit', '/artikel/putin-empfaengt-kim-in-wostotschny/?highlight=Satelliten'];
  for (const path of pages) {
    it(path, async () => {
      const context = await built.browser.newContext();
      const page = await context.newPage();
      const foreign: string[] = [];
      const errors: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.origin !== new URL(built.url).origin && url.protocol !== 'data:') foreign.push(request.url());
      });
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
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
      await context.close();
      expect(foreign).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});
