import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECTIONS, siteRoutes, type Routes } from '../../src/lib/view/routes.ts';
import { ROOT } from '../support/paths.ts';

const PAGES = join(ROOT, 'src/pages');

/**
 * The routes Astro makes of src/pages, as lists of segments: `index` names its folder, `[x]` stands
 * for one segment, `[...page]` (paginated lists, the site's only rest parameter) for none or a
 * page number, `feed.xml.ts` for `feed.xml`.
 */
const pageRoutes: string[][] = readdirSync(PAGES, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && /\.(?:astro|ts)$/.test(entry.name))
  .map((entry) =>
    relative(PAGES, join(entry.parentPath, entry.name))
      .replace(/\.(?:astro|ts)$/, '')
      .split('/')
      .filter((segment) => segment !== 'index'),
  );

/** Whether `segments` (an address's path under the base) is served by the route `route`. */
function matches(route: readonly string[], segments: readonly string[]): boolean {
  const [head, ...rest] = route;
  if (head === undefined) return segments.length === 0;
  if (head === '[...page]')
    return matches(rest, segments) || (/^\d+$/.test(segments[0] ?? '') && matches(rest, segments.slice(1)));
  if (segments.length === 0) return false;
  return (head.startsWith('[') || head === segments[0]) && matches(rest, segments.slice(1));
}

/** Every address a site has, for sample ids, by name (the fragment left off). */
function everyAddress(routes: Routes): Record<string, string> {
  return {
    home: routes.home,
    article: routes.articleHref('ein-artikel', 'satz-3'),
    event: routes.eventHref('ein-ereignis'),
    synopsis: routes.eventHref('ein-ereignis', 'synopse'),
    eventFeed: routes.eventFeedHref('ein-ereignis'),
    eventImage: routes.eventImageHref('ein-ereignis'),
    claim: routes.claimHref('c-0123abcd'),
    formerClaim: routes.formerClaimHref('c-0123abcd'),
    source: routes.sourceHref('2026-01-01-agentur'),
    contradictions: routes.contradictions,
    method: routes.method,
    search: routes.search,
    siteFeed: routes.siteFeed,
  };
}

describe('the addresses of the site (src/lib/view/routes.ts)', () => {
  it('name a page of src/pages each, so a link never leads nowhere', () => {
    const missing = Object.entries(everyAddress(siteRoutes('/')))
      .map(([name, href]) => [name, new URL(href, 'https://synopse.example').pathname] as const)
      .filter(([, path]) => !pageRoutes.some((route) => matches(route, path.split('/').filter(Boolean))))
      .map(([name, path]) => `${name}: ${path}`);
    expect(pageRoutes.length).toBeGreaterThan(10);
    expect(pageRoutes.flat().filter((segment) => segment.startsWith('[...') && segment !== '[...page]')).toEqual([]);
    expect(missing).toEqual([]);
  });

  it('all lie under the base path, with or without its final slash', () => {
    for (const base of ['/synopse/', '/synopse']) {
      for (const [name, href] of Object.entries(everyAddress(siteRoutes(base)))) {
        expect(href.startsWith('/synopse/'), `${name}: ${href}`).toBe(true);
        expect(href.startsWith('/synopse//'), `${name}: ${href}`).toBe(false);
      }
    }
  });

  it('end pages with a slash (the site is built with trailingSlash "always") and put a sentence after it', () => {
    const routes = siteRoutes('/');
    expect(routes.articleHref('ein-artikel')).toBe('/artikel/ein-artikel/');
    expect(routes.articleHref('ein-artikel', 'satz-3')).toBe('/artikel/ein-artikel/#satz-3');
    expect(routes.eventHref('ein-ereignis', 'synopse')).toBe('/ereignisse/ein-ereignis/synopse/');
    expect(routes.eventFeedHref('ein-ereignis')).toBe('/ereignisse/ein-ereignis/feed.xml');
    expect(routes.pagefindHref('pagefind.js')).toBe('/pagefind/pagefind.js');
  });

  it('give each kind of page a folder of its own', () => {
    const sections = Object.values(SECTIONS);
    expect(new Set(sections).size).toBe(sections.length);
  });
});
