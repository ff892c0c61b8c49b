import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { readArticleFiles, readEventIds } from '../support/articles.ts';
import { axeViolations } from '../support/axe.ts';
import { useBuiltSite } from '../support/browser.ts';
import { builtPages } from '../support/pages.ts';
import { CONTENT, DIST } from '../support/paths.ts';

const built = useBuiltSite();
let page: Page;

async function fresh(): Promise<Page> {
  page = await (await built.browser.newContext()).newPage();
  return page;
}

const ARTICLES = readArticleFiles();
/** The articles whose text names Gagarin, read from their files. */
const GAGARIN = ARTICLES.filter((a) =>
  [a.frontmatter.title, a.frontmatter.lead, a.body].some(
    (text) => typeof text === 'string' && text.includes('Gagarin'),
  ),
);
/** The year of the newest article, read from the articles' dates. */
const NEWEST_YEAR = ARTICLES.map((a) => String((a.frontmatter.published as { date: string }).date).slice(0, 4))
  .sort()
  .at(-1)!;

/** Every text search may find: the articles' own text, the claims' labels, the events' summaries. */
const CLAIMS = (
  JSON.parse(readFileSync(join(DIST, 'claims.json'), 'utf8')) as { claims: { label: string; articles: string[] }[] }
).claims;
const EVENTS = readEventIds().map(
  (id) => parse(readFileSync(join(CONTENT, 'events', `${id}.yaml`), 'utf8')) as { name: string; summary: string },
);
const SEARCHABLE = [
  ...ARTICLES.flatMap((a) => [a.frontmatter.kicker, a.frontmatter.title, a.frontmatter.lead, a.body]),
  ...CLAIMS.map((c) => c.label),
  ...EVENTS.flatMap((e) => [e.name, e.summary]),
]
  .filter((t) => typeof t === 'string')
  .join(' ')
  .toLowerCase();
const SEARCHABLE_WORDS = SEARCHABLE.match(/\p{L}+/gu) ?? [];
/** How many page-debris lines an article's file lists as removed. */
const removedCount = (article: (typeof ARTICLES)[number]): number =>
  Array.isArray(article.frontmatter.removed) ? article.frontmatter.removed.length : 0;
/**
 * A word (7+ letters) that occurs exactly once in all searchable text, in the last paragraph of
 * the longest article whose body has such a word: its sentence lies far below the title.
 */
const WORD_FAR_DOWN = (() => {
  const longestFirst = [...ARTICLES].sort((a, b) => b.body.length - a.body.length);
  for (const article of longestFirst) {
    const paragraphs = article.body.trim().split(/\n\s*\n/);
    for (const paragraph of paragraphs.slice(-2).reverse()) {
      for (const word of paragraph.toLowerCase().match(/\p{L}{7,}/gu) ?? []) {
        if (SEARCHABLE.split(word).length === 2) return { word, article };
      }
    }
  }
  throw new Error('No article has a word of its own in its last paragraphs');
})();

/**
 * Words of a page region that search must not find: long words that no searchable text contains,
 * not even as the start of a longer or shorter form (German stemming finds "Satelliten" for
 * "Satellit"), so a hit could only come from the region itself.
 */
function foreignWords(text: string, most = 4): string[] {
  const candidates = [...new Set(text.toLowerCase().match(/\p{L}{7,}/gu) ?? [])];
  return candidates
    .filter((word) => !SEARCHABLE_WORDS.some((w) => w.startsWith(word.slice(0, 5)) || word.startsWith(w.slice(0, 5))))
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .slice(0, most);
}

/** The index loads in the page (WebAssembly, filters): give it more than Vitest's one second. */
const results = () => page.locator('[data-search-results] > li');
const titles = () => page.locator('[data-search-results] h2').allInnerTexts();

async function search(query: string): Promise<void> {
  await page.goto(`${built.url}suche/`);
  await page.locator('#suchfeld').fill(query);
  await page.locator('#suchfeld').press('Enter');
  await expect.poll(() => page.locator('[data-search-status]').innerText()).toMatch(/Treffer/);
}

/**
 * The words a query hits in the index, read at Pagefind's hit locations in each page's indexed
 * text (a string, so Vite leaves the import alone). Pagefind splits German compounds, so a query
 * may hit a part of it ("Bildnachweis" hits "Bilder"): what matters is which words were hit.
 */
function hitWords(query: string): Promise<string[]> {
  return page.evaluate<string[]>(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const search = await pagefind.search(${JSON.stringify(query)});
    const pages = await Promise.all(search.results.map((r) => r.data()));
    return pages.flatMap((p) => {
      const words = p.content.split(/\\s+/);
      return p.locations.map((at) => words[at].toLowerCase().replace(/[^\\p{L}\\p{N}]/gu, ''));
    });
  })()`);
}

/** Whether an element is inside the window. */
const inView = (selector: string) =>
  page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight;
  });

describe('search', () => {
  it('indexes exactly the article, claim and event pages, not the comparison or navigation', async () => {
    await fresh();
    await page.goto(`${built.url}suche/`);
    // A string, so the test runner does not rewrite the browser's dynamic import.
    const indexed = await page.evaluate<string[]>(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const all = await pagefind.search(null, { sort: { date: 'asc' } });
      const data = await Promise.all(all.results.map((r) => r.data()));
      return data.map((d) => d.raw_url).sort();
    })()`);
    const expected = builtPages().filter((p) => /^\/(artikel|aussagen|ereignisse)\/[^/]+\/$/.test(p));
    expect(indexed).toEqual(expected);
    await page.context().close();
  });

  it('stems German words: the singular finds the plural', async () => {
    await fresh();
    await search('Satellit');
    expect(await results().count()).toBeGreaterThan(2);
    const excerpts = await page.locator('[data-search-results] mark').allInnerTexts();
    expect(excerpts.map((t) => t.toLowerCase())).toContain('satelliten');
    await page.context().close();
  });

  it('finds a name that only one article mentions, in exactly that article', async () => {
    await fresh();
    expect(GAGARIN).toHaveLength(1);
    await search('Gagarin');
    expect(await titles()).toEqual(GAGARIN.map((a) => String(a.frontmatter.title)));
    // The result says whose text it is: the outlet, or "Medium unbekannt" and its credit line.
    const outlet = (GAGARIN[0]!.frontmatter.outlet as { name: string } | undefined)?.name;
    const meta = await page.locator('[data-search-results] .meta').first().innerText();
    expect(meta).toContain(outlet ?? 'Medium unbekannt');
    await page.context().close();
  });

  it('narrows results with a filter and keeps query and filter in the address', async () => {
    await fresh();
    await search('Kim');
    const before = await results().count();
    await page.getByText('Eingrenzen nach Ereignis, Artikel und Agentur').click();
    await page.getByRole('checkbox', { name: 'AFP' }).check();
    await expect.poll(() => results().count()).toBeLessThan(before);
    expect(await results().count()).toBeGreaterThan(0);
    expect(page.url()).toMatch(/q=Kim/);
    expect(page.url()).toMatch(/agentur=AFP/);
    await page.context().close();
  });

  it('filters by event: only its pages, and a shared address restores the filter', async () => {
    await fresh();
    await search('Putin');
    await page.getByText('Eingrenzen nach Ereignis, Artikel und Agentur').click();
    const events = page.getByRole('group', { name: 'Ereignis' }).getByRole('checkbox');
    expect(await events.count()).toBe(EVENTS.length);
    const name = EVENTS[0]!.name;
    await page.getByRole('checkbox', { name }).check();
    await expect.poll(() => page.url()).toContain(`ereignis=${encodeURIComponent(name).replace(/%20/g, '+')}`);
    await expect
      .poll(async () => (await page.locator('[data-search-results] .meta').allInnerTexts()).length)
      .toBeGreaterThan(0);
    const metas = await page.locator('[data-search-results] .meta').allInnerTexts();
    for (const meta of metas) expect(meta).toContain(name);
    const shared = page.url();
    await page.goto(shared);
    await expect.poll(() => results().count()).toBe(metas.length);
    expect(await page.getByRole('checkbox', { name }).isChecked()).toBe(true);
    expect(await page.locator('[data-search-filter-panel]').getAttribute('open')).not.toBeNull();
    await page.context().close();
  });

  it('filters by article: the article, the claims it reports and its event, nothing else', async () => {
    await fresh();
    await search('Putin');
    await page.getByText('Eingrenzen nach Ereignis, Artikel und Agentur').click();
    const article = ARTICLES.find((a) => String(a.body).includes('Putin'))!;
    const title = String(article.frontmatter.title);
    await page.getByRole('group', { name: 'Artikel' }).getByRole('checkbox', { name: title }).check();
    await expect.poll(() => page.url()).toMatch(/artikel=/);
    await expect.poll(async () => (await titles()).includes(title)).toBe(true);
    const reported = new Set(CLAIMS.filter((c) => c.articles.includes(article.slug)).map((c) => c.label));
    // The event page names its articles as filter values too: it is where the article is compared.
    const eventName = String(
      (
        parse(readFileSync(join(CONTENT, 'events', `${String(article.frontmatter.event)}.yaml`), 'utf8')) as {
          name: string;
        }
      ).name,
    );
    for (const shown of await titles())
      expect(shown === title || shown === eventName || reported.has(shown), shown).toBe(true);
    await page.context().close();
  });

  it('filters are checkboxes in labelled groups that the keyboard can tick', async () => {
    await fresh();
    await page.goto(`${built.url}suche/?q=Putin`);
    await expect.poll(() => results().count()).toBeGreaterThan(0);
    const before = await results().count();
    await page.locator('#sortierung').focus();
    await page.keyboard.press('Tab'); // the "Eingrenzen" summary
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab'); // the first checkbox
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('checkbox');
    await page.keyboard.press('Space');
    await expect.poll(() => page.url()).toMatch(/ereignis=/);
    await expect.poll(() => results().count()).toBeLessThanOrEqual(before);
    await page.context().close();
  });

  it('runs a search from a shared ?q= link and says so when nothing is found', async () => {
    await fresh();
    await page.goto(`${built.url}suche/?q=Munition`);
    await expect.poll(() => results().count()).toBeGreaterThan(0);
    expect(await page.locator('#suchfeld').inputValue()).toBe('Munition');
    await page.goto(`${built.url}suche/?q=Quantencomputer`);
    await expect
      .poll(() => page.locator('[data-search-status]').innerText())
      .toMatch(/Keine Treffer für „Quantencomputer“/);
    await page.context().close();
  });

  it('without JavaScript offers no form that would find nothing, and says where to look instead', async () => {
    const context = await built.browser.newContext({ javaScriptEnabled: false });
    const noScript = await context.newPage();
    await noScript.goto(`${built.url}suche/?q=Raketen`);
    expect(await noScript.locator('#suchfeld').isVisible()).toBe(false);
    expect(await noScript.locator('[data-search-filter-panel]').isVisible()).toBe(false);
    const status = noScript.locator('[data-search-status]');
    expect(await status.innerText()).toMatch(/Die Suche braucht JavaScript/);
    expect(await status.locator('a').getAttribute('href')).toBe('/');
    await context.close();
    // With JavaScript the form is there.
    await fresh();
    await page.goto(`${built.url}suche/`);
    await expect.poll(() => page.locator('#suchfeld').isVisible()).toBe(true);
    await page.context().close();
  });

  it('loads and runs Pagefind in a worker, so the page stays responsive while the index loads', async () => {
    await fresh();
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto(`${built.url}suche/?q=Munition`);
    await expect.poll(() => results().count()).toBeGreaterThan(0);
    // Each thread records what it fetched: Pagefind's bundle, index and WebAssembly are the worker's.
    const fetchedByPage = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => entry.name),
    );
    expect(fetchedByPage.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    expect(workers).toHaveLength(1);
    await page.context().close();
  });

  it('says so, and offers to reload, when the index or its results cannot be loaded', async () => {
    for (const unreachable of ['**/pagefind/**', '**/pagefind/fragment/**']) {
      await fresh();
      await page.context().route(unreachable, (route) => route.abort());
      await page.goto(`${built.url}suche/?q=Munition`);
      await expect
        .poll(() => page.locator('[data-search-status]').innerText(), { message: unreachable })
        .toBe('Die Suche konnte nicht geladen werden. Bitte laden Sie die Seite neu.');
      expect(await results().count()).toBe(0);
      await page.context().close();
    }
  });

  it('sorts by date, newest or oldest first', async () => {
    await fresh();
    await page.goto(`${built.url}suche/?q=Putin&sortierung=neueste`);
    await expect.poll(() => results().count()).toBeGreaterThan(3);
    const newest = await page.locator('[data-search-results] .meta').allInnerTexts();
    expect(newest[0]).toContain(NEWEST_YEAR);
    await page.locator('#sortierung').selectOption('aelteste');
    await expect
      .poll(async () => (await page.locator('[data-search-results] .meta').allInnerTexts()).at(-1))
      .toContain(NEWEST_YEAR);
    expect(page.url()).toMatch(/sortierung=aelteste/);
    await page.context().close();
  });

  it('searches from the header field of any page', async () => {
    await fresh();
    await page.goto(`${built.url}methode/`);
    await page.getByRole('search', { name: 'Seite durchsuchen' }).getByRole('searchbox').fill('Gagarin');
    await page.getByRole('search', { name: 'Seite durchsuchen' }).getByRole('searchbox').press('Enter');
    await page.waitForURL(/\/suche\/\?q=Gagarin/);
    await expect.poll(() => results().count()).toBe(GAGARIN.length);
    await page.context().close();
  });

  it('opens a result at the matching sentence with the term highlighted', async () => {
    await fresh();
    await search('Gagarin');
    await page.locator('[data-search-results] h2 a').first().click();
    await page.waitForURL(/\/artikel\/[^/]+\/\?highlight=gagarin#satz-\d+$/i);
    const target = page.locator(':target');
    expect(await target.innerText()).toContain('Gagarin');
    await expect.poll(() => page.locator('mark.pagefind-highlight').count()).toBeGreaterThan(0);
    expect(await page.locator('mark.pagefind-highlight').first().innerText()).toBe('Gagarin');
    expect(await page.locator('mark.pagefind-highlight').first().getAttribute('style')).toBeNull();
    await page.context().close();
  });

  it('lands on the sentence that matched, in view, marked and focused, even far down the article', async () => {
    await fresh();
    // A word that only the last paragraph of some article uses, so landing at the top would miss it.
    const { word, article } = WORD_FAR_DOWN;
    await search(word);
    const link = page.locator('[data-search-results] h2 a', { hasText: String(article.frontmatter.title) });
    await link.click();
    await page.waitForURL(new RegExp(`/artikel/${article.slug}/\\?highlight=[^#]+#(satz|vorspann)-\\d+$`));
    await expect.poll(() => page.locator('.satz.is-target').count()).toBe(1);
    const sentence = page.locator('.satz.is-target');
    expect((await sentence.innerText()).toLowerCase()).toContain(word);
    expect(await sentence.locator('mark.pagefind-highlight').count()).toBeGreaterThan(0);
    await expect.poll(() => inView('.satz.is-target')).toBe(true);
    expect(await sentence.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.context().close();
  });

  it('without a sentence in the address, scrolls at once (reduced motion) to the first marked sentence', async () => {
    page = await (await built.browser.newContext({ reducedMotion: 'reduce' })).newPage();
    const { word, article } = WORD_FAR_DOWN;
    await page.goto(`${built.url}artikel/${article.slug}/?highlight=${encodeURIComponent(word)}`);
    await expect.poll(() => page.locator('.satz.is-target').count()).toBe(1);
    expect((await page.locator('.satz.is-target').innerText()).toLowerCase()).toContain(word);
    expect(await inView('.satz.is-target')).toBe(true);
    await page.context().close();
  });

  it('finds no word that only the legend, navigation, meta lines or method page use, and finds article words', async () => {
    await fresh();
    // The article that lists the most removed lines: its page shows every region below.
    const article = [...ARTICLES].sort((a, b) => removedCount(b) - removedCount(a))[0]!;
    await page.goto(`${built.url}artikel/${article.slug}/`);
    const regions: Record<string, string> = {};
    for (const [name, selector] of Object.entries({
      legend: '.legend',
      navigation: '.site-header',
      footer: '.site-footer',
      'meta list': 'dl.meta',
      provenance: '.provenance',
      'removed lines': '.removed',
    })) {
      regions[name] = (await page.locator(selector).first().textContent()) ?? '';
    }
    await page.goto(`${built.url}methode/`);
    regions['method page'] = (await page.locator('main').textContent()) ?? '';
    await page.goto(`${built.url}suche/`);
    for (const [name, text] of Object.entries(regions)) {
      const words = foreignWords(text);
      expect(words.length, `${article.slug}: ${name} has words of its own to try`).toBeGreaterThan(0);
      for (const word of words) {
        // No hit at all, or hits only on article text (a part of a compound), never the word itself.
        for (const hit of await hitWords(word)) {
          expect(hit, `${article.slug}: ${name}: ${word}`).not.toBe(word);
          expect(SEARCHABLE_WORDS, `${article.slug}: ${name}: ${word} hit ${hit}`).toContain(hit);
        }
      }
    }
    // The other way round: a long word of the article body finds that article.
    const bodyWord = (article.body.match(/\p{L}{9,}/gu) ?? [])[0]!;
    const found = await page.evaluate<string[]>(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const search = await pagefind.search(${JSON.stringify(bodyWord)});
      return Promise.all(search.results.map(async (r) => (await r.data()).raw_url));
    })()`);
    expect(found, `${article.slug}: "${bodyWord}" finds it`).toContain(`/artikel/${article.slug}/`);
    await page.context().close();
  });

  it('has no axe violation with results and filters shown, nor on the sentence it opens', async () => {
    await fresh();
    await page.goto(`${built.url}suche/?q=Satellit&ereignis=${encodeURIComponent(EVENTS[0]!.name)}`);
    await expect.poll(() => results().count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('[data-search-results] h2 a').first().click();
    await page.waitForURL(/highlight=/);
    await expect.poll(() => page.locator('mark.pagefind-highlight').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('can be used by keyboard alone', async () => {
    await fresh();
    await page.goto(`${built.url}suche/?q=Sonderzug`);
    await expect.poll(() => results().count()).toBeGreaterThan(0);
    await page.locator('#suchfeld').focus();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.closest('[data-search-results]') !== null)) break;
    }
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('A');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/(artikel|aussagen)\/[^/]+\/\?highlight=/);
    await page.context().close();
  });
});
