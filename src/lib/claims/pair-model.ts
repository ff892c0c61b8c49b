import { PAIR_FEATURES, featureArray, type PairFeature, type PairFeatureVector } from './pair-features.ts';
import { predictLogistic, type LogisticModel } from './logistic.ts';
import committed from './pair-model.json' with { type: 'json' };

/** Figures of a scorer on a labelled split. */
export interface SplitFigures {
  pairs: number;
  positives: number;
  negatives: number;
  precision: number;
  recall: number;
  f1: number;
  rocAuc: number;
  /** Recall at the lowest threshold where precision is still at least 0.85. */
  recallAtPrecision085: number;
}

/** The committed model file: what it was learned from, its features, weights and thresholds. */
export interface PairModelFile {
  format: 1;
  /** What the model was learned from and how it was chosen. */
  data: {
    name: string;
    labels: string;
    train: { file: string; sha256: string };
    dev: { file: string; sha256: string };
    selection: string;
  };
  /**
   * What was tried on the way to this model and kept or dropped, with its dev figures, so a
   * later change knows what has been measured already.
   */
  notes: string[];
  features: PairFeature[];
  model: LogisticModel & { kind: 'logistic-regression'; l2: number };
  /** Probability from which two sentences state the same claim: the F1-best threshold on dev. */
  threshold: number;
  /**
   * A lower probability, from which two sentences may still belong to one claim when the rest of
   * the claim holds them together: the threshold that keeps 95 % of dev positives. Clustering
   * requires it of every pair inside a claim, so unrelated sentences are never chained.
   */
  weakThreshold: number;
  /** Figures on the dev split at `threshold`. */
  dev: SplitFigures;
  /** Figures on the train split at `threshold` (to see over-fitting). */
  train: SplitFigures;
}

/** A loaded scorer: the probability that two sentences state the same claim. */
export interface PairScorer {
  readonly file: PairModelFile;
  probability(vector: PairFeatureVector): number;
}

/** Wraps a model file as a scorer; checks that its features are the ones this code computes. */
export function pairScorer(file: PairModelFile): PairScorer {
  const expected = PAIR_FEATURES.join(',');
  if (file.features.join(',') !== expected) {
    throw new Error(
      `pair-model.json: its features (${file.features.join(', ')}) are not the ones the code computes (${PAIR_FEATURES.join(', ')}). Run npm run train.`,
    );
  }
  return { file, probability: (vector) => predictLogistic(file.model, featureArray(vector)) };
}

let loaded: PairScorer | undefined;

/** The committed scorer (src/lib/claims/pair-model.json). */
export function defaultPairScorer(): PairScorer {
  loaded ??= pairScorer(committed as PairModelFile);
  return loaded;
}
