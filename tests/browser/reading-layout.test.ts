import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { leadingQualifier } from '../../src/lib/claims/quantities.ts';
import type { ClaimsResult } from '../../src/lib/claims/types.ts';
import { mainEvent } from '../support/articles.ts';
import { useBuiltSite } from '../support/browser.ts';
import { DIST } from '../support/paths.ts';

/**
 * Reading 3 (issue 21) in Chromium at a phone's, a tablet's and a desk's width: one left edge,
 * lines a reader can follow, a short phone header, contradictions in plain view, the claim list
 * a few Tab presses away, and a printout that keeps everything and names no colour.
 */
const built = useBuiltSite();
const WIDTHS = [360, 768, 1440] as const;
const EVENT_PAGE = `ereignisse/${mainEvent()}/`;
const result = JSON.parse(readFileSync(join(DIST, 'claims.json'), 'utf8')) as ClaimsResult;
const contradiction = result.contradictions[0];

async function open(path: string, width: number, height = 900): Promise<Page> {
  const context = await built.browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  await page.goto(`${built.url}${path}`);
  return page;
}

const PAGES = ['', EVENT_PAGE, `${EVENT_PAGE}synopse/`, 'widersprueche/', 'methode/'];

describe('layout and measure', () => {
  for (const width of WIDTHS) {
    for (const path of PAGES) {
      it(`/${path} at ${width} px: header and content share one left edge; lines of at most about 75 characters`, async () => {
        const page = await open(path, width);
        const edges = await page.evaluate(() => ({
          header: document.querySelector('.site-name')!.getBoundingClientRect().left,
          content: document.querySelector('main h1')!.getBoundingClientRect().left,
        }));
        expect(Math.abs(edges.header - edges.content)).toBeLessThanOrEqual(1);
        // Characters per line, averaged over each block of running text of three lines or more.
        const perLine = await page.$$eval('main :is(p, li, blockquote, dd)', (elements) =>
          elements.flatMap((el) => {
            const style = getComputedStyle(el);
            if (style.display === 'none' || el.closest('table, svg, [hidden]')) return [];
            const lines = Math.round(el.getBoundingClientRect().height / parseFloat(style.lineHeight));
            const text = (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim();
            return lines >= 3 ? [{ chars: Math.round(text.length / lines), text: text.slice(0, 40) }] : [];
          }),
        );
        expect(perLine.filter((line) => line.chars > 78)).toEqual([]);
        await page.context().close();
      });
    }
  }

  it('on a phone the header takes at most 100 px, at 320 px too', async () => {
    for (const width of [320, 360]) {
      const page = await open(EVENT_PAGE, width);
      const height = await page.$eval('.site-header', (h) => h.getBoundingClientRect().height);
      expect(height).toBeLessThanOrEqual(100);
      // Search stays one tap away, in the navigation.
      expect(
        await page
          .getByRole('navigation', { name: 'Hauptnavigation' })
          .getByRole('link', { name: 'Suche' })
          .isVisible(),
      ).toBe(true);
      await page.context().close();
    }
  });

  it('on a phone the header keeps its height from section to section, the current one marked', async () => {
    for (const width of [320, 360]) {
      const heights = new Map<string, number>();
      for (const path of ['', 'widersprueche/', 'methode/', 'suche/']) {
        const page = await open(path, width);
        heights.set(path, await page.$eval('.site-header', (h) => h.getBoundingClientRect().height));
        // Marked by more than its colour, and unlike the other links.
        const [current, other] = await page.$$eval('.site-nav a', (links) => {
          const style = (a: Element) => {
            const s = getComputedStyle(a);
            return `${s.fontWeight} ${s.textDecorationLine} ${s.textDecorationThickness}`;
          };
          return [
            links.filter((a) => a.getAttribute('aria-current') === 'page').map(style),
            links.filter((a) => !a.hasAttribute('aria-current')).map(style),
          ];
        });
        expect(current, `/${path}`).toHaveLength(1);
        expect(other).not.toContain(current[0]);
        await page.context().close();
      }
      expect(new Set(heights.values()).size, JSON.stringify([...heights])).toBe(1);
    }
  });
});

describe('targets a finger can hit', () => {
  it('on a phone every claim number of an article is at least 24 by 24 pixels', async () => {
    const page = await open('artikel/putin-empfaengt-kim-in-wostotschny/', 360, 740);
    const boxes = await page
      .locator('a.claim-chip')
      .evaluateAll((chips) =>
        chips.map((chip) => chip.getBoundingClientRect()).map(({ width, height }) => ({ width, height })),
      );
    expect(boxes.length).toBeGreaterThan(0);
    for (const box of boxes) {
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    await page.context().close();
  });
});

describe('contradictions in plain view', () => {
  it('the content has a contradiction with two values', () => {
    expect(contradiction?.passages.length).toBe(2);
  });

  for (const width of WIDTHS) {
    for (const path of ['widersprueche/', `aussagen/${contradiction!.claim}/`]) {
      it(`/${path} at ${width} px: both values with who says which, and the differing words marked in both texts`, async () => {
        const page = await open(path, width);
        const box = page.locator('.contradiction').first();
        const values = await box.locator('.contradiction__value').allInnerTexts();
        expect(values).toHaveLength(2);
        for (const value of values) expect(value).toMatch(/\d.*\n?.*(Medium unbekannt|\S)/u);
        // Who says which: each value names the outlet label of its article's column.
        for (const value of values) expect(value).toMatch(/Medium unbekannt · |[A-ZÄÖÜ]/u);
        // Each value keeps the qualifier its article wrote ("mehr als", "etwa"): without it a
        // figure reads as exact.
        const qualifiers = contradiction!.passages.map((p) => leadingQualifier(p.phrase));
        expect(qualifiers.some(Boolean)).toBe(true);
        for (const [index, qualifier] of qualifiers.entries()) expect(values[index]).toContain(qualifier);
        expect(await box.locator('.contradiction__versus').innerText()).toContain('↔');
        // Both sentences carry marks, and each marks its own number.
        const quotes = box.locator('.passages blockquote');
        expect(await quotes.count()).toBe(2);
        for (const [index, quote] of (await quotes.all()).entries()) {
          const marked = await quote.locator('mark').allInnerTexts();
          expect(marked.length).toBeGreaterThan(0);
          const phrase = contradiction!.passages[index]!.phrase;
          const number = phrase.match(/\d[\d.]*/u)![0];
          expect(marked.join(' ')).toContain(number);
          // What the engine treats as equal is never marked.
          for (const word of marked.join(' ').split(/\s+/u))
            expect(['in', 'von', 'am', 'der', 'die', 'das']).not.toContain(word);
        }
        // Side by side, at least the values: both on screen without sideways scrolling.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        await page.context().close();
      });
    }
  }

  it('the claim page names the kind its box shows, in plain German, without percentages', async () => {
    const page = await open(`aussagen/${contradiction!.claim}/`, 1440);
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/Aussage \d+ · Widerspruch/u);
    expect(text).not.toMatch(/sinngleich|wortgleich|\d+ %/u);
    await page.context().close();
  });
});

describe('keyboard', () => {
  for (const width of WIDTHS) {
    it(`at ${width} px the claim list is three Tab presses away, by the second skip link`, async () => {
      const page = await open(EVENT_PAGE, width);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Zu den Aussagen springen');
      expect(await page.locator('.skip-link:focus').isVisible()).toBe(true);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      // The next stop is inside the claim list's section (the filter, or a claim).
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('#aussagen')))).toBe(true);
      await page.context().close();
    });
  }
});

describe('print', () => {
  it('prints every sentence without a match, unfolded, and names no colour', async () => {
    const page = await open(EVENT_PAGE, 794, 1123);
    await page.emulateMedia({ media: 'print' });
    const folded = page.locator('.only-here details:not([open]) li');
    expect(await folded.count()).toBeGreaterThan(0);
    for (const item of await folded.all()) expect(await item.isVisible()).toBe(true);
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/\b(grün|blau|rot|orange|gelb)\b/iu);
    // Each column names whose text it is.
    for (const label of await page.locator('.comparison__outlet').all()) expect(await label.isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('the coverage chart', () => {
  for (const width of WIDTHS) {
    it(`at ${width} px names each row by its claim's label, and the claim filter narrows it`, async () => {
      const page = await open(EVENT_PAGE, width);
      const key = page.locator('.coverage-key li');
      const rows = await page.locator('g[data-chart-claim]').count();
      expect(await key.count()).toBe(rows);
      const labels = await page.locator('[data-claim-list] > li > a[href*="/aussagen/"]').allInnerTexts();
      for (const text of (await key.allInnerTexts()).slice(0, 5))
        expect(labels).toContain(text.replace(/^\d+\s+/u, '').replace(/ \(Widerspruch\)$/u, ''));
      await page.getByLabel('nur Widersprüche').check();
      const shownClaims = await page.locator('[data-claim-list] > li:visible').count();
      await expect
        .poll(() => key.evaluateAll((items) => items.filter((i) => !(i as HTMLElement).hidden).length))
        .toBe(shownClaims);
      expect(await page.locator('g[data-chart-claim].is-filtered-out').count()).toBe(rows - shownClaims);
      // No empty heading: the sentences without a match go with the filter that shows them.
      expect(await page.locator('[data-only-here-section]').isVisible()).toBe(false);
      await page.context().close();
    });
  }
});
