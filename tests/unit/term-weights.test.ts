import { describe, expect, it } from 'vitest';
import { CorpusTermWeights, RARITY_SCALE, TermWeights } from '../../src/lib/claims/term-weights.ts';
import { characterGrams, gramCounts, internedGrams, profileSentence } from '../../src/lib/claims/sentence-profile.ts';

describe('rarity weights', () => {
  it('weigh a rare term more than a common one', () => {
    const weights = new TermWeights();
    weights.addSentence(['putin', 'satellit']);
    weights.addSentence(['putin', 'kim']);
    weights.addSentence(['putin']);
    expect(weights.documentFrequency('putin')).toBe(3);
    expect(weights.weight('satellit')).toBeGreaterThan(weights.weight('putin'));
    expect(weights.weight('satellit')).toBeCloseTo(Math.log(1 + RARITY_SCALE), 10);
  });

  it('do not move when sentences that do not use a term are added', () => {
    const weights = new TermWeights();
    weights.addSentence(['satellit', 'bau']);
    const before = weights.weight('satellit');
    for (let i = 0; i < 1000; i++) weights.addSentence([`fussball-${i}`]);
    expect(weights.weight('satellit')).toBe(before);
  });

  it('count stems and character grams of a corpus apart, each sentence once', () => {
    const corpus = new CorpusTermWeights();
    const profile = profileSentence('Satelliten, Satelliten und noch einmal Satelliten.');
    corpus.addSentence(profile);
    corpus.addSentence(profileSentence('Der Bau von Satelliten.'));
    const [stem] = profile.stems.filter((s) => s.startsWith('satellit'));
    expect(corpus.stems.documentFrequency(stem!)).toBe(2);
    const [gram] = gramCounts(profile).keys();
    // "_sa" of "Satelliten": three times in the first sentence, once in the second.
    expect(corpus.grams.documentFrequency(gram!)).toBe(2);
    expect(corpus.gram(gram!)).toBeGreaterThan(0);
  });
});

describe('interned character grams', () => {
  it('give each distinct gram one id, in the order of characterGrams, in any script and size', () => {
    const idOf = new Map<string, number>();
    for (const word of ['satelliten', 'satellit', 'путин', 'nowosti-путин', 'über', 'ab']) {
      for (const [min, max] of [
        [3, 5],
        [3, 3],
        [4, 6],
      ] as const) {
        const grams = characterGrams(word, min, max);
        const ids = internedGrams(word, min, max);
        expect(ids.length, `${word} ${min}-${max}`).toBe(grams.length);
        grams.forEach((gram, i) => {
          if (!idOf.has(gram)) idOf.set(gram, ids[i]!);
          expect(ids[i], `${word}: ${gram}`).toBe(idOf.get(gram));
        });
      }
    }
    expect(new Set(idOf.values()).size).toBe(idOf.size);
  });
});
