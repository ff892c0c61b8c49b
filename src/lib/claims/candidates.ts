/** Options for candidate generation. */
export interface CandidateOptions {
  /** Features in more sentences than this are too common to propose pairs. */
  maxPostings: number;
}

/**
 * Proposes sentence pairs worth comparing from an inverted index over their features, never
 * all pairs: a pair is proposed when it shares at least `minShared` indexed features and its
 * sentences belong to different articles of the same group. Features that occur in more than
 * `maxPostings` sentences are not indexed (they say too little to propose anything).
 */
export function proposePairs(
  features: readonly Iterable<string>[],
  groupOf: (sentence: number) => string,
  articleOf: (sentence: number) => string,
  minShared: number,
  options: CandidateOptions,
): Array<[number, number]> {
  const postings = new Map<string, number[]>();
  features.forEach((set, sentence) => {
    for (const feature of set) {
      if (feature.startsWith('p:')) continue;
      let list = postings.get(feature);
      if (!list) postings.set(feature, (list = []));
      list.push(sentence);
    }
  });
  const indexed: number[][] = features.map(() => []);
  let featureId = 0;
  const lists: number[][] = [];
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > options.maxPostings) continue;
    lists.push(list);
    for (const sentence of list) indexed[sentence]!.push(featureId);
    featureId++;
  }
  const pairs: Array<[number, number]> = [];
  const shared = new Map<number, number>();
  for (let i = 0; i < features.length; i++) {
    shared.clear();
    for (const id of indexed[i]!) {
      for (const j of lists[id]!) {
        if (j <= i || articleOf(j) === articleOf(i) || groupOf(j) !== groupOf(i)) continue;
        shared.set(j, (shared.get(j) ?? 0) + 1);
      }
    }
    for (const [j, count] of shared) if (count >= minShared) pairs.push([i, j]);
  }
  return pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}
