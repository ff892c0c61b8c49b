import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { FORMER_SECTIONS, siteRoutes } from '../../src/lib/view/routes.ts';
import { builtPages } from '../support/pages.ts';
import { DIST } from '../support/paths.ts';

/**
 * Claims moved from /behauptungen/<id>/ to /aussagen/<id>/. Every old address must still lead
 * to its claim: at once in a browser (a refresh to the new address), and for a reader or crawler
 * that does not follow it, by a link and the canonical address.
 */

/** The site origin the default build uses (astro.config.mjs, without SYNOPSE_SITE). */
const SITE = 'https://synopse.example';
const routes = siteRoutes('/');
const claims = (JSON.parse(readFileSync(join(DIST, 'claims.json'), 'utf8')) as { claims: { id: string }[] }).claims;
const fileOf = (href: string) => join(DIST, href, 'index.html');

/** The elements of a built page, by tag name. */
function elementsOf(href: string): Element[] {
  const tree: Root = unified()
    .use(rehypeParse)
    .parse(readFileSync(fileOf(href), 'utf8'));
  const found: Element[] = [];
  visit(tree, 'element', (element) => {
    found.push(element);
  });
  return found;
}

describe('the former claim addresses', () => {
  it('there is one for every claim, and no other page in their folder', () => {
    expect(claims.length).toBeGreaterThan(0);
    const former = builtPages().filter((page) => page.startsWith(`/${FORMER_SECTIONS.claim}/`));
    expect(former.sort()).toEqual(claims.map((claim) => routes.formerClaimHref(claim.id)).sort());
  });

  for (const { id } of claims) {
    const from = routes.formerClaimHref(id);
    const to = routes.claimHref(id);
    it(`${from} leads to ${to}, with and without the browser following it`, () => {
      expect(existsSync(fileOf(to)), `${to} is built`).toBe(true);
      const elements = elementsOf(from);
      const meta = (name: string, value: string) =>
        elements
          .filter((e) => e.tagName === 'meta' && String(e.properties[name]) === value)
          .map((e) => e.properties.content);
      expect(meta('httpEquiv', 'refresh')).toEqual([`0; url=${to}`]);
      expect(meta('name', 'robots')).toEqual(['noindex']);
      const canonical = elements.filter((e) => e.tagName === 'link' && String(e.properties.rel) === 'canonical');
      expect(canonical.map((e) => e.properties.href)).toEqual([`${SITE}${to}`]);
      const link = elements.find((e) => e.tagName === 'a' && e.properties.href === to);
      expect(link, 'a link to the new address').toBeDefined();
      expect(toText(link!).trim().length).toBeGreaterThan(0);
      expect(elements.find((e) => e.tagName === 'html')?.properties.lang).toBe('de');
    });
  }
});
