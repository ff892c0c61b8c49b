import { gramCounts } from './sentence-profile.ts';

/**
 * How much a shared term says: rare terms are strong evidence, common ones weak.
 *
 * Rarity depends only on how many sentences contain a term, `ln(1 + RARITY_SCALE / df)`, never on
 * the size of the corpus: adding articles that do not use a term leaves its weight where it was,
 * so links (and claim ids) of unrelated claims stay put when the corpus grows.
 */
export const RARITY_SCALE = 100;

/** Document frequencies of the terms of a set of sentences, and the rarity weights that follow. */
export class TermWeights<Term = string> {
  private readonly frequency = new Map<Term, number>();

  /** Counts the terms of one sentence; each must be given once per sentence. */
  addSentence(distinctTerms: Iterable<Term>): void {
    for (const term of distinctTerms) this.frequency.set(term, (this.frequency.get(term) ?? 0) + 1);
  }

  /** In how many sentences the term occurs (0 for a term never seen). */
  documentFrequency(term: Term): number {
    return this.frequency.get(term) ?? 0;
  }

  /** The rarity weight of a term; an unseen term counts as seen once. */
  weight(term: Term): number {
    return Math.log(1 + RARITY_SCALE / Math.max(1, this.frequency.get(term) ?? 0));
  }
}

/** Rarity of the stems and of the character grams of one corpus, counted separately. */
export class CorpusTermWeights {
  readonly stems = new TermWeights();
  /** Character grams by their interned id (see `gramCounts`). */
  readonly grams = new TermWeights<number>();

  /** Counts one sentence's distinct stems and character grams. */
  addSentence(profile: { stems: readonly string[]; gramWords: readonly string[] }): void {
    this.stems.addSentence(profile.stems);
    this.grams.addSentence(gramCounts(profile).keys());
  }

  /** Rarity of a stem. */
  stem(stem: string): number {
    return this.stems.weight(stem);
  }

  /** Rarity of a character gram, by its interned id. */
  gram(gram: number): number {
    return this.grams.weight(gram);
  }
}
