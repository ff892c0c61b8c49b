import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import type { ClaimView, Mark } from '../../src/lib/claims/view.ts';
import { CLAIM_COLOURS } from '../../src/lib/claims/view.ts';
import { segmentArticle, type SentenceUnit } from '../../src/lib/text/units.ts';
import { renderArticleBody } from '../../src/plugins/article-processor.ts';
import { ROOT } from '../support/paths.ts';

/**
 * One folder per case in tests/fixtures/plugins: `input.md` (the article body), `options.json`
 * (marks, sentences only this article reports and an id prefix, all named by quoted words) and
 * `output.html` (the expected HTML, checked by hand once). `UPDATE_FIXTURES=1` rewrites the
 * outputs; read the diff before committing it.
 */
const FIXTURES = resolve(ROOT, 'tests/fixtures/plugins');
const UPDATE = process.env.UPDATE_FIXTURES === '1';

/** A claim as a fixture names it. */
interface FixtureClaim {
  number: number;
  kind: ClaimView['kind'];
  /** Articles that report it (only their number shows). */
  articles: string[];
}

/** `options.json` of a case. */
interface FixtureOptions {
  /** Sentences to mark, each named by words it contains. */
  marks?: { quote: string; claims: FixtureClaim[]; contradicted?: boolean }[];
  /** Sentences only this article reports, named by words they contain. */
  unique?: string[];
  idPrefix?: string;
}

/** The one sentence unit that contains `quote`; fails naming the quote when there is none or several. */
function unitFor(units: readonly SentenceUnit[], quote: string): SentenceUnit {
  const found = units.filter((unit) => unit.text.includes(quote));
  if (found.length !== 1) throw new Error(`"${quote}" is in ${found.length} sentences, not one`);
  return found[0]!;
}

function claimView(claim: FixtureClaim): ClaimView {
  const id = `aussage-${claim.number}`;
  return {
    id,
    label: id,
    labelOrigin: 'maschinell',
    kind: claim.kind,
    origin: 'maschinell',
    event: null,
    articles: claim.articles,
    passages: [],
    links: [],
    number: claim.number,
    colour: ((claim.number - 1) % CLAIM_COLOURS) + 1,
    tone: claim.kind,
  };
}

function render(markdown: string, options: FixtureOptions): { html: string; marks: Mark[]; units: SentenceUnit[] } {
  const units = segmentArticle({ body: markdown });
  const marks: Mark[] = (options.marks ?? []).map((mark) => {
    const unit = unitFor(units, mark.quote);
    return {
      field: unit.field,
      start: unit.start,
      end: unit.end,
      anchor: unit.anchor,
      claims: mark.claims.map(claimView),
      contradicted: mark.contradicted ?? false,
    };
  });
  const html = renderArticleBody(markdown, {
    units,
    marks,
    claimHref: (id) => `/behauptungen/${id}/`,
    uniqueAnchors: new Set((options.unique ?? []).map((quote) => unitFor(units, quote).anchor)),
    ...(options.idPrefix === undefined ? {} : { idPrefix: options.idPrefix }),
  });
  return { html, marks, units };
}

const parse = (html: string) => unified().use(rehypeParse, { fragment: true }).parse(html);

/** Removes the elements that have `className`. */
function without(tree: Root, className: string): Root {
  visit(tree, 'element', (element, index, parent) => {
    const classes = element.properties.className;
    if (!parent || index === undefined || !Array.isArray(classes) || !classes.includes(className)) return;
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
  return tree;
}

/** What a reader sees without the claim badges (they add numbers; everything else is wrapped text). */
const visibleText = (html: string): string => toText(without(parse(html), 'claim-badge'));

/** What a sighted reader sees, badge numbers included. */
const textWithNumbers = (html: string): string => toText(without(parse(html), 'visually-hidden'));

/** The text's own links as a browser reads the HTML: each target with its words. */
function links(html: string): string[] {
  const found: string[] = [];
  visit(parse(html), 'element', (element) => {
    if (element.tagName === 'a' && !isClaimMark(element)) found.push(`${element.properties.href} ${toText(element)}`);
  });
  return found;
}

const isClaimMark = (element: Element): boolean =>
  Array.isArray(element.properties.className) && element.properties.className.includes('claim-mark');

/** The same Markdown through the same processor without any of our plugins. */
function plainHtml(markdown: string): string {
  return String(unified().use(remarkParse).use(remarkRehype).use(rehypeStringify).processSync(markdown));
}

const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('article processor fixtures (tests/fixtures/plugins)', () => {
  it('has cases', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)('%s', (name) => {
    const folder = resolve(FIXTURES, name);
    const markdown = readFileSync(resolve(folder, 'input.md'), 'utf8');
    const options = JSON.parse(readFileSync(resolve(folder, 'options.json'), 'utf8')) as FixtureOptions;
    const { html: actual, marks, units } = render(markdown, options);
    const outputPath = resolve(folder, 'output.html');
    if (UPDATE) writeFileSync(outputPath, actual);
    expect(existsSync(outputPath), `${name}/output.html is missing; run with UPDATE_FIXTURES=1 and check it`).toBe(
      true,
    );
    expect(actual).toBe(readFileSync(outputPath, 'utf8'));
    // Marks and anchors only wrap: the text a reader sees is the text without them.
    expect(visibleText(actual)).toBe(visibleText(plainHtml(markdown)));
    // The text's own links keep their words: a mark never puts a link inside a link, which a
    // browser would break apart.
    expect(links(actual)).toEqual(links(plainHtml(markdown)));
    // A marked sentence's numbers follow it, also when the mark crosses emphasis or a link.
    for (const mark of marks) {
      const sentence = units.find((unit) => unit.anchor === mark.anchor)!.text;
      expect(textWithNumbers(actual)).toContain(sentence + mark.claims.map((c) => c.number).join(','));
    }
  });

  it('drops raw HTML from the Markdown (no element, no escaped tag), keeping the text between inline tags', () => {
    const folder = resolve(FIXTURES, 'raw-html-dropped');
    const markdown = readFileSync(resolve(folder, 'input.md'), 'utf8');
    const output = readFileSync(resolve(folder, 'output.html'), 'utf8');
    expect(markdown).toMatch(/<script>[\s\S]*<b>[\s\S]*onclick[\s\S]*<div>/);
    for (const trace of ['<script', 'alert', '<b>', 'onclick', '<div', 'Ein Block aus HTML', '&#x3C;', '&lt;']) {
      expect(output).not.toContain(trace);
    }
    expect(visibleText(output)).toBe('Putin empfing Kim am Dienstag. Es regnete.');
  });
});
