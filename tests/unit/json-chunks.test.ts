import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/lib/claims/engine.ts';
import { jsonChunks, jsonStream } from '../../src/lib/json-chunks.ts';

const join = (value: unknown, indent?: number, depth?: number) => [...jsonChunks(value, indent, depth)].join('');

describe('jsonChunks', () => {
  const samples: [string, unknown][] = [
    ['scalars', [1, -2.5, 'zwei', true, false, null]],
    ['empty containers', { a: [], b: {}, c: [[], {}] }],
    ['undefined members', { kept: 1, gone: undefined, list: [undefined, 2] }],
    ['strings that need escaping', { 'schlüssel "x"': 'Zeile 1\nZeile 2 „Zitat“ \\ \t' }],
    ['nesting deeper than the pieces go', { a: { b: { c: { d: { e: [1, { f: [2, 3] }] } } } } }],
    ['a date', { when: new Date(Date.UTC(2023, 8, 13)) }],
  ];

  it.each(samples)('joins to JSON.stringify(value, null, 2) for %s', (_, value) => {
    expect(join(value)).toBe(JSON.stringify(value, null, 2));
  });

  it('keeps other indents and every depth exact', () => {
    const value = { a: [1, { b: [2, { c: 'd' }] }], e: {} };
    for (const indent of [0, 1, 4])
      for (const depth of [0, 1, 2, 5]) expect(join(value, indent, depth)).toBe(JSON.stringify(value, null, indent));
  });

  it("writes the claim engine's result exactly, in many pieces rather than one string", () => {
    const sentence = 'Putin empfing Kim Jong Un am Mittwoch auf dem Weltraumbahnhof Wostotschny.';
    const result = analyseCorpus([
      { id: 'a', body: `${sentence} Es war warm.\n`, event: 'e' },
      { id: 'b', body: `${sentence} Danach gab es ein Essen.\n`, event: 'e' },
    ]);
    const pieces = [...jsonChunks(result)];
    expect(pieces.join('')).toBe(JSON.stringify(result, null, 2));
    expect(pieces.length).toBeGreaterThan(20);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(JSON.stringify(result, null, 2).length / 2);
  });
});

describe('jsonStream', () => {
  it('streams the UTF-8 text of the document and a final newline', async () => {
    const value = { sätze: Array.from({ length: 5000 }, (_, i) => ({ n: i, text: `Satz „${i}“` })) };
    const text = await new Response(jsonStream(value)).text();
    expect(text).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });
});
