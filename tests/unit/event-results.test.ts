import { describe, expect, it } from 'vitest';
import {
  editorialByEvent,
  mergeEventResults,
  renumberEntries,
  withDistinctClaimIds,
} from '../../src/data/event-results.ts';
import { analyseCorpus } from '../../src/lib/claims/engine.ts';
import type { Editorial } from '../../src/lib/claims/editorial.ts';

/** The engine run event by event, as the build runs it. */
const shared = 'Die Feuerwehr löschte den Brand im Hafen von Hamburg nach drei Stunden.';
const article = (id: string, event: string, body: string) => ({ id, event, body });

describe('the engine event by event', () => {
  it('splits the editorial file by the event of the articles each entry quotes', () => {
    const quote = (article: string) => ({ article, text: 'den Brand im Hafen' });
    const editorial: Editorial = {
      version: 1,
      entries: [
        { action: 'name', quote: quote('a1'), label: 'Brand gelöscht' },
        { action: 'split', quote: quote('b1') },
        { action: 'merge', quotes: [quote('a1'), quote('a2')] },
      ],
    };
    const eventOf = new Map([
      ['a1', 'a'],
      ['a2', 'a'],
      ['b1', 'b'],
    ]);
    const split = editorialByEvent(editorial, 'claims.yaml', eventOf);
    expect(split.get('a')?.indexes).toEqual([0, 2]);
    expect(split.get('b')?.indexes).toEqual([1]);
    // Messages about an event's share name the entry's number in the whole file.
    expect(renumberEntries('claims.yaml, entry 2: these passages are already one claim', 'claims.yaml', [0, 2])).toBe(
      'claims.yaml, entry 3: these passages are already one claim',
    );
    expect(() =>
      editorialByEvent(
        { version: 1, entries: [{ action: 'merge', quotes: [quote('a1'), quote('b1')] }] },
        'c.yaml',
        eventOf,
      ),
    ).toThrow('c.yaml, entry 1: it quotes articles of different events (a, b)');
    expect(() =>
      editorialByEvent({ version: 1, entries: [{ action: 'split', quote: quote('x') }] }, 'c.yaml', eventOf),
    ).toThrow('c.yaml, entry 1: field "article": no article "x"');
  });

  it('gives a claim whose id another event already has a distinct id in the later event', () => {
    const a = analyseCorpus([article('a1', 'a', shared), article('a2', 'a', shared)]);
    const b = analyseCorpus([article('b1', 'b', shared), article('b2', 'b', shared)]);
    expect(a.claims).toHaveLength(1);
    // Ids are 32-bit hashes: among tens of thousands of claims two events can draw the same one.
    b.claims[0]!.id = a.claims[0]!.id;
    b.events[0]!.claims = [a.claims[0]!.id];
    const seen = new Map<string, number>();
    const merged = mergeEventResults([withDistinctClaimIds(a, seen), withDistinctClaimIds(b, seen)]);
    const ids = merged.claims.map((claim) => claim.id);
    expect(new Set(ids).size).toBe(2);
    expect(ids[1]).toBe(`${ids[0]}-e2`);
    expect(merged.events.map((event) => [event.id, event.claims])).toEqual([
      ['a', [ids[0]]],
      ['b', [ids[1]]],
    ]);
    expect(merged.articles.map((x) => x.id)).toEqual(['a1', 'a2', 'b1', 'b2']);
    expect(Object.keys(merged.unique)).toEqual(['a1', 'a2', 'b1', 'b2']);
  });
});
