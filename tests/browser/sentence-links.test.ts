import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import { mainEvent, readArticleFiles } from '../support/articles.ts';
import { useBuiltSite } from '../support/browser.ts';
import { sentencesOf } from '../support/sentences.ts';

/**
 * A reader can link to one sentence: next to it is a plain link to its address (`#satz-12` on an
 * article page, `#<article>--satz-12` on an event page), shown on a click or a tap on the
 * sentence and to the keyboard, and it works without JavaScript.
 */
const built = useBuiltSite();
const DESK = { viewport: { width: 1440, height: 900 } } satisfies BrowserContextOptions;
const PHONE = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true } satisfies BrowserContextOptions;

// The article with most body sentences, and its last one: far below the first screen.
const article = readArticleFiles()
  .map((file) => ({ file, body: sentencesOf(file).filter((unit) => unit.field === 'body') }))
  .reduce((a, b) => (b.body.length > a.body.length ? b : a));
const ARTICLE_PAGE = `artikel/${article.file.slug}/`;
const LAST = article.body.at(-1)!.anchor;
const EVENT_PAGE = `ereignisse/${mainEvent()}/`;

async function open(path: string, options: BrowserContextOptions = DESK): Promise<Page> {
  const page = await (await built.browser.newContext(options)).newPage();
  await page.goto(`${built.url}${path}`);
  return page;
}

/** The id of the last sentence of the event page's first column (as far down as a column goes). */
const lastInFirstColumn = (page: Page): Promise<string> =>
  page.locator('.comparison__column').first().locator('.satz[id]').last().getAttribute('id') as Promise<string>;

/** The link to the sentence of that id, found as a screen reader finds it: by its name. */
async function linkTo(page: Page, id: string): Promise<Locator> {
  const [, lead, number] = /(vorspann-)?(\d+)$/.exec(id)!;
  const link = page.locator(`[id="${id}"] > a.satz-link`);
  expect(await link.count(), `${page.url()}: no link in the sentence #${id}`).toBe(1);
  expect(await link.getAttribute('aria-label')).toBe(`Link zu Satz ${number}${lead ? ' des Vorspanns' : ''}`);
  return link;
}

/** Whether the sentence is the page's target and lies within the window. */
const targetInView = (page: Page, id: string) =>
  page.evaluate((id) => {
    const sentence = document.getElementById(id)!;
    const box = sentence.getBoundingClientRect();
    return {
      hash: decodeURIComponent(location.hash),
      target: document.querySelector(':target')?.id,
      inView: box.top >= 0 && box.top < innerHeight && box.bottom > 0,
    };
  }, id);

/** The middle of a word in the sentence's first line of text, away from its link. */
const wordIn = (sentence: Locator) =>
  sentence.evaluate((element) => {
    const text = [...element.querySelectorAll('*'), element]
      .flatMap((node) => [...node.childNodes])
      .find((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').length > 12)!;
    const range = document.createRange();
    range.setStart(text, 6);
    range.setEnd(text, 10);
    const box = range.getClientRects()[0]!;
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  });

/** Follows the link as a reader with a mouse does: a click on the sentence, then on the link. */
async function follow(page: Page, id: string): Promise<void> {
  const link = await linkTo(page, id);
  expect(await link.getAttribute('href')).toBe(`#${id}`);
  const sentence = page.locator(`[id="${id}"]`);
  await sentence.scrollIntoViewIfNeeded();
  const word = await wordIn(sentence);
  await page.mouse.click(word.x, word.y);
  await link.click();
  await page.waitForFunction((id) => location.hash === `#${id}`, id);
}

for (const javaScript of [true, false]) {
  const how = javaScript ? 'with JavaScript' : 'without JavaScript';
  describe(`following a sentence's link ${how}`, () => {
    it(`/${ARTICLE_PAGE}: the link of #${LAST} leads to that sentence, in view`, async () => {
      const page = await open(ARTICLE_PAGE, { ...DESK, javaScriptEnabled: javaScript });
      await follow(page, LAST);
      expect(await targetInView(page, LAST)).toEqual({ hash: `#${LAST}`, target: LAST, inView: true });
      await page.context().close();
    });

    it(`/${EVENT_PAGE}: the link of the first column's last sentence leads to it, in view`, async () => {
      const page = await open(EVENT_PAGE, { ...DESK, javaScriptEnabled: javaScript });
      const id = await lastInFirstColumn(page);
      expect(id).toMatch(/^[a-z0-9-]+--satz-\d+$/);
      await follow(page, id);
      expect(await targetInView(page, id)).toEqual({ hash: `#${id}`, target: id, inView: true });
      // The address holds it: opened anew, the page lands on the same sentence.
      const again = await open(`${EVENT_PAGE}#${id}`, { ...DESK, javaScriptEnabled: javaScript });
      expect(await targetInView(again, id)).toEqual({ hash: `#${id}`, target: id, inView: true });
      await again.context().close();
      await page.context().close();
    });
  });
}

/** Presses Tab from where focus is until the link has it; the number of presses, or -1. */
async function tabTo(page: Page, link: Locator, most: number): Promise<number> {
  for (let presses = 1; presses <= most; presses++) {
    await page.keyboard.press('Tab');
    if (await link.evaluate((element) => element === document.activeElement)) return presses;
  }
  return -1;
}

/** What the reader sees of the focused link: its focus ring, whether it shows, its size. */
const focusLook = (link: Locator) =>
  link.evaluate((element) => {
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
      focusVisible: element.matches(':focus-visible'),
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      shown: style.opacity === '1' && style.visibility === 'visible',
      width: box.width,
      height: box.height,
    };
  });

describe('the keyboard reaches a sentence link and shows it', () => {
  it(`/${ARTICLE_PAGE}: Tab from the top reaches the first sentence's link, with a visible focus ring; Enter follows it`, async () => {
    const page = await open(ARTICLE_PAGE);
    const first = article.body[0]!.anchor;
    const link = await linkTo(page, first);
    expect(await tabTo(page, link, 80), 'Tab never reached the link').toBeGreaterThan(0);
    const look = await focusLook(link);
    expect(look).toMatchObject({ focusVisible: true, outline: true, shown: true });
    expect(look.width).toBeGreaterThanOrEqual(24);
    expect(look.height).toBeGreaterThanOrEqual(24);
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => location.hash === `#${id}`, first);
    expect(await targetInView(page, first)).toEqual({ hash: `#${first}`, target: first, inView: true });
    await page.context().close();
  });

  it(`/${EVENT_PAGE}: Tab from a column's heading reaches its first sentence's link, with a visible focus ring`, async () => {
    const page = await open(EVENT_PAGE);
    const column = page.locator('.comparison__column').first();
    const id = (await column.locator('.satz[id]').first().getAttribute('id'))!;
    const link = await linkTo(page, id);
    await column.locator('h3 a').focus();
    expect(await tabTo(page, link, 20), 'Tab never reached the link').toBeGreaterThan(0);
    const look = await focusLook(link);
    expect(look).toMatchObject({ focusVisible: true, outline: true, shown: true });
    expect(look.width).toBeGreaterThanOrEqual(24);
    expect(look.height).toBeGreaterThanOrEqual(24);
    await page.context().close();
  });
});

describe('the link does not disturb reading', () => {
  it('with a mouse it stays hidden while the pointer rests on the text, and a click on its sentence shows it', async () => {
    const page = await open(ARTICLE_PAGE);
    const link = await linkTo(page, LAST);
    const opacity = () => link.evaluate((element) => getComputedStyle(element).opacity);
    expect(await opacity()).toBe('0');
    const sentence = page.locator(`#${LAST}`);
    await sentence.scrollIntoViewIfNeeded();
    const word = await wordIn(sentence);
    await page.mouse.move(word.x, word.y);
    expect(await opacity()).toBe('0');
    await page.mouse.click(word.x, word.y);
    await expect.poll(opacity).toBe('1');
    await page.mouse.click(1, 1);
    await expect.poll(opacity).toBe('0');
    await page.context().close();
  });

  it('takes no room in the line: the text stands where it stood without the link', async () => {
    const page = await open(ARTICLE_PAGE);
    const where = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('.article-body .satz[id]')].map((s) => {
          const box = s.getBoundingClientRect();
          return `${Math.round(box.left)},${Math.round(box.top)},${Math.round(box.width)}`;
        }),
      );
    const before = await where();
    expect(await page.locator('.article-body .satz-link').count()).toBeGreaterThan(0);
    await page.evaluate(() => document.querySelectorAll('.satz-link').forEach((link) => link.remove()));
    expect(await where()).toEqual(before);
    await page.context().close();
  });

  it('on a phone a tap on the sentence shows its link, a target of at least 24 by 24 px, and a tap on it follows it', async () => {
    const page = await open(ARTICLE_PAGE, PHONE);
    const sentence = page.locator(`#${LAST}`);
    const link = await linkTo(page, LAST);
    await sentence.scrollIntoViewIfNeeded();
    const shown = () => link.evaluate((element) => getComputedStyle(element).visibility);
    expect(await shown()).toBe('hidden');
    const word = await wordIn(sentence);
    await page.touchscreen.tap(word.x, word.y);
    await expect.poll(shown).toBe('visible');
    const box = (await link.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForFunction((id) => location.hash === `#${id}`, LAST);
    expect(await targetInView(page, LAST)).toEqual({ hash: `#${LAST}`, target: LAST, inView: true });
    await page.context().close();
  });

  it('on paper there is no link to a sentence', async () => {
    const page = await open(EVENT_PAGE);
    await page.emulateMedia({ media: 'print' });
    const displays = await page
      .locator('.satz-link')
      .evaluateAll((links) => [...new Set(links.map((link) => getComputedStyle(link).display))]);
    expect(displays).toEqual(['none']);
    await page.context().close();
  });
});
