/**
 * The process `src/data/computed-site.ts` starts: reads a `SiteInput` as JSON on stdin, runs
 * `computeSite` and writes the result to stdout as JSON lines: how many events the cache gave,
 * the claims, then one line per article, so neither side ever holds the whole output as one
 * string. On failure it writes the error's message to stderr and exits with 1.
 *
 * Run with `--expose-gc`: a full collection after a step that left much garbage (segmenting and
 * comparing a long article) frees it before the next step allocates, instead of letting the heap
 * grow past it.
 */
import type { ClaimsResult } from '../lib/claims/types.ts';
import { computeSite, type CacheFigures, type ComputedArticle, type SiteInput } from './compute-site.ts';

/** One line of the worker's output. */
export type SiteWorkerLine =
  | { kind: 'result'; result: ClaimsResult }
  | { kind: 'article'; article: ComputedArticle }
  | { kind: 'cache'; cache: CacheFigures };

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

try {
  const input = JSON.parse(await readStdin()) as SiteInput;
  const gc = (globalThis as { gc?: () => void }).gc;
  // A full collection costs time in proportion to what is alive, and results pile up event by
  // event: collecting after each event (1,000 articles, 50 events) spent 6.2 s in the collector,
  // more than the comparing took. Collect once the heap has grown by 64 MB since the last
  // collection (a long article's garbage), not after every step.
  let after = process.memoryUsage().heapUsed;
  const collect = () => {
    if (!gc || process.memoryUsage().heapUsed - after < 64 * 1024 * 1024) return;
    gc();
    after = process.memoryUsage().heapUsed;
  };
  const { result, articles, cache } = computeSite(input, collect);
  const write = (line: SiteWorkerLine) => process.stdout.write(`${JSON.stringify(line)}\n`);
  write({ kind: 'cache', cache });
  write({ kind: 'result', result });
  for (const article of articles) write({ kind: 'article', article });
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
