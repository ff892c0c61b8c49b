import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readArticleFiles } from '../support/articles.ts';
import { useBuiltSite } from '../support/browser.ts';
import { builtPages } from '../support/pages.ts';

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

const results = () => page.locator('[data-search-results] > li');
const titles = () => page.locator('[data-search-results] h2').allInnerTexts();

async function search(query: string): Promise<void> {
  await page.goto(`${built.url}suche/`);
  await page.locator('#suchfeld').fill(query);
  await page.locator('#suchfeld').press('Enter');
  await expect.poll(() => page.locator('[data-search-status]').innerText()).toMatch(/Treffer/);
}

describe('search', () => {
  it('indexes exactly the article and claim pages, not the comparison or navigation', async () => {
    await fresh();
    await page.goto(`${built.url}suche/`);
    // A string, so the test runner does not rewrite the browser's dynamic import.
    const indexed = await page.evaluate<string[]>(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const all = await pagefind.search(null, { sort: { date: 'asc' } });
      const data = await Promise.all(all.results.map((r) => r.data()));
      return data.map((d) => d.raw_url).sort();
    })()`);
    const expected = builtPages().filter((p) => /^\/(artikel|behauptungen)\/[^/]+\/$/.test(p));
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
    await page.context().close();
  });

  it('narrows results with a filter and keeps query and filter in the address', async () => {
    await fresh();
    await search('Kim');
    const before = await results().count();
    await page.getByRole('checkbox', { name: 'AFP' }).check();
    await expect.poll(() => results().count()).toBeLessThan(before);
    expect(await results().count()).toBeGreaterThan(0);
    expect(page.url()).toMatch(/q=Kim/);
    expect(page.url()).toMatch(/agentur=AFP/);
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
    await page.waitForURL(/\/(artikel|behauptungen)\/[^/]+\/\?highlight=/);
    await page.context().close();
  });
});
