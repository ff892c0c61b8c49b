import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticSite } from '../../scripts/lib/static-server.ts';
import { buildCopyWithArticle, type BuiltCopy } from '../support/astro.ts';
import { launchChromium } from '../support/browser.ts';

/**
 * An article whose title is one word far longer than a page title may be (no space before
 * character 58), beside the project's articles. Shortening that title once looped forever, so the
 * build runs with a timeout: a regression fails here instead of hanging the suite. On a 360 px
 * phone the same title must wrap instead of widening the page.
 */
const WORD = 'Raumfahrtkooperationsvereinbarungsverhandlungsdelegationsleiter';
const TITLE = `${WORD}${WORD}${WORD} treffen sich in Wostotschny`;
const SLUG = 'sehr-langer-titel';

const work = mkdtempSync(join(tmpdir(), 'synopse-long-title-'));
let build: BuiltCopy;
let out = '';

beforeAll(() => {
  build = buildCopyWithArticle(
    work,
    {
      slug: SLUG,
      title: TITLE,
      body: 'Putin und Kim trafen sich am Mittwoch auf dem Weltraumbahnhof. Sie sprachen über Satelliten.',
    },
    { timeout: 120_000 },
  );
  out = build.out;
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const page = (path: string) => join(out, path, 'index.html');

describe('an article title of one 190-character word', () => {
  it('builds (within the timeout)', () => {
    expect(TITLE.indexOf(' ')).toBeGreaterThan(58);
    expect(build.status, build.output.slice(-3000)).toBe(0);
  });

  it('gets a page title shortened inside the word, with the site name, within 70 characters', () => {
    const html = readFileSync(page(`artikel/${SLUG}`), 'utf8');
    const title = /<title>([^<]*)<\/title>/.exec(html)![1]!;
    expect(title.length).toBeLessThanOrEqual(70);
    expect(title).toMatch(new RegExp(`^${WORD.slice(0, 40)}.*… – Synopse$`));
    // Shared links keep the whole title.
    expect(html).toContain(`<meta property="og:title" content="${TITLE}">`);
  });

  it('gives a valid article page (html-validate, recommended rules)', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const report = await validator.validateFile(page(`artikel/${SLUG}`));
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  });

  describe('on a 360 px phone', () => {
    let site: StaticSite | undefined;
    let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;
    beforeAll(async () => {
      site = await serveStatic(out);
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
      await site?.close();
    });

    it('no page that shows the title is wider than the screen', async () => {
      const pages = pagesWithTitle();
      // The title reaches its own page, its event's page and synopsis, the claims the article
      // shares and the other articles' "Auch berichtet von".
      expect(pages).toEqual(expect.arrayContaining([`artikel/${SLUG}/`]));
      expect(pages.filter((path) => path.startsWith('ereignisse/')).length).toBeGreaterThan(1);
      expect(pages.some((path) => path.startsWith('aussagen/'))).toBe(true);
      expect(pages.filter((path) => path.startsWith('artikel/')).length).toBeGreaterThan(1);

      const context = await browser!.newContext({ viewport: { width: 360, height: 740 } });
      const tab = await context.newPage();
      const tooWide: string[] = [];
      for (const path of pages) {
        await tab.goto(`${site!.url}${path}`);
        const { scrollWidth, clientWidth } = await tab.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        }));
        if (scrollWidth > clientWidth) tooWide.push(`/${path}: ${scrollWidth} px wide`);
      }
      await context.close();
      expect(tooWide).toEqual([]);
    });
  });
});

/** Built pages (as URL paths without the leading slash) whose HTML contains the long title. */
function pagesWithTitle(): string[] {
  const pages = readdirSync(out, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .filter((file) => readFileSync(join(out, file), 'utf8').includes(WORD))
    .map((file) => file.replace(/index\.html$/, ''));
  return pages.sort();
}
