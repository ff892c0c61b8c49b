/** A scored link between two sentences (by index). */
export interface Link {
  a: number;
  b: number;
  score: number;
}

/** What clustering needs to know about the sentences and their pairs. */
export interface ClusterInput {
  /** Links at or above the strong threshold: the only pairs that can start or join a claim. */
  links: readonly Link[];
  /** Probability that two sentences state the same fact, for any pair (computed on demand). */
  probability: (x: number, y: number) => number;
  /** Lowest probability any two members of one claim may have. */
  weakThreshold: number;
  /** The event a sentence's article reports; claims never mix events. */
  eventOf: (sentence: number) => string;
  /** The article of a sentence. */
  articleOf: (sentence: number) => string;
}

/** The claims a sentence may belong to at most: one sentence may state two facts, never more. */
export const MAX_MEMBERSHIPS = 2;

/**
 * Groups linked sentences into one claim per fact.
 *
 * Strong links, strongest first, merge the claims of their two sentences when every pair across
 * the two is at least weakly linked (complete linkage at the weak threshold). A sentence that
 * links two unrelated sentences therefore cannot chain them into one claim: the unrelated pair
 * is below the weak threshold. A claim may hold two sentences of one article (a fact in the lead
 * and again in the body) when they too are weakly linked.
 *
 * Afterwards a strong link between two claims lets a sentence join the other claim as well
 * (a sentence stating two facts), at most {@link MAX_MEMBERSHIPS} claims per sentence, and only
 * when neither claim would then hold all the passages of the other (no fact stated twice).
 */
export function clusterSentences(input: ClusterInput): number[][] {
  const { links, probability, weakThreshold, eventOf } = input;
  const ordered = [...links].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  const fits = (sentence: number, group: readonly number[]) =>
    group.every((member) => member !== sentence && probability(sentence, member) >= weakThreshold);

  const groupOf = new Map<number, number[]>();
  for (const { a, b } of ordered) {
    if (eventOf(a) !== eventOf(b)) continue;
    const ga = groupOf.get(a) ?? [a];
    const gb = groupOf.get(b) ?? [b];
    if (ga === gb) continue;
    if (!ga.every((x) => fits(x, gb))) continue;
    const merged = [...ga, ...gb].sort((x, y) => x - y);
    for (const s of merged) groupOf.set(s, merged);
  }
  const groups = [...new Set(groupOf.values())];
  const memberships = new Map<number, number[][]>();
  for (const group of groups) for (const s of group) memberships.set(s, [group]);

  // Two claims must not hold the same passages: one inside the other would state one fact twice.
  const contains = (x: readonly number[], y: readonly number[]) => {
    const [small, large] = x.length <= y.length ? [x, y] : [y, x];
    return small.every((s) => large.includes(s));
  };
  for (const { a, b } of ordered) {
    for (const [sentence, partner] of [
      [a, b],
      [b, a],
    ] as const) {
      const own = memberships.get(sentence) ?? [];
      // A sentence in no claim yet could have joined one in the first pass; here it may only add a second.
      if (own.length === 0 || own.length >= MAX_MEMBERSHIPS) continue;
      // A partner in no claim yet: the link states a further fact, a claim of its own.
      const existing = groupOf.get(partner);
      const target = existing ?? [partner];
      if (own.includes(target) || target.includes(sentence)) continue;
      if (eventOf(sentence) !== eventOf(partner) || !fits(sentence, target)) continue;
      const grown = [...target, sentence];
      if (own.some((group) => contains(group, grown))) continue;
      if (!existing) {
        groupOf.set(partner, target);
        memberships.set(partner, [target]);
        groups.push(target);
      }
      target.push(sentence);
      target.sort((x, y) => x - y);
      own.push(target);
      memberships.set(sentence, own);
    }
  }
  return groups
    .filter((group) => new Set(group.map(input.articleOf)).size >= 2)
    .sort((x, y) => x[0]! - y[0]! || x.length - y.length || x.join(',').localeCompare(y.join(',')));
}
