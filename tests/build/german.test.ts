import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ClaimsResult } from '../../src/lib/claims/types.ts';
import { countNoun, findGermanSlips } from '../../src/lib/text/german.ts';
import { mainEvent, readArticleFiles } from '../support/articles.ts';
import { buildContentCopy, type BuiltCopy } from '../support/astro.ts';
import { builtPages } from '../support/pages.ts';
import { CONTENT, DIST } from '../support/paths.ts';

/**
 * The German of every built page as a reader meets it: the text on the page with tags stripped
 * and entities decoded (the way the browser's innerText joins inline elements, so words glued by
 * markup show), plus what the browser and assistive technology read out elsewhere: the title,
 * the descriptions for search engines and shared links, labels and the search result type.
 * Decoration marked aria-hidden is left out. URLs are attributes, not text, so /aussagen/<id>/
 * does not count as the old term.
 */
const fileOf = (page: string) => join(DIST, page.endsWith('/') ? `${page}index.html` : page);
const parser = unified().use(rehypeParse);

/** Attributes whose values a reader sees or hears. */
const READ_ATTRIBUTES = ['ariaLabel', 'title', 'alt', 'placeholder'] as const;

/** Drops decoration hidden from assistive technology ("●" beside "berichtet"): no one reads both. */
function dropAriaHidden(node: Root | Element): void {
  node.children = node.children.filter((child) => child.type !== 'element' || child.properties.ariaHidden !== 'true');
  for (const child of node.children) if (child.type === 'element') dropAriaHidden(child);
}

function readerText(html: string): string {
  const tree = parser.parse(html);
  dropAriaHidden(tree);
  const extra: string[] = [];
  visit(tree, 'element', (node: Element) => {
    const p = node.properties;
    if (node.tagName === 'title') extra.push(toText(node));
    if (node.tagName === 'meta' && typeof p.content === 'string') {
      const name = String(p.name ?? p.property ?? '');
      if (/^(description|og:title|og:description)$/.test(name)) extra.push(p.content);
    }
    for (const key of READ_ATTRIBUTES) if (typeof p[key] === 'string') extra.push(p[key]);
    // Pagefind shows these meta values in search results ("type:Aussage").
    if (typeof p.dataPagefindMeta === 'string') extra.push(p.dataPagefindMeta.replace(/^[^:]*:/, ''));
  });
  const body = tree.children.find((n): n is Element => n.type === 'element' && n.tagName === 'html');
  return [toText(body ?? tree), ...extra].join('\n');
}

const pages = builtPages();
const texts = new Map(pages.map((page) => [page, readerText(readFileSync(fileOf(page), 'utf8'))]));

describe('German without slips on every built page', () => {
  it('reads a meaningful amount of text', () => {
    expect(pages.length).toBeGreaterThan(10);
    expect(texts.get(`/ereignisse/${mainEvent()}/`)).toMatch(/Wer berichtet was/);
  });

  for (const page of pages) {
    it(page, () => {
      expect(findGermanSlips(texts.get(page)!)).toEqual([]);
    });
  }
});

describe('counts on the pages come from the content', () => {
  const claims = JSON.parse(readFileSync(join(DIST, 'claims.json'), 'utf8')) as {
    articles: unknown[];
    events: unknown[];
    claims: unknown[];
    contradictions: unknown[];
  };
  const articles = countNoun(claims.articles.length, 'Artikel', 'Artikel');
  const home = texts.get('/')!;

  it('the home heading names as many events and articles as claims.json holds', () => {
    const heading = `${countNoun(claims.events.length, 'Ereignis', 'Ereignisse')}, ${articles}`;
    expect(home.split('\n')).toContain(heading);
  });

  it('the home description counts the articles instead of writing a fixed number word', () => {
    const description = countNoun(
      claims.articles.length,
      'deutscher Nachrichtenartikel',
      'deutsche Nachrichtenartikel',
    );
    expect(home).toContain(`${description} zu ${countNoun(claims.events.length, 'Ereignis', 'Ereignissen')}`);
  });

  it('each event, on the home page and its own, counts its articles, shared statements and contradictions', () => {
    const result = claims as unknown as ClaimsResult;
    for (const event of result.events) {
      const own = new Set(event.claims);
      // With one article there is nothing to count in common: the page says so instead of "0".
      const figures =
        event.articles.length === 1
          ? '1 Artikel · noch nicht vergleichbar'
          : [
              countNoun(event.articles.length, 'Artikel', 'Artikel'),
              countNoun(event.claims.length, 'gemeinsame Aussage', 'gemeinsame Aussagen'),
              countNoun(result.contradictions.filter((c) => own.has(c.claim)).length, 'Widerspruch', 'Widersprüche'),
            ].join(' · ');
      expect(texts.get(`/ereignisse/${event.id}/`)).toContain(figures);
      expect(home).toContain(figures);
    }
  });
});

describe('the counts follow the content: without the article about the other event', () => {
  const work = mkdtempSync(join(tmpdir(), 'synopse-german-'));
  let build: BuiltCopy;
  const text = (page: string) => readerText(readFileSync(join(build.out, page, 'index.html'), 'utf8'));
  const removed = 'putin-auf-staatsbesuch-in-nordkorea';
  // What the copy keeps, read from the content: its articles and the one event they report.
  const kept = readArticleFiles().filter((article) => article.slug !== removed);
  const removedEvent = String(readArticleFiles().find((article) => article.slug === removed)!.frontmatter.event);
  const [event, ...otherEvents] = new Set(kept.map((article) => String(article.frontmatter.event)));
  const eventName = String(
    (parse(readFileSync(join(CONTENT, 'events', `${event}.yaml`), 'utf8')) as { name: string }).name,
  );

  beforeAll(() => {
    build = buildContentCopy(work, (content) => {
      rmSync(join(content, 'articles', `${removed}.md`));
      rmSync(join(content, 'events', `${removedEvent}.yaml`));
    });
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('keeps several articles of one event', () => {
    expect(otherEvents).toEqual([]);
    expect(kept.length).toBeGreaterThan(1);
  });

  it('the home page says one event and the number of articles kept, and mentions no other event', () => {
    const home = text('');
    expect(home.split('\n')).toContain(`1 Ereignis, ${kept.length} Artikel`);
    expect(home).toContain(`${kept.length} deutsche Nachrichtenartikel zu 1 Ereignis`);
    expect(home).toContain(eventName);
    expect(home).not.toMatch(/anderes Ereignis|Pjöngjang/);
    expect(findGermanSlips(home)).toEqual([]);
  });

  it('the event page counts the articles kept', () => {
    const page = text(`ereignisse/${event}`);
    expect(page).toContain(`${kept.length} Artikel · `);
    expect(findGermanSlips(page)).toEqual([]);
  });
});
