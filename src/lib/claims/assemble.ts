import { shortenAtWord } from '../text/shorten.ts';

/** A machine label: the passage, whitespace folded, shortened at a word boundary with an ellipsis. */
export function labelFrom(text: string, max = 110): string {
  return shortenAtWord(text.replace(/\s+/g, ' ').trim(), max);
}

/**
 * Share of the words of the longer passage that stand, in the same order, in the other
 * (longest common subsequence of normalised words): 1 for the same wire copy.
 */
export function wordIdentity(a: readonly string[], b: readonly string[]): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 0;
  // A quick bound: a pair far apart in length cannot reach a high share.
  if (Math.min(a.length, b.length) / longer < 0.5) return Math.min(a.length, b.length) / longer;
  let previous = new Uint16Array(b.length + 1);
  let current = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]! / longer;
}
