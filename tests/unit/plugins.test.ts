import { readFileSync } from 'node:fs';
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
import type { Mark } from '../../src/lib/view/view.ts';
import { segmentArticle, type SentenceUnit } from '../../src/lib/text/units.ts';
import { renderArticleBody } from '../../src/plugins/article-processor.ts';
import {
  claimHref,
  expectOutput,
  fixtureCases,
  fixtureClaim,
  fixtureOptions,
  pluginFixtures,
  type FixtureClaim,
} from '../support/plugin-fixtures.ts';

/**
 * One folder per case in tests/fixtures/plugins/pipeline (the whole processor; each plugin on its own has
 * its own folder beside it): `input.md` (the article body), `options.json`
 * (marks, sentences only this article reports and an id prefix, all named by quoted words) and
 * `output.html` (the expected HTML, checked by hand once). `UPDATE_FIXTURES=1` rewrites the
 * outputs; read the diff before committing it.
 */
const FIXTURES = pluginFixtures('pipeline');

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

function render(markdown: string, options: FixtureOptions): { html: string; marks: Mark[]; units: SentenceUnit[] } {
  const units = segmentArticle({ body: markdown });
  const marks: Mark[] = (options.marks ?? []).map((mark) => {
    const unit = unitFor(units, mark.quote);
    return {
      field: unit.field,
      start: unit.start,
      end: unit.end,
      anchor: unit.anchor,
      claims: mark.claims.map(fixtureClaim),
      contradicted: mark.contradicted ?? false,
    };
  });
  const html = renderArticleBody(markdown, {
    units,
    marks,
    claimHref,
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
    if (element.tagName === 'a' && !isClaimMark(element) && !isSentenceLink(element)) {
      found.push(`${element.properties.href} ${toText(element)}`);
    }
  });
  return found;
}

const isClaimMark = (element: Element): boolean =>
  Array.isArray(element.properties.className) && element.properties.className.includes('claim-mark');

const isSentenceLink = (element: Element): boolean =>
  Array.isArray(element.properties.className) && element.properties.className.includes('satz-link');

/** The links to sentences, each by its target, and whether one stands inside another link. */
function sentenceLinks(html: string): { href: string; nested: boolean }[] {
  const found: { href: string; nested: boolean }[] = [];
  visit(parse(html), 'element', (element) => {
    if (isSentenceLink(element)) found.push({ href: String(element.properties.href), nested: false });
    else if (element.tagName === 'a') {
      visit(element, 'element', (inner) => {
        if (isSentenceLink(inner)) found.push({ href: String(inner.properties.href), nested: true });
      });
      return SKIP;
    }
    return undefined;
  });
  return found;
}

/** The same Markdown through the same processor without any of our plugins. */
function plainHtml(markdown: string): string {
  return String(unified().use(remarkParse).use(remarkRehype).use(rehypeStringify).processSync(markdown));
}

const cases = fixtureCases(FIXTURES);

describe('article processor fixtures (tests/fixtures/plugins/pipeline)', () => {
  it('has cases', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)('%s', (name) => {
    const folder = resolve(FIXTURES, name);
    const markdown = readFileSync(resolve(folder, 'input.md'), 'utf8');
    const options = fixtureOptions<FixtureOptions>(folder);
    const { html: actual, marks, units } = render(markdown, options);
    expectOutput(folder, name, actual);
    // Marks and anchors only wrap: the text a reader sees is the text without them.
    expect(visibleText(actual)).toBe(visibleText(plainHtml(markdown)));
    // The text's own links keep their words: a mark never puts a link inside a link, which a
    // browser would break apart.
    expect(links(actual)).toEqual(links(plainHtml(markdown)));
    // Each sentence gets one link to its own id, never inside another link.
    const ids = units.map((unit) => `#${options.idPrefix ?? ''}${unit.anchor}`);
    expect(sentenceLinks(actual)).toEqual(ids.map((href) => ({ href, nested: false })));
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

/** Classes of an element. */
const classesOf = (element: Element): string[] =>
  Array.isArray(element.properties.className) ? element.properties.className.map(String) : [];

/** The elements that have `className`, in document order. */
function elementsWith(html: string | Element, className: string): Element[] {
  const found: Element[] = [];
  visit(typeof html === 'string' ? parse(html) : html, 'element', (element) => {
    if (classesOf(element).includes(className)) found.push(element);
  });
  return found;
}

const outputOf = (name: string): string => readFileSync(resolve(FIXTURES, name, 'output.html'), 'utf8');
const optionsOf = (name: string): FixtureOptions => fixtureOptions<FixtureOptions>(resolve(FIXTURES, name));

describe('what a mark tells a reader', () => {
  const KINDS = ['claim-mark--sinngleich', 'claim-mark--wortgleich', 'claim-mark--widerspruch'];

  it.each(cases)('%s: each mark shows its kind by one class, and no class stands for a claim', (name) => {
    const expected = (optionsOf(name).marks ?? []).map((mark) =>
      mark.contradicted ? 'claim-mark--widerspruch' : `claim-mark--${mark.claims[0]!.kind}`,
    );
    const marks = elementsWith(outputOf(name), 'claim-mark');
    for (const mark of marks) {
      const classes = classesOf(mark);
      expect(classes.filter((c) => KINDS.includes(c))).toHaveLength(1);
      // Only the mark and its kind: a colour per claim (`claim-colour-2`) would say nothing.
      expect(classes.filter((c) => c !== 'claim-mark' && !KINDS.includes(c))).toEqual([]);
    }
    expect(new Set(marks.flatMap(classesOf).filter((c) => KINDS.includes(c)))).toEqual(new Set(expected));
  });

  it('a contradicted sentence is marked as a contradiction whatever the wording of its claims, with its numbers as text', () => {
    const html = outputOf('several-claims-contradicted');
    const [mark, ...others] = elementsWith(html, 'claim-mark');
    expect(others).toEqual([]);
    expect(classesOf(mark!)).toContain('claim-mark--widerspruch');
    // The numbers are text a sighted reader sees, not a colour; a screen reader hears what they mean.
    expect(textWithNumbers(html)).toContain('Der Zug fuhr 1180 Kilometer weit.2,4,5');
    expect(toText(mark!)).toContain('Widerspruch');
    // Each claim with its own count: claim 2 is in three articles, 4 and 5 in two.
    expect(toText(mark!)).toContain('Aussage 2 in 3 Artikeln, Aussage 4 in 2 Artikeln und Aussage 5 in 2 Artikeln');
  });

  it('a sentence no other article reports is only marked "nur hier": no claim, no number', () => {
    const html = outputOf('unique-sentence');
    const [unique, ...others] = elementsWith(html, 'nur-hier');
    expect(others).toEqual([]);
    expect(toText(unique!)).toBe('Es regnete den ganzen Tag.');
    expect(elementsWith(unique!, 'claim-mark')).toEqual([]);
    expect(textWithNumbers(html)).toContain('Putin empfing Kim.1 Es regnete den ganzen Tag.');
  });
});
