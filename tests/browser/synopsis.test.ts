import { describe, expect, it } from 'vitest';
import { mainEvent } from '../support/articles.ts';
import { useBuiltSite } from '../support/browser.ts';
import { wordsSplitInOutletNames } from '../support/synopsis.ts';

const built = useBuiltSite();

async function open(width: number) {
  const context = await built.browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${built.url}ereignisse/${mainEvent()}/synopse/`);
  return page;
}

describe('the synopsis table', () => {
  it('fits a 1,440 px screen, and its header row stays in view while the page scrolls', async () => {
    const page = await open(1440);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    // No scroll box of its own: the page scrolls, the header row sticks to the top.
    const table = page.locator('.synopse-table');
    expect(await table.evaluate((el) => getComputedStyle(el.parentElement!).overflowX)).toBe('visible');
    const last = page.locator('.synopse-table tbody tr').last();
    await last.scrollIntoViewIfNeeded();
    const header = await page.locator('.synopse-table thead th').first().boundingBox();
    expect(header!.y).toBeGreaterThanOrEqual(-1);
    expect(header!.y).toBeLessThan(5);
    await page.context().close();
  });

  it('colours reported cells by their kind and writes the kind out beside each label', async () => {
    const page = await open(1440);
    const cells = await page.$$eval('.synopse-table .synopse-cell', (tds) =>
      tds.map((td) => getComputedStyle(td).backgroundColor),
    );
    expect(cells.length).toBeGreaterThan(0);
    for (const background of cells) expect(background).not.toBe('rgba(0, 0, 0, 0)');
    const kinds = await page.locator('.synopse-table th[scope="row"] .synopse-kind').allInnerTexts();
    expect(kinds.length).toBe(await page.locator('.synopse-table tbody tr').count());
    for (const kind of kinds) expect(['gleiche Aussage', 'gleicher Wortlaut', 'Widerspruch']).toContain(kind);
    // The text is text, not a blue link; the link is a short one after it.
    for (const link of await page.locator('.synopse-table td a').allInnerTexts()) expect(link).toBe('im Artikel');
    await page.context().close();
  });

  for (const width of [360, 768, 820]) {
    it(`on a ${width} px screen shows one claim per card, every article under its outlet label, nothing wider than the screen`, async () => {
      const page = await open(width);
      const pageOverflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(pageOverflow).toBeLessThanOrEqual(0);
      expect(await page.locator('.synopse-table thead').isVisible()).toBe(false);
      const rows = page.locator('.synopse-table tbody tr');
      expect(await rows.count()).toBeGreaterThan(0);
      const first = rows.first();
      // A card: the label above the reports, each report under the name of its outlet.
      const label = await first.locator('th[scope="row"]').boundingBox();
      const cells = await first.locator('td').evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().top));
      for (const top of cells) expect(top).toBeGreaterThan(label!.y);
      const outlets = await first.locator('td .synopse-outlet').allInnerTexts();
      const heads = await page.locator('.synopse-table thead th a').allTextContents();
      expect(outlets).toEqual(heads);
      expect(await first.locator('th[scope="row"] a').innerText()).not.toBe('');
      await page.context().close();
    });
  }

  // A row's address is the same on every screen: the cards are the table's own rows.
  for (const width of [360, 1440]) {
    it(`opens a row's address (#zeile-…) at that row on a ${width} px screen`, async () => {
      const context = await built.browser.newContext({ viewport: { width, height: 700 } });
      const page = await context.newPage();
      await page.goto(`${built.url}ereignisse/${mainEvent()}/synopse/`);
      const ids = await page.locator('.synopse-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.id));
      const target = ids[Math.min(3, ids.length - 1)]!;
      expect(target).toMatch(/^zeile-/);
      await page.goto(`${built.url}ereignisse/${mainEvent()}/synopse/#${target}`);
      const row = page.locator(`[id="${target}"]`);
      expect(await row.isVisible()).toBe(true);
      const box = await row.boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(-1);
      expect(box!.y).toBeLessThan(200);
      await context.close();
    });
  }

  for (const width of [820, 1024, 1440]) {
    it(`breaks no outlet name inside a word on a ${width} px screen`, async () => {
      const page = await open(width);
      const broken = await wordsSplitInOutletNames(page);
      expect(broken.names).toBeGreaterThan(0);
      expect(broken.split).toEqual([]);
      await page.context().close();
    });
  }

  it('links every reported cell to its sentence in the article', async () => {
    const page = await open(1440);
    const links = await page.locator('.synopse-table td a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(href).toMatch(/\/artikel\/[a-z0-9-]+\/#(satz|vorspann)-\d+$/);
    await page.context().close();
  });
});
