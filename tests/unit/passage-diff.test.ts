import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffBoth, markDifferences, markEachDifferences } from '../../src/lib/claims/passage-diff.ts';

const marked = (runs: { text: string; differs: boolean }[]) => runs.filter((r) => r.differs).map((r) => r.text);

describe('the word diff of two wordings', () => {
  it('marks the differing words in both texts, the numbers included', () => {
    const [a, b] = diffBoth(
      'Das Raumfahrtzentrum liegt mehr als 1500 Kilometer nördlich von Wladiwostok.',
      'Der Weltraumbahnhof liegt etwa 1.000 Kilometer von Wladiwostok entfernt.',
    );
    expect(marked(a)).toEqual(['Raumfahrtzentrum', '1500', 'nördlich']);
    expect(marked(b)).toEqual(['Weltraumbahnhof', '1.000', 'entfernt']);
  });

  it('ignores case, ß/ss, transliterations, inflections, number spellings and stop words', () => {
    const runs = markDifferences('Putin traf Kim Jong-un am Mittwoch in Wostotschny und sprach über 1000 Themen.', [
      'Am Mittwoch traf Putin den Machthaber Kim Jong Un in Vostochny, sie sprachen von 1.000 Themen.',
    ]);
    expect(marked(runs)).toEqual([]);
  });

  it('ignores the soft hyphens a news site puts into long words', () => {
    const [a, b] = diffBoth(
      'Kim reiste aus dem abge\u00ADschotteten kommu\u00ADnistischen Nord\u00ADkorea an.',
      'Kim reiste aus dem abgeschotteten kommunistischen Nordkorea an.',
    );
    expect([marked(a), marked(b)]).toEqual([[], []]);
  });

  it('never treats a negation as a stop word', () => {
    expect(marked(markDifferences('Russland wird nicht liefern.', ['Russland wird liefern.']))).toEqual(['nicht']);
  });

  it('gives the text back whole', () => {
    const text = 'Kim, der „strategische“ Partner – 71-Jährige (AFP).';
    expect(
      markDifferences(text, ['ganz anders'])
        .map((r) => r.text)
        .join(''),
    ).toBe(text);
  });
});

describe('markEachDifferences', () => {
  const words = [
    'Putin',
    'Kim',
    'traf',
    'trafen',
    'am',
    'Mittwoch',
    '1.000',
    '1000',
    'nicht',
    'Raketen',
    'Jong-un',
    'in',
  ];
  const wording = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 }).map((w) => `${w.join(' ')}.`);

  it('marks each wording as markDifferences does against all the others', () => {
    fc.assert(
      fc.property(fc.array(wording, { minLength: 1, maxLength: 6 }), (texts) => {
        const each = markEachDifferences(texts);
        texts.forEach((text, i) => {
          expect(each[i]).toEqual(
            markDifferences(
              text,
              texts.filter((_, j) => j !== i),
            ),
          );
        });
      }),
    );
  });

  it('marks a word that only a repeated wording has: a copy is another wording', () => {
    const text = 'Putin traf Kim.';
    expect(markEachDifferences([text, text, 'Putin kam.']).map((runs) => runs.filter((r) => r.differs).length)).toEqual(
      [0, 0, 1],
    );
  });
});
