import { IntPairMap } from './int-pair-map.ts';

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
    // Ids are dense in steps of two (the low bit says "word"), so arrays index them by id >> 1.
    const frequency = new Int32Array(ids.size);
    for (const set of sets) for (const id of set) frequency[id >> 1]!++;
    const paired = options.pairedWords ?? PAIRED_WORDS;
    const singles: number[][] = Array.from({ length: ids.size }, () => []);
    const pairIds = new IntPairMap();
    const pairs: number[][] = [];
    sets.forEach((set, sentence) => {
      for (const id of set) singles[id >> 1]!.push(sentence);
      if (paired < 2) return;
      // Ties go by the word itself, never by the order words were first met: adding an
      // unrelated article must not change which pairs an existing sentence proposes.
      const rarest = set
        .filter((id) => id % 2 === 1)
        .sort((a, b) => frequency[a >> 1]! - frequency[b >> 1]! || (names[a]! < names[b]! ? -1 : 1))
        .slice(0, paired)
        .sort((a, b) => a - b);
      for (let x = 0; x < rarest.length; x++)
        for (let y = x + 1; y < rarest.length; y++) {
          const pair = pairIds.idOf(rarest[x]! >> 1, rarest[y]! >> 1);
          if (pair === pairs.length) pairs.push([sentence]);
          else pairs[pair]!.push(sentence);
        }
    });
    this.indexed = features.map(() => []);
    const keep = (list: number[], weight: number) => {
      if (list.length < 2 || list.length > options.maxPostings) return;
      for (const sentence of list) this.indexed[sentence]!.push({ list: this.lists.length, weight });
      this.lists.push(list);
    };
    // A shared pair of words counts as much as `minShared` single features.
    for (const list of singles) keep(list, 1);
    for (const list of pairs) keep(list, minShared);
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
    // Shared counts in a dense array, with the partners in the order they were first met.
    const shared = new Float64Array(this.indexed.length);
    const met: number[] = [];
    for (let i = 0; i < this.indexed.length; i++) {
      // With `involving`, only its sentences look for partners, and a pair of two of them is kept once.
      if (involving && !involving(i)) continue;
      for (const { list, weight } of this.indexed[i]!) {
        for (const j of this.lists[list]!) {
          if (j === i || (j < i && (!involving || involving(j)))) continue;
          if (shared[j] === 0) met.push(j);
          shared[j]! += weight;
        }
      }
      for (const j of met) {
        const count = shared[j]!;
        shared[j] = 0;
        if (count < this.minShared || articleOf(j) === articleOf(i) || groupOf(j) !== groupOf(i)) continue;
        pairs.push(i < j ? [i, j] : [j, i]);
      }
      met.length = 0;
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
