/**
 * The costly part of a build, as plain TypeScript without Astro: segment every article, find the
 * claims, render every article's text with its marks. `src/data/site-worker.ts` runs it in a
 * process of its own (see `src/data/computed-site.ts` for why); the pages only read its result.
 */
import { readFileSync } from 'node:fs';
import { engineArticle } from '../lib/claims/article-input.ts';
import { analyseCorpus } from '../lib/claims/engine.ts';
import { parseEditorial } from '../lib/claims/editorial.ts';
import type { ClaimsResult, EngineArticle } from '../lib/claims/types.ts';
import {
  articleKinds,
  claimViews,
  eventKinds,
  marksForArticle,
  withComparableUnique,
  type ClaimNumber,
  type Mark,
  type PassageKind,
} from '../lib/view/view.ts';
import { articleDigest, markdownBody } from '../lib/content/frontmatter.ts';
import { fromMarkdownBody } from '../lib/text/markdown.ts';
import { segmentArticle, type SentenceUnit } from '../lib/text/units.ts';
import type { Root as MdastRoot } from 'mdast';
import { countWords } from '../lib/text/words.ts';
import { COLUMN_CHARACTERS_UP_TO } from '../lib/view/page-limits.ts';
import { siteRoutes } from '../lib/view/routes.ts';
import { renderArticleViews, type ComparisonCut } from '../plugins/article-processor.ts';
import { engineVersion, eventCacheKey, pruneCache, readCachedEvent, writeCachedEvent } from './claims-cache.ts';
import {
  editorialByEvent,
  mergeEventResults,
  renameClaims,
  renumberEntries,
  withDistinctClaimIds,
  type EventEditorial,
} from './event-results.ts';

/** What the computation reads: the checked entries of the content collection, and where things are. */
export interface SiteInput {
  /** The site's base path (`/`, or `/synopse/`), for the claim links inside the marks. */
  base: string;
  /** The articles, as the content loader checked them. */
  articles: {
    id: string;
    /** Absolute path of the Markdown file. */
    file: string;
    /** The path shown in messages (relative to the project). */
    filePath: string;
    /** Digest the loader stored after checking the file (`articleDigest`). */
    digest: string;
    /** The checked frontmatter fields the engine reads (headline, kicker, lead, event). */
    fields: {
      title: string;
      titleSource: string;
      kicker?: string | undefined;
      lead?: string | undefined;
      event: string;
    };
  }[];
  /**
   * Every article id in the order pages list articles (publication date, then slug): an event
   * page's first columns, and so its legend, follow it. None: the order of `articles`.
   */
  listOrder?: string[] | undefined;
  /** The editorial file, when there is one: absolute path and the name messages show. */
  editorial?: { file: string; name: string } | undefined;
  /** The project folder (the engine's version is a digest of its code there); the working folder by default. */
  root?: string | undefined;
  /** Where the per-event results are cached between builds; none: every event is computed. */
  cacheDir?: string | undefined;
}

/** One article as the pages need it. */
export interface ComputedArticle {
  id: string;
  /** Words in lead and body. */
  wordCount: number;
  /** The first sentence of the body's first paragraph: the page description when there is no lead. */
  firstSentence: string | undefined;
  leadHtml: string | undefined;
  bodyHtml: string;
  /**
   * Lead and body for a page that shows several articles, ids prefixed with `slug--`; the body
   * only up to `COLUMN_CHARACTERS_UP_TO` characters.
   */
  comparisonHtml: string;
  /** Where the comparison's body stops, when the article is longer than a column holds. */
  comparisonCut?: ComparisonCut | undefined;
  /** The kinds its page's legend explains: those of its marks, claim chips and unique sentences. */
  legendKinds: PassageKind[];
}

/**
 * What the pages of one event show of its claims, computed here once, beside the marks that
 * show the same numbers and kinds: src/data only groups and hands it on.
 */
export interface ComputedEvent {
  id: string;
  /** Each claim's number within the event (the marks' badges show it) and tone, in listed order. */
  claims: ClaimNumber[];
  /** The kinds the event page's legend explains (its first columns and all its claim chips). */
  legendKinds: PassageKind[];
}

/** How many events the build compared, and how many it took from the cache. */
export interface CacheFigures {
  /** Events whose results came from the cache. */
  reused: number;
  /** Events compared afresh (no entry, a stale one, or one that failed its checks). */
  computed: number;
  /** Entries found but ignored because they failed their checks. */
  corrupt: number;
}

/** Everything `computeSite` finds in one process. */
export interface SiteComputation {
  result: ClaimsResult;
  articles: ComputedArticle[];
  /** One per event with articles, in event id order. */
  events: ComputedEvent[];
  cache: CacheFigures;
}

/** How an event's result was found: taken from the cache, or compared afresh (after a bad entry). */
export type EventSource = 'reused' | 'computed' | 'corrupt';

/** What the callers of `eachEvent` get for each event of `input` they asked for. */
interface EventWork {
  event: string;
  entries: SiteInput['articles'];
  /** The event's result, as the cache holds it. */
  result: ClaimsResult;
  source: EventSource;
  /** Its articles, read and segmented, each with its body's Markdown tree. */
  articles: ReadArticle[];
}

/**
 * Runs the claim engine on each event of `input` (only those in `only`, when given), in event id
 * order, taking an event's result from the cache under `input.cacheDir` when nothing that decides
 * it changed and storing it there when it was computed. `betweenSteps` runs after each step that
 * leaves garbage: reading and segmenting an event's articles, comparing them, the whole event.
 */
function* eachEvent(
  input: SiteInput,
  only: ReadonlySet<string> | undefined,
  betweenSteps: () => void,
): Generator<EventWork> {
  const editorial = input.editorial && {
    data: parseEditorial(readFileSync(input.editorial.file, 'utf8'), input.editorial.name),
    file: input.editorial.name,
  };
  const eventOf = new Map(input.articles.map((entry) => [entry.id, entry.fields.event]));
  const editorialOf = editorial
    ? editorialByEvent(editorial.data, editorial.file, eventOf)
    : new Map<string, EventEditorial>();
  const engine = input.cacheDir ? engineVersion(input.root ?? process.cwd()) : '';
  for (const [event, entries] of eventsOf(input)) {
    if (only && !only.has(event)) continue;
    const articles = entries.map(readArticle);
    // Segmenting a 5 MB article leaves some 120 MB of garbage; collected only when the heap
    // reached its limit, it was still there while comparing added its own (the worker's peak).
    betweenSteps();
    const own = editorialOf.get(event);
    const key =
      input.cacheDir &&
      eventCacheKey({
        engine,
        event,
        articles: entries.map((entry) => ({ id: entry.id, digest: entry.digest, fields: entry.fields })),
        editorial: own ? own.data.entries.map((entry, n) => ({ index: own.indexes[n]!, entry })) : [],
        editorialFile: editorial?.file,
      });
    const cached =
      input.cacheDir && key
        ? readCachedEvent(input.cacheDir, event, key, new Set(entries.map((e) => e.id)))
        : undefined;
    if (cached?.result) {
      yield { event, entries, result: cached.result, source: 'reused', articles };
      betweenSteps();
      continue;
    }
    const result = compareEvent(
      articles,
      own && editorial ? { ...own, file: editorial.file } : undefined,
      betweenSteps,
      (payload) => {
        if (input.cacheDir && key) writeCachedEvent(input.cacheDir, event, key, payload);
      },
    );
    const source = cached?.problem === 'corrupt' ? 'corrupt' : 'computed';
    yield { event, entries, result, source, articles };
    betweenSteps();
  }
}

/**
 * Compares one event's articles (with the editorial entries of that event, numbered as in the
 * whole file), hands the result's JSON to `store` (the cache) and gives the result as read back
 * from that JSON, as a warm build reads it from the cache, so both give the same bytes.
 * `betweenSteps` runs once the comparison's garbage is left behind. A function of its own, so
 * that neither the engine's result nor its JSON stays alive in `eachEvent` while it is suspended.
 */
function compareEvent(
  articles: readonly ReadArticle[],
  editorial: (EventEditorial & { file: string }) | undefined,
  betweenSteps: () => void,
  store: (payload: string) => void,
): ClaimsResult {
  let fresh: ClaimsResult;
  try {
    fresh = analyseCorpus(articles, editorial ? { editorial: { data: editorial.data, file: editorial.file } } : {});
  } catch (error) {
    if (error instanceof Error && editorial)
      error.message = renumberEntries(error.message, editorial.file, editorial.indexes);
    throw error;
  }
  if (editorial) fresh.warnings = fresh.warnings.map((w) => renumberEntries(w, editorial.file, editorial.indexes));
  // Comparing a 5 MB article leaves some 250 MB of garbage: collected before rendering adds its own.
  betweenSteps();
  const payload = JSON.stringify(fresh);
  store(payload);
  return JSON.parse(payload) as ClaimsResult;
}

/**
 * The articles of `input` by event, in event id order (the order the engine lists events in, on
 * which the claim ids made distinct across events depend).
 */
export function eventsOf(input: SiteInput): [string, SiteInput['articles']][] {
  return [...Map.groupBy(input.articles, (entry) => entry.fields.event)].sort(([a], [b]) => a.localeCompare(b));
}

/** An article as the build reads it: checked, its body parsed once and segmented. */
type ReadArticle = EngineArticle & { units: SentenceUnit[]; bodyTree: MdastRoot };

function readArticle(entry: SiteInput['articles'][number]): ReadArticle {
  const contents = readFileSync(entry.file, 'utf8');
  // A file edited after its checks is never rendered unchecked.
  if (articleDigest(contents) !== entry.digest) {
    throw new Error(`${entry.filePath}: changed while the site was being built (after its checks); build again`);
  }
  const article = engineArticle(entry.id, markdownBody(contents), entry.fields);
  // Parsed once: segmentation reads the tree, and rendering turns the same tree into HTML.
  const bodyTree = fromMarkdownBody(article.body);
  return { ...article, bodyTree, units: segmentArticle(article, bodyTree) };
}

/** Adds an event's `source` to the build's cache figures. */
export function countSource(cache: CacheFigures, source: EventSource): void {
  if (source === 'reused') cache.reused++;
  else cache.computed++;
  if (source === 'corrupt') cache.corrupt++;
}

/**
 * Computes claims and rendered text for `input`, event by event (claims never mix events; see
 * src/data/event-results.ts), taking an event's result from the cache under `input.cacheDir`
 * when nothing that decides it changed. `betweenSteps` is called after each step that leaves
 * much garbage behind (the worker collects it there, see `src/data/site-worker.ts`). With `emit`,
 * each article is handed over as soon as its event is rendered and `articles` stays empty: the
 * worker writes them out at once instead of holding 10,000 articles' HTML until the end.
 * Throws, naming the file, when an article changed after the loader checked it, and with the
 * editorial file's message when one of its entries no longer fits the articles.
 */
export function computeSite(
  input: SiteInput,
  betweenSteps: () => void = () => {},
  emit?: (article: ComputedArticle) => void,
): SiteComputation {
  const cache: CacheFigures = { reused: 0, computed: 0, corrupt: 0 };
  const results: ClaimsResult[] = [];
  const claimIds = new Map<string, number>();
  const computed: ComputedArticle[] = [];
  const events: ComputedEvent[] = [];
  const listed = listPlaces(input);
  for (const work of eachEvent(input, undefined, betweenSteps)) {
    countSource(cache, work.source);
    const result = withDistinctClaimIds(work.result, claimIds);
    results.push(result);
    const each = emit ?? ((article: ComputedArticle) => computed.push(article));
    events.push(renderEvent(input, work.event, result, work.articles, listed, each, betweenSteps));
  }
  if (input.cacheDir)
    pruneCache(
      input.cacheDir,
      eventsOf(input).map(([event]) => event),
    );
  const order = new Map(input.articles.map((entry, i) => [entry.id, i]));
  computed.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return { result: mergeEventResults(results), articles: computed, events, cache };
}

/**
 * A share of the site, for a build shared by several processes: compares (or takes from the
 * cache) and renders the events in `events`, the claims renamed as `renames` says (per event,
 * from `distinctClaimIds`; `{}` keeps the engine's ids). Hands on each article, then each event's
 * result and where it came from.
 */
export function renderEvents(
  input: SiteInput,
  events: readonly string[],
  renames: Readonly<Record<string, Record<string, string>>>,
  betweenSteps: () => void,
  emit: {
    article: (article: ComputedArticle) => void;
    event: (event: ComputedEvent, result: ClaimsResult, source: EventSource) => void;
  },
): void {
  const listed = listPlaces(input);
  for (const work of eachEvent(input, new Set(events), betweenSteps)) {
    const result = renameClaims(work.result, new Map(Object.entries(renames[work.event] ?? {})));
    const rendered = renderEvent(input, work.event, result, work.articles, listed, emit.article, betweenSteps);
    emit.event(rendered, result, work.source);
  }
}

/** Each article's place in the order pages list them (`SiteInput.listOrder`). */
function listPlaces(input: SiteInput): Map<string, number> {
  return new Map((input.listOrder ?? input.articles.map((entry) => entry.id)).map((id, i) => [id, i]));
}

/**
 * Renders one event's articles, with the marks of that event's claims only, and hands each to
 * `emit` as soon as it is rendered; gives what the event's pages show of those claims (numbers,
 * legends), from the same marks. `listed`: each article's place in the order pages list them.
 * `betweenSteps` runs after each article: rendering a 5 MB article leaves its syntax trees and
 * HTML behind as garbage.
 */
function renderEvent(
  input: SiteInput,
  event: string,
  result: ClaimsResult,
  articles: readonly ReadArticle[],
  listed: ReadonlyMap<string, number>,
  emit: (article: ComputedArticle) => void,
  betweenSteps: () => void,
): ComputedEvent {
  const claims = claimViews(result);
  // Pages call no sentence "nur hier" in an event of one article (claims.json keeps them).
  const shown = withComparableUnique(result, result.articles);
  const { claimHref } = siteRoutes(input.base);
  const marksOf = new Map(articles.map((article) => [article.id, marksForArticle(result, claims, article.id)]));
  const inListOrder = articles.map((article) => article.id).sort((a, b) => listed.get(a)! - listed.get(b)!);
  const computedEvent: ComputedEvent = {
    id: event,
    claims: claims.map(({ id, number, tone }) => ({ id, number, tone })),
    legendKinds: eventKinds(shown, claims, inListOrder, (id) => marksOf.get(id)!),
  };
  for (const article of articles) {
    const marks = marksOf.get(article.id)!;
    emit({
      ...renderArticle(article, marks, claimHref, new Set((shown.unique[article.id] ?? []).map((p) => p.anchor))),
      legendKinds: articleKinds(shown, claims, article.id, marks),
    });
    betweenSteps();
  }
  return computedEvent;
}

/** One article's text rendered with its marks, for its own page and for a page of several. */
function renderArticle(
  article: ReadArticle,
  marks: Mark[],
  claimHref: (id: string) => string,
  uniqueAnchors: ReadonlySet<string>,
): Omit<ComputedArticle, 'legendKinds'> {
  const options = { units: article.units, marks, claimHref, uniqueAnchors, comparisonPrefix: `${article.id}--` };
  const lead = article.lead ? renderArticleViews(article.lead, { ...options, field: 'lead' }) : undefined;
  const body = renderArticleViews(article.body, {
    ...options,
    comparisonCharacters: COLUMN_CHARACTERS_UP_TO,
    parsed: article.bodyTree,
  });
  const bodyUnits = article.units.filter((unit) => unit.field === 'body');
  return {
    id: article.id,
    wordCount: countWords(article.lead ?? '') + bodyUnits.reduce((n, unit) => n + countWords(unit.text), 0),
    firstSentence: bodyUnits.find((unit) => unit.kind === 'paragraph')?.text,
    leadHtml: lead?.html,
    bodyHtml: body.html,
    comparisonHtml: (lead?.comparisonHtml ?? '') + body.comparisonHtml,
    comparisonCut: body.comparisonCut,
  };
}
