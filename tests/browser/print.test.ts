import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/axe.ts';
import { useBuiltSite } from '../support/browser.ts';
import { builtPages } from '../support/pages.ts';

/**
 * Printing an event page (src/styles/print.css) and its coverage chart
 * (src/components/CoverageChart.astro): read in Chromium as printed on A4, and as a screen reader
 * meets the chart. Every expectation comes from the page's own content.
 */
const built = useBuiltSite();

/** A4 at 96 dpi: 210 mm wide. */
const A4_WIDTH = 794;
const A4_HEIGHT = 1123;

const EVENT_PAGES = builtPages().filter((path) => /^\/ereignisse\/[^/]+\/$/.test(path));

async function open(path: string, media: 'print' | 'screen', colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const context = await built.browser.newContext({ viewport: { width: A4_WIDTH, height: A4_HEIGHT }, colorScheme });
  const page = await context.newPage();
  await page.emulateMedia({ media });
  await page.goto(`${built.url}${path.slice(1)}`);
  return page;
}

it('has event pages to print', () => {
  expect(EVENT_PAGES.length).toBeGreaterThan(0);
});

/** Article pages whose text carries marks: printed, their marks need the legend beside them. */
const MARKED_ARTICLES = builtPages().filter((path) => /^\/artikel\/[^/]+\/$/.test(path));

describe('an article page printed on A4', () => {
  it('keeps the legend that explains its underlines, the other reports, and the page debris in full', async () => {
    let marked = 0;
    for (const path of MARKED_ARTICLES) {
      const page = await open(path, 'print');
      if ((await page.locator('.article-body .claim-mark').count()) > 0) {
        marked++;
        expect(await page.locator('.article-aside .legend').isVisible(), path).toBe(true);
        // What the folded list holds (the lines, or the note that nothing was removed) is printed.
        const removed = page.locator('details.removed > :not(summary)').first();
        if ((await page.locator('details.removed').count()) > 0) expect(await removed.isVisible(), path).toBe(true);
      }
      await page.context().close();
    }
    expect(marked).toBeGreaterThan(0);
  });
});

describe.each(EVENT_PAGES)('%s printed on A4', (path) => {
  it('leaves out the navigation, the footer and every control', async () => {
    const page = await open(path, 'print');
    for (const selector of [
      '.site-header',
      '.site-footer',
      '.skip-link',
      'form[role="search"]',
      '[data-claim-filter]',
      '[data-column-picker]',
      '.switcher',
    ]) {
      for (const element of await page.locator(selector).all()) expect(await element.isVisible(), selector).toBe(false);
    }
    // On screen the same page does show its header: the difference is print.
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.site-header').isVisible()).toBe(true);
    await page.context().close();
  });

  it('prints every column with its whole text, one after another', async () => {
    const page = await open(path, 'print');
    const columns = await page.locator('.comparison__column').all();
    for (const column of columns) {
      expect(await column.isVisible()).toBe(true);
      // Not a scroll box: the column is as tall as its content and clips nothing.
      const clipped = await column.evaluate((el) => ({
        height: el.scrollHeight - el.clientHeight,
        width: el.scrollWidth - el.clientWidth,
      }));
      expect(clipped.height).toBeLessThanOrEqual(1);
      expect(clipped.width).toBeLessThanOrEqual(1);
      // Its last sentence lies inside it.
      const last = column.locator('.satz').last();
      if ((await last.count()) > 0) {
        const [outer, inner] = await Promise.all([column.boundingBox(), last.boundingBox()]);
        expect(inner!.y + inner!.height).toBeLessThanOrEqual(outer!.y + outer!.height + 1);
      }
    }
    const boxes = await Promise.all(columns.map((c) => c.boundingBox()));
    for (let i = 1; i < boxes.length; i++)
      expect(boxes[i]!.y).toBeGreaterThanOrEqual(boxes[i - 1]!.y + boxes[i - 1]!.height);
    await page.context().close();
  });

  it('prints the claim list, every claim of it', async () => {
    const page = await open(path, 'print');
    // One pass in the page: an event can list thousands of claims.
    const hidden = await page.$$eval('[data-claim-list] > li', (items) =>
      items.filter((li) => !li.checkVisibility({ visibilityProperty: true })).map((li) => li.id),
    );
    expect(hidden).toEqual([]);
    await page.context().close();
  });

  it('puts nothing wider than the page', async () => {
    const page = await open(path, 'print');
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const wide = [...document.body.querySelectorAll('*')]
        .filter((el) => {
          const box = el.getBoundingClientRect();
          return box.width > 0 && (box.right > width + 1 || box.left < -1);
        })
        .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}`);
      return { page: document.documentElement.scrollWidth - width, wide };
    });
    expect(overflow.wide).toEqual([]);
    expect(overflow.page).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`prints dark text on white paper, even from the ${scheme} scheme`, async () => {
      const page = await open(path, 'print', scheme);
      const faint = await page.evaluate(() => {
        const channel = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
        const contrastOnWhite = (colour: string) => {
          const [r = 0, g = 0, b = 0] = (colour.match(/[\d.]+/g) ?? []).map(Number);
          return 1.05 / (0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b) + 0.05);
        };
        const found = new Set<string>();
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (!parent || !node.textContent?.trim() || parent.getClientRects().length === 0) continue;
          const svgText = parent instanceof SVGElement;
          const colour = getComputedStyle(parent)[svgText ? 'fill' : 'color'];
          if (contrastOnWhite(colour) < 4.5)
            found.add(`${parent.tagName.toLowerCase()}.${parent.getAttribute('class') ?? ''}: ${colour}`);
        }
        return [...found];
      });
      expect(faint).toEqual([]);
      await page.context().close();
    });
  }

  it('makes an A4 PDF of a sensible number of pages', async () => {
    const page = await open(path, 'print');
    const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    // A printed page holds well over 1,000 characters of text; allow two more pages for breaks.
    const characters = await page.evaluate(() => document.body.innerText.length);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(Math.ceil(characters / 1000) + 2);
    await page.context().close();
  });
});

describe.each(EVENT_PAGES)('%s: the coverage chart', (path) => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`is an image with a name, readable text and a table of every claim (${scheme})`, async () => {
      const page = await open(path, 'screen', scheme);
      const claims = await page.locator('[data-claim-list] > li').count();
      const chart = page.locator('figure.coverage svg');
      if (claims === 0) {
        expect(await chart.count()).toBe(0);
        await page.context().close();
        return;
      }
      // Playwright's accessibility snapshot of the chart alone: an image with a non-empty name.
      expect(await chart.ariaSnapshot()).toMatch(/^- '?img "\S[^"]*"/);
      // Its text has the page's text colour, not a fixed one that would vanish in the other scheme.
      const colours = await chart.evaluate((svg) => ({
        text: getComputedStyle(svg.querySelector('text')!).fill,
        page: getComputedStyle(document.body).color,
      }));
      expect(colours.text).toBe(colours.page);
      // The table has a row for every claim of the list, in the same order.
      const listed = await page.$$eval('[data-claim-list] > li', (items) => items.map((li) => li.id));
      const tabled = await page.$$eval('[data-coverage-table] tbody th[scope="row"]', (rows) =>
        rows.map((th) => `aussage-${th.getAttribute('data-claim')}`),
      );
      expect(tabled).toEqual(listed);
      // Open the table and let axe read chart and table; a table of thousands of claims (a test
      // build with a generated corpus) would take axe minutes, so then only the chart.
      await page.locator('.coverage-table > summary').click();
      const parts = listed.length <= 200 ? ['figure.coverage', '.coverage-table'] : ['figure.coverage'];
      expect(await axeViolations(page, parts)).toEqual([]);
      await page.context().close();
    });
  }
});
