/**
 * npm run lighthouse
 *
 * Runs Lighthouse with Debian's Chromium on one page of each kind a reader meets in the built
 * site: the home page, the event most articles report, its first article and its first claim,
 * and the search page with results (chosen from the site's claims.json, see lib/site-pages.ts).
 * Prints the four category scores, each the median of five runs (Lighthouse's advice against
 * run-to-run variance in its docs/variability.md: the median of five runs about halves it; on a
 * busy 2-core machine the event page's blocking time ranges from 0 to 170 ms between runs), and
 * the bytes Lighthouse saw the page load (its resource-summary audit; the local server compresses
 * text with Brotli as static hosts do, so these are bytes over the wire). Exits 1 when any median is below 1. Run after
 * `npm run build`. Size budgets, gzipped and per kind of page, are `npm run budgets`:
 * Lighthouse 12 removed its own.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Result } from 'lighthouse';
import { findChromium } from './lib/chromium.ts';
import { samplePages } from './lib/site-pages.ts';
import { serveStatic } from './lib/static-server.ts';

const DIST = process.env.SYNOPSE_OUT_DIR ?? 'dist';
const PAGES = Object.entries(samplePages(DIST));
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const MINIMUM = 1;
const RUNS = 5;

/** What Lighthouse counted over the wire: all bytes, and document, stylesheets, scripts apart. */
function transferred(lhr: Result): string {
  const items = (lhr.audits['resource-summary']?.details as { items?: ResourceRow[] } | undefined)?.items ?? [];
  const kb = (type: string) => ((items.find((i) => i.resourceType === type)?.transferSize ?? 0) / 1024).toFixed(1);
  return `${kb('total')} KB (HTML ${kb('document')}, CSS ${kb('stylesheet')}, JS ${kb('script')})`;
}
interface ResourceRow {
  resourceType: string;
  transferSize: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const site = await serveStatic(DIST);
const chrome = await launch({
  chromePath: findChromium(),
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
let failed = 0;
try {
  console.log(`| kind | page | ${CATEGORIES.join(' | ')} | transferred |`);
  console.log(`| --- | --- |${CATEGORIES.map(() => ' ---: |').join('')} ---: |`);
  for (const [kind, path] of PAGES) {
    const runs: Result[] = [];
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(`${site.url}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for /${path}`);
      runs.push(result.lhr);
    }
    // Rounded to hundredths as Lighthouse's report shows them: 0.996 is the report's 100.
    const scores = CATEGORIES.map(
      (c) => Math.round(median(runs.map((lhr) => lhr.categories[c]?.score ?? 0)) * 100) / 100,
    );
    failed += scores.filter((s) => s < MINIMUM).length;
    const cells = scores.map((s) => `${s.toFixed(2)}${s < MINIMUM ? ' **low**' : ''}`);
    console.log(`| ${kind} | /${path} | ${cells.join(' | ')} | ${transferred(runs[0]!)} |`);
    if (scores.some((s) => s < MINIMUM)) {
      const audits = Object.values(runs[0]!.audits).filter(
        (a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative',
      );
      for (const audit of audits.slice(0, 8)) console.log(`    - ${audit.id}: ${audit.title} (${audit.score})`);
    }
  }
} finally {
  chrome.kill();
  await site.close();
}
if (failed > 0) {
  console.error(`\n${failed} score(s) below ${MINIMUM}.`);
  process.exitCode = 1;
} else console.log(`\nAll scores at least ${MINIMUM}.`);
