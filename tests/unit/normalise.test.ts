import { describe, expect, it } from 'vitest';
import * as tokens from '../../src/lib/claims/tokens.ts';
import { tokenize } from '../../src/lib/claims/tokens.ts';
import { foldTransliteration, normaliseWord } from '../../src/lib/text/normalise.ts';
import { parseNumber } from '../../src/lib/text/numbers.ts';
import { isCommonNoun } from '../../src/lib/text/common-nouns.ts';
import { profileSentence } from '../../src/lib/claims/sentence-profile.ts';
import { extractQuantities, sameMeasure, disagree } from '../../src/lib/claims/quantities.ts';

const stems = (text: string) => tokenize(text).map((t) => t.stem);

describe('normalisation', () => {
  it('folds case, ß/ss and quote styles', () => {
    expect(stems('großes Interesse')).toEqual(stems('GROSSES Interesse'));
    expect(stems('„strategische“ Bedeutung')).toEqual(stems('«strategische» Bedeutung'));
  });

  it('folds words at the text level, without the claim engine', () => {
    expect(normaliseWord('Großes')).toBe('grosses');
    expect(normaliseWord('Jong’un')).toBe(normaliseWord("Jong'un"));
    expect(normaliseWord('km²')).toBe('km2');
    expect(foldTransliteration('wostotschny')).toBe(foldTransliteration('vostochny'));
  });

  it('keeps the moved functions importable from tokens.ts', () => {
    expect(tokens.normaliseWord).toBe(normaliseWord);
    expect(tokens.foldTransliteration).toBe(foldTransliteration);
    expect(tokens.parseNumber).toBe(parseNumber);
  });

  it('treats hyphenated and spaced names alike', () => {
    expect(stems('Kim Jong-un')).toEqual(stems('Kim Jong Un'));
  });

  it('takes the genitive and plural "-s" after a vowel as an ending, as Snowball does after consonants', () => {
    expect(stems('Nordkoreas Raketen')).toEqual(stems('Nordkorea Raketen'));
    expect(stems('Chinas Handys')).toEqual(stems('China Handy'));
    expect(stems('Autos')).toEqual(stems('Auto'));
    expect(stems('Putins')).toEqual(stems('Putin'));
  });

  it('leaves an "s" that belongs to the word', () => {
    // Inflected forms keep it ("kostenlose", "Preise"), so taking it off would part them.
    expect(stems('kostenlos')).toEqual(stems('kostenlose'));
    expect(stems('rigoros')).toEqual(stems('rigorose'));
    expect(stems('Kostenlos')).toEqual(stems('kostenlose'));
    expect(stems('Preis')).toEqual(stems('Preise'));
    expect(stems('Haus')).not.toEqual(stems('Hau'));
  });

  it('reads "Nordkoreas" as the name "Nordkorea"', () => {
    const names = (text: string) => profileSentence(text).names;
    expect(names('Die Raketen kamen aus Nordkoreas Westen.')).toEqual(names('Die Raketen kamen aus Nordkorea heraus.'));
  });

  it('tells names from nouns written like them, by the German dictionary', () => {
    const profile = profileSentence('Ein Mann auf einem Bauernmarkt sprach mit Putin über den Kampf des Staats.');
    // All four are capitalised and uninflected, so the scorer counts all four with the names.
    expect(profile.names).toEqual(expect.arrayContaining(['mann', 'bauernmarkt', 'putin', 'kampf']));
    expect(profile.properNames).toContain('putin');
    expect(profile.properNames).not.toContain('mann');
    expect(profile.properNames).not.toContain('kampf');
    // A compound the dictionary does not list stays a name: it may be one ("Wostotschny").
    expect(profile.properNames).toContain('bauernmarkt');
  });

  it('knows common nouns in their genitive and plural, and no names among them', () => {
    for (const noun of ['mann', 'kampf', 'front', 'kremlchef', 'staats', 'präsident', 'raketen', 'zwiebeln'])
      expect(isCommonNoun(noun), noun).toBe(true);
    for (const name of ['putin', 'nordkorea', 'russlands', 'kreml', 'washington', 'pjöngjang', 'wostotschny'])
      expect(isCommonNoun(name), name).toBe(false);
  });

  it('keeps places whose people share their spelling as names', () => {
    // "London/R" makes "Londoner"; "Pole/N" makes "Polen", which the dictionary lists as the country.
    for (const name of ['london', 'polen', 'schweden']) expect(isCommonNoun(name), name).toBe(false);
  });

  it('folds transliteration variants', () => {
    expect(stems('RIA Novosti')).toEqual(stems('Ria Nowosti'));
    expect(stems('Wostotschny')).toEqual(stems('Vostochny'));
  });

  it('reads numbers with thousands separators and number words', () => {
    expect(tokenize('1.000 Kilometer')[0]!.value).toBe(1000);
    expect(tokenize('1000 Kilometer')[0]!.value).toBe(1000);
    expect(tokenize('zwei Raketen')[0]!.value).toBe(2);
    expect(tokenize('Der 71-Jährige')[1]!.value).toBe(71);
  });
});

describe('quantities', () => {
  const q = (text: string) => extractQuantities(tokenize(text));

  it('reads qualifiers and the reference a distance is measured from', () => {
    const [approx] = q('etwa 1.000 Kilometer (620 Meilen) von Wladiwostok entfernt');
    const [above] = q('liegt mehr als 1500 Kilometer nördlich von Wladiwostok, das wiederum');
    expect(approx).toMatchObject({ value: 1000, low: 850, high: 1150, phrase: 'etwa 1.000 Kilometer' });
    expect(above).toMatchObject({ value: 1500, low: 1500, high: Number.POSITIVE_INFINITY });
    expect(sameMeasure(approx!, above!)).toBe(true);
    expect(disagree(approx!, above!)).toBe(true);
  });

  it('does not compare distances to different places', () => {
    const [china] = q('rund 100 Kilometer von der Grenze zu China entfernt');
    const [korea] = q('rund 130 Kilometer von der Grenze zu Nordkorea entfernt');
    expect(sameMeasure(china!, korea!)).toBe(false);
  });
});
