import { datesNear, type StatedDate } from './event-check.ts';
import { fnv1a } from './ids.ts';
import type { SentenceProfile } from './sentence-profile.ts';
import { RARITY_SCALE } from './term-weights.ts';
import { stemOf } from './tokens.ts';

/**
 * Stories before claims. Articles given without an event are grouped into stories first, as news
 * aggregators do, and claims are formed only inside a story: two reports of one meeting share
 * rare words and names across their whole text, while two unrelated reports that happen to share
 * a stock phrase ("Ein Verdächtiger wurde festgenommen") share little else.
 *
 * An article is a vector of its content stems, weighted by rarity (`ln(1 + 100 / df)` over
 * articles, independent of the corpus size, as for sentences) and by sublinear term frequency,
 * names counting more. Stories are average-linkage clusters of the cosine similarities: a story
 * takes an article, or two stories merge, only while the mean similarity of all their pairs stays
 * at or above the threshold, so a chain of articles each close to the next does not make one
 * story of a whole news month. An article that nothing comes close to stays alone.
 */

/** Tuning of story grouping, chosen on the dev data (see `npm run bench`), never on our articles. */
export interface StoryOptions {
  /** Lowest mean cosine similarity between the articles of two groups that may merge. */
  threshold: number;
  /** Weight of a name's stem relative to another content word. */
  nameWeight: number;
  /**
   * Stems in more articles than this propose no pairs (they still count in the cosine). Keeps
   * the comparison linear in the corpus.
   */
  maxPostings: number;
  /**
   * Factor on the similarity of two articles that name years, none of them the same, or full
   * dates, none of them near one the other names (`datesNear`: within a week, as for events).
   */
  dateMismatch: number;
}

export const DEFAULT_STORY_OPTIONS: StoryOptions = {
  threshold: 0.3,
  nameWeight: 2,
  maxPostings: 100,
  dateMismatch: 0.5,
};

/** An article as story grouping reads it: its sentences' profiles and their text. */
export interface StoryArticle {
  id: string;
  profiles: readonly SentenceProfile[];
  /** The sentences as written, for the story's label (names keep their spelling there). */
  texts: readonly string[];
}

/** A story: articles that report the same news, with a label from the names they share. */
export interface Story {
  /** Stable id: a hash of its articles' ids. */
  id: string;
  /** The names most of its articles share ("Putin · Kim · Wostotschny"), or shared words. */
  label: string;
  /** Its articles' ids, sorted. */
  articles: string[];
}

/**
 * How close a short article is to another by their sentences, on the scale of the cosine: a
 * one-sentence article is its sentence, and the learned pair scorer knows better than the counts
 * of a few words whether two sentences state the same fact.
 */
export interface StoryLink {
  a: string;
  b: string;
  similarity: number;
}

interface Vector {
  terms: Map<string, number>;
  norm: number;
}

/**
 * Groups articles into stories. Returns every article's story id (an article alone gets a story
 * of its own, not listed) and the stories of two or more articles, largest first. Deterministic:
 * the same articles in any order give the same stories.
 */
export function findStories(
  input: readonly StoryArticle[],
  overrides: Partial<StoryOptions> = {},
  {
    shortArticles = [],
    sentenceLinks = [],
  }: { shortArticles?: Iterable<string>; sentenceLinks?: readonly StoryLink[] } = {},
): { storyOf: Map<string, string>; stories: Story[] } {
  const options = { ...DEFAULT_STORY_OPTIONS, ...overrides };
  const articles = [...input].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const counts = articles.map(termCounts);
  const df = new Map<string, number>();
  for (const terms of counts) for (const term of terms.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const vectors = counts.map((terms) => weigh(terms, df, options.nameWeight));
  const similarities = pairSimilarities(vectors, df, options.maxPostings);
  // Two articles that both date what they report, to years the other never names, are rarely
  // one story (a visit of 2024 recalling 2000, a summit of 2023 recalling 2019); nor are two
  // that name full days weeks apart (the NHL results of 20 January and of 5 February 2016).
  const dates = articles.map(namedDates);
  for (const [a, row] of similarities) {
    for (const [b, similarity] of row) {
      const [x, y] = [dates[a]!, dates[b]!];
      if (apart(x.years, y.years, (p, q) => p === q) || apart(x.days, y.days, datesNear))
        row.set(b, similarity * options.dateMismatch);
    }
  }
  // Between two short articles their sentences decide, not their few words' counts.
  const short = new Set<number>();
  const index = new Map(articles.map((article, i) => [article.id, i]));
  for (const id of shortArticles) short.add(index.get(id)!);
  for (const a of short) for (const b of short) similarities.get(a)?.delete(b);
  for (const link of sentenceLinks) {
    const a = index.get(link.a)!;
    const b = index.get(link.b)!;
    if (a === b) continue;
    const similarity = Math.max(similarities.get(a)?.get(b) ?? 0, link.similarity);
    if (!similarities.has(a)) similarities.set(a, new Map());
    if (!similarities.has(b)) similarities.set(b, new Map());
    similarities.get(a)!.set(b, similarity);
    similarities.get(b)!.set(a, similarity);
  }
  const clusters = averageLinkage(articles.length, similarities, options.threshold);

  const storyOf = new Map<string, string>();
  const stories: Story[] = [];
  for (const members of clusters) {
    const ids = members.map((m) => articles[m]!.id).sort();
    const id = `story-${fnv1a(ids.join('\n'))}`;
    for (const article of ids) storyOf.set(article, id);
    if (ids.length >= 2)
      stories.push({
        id,
        label: storyLabel(
          members.map((m) => articles[m]!),
          counts,
          members,
        ),
        articles: ids,
      });
  }
  stories.sort((a, b) => b.articles.length - a.articles.length || (a.id < b.id ? -1 : 1));
  return { storyOf, stories };
}

/** Whether both lists name something and nothing of one is near anything of the other. */
function apart<T>(x: readonly T[], y: readonly T[], near: (a: T, b: T) => boolean): boolean {
  return x.length > 0 && y.length > 0 && !x.some((a) => y.some((b) => near(a, b)));
}

/**
 * The dates an article names, in one pass over its quantities: the years it names as dates ("im
 * April 2019", "seit 2019", not durations), and its full dates with day, month and year.
 */
function namedDates(article: StoryArticle): { years: number[]; days: StatedDate[] } {
  const years = new Set<number>();
  const days = new Map<string, StatedDate>();
  for (const profile of article.profiles)
    for (const quantity of profile.quantities) {
      const date = quantity.kind === 'datum' ? quantity.date : undefined;
      if (date?.year === undefined) continue;
      years.add(date.year);
      if (date.month !== undefined && date.day !== undefined)
        days.set(`${date.year}-${date.month}-${date.day}`, { year: date.year, month: date.month, day: date.day });
    }
  return { years: [...years], days: [...days.values()] };
}

/** Marks a name's stem apart from the same word used as a common noun. */
const NAME = '\u0001';

/** How often each content stem (and each name, marked) occurs in an article. */
function termCounts(article: StoryArticle): Map<string, number> {
  const counts = new Map<string, number>();
  for (const profile of article.profiles) {
    const names = new Set(profile.names);
    for (const stem of profile.stems) {
      const term = names.has(stem) ? NAME + stem : stem;
      counts.set(term, (counts.get(term) ?? 0) + 1);
    }
  }
  return counts;
}

function weigh(counts: Map<string, number>, df: Map<string, number>, nameWeight: number): Vector {
  const terms = new Map<string, number>();
  let sum = 0;
  for (const [term, count] of counts) {
    const rarity = Math.log(1 + RARITY_SCALE / df.get(term)!);
    const weight = (1 + Math.log(count)) * rarity * (term.startsWith(NAME) ? nameWeight : 1);
    terms.set(term, weight);
    sum += weight * weight;
  }
  return { terms, norm: Math.sqrt(sum) };
}

/**
 * Similarities below this are not kept: far under any story threshold, they cannot make two
 * articles one story and would only dilute a mean (missing pairs count as 0).
 */
const MIN_SIMILARITY = 0.05;

/** Cosine similarities of the article pairs that share a stem rare enough to index. */
function pairSimilarities(
  vectors: readonly Vector[],
  df: Map<string, number>,
  maxPostings: number,
): Map<number, Map<number, number>> {
  // Each posting keeps the article's weight for the term, so the dot products below need no lookups.
  const postings = new Map<string, { articles: number[]; weights: number[] }>();
  vectors.forEach((vector, a) => {
    for (const [term, weight] of vector.terms) {
      const count = df.get(term)!;
      if (count < 2 || count > maxPostings) continue;
      let list = postings.get(term);
      if (!list) postings.set(term, (list = { articles: [], weights: [] }));
      list.articles.push(a);
      list.weights.push(weight);
    }
  });
  // Article by article, so that only the pairs kept are ever held: a corpus of 10,000 articles
  // has millions of pairs that share one word.
  const similarities = new Map<number, Map<number, number>>();
  const keep = (a: number, b: number, cosine: number) => {
    if (!similarities.has(a)) similarities.set(a, new Map());
    similarities.get(a)!.set(b, cosine);
  };
  // Dot products in a dense array, with the partners in the order they were first met.
  const dots = new Float64Array(vectors.length);
  const met: number[] = [];
  vectors.forEach((vector, a) => {
    for (const term of vector.terms.keys()) {
      const list = postings.get(term);
      if (!list) continue;
      const wa = vector.terms.get(term)!;
      const { articles, weights } = list;
      // Articles are in ascending order: skip to the first after `a`.
      let k = articles.indexOf(a) + 1;
      for (; k < articles.length; k++) {
        const b = articles[k]!;
        if (dots[b] === 0) met.push(b);
        dots[b]! += wa * weights[k]!;
      }
    }
    for (const b of met) {
      const cosine = dots[b]! / (vector.norm * vectors[b]!.norm || 1);
      dots[b] = 0;
      if (cosine < MIN_SIMILARITY) continue;
      keep(a, b, cosine);
      keep(b, a, cosine);
    }
    met.length = 0;
  });
  return similarities;
}

/**
 * Average-linkage agglomerative clustering over sparse similarities (a missing pair counts 0):
 * repeatedly merges the two clusters with the highest mean pair similarity while it reaches
 * `threshold`. Ties break by the smaller cluster index, so the result is deterministic.
 */
function averageLinkage(size: number, similarities: Map<number, Map<number, number>>, threshold: number): number[][] {
  const members = new Map<number, number[]>();
  // Per cluster, the sum of similarities to each neighbouring cluster.
  const sums = new Map<number, Map<number, number>>();
  for (let i = 0; i < size; i++) {
    members.set(i, [i]);
    // The similarities become the running sums (they are not needed afterwards).
    sums.set(i, similarities.get(i) ?? new Map<number, number>());
  }
  const mean = (a: number, b: number) => (sums.get(a)!.get(b) ?? 0) / (members.get(a)!.length * members.get(b)!.length);
  // A simple queue of candidate merges; stale entries are skipped when they come up.
  const heap = new MaxHeap();
  for (const [a, row] of sums) for (const b of row.keys()) if (a < b) heap.push(mean(a, b), a, b);
  const version = new Map<number, number>();
  for (let entry = heap.pop(); entry; entry = heap.pop()) {
    const { score, a, b, va, vb } = entry;
    if (score < threshold) break;
    if (!members.has(a) || !members.has(b)) continue;
    if ((version.get(a) ?? 0) !== va || (version.get(b) ?? 0) !== vb) continue;
    // Merge b into a.
    members.set(a, members.get(a)!.concat(members.get(b)!));
    members.delete(b);
    const rowA = sums.get(a)!;
    const rowB = sums.get(b)!;
    rowA.delete(b);
    for (const [c, sum] of rowB) {
      if (c === a) continue;
      rowA.set(c, (rowA.get(c) ?? 0) + sum);
      const rowC = sums.get(c)!;
      rowC.set(a, (rowC.get(a) ?? 0) + sum);
      rowC.delete(b);
    }
    sums.delete(b);
    version.set(a, (version.get(a) ?? 0) + 1);
    for (const c of rowA.keys()) {
      const [x, y] = a < c ? [a, c] : [c, a];
      heap.push(mean(x, y), x, y, version.get(x) ?? 0, version.get(y) ?? 0);
    }
  }
  return [...members.values()].map((list) => list.sort((x, y) => x - y)).sort((x, y) => x[0]! - y[0]!);
}

/** A binary max-heap of merge candidates, ordered by score, then by the smaller indexes. */
class MaxHeap {
  private readonly items: { score: number; a: number; b: number; va: number; vb: number }[] = [];

  push(score: number, a: number, b: number, va = 0, vb = 0): void {
    const items = this.items;
    items.push({ score, a, b, va, vb });
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(items[i]!, items[parent]!)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  pop(): { score: number; a: number; b: number; va: number; vb: number } | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let best = i;
        if (left < items.length && this.before(items[left]!, items[best]!)) best = left;
        if (right < items.length && this.before(items[right]!, items[best]!)) best = right;
        if (best === i) break;
        [items[i], items[best]] = [items[best]!, items[i]!];
        i = best;
      }
    }
    return top;
  }

  private before(x: { score: number; a: number; b: number }, y: { score: number; a: number; b: number }): boolean {
    return x.score > y.score || (x.score === y.score && (x.a < y.a || (x.a === y.a && x.b < y.b)));
  }
}

/** Names (or words) in a story's label at most. */
const LABEL_PARTS = 3;

/**
 * A story's label: the proper names most of its articles mention, up to three, each in the form
 * written most often; where they share none, the nouns written like names, or else their most
 * shared content words. Words of one name stay one name, in the order written: "Red Bull
 * Salzburg", not "Salzburg · Bull · Red".
 */
function storyLabel(
  articles: readonly StoryArticle[],
  counts: readonly Map<string, number>[],
  members: readonly number[],
): string {
  // Per term: in how many of the story's articles, and how often in all of them.
  const shared = new Map<string, { articles: number; uses: number }>();
  for (const m of members) {
    for (const [term, uses] of counts[m]!) {
      const entry = shared.get(term) ?? { articles: 0, uses: 0 };
      entry.articles++;
      entry.uses += uses;
      shared.set(term, entry);
    }
  }
  const ranked = [...shared]
    .filter(([, n]) => n.articles >= 2)
    .sort((x, y) => y[1].articles - x[1].articles || y[1].uses - x[1].uses || (x[0] < y[0] ? -1 : 1));
  const names = ranked.filter(([term]) => term.startsWith(NAME)).map(([term]) => term.replace(NAME, ''));
  // Who and where before the nouns written like names ("Brexit", not "Brexit · Prozent"); the
  // nouns may still join a name as written ("Sturm Graz").
  const proper = new Set(articles.flatMap((article) => article.profiles.flatMap((profile) => profile.properNames)));
  const properNames = names.filter((stem) => proper.has(stem));
  const words = properNames.length > 0 ? properNames : names.length > 0 ? names : ranked.map(([stem]) => stem);
  const joinable = new Set(names);
  const sentences = labelSentences(articles);
  const parts: string[] = [];
  const done = new Set<string>();
  for (const stem of words) {
    if (parts.length === LABEL_PARTS) break;
    if (done.has(stem)) continue;
    const written = asWritten(stem, joinable, sentences);
    for (const member of written?.stems ?? [stem]) done.add(member);
    parts.push(written?.text ?? stem);
  }
  return parts.join(' · ');
}

const WORD = /\p{L}[\p{L}\p{N}-]*/gu;

/** Articles of a story searched for how its label's names are written. */
const LABEL_ARTICLES = 10;

/** A sentence of a story as its label reads it: its words with their stems and places. */
interface LabelSentence {
  article: number;
  text: string;
  words: { stem: string; start: number; end: number }[];
}

/** A place where a word is written: its sentence and the span of the name around it. */
interface Occurrence extends LabelSentence {
  first: number;
  last: number;
}

/** The sentences of the story's first articles, split into words once for all its names. */
function labelSentences(articles: readonly StoryArticle[]): LabelSentence[] {
  return articles.slice(0, LABEL_ARTICLES).flatMap((article, index) =>
    article.texts.map((text) => ({
      article: index,
      text,
      words: [...text.matchAll(WORD)].map((match) => ({
        stem: stemOf(match[0]),
        start: match.index,
        end: match.index + match[0].length,
      })),
    })),
  );
}

/**
 * How a name is written in the story, in the form written most often. It grows by the word
 * written right beside it (only spaces between, a word of `joinable`) while more than half of the
 * articles that write it so far also write that word there: "Red Bull Salzburg" grows from
 * "Salzburg", but "dass Russland Nordkorea hilft" (two names side by side once) does not make
 * "Russland Nordkorea".
 */
function asWritten(
  stem: string,
  joinable: ReadonlySet<string>,
  sentences: readonly LabelSentence[],
): { text: string; stems: string[] } | undefined {
  let places: Occurrence[] = [];
  for (const sentence of sentences)
    sentence.words.forEach((word, at) => {
      if (word.stem === stem) places.push({ ...sentence, first: at, last: at });
    });
  if (places.length === 0) return undefined;
  const stems = [stem];
  const articleCount = (list: readonly Occurrence[]) => new Set(list.map((place) => place.article)).size;
  // The word beside each place, on either side, if it may join.
  const beside = (place: Occurrence, side: -1 | 1): string | undefined => {
    const edge = side < 0 ? place.first : place.last;
    const next = edge + side;
    const word = place.words[next];
    if (!word || !joinable.has(word.stem) || stems.includes(word.stem)) return undefined;
    const gap =
      side < 0
        ? place.text.slice(word.end, place.words[edge]!.start)
        : place.text.slice(place.words[edge]!.end, word.start);
    return /^ +$/.test(gap) ? word.stem : undefined;
  };
  for (;;) {
    let best: { side: -1 | 1; stem: string; places: Occurrence[] } | undefined;
    for (const side of [-1, 1] as const) {
      const byStem = new Map<string, Occurrence[]>();
      for (const place of places) {
        const next = beside(place, side);
        if (next === undefined) continue;
        const list = byStem.get(next);
        if (list) list.push(place);
        else byStem.set(next, [place]);
      }
      for (const [next, list] of [...byStem].sort(([x], [y]) => (x < y ? -1 : 1)))
        if (!best || articleCount(list) > articleCount(best.places)) best = { side, stem: next, places: list };
    }
    if (!best || 2 * articleCount(best.places) <= articleCount(places)) break;
    const side = best.side;
    places = best.places.map((place) =>
      side < 0 ? { ...place, first: place.first - 1 } : { ...place, last: place.last + 1 },
    );
    if (side < 0) stems.unshift(best.stem);
    else stems.push(best.stem);
  }
  // The form written most often, the first of those on a tie: "Russland", though the first
  // article may open on "Russlands".
  const forms = new Map<string, number>();
  for (const place of places) {
    const text = place.text.slice(place.words[place.first]!.start, place.words[place.last]!.end);
    forms.set(text, (forms.get(text) ?? 0) + 1);
  }
  let text = '';
  for (const [form, uses] of forms) if (uses > (forms.get(text) ?? 0)) text = form;
  return { text, stems };
}
