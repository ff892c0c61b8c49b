import { segmentArticle, type SentenceUnit } from '../text/units.ts';
import { buildLexicon, sentenceFeatures, type SentenceFeatures } from './features.ts';
import { proposePairs } from './candidates.ts';
import { clusterLinks, type Link } from './cluster.ts';
import { compareSentences, isLink, DEFAULT_SIMILARITY, type SimilarityOptions } from './similarity.ts';
import { disagree, sameMeasure } from './quantities.ts';
import { tokenize } from './tokens.ts';
import { fnv1a } from './ids.ts';
import { EditorialError, type Editorial, type EditorialQuote } from './editorial.ts';
import {
  CLAIMS_FORMAT_VERSION,
  type Claim,
  type ClaimsResult,
  type Contradiction,
  type EngineArticle,
  type Passage,
} from './types.ts';

/** Tuning of the whole engine. */
export interface EngineOptions extends SimilarityOptions {
  /**
   * Features in more sentences than this propose no pairs (they still count in the score).
   * A fixed number, not a share of the corpus: that keeps candidate pairs linear in its size.
   */
  maxPostings: number;
  /** Called with (done, total) while comparing, for progress display. */
  onProgress?: ((done: number, total: number) => void) | undefined;
  /** Editorial decisions to apply, and the file they came from (for messages). */
  editorial?: { data: Editorial; file: string } | undefined;
}

/** Sentences per feature at which a feature weighs ln(2): rarer ones weigh more, commoner ones less. */
const RARITY_SCALE = 100;

export const DEFAULT_ENGINE_OPTIONS: EngineOptions = { ...DEFAULT_SIMILARITY, maxPostings: 100 };

interface Sentence {
  article: string;
  group: string;
  unit: SentenceUnit;
  features: SentenceFeatures;
}

/**
 * Finds what articles share: segments them into sentences, compares candidate pairs from an
 * inverted index, groups links into claims without chaining, and reports contradictions
 * between numbers and the sentences only one article has. Pure and deterministic: the same
 * articles in any order give the same result.
 */
export function analyseCorpus(input: readonly EngineArticle[], overrides: Partial<EngineOptions> = {}): ClaimsResult {
  const options: EngineOptions = { ...DEFAULT_ENGINE_OPTIONS, ...overrides };
  const articles = [...input].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const seen = new Set<string>();
  for (const article of articles) {
    if (seen.has(article.id)) throw new Error(`Two articles have the id "${article.id}"; ids must be unique.`);
    seen.add(article.id);
  }

  const units = articles.map((article) => segmentArticle(article));
  const tokenLists = units.map((list) => list.map((unit) => tokenize(unit.text)));
  const lexicon = buildLexicon(tokenLists.flat());
  const sentences: Sentence[] = [];
  articles.forEach((article, a) => {
    units[a]!.forEach((unit, u) => {
      sentences.push({
        article: article.id,
        group: article.event ?? '',
        unit,
        features: sentenceFeatures(tokenLists[a]![u]!, lexicon),
      });
    });
  });

  const documentFrequency = new Map<string, number>();
  for (const sentence of sentences) {
    for (const feature of sentence.features.factors.keys()) {
      documentFrequency.set(feature, (documentFrequency.get(feature) ?? 0) + 1);
    }
  }
  const total = sentences.length;
  const idf = new Map<string, number>();
  // Rarity from how many sentences share a feature, not from the corpus size: adding articles
  // that share nothing with a claim must not move its weights (claim ids and links stay put).
  for (const [feature, df] of documentFrequency) idf.set(feature, Math.log(1 + RARITY_SCALE / df));
  const weight = (feature: string) => idf.get(feature) ?? 0;

  const pairs = proposePairs(
    sentences.map((s) => s.features.factors.keys()),
    (i) => sentences[i]!.group,
    (i) => sentences[i]!.article,
    Math.min(2, options.minSharedFeatures),
    { maxPostings: options.maxPostings },
  );

  const links: (Link & { verbatim: boolean })[] = [];
  pairs.forEach(([i, j], n) => {
    const comparison = compareSentences(sentences[i]!.features, sentences[j]!.features, weight, options);
    if (isLink(comparison, options)) {
      links.push({
        a: i,
        b: j,
        score: comparison.verbatim ? 1 : round(comparison.score),
        verbatim: comparison.verbatim,
      });
    }
    if (options.onProgress && n % 5000 === 0) options.onProgress(n, pairs.length);
  });
  options.onProgress?.(pairs.length, pairs.length);

  const editorial = options.editorial ? new EditorialPlan(options.editorial, sentences) : undefined;
  const kept = editorial ? editorial.rejectLinks(links) : links;
  const linkByPair = new Map(kept.map((link) => [`${link.a}:${link.b}`, link]));
  const linkOf = (x: number, y: number) => linkByPair.get(x < y ? `${x}:${y}` : `${y}:${x}`);
  let groups: Group[] = clusterLinks(kept, (i) => sentences[i]!.article).map((members) => ({
    members,
    origin: 'maschinell',
  }));
  if (editorial) groups = editorial.reshape(groups);
  groups = groups.filter((group) => new Set(group.members.map((i) => sentences[i]!.article)).size >= 2);

  const passageOf = (i: number): Passage => toPassage(sentences[i]!);

  const claimGroups = groups.map((group) => {
    const ordered = [...group.members].sort((x, y) => x - y);
    const claimLinks: Claim['links'] = [];
    for (let p = 0; p < ordered.length; p++) {
      for (let q = p + 1; q < ordered.length; q++) {
        const link = linkOf(ordered[p]!, ordered[q]!);
        if (link) claimLinks.push({ from: p, to: q, score: link.score, verbatim: link.verbatim });
      }
    }
    const passages = ordered.map((i, p) => ({
      ...passageOf(i),
      score: Math.max(0, ...claimLinks.filter((l) => l.from === p || l.to === p).map((l) => l.score)),
    }));
    const shortest = [...passages].sort(
      (x, y) => x.text.length - y.text.length || (x.article < y.article ? -1 : 1),
    )[0]!;
    const claim: Claim = {
      id: fnv1a(
        passages
          .slice(0, 2)
          .map((p) => `${p.article}\n${p.text}`)
          .join('\n'),
      ),
      label: group.label ?? labelFrom(shortest.text),
      labelOrigin: group.label ? 'redaktionell' : 'maschinell',
      kind: claimLinks.some((l) => l.verbatim) ? 'wortgleich' : 'sinngleich',
      origin: group.origin,
      articles: [...new Set(passages.map((p) => p.article))].sort(),
      passages,
      links: claimLinks,
    };
    return { claim, members: ordered };
  });
  const claims = claimGroups.map((g) => g.claim);
  disambiguateIds(claims);
  claims.sort((x, y) => y.articles.length - x.articles.length || (x.id < y.id ? -1 : 1));

  const contradictions = findContradictions(claimGroups, sentences);

  const shared = new Set(groups.flatMap((g) => g.members));
  const unique: Record<string, Passage[]> = {};
  for (const article of articles) unique[article.id] = [];
  sentences.forEach((sentence, i) => {
    if (!shared.has(i) && sentence.unit.kind !== 'heading') unique[sentence.article]!.push(passageOf(i));
  });

  const sharedPerArticle = new Map<string, number>();
  for (const i of shared)
    sharedPerArticle.set(sentences[i]!.article, (sharedPerArticle.get(sentences[i]!.article) ?? 0) + 1);
  return {
    version: CLAIMS_FORMAT_VERSION,
    articles: articles.map((article, a) => ({
      id: article.id,
      event: article.event ?? null,
      sentences: units[a]!.length,
      shared: sharedPerArticle.get(article.id) ?? 0,
      unique: unique[article.id]!.length,
    })),
    claims,
    contradictions,
    unique,
    stats: { sentences: total, pairsCompared: pairs.length, links: links.length },
  };
}

/** Where a sentence stands, as the JSON reports it. */
function toPassage({ article, unit }: Sentence): Passage {
  return { article, text: unit.text, start: unit.start, end: unit.end, anchor: unit.anchor, field: unit.field };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** A machine label: the claim's shortest passage, cut at a word boundary. */
function labelFrom(text: string, max = 110): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  return `${clean.slice(0, clean.lastIndexOf(' ', max)).replace(/[,;:]$/, '')} …`;
}

function disambiguateIds(claims: Claim[]): void {
  const count = new Map<string, number>();
  for (const claim of [...claims].sort((x, y) => (x.passages[0]!.anchor < y.passages[0]!.anchor ? -1 : 1))) {
    const n = count.get(claim.id) ?? 0;
    count.set(claim.id, n + 1);
    if (n > 0) claim.id = `${claim.id}-${n + 1}`;
  }
}

function findContradictions(
  claimGroups: { claim: Claim; members: number[] }[],
  sentences: Sentence[],
): Contradiction[] {
  const contradictions: Contradiction[] = [];
  for (const { claim, members } of claimGroups) {
    const ordered = [...members].sort((x, y) => x - y);
    for (let p = 0; p < ordered.length; p++) {
      for (let q = p + 1; q < ordered.length; q++) {
        const a = sentences[ordered[p]!]!;
        const b = sentences[ordered[q]!]!;
        if (a.article === b.article) continue;
        for (const qa of a.features.quantities) {
          for (const qb of b.features.quantities) {
            if (!sameMeasure(qa, qb) || !disagree(qa, qb)) continue;
            const kind =
              qa.unit === 'jahr'
                ? 'datum'
                : Number.isInteger(qa.value) && qa.value < 100 && !/meter|meil/.test(qa.unit)
                  ? 'anzahl'
                  : 'zahl';
            const passage = (s: Sentence, value: number, phrase: string) => ({ ...toPassage(s), phrase, value });
            contradictions.push({
              id: fnv1a(`${claim.id}\n${qa.phrase}\n${qb.phrase}`),
              claim: claim.id,
              kind,
              unit: qa.unit,
              passages: [passage(a, qa.value, qa.phrase), passage(b, qb.value, qb.phrase)],
            });
          }
        }
      }
    }
  }
  return contradictions.sort((x, y) => (x.id < y.id ? -1 : 1));
}

/** A group of sentences that becomes a claim, and who decided it. */
interface Group {
  members: number[];
  origin: 'maschinell' | 'redaktionell';
  label?: string | undefined;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Applies an editorial file: rejects links before grouping, then splits, merges and names.
 * Every entry must still fit: a quote that no longer occurs, or a decision that no longer
 * changes anything, is stale and throws, naming the entry.
 */
class EditorialPlan {
  private readonly file: string;
  private readonly entries: Editorial['entries'];
  private readonly sentences: Sentence[];

  constructor(editorial: { data: Editorial; file: string }, sentences: Sentence[]) {
    this.file = editorial.file;
    this.entries = editorial.data.entries;
    this.sentences = sentences;
  }

  private locate(quote: EditorialQuote, entry: number): number {
    const wanted = squash(quote.text);
    const inArticle = this.sentences.map((s, i) => [s, i] as const).filter(([s]) => s.article === quote.article);
    if (inArticle.length === 0) {
      throw new EditorialError(
        this.file,
        entry,
        `field "article": no article "${quote.article}". Expected an article slug.`,
      );
    }
    const found = inArticle.filter(([s]) => squash(s.unit.text).includes(wanted));
    if (found.length === 0) {
      throw new EditorialError(
        this.file,
        entry,
        `field "text": "${quote.text}" does not occur in one sentence of "${quote.article}" (stale entry). Quote the article's current wording or remove the entry.`,
      );
    }
    return found[0]![1];
  }

  private stale(entry: number, why: string): never {
    throw new EditorialError(this.file, entry, `${why} (stale entry). Update or remove it.`);
  }

  rejectLinks<L extends Link>(links: L[]): L[] {
    let kept = links;
    this.entries.forEach((entry, n) => {
      if (entry.action !== 'reject') return;
      const [x, y] = entry.quotes.map((quote) => this.locate(quote, n)) as [number, number];
      const [a, b] = x < y ? [x, y] : [y, x];
      const before = kept.length;
      kept = kept.filter((link) => !(link.a === a && link.b === b));
      if (kept.length === before) this.stale(n, 'the machine does not link these two passages');
    });
    return kept;
  }

  reshape(groups: Group[]): Group[] {
    let result = groups.map((g) => ({ ...g, members: [...g.members] }));
    this.entries.forEach((entry, n) => {
      if (entry.action !== 'split') return;
      const sentence = this.locate(entry.quote, n);
      const owners = result.filter((g) => g.members.includes(sentence));
      if (owners.length === 0) this.stale(n, 'this passage is in no claim, so there is nothing to split');
      for (const group of owners) {
        group.members = group.members.filter((m) => m !== sentence);
        group.origin = 'redaktionell';
      }
    });
    this.entries.forEach((entry, n) => {
      if (entry.action !== 'merge') return;
      const quoted = entry.quotes.map((quote) => this.locate(quote, n));
      const owners = new Set(quoted.flatMap((s) => result.filter((g) => g.members.includes(s))));
      if (owners.size === 1 && quoted.every((s) => [...owners][0]!.members.includes(s))) {
        this.stale(n, 'these passages are already one claim');
      }
      const members = new Set([...quoted, ...[...owners].flatMap((g) => g.members)]);
      result = result.filter((g) => !owners.has(g));
      result.push({ members: [...members].sort((x, y) => x - y), origin: 'redaktionell', label: entry.label });
    });
    this.entries.forEach((entry, n) => {
      if (entry.action !== 'name') return;
      const sentence = this.locate(entry.quote, n);
      const owners = result.filter((g) => g.members.includes(sentence));
      if (owners.length === 0) this.stale(n, 'this passage is in no claim, so there is nothing to name');
      for (const group of owners) group.label = entry.label;
    });
    return result.sort((x, y) => x.members[0]! - y.members[0]!);
  }
}
