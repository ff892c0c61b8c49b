import { describe, expect, it } from 'vitest';
import { countNoun, findGermanSlips, formatNumber, joinList, pluralForm } from '../../src/lib/text/german.ts';

describe('countNoun', () => {
  it('writes one thing in the singular', () => {
    expect(countNoun(1, 'Widerspruch', 'Widersprüche')).toBe('1 Widerspruch');
    expect(countNoun(1, 'Ereignis', 'Ereignisse')).toBe('1 Ereignis');
  });

  it('writes two or more, and none, in the plural', () => {
    expect(countNoun(2, 'Widerspruch', 'Widersprüche')).toBe('2 Widersprüche');
    expect(countNoun(13, 'Aussage', 'Aussagen')).toBe('13 Aussagen');
    expect(countNoun(0, 'Treffer', 'Treffer')).toBe('0 Treffer');
  });

  it('takes the dative forms the caller passes: "in 1 Artikel", "in 5 Artikeln"', () => {
    expect(`in ${countNoun(1, 'Artikel', 'Artikeln')}`).toBe('in 1 Artikel');
    expect(`in ${countNoun(5, 'Artikel', 'Artikeln')}`).toBe('in 5 Artikeln');
  });

  it('writes large numbers and fractions the German way', () => {
    expect(countNoun(1000, 'Treffer', 'Treffer')).toBe('1.000 Treffer');
    expect(countNoun(1.5, 'Aussage', 'Aussagen')).toBe('1,5 Aussagen');
  });
});

describe('pluralForm, formatNumber, joinList', () => {
  it('chooses a verb by number', () => {
    expect(pluralForm(1, 'steht', 'stehen')).toBe('steht');
    expect(pluralForm(4, 'steht', 'stehen')).toBe('stehen');
  });

  it('groups thousands with a dot and uses a decimal comma', () => {
    expect(formatNumber(25000)).toBe('25.000');
    expect(formatNumber(2.5)).toBe('2,5');
  });

  it('joins with commas and "und"', () => {
    expect(joinList(['A'])).toBe('A');
    expect(joinList(['A', 'B'])).toBe('A und B');
    expect(joinList(['A', 'B', 'C'])).toBe('A, B und C');
  });
});

describe('findGermanSlips', () => {
  it('accepts correct counts, dates and decimal numbers', () => {
    const text = [
      '1 Widerspruch, 2 Widersprüche, 0 Aussagen, 1 Aussage, 2 Ereignisse, 5 Artikel, in 5 Artikeln, in 1 Artikel.',
      'Am 1. September, 2,1 Aussagen im Schnitt, 1.000 Treffer, Widerspruch 1 von 2, Aussage 3: Kim reist an.',
    ].join('\n');
    expect(findGermanSlips(text)).toEqual([]);
  });

  it('finds a plural after 1', () => {
    expect(findGermanSlips('worin sie sich widersprechen (1 Widersprüche)')).toHaveLength(1);
    expect(findGermanSlips('1 Ereignisse, 5 Artikel')).toHaveLength(1);
    expect(findGermanSlips('berichtet von 1 Artikeln')).toHaveLength(1);
  });

  it('finds a singular after a number other than 1', () => {
    expect(findGermanSlips('2 Widerspruch')).toHaveLength(1);
    expect(findGermanSlips('3 Aussage')).toHaveLength(1);
    expect(findGermanSlips('1.000 Ereignis')).toHaveLength(1);
  });

  it('finds a missing dative plural: "in 2 Artikel"', () => {
    expect(findGermanSlips('Die Aussage steht in 2 Artikel.')).toHaveLength(1);
  });

  it('finds the old term "Behauptung" in any form', () => {
    expect(findGermanSlips('Nummer der Behauptung')).toHaveLength(1);
    expect(findGermanSlips('Behauptungen 3 und 4')).toHaveLength(1);
  });

  it('finds words glued together by markup', () => {
    expect(findGermanSlips('wie siesinngleich berichten')).toHaveLength(1);
    expect(findGermanSlips('13. September 2023·dpa')).toHaveLength(1);
    expect(findGermanSlips('13. September 2023 · dpa')).toEqual([]);
  });

  it('finds a space before punctuation and "Alle 1 Artikel"', () => {
    expect(findGermanSlips('(Kim sichert Putin Unterstützung zu) . Beide Angaben')).toHaveLength(1);
    expect(findGermanSlips('Alle 1 Artikel nebeneinander.')).toHaveLength(1);
  });

  it('quotes the slip with its context', () => {
    expect(findGermanSlips('worin sie sich widersprechen (1 Widersprüche) und')[0]).toContain('(1 Widersprüche)');
  });
});
