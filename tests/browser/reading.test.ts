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
    const article = readArticleFiles().find((a) => a.frontmatter.titleSource === 'source')!;
    const event = String(article.frontmatter.event);
    await page.locator(`.event-list a[href$="/ereignisse/${event}/"]`).click();
    await page.waitForURL(`**/ereignisse/${event}/`);
    await page
      .locator('.comparison__column h3, .more-articles')
      .getByRole('link', { name: String(article.frontmatter.title) })
      .first()
      .click();
    await page.waitForURL(`**/artikel/${article.slug}/`);

    expect(normalise(await page.locator('h1').innerText())).toBe(article.frontmatter.title);
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
    expect(blocks.length).toBeGreaterThan(5);
    for (const block of blocks) expect(shown).toContain(block);
  });

  it('lets a link point at one sentence', async () => {
    const article = readArticleFiles()[0]!;
    // The last sentence of the body, read from the article's file.
    const sentence = sentencesOf(article)
      .filter((s) => s.field === 'body' && s.kind === 'paragraph')
      .at(-1)!;
    await page.goto(`${built.url}artikel/${article.slug}/#${sentence.anchor}`);
    const target = page.locator(`#${sentence.anchor}`);
    await expect.poll(() => target.evaluate((el) => el.matches(':target'))).toBe(true);
    expect(await target.isVisible()).toBe(true);
    expect(normalise(await target.innerText())).toContain(normalise(sentence.text));
  });

  it('answers an unknown address with the German 404 page', async () => {
    const response = await page.goto(`${built.url}gibt-es-nicht/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('Seite nicht gefunden');
  });
});
