import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ClaimsResult } from '../../src/lib/claims/types.ts';
import { articlesByEvent, eventOf, readArticleFiles } from '../support/articles.ts';
import { useBuiltSite } from '../support/browser.ts';
import { DIST, ROOT } from '../support/paths.ts';
import { sentencesOf } from '../support/sentences.ts';

const SHOTS = join(ROOT, 'test-results/screenshots');
const built = useBuiltSite();

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

async function open(path: string, width: number, height = 900): Promise<Page> {
  const context = await built.browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  await page.goto(`${built.url}${path}`);
  return page;
}

const SLUG = 'putin-empfaengt-kim-in-wostotschny';
const ARTICLE = `artikel/${SLUG}/`;
const ARTICLES = readArticleFiles();
const [[EVENT, EVENT_ARTICLES]] = articlesByEvent(ARTICLES) as [[string, typeof ARTICLES]];
const EVENT_PAGE = `ereignisse/${EVENT}/`;
/** The page of the event's first claim (most articles), read from the built claims.json. */
const CLAIM_PAGE = `aussagen/${
  (JSON.parse(readFileSync(join(DIST, 'claims.json'), 'utf8')) as ClaimsResult).claims.find((c) => c.event === EVENT)!
    .id
}/`;
/** Columns the event page shows side by side: its articles, at most four. */
const COLUMNS = Math.min(4, EVENT_ARTICLES.length);

describe('layout at phone, tablet and desktop widths', () => {
  for (const width of [360, 768, 1440]) {
    for (const [name, path] of [
      ['start', ''],
      ['ereignis', EVENT_PAGE],
      ['synopse', `${EVENT_PAGE}synopse/`],
      ['artikel', ARTICLE],
      ['aussage', CLAIM_PAGE],
      ['suche', 'suche/?q=Weltraumbahnhof'],
    ] as const) {
      it(`${name} at ${width} px: no page-wide horizontal overflow; screenshot kept`, async () => {
        const page = await open(path, width);
        await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: true });
        // Only the comparison scroller and table regions may scroll sideways, never the page.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        await page.context().close();
      });
    }
  }
});

describe('the comparison', () => {
  it('shows the articles of the event side by side on a wide screen, and no article of another event', async () => {
    const page = await open(EVENT_PAGE, 1920);
    const columns = page.locator('.comparison__column');
    expect(await columns.count()).toBe(COLUMNS);
    for (const column of await columns.all()) expect(await column.isVisible()).toBe(true);
    const boxes = await Promise.all((await columns.all()).map((c) => c.boundingBox()));
    expect(new Set(boxes.map((b) => Math.round(b!.y))).size).toBe(1);
    expect(Math.max(...boxes.map((b) => b!.x + b!.width))).toBeLessThanOrEqual(1920);
    const shown = await page
      .locator('.comparison__column h3 a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')!.split('/').filter(Boolean).pop()!));
    const ofEvent = new Set(EVENT_ARTICLES.map((article) => article.slug));
    expect(shown.filter((slug) => !ofEvent.has(slug))).toEqual([]);
    const others = ARTICLES.filter((article) => eventOf(article) !== EVENT);
    for (const other of others) expect(await page.locator(`[href*="/artikel/${other.slug}/"]`).count()).toBe(0);
    await page.context().close();
  });

  it('shows one article at a time on a phone and switches with the switcher', async () => {
    const page = await open(EVENT_PAGE, 360);
    const inView = () =>
      page.$$eval('.comparison__column', (columns) =>
        columns
          .filter((c) => {
            const box = c.getBoundingClientRect();
            // Shown (not set aside by the switcher) and within the screen's width.
            return c.getClientRects().length > 0 && box.left >= -1 && box.right <= window.innerWidth + 1;
          })
          .map((c) => c.id),
      );
    expect(await inView()).toHaveLength(1);
    const first = (await inView())[0];
    // The switcher's last entry leads to the last column, whatever the number of articles; it is
    // named like the column (its outlet, or "Medium unbekannt" and what tells it apart).
    const links = page.getByRole('navigation', { name: 'Spalte wählen' }).getByRole('link');
    expect(await links.count()).toBe(COLUMNS);
    const last = links.last();
    const column = page.locator(`#${(await last.getAttribute('href'))!.slice(1)}`);
    expect(await column.locator('.comparison__outlet').innerText()).toContain(await last.innerText());
    const target = (await last.getAttribute('href'))!.replace(/^#/, '');
    expect(target).not.toBe(first);
    await last.click();
    await expect.poll(inView).toEqual([target]);
    await page.context().close();
  });

  it('highlights the same claim in every column on hover', async () => {
    const page = await open(EVENT_PAGE, 1920);
    // The first column that shares a claim: an added article may share none and still stand first.
    const mark = page.locator('.comparison__column:has(.claim-mark)').first().locator('.claim-mark').first();
    const claim = (await mark.getAttribute('data-claim'))!.split(' ')[0]!;
    await mark.hover();
    const active = page.locator('.claim-mark.is-active');
    await expect.poll(() => active.count()).toBeGreaterThan(1);
    const columns = await active.evaluateAll(
      (marks) => new Set(marks.map((m) => m.closest('.comparison__column')!.id)).size,
    );
    expect(columns).toBeGreaterThan(1);
    for (const m of await active.all()) expect((await m.getAttribute('data-claim'))!.split(' ')).toContain(claim);
    await page.context().close();
  });

  it('by keyboard, Enter on a mark lists its partners; a link of a partner brings it into view in its column', async () => {
    const page = await open(EVENT_PAGE, 1440, 700);
    // The last mark of the first column whose claim another column states too.
    const mark = page.locator('.comparison__column:has(.claim-mark)').first().locator('.claim-mark').last();
    await mark.focus();
    await expect.poll(() => page.locator('.claim-mark.is-active').count()).toBeGreaterThan(1);
    await page.keyboard.press('Enter');
    // Not navigated: the sheet names the other columns by their outlet labels.
    expect(page.url()).toContain(EVENT_PAGE);
    const sheet = page.locator('[data-partner-sheet]');
    await expect.poll(() => sheet.isVisible()).toBe(true);
    const partners = sheet.locator('[data-partner-list] a');
    expect(await partners.count()).toBeGreaterThan(0);
    const labels = await page.locator('.comparison__outlet').allInnerTexts();
    for (const text of await partners.allInnerTexts()) expect(labels).toContain(text.replace(/^Bei /, ''));
    // Focus moved into the sheet; following the first partner shows it on screen, focused.
    await page.keyboard.press('Enter');
    await expect.poll(() => sheet.isVisible()).toBe(false);
    const focused = page.locator('.claim-mark:focus');
    await expect.poll(() => focused.count()).toBe(1);
    // In view once the page has drawn the jump (a frame), and staying there.
    const inView = async () => {
      const box = (await focused.boundingBox())!;
      return box.y >= 0 && box.y + box.height <= 700;
    };
    await expect.poll(inView).toBe(true);
    await page.waitForTimeout(1000);
    expect(await inView()).toBe(true);
    expect(await focused.evaluate((m) => m.closest('.comparison__column')!.id)).not.toBe(
      await mark.evaluate((m) => m.closest('.comparison__column')!.id),
    );
    await page.context().close();
  });

  for (const width of [360, 768, 1440]) {
    it(`at ${width} px no column scrolls on its own, and no column text is cut`, async () => {
      const page = await open(EVENT_PAGE, width);
      const boxes = await page.$$eval('.comparison, .comparison__column', (elements) =>
        elements.map((e) => {
          const style = getComputedStyle(e);
          return { overflowY: style.overflowY, overflowX: style.overflowX, cut: e.scrollHeight > e.clientHeight + 1 };
        }),
      );
      for (const box of boxes) {
        expect(box.overflowY).toBe('visible');
        expect(box.overflowX).toBe('visible');
        expect(box.cut).toBe(false);
      }
      // Every column is on screen horizontally (phone: the chosen one; the others are a tap away).
      const outside = await page.$$eval(
        '.comparison__column',
        (columns) =>
          columns
            .filter((c) => getComputedStyle(c).display !== 'none')
            .filter((c) => c.getBoundingClientRect().right > window.innerWidth + 1).length,
      );
      expect(outside).toBe(0);
      await page.context().close();
    });
  }

  it('on a phone the switcher says which article is shown by more than colour, and the column is not tinted', async () => {
    const page = await open(EVENT_PAGE, 360);
    const links = page.getByRole('navigation', { name: 'Spalte wählen' }).getByRole('link');
    const current = page.locator('.switcher a[aria-current="true"]');
    expect(await current.count()).toBe(1);
    const before = await current.innerText();
    await links.nth(1).click();
    await expect.poll(() => current.innerText()).not.toBe(before);
    expect(await current.innerText()).toBe(await links.nth(1).innerText());
    // The tick and the bold weight mark the choice, not a colour alone.
    expect(await current.evaluate((a) => getComputedStyle(a, '::before').content)).toBe('"✓"');
    expect(Number(await current.evaluate((a) => getComputedStyle(a).fontWeight))).toBeGreaterThanOrEqual(700);
    const shown = page.locator('.comparison__column:visible');
    expect(await shown.count()).toBe(1);
    expect(await shown.evaluate((c) => getComputedStyle(c).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    await page.context().close();
  });

  it('on a phone a first tap on a mark shows its partners with a link to the claim, and does not navigate', async () => {
    const context = await built.browser.newContext({
      viewport: { width: 360, height: 800 },
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    await page.goto(`${built.url}${EVENT_PAGE}`);
    // Show the first column that shares a claim (an added article may share none and stand first).
    const marked = await page.locator('.comparison__column:has(.claim-mark)').first().getAttribute('id');
    await page.goto(`${built.url}${EVENT_PAGE}#${marked}`);
    await page.reload();
    const mark = page.locator('.comparison__column:visible .claim-mark').first();
    await mark.scrollIntoViewIfNeeded();
    await mark.tap();
    const sheet = page.locator('[data-partner-sheet]');
    await expect.poll(() => sheet.isVisible()).toBe(true);
    expect(new URL(page.url()).pathname).toBe(`/${EVENT_PAGE}`);
    const claimLink = sheet.locator('[data-partner-claim]');
    expect(await claimLink.getAttribute('href')).toBe(await mark.getAttribute('href'));
    expect(await sheet.locator('[data-partner-title]').innerText()).toMatch(/^Aussage \d+: in \d+ von \d+ Spalten?$/);
    // A partner in another column: the tap switches the phone's column to it.
    const partner = sheet.locator('[data-partner-list] a').first();
    if ((await partner.count()) > 0) {
      const label = (await partner.innerText()).replace(/^Bei /, '');
      await partner.tap();
      await expect.poll(() => page.locator('.comparison__column:visible .comparison__outlet').innerText()).toBe(label);
      expect(await page.locator('.switcher a[aria-current="true"]').count()).toBe(1);
    }
    await context.close();
  });

  it('at 360x740 the partner sheet hides no focused element, and its mark says it is open', async () => {
    const page = await open(EVENT_PAGE, 360, 740);
    // Show the first column that shares a claim (an added article may share none and stand first).
    const marked = await page.locator('.comparison__column:has(.claim-mark)').first().getAttribute('id');
    await page.goto(`${built.url}${EVENT_PAGE}#${marked}`);
    await page.reload();
    // A mark in the column's middle, so marks and links follow it on screen.
    const marks = page.locator('.comparison__column:visible .claim-mark');
    const mark = marks.nth(Math.floor((await marks.count()) / 2));
    const sheet = page.locator('[data-partner-sheet]');
    await mark.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => sheet.isVisible()).toBe(true);
    expect(await mark.getAttribute('aria-expanded')).toBe('true');
    expect(await mark.getAttribute('aria-controls')).toBe(await sheet.getAttribute('id'));
    const role = (await sheet.getAttribute('role'))!;
    expect(['dialog', 'region']).toContain(role);
    const title = await sheet.locator('[data-partner-title]').innerText();
    expect(title).toMatch(/^Aussage \d+/);
    expect(await page.getByRole(role as 'dialog' | 'region', { name: title }).count()).toBe(1);
    // Esc closes it and says so on the mark, which has focus again.
    await page.keyboard.press('Escape');
    await expect.poll(() => sheet.isVisible()).toBe(false);
    expect(await mark.getAttribute('aria-expanded')).toBe('false');
    expect(await mark.evaluate((m) => m === document.activeElement)).toBe(true);
    // A click leaves focus on the mark: at the screen's foot, the page lifts it above the sheet.
    await mark.evaluate((m) => m.scrollIntoView({ block: 'end', behavior: 'instant' }));
    await mark.click();
    await expect.poll(() => sheet.isVisible()).toBe(true);
    expect((await mark.boundingBox())!.y + (await mark.boundingBox())!.height).toBeLessThanOrEqual(
      (await sheet.boundingBox())!.y,
    );
    await page.keyboard.press('Escape');
    // Open again and tab on: whatever gets focus is the sheet's, above it, or the sheet is gone.
    await page.keyboard.press('Enter');
    await expect.poll(() => sheet.isVisible()).toBe(true);
    for (let step = 0; step < 8; step++) {
      await page.keyboard.press('Tab');
      const state = await page.evaluate(() => {
        const panel = document.querySelector<HTMLElement>('[data-partner-sheet]')!;
        const focused = document.activeElement!;
        return {
          name: `${focused.tagName} ${focused.textContent?.trim().slice(0, 40)}`,
          open: !panel.hidden,
          inside: panel.contains(focused),
          bottom: focused.getBoundingClientRect().bottom,
          top: panel.getBoundingClientRect().top,
        };
      });
      if (state.open && !state.inside)
        expect(state.bottom, `Tab ${step + 1}: ${state.name}`).toBeLessThanOrEqual(state.top);
    }
    expect(await sheet.isVisible()).toBe(false);
    expect(await mark.getAttribute('aria-expanded')).toBe('false');
    await page.context().close();
  });

  it('works without JavaScript: marks are links to their claim pages', async () => {
    const context = await built.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${built.url}${EVENT_PAGE}`);
    const mark = page.locator('.comparison .claim-mark').first();
    await mark.click();
    await page.waitForURL(/\/aussagen\/[^/]+\/$/);
    expect(await page.locator('h1').innerText()).not.toBe('');
    expect(await page.locator('.passages > li').count()).toBeGreaterThan(1);
    await context.close();
  });
});

describe('print and motion', () => {
  it('prints the comparison as full-width articles one after another, without controls', async () => {
    const page = await open(EVENT_PAGE, 1440);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.comparison').evaluate((el) => getComputedStyle(el).display)).toBe('block');
    expect(await page.locator('.switcher').evaluate((el) => getComputedStyle(el).display)).toBe('none');
    expect(await page.locator('.site-header').evaluate((el) => getComputedStyle(el).display)).toBe('none');
    const column = page.locator('.comparison__column').first();
    expect(await column.evaluate((el) => getComputedStyle(el).overflowY)).toBe('visible');
    // Each printed column still says whose text it is.
    expect(await page.locator('.comparison__outlet').count()).toBe(COLUMNS);
    for (const label of await page.locator('.comparison__outlet').all())
      expect(await label.evaluate((el) => getComputedStyle(el).display)).not.toBe('none');
    await page.pdf({ path: join(SHOTS, 'ereignis-print.pdf') });
    await page.context().close();
  });

  it('never animates scrolling, which landed links on a phone above their target', async () => {
    for (const reducedMotion of ['reduce', 'no-preference'] as const) {
      const context = await built.browser.newContext({ reducedMotion });
      const page = await context.newPage();
      await page.goto(`${built.url}${EVENT_PAGE}`);
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
      await context.close();
    }
  });
});

describe('links into the event page', () => {
  /**
   * Sentences of columns a phone hides until one is chosen: the first of the second column and one
   * deep in the last, read from the page at desktop width.
   */
  async function sentencesInLaterColumns(): Promise<string[]> {
    const page = await open(EVENT_PAGE, 1440);
    const ids = await page.evaluate(() => {
      const columns = [...document.querySelectorAll('.comparison__column')];
      const sentences = (column: Element) => [...column.querySelectorAll('[id*="--satz-"]')].map((s) => s.id);
      return [sentences(columns[1]!)[0]!, sentences(columns.at(-1)!).at(-3)!];
    });
    await page.context().close();
    return ids;
  }

  for (const [width, height] of [
    [360, 740],
    [820, 1180],
  ] as const) {
    for (const javaScriptEnabled of [true, false]) {
      it(`at ${width} px ${javaScriptEnabled ? 'with' : 'without'} JavaScript: a sentence, a claim and the claims land on screen`, async () => {
        const targets = [...(await sentencesInLaterColumns()), 'aussage-7', 'aussagen'];
        for (const target of targets) {
          const context = await built.browser.newContext({ viewport: { width, height }, javaScriptEnabled });
          const page = await context.newPage();
          await page.goto(`${built.url}${EVENT_PAGE}#${target}`);
          const element = page.locator(`[id="${target}"]`);
          // Where the page settles: the target shown (its column chosen) and inside the screen.
          await expect
            .poll(async () => (await element.boundingBox())?.height ?? 0, { message: target })
            .toBeGreaterThan(0);
          await expect
            .poll(async () => (await element.boundingBox())!.y, { message: `${target} from the top` })
            .toBeGreaterThanOrEqual(0);
          expect((await element.boundingBox())!.y, target).toBeLessThan(height / 2);
          await context.close();
        }
      });
    }
  }
});

describe('links to one sentence', () => {
  it('opens an article at the linked sentence and highlights it', async () => {
    // A sentence from the middle of the article's body, read from its file: below the first screen.
    const body = sentencesOf(ARTICLES.find((a) => a.slug === SLUG)!).filter(
      (s) => s.field === 'body' && s.kind === 'paragraph',
    );
    const { anchor, text } = body[Math.floor(body.length / 2)]!;
    const unlinked = await open(ARTICLE, 1440, 700);
    expect((await unlinked.locator(`#${anchor}`).boundingBox())!.y).toBeGreaterThan(700);
    await unlinked.context().close();
    const page = await open(`${ARTICLE}#${anchor}`, 1440, 700);
    const sentence = page.locator(`#${anchor}`);
    expect((await sentence.innerText()).replace(/\s+/g, ' ')).toContain(text.replace(/\s+/g, ' '));
    expect(await sentence.evaluate((el) => el.matches(':target'))).toBe(true);
    const background = await sentence.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    await expect.poll(async () => (await sentence.boundingBox())!.y).toBeGreaterThanOrEqual(0);
    await expect.poll(async () => (await sentence.boundingBox())!.y).toBeLessThan(700);
    await page.context().close();
  });

  it('has a readable title, description and Open Graph tags', async () => {
    const page = await open(ARTICLE, 1440);
    expect(await page.title()).toMatch(/Putin empfängt Kim .* – Synopse/);
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toMatch(/Putin empfängt Kim/);
    expect((await page.locator('meta[name="description"]').getAttribute('content'))!.length).toBeGreaterThan(40);
    await page.context().close();
  });
});
