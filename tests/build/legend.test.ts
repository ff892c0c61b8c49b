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
 * The legend explains exactly the colours a page uses: every kind a reader meets in the text
 * (marks, claim chips, "nur hier" sentences) has its sample in the legend, and the legend shows
 * no sample of a kind the page does not have.
 */

const fileOf = (page: string) => join(DIST, page.endsWith('/') ? `${page}index.html` : page);
const parse = (page: string): Root =>
  unified()
    .use(rehypeParse)
    .parse(readFileSync(fileOf(page), 'utf8'));

const classesOf = (element: Element): string[] =>
  Array.isArray(element.properties.className) ? element.properties.className.map(String) : [];

/** The kind an element's colour shows, if any: `claim-mark--sinngleich`, `claim-chip--widerspruch`, `nur-hier`. */
function kindOf(element: Element): string | undefined {
  for (const name of classesOf(element)) {
    const kind = /^claim-(?:mark|chip)--(.+)$/.exec(name)?.[1];
    if (kind) return kind;
    if (name === 'nur-hier') return 'nur-hier';
  }
  return undefined;
}

/** The page's legends, the kinds their samples show, and the kinds shown anywhere else on the page. */
function kindsOf(tree: Root): { legends: Element[]; inLegend: Set<string>; onPage: Set<string> } {
  const legends: Element[] = [];
  const inLegend = new Set<string>();
  const onPage = new Set<string>();
  visit(tree, 'element', (element) => {
    if (classesOf(element).includes('legend')) {
      legends.push(element);
      visit(element, 'element', (sample) => {
        const kind = kindOf(sample);
        if (kind) inLegend.add(kind);
      });
      return SKIP;
    }
    const kind = kindOf(element);
    if (kind) onPage.add(kind);
    return undefined;
  });
  return { legends, inLegend, onPage };
}

const pages = builtPages().map((url) => ({ url, ...kindsOf(parse(url)) }));
const withLegend = pages.filter((p) => p.legends.length > 0);
const sorted = (kinds: Set<string>) => [...kinds].sort();

describe('the legend and the page agree', () => {
  it('every article page and every event page with a comparison has exactly one legend', () => {
    const articles = pages.filter((p) => /^\/artikel\/[^/]+\/$/.test(p.url));
    expect(articles.length).toBeGreaterThan(0);
    for (const { url, legends } of articles) expect(legends, url).toHaveLength(1);
    expect(withLegend.filter((p) => /^\/ereignisse\/[^/]+\/$/.test(p.url)).length).toBeGreaterThan(0);
    for (const { url, legends } of withLegend) expect(legends, url).toHaveLength(1);
  });

  it('legends differ between pages: a kind a page does not show is left out', () => {
    // A legend that always listed every kind would agree with a page that has them all.
    expect(new Set(withLegend.map((p) => sorted(p.inLegend).join(' '))).size).toBeGreaterThan(1);
  });

  for (const { url, inLegend, onPage } of withLegend) {
    it(`${url}: the legend shows exactly the kinds of the page's marks`, () => {
      expect(sorted(inLegend)).toEqual(sorted(onPage));
    });
  }

  for (const { url, legends, onPage } of withLegend.filter((p) => /^\/ereignisse\//.test(p.url))) {
    it(`${url}: a labelled checkbox hides the sentences only one column has, when some text is shared`, () => {
      const boxes: Element[] = [];
      visit(legends[0]!, 'element', (element) => {
        if (element.tagName === 'input' && element.properties.type === 'checkbox') boxes.push(element);
      });
      const shared = [...onPage].some((kind) => kind !== 'nur-hier');
      if (!onPage.has('nur-hier') || !shared) {
        expect(boxes).toEqual([]);
        return;
      }
      expect(boxes).toHaveLength(1);
      let label: Element | undefined;
      visit(legends[0]!, 'element', (element) => {
        if (element.tagName === 'label' && element.children.includes(boxes[0]!)) label = element;
      });
      expect(toText(label!).trim()).toBe('Sätze ohne Entsprechung ausblenden');
    });
  }
});
