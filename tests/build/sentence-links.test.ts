import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/pages.ts';
import { DIST } from '../support/paths.ts';

/**
 * Every sentence a page gives an address (`satz-12`, `vorspann-2`, on an event page
 * `<article>--satz-12`) has a link of its own to that address, which a reader can follow and
 * copy without JavaScript: first in the sentence's element, named in German, with no text of its
 * own (the page's text and a copy of it stay the text of the article), never inside another link.
 */
const parser = unified().use(rehypeParse);
const tree = (page: string): Root => parser.parse(readFileSync(join(DIST, `${page}index.html`), 'utf8'));
const classes = (element: Element): string[] =>
  Array.isArray(element.properties.className) ? element.properties.className.map(String) : [];

interface Found {
  /** Ids of the sentences' elements, in page order. */
  sentences: string[];
  /** The links to sentences, in page order. */
  links: { href: string; label: string; text: string; nested: boolean; first: string | undefined }[];
}

function sentencesAndLinks(root: Root): Found {
  const found: Found = { sentences: [], links: [] };
  const link = (element: Element, nested: boolean, first: string | undefined) =>
    found.links.push({
      href: String(element.properties.href),
      label: String(element.properties.ariaLabel ?? ''),
      text: toText(element),
      nested,
      first,
    });
  visit(root, 'element', (element) => {
    if (classes(element).includes('satz') && typeof element.properties.id === 'string') {
      found.sentences.push(element.properties.id);
      const [opening] = element.children;
      if (opening?.type === 'element' && classes(opening).includes('satz-link')) {
        link(opening, false, element.properties.id);
        return SKIP;
      }
    } else if (classes(element).includes('satz-link')) {
      link(element, false, undefined);
    } else if (element.tagName === 'a') {
      visit(element, 'element', (inner) => {
        if (classes(inner).includes('satz-link')) link(inner, true, undefined);
      });
      return SKIP;
    }
    return undefined;
  });
  return found;
}

const articlePages = builtPages().filter((page) => /^\/artikel\/[^/]+\/$/.test(page));
const eventPages = builtPages().filter((page) => /^\/ereignisse\/[^/]+\/$/.test(page));

describe('every sentence has a link to its own address', () => {
  for (const page of [...articlePages, ...eventPages]) {
    it(page, () => {
      const { sentences, links } = sentencesAndLinks(tree(page));
      expect(sentences.length, `${page}: sentences`).toBeGreaterThan(0);
      // One link a sentence, in the sentence's order, each to that sentence's id.
      expect(links.map((l) => l.href)).toEqual(sentences.map((id) => `#${id}`));
      for (const l of links) {
        expect(l.nested, `${page} ${l.href}: inside another link`).toBe(false);
        expect(l.text, `${page} ${l.href}: text of its own`).toBe('');
        expect(l.label, `${page} ${l.href}: its name`).toMatch(/^Link zu Satz \d+( des Vorspanns)?$/);
      }
      // Where the sentence starts outside a link of the text, its link opens the sentence's element.
      expect(links.filter((l) => l.first !== undefined).length).toBeGreaterThan(sentences.length / 2);
    });
  }

  it("an event page links each column's sentences to their ids there (`<article>--satz-N`), not the article page's", () => {
    expect(articlePages.length).toBeGreaterThan(0);
    expect(eventPages.length).toBeGreaterThan(0);
    for (const page of eventPages) {
      const { links } = sentencesAndLinks(tree(page));
      expect(links.length, `${page}: links to sentences`).toBeGreaterThan(0);
      for (const l of links) expect(l.href, page).toMatch(/^#[a-z0-9-]+--(?:satz|vorspann)-\d+$/);
    }
  });
});
