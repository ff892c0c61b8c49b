/** Precision, recall and F1 of the decisions `score >= threshold` against labels (1 = positive). */
export interface Confusion {
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
}

function sortedByScore(scores: readonly number[], labels: readonly number[]): { score: number; label: number }[] {
  return scores
    .map((score, i) => ({ score, label: labels[i]! }))
    .sort((a, b) => b.score - a.score || a.label - b.label);
}

/** True positives, false positives and false negatives of yes/no predictions against labels (1 = positive). */
export function tally(
  predicted: readonly boolean[],
  labels: readonly number[],
): { tp: number; fp: number; fn: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  predicted.forEach((p, i) => {
    if (p && labels[i] === 1) tp++;
    else if (p) fp++;
    else if (labels[i] === 1) fn++;
  });
  return { tp, fp, fn };
}

/** Precision, recall and F1 at one threshold. */
export function confusionAt(scores: readonly number[], labels: readonly number[], threshold: number): Confusion {
  const { tp, fp, fn } = tally(
    scores.map((score) => score >= threshold),
    labels,
  );
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { threshold, precision, recall, f1 };
}

/**
 * Every distinct threshold with its confusion, highest threshold first. Thresholds sit midway
 * between neighbouring distinct scores, so a chosen threshold does not hinge on one example.
 */
export function thresholdCurve(scores: readonly number[], labels: readonly number[]): Confusion[] {
  const ranked = sortedByScore(scores, labels);
  const positives = labels.filter((l) => l === 1).length;
  const curve: Confusion[] = [];
  let tp = 0;
  let fp = 0;
  for (let i = 0; i < ranked.length; i++) {
    if (ranked[i]!.label === 1) tp++;
    else fp++;
    const next = ranked[i + 1];
    if (next && next.score === ranked[i]!.score) continue;
    const threshold = next ? (ranked[i]!.score + next.score) / 2 : ranked[i]!.score;
    const precision = tp / (tp + fp);
    const recall = positives === 0 ? 1 : tp / positives;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    curve.push({ threshold, precision, recall, f1 });
  }
  return curve;
}

/** The threshold with the highest F1 (the higher threshold on ties). */
export function bestF1(scores: readonly number[], labels: readonly number[]): Confusion {
  return thresholdCurve(scores, labels).reduce((best, c) => (c.f1 > best.f1 ? c : best));
}

/** The highest recall reached at a precision of at least `precision`, with its threshold. */
export function recallAtPrecision(scores: readonly number[], labels: readonly number[], precision: number): Confusion {
  const candidates = thresholdCurve(scores, labels).filter((c) => c.precision >= precision);
  if (candidates.length === 0) return { threshold: Number.POSITIVE_INFINITY, precision: 1, recall: 0, f1: 0 };
  return candidates.reduce((best, c) => (c.recall > best.recall ? c : best));
}

/** The lowest threshold that still keeps `recall` of the positives (for a weaker "maybe the same" link). */
export function thresholdForRecall(scores: readonly number[], labels: readonly number[], recall: number): Confusion {
  const curve = thresholdCurve(scores, labels);
  return curve.find((c) => c.recall >= recall) ?? curve.at(-1)!;
}

/** Area under the ROC curve: the chance that a random positive scores above a random negative (ties count half). */
export function rocAuc(scores: readonly number[], labels: readonly number[]): number {
  const ranked = scores.map((score, i) => ({ score, label: labels[i]! })).sort((a, b) => a.score - b.score);
  let rankSum = 0;
  let positives = 0;
  for (let i = 0; i < ranked.length;) {
    let j = i;
    while (j < ranked.length && ranked[j]!.score === ranked[i]!.score) j++;
    const averageRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) {
      if (ranked[k]!.label === 1) {
        rankSum += averageRank;
        positives++;
      }
    }
    i = j;
  }
  const negatives = ranked.length - positives;
  if (positives === 0 || negatives === 0) return 0.5;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
