import { describe, expect, it } from 'vitest';
import { IntPairMap } from '../../src/lib/claims/int-pair-map.ts';

describe('IntPairMap', () => {
  it('gives each pair one dense id, in the order pairs are first met, through many growths', () => {
    const map = new IntPairMap();
    const pairs: Array<[number, number]> = [];
    for (let i = 0; i < 50_000; i++) pairs.push([(i * 7919) % 100_003, i % 3 === 0 ? 0 : 2 ** 31 - 1 - i]);
    pairs.forEach(([a, b], i) => expect(map.idOf(a, b)).toBe(i));
    expect(map.size).toBe(pairs.length);
    // Asked again, in another order, every pair keeps its id and no new one is made.
    for (let i = pairs.length - 1; i >= 0; i -= 97) expect(map.idOf(...pairs[i]!)).toBe(i);
    expect(map.size).toBe(pairs.length);
  });

  it('tells (a, b) from (b, a) and a zero second number from a missing one', () => {
    const map = new IntPairMap();
    expect(map.idOf(1, 2)).toBe(0);
    expect(map.idOf(2, 1)).toBe(1);
    expect(map.idOf(0, 0)).toBe(2);
    expect(map.idOf(1, 2)).toBe(0);
  });
});
