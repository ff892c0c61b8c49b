import { FEATURE_FACTORS, type SentenceFeatures } from './features.ts';
import { sameMeasure, type Quantity } from './quantities.ts';

/** Thresholds of the comparison; the defaults are measured on the labelled set (see README). */
export interface SimilarityOptions {
  /** Score from which two sentences state the same thing. */
  linkThreshold: number;
  /** Shared word run (tokens) from which two sentences are agency copy. */
  verbatimRun: number;
  /** Shared content features below which no link is made, whatever the score. */
  minSharedFeatures: number;
  /** Shared features that are not names below which no link is made: who speaks is not what is said. */
  minSharedNonNames: number;
  /** Factor applied when both measure something in one unit, but different things. */
  measurePenalty: number;
}

export const DEFAULT_SIMILARITY: SimilarityOptions = {
  linkThreshold: 0.315,
  verbatimRun: 8,
  minSharedFeatures: 3,
  minSharedNonNames: 2,
  measurePenalty: 0.5,
};

/** How two sentences relate. */
export interface Comparison {
  /** 0..1: how much of their weighted evidence they share. */
  score: number;
  /** They share a long run of words: agency copy. */
  verbatim: boolean;
  /** Longest shared run of words. */
  run: number;
  /** A quantity both state about the same thing: evidence they report the same fact. */
  sharedMeasure: [Quantity, Quantity] | undefined;
  /** Both state quantities of one unit, but about different things: evidence of different facts. */
  differentMeasures: boolean;
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

/**
 * Compares two sentences: rarity-weighted overlap (the mean of Dice and the overlap
 * coefficient, so a short sentence inside a long one still counts), nothing when only one of
 * them is negated or when they share little beyond names; plus verbatim runs and quantities
 * measuring the same thing.
 */
export function compareSentences(
  a: SentenceFeatures,
  b: SentenceFeatures,
  weight: (feature: string) => number,
  options: SimilarityOptions = DEFAULT_SIMILARITY,
): Comparison {
  let common = 0;
  let sumA = 0;
  let sumB = 0;
  let sharedContent = 0;
  let sharedNonNames = 0;
  for (const [feature, factor] of a.factors) {
    const w = factor * weight(feature);
    sumA += w;
    const other = b.factors.get(feature);
    if (other !== undefined) {
      common += Math.min(factor, other) * weight(feature);
      if (!feature.startsWith('p:')) sharedContent++;
      if (!feature.startsWith('p:') && factor !== FEATURE_FACTORS.name) sharedNonNames++;
    }
  }
  for (const [feature, factor] of b.factors) sumB += factor * weight(feature);
  // A statement and its negation are opposites however many words they share.
  const opposite = a.negated !== b.negated;
  let score = 0;
  if (
    !opposite &&
    sumA > 0 &&
    sumB > 0 &&
    sharedContent >= options.minSharedFeatures &&
    sharedNonNames >= options.minSharedNonNames
  ) {
    const dice = (2 * common) / (sumA + sumB);
    const cover = common / Math.min(sumA, sumB);
    score = (dice + cover) / 2;
  }
  const run = longestCommonRun(a.norms, b.norms);
  const shortest = Math.min(a.norms.length, b.norms.length);
  const verbatim = !opposite && (run >= options.verbatimRun || (run >= 5 && run >= 0.8 * shortest));
  let sharedMeasure: [Quantity, Quantity] | undefined;
  let sharedUnit = false;
  for (const qa of a.quantities) {
    for (const qb of b.quantities) {
      if (qa.unit !== qb.unit || qa.unit === 'jahr') continue;
      sharedUnit = true;
      if (sameMeasure(qa, qb)) sharedMeasure ??= [qa, qb];
    }
  }
  const differentMeasures = sharedUnit && !sharedMeasure;
  if (differentMeasures) score *= options.measurePenalty;
  return { score, verbatim, run, sharedMeasure, differentMeasures };
}

/** Whether a comparison is strong enough to link two sentences as the same claim. */
export function isLink(comparison: Comparison, options: SimilarityOptions = DEFAULT_SIMILARITY): boolean {
  if (comparison.verbatim) return true;
  if (comparison.score >= options.linkThreshold) return true;
  // Two sentences measuring the same thing report the same fact, even when their numbers
  // disagree: that is exactly the contradiction a reader needs to see.
  return comparison.sharedMeasure !== undefined && comparison.score >= options.linkThreshold * 0.6;
}
