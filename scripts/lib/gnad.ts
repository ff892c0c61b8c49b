import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from './stsb.ts';
import { random } from './synthetic-corpus.ts';

/**
 * The 10kGNAD dev half (../shared/data/10kgnad-dev): real articles of one Austrian newspaper,
 * each with its category. Read only by the benchmarks, never by tests or the site.
 */
export interface GnadArticle {
  /** Web, Panorama, International, Wirtschaft, Sport, Inland, Etat, Wissenschaft or Kultur. */
  category: string;
  /** Title, lead and body run together, as the data set gives them. */
  text: string;
}

export const GNAD_CATEGORIES = [
  'Web',
  'Panorama',
  'International',
  'Wirtschaft',
  'Sport',
  'Inland',
  'Etat',
  'Wissenschaft',
  'Kultur',
] as const;

/** Parses the data set's CSV: no header, `category;text`, `;` between fields, `'` as quote. */
export function parseGnad(csv: string, file = 'articles.csv'): GnadArticle[] {
  const known = new Set<string>(GNAD_CATEGORIES);
  return parseCsv(csv, { delimiter: ';', quote: "'" }).map((row, n) => {
    if (row.length !== 2)
      throw new Error(`${file}, row ${n + 1}: expected 2 fields (category, text), found ${row.length}.`);
    const [category, text] = row as [string, string];
    if (!known.has(category)) throw new Error(`${file}, row ${n + 1}: unknown category "${category}".`);
    if (text.trim() === '') throw new Error(`${file}, row ${n + 1}: the article text is empty.`);
    return { category, text };
  });
}

/** Reads `articles.csv` from the 10kGNAD dev folder. */
export function readGnad(folder: string): GnadArticle[] {
  const file = join(folder, 'articles.csv');
  return parseGnad(readFileSync(file, 'utf8'), file);
}

const segmenter = new Intl.Segmenter('de', { granularity: 'sentence' });

/**
 * Sentences for reshuffling, cut with `Intl.Segmenter` alone. Deliberately not the engine's own
 * segmenter: the generated corpus must stay the same while the engine changes, or two runs of
 * the bench would not measure the same input. A cut after an abbreviation only makes two shorter
 * "sentences", which is harmless here.
 */
export function roughSentences(text: string): string[] {
  return [...segmenter.segment(text)].map((s) => s.segment.trim()).filter((s) => s !== '');
}

/** A generated article: a new id, the category it was made from, and its text. */
export interface MadeUpArticle {
  id: string;
  category: string;
  text: string;
  /** The sentences drawn, in order (`text` is them joined by spaces). */
  sentences: string[];
}

/**
 * Makes `count` articles from real ones: article i copies the category and the number of
 * sentences of source article i mod n, and takes its sentences from a shuffled deck of all
 * sentences of that category (reshuffled when used up, so every sentence is used about equally
 * often). Same articles, count and seed: the same output. Ids are `m00001`, … (the name carries
 * the index, never the category).
 */
export function madeUpArticles(source: readonly GnadArticle[], count: number, seed = 20): MadeUpArticle[] {
  if (source.length === 0) throw new Error('madeUpArticles: no source articles.');
  const next = random(seed);
  const shuffle = <T>(items: T[]): T[] => {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  };
  const sentencesOf = source.map((article) => roughSentences(article.text));
  const pools = new Map<string, string[]>();
  source.forEach((article, i) => {
    const pool = pools.get(article.category) ?? [];
    pool.push(...sentencesOf[i]!);
    pools.set(article.category, pool);
  });
  const decks = new Map<string, string[]>();
  const draw = (category: string): string => {
    let deck = decks.get(category);
    if (!deck || deck.length === 0) {
      deck = shuffle([...pools.get(category)!]);
      decks.set(category, deck);
    }
    return deck.pop()!;
  };
  const width = Math.max(5, String(count).length);
  const made: MadeUpArticle[] = [];
  for (let i = 0; i < count; i++) {
    const model = i % source.length;
    const { category } = source[model]!;
    const length = Math.max(1, sentencesOf[model]!.length);
    const sentences = Array.from({ length }, () => draw(category));
    made.push({ id: `m${String(i + 1).padStart(width, '0')}`, category, text: sentences.join(' '), sentences });
  }
  return made;
}
