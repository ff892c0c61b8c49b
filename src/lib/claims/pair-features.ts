import type { SentenceProfile } from './sentence-profile.ts';
import { characterGrams } from './sentence-profile.ts';

/**
 * The evidence the pair scorer weighs, in the order of the model's weights. Each is a number
 * in [0, 1] computed from two sentence profiles and the rarity of their terms.
 */
export const PAIR_FEATURES = [
  /** Character 3-5-gram TF-IDF cosine: spelling variants, inflection, compounds. */
  'charNgramCosine',
  /** Rarity-weighted Dice of content-word stems. */
  'stemDice',
  /** Rarity-weighted overlap of stems relative to the shorter sentence: a short one inside a long one. */
  'stemCover',
  /** Soft word alignment by character trigrams (Weltraumbahnhof ~ Raumfahrtzentrum), rarity-weighted. */
  'softAlignment',
  /** Share of names that both sentences mention. */
  'sharedNames',
  /** Both mention names, but none in common: probably about different actors. */
  'nameMismatch',
  /** Share of stated numbers that the other sentence states too (1.000 km = 1000 Kilometer). */
  'numberAgreement',
  /** Both state numbers and some of them disagree (1000 vs 1500). */
  'numberConflict',
  /** Only one of the two states numbers. */
  'numberOneSided',
  /** One sentence is negated and the other is not. */
  'negationMismatch',
  /** Length of the shorter sentence relative to the longer one (in tokens). */
  'lengthRatio',
  /** Dice of the words inside quotation marks, where both quote. */
  'quotedOverlap',
  /** Longest shared run of words relative to the shorter sentence: copied wording. */
  'commonRun',
] as const;

/** One of the pair features. */
export type PairFeature = (typeof PAIR_FEATURES)[number];

/** The values of all pair features for one sentence pair. */
export type PairFeatureVector = Record<PairFeature, number>;

/** Weight of a term (`w:stem`, `g:gram`), from how many sentences contain it. */
export type TermWeight = (term: string) => number;

const TRIGRAM_CACHE_LIMIT = 100_000;
const trigramCache = new Map<string, Set<string>>();

function trigrams(word: string): Set<string> {
  let grams = trigramCache.get(word);
  if (!grams) {
    grams = new Set(characterGrams(word, 3, 3));
    if (trigramCache.size > TRIGRAM_CACHE_LIMIT) trigramCache.clear();
    trigramCache.set(word, grams);
  }
  return grams;
}

function trigramDice(a: string, b: string): number {
  if (a === b) return 1;
  const x = trigrams(a);
  const y = trigrams(b);
  let shared = 0;
  for (const gram of x) if (y.has(gram)) shared++;
  return (2 * shared) / (x.size + y.size);
}

function gramCosine(a: SentenceProfile, b: SentenceProfile, weight: TermWeight): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const [gram, count] of a.grams) {
    const w = count * weight(`g:${gram}`);
    normA += w * w;
    const other = b.grams.get(gram);
    if (other !== undefined) dot += w * other * weight(`g:${gram}`);
  }
  for (const [gram, count] of b.grams) {
    const w = count * weight(`g:${gram}`);
    normB += w * w;
  }
  return normA > 0 && normB > 0 ? dot / Math.sqrt(normA * normB) : 0;
}

function stemOverlap(a: SentenceProfile, b: SentenceProfile, weight: TermWeight): { dice: number; cover: number } {
  const inB = new Set(b.stems);
  let shared = 0;
  let sumA = 0;
  let sumB = 0;
  for (const stem of a.stems) {
    const w = weight(`w:${stem}`);
    sumA += w;
    if (inB.has(stem)) shared += w;
  }
  for (const stem of b.stems) sumB += weight(`w:${stem}`);
  if (sumA === 0 || sumB === 0) return { dice: 0, cover: 0 };
  return { dice: (2 * shared) / (sumA + sumB), cover: shared / Math.min(sumA, sumB) };
}

/** Rarity-weighted mean, over the words of `from`, of each word's best trigram match in `to`. */
function alignOneWay(from: SentenceProfile, to: SentenceProfile, weight: TermWeight): number {
  let total = 0;
  let matched = 0;
  for (const word of from.words) {
    const w = weight(`w:${word.stem}`);
    let best = 0;
    for (const other of to.words) {
      best = Math.max(best, word.stem === other.stem ? 1 : trigramDice(word.norm, other.norm));
      if (best === 1) break;
    }
    total += w;
    matched += w * best;
  }
  return total > 0 ? matched / total : 0;
}

function jaccard(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 0;
  const inB = new Set(b);
  const shared = a.filter((x) => inB.has(x)).length;
  return shared / (a.length + b.length - shared);
}

function dice(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const inB = new Set(b);
  const shared = a.filter((x) => inB.has(x)).length;
  return (2 * shared) / (a.length + b.length);
}

/** Longest run of equal tokens in two token lists. */
export function longestCommonRun(a: readonly string[], b: readonly string[]): number {
  let best = 0;
  let previous = new Uint16Array(b.length + 1);
  let current = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : 0;
      if (current[j]! > best) best = current[j]!;
    }
    [previous, current] = [current, previous];
    current.fill(0);
  }
  return best;
}

const overlaps = (x: { low: number; high: number }, y: { low: number; high: number }) =>
  x.low <= y.high && y.low <= x.high;

function numberEvidence(
  a: SentenceProfile,
  b: SentenceProfile,
): { agreement: number; conflict: number; oneSided: number } {
  if (a.numbers.length === 0 && b.numbers.length === 0) return { agreement: 0, conflict: 0, oneSided: 0 };
  if (a.numbers.length === 0 || b.numbers.length === 0) return { agreement: 0, conflict: 0, oneSided: 1 };
  const matchedA = a.numbers.filter((x) => b.numbers.some((y) => overlaps(x, y))).length;
  const matchedB = b.numbers.filter((y) => a.numbers.some((x) => overlaps(x, y))).length;
  const agreement = (matchedA + matchedB) / (a.numbers.length + b.numbers.length);
  return { agreement, conflict: agreement < 1 ? 1 : 0, oneSided: 0 };
}

/**
 * Computes every pair feature for two sentences. Symmetric: swapping the sentences gives the
 * same vector.
 */
export function pairFeatures(a: SentenceProfile, b: SentenceProfile, weight: TermWeight): PairFeatureVector {
  const { dice: stemDice, cover: stemCover } = stemOverlap(a, b, weight);
  const numbers = numberEvidence(a, b);
  const namesA = a.names.length > 0;
  const namesB = b.names.length > 0;
  const sharedNames = jaccard(a.names, b.names);
  const shorter = Math.min(a.norms.length, b.norms.length);
  const longer = Math.max(a.norms.length, b.norms.length);
  return {
    charNgramCosine: gramCosine(a, b, weight),
    stemDice,
    stemCover,
    softAlignment: (alignOneWay(a, b, weight) + alignOneWay(b, a, weight)) / 2,
    sharedNames,
    nameMismatch: namesA && namesB && sharedNames === 0 ? 1 : 0,
    numberAgreement: numbers.agreement,
    numberConflict: numbers.conflict,
    numberOneSided: numbers.oneSided,
    negationMismatch: a.negated !== b.negated ? 1 : 0,
    lengthRatio: longer > 0 ? shorter / longer : 0,
    quotedOverlap: dice(a.quoted, b.quoted),
    commonRun: shorter > 0 ? longestCommonRun(a.norms, b.norms) / shorter : 0,
  };
}

/** The vector as an array in the order of {@link PAIR_FEATURES}. */
export function featureArray(vector: PairFeatureVector): number[] {
  return PAIR_FEATURES.map((name) => vector[name]);
}
