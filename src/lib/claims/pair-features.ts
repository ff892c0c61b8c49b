import type { SentenceProfile } from './sentence-profile.ts';
import { gramCounts, internedGrams } from './sentence-profile.ts';

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
  /**
   * How much rare vocabulary the two share in absolute terms (rarity-weighted shared stems,
   * saturating at about four rare words): long news sentences that share a fact share its words,
   * however much else each of them says.
   */
  'sharedRarity',
  /** Soft word alignment by character trigrams (Weltraumbahnhof ~ Raumfahrtzentrum), rarity-weighted. */
  'softAlignment',
  /**
   * The best soft alignment between a clause of one sentence and a clause of the other: news
   * sentences often share one fact in one clause and differ in the rest.
   */
  'clauseAlignment',
  /**
   * Rarity of the rarest word of the shorter sentence without a counterpart in the longer one,
   * relative to its rarest word: one salient word that differs ("Flöte"/"Cello") changes the
   * claim, while the extra words of a longer sentence around a shared fact do not.
   */
  'unmatchedSalience',
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

/** Rarity weights of a corpus: stems and character grams, counted separately. */
export interface CorpusWeights {
  stem(stem: string): number;
  /** Rarity of a character gram, by the interned id `gramCounts` gives it. */
  gram(gram: number): number;
}

/** A sentence with its weights looked up once, for comparing it with many others. */
interface Prepared {
  profile: SentenceProfile;
  /** TF-IDF weight per character gram (by interned id), and the vector's length. */
  grams: Map<number, number>;
  gramNorm: number;
  /** Rarity per content stem and their sum. */
  stems: Map<string, number>;
  stemTotal: number;
  /** Words with their rarity and trigram ids, per clause and for the whole sentence. */
  words: AlignedWord[];
  clauses: AlignedWord[][];
}

interface AlignedWord {
  stem: string;
  weight: number;
  trigrams: Uint32Array;
  name: boolean;
}

const sortedTrigrams = new Map<string, Uint32Array>();

/** The sorted, distinct ids of a word's character trigrams, so two words compare by merging. */
function trigramsOf(norm: string): Uint32Array {
  let ids = sortedTrigrams.get(norm);
  if (!ids) {
    ids = Uint32Array.from(new Set(internedGrams(norm, 3, 3))).sort();
    if (sortedTrigrams.size > 200_000) sortedTrigrams.clear();
    sortedTrigrams.set(norm, ids);
  }
  return ids;
}

function trigramDice(x: AlignedWord, y: AlignedWord): number {
  if (x.stem === y.stem) return 1;
  const a = x.trigrams;
  const b = y.trigrams;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return (2 * shared) / (a.length + b.length);
}

function prepare(profile: SentenceProfile, weights: CorpusWeights): Prepared {
  const grams = new Map<number, number>();
  let gramNorm = 0;
  for (const [gram, count] of gramCounts(profile)) {
    const w = count * weights.gram(gram);
    grams.set(gram, w);
    gramNorm += w * w;
  }
  const stems = new Map<string, number>();
  let stemTotal = 0;
  for (const stem of profile.stems) {
    const w = weights.stem(stem);
    stems.set(stem, w);
    stemTotal += w;
  }
  const aligned = (word: { norm: string; stem: string; name?: boolean }): AlignedWord => ({
    stem: word.stem,
    weight: stems.get(word.stem) ?? weights.stem(word.stem),
    trigrams: trigramsOf(word.norm),
    name: word.name ?? false,
  });
  return {
    profile,
    grams,
    gramNorm: Math.sqrt(gramNorm),
    stems,
    stemTotal,
    words: profile.words.map(aligned),
    clauses: profile.clauses.map((clause) => clause.map(aligned)),
  };
}

function gramCosine(a: Prepared, b: Prepared): number {
  if (a.gramNorm === 0 || b.gramNorm === 0) return 0;
  const [small, large] = a.grams.size <= b.grams.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [gram, w] of small.grams) {
    const other = large.grams.get(gram);
    if (other !== undefined) dot += w * other;
  }
  return dot / (a.gramNorm * b.gramNorm);
}

/** Rarity-weighted shared stems at which `sharedRarity` reaches 1: about four rare words. */
const SHARED_RARITY_SCALE = 4 * Math.log(1 + 100);

function stemOverlap(a: Prepared, b: Prepared): { dice: number; cover: number; absolute: number } {
  if (a.stemTotal === 0 || b.stemTotal === 0) return { dice: 0, cover: 0, absolute: 0 };
  let shared = 0;
  for (const [stem, w] of a.stems) if (b.stems.has(stem)) shared += w;
  return {
    dice: (2 * shared) / (a.stemTotal + b.stemTotal),
    cover: shared / Math.min(a.stemTotal, b.stemTotal),
    absolute: Math.min(1, shared / SHARED_RARITY_SCALE),
  };
}

/** Rarity-weighted mean, over the words of `from`, of each word's best trigram match in `to`. */
function alignOneWay(from: readonly AlignedWord[], to: readonly AlignedWord[]): number {
  let total = 0;
  let matched = 0;
  for (const word of from) {
    let best = 0;
    for (const other of to) {
      best = Math.max(best, trigramDice(word, other));
      if (best === 1) break;
    }
    total += word.weight;
    matched += word.weight * best;
  }
  return total > 0 ? matched / total : 0;
}

/**
 * Clauses with fewer content words than this, or fewer than two that are not names, carry too
 * little to stand for a fact on their own: "Kremlsprecher Dmitri Peskow sagte" says who speaks,
 * not what is said.
 */
const MIN_CLAUSE_WORDS = 3;

function clauseAlignment(a: Prepared, b: Prepared): number {
  const usable = (p: Prepared) => {
    const long = p.clauses.filter((c) => c.length >= MIN_CLAUSE_WORDS && c.filter((word) => !word.name).length >= 2);
    return long.length > 0 ? long : [p.words];
  };
  let best = 0;
  for (const x of usable(a)) {
    for (const y of usable(b)) best = Math.max(best, (alignOneWay(x, y) + alignOneWay(y, x)) / 2);
  }
  return best;
}

/** A word whose best trigram match stays below this has no counterpart in the other sentence. */
const COUNTERPART = 0.5;

function unmatchedSalience(a: Prepared, b: Prepared): number {
  // The shorter by words; on a tie the one with the smaller first word, so the feature stays symmetric.
  const [wa, wb] = [a.profile.words, b.profile.words];
  const aFirst = wa.length < wb.length || (wa.length === wb.length && (wa[0]?.norm ?? '') <= (wb[0]?.norm ?? ''));
  const [from, to] = aFirst ? [a.words, b.words] : [b.words, a.words];
  let rarest = 0;
  let rarestUnmatched = 0;
  for (const word of from) {
    rarest = Math.max(rarest, word.weight);
    if (!to.some((other) => trigramDice(word, other) >= COUNTERPART))
      rarestUnmatched = Math.max(rarestUnmatched, word.weight);
  }
  return rarest > 0 ? rarestUnmatched / rarest : 0;
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

type StatedNumber = SentenceProfile['numbers'][number];

/**
 * Two stated numbers agree when their intervals overlap. Whether they measure the same thing is
 * left to the words around them: requiring the same reference ("von Wladiwostok") here lowered
 * dev F1 from 0.78 to 0.76, because references after numbers are noisy.
 */
const agrees = (x: StatedNumber, y: StatedNumber) => x.low <= y.high && y.low <= x.high;

function numberEvidence(
  a: SentenceProfile,
  b: SentenceProfile,
): { agreement: number; conflict: number; oneSided: number } {
  if (a.numbers.length === 0 && b.numbers.length === 0) return { agreement: 0, conflict: 0, oneSided: 0 };
  if (a.numbers.length === 0 || b.numbers.length === 0) return { agreement: 0, conflict: 0, oneSided: 1 };
  const matchedA = a.numbers.filter((x) => b.numbers.some((y) => agrees(x, y))).length;
  const matchedB = b.numbers.filter((y) => a.numbers.some((x) => agrees(x, y))).length;
  const agreement = (matchedA + matchedB) / (a.numbers.length + b.numbers.length);
  return { agreement, conflict: agreement < 1 ? 1 : 0, oneSided: 0 };
}

/** Compares sentence pairs of one corpus: each sentence's weights are looked up once. */
export type PairComparer = (a: SentenceProfile, b: SentenceProfile) => PairFeatureVector;

/**
 * A comparer for a corpus with the given rarity weights. Symmetric: swapping the sentences gives
 * the same vector.
 */
export function pairComparer(weights: CorpusWeights): PairComparer {
  const prepared = new WeakMap<SentenceProfile, Prepared>();
  const get = (profile: SentenceProfile) => {
    let p = prepared.get(profile);
    if (!p) prepared.set(profile, (p = prepare(profile, weights)));
    return p;
  };
  return (profileA, profileB) => {
    const a = get(profileA);
    const b = get(profileB);
    const { dice: stemDice, cover: stemCover, absolute: sharedRarity } = stemOverlap(a, b);
    const numbers = numberEvidence(profileA, profileB);
    const sharedNames = jaccard(profileA.names, profileB.names);
    const shorter = Math.min(profileA.norms.length, profileB.norms.length);
    const longer = Math.max(profileA.norms.length, profileB.norms.length);
    return {
      charNgramCosine: gramCosine(a, b),
      stemDice,
      stemCover,
      sharedRarity,
      softAlignment: (alignOneWay(a.words, b.words) + alignOneWay(b.words, a.words)) / 2,
      clauseAlignment: clauseAlignment(a, b),
      unmatchedSalience: unmatchedSalience(a, b),
      sharedNames,
      nameMismatch: profileA.names.length > 0 && profileB.names.length > 0 && sharedNames === 0 ? 1 : 0,
      numberAgreement: numbers.agreement,
      numberConflict: numbers.conflict,
      numberOneSided: numbers.oneSided,
      negationMismatch: profileA.negated !== profileB.negated ? 1 : 0,
      lengthRatio: longer > 0 ? shorter / longer : 0,
      quotedOverlap: dice(profileA.quoted, profileB.quoted),
      commonRun: shorter > 0 ? longestCommonRun(profileA.norms, profileB.norms) / shorter : 0,
    };
  };
}

/** The vector as an array in the order of {@link PAIR_FEATURES}. */
export function featureArray(vector: PairFeatureVector): number[] {
  return PAIR_FEATURES.map((name) => vector[name]);
}
