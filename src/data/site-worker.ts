/**
 * The process `src/data/computed-site.ts` starts: reads a `SiteWorkerTask` as JSON on stdin and
 * writes what it finds to stdout as JSON lines; neither side ever holds the whole output as one
 * string. On failure it writes the error's message to stderr and exits with 1.
 *
 * - `all` (`computeSite`): one line per article as soon as its event is rendered (at 10,000
 *   articles, holding them all until the end kept the worker's and Astro's copies of every
 *   article's HTML resident at once), then what each event's pages show of its claims (numbers,
 *   legend), then how many events the cache gave, then the claims.
 * - `render` (`renderEvents`), for a share of the events: per event its articles, then what its
 *   pages show of its claims with its result and where that came from.
 *
 * The last two are how a build uses more than one core (see `src/data/computed-site.ts`).
 *
 * Run with `--expose-gc`: a full collection after a step that left much garbage (segmenting and
 * comparing a long article) frees it before the next step allocates, instead of letting the heap
 * grow past it.
 */
import type { ClaimsResult } from '../lib/claims/types.ts';
import {
  computeSite,
  renderEvents,
  type CacheFigures,
  type EventSource,
  type ComputedArticle,
  type ComputedEvent,
  type SiteInput,
} from './compute-site.ts';

/** What a worker is asked to do: the whole site, or one half of the work for a share of the events. */
export type SiteWorkerTask =
  | { mode: 'all'; input: SiteInput }
  | { mode: 'render'; input: SiteInput; events: string[]; renames: Record<string, Record<string, string>> };

/** One line of the worker's output. */
export type SiteWorkerLine =
  | { kind: 'result'; result: ClaimsResult }
  | { kind: 'article'; article: ComputedArticle }
  | { kind: 'event'; event: ComputedEvent }
  | { kind: 'cache'; cache: CacheFigures }
  | { kind: 'share'; event: ComputedEvent; result: ClaimsResult; source: EventSource };

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

try {
  const task = JSON.parse(await readStdin()) as SiteWorkerTask;
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
  const write = (line: SiteWorkerLine) => process.stdout.write(`${JSON.stringify(line)}\n`);
  const article = (article: ComputedArticle) => write({ kind: 'article', article });
  if (task.mode === 'render') {
    renderEvents(task.input, task.events, task.renames, collect, {
      article,
      event: (event, result, source) => write({ kind: 'share', event, result, source }),
    });
  } else {
    const { result, events, cache } = computeSite(task.input, collect, article);
    for (const event of events) write({ kind: 'event', event });
    write({ kind: 'cache', cache });
    write({ kind: 'result', result });
  }
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
