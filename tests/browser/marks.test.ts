import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { mainEvent } from '../support/articles.ts';
import { useBuiltSite } from '../support/browser.ts';

/** What a reader sees of the marks on an event page: colour per kind, a quiet "nur hier", a checkbox that hides it. */
const built = useBuiltSite();
const EVENT_PAGE = `ereignisse/${mainEvent()}/`;
const KINDS = ['sinngleich', 'wortgleich', 'widerspruch'] as const;

async function open(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 900 }, ...options });
  const page = await context.newPage();
  await page.goto(`${built.url}${EVENT_PAGE}`);
  return page;
}

/** Per kind, the distinct backgrounds and underline styles of the marks in the columns. */
function looks(page: Page) {
  return page.$$eval('.comparison__column .claim-mark', (marks) => {
    const found: Record<string, { backgrounds: string[]; underlines: string[] }> = {};
    for (const mark of marks) {
      const kind = [...mark.classList].find((c) => c.startsWith('claim-mark--'))!.slice('claim-mark--'.length);
      const style = getComputedStyle(mark);
      const entry = (found[kind] ??= { backgrounds: [], underlines: [] });
      if (!entry.backgrounds.includes(style.backgroundColor)) entry.backgrounds.push(style.backgroundColor);
      if (!entry.underlines.includes(style.textDecorationStyle)) entry.underlines.push(style.textDecorationStyle);
    }
    return found;
  });
}

describe('marks that mean one thing each', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`${colorScheme}: one colour and one underline per kind, different between kinds; "nur hier" has no tint`, async () => {
      const page = await open(built.browser, { colorScheme });
      const found = await looks(page);
      const kinds = KINDS.filter((kind) => found[kind]);
      // The main event shows every kind; otherwise this test would compare nothing.
      expect(kinds).toEqual([...KINDS]);
      for (const kind of kinds) {
        expect(found[kind]!.backgrounds, kind).toHaveLength(1);
        expect(found[kind]!.underlines, kind).toHaveLength(1);
      }
      // Without colour (greyscale, print) the underline still tells the kinds apart.
      expect(new Set(kinds.map((kind) => found[kind]!.underlines[0])).size).toBe(kinds.length);
      expect(new Set(kinds.map((kind) => found[kind]!.backgrounds[0])).size).toBe(kinds.length);
      const uniqueBackgrounds = await page.$$eval('.comparison__column .nur-hier', (sentences) => [
        ...new Set(sentences.map((s) => getComputedStyle(s).backgroundColor)),
      ]);
      expect(uniqueBackgrounds).toEqual(['rgba(0, 0, 0, 0)']);
      await page.context().close();
    });
  }

  it('every mark shows its claim number as text', async () => {
    const page = await open(built.browser);
    const badges = await page.$$eval('.comparison__column .claim-mark .claim-badge [aria-hidden]', (spans) =>
      spans.map((span) => (span as HTMLElement).innerText),
    );
    expect(badges.length).toBeGreaterThan(0);
    for (const badge of badges) expect(badge).toMatch(/^\d+(,\d+)*$/);
    await page.context().close();
  });

  it('without JavaScript, a keyboard user hides the "nur hier" sentences and only the shared text remains', async () => {
    const page = await open(built.browser, { javaScriptEnabled: false });
    const unique = page.locator('.comparison__column .nur-hier');
    const shared = page.locator('.comparison__column .claim-mark');
    expect(await unique.count()).toBeGreaterThan(0);
    const visible = (locator: typeof unique) =>
      locator.evaluateAll((elements) => elements.filter((e) => (e as HTMLElement).offsetParent !== null).length);
    expect(await visible(unique)).toBe(await unique.count());
    const box = page.getByRole('checkbox', { name: 'Nur-hier-Sätze ausblenden' });
    await box.focus();
    await page.keyboard.press('Space');
    expect(await box.isChecked()).toBe(true);
    expect(await visible(unique)).toBe(0);
    expect(await visible(shared)).toBe(await shared.count());
    // The legend's own sample stays: it explains what was hidden.
    expect(await page.locator('.legend .nur-hier').isVisible()).toBe(true);
    await page.keyboard.press('Space');
    expect(await visible(unique)).toBe(await unique.count());
    await page.context().close();
  });

  it('focusing a mark highlights its partners in the other columns', async () => {
    // Reduced motion: the highlight appears at once, without a transition.
    const page = await open(built.browser, { reducedMotion: 'reduce' });
    // The first mark of the first column whose claim another column also states.
    const index = await page.$$eval('.comparison__column', (columns) => {
      const [first, ...others] = columns;
      const claimOf = (m: Element) => (m.getAttribute('data-claim') ?? '').split(' ')[0]!;
      const elsewhere = new Set(others.flatMap((c) => [...c.querySelectorAll('.claim-mark')].map(claimOf)));
      return [...first!.querySelectorAll('.claim-mark[href]')].findIndex((m) => elsewhere.has(claimOf(m)));
    });
    expect(index).toBeGreaterThanOrEqual(0);
    const target = page.locator('.comparison__column').first().locator('.claim-mark[href]').nth(index);
    const claim = (await target.getAttribute('data-claim'))!.split(' ')[0]!;
    const resting = await page.$$eval('.comparison__column .claim-mark', (marks) => [
      ...new Set(marks.map((m) => getComputedStyle(m).backgroundColor)),
    ]);
    await target.focus();
    const active = page.locator('.claim-mark.is-active');
    await expect.poll(() => active.count()).toBeGreaterThan(1);
    const partners = await active.evaluateAll(
      (found, column) => {
        const own = document.getElementById(column)!;
        return found
          .filter((m) => !own.contains(m))
          .map((m) => ({
            claims: (m.getAttribute('data-claim') ?? '').split(' '),
            background: getComputedStyle(m).backgroundColor,
          }));
      },
      await target.evaluate((m) => m.closest('.comparison__column')!.id),
    );
    expect(partners.length).toBeGreaterThan(0);
    for (const partner of partners) {
      expect(partner.claims).toContain(claim);
      // A partner stands out from every mark at rest, whatever its kind.
      expect(resting).not.toContain(partner.background);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => active.count()).toBe(0);
    await page.context().close();
  });
});
