import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourcePageId } from '../../src/lib/content/provenance.ts';
import { readArticleFiles } from '../support/articles.ts';
import { buildContentCopy, type BuiltCopy } from '../support/astro.ts';
import { axeViolations } from '../support/axe.ts';
import { useBuiltSite } from '../support/browser.ts';
import { LONG_URL, PROVENANCE_SLUG, PROVENANCE_SOURCE, withOutletAndUrl } from '../support/provenance.ts';

/**
 * Provenance pages on a phone: a copy of the content where one article has an outlet and an
 * original address far wider than the screen, and its source a line without spaces as wide,
 * built and read at 360 px. Nothing may widen the page; the pages stay accessible.
 */
const work = mkdtempSync(join(tmpdir(), 'synopse-provenance-browser-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let build: BuiltCopy | undefined;
beforeAll(() => {
  build = buildContentCopy(work, withOutletAndUrl);
}, 170_000);
const built = useBuiltSite(() => join(work, 'dist'));

const ARTICLE = `artikel/${PROVENANCE_SLUG}/`;
const SOURCE = `quellen/${sourcePageId(PROVENANCE_SOURCE)}/`;

async function openAt360(path: string) {
  const context = await built.browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${built.url}${path}`);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  return { context, page, overflow };
}

describe('provenance at 360 px', () => {
  it('the copy builds', () => {
    expect(build?.status, build?.output.slice(-3000)).toBe(0);
  });

  it('every source page and every article page fits the phone', async () => {
    const paths = ['quellen', 'artikel'].flatMap((folder) =>
      readdirSync(join(work, 'dist', folder)).map((name) => `${folder}/${name}/`),
    );
    const sources = readArticleFiles(join(work, 'content', 'articles')).map((a) => String(a.frontmatter.source));
    expect(paths.filter((p) => p.startsWith('quellen/')).sort()).toEqual(
      [...new Set(sources.map((source) => `quellen/${sourcePageId(source)}/`))].sort(),
    );
    const wide: string[] = [];
    for (const path of paths) {
      const { context, overflow } = await openAt360(path);
      if (overflow > 0) wide.push(`${path}: ${overflow} px too wide`);
      await context.close();
    }
    expect(wide).toEqual([]);
  });

  it('the long original address wraps inside the screen and stays one link', async () => {
    const { context, page } = await openAt360(ARTICLE);
    // Shown in full once, in the provenance; beside the headline a short "Zum Original" leads there too.
    const link = page.locator(`.provenance a[href="${LONG_URL}"]`);
    expect(await link.count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Zum Original' }).getAttribute('href')).toBe(LONG_URL);
    const boxes = await link.evaluate((a) => [...a.getClientRects()].map((r) => ({ left: r.left, right: r.right })));
    expect(boxes.length).toBeGreaterThan(1);
    for (const box of boxes) expect(box.right).toBeLessThanOrEqual(360);
    await context.close();
  });

  it('strikes out removed lines and shows their reason without any script', async () => {
    const context = await built.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${built.url}${SOURCE}`);
    const removed = page.locator('.source-text del', { hasText: 'Partner-Inhalte' });
    expect(await removed.evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('line-through');
    expect(await removed.locator('xpath=..').innerText()).toBe('Partner-Inhalte [entfernt: Werbeblock]');
    await context.close();
  });

  for (const path of [ARTICLE, SOURCE]) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`/${path} has no axe violation (${scheme})`, async () => {
        const context = await built.browser.newContext({ colorScheme: scheme, viewport: { width: 360, height: 800 } });
        const page = await context.newPage();
        await page.goto(`${built.url}${path}`);
        const violations = await axeViolations(page);
        await context.close();
        expect(violations).toEqual([]);
      });
    }
  }
});
