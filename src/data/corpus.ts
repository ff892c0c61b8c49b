import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { CONTENT_DIR } from '../lib/content/location.ts';
import { markRemoved, sourcePageId, type SourceLine } from '../lib/content/provenance.ts';
import { decodeRawText, describeRawTextProblem } from '../lib/content/raw-text.ts';
import { formatPartialDate } from '../lib/content/vocabulary.ts';
import { articleLabels, type ArticleLabel } from './article-label.ts';

/** An event as pages show it. */
export interface EventView {
  id: string;
  name: string;
  date: string;
  place: string;
  summary: string;
}

/**
 * What a page knows about one article from its frontmatter. Its text, rendered and marked, and
 * its claims come from the claim engine's process (`RenderedArticle` in src/data/site.ts).
 */
export interface ArticleView {
  /** The slug, also the URL segment. */
  id: string;
  /** The Markdown file, relative to the project root, for messages. */
  filePath: string;
  /** The URL segment of the page that shows its raw source (`/quellen/<sourceId>/`). */
  sourceId: string;
  data: CollectionEntry<'articles'>['data'];
  event: EventView;
  /** The publication date in German words, no more precise than known. */
  publishedLabel: string;
  /** How pages name it among the articles of its event: outlet, or what else tells it apart. */
  label: ArticleLabel;
}

let cached: Promise<ArticleView[]> | undefined;
let cachedEvents: Promise<EventView[]> | undefined;

/** Every event of the content, articles or not, ordered by date (newest first), then id. */
export function loadEvents(): Promise<EventView[]> {
  cachedEvents ??= getCollection('events').then((events) =>
    events
      .map((event) => ({ id: event.id, ...event.data }))
      .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id)),
  );
  return cachedEvents;
}

/**
 * All articles with their events, ordered by publication date, then slug.
 * Memoised: every page of a build shares one computation.
 */
export function loadArticles(): Promise<ArticleView[]> {
  cached ??= readArticleViews();
  return cached;
}

async function readArticleViews(): Promise<ArticleView[]> {
  const [articles, events] = await Promise.all([getCollection('articles'), getCollection('events')]);
  const eventById = new Map(events.map((event) => [event.id, { id: event.id, ...event.data }]));
  const views = articles
    .map((entry) => {
      const event = eventById.get(entry.data.event.id);
      // The article loader checks references; this is only reached if that check is bypassed.
      if (!event) throw new Error(`${entry.filePath}: field "event": unknown event "${entry.data.event.id}"`);
      return {
        id: entry.id,
        filePath: entry.filePath ?? entry.id,
        sourceId: sourcePageId(entry.data.source),
        data: entry.data,
        event,
        publishedLabel: formatPartialDate(entry.data.published.date, entry.data.published.precision),
      };
    })
    .sort((a, b) => a.data.published.date.localeCompare(b.data.published.date) || a.id.localeCompare(b.id));
  // Labels tell apart the articles a reader sees together: those of one event.
  const byEvent = Map.groupBy(views, (view) => view.event.id);
  const labels = new Map([...byEvent.values()].flatMap((group) => [...articleLabels(group)]));
  return views.map((view) => ({ ...view, label: labels.get(view.id)! }));
}

/** A raw source as received, marked up for its page. */
export interface SourceView {
  /** The URL segment: the file name without extension. */
  id: string;
  /** The file name in the sources folder, as the frontmatter names it. */
  file: string;
  /** Its lines, with the removed debris marked. */
  lines: SourceLine[];
  /** How many removed texts the articles made from it list. */
  removedCount: number;
  /** The articles made from it (usually one), in article order. */
  articles: ArticleView[];
}

let cachedSources: Promise<SourceView[]> | undefined;

/**
 * Every source an article names, read from the content folder (`CONTENT_DIR`, so test builds of
 * other content show their own sources) with the removed debris of its articles marked.
 * Memoised like `loadArticles`. Throws, naming file and field, when a removed text is not in its
 * source (the page could not show it) or two sources would share one page.
 */
export function loadSources(): Promise<SourceView[]> {
  cachedSources ??= computeSources();
  return cachedSources;
}

async function computeSources(): Promise<SourceView[]> {
  const articles = await loadArticles();
  const byFile = new Map<string, ArticleView[]>();
  for (const article of articles)
    byFile.set(article.data.source, [...(byFile.get(article.data.source) ?? []), article]);
  const fileById = new Map<string, string>();
  for (const file of byFile.keys()) {
    const id = sourcePageId(file);
    const other = fileById.get(id);
    if (other)
      throw new Error(`sources "${other}" and "${file}" would both be shown at /quellen/${id}/; rename one of them`);
    fileById.set(id, file);
  }
  const sourcesDir = join(CONTENT_DIR, 'sources');
  const views = await Promise.all(
    [...byFile].map(async ([file, users]): Promise<SourceView> => {
      const shown = join(sourcesDir, file);
      const decoded = decodeRawText(await readFile(resolve(process.cwd(), shown)));
      if (!decoded.ok) throw new Error(describeRawTextProblem(shown, decoded.problem));
      const removed = users.flatMap((article) => article.data.removed);
      const marked = markRemoved(decoded.text, removed);
      const missing = users.flatMap((article) =>
        article.data.removed
          .filter((entry) => marked.notFound.includes(entry))
          .map(
            (entry) =>
              `${article.filePath}: field "removed": the text "${entry.text}" is not in ${shown}; copy it exactly from the source or remove the entry`,
          ),
      );
      if (missing.length > 0) throw new Error(missing.join('\n'));
      return { id: sourcePageId(file), file, lines: marked.lines, removedCount: removed.length, articles: users };
    }),
  );
  return views.sort((a, b) => a.id.localeCompare(b.id));
}
