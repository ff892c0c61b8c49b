import { describe, expect, it } from 'vitest';
import { proposePairs } from '../../src/lib/claims/candidates.ts';

/** Sentences as lists of terms; article and event per sentence. */
function propose(
  sentences: string[][],
  {
    articles,
    events,
    minShared = 2,
    maxPostings = 100,
  }: { articles?: string[]; events?: string[]; minShared?: number; maxPostings?: number } = {},
) {
  return proposePairs(
    sentences,
    (i) => events?.[i] ?? 'e',
    (i) => articles?.[i] ?? `a${i}`,
    minShared,
    { maxPostings },
  );
}

describe('candidate pairs from the inverted index', () => {
  it('proposes the pairs that share enough terms, and only those', () => {
    const pairs = propose([
      ['w:satellit', 'w:bau', 'w:nordkorea'],
      ['w:satellit', 'w:bau', 'w:russland'],
      ['w:wetter', 'w:mild', 'w:nordkorea'],
    ]);
    expect(pairs).toEqual([[0, 1]]);
  });

  it('never pairs two sentences of one article, or of two events', () => {
    const terms = ['w:satellit', 'w:bau'];
    expect(propose([terms, terms], { articles: ['a', 'a'] })).toEqual([]);
    expect(propose([terms, terms], { events: ['gipfel', 'staatsbesuch'] })).toEqual([]);
  });

  it('lets terms in more sentences than the cap propose nothing, so pairs grow linearly with the corpus', () => {
    const common = Array.from({ length: 5 }, () => ['w:putin', 'w:kim']);
    expect(propose(common, { maxPostings: 4 })).toEqual([]);
    expect(propose(common, { maxPostings: 5 })).toHaveLength(10);
  });

  it('returns pairs sorted and without duplicates, whatever the order of terms', () => {
    const pairs = propose([
      ['w:b', 'w:a', 'w:c'],
      ['w:c', 'w:a', 'w:b'],
      ['w:a', 'w:b'],
    ]);
    expect(pairs).toEqual([
      [0, 1],
      [0, 2],
      [1, 2],
    ]);
  });
});
