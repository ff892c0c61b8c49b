import { describe, expect, it } from 'vitest';
import { separableVerbs, verbBase, withoutInfix, type ClauseWord } from '../../src/lib/text/lemma.ts';
import { stemWord, tokenize } from '../../src/lib/claims/tokens.ts';

/** The words of a sentence as `separableVerbs` wants them (a comma or dash marks a clause break). */
function words(text: string): ClauseWord[] {
  return [...text.matchAll(/([,–:]\s*)?([\p{L}\d]+)/gu)].map((m) => ({
    norm: m[2]!.toLowerCase(),
    capitalised: /^\p{Lu}/u.test(m[2]!),
    clauseBreak: m[1] !== undefined,
    number: /^\d/.test(m[2]!),
  }));
}

/** The separable verbs found, as "verb+particle". */
function joined(text: string): string[] {
  const list = words(text);
  return [...separableVerbs(list)].map(([v, p]) => `${list[v]!.norm}+${list[p]!.norm}`);
}

/** The content stems of a sentence, as the claim engine compares them. */
const stemsOf = (text: string) =>
  tokenize(text)
    .filter((t) => !t.separated)
    .map((t) => t.stem);

describe('verb bases', () => {
  it('undoes the participle ge- and the infinitive zu inside separable verbs', () => {
    expect(withoutInfix('abgefeuert')).toBe('abfeuert');
    expect(withoutInfix('abzufeuern')).toBe('abfeuern');
    expect(withoutInfix('angekündigt')).toBe('ankündigt');
    expect(withoutInfix('gesagt')).toBe('sagt');
  });

  it('leaves a ge- that belongs to the word', () => {
    for (const word of ['gelangt', 'gehört', 'gewinnt', 'gestaltet', 'gesamt', 'gerecht', 'gestern', 'gegen', 'geben'])
      expect(withoutInfix(word)).toBe(word);
  });

  it('peels the tense endings Snowball keeps, the same for every form of a verb', () => {
    expect(verbBase('feuerte')).toBe('feuer');
    expect(verbBase('feuert')).toBe('feuer');
    expect(verbBase('gefeuert')).toBe('feuer');
    expect(verbBase('abgefeuert')).toBe('abfeuer');
    expect(verbBase('feuern')).toBe('feuer');
    expect(verbBase('feuerten')).toBe('feuer');
    expect(verbBase('abfeuern')).toBe('abfeuer');
    expect(verbBase('abzufeuern')).toBe('abfeuer');
    for (const form of ['arbeiten', 'arbeitet', 'arbeitete', 'gearbeitet']) expect(verbBase(form)).toBe('arbei');
    for (const form of ['töten', 'tötet', 'tötete', 'getötet']) expect(verbBase(form)).toBe('töt');
  });

  it('keeps short words whole', () => {
    for (const word of ['gut', 'alt', 'hat', 'ist']) expect(verbBase(word)).toBe(word);
  });
});

describe('separable verbs in their clause', () => {
  it('joins a particle at the clause end to the finite verb', () => {
    expect(joined('Nordkorea feuerte am Montag zwei Raketen ab')).toEqual(['feuerte+ab']);
    expect(joined('Am Montag feuerte Nordkorea zwei Raketen ab')).toEqual(['feuerte+ab']);
    expect(joined('Die nordkoreanische Armee feuerte 2 Raketen ab')).toEqual(['feuerte+ab']);
    expect(joined('Er lehnte das Angebot der Regierung ab')).toEqual(['lehnte+ab']);
  });

  it('ends a clause at a comma, a dash or a coordinating conjunction', () => {
    expect(joined('Nordkorea feuerte Raketen ab, Südkorea kündigte eine Antwort an')).toEqual([
      'feuerte+ab',
      'kündigte+an',
    ]);
    expect(joined('Nordkorea feuerte Raketen ab und drohte mit weiteren Tests')).toEqual(['feuerte+ab']);
  });

  it('leaves prepositions inside a clause and verbs that are one word', () => {
    expect(joined('Nordkorea hat am Montag zwei Raketen abgefeuert')).toEqual([]);
    expect(joined('Kim fuhr mit dem Zug nach Wladiwostok')).toEqual([]);
    expect(joined('Die Raketen flogen über das Meer')).toEqual([]);
  });

  it('gives up where the verb cannot be told', () => {
    expect(joined('Dem stimmte er zu')).toEqual([]);
    expect(joined('Raketen ab')).toEqual([]);
  });
});

describe('stems of the claim engine', () => {
  it('brings "feuerte … ab", "abgefeuert", "abzufeuern" and "abfeuern" together', () => {
    const split = stemsOf('Nordkorea feuerte zwei Raketen ab');
    for (const other of [
      'Nordkorea hat zwei Raketen abgefeuert',
      'Nordkorea will zwei Raketen abfeuern',
      'Nordkorea plant, zwei Raketen abzufeuern',
    ])
      expect(stemsOf(other)).toContain(split[1]);
    expect(split).not.toContain(stemWord('ab'));
  });

  it('brings the tenses and the participle of a regular verb together', () => {
    const [present] = stemsOf('unterstützt');
    expect(stemsOf('unterstützte')).toEqual([present]);
    expect(stemsOf('unterstützen')).toEqual([present]);
    expect(stemsOf('verletzt')).toEqual(stemsOf('verletzen'));
  });

  it('leaves nouns and compounds to Snowball', () => {
    expect(stemsOf('Nordkorea Raketenabschuss Unterstützung')).toEqual(
      ['nordkorea', 'raketenabschuss', 'unterstützung'].map(stemWord),
    );
  });
});
