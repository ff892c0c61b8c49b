import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_COLUMNS } from '../../src/lib/view/columns.ts';
import { COLUMN_CHARACTERS_UP_TO, ONLY_HERE_SENTENCES_UP_TO } from '../../src/lib/view/page-limits.ts';
import type { ClaimsResult } from '../../src/lib/claims/types.ts';
import { segmentArticle } from '../../src/lib/text/units.ts';
import { eventFileDate } from '../../src/lib/content/event-files.ts';
import { articlesByEvent, mainEvent, readArticleFiles } from '../support/articles.ts';
import { samplePages } from '../../scripts/lib/site-pages.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { runBuild } from '../support/astro.ts';
import { launchChromium } from '../support/browser.ts';
import { longBody, writeArticle, writeGeneratedArticles } from '../support/generate-articles.ts';
import { CONTENT, DIST } from '../support/paths.ts';

/**
 * Builds the site with unusual content beside the project's articles. Each build prints its time
 * (the figures in the README come from here).
 */
const work = mkdtempSync(join(tmpdir(), 'synopse-robust-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function buildWith(
  name: string,
  add: (articles: string) => void,
  env: Record<string, string> = {},
  outFolder = 'dist',
) {
  const content = join(work, name, 'content');
  const out = join(work, name, 'site', outFolder);
  cpSync(CONTENT, content, { recursive: true });
  add(join(content, 'articles'));
  const started = performance.now();
  const result = runBuild({
    SYNOPSE_CONTENT_DIR: content,
    SYNOPSE_CACHE_DIR: join(work, name, 'cache'),
    SYNOPSE_OUT_DIR: out,
    ...env,
  });
  const seconds = (performance.now() - started) / 1000;
  console.log(`build with ${name}: ${seconds.toFixed(1)} s`);
  expect(result.status, result.output.slice(-3000)).toBe(0);
  const claims = JSON.parse(readFileSync(join(out, 'claims.json'), 'utf8')) as ClaimsResult;
  return { out, claims, html: (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8') };
}

const baseline = JSON.parse(readFileSync(join(DIST, 'claims.json'), 'utf8')) as ClaimsResult;

describe('builds stay correct with unusual content', () => {
  it('an extra article that shares nothing', () => {
    const { claims, html } = buildWith('unrelated', (dir) =>
      writeArticle(
        dir,
        'fussball-am-samstag',
        'Fußball am Samstag',
        'Der Tabellenführer gewann am Samstag knapp gegen den Aufsteiger. Der Trainer lobte die Abwehr.',
      ),
    );
    expect(claims.claims.filter((c) => c.articles.includes('fussball-am-samstag'))).toEqual([]);
    expect(claims.claims.map((c) => c.id).sort()).toEqual(baseline.claims.map((c) => c.id).sort());
    expect(html('artikel/fussball-am-samstag')).toContain('Der Trainer lobte die Abwehr.');
  });

  it('an article of one sentence', () => {
    const body = 'Putin und Kim trafen sich.';
    const { html } = buildWith('one-sentence', (dir) => writeArticle(dir, 'ein-satz', 'Ein Satz', body));
    const [only] = segmentArticle({ body });
    expect(html('artikel/ein-satz')).toMatch(
      new RegExp(
        `<span id="${only!.anchor}"[^>]*><a class="satz-link"[^>]*></a>(<a [^>]*>)?Putin und Kim trafen sich\\.`,
      ),
    );
  });

  it('an article of 20,000 words: whole on its page, in a column of its event as far as one holds', () => {
    const body = longBody(20_000);
    // In the event with the fewest articles, so that the event page gives it a column.
    const [event, others] = articlesByEvent().at(-1)!;
    expect(others.length).toBeLessThan(MAX_COLUMNS);
    const { html, claims } = buildWith('long', (dir) => {
      writeArticle(dir, 'sehr-lang', 'Sehr lang', body);
      const file = join(dir, 'sehr-lang.md');
      // Dated as its event: an article long before its event is refused.
      const date = eventFileDate(readFileSync(join(CONTENT, 'events', `${event}.yaml`), 'utf8'))!;
      const moved = readFileSync(file, 'utf8')
        .replace(/^event: .*$/m, `event: ${event}`)
        .replace(/^ {2}date: .*$/m, `  date: '${date}'`);
      writeFileSync(file, moved);
    });
    const page = html('artikel/sehr-lang');
    const lastSentence = body.trim().split('\n\n').at(-1)!.split('. ').at(-1)!.replace(/\.$/, '');
    expect(page).toContain(lastSentence);
    expect(Number(/([\d.]+) Wörter/.exec(page)![1]!.replaceAll('.', ''))).toBeGreaterThanOrEqual(20_000);

    const eventPage = html(`ereignisse/${event}`);
    const column = /<section[^>]* id="spalte-sehr-lang"[\s\S]*?<\/section>/.exec(eventPage)![0];
    const text = column.replace(/<[^>]+>/g, '');
    expect(text.length).toBeGreaterThan(COLUMN_CHARACTERS_UP_TO / 2);
    expect(text.length).toBeLessThan(COLUMN_CHARACTERS_UP_TO + 2_000);
    expect(column).not.toContain(lastSentence);
    // The column ends with a link to the first sentence it leaves out, which the article page has.
    const next = /href="\/artikel\/sehr-lang\/#(satz-\d+)"[^>]*>Weiterlesen im Artikel</.exec(column)?.[1];
    expect(next).toBeDefined();
    expect(page).toMatch(new RegExp(`<span id="${next}"`));
    expect(column).not.toContain(`id="sehr-lang--${next}"`);

    // What the article alone reports: a bounded list, and where the rest is.
    const own = /<details data-only-article="sehr-lang"[\s\S]*?<\/details>/.exec(eventPage)![0];
    const unique = claims.unique['sehr-lang']!.length;
    expect(unique).toBeGreaterThan(ONLY_HERE_SENTENCES_UP_TO);
    expect(own.match(/<li/g)).toHaveLength(ONLY_HERE_SENTENCES_UP_TO + 1);
    expect(own).toContain(`${(unique - ONLY_HERE_SENTENCES_UP_TO).toLocaleString('de')} weitere Sätze</a>`);
  });

  it('200 generated articles', () => {
    let slugs: string[] = [];
    const { out, claims } = buildWith('two-hundred', (dir) => (slugs = writeGeneratedArticles(dir, 200)));
    expect(claims.articles).toHaveLength(readArticleFiles().length + slugs.length);
    expect(slugs).toHaveLength(200);
    const pages = readdirSync(join(out, 'artikel'));
    for (const slug of slugs) expect(pages).toContain(slug);
  });

  it('a site served from a sub-path (base), search included', async () => {
    // Built into a folder named like the sub-path, so serving its parent serves /synopse/.
    const { out, html } = buildWith('base', () => {}, { SYNOPSE_BASE: '/synopse/' }, 'synopse');
    const home = html('.');
    // The home page and an event page (which links articles, claims and sentences) between them.
    const hrefs = [...`${home}${html(`ereignisse/${mainEvent()}`)}`.matchAll(/\s(?:href|src|action)="([^"#][^"]*)"/g)]
      .map((m) => m[1]!)
      .filter((h) => !/^(https?:|mailto:)/.test(h));
    expect(hrefs.length).toBeGreaterThan(20);
    expect(hrefs.filter((href) => !href.startsWith('/synopse/'))).toEqual([]);
    expect(home).toContain('<link rel="canonical" href="https://synopse.example/synopse/">');
    const file = (name: string) => readFileSync(join(out, name), 'utf8');
    expect(file('robots.txt')).toContain('Sitemap: https://synopse.example/synopse/sitemap-index.xml\n');
    expect(file('sitemap-index.xml')).toContain('<loc>https://synopse.example/synopse/sitemap-0.xml</loc>');
    expect(file('sitemap-0.xml')).toContain('<loc>https://synopse.example/synopse/widersprueche/</loc>');

    // The search worker finds Pagefind's bundle and index under the sub-path, and results link there.
    const site = await serveStatic(dirname(out));
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${site.url}synopse/${samplePages(out).search}`);
      const links = page.locator('[data-search-results] > li h2 a');
      // As long as the browser project's polls wait for a page to react (vitest.config.ts).
      await expect.poll(() => links.count(), { timeout: 10_000 }).toBeGreaterThan(0);
      const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.filter((href) => !href.startsWith('/synopse/'))).toEqual([]);
    } finally {
      await browser.close();
      await site.close();
    }
  });
});
