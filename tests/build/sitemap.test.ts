import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainEvent } from '../support/articles.ts';
import { builtPages } from '../support/pages.ts';
import { DIST } from '../support/paths.ts';

/** The site origin the default build uses (astro.config.mjs, without SYNOPSE_SITE). */
const SITE = 'https://synopse.example';
const read = (file: string) => readFileSync(join(DIST, file), 'utf8');
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

describe('sitemap and robots.txt in dist/', () => {
  it('robots.txt allows everything and points at the sitemap index', () => {
    expect(read('robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE}/sitemap-index.xml\n`);
  });

  it('the sitemap index lists the sitemap of pages', () => {
    expect(locs(read('sitemap-index.xml'))).toEqual([`${SITE}/sitemap-0.xml`]);
  });

  it('the sitemap lists every page readers should find, as absolute URLs, and not the 404 page', () => {
    const urls = locs(read('sitemap-0.xml'));
    // Forwarding pages (old addresses that now lead to an event or a claim's new address) are not pages to find.
    const forwarding = ['/vergleich/', '/synopse/'];
    const formerClaimPages = builtPages().filter((page) => page.startsWith('/behauptungen/'));
    expect(formerClaimPages.length).toBeGreaterThan(0);
    const pages = builtPages().filter(
      (page) => page !== '/404.html' && !forwarding.includes(page) && !formerClaimPages.includes(page),
    );
    expect(urls.sort()).toEqual(pages.map((page) => `${SITE}${page}`).sort());
    for (const path of ['/', `/ereignisse/${mainEvent()}/`, '/widersprueche/', '/methode/', '/suche/']) {
      expect(urls).toContain(`${SITE}${path}`);
    }
    for (const path of forwarding) expect(urls).not.toContain(`${SITE}${path}`);
    expect(urls.some((url) => url.includes('/artikel/'))).toBe(true);
    expect(urls.some((url) => url.includes('/aussagen/'))).toBe(true);
    expect(urls.filter((url) => url.includes('/behauptungen/'))).toEqual([]);
    expect(urls.filter((url) => url.includes('404'))).toEqual([]);
  });
});
