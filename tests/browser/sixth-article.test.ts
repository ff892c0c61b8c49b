import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaimsResult } from '../../src/lib/claims/types.ts';
import { buildContentCopy, type BuiltCopy } from '../support/astro.ts';
import { axeViolations } from '../support/axe.ts';
import { useBuiltSite } from '../support/browser.ts';
import { DIST } from '../support/paths.ts';
import { articlesByEvent, readArticleFiles } from '../support/articles.ts';
import { SIXTH, SIXTH_SLUG } from '../support/sixth-article.ts';
import { wordsSplitInOutletNames } from '../support/synopsis.ts';

/**
 * Adds a sixth article (tests/fixtures/sixth-article) to a copy of the content, builds that copy
 * and reads it as a visitor would: every page valid, accessible and no wider than a phone, and the
 * pages of claims that the new article does not touch still where they were.
 */
const work = mkdtempSync(join(tmpdir(), 'synopse-sixth-'));
const out = join(work, 'dist'); // where buildContentCopy builds
afterAll(() => rmSync(work, { recursive: true, force: true }));

let build: BuiltCopy | undefined;
beforeAll(() => {
  build = buildContentCopy(work, (content) => {
    cpSync(join(SIXTH, 'articles'), join(content, 'articles'), { recursive: true });
    cpSync(join(SIXTH, 'sources'), join(content, 'sources'), { recursive: true });
  });
}, 170_000);
const built = useBuiltSite(() => out);

function pages(dir: string): string[] {
  const found: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory() && entry.name !== 'pagefind' && entry.name !== '_astro') walk(path);
      else if (entry.name.endsWith('.html')) found.push(`/${relative(dir, path)}`.replace(/index\.html$/, ''));
    }
  };
  walk(dir);
  return found.sort();
}
/** The sixth article's event, with every article file of the built copy. */
const sixthEvent = () => {
  const articles = readArticleFiles(join(work, 'content', 'articles'));
  const event = String(articles.find((a) => a.slug === SIXTH_SLUG)!.frontmatter.event);
  return { event, articles: articlesByEvent(articles).find(([id]) => id === event)![1] };
};
const eventPage = () => `ereignisse/${sixthEvent().event}/`;
const claimsOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'claims.json'), 'utf8')) as ClaimsResult;
const passageSet = (claim: ClaimsResult['claims'][number]) =>
  claim.passages.map((p) => `${p.article}#${p.anchor}`).join(' ');

describe('the site with a sixth article', () => {
  it('builds', () => {
    expect(build?.status, build?.output.slice(-3000)).toBe(0);
  });

  it('shows the new article and compares it with the others', () => {
    const result = claimsOf(out);
    expect(result.articles.map((a) => a.id)).toContain(SIXTH_SLUG);
    expect(result.claims.some((c) => c.articles.includes(SIXTH_SLUG))).toBe(true);
    expect(pages(out)).toContain(`/artikel/${SIXTH_SLUG}/`);
  });

  it('keeps the page of every claim whose passages did not change', () => {
    const before = new Map(claimsOf(DIST).claims.map((c) => [passageSet(c), c.id]));
    const kept = claimsOf(out).claims.filter((c) => before.has(passageSet(c)));
    expect(kept.length).toBeGreaterThan(0);
    const built = new Set(pages(out));
    for (const claim of kept) {
      expect(claim.id).toBe(before.get(passageSet(claim)));
      expect(built.has(`/aussagen/${claim.id}/`), claim.label).toBe(true);
    }
  });

  it('has only valid HTML pages (html-validate, recommended rules)', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const problems: string[] = [];
    for (const page of pages(out)) {
      const file = join(out, page.endsWith('/') ? `${page}index.html` : page);
      const report = await validator.validateFile(file);
      for (const result of report.results)
        for (const m of result.messages) problems.push(`${page} ${m.ruleId} (${m.line}:${m.column}): ${m.message}`);
    }
    expect(problems).toEqual([]);
  });

  // The event page's address is read from the copy, which exists only once the build has run.
  for (const [name, pathOf] of [
    ['the home page', () => ''],
    ['the event page', eventPage],
    ['the new article', () => `artikel/${SIXTH_SLUG}/`],
  ] as const) {
    it(`${name} has no axe violation and fits a 360 px phone`, async () => {
      const path = pathOf();
      const context = await built.browser.newContext({ viewport: { width: 360, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${built.url}${path}`);
      const violations = await axeViolations(page);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      await context.close();
      expect(violations).toEqual([]);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

describe('an event with more articles than columns', () => {
  it('shows four columns, lists the others, and lets the reader swap one in, kept in the address', async () => {
    const { articles } = sixthEvent();
    // The fixture only exercises the picker if its event now has more articles than columns.
    expect(articles.length).toBeGreaterThan(4);
    const context = await built.browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${built.url}${eventPage()}`);
    const columns = page.locator('.comparison__column');
    expect(await columns.count()).toBe(4);
    const shown = await columns.evaluateAll((cs) => cs.map((c) => c.getAttribute('data-column')!));
    const hidden = articles.map((a) => a.slug).filter((slug) => !shown.includes(slug));
    // Without picking, the others are links.
    for (const slug of hidden)
      expect(await page.locator(`.more-articles a[href$="/artikel/${slug}/"]`).count()).toBe(1);
    const picker = page.getByRole('group', { name: /Spalten wählen/ });
    const boxes = picker.getByRole('checkbox');
    // Four ticked: the rest cannot be ticked until one is let go.
    expect(await boxes.evaluateAll((bs) => bs.filter((b) => (b as HTMLInputElement).disabled).length)).toBe(
      articles.length - 4,
    );
    await picker.locator(`input[value="${shown[0]}"]`).uncheck();
    await picker.locator(`input[value="${hidden[0]}"]`).check();
    const newColumn = page.locator(`.comparison__column[data-column="${hidden[0]}"]`);
    await expect.poll(() => newColumn.count()).toBe(1);
    await expect.poll(() => newColumn.locator('.satz').count()).toBeGreaterThan(0);
    expect(await columns.count()).toBe(4);
    expect(await page.locator(`.comparison__column[data-column="${shown[0]}"]`).count()).toBe(0);
    // Sentence ids stay unique on the page.
    const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
    expect(ids.length).toBe(new Set(ids).size);
    expect(new URL(page.url()).searchParams.get('spalten')!.split(',')).toContain(hidden[0]);
    // The address restores the choice.
    await page.reload();
    await expect.poll(() => page.locator(`.comparison__column[data-column="${hidden[0]}"]`).count()).toBe(1);
    await context.close();
  });

  it('filters the claim list in place and keeps the filter in the address', async () => {
    const { event, articles } = sixthEvent();
    const result = claimsOf(out);
    const claims = result.claims.filter((c) => c.event === event);
    const inAll = claims.filter((c) => c.articles.length === articles.length).length;
    const contradicted = new Set(result.contradictions.map((c) => c.claim));
    const context = await built.browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${built.url}${eventPage()}`);
    const items = page.locator('[data-claim-list] > li');
    const visible = () => items.evaluateAll((lis) => lis.filter((li) => !(li as HTMLElement).hidden).length);
    expect(await visible()).toBe(claims.length);
    await page.getByLabel('nur Widersprüche').check();
    await expect.poll(visible).toBe(claims.filter((c) => contradicted.has(c.id)).length);
    expect(new URL(page.url()).searchParams.get('zeige')).toBe('widersprueche');
    await page.getByLabel('nur was alle Artikel berichten').check();
    await expect.poll(visible).toBe(inAll);
    await page.getByLabel('Artikel', { exact: true }).selectOption(SIXTH_SLUG);
    await expect.poll(visible).toBe(0);
    const own = page.locator(`[data-only-article="${SIXTH_SLUG}"]`);
    expect(await own.isVisible()).toBe(true);
    expect(await own.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await page.locator('[data-only-article]:visible').count()).toBe(1);
    // A shared link opens the same view.
    const shared = page.url();
    const other = await context.newPage();
    await other.goto(shared);
    await expect.poll(() => other.locator('[data-only-article]:visible').count()).toBe(1);
    expect(await other.getByLabel('nur Sätze ohne Entsprechung aus:').isChecked()).toBe(true);
    await context.close();
  });

  it('lists every claim without JavaScript, and hides the filter it could not run', async () => {
    const { event } = sixthEvent();
    const claims = claimsOf(out).claims.filter((c) => c.event === event);
    const context = await built.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${built.url}${eventPage()}?zeige=widersprueche`);
    // The list lies below the first screen, laid out when a reader gets there (content-visibility):
    // read it as one who scrolled to it; Chromium's first box query inside it can still be empty.
    await page.locator('[data-claim-list]').scrollIntoViewIfNeeded();
    expect(await page.locator('[data-claim-list] > li:visible').count()).toBe(claims.length);
    expect(await page.locator('[data-claim-filter]').isVisible()).toBe(false);
    expect(await page.locator('[data-column-picker]').isVisible()).toBe(false);
    await context.close();
  });
});

describe('a synopsis with more outlets than fit beside each other', () => {
  for (const width of [1024, 1440]) {
    it(`on a ${width} px screen keeps words whole and the page no wider than the screen`, async () => {
      const page = await built.browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${built.url}${eventPage()}synopse/`);
      expect(await page.locator('.synopse-table thead th').count()).toBe(sixthEvent().articles.length + 1);
      const broken = await wordsSplitInOutletNames(page);
      expect(broken.names).toBeGreaterThan(0);
      expect(broken.split).toEqual([]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await page.close();
    });
  }

  it('scrolls sideways in a box a keyboard reaches, the labels staying in view', async () => {
    const page = await built.browser.newPage({ viewport: { width: 1024, height: 900 } });
    await page.goto(`${built.url}${eventPage()}synopse/`);
    const box = page.locator('.synopse');
    expect(await box.getAttribute('tabindex')).toBe('0');
    expect(await box.getAttribute('aria-label')).not.toBeNull();
    const scroll = await box.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(scroll).toBeGreaterThan(0);
    await box.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    // Chromium animates a scroll by key (whatever the page's scroll-behavior): it has begun, not ended.
    await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await box.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    const label = await page.locator('.synopse-table tbody th[scope="row"]').first().boundingBox();
    const frame = await box.boundingBox();
    expect(label!.x).toBeGreaterThanOrEqual(frame!.x - 1);
    await page.close();
  });
});
