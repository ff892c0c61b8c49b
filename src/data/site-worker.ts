/**
 * The process `src/data/computed-site.ts` starts: reads a `SiteInput` as JSON on stdin, runs
 * `computeSite` and writes the result to stdout as JSON lines, the claims first, then one line
 * per article, so neither side ever holds the whole output as one string. On failure it writes
 * the error's message to stderr and exits with 1.
 *
 * Run with `--expose-gc`: a full collection after each step frees the garbage of segmenting and
 * comparing before the next step allocates, instead of letting the heap grow past it.
 */
import type { ClaimsResult } from '../lib/claims/types.ts';
import { computeSite, type ComputedArticle, type SiteInput } from './compute-site.ts';

/** One line of the worker's output. */
export type SiteWorkerLine = { kind: 'result'; result: ClaimsResult } | { kind: 'article'; article: ComputedArticle };

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

try {
  const input = JSON.parse(await readStdin()) as SiteInput;
  const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});
  const { result, articles } = computeSite(input, collect);
  const write = (line: SiteWorkerLine) => process.stdout.write(`${JSON.stringify(line)}\n`);
  write({ kind: 'result', result });
  for (const article of articles) write({ kind: 'article', article });
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
