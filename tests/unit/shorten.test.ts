import { describe, expect, it } from 'vitest';
import { htmlTextLength, shortenAtWord } from '../../src/lib/text/shorten.ts';

const LONG_WORD = 'Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstalt'.repeat(3).slice(0, 200);

describe('shortenAtWord', () => {
  it('returns a text that fits unchanged', () => {
    expect(shortenAtWord('Putin empfängt Kim', 18)).toBe('Putin empfängt Kim');
  });

  it('cuts at the last word boundary that leaves room for " …"', () => {
    expect(shortenAtWord('Putin empfängt Kim auf dem Weltraumbahnhof', 25)).toBe('Putin empfängt Kim auf …');
  });

  it('drops punctuation left dangling before the ellipsis', () => {
    expect(shortenAtWord('Putin empfängt Kim: Gespräche über Satelliten', 24)).toBe('Putin empfängt Kim …');
  });

  it('cuts a single 200-character word inside it, with "…", and terminates', () => {
    expect(LONG_WORD).toHaveLength(200);
    const short = shortenAtWord(LONG_WORD, 58);
    expect(short).toBe(`${LONG_WORD.slice(0, 57)}…`);
    expect(short.length).toBeLessThanOrEqual(58);
  });

  it('cuts inside a long word rather than keep only a short first word', () => {
    const short = shortenAtWord(`Kim ${LONG_WORD} trifft Putin`, 40);
    expect(short).toBe(`Kim ${LONG_WORD.slice(0, 35)}…`);
    expect(short).toHaveLength(40);
  });

  it('never exceeds max, for every max, including ones too small for the ellipsis', () => {
    const texts = [
      LONG_WORD,
      `Ein ${LONG_WORD}`,
      'Putin empfängt Kim auf dem Weltraumbahnhof Wostotschny',
      '„Russland & Nordkorea“: "Bündnis" <gegen> den Westen',
      '   führende Leerzeichen und   viele    Zwischenräume   ',
      '🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀 Rakete',
    ];
    for (const text of texts) {
      for (let max = 0; max <= 80; max++) {
        for (const measure of [undefined, htmlTextLength]) {
          const short = shortenAtWord(text, max, measure);
          expect((measure ?? ((s: string) => s.length))(short), `${text} @ ${max}`).toBeLessThanOrEqual(max);
        }
      }
    }
  });

  it('never splits a surrogate pair', () => {
    const short = shortenAtWord('🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀', 8);
    expect(short).toBe('🚀🚀🚀…');
    expect(short.isWellFormed()).toBe(true);
  });

  it('measures quotes and ampersands as HTML writes them', () => {
    // Astro writes & as &amp; (5), " as &quot; (6), ' as &#39; (5), < > as &lt; &gt; (4).
    expect(htmlTextLength(`a&b"c'd<e>f`)).toBe(6 + 5 + 6 + 5 + 4 + 4);
    const title = 'Kim & Putin: "Wir sind Verbündete" – Treffen im Osten Russlands';
    expect(title.length).toBeLessThanOrEqual(65);
    const short = shortenAtWord(title, 60, htmlTextLength);
    // 46 characters, but 60 as HTML: "im" would make it 63.
    expect(short).toBe('Kim & Putin: "Wir sind Verbündete" – Treffen …');
    expect(htmlTextLength(short)).toBe(60);
    // Counted as plain characters, more of the title fits.
    expect(shortenAtWord(title, 60)).toBe('Kim & Putin: "Wir sind Verbündete" – Treffen im Osten …');
  });
});
