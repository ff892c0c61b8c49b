import { CandidateIndex } from '../../src/lib/claims/candidates.ts';
import { statesFact } from '../../src/lib/claims/fact-units.ts';
import {
  candidateFeatures,
  DEFAULT_ENGINE_OPTIONS,
  MIN_SHARED_FEATURES,
  sharesAct,
} from '../../src/lib/claims/engine.ts';
import { featureArray, pairComparer } from '../../src/lib/claims/pair-features.ts';
import { profileSentence, type SentenceProfile } from '../../src/lib/claims/sentence-profile.ts';
import { CorpusTermWeights } from '../../src/lib/claims/term-weights.ts';
import { detectDebris } from '../../src/lib/import/debris.ts';
import { segmentArticle } from '../../src/lib/text/units.ts';

/** A sentence pair of two articles of different categories that the engine would compare. */
export interface HardNegative {
  a: string;
  b: string;
  /** The categories of the two articles, in the order of `a` and `b`. */
  categories: [string, string];
  /** Whether the two sentences share an act as the engine sees it (otherwise it scores them 0). */
  sharesAct: boolean;
  /** The pair scorer's features, with rarity counted over the whole corpus as the engine counts it. */
  features: number[];
}

/**
 * Hard negatives from real news (issue 20, point 4): sentence pairs of articles of different
 * categories of one newspaper (Sport and Wirtschaft, say), which almost never state the same
 * fact, among the pairs the engine's candidate index would propose if no story grouping kept
 * the articles apart: each pair shares at least two rare words or numbers. Sentences as the
 * CLI gets them (page debris set aside, as for a plain-text file) and the engine cuts them;
 * subheads and credit lines left out, as the engine leaves them out. Each comes with the pair
 * scorer's features, rarity counted over all the articles' sentences as the engine counts it.
 */
export function hardNegatives(articles: readonly { category: string; text: string }[]): HardNegative[] {
  const sentences: { article: number; text: string; profile: SentenceProfile }[] = [];
  const weights = new CorpusTermWeights();
  articles.forEach((article, index) => {
    for (const unit of segmentArticle({ body: detectDebris(article.text).kept, format: 'text' })) {
      const profile = profileSentence(unit.text);
      weights.addSentence(profile);
      if (statesFact(unit)) sentences.push({ article: index, text: unit.text, profile });
    }
  });
  const compare = pairComparer(weights);
  const index = new CandidateIndex(
    sentences.map(({ profile }) => candidateFeatures(profile)),
    MIN_SHARED_FEATURES,
    DEFAULT_ENGINE_OPTIONS,
  );
  const categoryOf = (i: number) => articles[sentences[i]!.article]!.category;
  return index
    .pairs(
      () => '',
      (i) => String(sentences[i]!.article),
    )
    .filter(([i, j]) => categoryOf(i) !== categoryOf(j))
    .map(([i, j]) => ({
      a: sentences[i]!.text,
      b: sentences[j]!.text,
      categories: [categoryOf(i), categoryOf(j)],
      sharesAct: sharesAct(sentences[i]!.profile, sentences[j]!.profile),
      features: featureArray(compare(sentences[i]!.profile, sentences[j]!.profile)),
    }));
}
