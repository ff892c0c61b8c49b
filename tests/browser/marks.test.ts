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

/**
 * The event page with its first column's text replaced by marks of every kind (as
 * rehype-claim-marks writes them; its fixtures hold the markup to that) and a sentence of its
 * own: the colours are the stylesheet's, whatever sentences the content has and whichever
 * articles come first.
 */
async function openWithEveryKind(browser: Browser, options: BrowserContextOptions): Promise<Page> {
  const page = await open(browser, options);
  await page.evaluate((kinds) => {
    const mark = (classes: string, text: string) =>
      `<span class="satz"><a class="claim-mark ${classes}" href="#">${text}</a></span> `;
    const text = document.querySelector('.comparison__column > div')!;
    text.innerHTML = `<p>${[
      ...kinds.map((kind) => mark(`claim-mark--${kind} claim-mark--alle`, `Ein Satz, ${kind}.`)),
      mark('claim-mark--sinngleich claim-mark--mehrere', 'Ein Satz, den einige teilen.'),
      '<span class="satz nur-hier">Ein Satz nur hier.</span>',
    ].join('')}</p>`;
  }, KINDS);
  return page;
}

/** Per kind, the distinct backgrounds and underline styles of the marks in the columns. */
function looks(page: Page) {
  return page.$$eval('.comparison__column .claim-mark', (marks) => {
    const found: Record<string, { backgrounds: string[]; underlines: string[] }> = {};
    for (const mark of marks) {
      // A statement some articles share is a lighter tint than one all share: kind and strength.
      const classes = [...mark.classList].filter((c) => c.startsWith('claim-mark--')).map((c) => c.slice(12));
      const kind = classes.filter((c) => c !== 'alle' && c !== 'mehrere')[0]!;
      if (kind === 'sinngleich' && classes.includes('mehrere')) {
        const entry = (found['sinngleich-mehrere'] ??= { backgrounds: [], underlines: [] });
        const style = getComputedStyle(mark);
        if (!entry.backgrounds.includes(style.backgroundColor)) entry.backgrounds.push(style.backgroundColor);
        continue;
      }
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
      const page = await openWithEveryKind(built.browser, { colorScheme });
      const found = await looks(page);
      const kinds = KINDS.filter((kind) => found[kind]);
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
      // Shared by some articles: one lighter tint of the same kind, closer to the page than the full one.
      const some = found['sinngleich-mehrere'];
      expect(some?.backgrounds).toHaveLength(1);
      const page_ = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      // "rgb(211, 239, 208)", or "color(srgb 0.9 0.95 0.9)" for a mixed colour.
      const rgb = (c: string) =>
        c
          .match(/\d+(\.\d+)?/g)!
          .slice(0, 3)
          .map((v) => (c.startsWith('color(') ? Number(v) * 255 : Number(v)));
      const distance = (a: string, b: string) => rgb(a).reduce((n, v, i) => n + Math.abs(v - rgb(b)[i]!), 0);
      const html = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      const ground = page_ === 'rgba(0, 0, 0, 0)' ? html : page_;
      expect(distance(some!.backgrounds[0]!, ground)).toBeLessThan(distance(found.sinngleich!.backgrounds[0]!, ground));
      // The "keine Entsprechung" sign is a dashed underline, not a bar that reads like a pipe.
      const sign = await page.$eval('.comparison__column .nur-hier', (s) => ({
        border: getComputedStyle(s).borderInlineStartWidth,
        underline: getComputedStyle(s).textDecorationStyle,
      }));
      expect(sign).toEqual({ border: '0px', underline: 'dashed' });
      await page.context().close();
    });
  }

  it('claim numbers are at least 0.8 rem, whatever the column text', async () => {
    const page = await open(built.browser);
    const sizes = await page.$$eval('.comparison__column .claim-badge', (badges) => [
      ...new Set(badges.map((b) => parseFloat(getComputedStyle(b).fontSize))),
    ]);
    expect(sizes.length).toBeGreaterThan(0);
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(0.8 * 16);
    await page.context().close();
  });

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
    const box = page.getByRole('checkbox', { name: 'Sätze ohne Entsprechung ausblenden' });
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
    // The first mark, in the first column that has one, whose claim another column also states
    // (an added article may share nothing and still stand first).
    const [column, index] = await page.$$eval('.comparison__column', (columns) => {
      const claimOf = (m: Element) => (m.getAttribute('data-claim') ?? '').split(' ')[0]!;
      for (const [at, own] of columns.entries()) {
        const others = columns.filter((c) => c !== own);
        const elsewhere = new Set(others.flatMap((c) => [...c.querySelectorAll('.claim-mark')].map(claimOf)));
        const found = [...own.querySelectorAll('.claim-mark[href]')].findIndex((m) => elsewhere.has(claimOf(m)));
        if (found >= 0) return [at, found];
      }
      return [-1, -1];
    });
    expect(column, 'a column with a mark another column shares').toBeGreaterThanOrEqual(0);
    const target = page.locator('.comparison__column').nth(column).locator('.claim-mark[href]').nth(index);
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
