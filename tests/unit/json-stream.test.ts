import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/lib/claims/engine.ts';
import { createHash } from 'node:crypto';
import { jsonDigest, jsonStream } from '../../src/lib/json-stream.ts';

const streamed = (value: unknown) => new Response(jsonStream(value)).text();

describe('jsonStream', () => {
  const samples: [string, unknown][] = [
    ['scalars', [1, -2.5, 'zwei', true, false, null]],
    ['empty containers', { a: [], b: {}, c: [[], {}] }],
    ['undefined members', { kept: 1, gone: undefined, list: [undefined, 2] }],
    ['strings that need escaping', { 'schlüssel "x"': 'Zeile 1\nZeile 2 „Zitat“ \\ \t' }],
    ['deep nesting', { a: { b: { c: { d: { e: [1, { f: [2, 3] }] } } } } }],
    ['a date', { when: new Date(Date.UTC(2023, 8, 13)) }],
  ];

  it.each(samples)('streams JSON.stringify(value, null, 2) and a newline for %s', async (_, value) => {
    expect(await streamed(value)).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  it("streams the claim engine's result exactly, in several blocks rather than one string", async () => {
    const sentence = 'Putin empfing Kim Jong Un am Mittwoch auf dem Weltraumbahnhof Wostotschny.';
    const result = analyseCorpus([
      { id: 'a', body: `${sentence} Es war warm.\n`, event: 'e' },
      { id: 'b', body: `${sentence} Danach gab es ein Essen.\n`, event: 'e' },
    ]);
    expect(await streamed(result)).toBe(`${JSON.stringify(result, null, 2)}\n`);
    const large = { sätze: Array.from({ length: 20_000 }, (_, i) => ({ n: i, text: `Satz „${i}“` })) };
    const blocks: Uint8Array[] = [];
    for await (const block of jsonStream(large)) blocks.push(block);
    expect(Buffer.concat(blocks).toString('utf8')).toBe(`${JSON.stringify(large, null, 2)}\n`);
    expect(blocks.length).toBeGreaterThan(5);
  });

  it.each(samples)('streams compact JSON.stringify(value) and a newline for %s with space 0', async (_, value) => {
    expect(await new Response(jsonStream(value, { space: 0 })).text()).toBe(`${JSON.stringify(value)}\n`);
  });

  it('gives the size and SHA-256 of exactly the bytes it streams', () => {
    const value = { sätze: Array.from({ length: 5_000 }, (_, i) => ({ n: i, text: `Satz „${i}“` })) };
    for (const space of [0, 2]) {
      const text = Buffer.from(`${JSON.stringify(value, null, space)}\n`, 'utf8');
      expect(jsonDigest(value, { space })).toEqual({
        bytes: text.length,
        sha256: createHash('sha256').update(text).digest('hex'),
      });
    }
  });
});
