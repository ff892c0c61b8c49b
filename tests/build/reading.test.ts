import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { filterStatus } from '../../src/lib/view/filter.ts';
import { SITE_FEED_ITEMS } from '../../src/lib/view/page-limits.ts';
import type { ClaimsResult } from '../../src/lib/claims/types.ts';
import { findGermanSlips } from '../../src/lib/text/german.ts';
import { articlesByEvent, readArticleFiles } from '../support/articles.ts';
import { builtPages } from '../support/pages.ts';
import { CONTENT, DIST } from '../support/paths.ts';

/**
 * Reading 3 (issue 21) on every built page: articles named by outlet, never numbered; plain
 * German, no engine jargon and no internal notes; no sentence that is false on the page it is on.
 */
const parser = unified().use(rehypeParse);
const fileOf = (page: string) => join(DIST, page.endsWith('/') ? `${page}index.html` : page);
const tree = (page: string) => parser.parse(readFileSync(fileOf(page), 'utf8'));
/** The text of a page's main content, as a reader meets it. */
function mainText(page: string): string {
  let main: Element | undefined;
  visit(tree(page), 'element', (node: Element) => {
    if (node.tagName === 'main') main = node;
  });
  return main ? toText(main) : '';
}

const pages = builtPages().filter((page) => page.endsWith('/'));
const ARTICLES = readArticleFiles();
const events = articlesByEvent(ARTICLES);

describe('articles are named, never numbered', () => {
  for (const page of pages) {
    it(page, () => {
      const text = mainText(page);
      expect(text).not.toMatch(/\bArtikel \d+\b(?! (?:von|Wörter|weiter))/u);
      expect(text).not.toMatch(/\bA\d+\b/u);
    });
  }

  it('each event page names every article by its outlet, or says "Medium unbekannt" and what tells it apart', () => {
    for (const [event, articles] of events) {
      const text = mainText(`/ereignisse/${event}/`);
      for (const article of articles) {
        const outlet = (article.frontmatter.outlet as { name: string } | undefined)?.name;
        expect(text).toContain(outlet ?? 'Medium unbekannt');
        const credit = article.frontmatter.credit as string | undefined;
        if (!outlet && credit && articles.length > 1) expect(text).toContain(`Medium unbekannt · ${credit}`);
      }
    }
  });
});

describe('plain German, no jargon, no internal notes', () => {
  for (const page of pages) {
    it(page, () => {
      const text = mainText(page);
      expect(text).not.toMatch(/sinngleich|wortgleich|Nur-hier|nur hier/iu);
      expect(text).not.toMatch(/Übereinstimmung:? \d+ ?%/u);
      expect(text).not.toMatch(/\bund\d/u);
      expect(text).not.toMatch(/ein anderes Ereignis als/u);
    });
  }

  it('event summaries state the event, not how it relates to another', () => {
    for (const [event] of events) {
      const data = parse(readFileSync(join(CONTENT, 'events', `${event}.yaml`), 'utf8')) as { summary: string };
      expect(data.summary).not.toMatch(/anderes Ereignis|nicht zu verwechseln/u);
    }
  });

  it('the filter status is grammatical for every count', () => {
    for (let total = 0; total <= 3; total++)
      for (let shown = 0; shown <= total; shown++) {
        const status = filterStatus(shown, total);
        expect(findGermanSlips(status), status).toEqual([]);
        expect(status).not.toMatch(/(\d+) Aussagen von \1\b/u);
      }
    expect(filterStatus(14, 14)).toBe('Zeigt alle 14 Aussagen.');
    expect(filterStatus(3, 14)).toBe('Zeigt 3 von 14 Aussagen.');
    expect(filterStatus(1, 1)).toBe('Zeigt die einzige Aussage.');
  });
});

describe('no sentence that is false where it stands', () => {
  for (const [event, articles] of events) {
    it(`/ereignisse/${event}/ with ${articles.length} article(s)`, () => {
      const text = mainText(`/ereignisse/${event}/`);
      // "unten nebeneinander" is false on a phone, and with one article.
      expect(text).not.toMatch(/stehen unten nebeneinander/u);
      const html = readFileSync(fileOf(`/ereignisse/${event}/`), 'utf8');
      if (articles.length === 1) {
        expect(text).toContain('noch nichts zu vergleichen');
        // One article does not stand "side by side" with anything.
        expect(text).not.toContain('Nebeneinander');
        // Nothing to compare: no sentence is "without a match", and no filter over nothing.
        expect(html).not.toMatch(/class="satz nur-hier"/u);
        expect(html).not.toContain('data-claim-filter');
        expect(text).not.toContain('ohne Entsprechung');
      } else {
        expect(html).toContain('data-claim-filter');
      }
    });
  }
});

describe('pictures the source had', () => {
  const withPictures = ARTICLES.filter((a) => ((a.frontmatter.pictures as string[] | undefined) ?? []).length > 0);

  it('the 2024 article marks both places where its source showed pictures', () => {
    expect(withPictures.map((a) => a.slug)).toContain('putin-auf-staatsbesuch-in-nordkorea');
  });

  for (const article of withPictures) {
    it(`${article.slug}: a quiet note right after each sentence that pointed to a picture`, () => {
      const html = readFileSync(fileOf(`/artikel/${article.slug}/`), 'utf8');
      for (const quote of article.frontmatter.pictures as string[]) {
        const at = html.indexOf(`${quote}</span>`);
        expect(at).toBeGreaterThan(0);
        expect(html.slice(at, at + quote.length + 120)).toMatch(
          /<\/span> <span class="picture-note"[^>]*>An dieser Stelle zeigte die Quelle ein Bild/u,
        );
      }
    });
  }
});

describe('the home page', () => {
  it('leads with the events that can be compared, newest first, each with its outlets; then the others, marked', () => {
    const text = mainText('/');
    const comparable = events.filter(([, a]) => a.length > 1);
    const single = events.filter(([, a]) => a.length === 1);
    const positions = (list: typeof events) =>
      list.map(([event]) => {
        const name = (parse(readFileSync(join(CONTENT, 'events', `${event}.yaml`), 'utf8')) as { name: string }).name;
        return text.indexOf(name);
      });
    const first = positions(comparable);
    const later = positions(single);
    for (const p of [...first, ...later]) expect(p).toBeGreaterThanOrEqual(0);
    if (later.length > 0 && first.length > 0) expect(Math.max(...first)).toBeLessThan(Math.min(...later));
    expect(text).toContain('Berichte von: Medium unbekannt');
    if (single.length > 0) expect(text).toContain('noch nicht vergleichbar');
  });
});

describe('following a story', () => {
  const feedItems = (file: string) =>
    [...readFileSync(join(DIST, file), 'utf8').matchAll(/<item><title>([^<]*)<\/title><link>([^<]*)<\/link>/gu)].map(
      (m) => ({ title: m[1]!, link: m[2]! }),
    );

  it('the site feed lists the newest articles, named by their outlet labels, and every page links it', () => {
    const items = feedItems('feed.xml');
    const links = new Set(items.map((i) => i.link.replace(/^https?:\/\/[^/]+/u, '')));
    expect(links.size).toBe(Math.min(ARTICLES.length, SITE_FEED_ITEMS));
    for (const link of links) expect(ARTICLES.map((a) => `/artikel/${a.slug}/`)).toContain(link);
    for (const item of items) expect(item.title).toMatch(/^(Medium unbekannt|[^:]+)(.*): /u);
    for (const page of ['/', `/ereignisse/${events[0]![0]}/`, `/artikel/${ARTICLES[0]!.slug}/`])
      expect(readFileSync(fileOf(page), 'utf8')).toMatch(
        /<link rel="alternate" type="application\/rss\+xml"[^>]*href="\/feed\.xml"/u,
      );
  });

  for (const [event, articles] of events) {
    it(`/ereignisse/${event}/ has a feed of its articles, linked from its head`, () => {
      const items = feedItems(`ereignisse/${event}/feed.xml`);
      expect(items.map((i) => i.link.replace(/^https?:\/\/[^/]+/u, '')).sort()).toEqual(
        articles.map((a) => `/artikel/${a.slug}/`).sort(),
      );
      expect(readFileSync(fileOf(`/ereignisse/${event}/`), 'utf8')).toContain(`href="/ereignisse/${event}/feed.xml"`);
    });
  }

  it('the June 2024 visit and the 2023 summit link to each other', () => {
    const a = readFileSync(fileOf('/ereignisse/gipfel-wostotschny-2023/'), 'utf8');
    const b = readFileSync(fileOf('/ereignisse/staatsbesuch-pjoengjang-2024/'), 'utf8');
    expect(a).toMatch(/Dieselbe Geschichte[\s\S]*href="\/ereignisse\/staatsbesuch-pjoengjang-2024\/"/u);
    expect(b).toMatch(/Dieselbe Geschichte[\s\S]*href="\/ereignisse\/gipfel-wostotschny-2023\/"/u);
  });
});

describe('an overview first', () => {
  const claims = (
    JSON.parse(readFileSync(join(DIST, 'claims.json'), 'utf8')) as {
      claims: { id: string; event: string; articles: string[] }[];
    }
  ).claims;

  for (const [event, articles] of events) {
    it(`/ereignisse/${event}/: what all report and what most report link their claims; a bar per article`, () => {
      const html = readFileSync(fileOf(`/ereignisse/${event}/`), 'utf8');
      if (articles.length < 2) {
        expect(html).not.toContain('Auf einen Blick');
        return;
      }
      const overview = html.slice(html.indexOf('id="ueberblick"'), html.indexOf('id="nebeneinander"'));
      const own = claims.filter((c) => c.event === event);
      const inAll = own.filter((c) => c.articles.length === articles.length);
      if (inAll.length > 0) expect(overview).toContain(`Was alle ${articles.length} Artikel berichten`);
      for (const claim of inAll.slice(0, 5)) expect(overview).toContain(`href="/aussagen/${claim.id}/"`);
      expect(overview.match(/class="share-bar"/gu)?.length).toBe(articles.length);
      expect(overview.indexOf('id="ueberblick"')).toBeLessThan(html.indexOf('data-comparison'));
    });
  }
});

describe('"keine Entsprechung gefunden" only where nothing comes close', () => {
  const result = JSON.parse(readFileSync(join(DIST, 'claims.json'), 'utf8')) as ClaimsResult;
  /** Per column of an event page, the anchors of its sentences and of those marked as without a match. */
  function columns(page: string): Map<string, { all: Set<string>; marked: Set<string> }> {
    const found = new Map<string, { all: Set<string>; marked: Set<string> }>();
    visit(tree(page), 'element', (column: Element) => {
      const article = column.properties.dataColumn;
      if (typeof article !== 'string') return;
      const own = { all: new Set<string>(), marked: new Set<string>() };
      found.set(article, own);
      visit(column, 'element', (node: Element) => {
        const anchor = node.properties.dataSatz;
        if (typeof anchor !== 'string') return;
        own.all.add(anchor);
        const classes = node.properties.className;
        if (Array.isArray(classes) && classes.includes('nur-hier')) own.marked.add(anchor);
      });
    });
    return found;
  }
  const compared = [...events].filter(([, articles]) => articles.length > 1);

  it('the site has sentences near another article’s that are in no claim (so the next test can fail)', () => {
    const near = compared.flatMap(([, articles]) => articles.flatMap((a) => result.near[a.slug] ?? []));
    expect(near.length).toBeGreaterThan(0);
  });

  for (const [event] of compared) {
    it(`/ereignisse/${event}/ marks exactly the sentences claims.json calls unmatched`, () => {
      const shown = columns(`/ereignisse/${event}/`);
      expect(shown.size).toBeGreaterThan(1);
      for (const [article, { all, marked }] of shown) {
        const unmatched = (result.unique[article] ?? []).map((p) => p.anchor).filter((anchor) => all.has(anchor));
        expect([...marked].sort(), article).toEqual([...new Set(unmatched)].sort());
        for (const p of result.near[article] ?? []) expect(marked.has(p.anchor), `${article} ${p.anchor}`).toBe(false);
      }
    });
  }
});
