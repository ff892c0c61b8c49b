import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readArticleFiles, readEventIds } from '../support/articles.ts';
import { builtPages } from '../support/pages.ts';
import { readFragment, type IndexedPage } from '../support/pagefind.ts';
import { CONTENT, DIST } from '../support/paths.ts';

/**
 * What the built search index holds, read from Pagefind's own fragment files (gzip, a
 * `pagefind_dcd` signature, then JSON with the page's url, indexed text, filters and meta), and
 * compared with the content files: the index must hold the articles' text, the claims' labels
 * and the events' summaries, and nothing a reader would not call that text.
 */
function readIndex(): IndexedPage[] {
  const dir = join(DIST, 'pagefind', 'fragment');
  return readdirSync(dir).map((name) => readFragment(join(dir, name)));
}

/** Lower-case words (letters and digits), the way a search would see them, in order. */
const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
/** Markdown to its visible text: link targets and emphasis marks dropped. */
const visible = (markdown: string): string => markdown.replace(/\]\([^)]*\)/g, ']').replace(/[*_#>]/g, ' ');

const fileOf = (page: string) => join(DIST, `${page}index.html`);
const index = readIndex();
const byUrl = new Map(index.map((page) => [page.url, page]));
const articles = readArticleFiles();
const events = readEventIds().map((id) => ({
  id,
  ...(parse(readFileSync(join(CONTENT, 'events', `${id}.yaml`), 'utf8')) as { name: string; summary: string }),
}));
const eventName = new Map(events.map((e) => [e.id, e.name]));
const titleOf = new Map(articles.map((a) => [a.slug, String(a.frontmatter.title)]));
const claims = (
  JSON.parse(readFileSync(join(DIST, 'claims.json'), 'utf8')) as {
    claims: { id: string; label: string; event: string; articles: string[] }[];
  }
).claims;

describe('the search index', () => {
  it('holds exactly the article, claim and event pages, and only those pages mark text for it', () => {
    const expected = builtPages().filter((p) => /^\/(artikel|aussagen|ereignisse)\/[^/]+\/$/.test(p));
    expect(expected.length).toBe(articles.length + claims.length + events.length);
    expect(index.map((p) => p.url).sort()).toEqual(expected);
    const marked = builtPages().filter(
      (p) => p.endsWith('/') && readFileSync(fileOf(p), 'utf8').includes('data-pagefind-body'),
    );
    expect(marked).toEqual(expected);
  });

  describe('an article page: its text (kicker, title, lead, body) and nothing else', () => {
    for (const article of articles) {
      it(article.slug, () => {
        const page = byUrl.get(`/artikel/${article.slug}/`)!;
        const { kicker, title, lead } = article.frontmatter;
        const source = [kicker, title, lead, visible(article.body)].filter((t) => typeof t === 'string').join(' ');
        // Same words in the same order: no meta list, credit, provenance, removed line, claim
        // badge, legend or "Auch berichtet von" in between, and no sentence of the text missing.
        expect(words(page.content)).toEqual(words(source));
      });
    }
  });

  it('a removed line of page debris is in no indexed page', () => {
    const removed = articles.flatMap((a) => (a.frontmatter.removed as { text: string }[] | undefined) ?? []);
    expect(removed.length).toBeGreaterThan(0);
    const all = index.map((p) => p.content.toLowerCase()).join('\n');
    const text = articles.map((a) => `${String(a.frontmatter.lead)} ${a.body}`.toLowerCase()).join('\n');
    for (const { text: line } of removed) {
      if (!text.includes(line.toLowerCase())) expect(all).not.toContain(line.toLowerCase());
    }
  });

  it('a claim page: its label only, not the passages (they are article text, indexed already)', () => {
    for (const claim of claims) {
      expect(words(byUrl.get(`/aussagen/${claim.id}/`)!.content), claim.id).toEqual(words(claim.label));
    }
  });

  it('an event page: its name and summary', () => {
    for (const event of events) {
      expect(words(byUrl.get(`/ereignisse/${event.id}/`)!.content), event.id).toEqual(
        words(`${event.name} ${event.summary}`),
      );
    }
  });

  it('filters an article by its event and its own title', () => {
    for (const article of articles) {
      const { filters } = byUrl.get(`/artikel/${article.slug}/`)!;
      expect(filters.Ereignis).toEqual([eventName.get(String(article.frontmatter.event))]);
      expect(filters.Artikel).toEqual([article.frontmatter.title]);
    }
  });

  it('filters a claim by its event and the titles of the articles reporting it', () => {
    for (const claim of claims) {
      const { filters } = byUrl.get(`/aussagen/${claim.id}/`)!;
      expect(filters.Ereignis).toEqual([eventName.get(claim.event)]);
      expect([...filters.Artikel!].sort()).toEqual(claim.articles.map((id) => titleOf.get(id)).sort());
    }
  });

  it('keeps no searchable meta besides the title (Pagefind indexes meta values as words)', () => {
    for (const page of index) expect(Object.keys(page.meta), page.url).toEqual(['title']);
  });

  it('titles every result with the page heading', () => {
    for (const article of articles) {
      expect(byUrl.get(`/artikel/${article.slug}/`)!.meta.title).toBe(article.frontmatter.title);
    }
    for (const claim of claims) expect(byUrl.get(`/aussagen/${claim.id}/`)!.meta.title).toBe(claim.label);
  });

  it('a claim page links to its event page, named by the event', () => {
    for (const claim of claims) {
      const html = readFileSync(fileOf(`/aussagen/${claim.id}/`), 'utf8');
      expect(html, claim.id).toContain(`<a href="/ereignisse/${claim.event}/">${eventName.get(claim.event)}</a>`);
    }
  });
});
