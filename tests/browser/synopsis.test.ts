import { describe, expect, it } from 'vitest';
import { mainEvent } from '../support/articles.ts';
import { useBuiltSite } from '../support/browser.ts';

const built = useBuiltSite();

async function open(width: number) {
  const context = await built.browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${built.url}ereignisse/${mainEvent()}/synopse/`);
  return page;
}

describe('the synopsis table', () => {
  it('fits a 1,440 px screen: no column is cut off', async () => {
    const page = await open(1440);
    const region = page.locator('.table-scroll');
    const [scrollWidth, clientWidth] = await region.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await page.context().close();
  });

  it('scrolls inside its own region on a 360 px phone, keeping the claim labels in view', async () => {
    const page = await open(360);
    const pageOverflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(pageOverflow).toBeLessThanOrEqual(0);
    const region = page.locator('.table-scroll');
    const [scrollWidth, clientWidth] = await region.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    await region.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    const label = page.locator('.synopse-table tbody th[scope="row"]').first();
    const [labelBox, regionBox] = [await label.boundingBox(), await region.boundingBox()];
    expect(labelBox!.x).toBeGreaterThanOrEqual(regionBox!.x - 1);
    expect(labelBox!.x + labelBox!.width).toBeLessThanOrEqual(regionBox!.x + regionBox!.width);
    expect(await label.locator('a').innerText()).not.toBe('');
    await page.context().close();
  });

  it('links every reported cell to its sentence in the article', async () => {
    const page = await open(1440);
    const links = await page.locator('.synopse-table td a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(href).toMatch(/\/artikel\/[a-z0-9-]+\/#(satz|vorspann)-\d+$/);
    await page.context().close();
  });
});
