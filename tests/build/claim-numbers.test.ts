import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { SECTIONS } from '../../src/lib/view/routes.ts';
import { builtPages } from '../support/pages.ts';
import { DIST } from '../support/paths.ts';

/**
 * A claim's number is one fact shown in two places: the badge after each marked sentence and the
 * chip beside the claim in the lists (the event's claim list, the coverage table, an article's
 * "Auch berichtet von"). Both must give the same number for the same claim on every page.
 */

const classesOf = (element: Element): string[] =>
  Array.isArray(element.properties.className) ? element.properties.className.map(String) : [];
const hasClass = (element: Element, name: string) => classesOf(element).includes(name);
const CLAIM_PAGE = new RegExp(`/${SECTIONS.claim}/([^/]+)/$`);

/** What one page says of claim numbers: by the lists' chips and by the marks' badges. */
function numbersOf(page: string): { listed: Map<string, Set<number>>; badges: { claim: string; number: number }[] } {
  const tree: Root = unified()
    .use(rehypeParse)
    .parse(readFileSync(join(DIST, page, 'index.html'), 'utf8'));
  const listed = new Map<string, Set<number>>();
  const badges: { claim: string; number: number }[] = [];
  visit(tree, 'element', (element) => {
    const children = element.children.filter((child): child is Element => child.type === 'element');
    // A list entry: a chip and, beside it, the link to its claim's page.
    const chip = children.find((child) => hasClass(child, 'claim-chip'));
    const link = children.find((child) => child.tagName === 'a' && CLAIM_PAGE.test(String(child.properties.href)));
    if (chip && link) {
      const claim = CLAIM_PAGE.exec(String(link.properties.href))![1]!;
      listed.set(claim, (listed.get(claim) ?? new Set()).add(Number(toText(chip).trim())));
    }
    const badge = hasClass(element, 'claim-mark') && children.find((child) => hasClass(child, 'claim-badge'));
    if (badge) {
      const claims = String(element.properties.dataClaim).split(' ');
      const shown = badge.children.find((child): child is Element => child.type === 'element');
      const numbers = toText(shown!).split(',').map(Number);
      expect(numbers, `${page}: a badge shows a number per claim of its mark`).toHaveLength(claims.length);
      claims.forEach((claim, i) => badges.push({ claim, number: numbers[i]! }));
    }
  });
  return { listed, badges };
}

const pages = builtPages().filter((page) =>
  new RegExp(`^/(?:${SECTIONS.event}|${SECTIONS.article})/[^/]+/$`).test(page),
);

describe("a claim's number is the same in the marks' badges and in the lists", () => {
  const read = pages.map((page) => ({ page, ...numbersOf(page) }));

  it('the built site has pages where both show numbers', () => {
    const both = read.filter(({ listed, badges }) => badges.some((badge) => listed.has(badge.claim)));
    expect(both.length).toBeGreaterThan(1);
  });

  for (const { page, listed, badges } of read.filter((p) => p.badges.length > 0 && p.listed.size > 0)) {
    it(`${page}: every badge gives its claim the number the lists give it`, () => {
      for (const [claim, numbers] of listed)
        expect([...numbers], `${page}: claim ${claim} in the lists`).toHaveLength(1);
      const disagree = badges
        .filter(({ claim }) => listed.has(claim))
        .filter(({ claim, number }) => !listed.get(claim)!.has(number))
        .map(({ claim, number }) => `claim ${claim}: badge ${number}, lists ${[...listed.get(claim)!].join(', ')}`);
      expect(disagree).toEqual([]);
    });
  }
});
