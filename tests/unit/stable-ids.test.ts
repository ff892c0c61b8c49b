import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/lib/claims/engine.ts';
import type { Claim } from '../../src/lib/claims/types.ts';
import { projectArticles } from '../support/gold.ts';
import { sixthArticle, SIXTH_SLUG } from '../support/sixth-article.ts';

const passagesOf = (claim: Claim) => claim.passages.map((p) => `${p.article}#${p.anchor}`).join(' ');

describe('claim ids', () => {
  const before = analyseCorpus(projectArticles());
  const after = analyseCorpus([...projectArticles(), sixthArticle()]);

  it('the sixth article joins some claims (so the comparison below means something)', () => {
    expect(after.claims.filter((c) => c.articles.includes(SIXTH_SLUG)).length).toBeGreaterThan(0);
  });

  it('stay the same for every claim whose passages did not change when an article is added', () => {
    const afterByPassages = new Map(after.claims.map((c) => [passagesOf(c), c.id]));
    const unchanged = before.claims.filter((c) => afterByPassages.has(passagesOf(c)));
    expect(unchanged.length).toBeGreaterThan(0);
    for (const claim of unchanged) expect(afterByPassages.get(passagesOf(claim)), claim.label).toBe(claim.id);
  });

  it('stay the same when the article is removed again', () => {
    const removed = analyseCorpus(projectArticles());
    expect(removed.claims.map((c) => c.id)).toEqual(before.claims.map((c) => c.id));
  });
});
