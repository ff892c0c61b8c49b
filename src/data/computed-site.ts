/**
 * Claims and rendered article text for every page of a build, computed once per build by the
 * claim engine's worker processes (`src/data/site-worker-client.ts`), from the checked entries of
 * the content collection. The pages read them through `src/data/site.ts`.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { getCollection } from 'astro:content';
import type { ClaimsResult } from '../lib/claims/types.ts';
import { CONTENT_DIR } from '../lib/content/location.ts';
import type { CacheFigures, ComputedArticle, ComputedEvent, SiteInput } from './compute-site.ts';
import { loadArticles } from './corpus.ts';
import { runSiteWorkers } from './site-worker-client.ts';

/** What the workers found: the claims, each article's rendered text by slug, and each event's claim numbers and legend by id. */
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
  cached ??= computeFromCollection();
  return cached;
}

async function computeFromCollection(): Promise<ComputedSite> {
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
  const site = await runSiteWorkers(input, workerCount());
  console.log(describeCache(site.cache));
  return { result: site.result, articles: site.articles, events: site.events };
}

/**
 * How many workers a build starts: one per core the process may use (`SYNOPSE_BUILD_WORKERS`
 * sets another number; 1 runs everything in one worker).
 */
function workerCount(): number {
  const wanted = Number(process.env.SYNOPSE_BUILD_WORKERS);
  return Number.isInteger(wanted) && wanted > 0 ? wanted : availableParallelism();
}
