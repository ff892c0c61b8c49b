import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { weighPages, writeCorpus } from '../../scripts/lib/corpus-bench.ts';
import { CONTRADICTIONS_PER_PAGE, SITE_FEED_ITEMS } from '../../src/lib/view/page-limits.ts';
import type { ClaimsResult } from '../../src/lib/claims/types.ts';
import { runBuild } from '../support/astro.ts';

/**
 * A generated corpus large enough that the lists growing with it (contradictions, events) need
 * more than one page: every page stays small, and what is paginated is complete.
 */
const work = mkdtempSync(join(tmpdir(), 'synopse-large-corpus-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const out = join(work, 'dist');
const KB = 1024;

describe('a corpus of 600 generated articles over 60 events', { timeout: 900_000 }, () => {
  it('builds, with every page under 200 KB gzip and the contradictions spread over complete pages', () => {
    const { content } = writeCorpus(work, { articles: 600, events: 60, seed: 5 });
    const build = runBuild(
      { SYNOPSE_CONTENT_DIR: content, SYNOPSE_CACHE_DIR: join(work, 'cache'), SYNOPSE_OUT_DIR: out },
      { timeout: 900_000 },
    );
    expect(build.status, build.output).toBe(0);

    const { pages } = weighPages(out);
    expect(pages[0]!.gzip, pages[0]!.path).toBeLessThanOrEqual(200 * KB);

    const claims = JSON.parse(readFileSync(join(out, 'claims.json'), 'utf8')) as ClaimsResult;
    const expected = claims.contradictions.map((c) => c.id).sort();
    expect(expected.length).toBeGreaterThan(CONTRADICTIONS_PER_PAGE);
    const numbered = readdirSync(join(out, 'widersprueche')).filter((name) => /^\d+$/.test(name));
    const files = ['index.html', ...numbered.sort((a, b) => Number(a) - Number(b)).map((n) => `${n}/index.html`)];
    expect(files).toHaveLength(Math.ceil(expected.length / CONTRADICTIONS_PER_PAGE));
    const found: string[] = [];
    for (const [i, file] of files.entries()) {
      const html = readFileSync(join(out, 'widersprueche', file), 'utf8');
      const ids = [...html.matchAll(/<h3 id="widerspruch-([^"]+)"/g)].map((m) => m[1]!);
      expect(ids.length, file).toBeLessThanOrEqual(CONTRADICTIONS_PER_PAGE);
      found.push(...ids);
      // Each page leads on to the next, the last to none.
      if (i < files.length - 1) expect(html, file).toContain(`href="/widersprueche/${i + 2}/" rel="next"`);
      else expect(html).not.toContain('rel="next"');
      expect(gzipSync(html).length).toBeLessThan(200 * KB);
    }
    expect(found.sort()).toEqual(expected);
    // The overview is paginated past 50 events as well.
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('href="/2/" rel="next"');
    // The site's feed holds the newest articles, not the archive.
    const feed = readFileSync(join(out, 'feed.xml'), 'utf8');
    const dates = [...feed.matchAll(/<pubDate>([^<]+)<\/pubDate>/g)].map((m) => Date.parse(m[1]!));
    expect(dates).toHaveLength(SITE_FEED_ITEMS);
    const newest = readdirSync(join(content, 'articles'))
      .map((name) => /date: "([\d-]+)"/.exec(readFileSync(join(content, 'articles', name), 'utf8'))![1]!)
      .map((date) => Date.parse(`${date}T00:00:00Z`))
      .sort((a, b) => b - a);
    expect(dates).toEqual(newest.slice(0, SITE_FEED_ITEMS));
  });
});
