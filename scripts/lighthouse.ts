/**
 * npm run lighthouse
 *
 * Runs Lighthouse with Debian's Chromium on /, /vergleich/, one article and /suche/ of the
 * built site and prints the four category scores, each the median of three runs (Lighthouse's
 * own advice against run-to-run variance, which a busy 2-core machine shows in blocking time).
 * Exits 1 when any median is below 0.95. Run after `npm run build`.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Result } from 'lighthouse';
import { findChromium } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';

const DIST = process.env.SYNOPSE_OUT_DIR ?? 'dist';
const PAGES = ['', 'vergleich/', 'artikel/putin-empfaengt-kim-in-wostotschny/', 'suche/?q=Satellit'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const MINIMUM = 0.95;
const RUNS = 3;

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
  console.log(`| page | ${CATEGORIES.join(' | ')} |`);
  console.log(`| --- |${CATEGORIES.map(() => ' ---: |').join('')}`);
  for (const path of PAGES) {
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
    const scores = CATEGORIES.map((c) => median(runs.map((lhr) => lhr.categories[c]?.score ?? 0)));
    failed += scores.filter((s) => s < MINIMUM).length;
    console.log(`| /${path} | ${scores.map((s) => `${s.toFixed(2)}${s < MINIMUM ? ' **low**' : ''}`).join(' | ')} |`);
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
