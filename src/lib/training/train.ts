import { pairComparer, featureArray, PAIR_FEATURES } from '../claims/pair-features.ts';
import { profileSentence, type SentenceProfile } from '../claims/sentence-profile.ts';
import { CorpusTermWeights } from '../claims/term-weights.ts';
import { fitLogistic, predictLogistic, type LogisticModel } from '../claims/logistic.ts';
import { bestF1, confusionAt, recallAtPrecision, rocAuc, thresholdForRecall } from './metrics.ts';
import type { PairModelFile, SplitFigures } from '../claims/pair-model.ts';

/** A labelled sentence pair: 1 = the same claim, 0 = not. */
export interface TrainingPair {
  a: string;
  b: string;
  label: 0 | 1;
}

/** L2 penalties tried; the dev split chooses among them. */
export const L2_CANDIDATES = [0.001, 0.01, 0.1, 1, 10, 100];
/**
 * Experiments measured on STSb-de dev (fit on train) and not kept, recorded in the model file.
 * Baseline: the model as committed. Figures: precision / recall / F1 at the F1-best threshold,
 * ROC AUC, recall at precision 0.85.
 */
export const MODEL_NOTES: readonly string[] = [
  'Baseline the experiments below were compared with (these 16 features, Snowball stems): P 0.7596, R 0.8258, F1 0.7913, AUC 0.9376, recall at P 0.85 0.5644.',
  'German verb rules (issue 20, point 6), tried and dropped: a particle at the clause end joined to the finite verb ("feuerte ... ab" = "abgefeuert" = "abfeuern"), participle ge- and infinitive zu undone, tense endings -t/-te/-ten/-tet peeled from lower-case content words before Snowball; nouns and compounds untouched. As the stems of all features: P 0.7466, R 0.8258, F1 0.7842, AUC 0.9368, R@P0.85 0.5417. Only the particle join (+ ge/zu): F1 0.7842, AUC 0.9368, R@P0.85 0.5455; join alone: F1 0.7848, AUC 0.9369, R@P0.85 0.5417; endings + ge/zu without the join: F1 0.7914, AUC 0.9371, R@P0.85 0.5492. As an extra feature (rarity-weighted Dice of rule stems next to the Snowball stems): F1 0.7899, AUC 0.9377, R@P0.85 0.5644, learned weight negative. None beats the baseline beyond noise, and with the rules as stems the engine links "Peskow sagte, ..." sentences that state different things. The rule set and its tests are in the branch history (commit "Verb rules for German stems").',
  'End to end, measured by npm run bench with this model (issue 20): STSb-de dev pairs written as two one-line files each, all 2,270 in one corpus through the CLI without events: P 0.748, R 0.799, F1 0.773 (the scorer alone: 0.7935; 0.770 before the vowel -s ending, 0.768 before reported speech, both below); the 514 10kGNAD dev articles as one corpus: 5 claims linking articles (6 before story grouping compared full dates), 0 linking different categories. A change that raises the dev figures above and lowers these is not an improvement.',
  'Hard negatives from real news in training (issue 20, point 4), tried and dropped: the 10kGNAD dev articles split in halves (even and odd rows); pairs of different categories from the first half that the engine would compare and that share an act (5,843) added to the training pairs as negatives with weight w, L2 and threshold still chosen on STSb-de dev, the second half (5,479 such pairs) held out. w=0 (this model): dev F1 0.7913, AUC 0.9376, held-out negatives accepted 18; w=0.05: F1 0.7851, AUC 0.9385, 17 accepted; w=0.1: F1 0.7845, AUC 0.9389, 18; w=0.2: F1 0.7832, AUC 0.9393, 19; w=0.5: F1 0.7849, AUC 0.9389, 20; w=1: F1 0.7831, AUC 0.9393, 17. The pairs it accepts (the same actors with another act, stock phrases, counts of casualties) are not separable with these features; the engine keeps them apart by stories and the shared-act test instead.',
  'Pairwise feature products (issue 20), tried and dropped: the 16 features and the products of every pair of them (136) in one logistic regression, so one feature can weigh another. Scorer on dev, then end to end (CLI F1 on dev pairs as written; 10kGNAD dev claims linking articles; fixture claim recall and link precision), against this model (0.7913, 0.9376; CLI 0.768; 6 linking; 13/20, 27/27): L2 0.01 (chosen by dev F1): F1 0.7949, AUC 0.9350, R@P0.85 0.6667; 0.765; 3; 7/20, 13/14. L2 1: F1 0.7941, AUC 0.9430, R@P0.85 0.6515; 0.770; 2; 8/20, 14/14. L2 10: F1 0.7875, AUC 0.9427, R@P0.85 0.6705; 0.766; 2; 12/20, 18/18. L2 100: F1 0.7855, AUC 0.9418, R@P0.85 0.6326; 0.749; 5; 11/20, 23/23. Boosted trees of depth 2 (200 rounds, rate 0.1), scorer only: F1 0.7917, AUC 0.9460, R@P0.85 0.6705. The products rank the short STSb-de pairs better and link fewer unrelated real-news sentences, but they lose the long sentences of the five articles that state one fact among others: the interactions fit the short sentences they were learned on.',
  'OpenThesaurus synonyms (Debian openthesaurus-de-text 20160424, LGPL), tried and dropped: an extra feature, the rarity-weighted share of stems without an equal stem on the other side that share a synset with one there (single-word entries of synsets with at most N members). N=5: P 0.7416, R 0.8371, F1 0.7865, AUC 0.9381, R@P0.85 0.5795; N=10: P 0.7293, R 0.8674, F1 0.7924, AUC 0.9394, R@P0.85 0.5795; all synsets: F1 0.7917, AUC 0.9382, R@P0.85 0.5758. The gain is within noise (N=10 against the baseline, 500 bootstrap resamples of dev: AUC difference 95 % interval -0.0011 to +0.0077), precision at the chosen threshold falls by 0.03, and the data (2.3 MB, not on npm) would have to ship with the site.',
  'Reported speech (issue 20, point 5), kept in the engine (src/lib/claims/reported-speech.ts), not in this model: a pair between the weak and the strong threshold whose sentences agree in polarity is compared once more with each sentence that reports what someone said ("X verkündete, dass ...", "..., sagte X") reduced to what was reported (not for a denied report, a question, or a report about its speaker; at least two content words that are not names). At these thresholds, on STSb-de: dev 1 true link more and no false one, train 2 and none (with at least three content words: train 1 and none). End to end: the CLI on the dev pairs as written F1 0.768 -> 0.770 (211 true pairs, was 210; 73 false, unchanged); 10kGNAD dev 5 claims linking articles, 0 across categories, unchanged; the five articles 14 of 20 facts (the satellites; was 13), 28 of 28 links correct. Clause pieces of any kind, measured before, linked more false pairs than true ones (docs/claims.md).',
  'Denial verbs as negations (7 December 2026, kept): "bestreiten", "dementieren", "leugnen" in their common forms joined "nicht", "kein" ... in the negation list (src/lib/claims/stopwords.ts), so "Nordkorea bestritt, Granaten zu liefern" is no report of a delivery but its negation. Dev P 0.7596 -> 0.7604, R 0.8258 -> 0.8295, F1 0.7913 -> 0.7935, AUC 0.9376 -> 0.9388, R@P0.85 0.5644 unchanged; threshold 0.3807 unchanged, weak threshold 0.1066 -> 0.1079. End to end unchanged: CLI on the dev pairs as written F1 0.770, 10kGNAD 5 linking claims and 0 across categories, the five articles 14 of 20 facts. The experiments above were measured before this change, against the baseline in the first note.',
  'The "-s" after a, o, y taken as an ending before Snowball (7 December 2026, kept; src/lib/claims/tokens.ts): Snowball removes a final s only after consonants, so the genitive of names ending in a vowel ("Nordkoreas", "Chinas") and the plural of loanwords ("Autos", "Handys") kept stems of their own, and "Nordkoreas" was no name. Only for capitalised words (nouns and names): adjectives keep the s in their inflected forms ("rigoros", "rigorose"); applied to every word first, with the same figures. Dev: P 0.7604, R 0.8295, F1 0.7935 unchanged, AUC 0.9388 -> 0.9389, threshold 0.3807 -> 0.383 (train F1 0.7697 -> 0.7694: STSb-de has few such words). End to end: CLI on the dev pairs as written P 0.743 -> 0.748, F1 0.770 -> 0.773 (73 -> 71 false pairs, 211 true ones unchanged); 10kGNAD 5 linking claims, 0 across categories, unchanged; the five articles 14 of 20 facts, unchanged (the missiles pair 0.32 -> 0.35).',
  'German compounds split into parts the corpus uses as words (7 December 2026, tried and dropped): "Waffenlieferungen" = waff + lieferung, "Kurzstreckenraketen" ~ raket; a stem found as a part of the other sentence\'s compound counts as shared, a compound counts by the share of its parts the other sentence has (in stemDice, stemCover and sharedRarity). Parts of at least four letters with the linking elements s, es, n, en, e; the rightmost (head) part that the corpus knows. Head and modifier both known: dev P 0.7338, R 0.8561, F1 0.7902, AUC 0.9385, R@P0.85 0.5909; CLI on dev pairs as written F1 0.764, 10kGNAD 6 linking claims; the five articles unchanged. Head alone (any modifier of four letters): dev P 0.732, R 0.8485, F1 0.786, AUC 0.9388, R@P0.85 0.6023; CLI F1 0.759, 10kGNAD 5; the five articles find the missiles (15 of 20), but the threshold falls to 0.34 and an engine test\'s pair of the same speaker saying two different things is linked. Both lower F1 on dev and end to end; compared with the model before the vowel -s change.',
  'Place adjectives as names (7 December 2026, tried and dropped): an adjective in -isch whose root starts a name of the other sentence counted as that name in sharedNames and nameMismatch ("nordkoreanische" = Nordkorea, "russischen" = Russland, "chinesisch" = China; roots with -an, -es, -ian, -ens, -er taken off, umlauts folded). Dev: P 0.7604, R 0.8295, F1 0.7935 unchanged, AUC 0.9389 -> 0.9388, R@P0.85 0.5644 -> 0.5530; the five articles unchanged (14 of 20; the missiles pair 0.35, "alle Entscheidungen" 0.13 -> 0.15).',
  'Number conflicts only between comparable numbers (7 December 2026, tried and dropped): numberConflict set only where a number has a counterpart of its kind (dates with dates, measures in one unit, counts with counts, bare numbers with any but dates) and none that agrees, so "seit 2019" no longer conflicts with "1.000 Kilometer". Dev: P 0.7492, R 0.8485, F1 0.7957 (+0.002), AUC 0.9405 (+0.0016), R@P0.85 0.5682; but train F1 0.7694 -> 0.7686, R@P0.85 0.6138 -> 0.5953, the threshold falls from 0.383 to 0.362, and an engine test\'s pair of the same speaker saying two different things is linked: not a gain that holds.',
  'Names by the German dictionary (7 December 2026; dictionary-de, src/lib/text/common-nouns.ts). Kept outside this model: a word the dictionary lists as a common noun ("Mann", "Kampf") is no proper name for the engine\'s shared-act test and for what a reported statement must say; CLI on the dev pairs as written F1 0.773 -> 0.779 (215 true pairs, +4; 73 false, +2), 10kGNAD 5 claims linking articles, 0 across categories, unchanged. Tried in the features and dropped, each retrained (dev F1 against 0.7935; CLI F1; 10kGNAD linking / across categories): nouns out of the names (nameMismatch and sharedNames on proper names only) 0.7798 (compound heads as nouns too: 0.7807); nameMismatch alone on proper names 0.7894; an extra feature sharedProperNames 0.7942, its weight negative; names with umlauts taken as uninflected ("Pjöngjang", "Zürich", which Snowball folds to o and u) 0.7906, CLI 0.779; and besides, capitalised words the dictionary lists as names ("Jürgen", "Schröder", which Snowball strips) 0.7876, CLI 0.774 (86 false pairs), 10kGNAD 5 / 1; and besides, a sentence\'s first word as a name where the dictionary lists it as one and not in lower case 0.7884, CLI 0.776, 5 / 1; that alone 0.7922, CLI 0.768. STSb-de\'s captions name few people and places, and its nouns are what the sentences share.',
  'Gradient-boosted trees instead of the logistic regression (7 December 2026, tried and dropped): the same 16 features, logistic loss, trees of depth 2 or 3, learning rate 0.05 or 0.1, dev figures every 50 rounds up to 400 (32 settings). The best of them, depth 2 at 0.1 after 150 rounds: dev F1 0.7993, AUC 0.9444; the committed model F1 0.7935, AUC 0.9389. Chosen among 32 settings on 264 dev positives, +0.006 is within the noise of that choice; a second kind of model file and its reader for it is not kept.',
  'Words before a name as part of it (8 December 2026, kept outside this model; namePrefixes in src/lib/claims/sentence-profile.ts, used by the shared-act test): a capitalised word that both sentences write right before the same proper name, and that the dictionary does not list as a common noun ("Super" in "Super Bowl", which Snowball takes for an inflected word, so it was no name), is part of that name, not a shared act; not before a name in the genitive, which follows the noun it belongs to ("Waffenlieferungen Nordkoreas": the dictionary knows few compounds, so without this a shared "Waffenlieferungen" was no act). End to end: CLI on the dev pairs as written unchanged (F1 0.779; 215 true, 73 false pairs); 10kGNAD dev 5 -> 4 claims linking articles, 0 across categories (gone: "Die 50. Super Bowl bewegt ihn besonders." / "Die Denver Broncos haben den 50. Super Bowl gewonnen ...", one game, two facts); hard negatives let through by the shared-act test 45, unchanged; the five articles byte-identical. The first word of a sentence taken too: CLI F1 0.775 (212 true, 71 false pairs), not kept. The scorer is unchanged.',
];

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
    notes: [...MODEL_NOTES],
    features: [...PAIR_FEATURES],
    model: { kind: 'logistic-regression', l2: best!.l2, ...model },
    threshold,
    weakThreshold,
    dev: figures(devScores, devLabels, threshold),
    train: figures(trainScores, trainLabels, threshold),
  };
}
