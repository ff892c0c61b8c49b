import { describe, expect, it } from 'vitest';
import { diffWords, type DiffPart } from '../../src/lib/text/word-diff.ts';

const joined = (parts: DiffPart[]) => parts.map((p) => p.text).join('');
const own = (parts: DiffPart[]) => parts.filter((p) => !p.shared).map((p) => p.text);

describe('word diff of a passage against its reference', () => {
  it('marks nothing when both say the same words', () => {
    const text = 'Putin empfing Kim in Wostotschny.';
    expect(diffWords(text, text)).toEqual([{ text, shared: true }]);
  });

  it('marks the words the reference does not have, with the gap after them', () => {
    expect(diffWords('Putin traf Kim am Mittwoch in Wostotschny.', 'Putin traf Kim in Wostotschny.')).toEqual([
      { text: 'Putin traf Kim ', shared: true },
      { text: 'am Mittwoch ', shared: false },
      { text: 'in Wostotschny.', shared: true },
    ]);
  });

  it('does not mark words the text lacks: only its own words are shown', () => {
    expect(diffWords('Putin traf Kim.', 'Putin traf Kim am Mittwoch.')).toEqual([
      { text: 'Putin traf Kim.', shared: true },
    ]);
  });

  it('compares case- and ß/ss-insensitively', () => {
    const text = 'Das grosse Interesse an der STRASSE';
    expect(diffWords(text, 'das große Interesse an der Straße')).toEqual([{ text, shared: true }]);
    expect(diffWords('Die Straße', 'DIE STRASSE')).toEqual([{ text: 'Die Straße', shared: true }]);
  });

  it('keeps words in the order of the reference (a common subsequence, not a bag of words)', () => {
    expect(diffWords('Kim traf Putin', 'Putin traf Kim')).toEqual(
      expect.arrayContaining([expect.objectContaining({ shared: false })]),
    );
    expect(diffWords('Kim Putin traf', 'Putin traf Kim')).toEqual([
      { text: 'Kim ', shared: false },
      { text: 'Putin traf', shared: true },
    ]);
  });

  it('finds the longest common run of words', () => {
    const parts = diffWords('A B C D E F', 'A X C D Y F');
    expect(own(parts)).toEqual(['B ', 'E ']);
  });

  it('treats hyphenated names and numbers with separators as one word', () => {
    expect(diffWords('Kim Jong-un reiste', 'Kim Jong Un reiste')).toEqual([
      { text: 'Kim ', shared: true },
      { text: 'Jong-un ', shared: false },
      { text: 'reiste', shared: true },
    ]);
    expect(own(diffWords('etwa 1.000 Kilometer', 'etwa 1.000 Kilometer'))).toEqual([]);
    expect(own(diffWords('etwa 1.000 Kilometer', 'etwa 1 Kilometer'))).toEqual(['1.000 ']);
  });

  it('ignores punctuation and quote style when comparing', () => {
    expect(diffWords('„Wir sind bereit“, sagte Kim.', '«Wir sind bereit», sagte Kim')).toEqual([
      { text: '„Wir sind bereit“, sagte Kim.', shared: true },
    ]);
  });

  it('gives leading punctuation to a shared run, as nothing precedes it', () => {
    expect(diffWords('„Neu ist das“', 'ist das')).toEqual([
      { text: '„', shared: true },
      { text: 'Neu ', shared: false },
      { text: 'ist das“', shared: true },
    ]);
  });

  it('marks every word when the reference shares none', () => {
    expect(diffWords('Ganz andere Worte.', 'Nichts davon')).toEqual([{ text: 'Ganz andere Worte.', shared: false }]);
    expect(diffWords('Ganz andere Worte.', '')).toEqual([{ text: 'Ganz andere Worte.', shared: false }]);
  });

  it('returns no parts for an empty text', () => {
    expect(diffWords('', 'Putin traf Kim')).toEqual([]);
  });

  it('gives the text back whole, spaces and line breaks included', () => {
    const cases: [string, string][] = [
      ['  Putin,  der Präsident –\nempfing   Kim (71). ', 'Putin empfing Kim'],
      ['«Das ist ein ‹Test›» – sagte er…', 'Das war kein Test, sagte sie'],
      ['Straße 12a/b: 3,5 Mrd. Euro!', 'STRASSE 12a 3,5 Mrd Euro'],
      ['...', 'Putin'],
    ];
    for (const [text, reference] of cases) {
      const parts = diffWords(text, reference);
      expect(joined(parts)).toBe(text);
      // Neighbouring parts always differ: runs are merged.
      for (let i = 1; i < parts.length; i++) expect(parts[i]!.shared).not.toBe(parts[i - 1]!.shared);
    }
  });
});
