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
  /** When given, only pairs with at least one sentence it accepts are proposed. */
  involving?: ((sentence: number) => boolean) | undefined;
}

/** Default number of rarest words per sentence indexed in pairs. */
export const PAIRED_WORDS = 6;

/**
 * Proposes sentence pairs worth comparing from an inverted index over their features, never
 * all pairs: a pair is proposed when it shares at least `minShared` indexed features (or one
 * indexed pair of words) and its sentences belong to different articles of the same group.
 * Features that occur in more than `maxPostings` sentences are not indexed (they say too little
 * to propose anything); `p:` features are never indexed.
 */
export function proposePairs(
  features: readonly Iterable<string>[],
  groupOf: (sentence: number) => string,
  articleOf: (sentence: number) => string,
  minShared: number,
  options: CandidateOptions,
): Array<[number, number]> {
  const sets = features.map((set) => [...set].filter((feature) => !feature.startsWith('p:')));
  const frequency = new Map<string, number>();
  for (const set of sets) for (const feature of new Set(set)) frequency.set(feature, (frequency.get(feature) ?? 0) + 1);
  const paired = options.pairedWords ?? PAIRED_WORDS;
  const postings = new Map<string, number[]>();
  const add = (feature: string, sentence: number) => {
    let list = postings.get(feature);
    if (!list) postings.set(feature, (list = []));
    list.push(sentence);
  };
  sets.forEach((set, sentence) => {
    const distinct = [...new Set(set)];
    for (const feature of distinct) add(feature, sentence);
    if (paired < 2) return;
    const rarest = distinct
      .filter((feature) => feature.startsWith('w:'))
      .sort((a, b) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : 1))
      .slice(0, paired)
      .sort();
    for (let x = 0; x < rarest.length; x++)
      for (let y = x + 1; y < rarest.length; y++) add(`c:${rarest[x]}|${rarest[y]}`, sentence);
  });
  const indexed: { id: number; weight: number }[][] = features.map(() => []);
  const lists: number[][] = [];
  for (const [feature, list] of postings) {
    if (list.length < 2 || list.length > options.maxPostings) continue;
    // One shared pair of words counts as much as `minShared` single features.
    const weight = feature.startsWith('c:') ? minShared : 1;
    for (const sentence of list) indexed[sentence]!.push({ id: lists.length, weight });
    lists.push(list);
  }
  const pairs: Array<[number, number]> = [];
  const shared = new Map<number, number>();
  const involving = options.involving;
  for (let i = 0; i < features.length; i++) {
    // With `involving`, only its sentences look for partners, and a pair of two of them is kept once.
    if (involving && !involving(i)) continue;
    shared.clear();
    for (const { id, weight } of indexed[i]!) {
      for (const j of lists[id]!) {
        if (j === i || (j < i && (!involving || involving(j)))) continue;
        if (articleOf(j) === articleOf(i) || groupOf(j) !== groupOf(i)) continue;
        shared.set(j, (shared.get(j) ?? 0) + weight);
      }
    }
    for (const [j, count] of shared) if (count >= minShared) pairs.push(i < j ? [i, j] : [j, i]);
  }
  return pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}
