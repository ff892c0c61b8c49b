import { describe, expect, it } from 'vitest';
import { parseDigits, parseNumber, parseNumberWord, scaleValue } from '../../src/lib/text/numbers.ts';
import { tokenize } from '../../src/lib/claims/tokens.ts';

const numbers = (text: string) =>
  tokenize(text)
    .filter((t) => t.value !== undefined)
    .map((t) => [t.surface, t.value]);

describe('numbers in digits', () => {
  it.each([
    ['25.000', 25000],
    ['25 000', 25000],
    ['25\u00A0000', 25000],
    ['25\u202F000', 25000],
    ["25'000", 25000],
    ['25’000', 25000],
    ['1.000.000', 1000000],
    ['1500', 1500],
    ['1,5', 1.5],
    ['1.000,25', 1000.25],
  ])('reads %s as %d', (text, value) => {
    expect(parseDigits(text)).toBe(value);
    expect(parseNumber(text)).toBe(value);
  });

  it('reads a comma as the German decimal mark, never as a thousands separator', () => {
    expect(parseDigits('1,500')).toBe(1.5);
  });

  it('refuses separators in the wrong place and text that is no number', () => {
    expect(parseDigits('10.00')).toBeUndefined();
    expect(parseDigits('1.0000')).toBeUndefined();
    expect(parseDigits('zwei')).toBeUndefined();
    expect(parseNumber('Kilometer')).toBeUndefined();
  });

  it('reads a figure too large for a number as no number, not as infinity', () => {
    const huge = `1${'0'.repeat(309)}`;
    expect(parseDigits(huge)).toBeUndefined();
    expect(parseNumber(`1${'0'.repeat(300)} Milliarden`)).toBeUndefined();
    expect(parseDigits(`1${'0'.repeat(308)}`)).toBe(1e308);
  });
});

describe('number words', () => {
  it.each([
    ['eins', 1],
    ['zwei', 2],
    ['zwölf', 12],
    ['dreizehn', 13],
    ['zwanzig', 20],
    ['dreißig', 30],
    ['dreissig', 30],
    ['einundzwanzig', 21],
    ['hundert', 100],
    ['zweihundert', 200],
    ['hundertfünfzig', 150],
    ['hundertundzehn', 110],
    ['tausend', 1000],
    ['fünfundzwanzigtausend', 25000],
    ['zweihundertfünfzigtausend', 250000],
    ['hunderttausend', 100000],
    ['Zwölf', 12],
    ['fuenf', 5],
  ])('reads %s as %d', (word, value) => {
    expect(parseNumberWord(word)).toBe(value);
  });

  it('does not read the article "ein", ordinals or words that merely contain a number', () => {
    for (const word of ['ein', 'eine', 'zweite', 'Jahrhundert', 'Jahrtausend', 'Tausende', 'und', 'achtzig-']) {
      expect(parseNumberWord(word), word).toBeUndefined();
    }
  });
});

describe('scale words', () => {
  it.each([
    ['1,5 Millionen', 1_500_000],
    ['2 Mio.', 2_000_000],
    ['2 Mio', 2_000_000],
    ['3 Milliarden', 3_000_000_000],
    ['2,3 Mrd.', 2_300_000_000],
    ['4 Mia.', 4_000_000_000],
    ['eine Million', 1_000_000],
    ['einer Milliarde', 1_000_000_000],
    ['zwei Millionen', 2_000_000],
    ['25 Tausend', 25_000],
    ['1 Billion', 1_000_000_000_000],
  ])('reads %s as %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it('knows scale words only', () => {
    expect(scaleValue('Mrd.')).toBe(1e9);
    expect(scaleValue('Menschen')).toBeUndefined();
    expect(parseNumber('eine Rakete')).toBeUndefined();
  });
});

describe('tokenize', () => {
  it('makes a number written in several pieces one token, keeping the text as written', () => {
    expect(numbers('Rund 25 000 Menschen')).toEqual([['25 000', 25000]]);
    expect(numbers('Rund 25\u202F000 Menschen')).toEqual([['25\u202F000', 25000]]);
    expect(numbers("Rund 25'000 Menschen")).toEqual([["25'000", 25000]]);
    expect(numbers('1,5 Millionen Euro und 2 Mio. Dollar')).toEqual([
      ['1,5 Millionen', 1_500_000],
      ['2 Mio.', 2_000_000],
    ]);
    expect(numbers('eine Million Menschen')).toEqual([['eine Million', 1_000_000]]);
  });

  it('keeps the word after a scale as the next token', () => {
    const tokens = tokenize('2 Mio. Dollar flossen');
    expect(tokens.map((t) => t.surface)).toEqual(['2 Mio.', 'Dollar', 'flossen']);
    expect(tokens[0]!.norm).toBe('2000000');
  });

  it('reads number words, and leaves the article alone', () => {
    expect(numbers('Nordkorea feuerte zwei Raketen und einundzwanzig Granaten ab')).toEqual([
      ['zwei', 2],
      ['einundzwanzig', 21],
    ]);
    expect(numbers('Nordkorea feuerte eine Rakete ab')).toEqual([]);
  });

  it('does not glue a year to the number after it', () => {
    expect(numbers('Im Jahr 2019 100 Menschen')).toEqual([
      ['2019', 2019],
      ['100', 100],
    ]);
  });

  it('records what stands between tokens, so ranges and ordinals can be told apart', () => {
    const tokens = tokenize('10-15 und 10–15, am 2. Januar');
    expect(tokens.map((t) => [t.surface, t.gap])).toEqual([
      ['10', ''],
      ['15', '-'],
      ['und', ' '],
      ['10', ' '],
      ['15', '–'],
      ['am', ', '],
      ['2', ' '],
      ['Januar', '. '],
    ]);
  });

  it('makes percent and currency signs tokens of their own', () => {
    expect(tokenize('30% und 100 €').map((t) => t.surface)).toEqual(['30', '%', 'und', '100', '€']);
  });
});
