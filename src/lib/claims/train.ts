import { pairComparer, featureArray, PAIR_FEATURES } from './pair-features.ts';
import { profileSentence, type SentenceProfile } from './sentence-profile.ts';
import { CorpusTermWeights } from './term-weights.ts';
import { fitLogistic, predictLogistic, type LogisticModel } from './logistic.ts';
import { bestF1, confusionAt, recallAtPrecision, rocAuc, thresholdForRecall } from './metrics.ts';
import type { PairModelFile, SplitFigures } from './pair-model.ts';

/** A labelled sentence pair: 1 = the same claim, 0 = not. */
export interface TrainingPair {
  a: string;
  b: string;
  label: 0 | 1;
}

/** L2 penalties tried; the dev split chooses among them. */
export const L2_CANDIDATES = [0.001, 0.01, 0.1, 1, 10, 100];
/** Share of dev positives the weak threshold keeps. */
export const WEAK_RECALL = 0.95;

/**
 * Feature rows for a split. Term rarity comes from the split's own sentences, as in the engine,
 * where it comes from the corpus at hand.
 */
export function featureRows(pairs: readonly TrainingPair[]): number[][] {
  const profiles = new Map<string, SentenceProfile>();
  const weights = new CorpusTermWeights();
  for (const pair of pairs) {
    for (const text of [pair.a, pair.b]) {
      if (profiles.has(text)) continue;
      const profile = profileSentence(text);
      profiles.set(text, profile);
      weights.addSentence(profile);
    }
  }
  const compare = pairComparer(weights);
  return pairs.map((pair) => featureArray(compare(profiles.get(pair.a)!, profiles.get(pair.b)!)));
}

const round = (value: number, digits = 6) => Number(value.toFixed(digits));

function figures(scores: number[], labels: number[], threshold: number): SplitFigures {
  const at = confusionAt(scores, labels, threshold);
  return {
    pairs: labels.length,
    positives: labels.filter((l) => l === 1).length,
    negatives: labels.filter((l) => l === 0).length,
    precision: round(at.precision, 4),
    recall: round(at.recall, 4),
    f1: round(at.f1, 4),
    rocAuc: round(rocAuc(scores, labels), 4),
    recallAtPrecision085: round(recallAtPrecision(scores, labels, 0.85).recall, 4),
  };
}

/**
 * Learns the pair scorer: fits one model per L2 penalty on `train`, keeps the one with the best
 * dev F1, and takes both thresholds from dev. Deterministic: the same data give the same file.
 */
export function trainPairModel(
  train: readonly TrainingPair[],
  dev: readonly TrainingPair[],
  data: Omit<PairModelFile['data'], 'selection'>,
): PairModelFile {
  const trainRows = featureRows(train);
  const devRows = featureRows(dev);
  const trainLabels = train.map((p) => p.label);
  const devLabels = dev.map((p) => p.label);
  let best: { l2: number; model: LogisticModel; f1: number } | undefined;
  for (const l2 of L2_CANDIDATES) {
    const model = fitLogistic(trainRows, trainLabels, { l2 });
    const f1 = bestF1(
      devRows.map((row) => predictLogistic(model, row)),
      devLabels,
    ).f1;
    if (!best || f1 > best.f1 + 1e-12) best = { l2, model, f1 };
  }
  const model: LogisticModel = {
    mean: best!.model.mean.map((v) => round(v)),
    scale: best!.model.scale.map((v) => round(v)),
    weights: best!.model.weights.map((v) => round(v)),
    bias: round(best!.model.bias),
  };
  const devScores = devRows.map((row) => predictLogistic(model, row));
  const trainScores = trainRows.map((row) => predictLogistic(model, row));
  const threshold = round(bestF1(devScores, devLabels).threshold, 4);
  const weakThreshold = round(thresholdForRecall(devScores, devLabels, WEAK_RECALL).threshold, 4);
  return {
    format: 1,
    data: {
      ...data,
      selection: `L2 penalty from ${L2_CANDIDATES.join(', ')} and threshold by best F1 on dev; weak threshold keeps ${WEAK_RECALL * 100} % of dev positives`,
    },
    features: [...PAIR_FEATURES],
    model: { kind: 'logistic-regression', l2: best!.l2, ...model },
    threshold,
    weakThreshold,
    dev: figures(devScores, devLabels, threshold),
    train: figures(trainScores, trainLabels, threshold),
  };
}
