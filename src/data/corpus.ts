import { getCollection, type CollectionEntry } from 'astro:content';
import { formatPartialDate, type DatePrecision } from '../lib/content/vocabulary.ts';
import { segmentArticle, type SentenceUnit } from '../lib/text/units.ts';
import { countWords } from '../lib/text/words.ts';

/** An event as pages show it. */
export interface EventView {
  id: string;
  name: string;
  date: string;
  place: string;
  summary: string;
}

/** Everything a page needs about one article, computed once per build. */
export interface ArticleView {
  /** The slug, also the URL segment. */
  id: string;
  data: CollectionEntry<'articles'>['data'];
  event: EventView;
  /** The publication date in German words, no more precise than known. */
  publishedLabel: string;
  body: string;
  units: SentenceUnit[];
  wordCount: number;
}

let cached: Promise<ArticleView[]> | undefined;

/**
 * All articles with their events and sentence units, ordered by publication date, then slug.
 * Memoised: every page of a build shares one computation.
 */
export function loadArticles(): Promise<ArticleView[]> {
  cached ??= compute();
  return cached;
}

async function compute(): Promise<ArticleView[]> {
  const [articles, events] = await Promise.all([getCollection('articles'), getCollection('events')]);
  const eventById = new Map(events.map((event) => [event.id, { id: event.id, ...event.data }]));
  return articles
    .map((entry) => {
      const event = eventById.get(entry.data.event.id);
      // The article loader checks references; this is only reached if that check is bypassed.
      if (!event) throw new Error(`${entry.filePath}: field "event": unknown event "${entry.data.event.id}"`);
      const body = entry.body ?? '';
      const units = segmentArticle({ body, lead: entry.data.lead });
      const leadWords = countWords(entry.data.lead ?? '');
      return {
        id: entry.id,
        data: entry.data,
        event,
        publishedLabel: formatPartialDate(entry.data.published.date, entry.data.published.precision as DatePrecision),
        body,
        units,
        wordCount: leadWords + units.filter((u) => u.field === 'body').reduce((n, u) => n + countWords(u.text), 0),
      };
    })
    .sort((a, b) => a.data.published.date.localeCompare(b.data.published.date) || a.id.localeCompare(b.id));
}

/** The event most articles report: the one the comparison is about. */
export function mainEventId(articles: readonly ArticleView[]): string | undefined {
  const counts = new Map<string, number>();
  for (const article of articles) counts.set(article.event.id, (counts.get(article.event.id) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}
