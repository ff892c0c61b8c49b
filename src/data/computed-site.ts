/**
 * Claims and rendered article text for every page of a build, computed once, in a process of
 * its own (`src/data/site-worker.ts` running `computeSite`).
 *
 * Why a process: segmenting, comparing and rendering a long article allocates hundreds of
 * megabytes that are garbage a moment later. Inside the Astro process, which already holds
 * 300 MB of bundler and module state, V8 let its heap grow to take that garbage (a 5 MB article
 * took the build to 811 MiB). The worker starts small, collects between its steps and ends,
 * returning its memory; the Astro process receives only the results.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { getCollection } from 'astro:content';
import type { ClaimsResult } from '../lib/claims/types.ts';
import { CONTENT_DIR } from '../lib/content/location.ts';
import type { CacheFigures, ComputedArticle, ComputedEvent, SiteInput } from './compute-site.ts';
import { loadArticles } from './corpus.ts';
import type { SiteWorkerLine } from './site-worker.ts';

/** What the worker found: the claims, each article's rendered text by slug, and each event's claim numbers and legend by id. */
export interface ComputedSite {
  result: ClaimsResult;
  articles: Map<string, ComputedArticle>;
  events: Map<string, ComputedEvent>;
}

let cached: Promise<ComputedSite> | undefined;

/**
 * Where the claim engine's results are cached between builds: beside Astro's own cache (the same
 * folder astro.config.mjs gives as `cacheDir`), so a test build with a cache folder of its own
 * never reads the project's entries. `SYNOPSE_CLAIMS_CACHE=off` turns the cache off.
 */
export function claimsCacheDir(): string | undefined {
  if (process.env.SYNOPSE_CLAIMS_CACHE === 'off') return undefined;
  return resolve(process.cwd(), process.env.SYNOPSE_CACHE_DIR ?? 'node_modules/.astro');
}

/** The build's line about the cache: how many events were compared and how many reused. */
export function describeCache(cache: CacheFigures): string {
  const corrupt = cache.corrupt > 0 ? `; ${cache.corrupt} cache entries failed their checks and were ignored` : '';
  return `[claims] events compared: ${cache.computed}, reused from the cache: ${cache.reused}${corrupt}`;
}

/** The computed site, memoised: every page of a build shares one worker run. */
export function loadComputedSite(): Promise<ComputedSite> {
  cached ??= compute();
  return cached;
}

async function compute(): Promise<ComputedSite> {
  const [entries, listed] = await Promise.all([getCollection('articles'), loadArticles()]);
  const editorialFile = resolve(process.cwd(), join(CONTENT_DIR, 'claims.yaml'));
  const input: SiteInput = {
    base: import.meta.env.BASE_URL,
    articles: entries.map((entry) => {
      const filePath = entry.filePath ?? entry.id;
      return {
        id: entry.id,
        file: resolve(process.cwd(), filePath),
        filePath,
        digest: String((entry as { digest?: unknown }).digest),
        fields: {
          title: entry.data.title,
          titleSource: entry.data.titleSource,
          kicker: entry.data.kicker,
          lead: entry.data.lead,
          event: entry.data.event.id,
        },
      };
    }),
    listOrder: listed.map((article) => article.id),
    editorial: existsSync(editorialFile)
      ? { file: editorialFile, name: relative(process.cwd(), editorialFile) }
      : undefined,
    root: process.cwd(),
    cacheDir: claimsCacheDir(),
  };
  return runWorker(input);
}

/** Starts the worker on `input` and collects its output lines; rejects with its message when it fails. */
async function runWorker(input: SiteInput): Promise<ComputedSite> {
  // The source file, run by the same Node as Astro (it strips the types): the bundled pages
  // cannot point at a chunk of their own, and the worker needs none of Vite.
  const worker = resolve(process.cwd(), 'src/data/site-worker.ts');
  // A 32 MB young generation, as for npm run claims: sentence profiles live through an event's
  // comparison, and a 1 MB one promoted them through many scavenges (a 1,000-article build:
  // 30.4 s of CPU with 1 MB, 27.8 s with 32 MB, 49 MB more at the peak of the process tree).
  const child = spawn(process.execPath, ['--expose-gc', '--max-semi-space-size=32', worker], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stdin.end(JSON.stringify(input));
  const stderr: Buffer[] = [];
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  const exited = new Promise<number | null>((resolveExit, reject) => {
    child.on('error', reject);
    child.on('close', resolveExit);
  });
  const read = (async () => {
    let result: ClaimsResult | undefined;
    let cache: CacheFigures | undefined;
    const articles = new Map<string, ComputedArticle>();
    const events = new Map<string, ComputedEvent>();
    let unreadable: string | undefined;
    for await (const line of createInterface({ input: child.stdout, crlfDelay: Infinity })) {
      // A worker that dies mid-line leaves a line cut short; its exit code and message say why.
      if (unreadable) continue;
      try {
        const parsed = JSON.parse(line) as SiteWorkerLine;
        if (parsed.kind === 'result') result = parsed.result;
        else if (parsed.kind === 'cache') cache = parsed.cache;
        else if (parsed.kind === 'event') events.set(parsed.event.id, parsed.event);
        else articles.set(parsed.article.id, parsed.article);
      } catch {
        unreadable = line.slice(0, 80);
      }
    }
    return { result, articles, events, unreadable, cache };
  })();
  const [{ result, articles, events, unreadable, cache }, code] = await Promise.all([read, exited]);
  const message = Buffer.concat(stderr).toString('utf8').trim();
  if (code !== 0 || !result || unreadable !== undefined) {
    throw new Error(
      message ||
        `the claim engine's process (${worker}) ended with code ${code}` +
          (unreadable === undefined ? ' and no message' : `, its output unreadable at "${unreadable}"`),
    );
  }
  if (message) console.warn(message);
  if (cache) console.log(describeCache(cache));
  return { result, articles, events };
}
