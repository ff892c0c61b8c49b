import { describe, expect, it } from 'vitest';
import { diffBoth, markDifferences } from '../../src/lib/claims/passage-diff.ts';

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
