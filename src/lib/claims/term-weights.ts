import { internedGrams } from './sentence-profile.ts';

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

/**
 * Document frequencies of interned character grams (ids are dense, from `internedGrams`), in
 * typed arrays: a corpus has millions of gram occurrences, and a map entry per gram per sentence
 * was most of the engine's time on real news.
 */
class GramFrequencies {
  private counts = new Int32Array(1 << 16);
  /** For each gram, the last sentence that counted it, so a gram counts once per sentence. */
  private lastSeen = new Int32Array(1 << 16).fill(-1);
  private sentence = 0;

  /** Counts the grams of one sentence's words, each at most once. */
  addSentence(words: readonly string[]): void {
    const sentence = this.sentence++;
    for (const word of words) {
      const ids = internedGrams(word);
      let { counts, lastSeen } = this;
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k]!;
        if (id >= counts.length) {
          this.grow(id);
          ({ counts, lastSeen } = this);
        }
        // A gram met again in the same sentence ("die … die", "Regierung … Regierungschef") counts once.
        if (lastSeen[id] === sentence) continue;
        lastSeen[id] = sentence;
        counts[id]!++;
      }
    }
  }

  /** In how many sentences the gram occurs. */
  documentFrequency(id: number): number {
    return id < this.counts.length ? this.counts[id]! : 0;
  }

  private grow(id: number): void {
    let size = this.counts.length;
    while (size <= id) size *= 2;
    const counts = new Int32Array(size);
    counts.set(this.counts);
    const lastSeen = new Int32Array(size).fill(-1);
    lastSeen.set(this.lastSeen);
    this.counts = counts;
    this.lastSeen = lastSeen;
  }
}

/** Rarity of the stems and of the character grams of one corpus, counted separately. */
export class CorpusTermWeights {
  readonly stems = new TermWeights();
  readonly grams = new GramFrequencies();

  /** Counts one sentence's distinct stems and character grams. */
  addSentence(profile: { stems: readonly string[]; gramWords: readonly string[] }): void {
    this.stems.addSentence(profile.stems);
    this.grams.addSentence(profile.gramWords);
  }

  /** Rarity of a stem. */
  stem(stem: string): number {
    return this.stems.weight(stem);
  }

  /** Rarity of a character gram, by its interned id; an unseen gram counts as seen once. */
  gram(gram: number): number {
    return Math.log(1 + RARITY_SCALE / Math.max(1, this.grams.documentFrequency(gram)));
  }
}
