import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { articlesByEvent, mainEvent, readEventIds } from '../support/articles.ts';
import { useBuiltSite } from '../support/browser.ts';
import { CONTENT } from '../support/paths.ts';

/** Events are the unit of reading: the home page lists them, each has its page, old links still lead there. */
const built = useBuiltSite();
const groups = new Map(articlesByEvent());
const nameOf = (event: string) =>
  (parse(readFileSync(join(CONTENT, 'events', `${event}.yaml`), 'utf8')) as { name: string }).name;

describe('events as the unit of reading', () => {
  it('the home page lists every event with its article count, linked to its page', async () => {
    const page = await built.browser.newPage();
    await page.goto(built.url);
    for (const event of readEventIds()) {
      const entry = page.locator('.event-list > li').filter({ has: page.getByRole('link', { name: nameOf(event) }) });
      expect(await entry.count(), event).toBe(1);
      expect(await entry.getByRole('link', { name: nameOf(event) }).getAttribute('href')).toBe(`/ereignisse/${event}/`);
      const count = groups.get(event)?.length ?? 0;
      expect(await entry.innerText()).toContain(count === 0 ? 'noch kein Artikel' : `${count} Artikel`);
    }
    await page.close();
  });

  it('every event page shows its own articles and links no article of another event', async () => {
    const page = await built.browser.newPage();
    for (const [event, articles] of groups) {
      await page.goto(`${built.url}ereignisse/${event}/`);
      expect(await page.locator('h1').innerText()).toBe(nameOf(event));
      const linked = new Set(
        await page
          .locator('main a[href^="/artikel/"]')
          .evaluateAll((links) => links.map((link) => link.getAttribute('href')!.split('/')[2]!)),
      );
      const own = new Set(articles.map((article) => article.slug));
      expect(
        [...linked].filter((slug) => !own.has(slug)),
        event,
      ).toEqual([]);
      for (const slug of own) expect(linked.has(slug), slug).toBe(true);
    }
    await page.close();
  });

  for (const [old, sub] of [
    ['vergleich/', ''],
    ['synopse/', 'synopse/'],
  ] as const) {
    it(`the old address /${old} still leads to an event, with and without JavaScript`, async () => {
      for (const javaScriptEnabled of [true, false]) {
        const context = await built.browser.newContext({ javaScriptEnabled });
        const page = await context.newPage();
        await page.goto(`${built.url}${old}`);
        await page.waitForURL(`**/ereignisse/${mainEvent()}/${sub}`);
        expect(await page.locator('h1').innerText()).toContain(nameOf(mainEvent()));
        await context.close();
      }
    });
  }
});
