/**
 * npm run budgets
 *
 * Measures the built site against its size budgets and prints every figure: for each kind of
 * page (home, event, synopsis, article, claim, search, other), the heaviest page's HTML, its
 * CSS and the JavaScript it loads before any interaction, in bytes gzipped at level 9; and all
 * CSS together. Exits 1 when a budget is exceeded. Run after `npm run build`.
 *
 * Why not Lighthouse's own budgets: Lighthouse 12.0 removed them (budget.json, `--budget-path`,
 * the `budgets` setting and the performance-budget audit; "remove budgets", GoogleChrome/
 * lighthouse#15950), and Lighthouse 13 has none. It measured one page per run anyway; this
 * reads every page of the build in a second, before a browser starts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PAGE_KINDS, htmlPages, kindOf, type PageKind } from './lib/site-pages.ts';

const DIST = process.env.SYNOPSE_OUT_DIR ?? 'dist';
const KB = 1024;

/**
 * Limits in KB (gzip) per kind of page, about twice what the project's content weighs today, so
 * a page that doubles is noticed. The event page is the heaviest reader's page: it holds up to
 * four article columns and the claim list with its filter. `other` is the method page, the
 * sources, the 404 page and the forwarding pages.
 */
const LIMITS: Record<PageKind, { html: number; css: number; js: number }> = {
  home: { html: 6, css: 6, js: 2 },
  event: { html: 40, css: 6, js: 5 },
  synopsis: { html: 16, css: 6, js: 2 },
  article: { html: 14, css: 6, js: 2 },
  claim: { html: 6, css: 6, js: 2 },
  search: { html: 4, css: 6, js: 5 },
  other: { html: 12, css: 6, js: 2 },
};
/** Issue 12: no page may grow past this, whatever the corpus. */
const ANY_HTML = 200;
/** All stylesheets together: one file of tokens and each component's scoped rules. */
const ALL_CSS = 8;

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const read = (path: string) => readFileSync(join(DIST, path));
const pathOf = (url: string) => decodeURIComponent(url.replace(/^https?:\/\/[^/]+/, '').split(/[?#]/)[0]!);

/** A page's own HTML, the stylesheets it links or inlines, and the scripts it loads or inlines. */
function pageWeight(page: string) {
  const html = read(page).toString('utf8');
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => read(pathOf(m[1]!)));
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  const js = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => read(pathOf(m[1]!)));
  const inlineJs = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  return {
    html: gz(html),
    css: gz(Buffer.concat([...css, Buffer.from(inlineCss.join('\n'))])),
    js: gz(Buffer.concat([...js, Buffer.from(inlineJs.join('\n'))])),
  };
}

const weights = htmlPages(DIST).map((page) => ({ page, kind: kindOf(page), ...pageWeight(page) }));
const rows: { budget: string; measured: number; limit: number; where: string }[] = [];
for (const kind of PAGE_KINDS) {
  const pages = weights.filter((w) => w.kind === kind);
  if (pages.length === 0) continue;
  for (const part of ['html', 'css', 'js'] as const) {
    const heaviest = pages.reduce((a, b) => (b[part] > a[part] ? b : a));
    rows.push({
      budget: `${kind} (${pages.length}): ${part.toUpperCase()}`,
      measured: heaviest[part],
      limit: LIMITS[kind][part] * KB,
      where: heaviest.page,
    });
  }
}
const largest = weights.reduce((a, b) => (b.html > a.html ? b : a));
rows.push({ budget: 'any page: HTML', measured: largest.html, limit: ANY_HTML * KB, where: largest.page });
const allCss = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.css'));
rows.push({
  budget: 'all CSS',
  measured: gz(Buffer.concat(allCss.map((f) => read(join('_astro', f))))),
  limit: ALL_CSS * KB,
  where: `${allCss.length} file(s) in _astro/`,
});

let failed = 0;
console.log('| budget | measured (gzip) | limit | heaviest |');
console.log('| --- | ---: | ---: | --- |');
for (const row of rows) {
  const ok = row.measured <= row.limit;
  if (!ok) failed++;
  console.log(
    `| ${row.budget} | ${(row.measured / KB).toFixed(1)} KB${ok ? '' : ' **over**'} | ${row.limit / KB} KB | ${row.where} |`,
  );
}
if (failed > 0) {
  console.error(`\n${failed} budget(s) exceeded.`);
  process.exitCode = 1;
} else console.log('\nAll budgets hold.');
