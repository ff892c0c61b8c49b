import type { ClaimsResult } from '../../src/lib/claims/types.ts';

/** A labelled claim: sentences as `article#anchor`. */
export interface GoldClaim {
  label: string;
  /** Sentences that state the claim. */
  passages: string[];
  /** Sentences close enough that linking them is not an error; missing them is not a miss. */
  also?: string[];
}

/** A labelled set of shared claims. */
export interface GoldSet {
  claims: GoldClaim[];
  /** Pairs that must never be linked. */
  negatives: { pair: [string, string]; why: string }[];
}

/** How the engine did against a labelled set. */
export interface Evaluation {
  /** Share of predicted links (pairs of passages in one claim) that a gold claim supports. */
  linkPrecision: number;
  /** Share of gold claims for which at least one of their links was found. */
  claimRecall: number;
  /** Share of the gold claims' links (two of their passages, in different articles) found. */
  linkRecall: number;
  goldLinks: number;
  foundGoldLinks: number;
  /**
   * Per found gold claim, how many of the engine's claims hold one of its links, averaged: 1 when
   * no fact is split over several claims.
   */
  claimsPerFact: number;
  /** Found gold claims whose links lie in more than one claim, with how many. */
  splitFacts: { label: string; claims: number }[];
  predictedLinks: number;
  correctLinks: number;
  /** Gold claims with no link found. */
  missed: string[];
  /** Predicted links no gold claim supports. */
  wrongLinks: [string, string][];
  /** Highlighted sentences that belong to no gold claim at all: they share nothing. */
  spuriousHighlights: string[];
  /** Negative pairs the engine linked. */
  negativesLinked: [string, string][];
}

const pairKey = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`);
const articleOf = (ref: string) => ref.slice(0, ref.indexOf('#'));

/** Scores a result against a labelled set: link precision, claim recall and the errors behind them. */
export function evaluate(result: ClaimsResult, gold: GoldSet): Evaluation {
  // Each predicted link (two passages of one claim, in different articles), with the claims
  // that hold it: a fact found in several claims is split.
  const claimsOfLink = new Map<string, Set<number>>();
  const highlighted = new Set<string>();
  result.claims.forEach((claim, index) => {
    const refs = claim.passages.map((p) => `${p.article}#${p.anchor}`);
    refs.forEach((x) => highlighted.add(x));
    refs.forEach((x, i) =>
      refs.slice(i + 1).forEach((y) => {
        if (articleOf(x) === articleOf(y)) return;
        const key = pairKey(x, y);
        claimsOfLink.set(key, (claimsOfLink.get(key) ?? new Set()).add(index));
      }),
    );
  });
  const predicted = new Set(claimsOfLink.keys());
  const allowed = new Set<string>();
  const known = new Set<string>();
  for (const claim of gold.claims) {
    const members = [...claim.passages, ...(claim.also ?? [])];
    members.forEach((m) => known.add(m));
    for (const x of members) for (const y of members) if (articleOf(x) !== articleOf(y)) allowed.add(pairKey(x, y));
  }
  const correct = [...predicted].filter((key) => allowed.has(key));
  const missed = gold.claims
    .filter((claim) => {
      const members = [...claim.passages, ...(claim.also ?? [])];
      return !members.some((x) =>
        claim.passages.some((y) => articleOf(x) !== articleOf(y) && predicted.has(pairKey(x, y))),
      );
    })
    .map((claim) => claim.label);
  const split = (key: string) => key.split('|') as [string, string];
  let goldLinks = 0;
  let foundGoldLinks = 0;
  const spread: { label: string; claims: number }[] = [];
  for (const claim of gold.claims) {
    const holding = new Set<number>();
    claim.passages.forEach((x, i) =>
      claim.passages.slice(i + 1).forEach((y) => {
        if (articleOf(x) === articleOf(y)) return;
        goldLinks++;
        const key = pairKey(x, y);
        if (predicted.has(key)) foundGoldLinks++;
        for (const index of claimsOfLink.get(key) ?? []) holding.add(index);
      }),
    );
    if (holding.size > 0) spread.push({ label: claim.label, claims: holding.size });
  }
  return {
    linkPrecision: predicted.size === 0 ? 1 : correct.length / predicted.size,
    claimRecall: gold.claims.length === 0 ? 1 : (gold.claims.length - missed.length) / gold.claims.length,
    linkRecall: goldLinks === 0 ? 1 : foundGoldLinks / goldLinks,
    goldLinks,
    foundGoldLinks,
    claimsPerFact: spread.length === 0 ? 1 : spread.reduce((sum, s) => sum + s.claims, 0) / spread.length,
    splitFacts: spread.filter((s) => s.claims > 1),
    predictedLinks: predicted.size,
    correctLinks: correct.length,
    missed,
    wrongLinks: [...predicted]
      .filter((key) => !allowed.has(key))
      .sort()
      .map(split),
    spuriousHighlights: [...highlighted].filter((ref) => !known.has(ref)).sort(),
    negativesLinked: gold.negatives.filter((n) => predicted.has(pairKey(...n.pair))).map((n) => n.pair),
  };
}
