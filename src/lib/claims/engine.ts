import { segmentArticle, type SentenceUnit } from '../text/units.ts';
import { buildLexicon, sentenceFeatures, type SentenceFeatures } from './features.ts';
import { proposePairs } from './candidates.ts';
import { clusterLinks, type Link } from './cluster.ts';
import { compareSentences, disagree, isLink, DEFAULT_SIMILARITY, type SimilarityOptions } from './similarity.ts';
import { sameMeasure } from './quantities.ts';
import { tokenize } from './tokens.ts';
import { fnv1a } from './ids.ts';
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
  /** Features shared by more than this share of sentences propose no pairs. */
  commonFeatureShare: number;
  /** Called with (done, total) while comparing, for progress display. */
  onProgress?: ((done: number, total: number) => void) | undefined;
}

export const DEFAULT_ENGINE_OPTIONS: EngineOptions = { ...DEFAULT_SIMILARITY, commonFeatureShare: 0.05 };

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
  for (const [feature, df] of documentFrequency) idf.set(feature, Math.log(1 + total / df));
  const weight = (feature: string) => idf.get(feature) ?? 0;

  const pairs = proposePairs(
    sentences.map((s) => s.features.factors.keys()),
    (i) => sentences[i]!.group,
    (i) => sentences[i]!.article,
    Math.min(2, options.minSharedFeatures),
    { maxPostings: Math.max(50, Math.ceil(total * options.commonFeatureShare)) },
  );

  const links: (Link & { verbatim: boolean })[] = [];
  pairs.forEach(([i, j], n) => {
    const comparison = compareSentences(sentences[i]!.features, sentences[j]!.features, weight, options);
    if (isLink(comparison, options)) {
      links.push({ a: i, b: j, score: comparison.verbatim ? 1 : round(comparison.score), verbatim: comparison.verbatim });
    }
    if (options.onProgress && n % 5000 === 0) options.onProgress(n, pairs.length);
  });
  options.onProgress?.(pairs.length, pairs.length);

  const groups = clusterLinks(links, (i) => sentences[i]!.article);
  const linkByPair = new Map(links.map((link) => [`${link.a}:${link.b}`, link]));
  const linkOf = (x: number, y: number) => linkByPair.get(x < y ? `${x}:${y}` : `${y}:${x}`);

  const passageOf = (i: number): Passage => {
    const { article, unit } = sentences[i]!;
    return { article, text: unit.text, start: unit.start, end: unit.end, anchor: unit.anchor, field: unit.field };
  };

  const claims: Claim[] = groups.map((group) => {
    const ordered = [...group].sort((x, y) => x - y);
    const claimLinks = [];
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
    const first = passages[0]!;
    const shortest = [...passages].sort((x, y) => x.text.length - y.text.length || (x.article < y.article ? -1 : 1))[0]!;
    return {
      id: fnv1a(`${first.article}\n${first.text}`),
      label: labelFrom(shortest.text),
      labelOrigin: 'maschinell' as const,
      kind: claimLinks.some((l) => l.verbatim) ? ('wortgleich' as const) : ('sinngleich' as const),
      origin: 'maschinell' as const,
      articles: [...new Set(passages.map((p) => p.article))].sort(),
      passages,
      links: claimLinks,
    };
  });
  disambiguateIds(claims);
  claims.sort((x, y) => y.articles.length - x.articles.length || (x.id < y.id ? -1 : 1));

  const contradictions = findContradictions(claims, groups, sentences);

  const shared = new Set(groups.flat());
  const unique: Record<string, Passage[]> = {};
  for (const article of articles) unique[article.id] = [];
  sentences.forEach((sentence, i) => {
    if (!shared.has(i) && sentence.unit.kind !== 'heading') unique[sentence.article]!.push(passageOf(i));
  });

  return {
    version: CLAIMS_FORMAT_VERSION,
    articles: articles.map((article, a) => {
      const count = units[a]!.length;
      return {
        id: article.id,
        event: article.event ?? null,
        sentences: count,
        shared: sentences.filter((s, i) => s.article === article.id && shared.has(i)).length,
        unique: unique[article.id]!.length,
      };
    }),
    claims,
    contradictions,
    unique,
    stats: { sentences: total, pairsCompared: pairs.length, links: links.length },
  };
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

function findContradictions(claims: Claim[], groups: number[][], sentences: Sentence[]): Contradiction[] {
  const contradictions: Contradiction[] = [];
  const groupByFirst = new Map(groups.map((g) => [[...g].sort((x, y) => x - y).join(','), g]));
  for (const claim of claims) {
    const members = [...groupByFirst.entries()].find(([, g]) =>
      g.every((i) => claim.passages.some((p) => p.article === sentences[i]!.article && p.anchor === sentences[i]!.unit.anchor)),
    )?.[1];
    if (!members) continue;
    const ordered = [...members].sort((x, y) => x - y);
    for (let p = 0; p < ordered.length; p++) {
      for (let q = p + 1; q < ordered.length; q++) {
        const a = sentences[ordered[p]!]!;
        const b = sentences[ordered[q]!]!;
        if (a.article === b.article) continue;
        for (const qa of a.features.quantities) {
          for (const qb of b.features.quantities) {
            if (!sameMeasure(qa, qb) || !disagree(qa, qb)) continue;
            const kind = qa.unit === 'jahr' ? 'datum' : Number.isInteger(qa.value) && qa.value < 100 && !/meter|meil/.test(qa.unit) ? 'anzahl' : 'zahl';
            const passage = (s: Sentence, value: number, phrase: string) => ({
              article: s.article,
              text: s.unit.text,
              start: s.unit.start,
              end: s.unit.end,
              anchor: s.unit.anchor,
              field: s.unit.field,
              phrase,
              value,
            });
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
