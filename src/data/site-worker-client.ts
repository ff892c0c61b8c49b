/**
 * Runs the claim engine's worker processes (`src/data/site-worker.ts`) for a build and collects
 * what they find: the claims and each article's rendered text.
 *
 * Why a process: segmenting, comparing and rendering a long article allocates hundreds of
 * megabytes that are garbage a moment later. Inside the Astro process, which already holds
 * 300 MB of bundler and module state, V8 let its heap grow to take that garbage (a 5 MB article
 * took the build to 811 MiB). A worker starts small, collects between its steps and ends,
 * returning its memory; the Astro process receives only the results.
 *
 * Why several: comparing and rendering are most of a build's work (at 10,000 articles, 69 of
 * 215 seconds, all on one core while Astro waited). Events are independent, so with more than
 * one core and event, one worker per core compares and renders a share of the events. Only the
 * claim ids tie events together: an id that repeats an earlier event's gets `-e2`
 * (`distinctClaimIds`, in event order), which no worker can know alone. Such repeats are 32-bit
 * hash collisions, rare, so this process names the claims of all events once the workers are done
 * and has only the events whose ids changed rendered again. The output is the same as one
 * worker's, byte for byte (tests/unit/site-worker.test.ts).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { ClaimsResult } from '../lib/claims/types.ts';
import { pruneCache } from './claims-cache.ts';
import {
  countSource,
  eventsOf,
  type CacheFigures,
  type ComputedArticle,
  type ComputedEvent,
  type SiteInput,
} from './compute-site.ts';
import { distinctClaimIds, mergeEventResults } from './event-results.ts';
import type { SiteWorkerLine, SiteWorkerTask } from './site-worker.ts';

/** What the workers found: the claims, each article's rendered text by slug, each event's claim numbers and legend by id, and the cache's part. */
export interface WorkersResult {
  result: ClaimsResult;
  articles: Map<string, ComputedArticle>;
  events: Map<string, ComputedEvent>;
  cache: CacheFigures;
}

/**
 * Computes the site for `input` with up to `workers` worker processes at once (never more than
 * there are events; one runs everything in a single worker). Rejects with a worker's message
 * when one fails.
 */
export function runSiteWorkers(input: SiteInput, workers: number): Promise<WorkersResult> {
  const events = eventsOf(input).map(([event]) => event);
  const count = Math.min(workers, events.length);
  return count > 1 ? computeInShares(input, events, count) : computeInOne(input);
}

/** The whole site in one worker. */
async function computeInOne(input: SiteInput): Promise<WorkersResult> {
  let result: ClaimsResult | undefined;
  let cache: CacheFigures | undefined;
  const articles = new Map<string, ComputedArticle>();
  const events = new Map<string, ComputedEvent>();
  await runWorker({ mode: 'all', input }, (line) => {
    if (line.kind === 'result') result = line.result;
    else if (line.kind === 'cache') cache = line.cache;
    else if (line.kind === 'article') articles.set(line.article.id, line.article);
    else if (line.kind === 'event') events.set(line.event.id, line.event);
  });
  if (!result || !cache) throw new Error("the claim engine's process ended without its result");
  return { result, articles, events, cache };
}

/**
 * The site in `workers` workers at once, each comparing and rendering every `workers`-th event
 * with the engine's claim ids (see the top of this file). Then the claims of all events are named
 * in event order; the few events whose ids repeat an earlier event's are rendered again with the
 * new ids, from the cache the first round filled. Without a cache folder the rounds hand over
 * through a temporary one, removed afterwards.
 */
async function computeInShares(input: SiteInput, events: string[], workers: number): Promise<WorkersResult> {
  const handover = input.cacheDir ? undefined : mkdtempSync(join(tmpdir(), 'synopse-claims-'));
  const shared: SiteInput = { ...input, cacheDir: input.cacheDir ?? handover };
  const shares = Array.from({ length: workers }, (_, n) => events.filter((_, i) => i % workers === n));
  const cache: CacheFigures = { reused: 0, computed: 0, corrupt: 0 };
  const results = new Map<string, ClaimsResult>();
  const articles = new Map<string, ComputedArticle>();
  const computedEvents = new Map<string, ComputedEvent>();
  const render = (events: string[], renames: Record<string, Record<string, string>>, count: boolean) =>
    runWorker({ mode: 'render', input: shared, events, renames }, (line) => {
      if (line.kind === 'article') articles.set(line.article.id, line.article);
      else if (line.kind === 'share') {
        results.set(line.event.id, line.result);
        computedEvents.set(line.event.id, line.event);
        if (count) countSource(cache, line.source);
      }
    });
  try {
    await Promise.all(shares.map((share) => render(share, {}, true)));
    const seen = new Map<string, number>();
    const renames: Record<string, Record<string, string>> = {};
    for (const event of events) {
      const result = results.get(event);
      if (!result) throw new Error(`the claim engine's process gave no result for event "${event}"`);
      const renamed = distinctClaimIds(
        result.claims.map((claim) => claim.id),
        seen,
      );
      if (renamed.size > 0) renames[event] = Object.fromEntries(renamed);
    }
    const again = Object.keys(renames);
    if (again.length > 0) await render(again, renames, false);
    if (input.cacheDir) pruneCache(input.cacheDir, events);
    // In event id order, as one worker hands them on.
    const inOrder = new Map(events.map((event) => [event, computedEvents.get(event)!]));
    return { result: mergeEventResults(events.map((event) => results.get(event)!)), articles, events: inOrder, cache };
  } finally {
    if (handover) rmSync(handover, { recursive: true, force: true });
  }
}

/**
 * Starts a worker on `task` and hands each of its output lines to `onLine`; rejects with the
 * worker's message when it fails.
 */
async function runWorker(task: SiteWorkerTask, onLine: (line: SiteWorkerLine) => void): Promise<void> {
  // The source file, run by the same Node as Astro (it strips the types): the bundled pages
  // cannot point at a chunk of their own, and the worker needs none of Vite.
  const worker = resolve(process.cwd(), 'src/data/site-worker.ts');
  // A 32 MB young generation, as for npm run claims: sentence profiles live through an event's
  // comparison, and a 1 MB one promoted them through many scavenges (a 1,000-article build:
  // 30.4 s of CPU with 1 MB, 27.8 s with 32 MB, 49 MB more at the peak of the process tree).
  const child = spawn(process.execPath, ['--expose-gc', '--max-semi-space-size=32', worker], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stdin.end(JSON.stringify(task));
  const stderr: Buffer[] = [];
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  const exited = new Promise<number | null>((resolveExit, reject) => {
    child.on('error', reject);
    child.on('close', resolveExit);
  });
  const read = (async () => {
    let unreadable: string | undefined;
    for await (const line of createInterface({ input: child.stdout, crlfDelay: Infinity })) {
      // A worker that dies mid-line leaves a line cut short; its exit code and message say why.
      if (unreadable) continue;
      let parsed: SiteWorkerLine;
      try {
        parsed = JSON.parse(line) as SiteWorkerLine;
      } catch {
        unreadable = line.slice(0, 80);
        continue;
      }
      onLine(parsed);
    }
    return unreadable;
  })();
  const [unreadable, code] = await Promise.all([read, exited]);
  const message = Buffer.concat(stderr).toString('utf8').trim();
  if (code !== 0 || unreadable !== undefined) {
    throw new Error(
      message ||
        `the claim engine's process (${worker}) ended with code ${code}` +
          (unreadable === undefined ? ' and no message' : `, its output unreadable at "${unreadable}"`),
    );
  }
  if (message) console.warn(message);
}
