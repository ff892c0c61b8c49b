/** Options for candidate generation. */
export interface CandidateOptions {
  /** Features in more sentences than this are too common to propose pairs. */
  maxPostings: number;
  /**
   * How many of a sentence's rarest word features (`w:`) are also indexed in pairs. Two common
   * words together are rare ("Mann" and "Gitarre" each in hundreds of sentences, together in
   * few): one shared pair proposes a comparison on its own, so sentences whose words are all
   * common are still compared with their twins. 0 turns pairs off.
   */
  pairedWords?: number | undefined;
}

/** Default number of rarest words per sentence indexed in pairs. */
export const PAIRED_WORDS = 6;

/**
 * An inverted index over the features of a corpus's sentences, built once and asked for pairs
 * as often as needed. Features are interned to numbers.
 */
export class CandidateIndex {
  private readonly lists: number[][] = [];
  /** Per sentence, the indexed lists it is in and what a shared one counts. */
  private readonly indexed: { list: number; weight: number }[][];
  private readonly minShared: number;

  /**
   * Indexes `features` (one iterable per sentence). A pair of words (see `pairedWords`) counts as
   * much as `minShared` single features, so one shared pair proposes a comparison on its own.
   */
  constructor(features: readonly Iterable<string>[], minShared: number, options: CandidateOptions) {
    this.minShared = minShared;
    const ids = new Map<string, number>();
    const names: string[] = [];
    const sets = features.map((set) => {
      const own = new Set<number>();
      for (const feature of set) {
        let id = ids.get(feature);
        if (id === undefined) {
          ids.set(feature, (id = ids.size * 2 + (feature.startsWith('w:') ? 1 : 0)));
          names[id] = feature;
        }
        own.add(id);
      }
      return [...own];
    });
    const frequency = new Map<number, number>();
    for (const set of sets) for (const id of set) frequency.set(id, (frequency.get(id) ?? 0) + 1);
    const paired = options.pairedWords ?? PAIRED_WORDS;
    const postings = new Map<number, number[]>();
    const add = (key: number, sentence: number) => {
      let list = postings.get(key);
      if (!list) postings.set(key, (list = []));
      list.push(sentence);
    };
    // Single features get even keys, pairs odd ones: the two never collide.
    const single = (id: number) => id * 2;
    const pair = (x: number, y: number) => (x * 0x200000 + y) * 2 + 1;
    sets.forEach((set, sentence) => {
      for (const id of set) add(single(id), sentence);
      if (paired < 2) return;
      // Ties go by the word itself, never by the order words were first met: adding an
      // unrelated article must not change which pairs an existing sentence proposes.
      const rarest = set
        .filter((id) => id % 2 === 1)
        .sort((a, b) => frequency.get(a)! - frequency.get(b)! || (names[a]! < names[b]! ? -1 : 1))
        .slice(0, paired)
        .sort((a, b) => a - b);
      for (let x = 0; x < rarest.length; x++)
        for (let y = x + 1; y < rarest.length; y++) add(pair(rarest[x]!, rarest[y]!), sentence);
    });
    this.indexed = features.map(() => []);
    for (const [key, list] of postings) {
      if (list.length < 2 || list.length > options.maxPostings) continue;
      const weight = key % 2 === 1 ? minShared : 1;
      for (const sentence of list) this.indexed[sentence]!.push({ list: this.lists.length, weight });
      this.lists.push(list);
    }
  }

  /**
   * Sentence pairs worth comparing: they share at least `minShared` indexed features (or one
   * indexed pair of words) and belong to different articles of the same group. With `involving`,
   * only pairs with at least one sentence it accepts. Sorted, each pair once, smaller index first.
   */
  pairs(
    groupOf: (sentence: number) => string,
    articleOf: (sentence: number) => string,
    involving?: (sentence: number) => boolean,
  ): Array<[number, number]> {
    const pairs: Array<[number, number]> = [];
    const shared = new Map<number, number>();
    for (let i = 0; i < this.indexed.length; i++) {
      // With `involving`, only its sentences look for partners, and a pair of two of them is kept once.
      if (involving && !involving(i)) continue;
      shared.clear();
      for (const { list, weight } of this.indexed[i]!) {
        for (const j of this.lists[list]!) {
          if (j === i || (j < i && (!involving || involving(j)))) continue;
          shared.set(j, (shared.get(j) ?? 0) + weight);
        }
      }
      for (const [j, count] of shared) {
        if (count < this.minShared || articleOf(j) === articleOf(i) || groupOf(j) !== groupOf(i)) continue;
        pairs.push(i < j ? [i, j] : [j, i]);
      }
    }
    return pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  }
}

/**
 * Proposes sentence pairs worth comparing from an inverted index over their features, never
 * all pairs: a pair is proposed when it shares at least `minShared` indexed features (or one
 * indexed pair of words) and its sentences belong to different articles of the same group.
 * Features that occur in more than `maxPostings` sentences are not indexed (they say too little
 * to propose anything).
 */
export function proposePairs(
  features: readonly Iterable<string>[],
  groupOf: (sentence: number) => string,
  articleOf: (sentence: number) => string,
  minShared: number,
  options: CandidateOptions,
): Array<[number, number]> {
  return new CandidateIndex(features, minShared, options).pairs(groupOf, articleOf);
}
