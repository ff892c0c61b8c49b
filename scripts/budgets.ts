/**
 * npm run budgets
 *
 * Measures the built site against its size budgets (gzip, level 9) and prints every figure.
 * Exits 1 when a budget is exceeded. Run after `npm run build`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = process.env.SYNOPSE_OUT_DIR ?? 'dist';
const KB = 1024;

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const read = (path: string) => readFileSync(join(DIST, path));
const pathOf = (url: string) => decodeURIComponent(url.replace(/^https?:\/\/[^/]+/, '').split(/[?#]/)[0]!);

/** The stylesheets and scripts a page loads before any interaction, and its own HTML. */
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

function htmlPages(dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlPages(path);
    return entry.name.endsWith('.html') ? [relative(DIST, path)] : [];
  });
}

const pages = htmlPages();
const articles = pages.filter((p) => p.startsWith('artikel/'));
const readingPages = pages.filter((p) => !p.startsWith('suche/'));
const allCss = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.css'));

const rows: { budget: string; measured: number; limit: number; where: string }[] = [];
const heaviest = (list: string[], weigh: (page: string) => number) =>
  list.map((page) => ({ page, size: weigh(page) })).sort((a, b) => b.size - a.size)[0]!;

const article = heaviest(articles, (p) => {
  const w = pageWeight(p);
  return w.html + w.css;
});
rows.push({ budget: 'article page: HTML + CSS', measured: article.size, limit: 14 * KB, where: article.page });
const script = heaviest(readingPages, (p) => pageWeight(p).js);
rows.push({
  budget: 'JavaScript on a reading page before interaction',
  measured: script.size,
  limit: 5 * KB,
  where: script.page,
});
rows.push({
  budget: 'all CSS',
  measured: gz(Buffer.concat(allCss.map((f) => read(join('_astro', f))))),
  limit: 15 * KB,
  where: `${allCss.length} file(s) in _astro/`,
});
const comparison = pageWeight('vergleich/index.html');
rows.push({
  budget: 'comparison page in all',
  measured: comparison.html + comparison.css + comparison.js,
  limit: 100 * KB,
  where: 'vergleich/index.html',
});

let failed = 0;
console.log('| budget | measured (gzip) | limit | heaviest |');
console.log('| --- | ---: | ---: | --- |');
for (const row of rows) {
  const ok = row.measured <= row.limit;
  if (!ok) failed++;
  console.log(
    `| ${row.budget} | ${(row.measured / KB).toFixed(1)} KB ${ok ? '' : '**over**'} | ${row.limit / KB} KB | ${row.where} |`,
  );
}
if (failed > 0) {
  console.error(`\n${failed} budget(s) exceeded.`);
  process.exitCode = 1;
} else console.log('\nAll budgets hold.');
