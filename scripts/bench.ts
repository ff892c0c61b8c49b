/**
 * npm run bench [-- sizes...]
 *
 * Runs the claim engine on synthetic corpora (default 10, 100, 1,000 and 5,000 articles), each
 * in a fresh process so that peak memory belongs to that size alone, and prints engine time,
 * peak memory and sentence pairs compared. No pass/fail: budgets live in their own scripts.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { analyseCorpus } from '../src/lib/claims/engine.ts';
import { syntheticCorpus } from './lib/synthetic-corpus.ts';

const SIZES = [10, 100, 1000, 5000];

function measure(size: number): void {
  const articles = syntheticCorpus(size);
  const start = performance.now();
  const result = analyseCorpus(articles);
  const seconds = (performance.now() - start) / 1000;
  const peakMiB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(
    JSON.stringify({
      size,
      sentences: result.stats.sentences,
      pairs: result.stats.pairsCompared,
      claims: result.claims.length,
      seconds,
      peakMiB,
    }),
  );
}

function main(): void {
  const [flag, value] = process.argv.slice(2);
  if (flag === '--one') return measure(Number(value));
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  const rows = [];
  console.log('| articles | sentences | pairs compared | claims | engine time | peak memory | time per article |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const size of sizes.length > 0 ? sizes : SIZES) {
    const child = spawnSync(
      process.execPath,
      ['--max-old-space-size=4096', fileURLToPath(import.meta.url), '--one', String(size)],
      {
        encoding: 'utf8',
      },
    );
    if (child.status !== 0) throw new Error(`bench for ${size} articles failed:\n${child.stderr}`);
    const row = JSON.parse(child.stdout) as {
      size: number;
      sentences: number;
      pairs: number;
      claims: number;
      seconds: number;
      peakMiB: number;
    };
    rows.push(row);
    console.log(
      `| ${row.size.toLocaleString('en')} | ${row.sentences.toLocaleString('en')} | ${row.pairs.toLocaleString('en')} | ${row.claims.toLocaleString('en')} | ${row.seconds.toFixed(2)} s | ${row.peakMiB.toFixed(0)} MiB | ${((row.seconds / row.size) * 1000).toFixed(2)} ms |`,
    );
  }
  if (rows.length >= 2) {
    const [first, last] = [rows[0]!, rows.at(-1)!];
    const growth = Math.log(last.seconds / first.seconds) / Math.log(last.size / first.size);
    console.log(
      `\nTime grows like n^${growth.toFixed(2)} from ${first.size} to ${last.size} articles (1.00 = linear).`,
    );
  }
}

main();
