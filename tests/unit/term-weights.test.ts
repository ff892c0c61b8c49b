import { describe, expect, it } from 'vitest';
import { CorpusTermWeights, RARITY_SCALE, TermWeights } from '../../src/lib/claims/term-weights.ts';
import { gramCounts, profileSentence } from '../../src/lib/claims/sentence-profile.ts';

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
    expect(corpus.grams.documentFrequency(gram!)).toBeLessThanOrEqual(2);
    expect(corpus.gram(gram!)).toBeGreaterThan(0);
  });
});
