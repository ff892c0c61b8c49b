import { describe, expect, it } from 'vitest';
import { clusterSentences, MAX_MEMBERSHIPS, type Link } from '../../src/lib/claims/cluster.ts';

/** Sentences 0..n, each in its own article unless given; probabilities from a table, 0 elsewhere. */
function cluster(links: Link[], table: Record<string, number>, articles?: string[]) {
  const probability = (x: number, y: number) => table[x < y ? `${x}:${y}` : `${y}:${x}`] ?? 0;
  return clusterSentences({
    links,
    probability,
    weakThreshold: 0.1,
    eventOf: () => 'e',
    articleOf: (i) => articles?.[i] ?? `a${i}`,
  });
}

describe('clustering into one claim per fact', () => {
  it('does not chain two unrelated sentences through one middle sentence', () => {
    // 0 and 2 say different things; 1 states both (a long sentence).
    const groups = cluster(
      [
        { a: 0, b: 1, score: 0.8 },
        { a: 1, b: 2, score: 0.7 },
      ],
      { '0:1': 0.8, '1:2': 0.7, '0:2': 0.01 },
    );
    expect(groups.some((g) => g.includes(0) && g.includes(2))).toBe(false);
    // The middle sentence states two facts: it stands in two claims, each linked strongly.
    expect(groups).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });

  it('keeps three sentences of one fact in one claim', () => {
    expect(
      cluster(
        [
          { a: 0, b: 1, score: 0.9 },
          { a: 1, b: 2, score: 0.8 },
        ],
        { '0:1': 0.9, '1:2': 0.8, '0:2': 0.3 },
      ),
    ).toEqual([[0, 1, 2]]);
  });

  it('lets a claim hold two sentences of one article when they state the fact together (lead and body)', () => {
    expect(
      cluster(
        [
          { a: 0, b: 2, score: 0.9 },
          { a: 1, b: 2, score: 0.8 },
        ],
        { '0:2': 0.9, '1:2': 0.8, '0:1': 0.5 },
        ['a', 'a', 'b'],
      ),
    ).toEqual([[0, 1, 2]]);
  });

  it(`puts a sentence that states several facts into at most ${MAX_MEMBERSHIPS} claims`, () => {
    // Three facts, each stated by two sentences that agree with each other; sentence 0 states all three.
    const facts = [
      [1, 2],
      [3, 4],
      [5, 6],
    ];
    const table: Record<string, number> = {};
    const links: Link[] = [];
    for (const [x, y] of facts) {
      table[`${x}:${y}`] = 0.95;
      links.push({ a: x!, b: y!, score: 0.95 });
      for (const member of [x!, y!]) {
        table[`0:${member}`] = 0.6;
        links.push({ a: 0, b: member, score: 0.6 });
      }
    }
    const groups = cluster(links, table);
    expect(groups.filter((g) => g.includes(0)).length).toBe(MAX_MEMBERSHIPS);
    expect(groups.length).toBe(3);
  });

  it('gives a sentence a second claim only when the two share less than half their passages', () => {
    const groups = cluster(
      [
        { a: 1, b: 2, score: 0.95 },
        { a: 0, b: 1, score: 0.9 },
        { a: 3, b: 4, score: 0.9 },
        { a: 0, b: 3, score: 0.6 },
        { a: 0, b: 4, score: 0.6 },
      ],
      { '1:2': 0.95, '0:1': 0.9, '0:2': 0.5, '3:4': 0.9, '0:3': 0.6, '0:4': 0.6 },
    );
    expect(groups).toEqual([
      [0, 1, 2],
      [0, 3, 4],
    ]);
  });

  it('never puts sentences of two events into one claim', () => {
    const groups = clusterSentences({
      links: [{ a: 0, b: 1, score: 0.9 }],
      probability: () => 0.9,
      weakThreshold: 0.1,
      eventOf: (i) => (i === 0 ? 'gipfel' : 'staatsbesuch'),
      articleOf: (i) => `a${i}`,
    });
    expect(groups).toEqual([]);
  });

  it('drops a group whose sentences all come from one article', () => {
    expect(cluster([{ a: 0, b: 1, score: 0.9 }], { '0:1': 0.9 }, ['a', 'a'])).toEqual([]);
  });
});
