import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { extractBlocks } from '../../src/lib/text/blocks.ts';
import { readArticleFiles } from '../support/articles.ts';
import { useBuiltSite } from '../support/browser.ts';
import { sentencesOf } from '../support/sentences.ts';

const built = useBuiltSite();
let page: Page;

beforeAll(async () => {
  page = await (await built.browser.newContext()).newPage();
});

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('reading an article', () => {
  it('goes from the events on / through its event to an article and shows its full text', async () => {
    await page.goto(built.url);
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    // The longest article with its own headline: whichever articles are added, the text to check is long.
    const article = readArticleFiles()
      .filter((a) => a.frontmatter.titleSource === 'source')
      .sort((a, b) => extractBlocks(b.body).length - extractBlocks(a.body).length)[0]!;
    const event = String(article.frontmatter.event);
    await page.locator(`.event-list a[href$="/ereignisse/${event}/"]`).click();
    await page.waitForURL(`**/ereignisse/${event}/`);
    await page
      .locator('.comparison__column h3, .more-articles')
      .getByRole('link', { name: String(article.frontmatter.title) })
      .first()
      .click();
    await page.waitForURL(`**/artikel/${article.slug}/`);

    expect(normalise(await page.locator('h1').innerText()), article.slug).toBe(article.frontmatter.title);
    // The reading text, without the claim number badges that follow marked sentences.
    const shown = normalise(
      await page.locator('.article-body').evaluate((body) => {
        const copy = body.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.claim-badge').forEach((badge) => badge.remove());
        document.body.append(copy);
        const text = copy.innerText;
        copy.remove();
        return text;
      }),
    );
    const blocks = extractBlocks(article.body).map((block) => normalise(block.text));
    expect(blocks.length, `${article.slug}: the longest article has more than five blocks`).toBeGreaterThan(5);
    for (const block of blocks) expect(shown, `${article.slug} shows its block`).toContain(block);
  });

  it('lets a link point at one sentence', async () => {
    // Every article, not the one that sorts first: an added article may be the short one.
    for (const article of readArticleFiles()) {
      // The last sentence of the body, read from the article's file.
      const sentence = sentencesOf(article)
        .filter((s) => s.field === 'body' && s.kind === 'paragraph')
        .at(-1);
      if (!sentence) throw new Error(`${article.slug}: its body has no paragraph sentence to link to`);
      await page.goto(`${built.url}artikel/${article.slug}/#${sentence.anchor}`);
      const target = page.locator(`#${sentence.anchor}`);
      // The browser sets the target while it loads the page, and goto waited for the load.
      expect(await target.evaluate((el) => el.matches(':target')), article.slug).toBe(true);
      expect(await target.isVisible(), article.slug).toBe(true);
      expect(normalise(await target.innerText()), article.slug).toContain(normalise(sentence.text));
    }
  });

  it('answers an unknown address with the German 404 page', async () => {
    const response = await page.goto(`${built.url}gibt-es-nicht/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('Seite nicht gefunden');
    // Ways on: the overview, the search (a phone's header has no search box) and the contradictions.
    const links = await page
      .locator('main a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links).toEqual(expect.arrayContaining(['/', '/suche/', '/widersprueche/']));
  });
});
