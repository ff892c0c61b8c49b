import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/lib/claims/tokens.ts';
import {
  disagree,
  extractQuantities,
  leadingQualifier,
  quantityKind,
  sameMeasure,
  type Quantity,
} from '../../src/lib/claims/quantities.ts';

const all = (text: string) => extractQuantities(tokenize(text));
const one = (text: string): Quantity => {
  const found = all(text);
  expect(found, `${text}: ${found.map((q) => q.phrase).join(' | ')}`).toHaveLength(1);
  return found[0]!;
};
/** The two statements report the same measure and cannot both be true: a contradiction. */
const contradict = (a: string, b: string) => {
  const [x, y] = [one(a), one(b)];
  return sameMeasure(x, y) && disagree(x, y);
};

describe('what a number measures or counts', () => {
  it('converts units to one canonical unit and keeps the phrase as written', () => {
    expect(one('620 Meilen von Wladiwostok')).toMatchObject({
      value: 620,
      unit: 'km',
      statedUnit: 'Meilen',
      phrase: '620 Meilen',
      kind: 'zahl',
    });
    expect(one('620 Meilen').canonicalValue).toBeCloseTo(997.79, 2);
    expect(one('650 Meter hoch').canonicalValue).toBeCloseTo(0.65);
    expect(one('3 Tonnen Gold')).toMatchObject({ unit: 'kg', canonicalValue: 3000 });
    expect(one('1.500 Kilogramm Sprengstoff')).toMatchObject({ unit: 'kg', canonicalValue: 1500 });
    expect(one('rund 30 Prozent der Stimmen')).toMatchObject({ unit: 'prozent', low: 25.5, high: 34.5 });
    expect(one('30 % der Stimmen').unit).toBe('prozent');
    expect(one('1,5 Millionen Euro')).toMatchObject({ unit: 'eur', value: 1_500_000, phrase: '1,5 Millionen Euro' });
    expect(one('2 Mio. US-Dollar')).toMatchObject({ unit: 'usd', value: 2_000_000, statedUnit: 'US-Dollar' });
    expect(one('3 Mrd. Franken')).toMatchObject({ unit: 'chf', value: 3e9 });
  });

  it('finds the counted noun behind adjectives and inside compounds', () => {
    expect(one('Nordkorea feuerte zwei ballistische Raketen ab')).toMatchObject({
      value: 2,
      kind: 'anzahl',
      phrase: 'zwei ballistische Raketen',
    });
    expect(one('Das Land feuerte zwei weitere Raketen ab').kind).toBe('anzahl');
    expect(one('fünf Artikel')).toMatchObject({ value: 5, kind: 'anzahl' });
    expect(one('25.000 Menschen demonstrierten')).toMatchObject({ value: 25000, kind: 'anzahl' });
    expect(one('eine Million Menschen')).toMatchObject({ value: 1_000_000, kind: 'anzahl' });
  });

  it('reads a number without unit or noun as nothing, and an ordinal as no count', () => {
    expect(all('Die Raketen flogen 650 weit')).toEqual([]);
    expect(all('Er kam im 2. Weltkrieg an die Front')).toEqual([]);
  });

  it('reads years and dates as dates, not counts', () => {
    expect(one('Sie trafen sich 2019 in Wladiwostok')).toMatchObject({ kind: 'datum', date: { year: 2019 } });
    expect(one('Seit 2019 trafen sich Putin und Kim nicht mehr')).toMatchObject({ kind: 'datum' });
    expect(one('im April 2019 in Wladiwostok')).toMatchObject({
      phrase: 'April 2019',
      date: { year: 2019, month: 4 },
      context: ['vladivostok'],
    });
    expect(one('Die Raketen wurden am 2. Januar in Charkiw eingesetzt')).toMatchObject({
      kind: 'datum',
      phrase: '2. Januar',
      date: { day: 2, month: 1 },
    });
    expect(one('Dienstag, 18. Juni 2024')).toMatchObject({
      phrase: '18. Juni 2024',
      date: { day: 18, month: 6, year: 2024 },
    });
    expect(one('am 13.09.2023 in Wostotschny')).toMatchObject({ date: { day: 13, month: 9, year: 2023 } });
    expect(one('um 15.30 Uhr')).toMatchObject({ kind: 'datum', canonicalValue: 15.5 });
  });

  it('reads a four-digit number with a unit or a counted noun as an amount, not a year', () => {
    expect(one('2000 Soldaten wurden verlegt').kind).toBe('anzahl');
    expect(one('2019 Kilometer weit').kind).toBe('zahl');
    expect(one('rund 2000 Menschen').kind).toBe('anzahl');
  });

  it('decides the kind from the unit', () => {
    expect(quantityKind({ unit: 'km' })).toBe('zahl');
    expect(quantityKind({ unit: 'eur' })).toBe('zahl');
    expect(quantityKind({ unit: 'prozent' })).toBe('zahl');
    expect(quantityKind({ unit: 'jahr' })).toBe('datum');
    expect(quantityKind({ unit: 'raket' })).toBe('anzahl');
    // A big count is still a count, a small distance still a distance.
    expect(one('12 Kilometer').kind).toBe('zahl');
    expect(one('3000 Raketen').kind).toBe('anzahl');
  });
});

describe('ranges', () => {
  it.each([
    '10 bis 15 Kilometer',
    '10-15 Kilometer',
    '10–15 Kilometer',
    '10 – 15 Kilometer',
    'zwischen 10 und 15 Kilometer',
  ])('reads "%s" as one quantity from 10 to 15', (text) => {
    const q = one(text);
    expect(q.phrase).toBe(text);
    expect(q.low).toBeCloseTo(9.9);
    expect(q.high).toBeCloseTo(15.15);
  });

  it('reads ranges of number words and keeps years apart', () => {
    expect(one('zwei bis drei Raketen')).toMatchObject({ unit: 'raket' });
    expect(all('von 2019 bis 2023 in Moskau').map((q) => q.phrase)).toEqual(['2019', '2023']);
  });

  it('agrees with a figure inside the range and disagrees with one outside', () => {
    expect(contradict('10 bis 15 Kilometer', '12 Kilometer')).toBe(false);
    expect(contradict('10 bis 15 Kilometer', '20 Kilometer')).toBe(true);
  });
});

describe('qualifiers', () => {
  it.each([
    ['rund 1000 Kilometer', 850, 1150],
    ['etwa 1000 Kilometer', 850, 1150],
    ['ca. 1000 Kilometer', 850, 1150],
    ['circa 1000 Kilometer', 850, 1150],
    ['ungefähr 1000 Kilometer', 850, 1150],
    ['knapp 1000 Kilometer', 900, 1000],
    ['fast 1000 Kilometer', 900, 1000],
    ['gut 1000 Kilometer', 1000, 1100],
    ['knapp über 1000 Kilometer', 1000, 1100],
    ['mehr als 1000 Kilometer', 1000, Number.POSITIVE_INFINITY],
    ['über 1000 Kilometer', 1000, Number.POSITIVE_INFINITY],
    ['mindestens 1000 Kilometer', 1000, Number.POSITIVE_INFINITY],
    ['weniger als 1000 Kilometer', 0, 1000],
    ['unter 1000 Kilometer', 0, 1000],
    ['höchstens 1000 Kilometer', 0, 1000],
    ['bis zu 1000 Kilometer', 0, 1000],
    ['1000 Kilometer', 990, 1010],
  ])('"%s" allows %d to %d', (text, low, high) => {
    expect(one(text)).toMatchObject({ low, high, phrase: text });
  });

  it('reads "minus" as a sign and widens tolerances away from zero', () => {
    expect(one('minus 5 Grad')).toMatchObject({ value: -5, phrase: 'minus 5 Grad' });
    expect(one('etwa minus 10 Grad')).toMatchObject({ low: -11.5, high: -8.5 });
  });

  it('keeps small exact counts exact', () => {
    const q = one('zwei Raketen');
    expect(q.low).toBeGreaterThan(1);
    expect(q.high).toBeLessThan(3);
  });
});

describe('contradictions', () => {
  describe('zahl (measures)', () => {
    it('an approximate figure agrees with an exact one within its tolerance', () => {
      expect(contradict('rund 1000 Kilometer von Wladiwostok', '1.050 Kilometer von Wladiwostok')).toBe(false);
    });

    it('an approximate figure and a lower bound above it disagree', () => {
      expect(contradict('etwa 1.000 Kilometer von Wladiwostok', 'mehr als 1500 Kilometer von Wladiwostok')).toBe(true);
    });

    it('two exact figures that differ disagree', () => {
      expect(contradict('1000 Kilometer von Wladiwostok', '1050 Kilometer von Wladiwostok')).toBe(true);
      expect(contradict('30 Prozent der Stimmen', '31 Prozent der Stimmen')).toBe(true);
    });

    it('miles and kilometres that convert into each other agree', () => {
      expect(contradict('620 Meilen von Wladiwostok', '1000 Kilometer von Wladiwostok')).toBe(false);
      expect(contradict('etwa 620 Meilen von Wladiwostok', 'etwa 1.000 Kilometer von Wladiwostok')).toBe(false);
    });

    it('miles and kilometres that do not convert into each other disagree', () => {
      expect(contradict('1000 Meilen von Wladiwostok', '1000 Kilometer von Wladiwostok')).toBe(true);
    });

    it('metres and kilometres, tonnes and kilograms compare after conversion', () => {
      expect(contradict('1500 Meter hoch', '1,5 Kilometer hoch')).toBe(false);
      expect(contradict('2 Tonnen Gold', '2000 Kilogramm Gold')).toBe(false);
      expect(contradict('2 Tonnen Gold', '200 Kilogramm Gold')).toBe(true);
    });

    it('a distance flown is not the distance of a place', () => {
      expect(contradict('etwa 650 Kilometer weit geflogen', '1000 Kilometer von Wladiwostok')).toBe(false);
    });

    it('distances to different places are different measures', () => {
      expect(
        contradict('rund 100 Kilometer von der Grenze zu China', 'rund 130 Kilometer von der Grenze zu Nordkorea'),
      ).toBe(false);
    });

    it('different units never compare', () => {
      expect(contradict('100 Kilometer', '100 Kilogramm')).toBe(false);
    });
  });

  describe('anzahl (counts)', () => {
    it('different counts of the same things disagree', () => {
      expect(contradict('Nordkorea feuerte zwei Raketen ab', 'Nordkorea feuerte drei Raketen ab')).toBe(true);
    });

    it('a compound counts the same things as its head', () => {
      expect(contradict('zweier Kurzstreckenraketen', 'drei ballistische Raketen')).toBe(true);
    });

    it('a count within a bound agrees with it', () => {
      expect(contradict('Nordkorea feuerte zwei Raketen ab', 'Nordkorea feuerte bis zu drei Raketen ab')).toBe(false);
      expect(contradict('rund 25.000 Menschen', '26 000 Menschen')).toBe(false);
    });

    it('counts of different things are different measures', () => {
      expect(contradict('zwei Raketen', 'drei Panzer')).toBe(false);
    });
  });

  describe('datum (years and dates)', () => {
    it('different years of the same reference disagree', () => {
      expect(
        contradict('Das letzte Treffen war 2019 in Wladiwostok', 'Das letzte Treffen war 2018 in Wladiwostok'),
      ).toBe(true);
    });

    it('different days of the same month disagree', () => {
      expect(contradict('am 2. Januar in Charkiw', 'am 3. Januar in Charkiw')).toBe(true);
    });

    it('a date agrees with the year and the month it lies in', () => {
      expect(contradict('im April 2019 in Wladiwostok', '2019 in Wladiwostok')).toBe(false);
      expect(contradict('am 25. April 2019 in Wladiwostok', 'im April 2019 in Wladiwostok')).toBe(false);
      expect(contradict('am 2. Januar in Charkiw', 'am 2. Januar 2024 in Charkiw')).toBe(false);
    });

    it('a span of days agrees with the days inside it only', () => {
      expect(contradict('vom 10. bis 15. Januar in Moskau', 'am 12. Januar in Moskau')).toBe(false);
      expect(contradict('vom 10.–15. Januar in Moskau', 'am 20. Januar in Moskau')).toBe(true);
      expect(contradict('vom 10. bis 15. Januar 2024 in Moskau', 'am 12. Januar in Moskau')).toBe(false);
      expect(contradict('am 2. Januar in Charkiw', 'am 3. Januar 2024 in Charkiw')).toBe(true);
    });

    it('years without a reference are not compared', () => {
      expect(contradict('seit 2019', 'seit 2018')).toBe(false);
    });
  });

  it('treats a conversion in brackets as the same quantity, not a second measure', () => {
    const found = all('Der Weltraumbahnhof liegt etwa 1.000 Kilometer (620 Meilen) von Wladiwostok entfernt.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      phrase: 'etwa 1.000 Kilometer',
      conversion: '620 Meilen',
      context: ['vladivostok'],
    });
    const other = one('Der Weltraumbahnhof liegt 620 Meilen von Wladiwostok entfernt.');
    expect(sameMeasure(found[0]!, other) && disagree(found[0]!, other)).toBe(false);
  });

  it('keeps a bracketed figure of another unit as a quantity of its own', () => {
    expect(all('1000 Kilometer (zwei Stunden Flug) entfernt').map((q) => q.unit)).toEqual(['km', 'tage']);
  });
});

describe('the qualifier a figure is stated with', () => {
  it('is read from the start of the phrase as written, the longest first', () => {
    expect(leadingQualifier(one('mehr als 1500 Kilometer nördlich').phrase)).toBe('mehr als');
    expect(leadingQualifier(one('etwa 1.000 Kilometer von Wladiwostok').phrase)).toBe('etwa');
    expect(leadingQualifier('nicht mehr als 20 Prozent')).toBe('nicht mehr als');
    expect(leadingQualifier('ca. 300 Soldaten')).toBe('ca.');
    expect(leadingQualifier('1500 Kilometer')).toBe('');
    expect(leadingQualifier('Überall 30 Grad')).toBe('');
  });
});
