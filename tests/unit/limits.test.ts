import { describe, expect, it } from 'vitest';
import { LIMITS, checkTextLimits, linesBefore } from '../../src/lib/content/limits.ts';
import { findUnsafeMarkup } from '../../src/lib/content/markup-safety.ts';
import { extractBlocks } from '../../src/lib/text/blocks.ts';

/** Sentences of ordinary prose, `chars` characters or a little more, in one paragraph. */
const prose = (chars: number) =>
  'Der Minister sagte am Mittwoch, das Treffen sei gut verlaufen. '.repeat(Math.ceil(chars / 63));

/** Runs `check` and returns its result with the time it took, in ms. */
function timed<T>(check: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = check();
  return { result, ms: performance.now() - start };
}

describe('text limits, checked before any parse', () => {
  it.each([
    ["'> ' 5,000 times", '> '.repeat(5000), /line 1 nests quotes and lists 5,000 levels deep/],
    ["'- ' 3,000 times", '- '.repeat(3000), /line 1 nests quotes and lists 3,000 levels deep/],
    ["'- ' 10,000 times", '- '.repeat(10_000), /line 1 nests quotes and lists 10,000 levels deep/],
    [
      'a list indented 500 levels deep',
      Array.from({ length: 500 }, (_, i) => `${'  '.repeat(i)}- Punkt ${i}`).join('\n'),
      /line 11 nests quotes and lists 11 levels deep/,
    ],
    [
      'a paragraph of 125,000 characters',
      prose(125_000),
      /the paragraph starting on line 1 .* more than 50,000 characters/,
    ],
    ['20,000 emphasis characters', '*a'.repeat(20_000), /more than 200 emphasis characters/],
    [
      '100,000 one-word paragraphs',
      'Wort\n\n'.repeat(100_000),
      /line 40001 starts paragraph 20,001; an article may have at most 20,000/,
    ],
  ])('refuses %s in milliseconds, naming the line, the limit and the fix', (_, body, message) => {
    const { result, ms } = timed(() => checkTextLimits(body));
    expect(result?.problem).toMatch(message);
    expect(result?.problem).toMatch(/at most|more than/);
    expect(ms).toBeLessThan(1000);
  });

  it('names the file line when told how many lines stand above the body', () => {
    const file = `---\ntitle: x\n---\n\nErster Absatz.\n\n${'> '.repeat(20)}Zitat.\n`;
    const body = file.slice(file.indexOf('Erster')).trim();
    expect(linesBefore(file, body)).toBe(4);
    expect(checkTextLimits(body, 'markdown', linesBefore(file, body))?.line).toBe(7);
  });

  it('admits ordinary articles: nested quotes in lists, long paragraphs, emphasis, a 5 MB body', () => {
    const ordinary = [
      '## Zwischentitel',
      '> Ein Zitat, das **wichtig** ist.',
      '- Punkt eins\n  - Unterpunkt\n    > Zitat im Unterpunkt',
      '1. Erstens\n2. Zweitens',
      prose(LIMITS.paragraphChars - 100),
    ].join('\n\n');
    expect(checkTextLimits(ordinary)).toBeUndefined();
    const large = Array.from({ length: 7000 }, () => prose(700)).join('\n\n');
    expect(large.length).toBeGreaterThan(5_000_000);
    expect(checkTextLimits(large)).toBeUndefined();
  });

  it('counts every line of plain text as a paragraph and ignores Markdown markers there', () => {
    expect(checkTextLimits('> '.repeat(5000), 'text')).toBeUndefined();
    expect(checkTextLimits('Zeile\n'.repeat(LIMITS.paragraphs + 1), 'text')?.problem).toMatch(
      /starts paragraph 20,001/,
    );
  });
});

describe('no recursion or spread sized by the input', () => {
  it('extracts a paragraph of 130,000 characters (a spread overflowed the stack at 125,000)', () => {
    const text = prose(130_000).trim();
    const [block] = extractBlocks(text);
    expect(block?.text).toBe(text);
    expect(block?.offsets).toHaveLength(text.length + 1);
  });

  it('walks 5,000 nested quotes and deeply nested emphasis without overflowing the stack', () => {
    const quotes = extractBlocks(`${'> '.repeat(5000)}Zitat.`);
    expect(quotes).toEqual([expect.objectContaining({ kind: 'quote', text: 'Zitat.' })]);
    expect(findUnsafeMarkup(`${'> '.repeat(5000)}[x](javascript:alert(1))`)).toHaveLength(1);
  });
});
