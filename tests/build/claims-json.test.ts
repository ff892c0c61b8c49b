import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClaimsResult } from '../../src/lib/claims/types.ts';
import { readArticleFiles } from '../support/articles.ts';
import { DIST } from '../support/paths.ts';

const result = JSON.parse(readFileSync(join(DIST, 'claims.json'), 'utf8')) as ClaimsResult;
const articles = new Map(readArticleFiles().map((a) => [a.slug, a]));

describe('dist/claims.json', () => {
  it('is versioned and lists every article with its event', () => {
    expect(result.version).toBe(2);
    expect(result.articles.map((a) => a.id).sort()).toEqual([...articles.keys()].sort());
    expect(new Set(result.articles.map((a) => a.event)).size).toBe(2);
  });

  it('has passages whose offsets point at the article text', () => {
    expect(result.claims.length).toBeGreaterThan(10);
    for (const claim of result.claims) {
      expect(claim.articles.length).toBeGreaterThanOrEqual(2);
      for (const p of claim.passages) {
        const article = articles.get(p.article)!;
        const field = p.field === 'lead' ? String(article.frontmatter.lead) : article.body;
        expect(field.slice(p.start, p.end)).toBe(p.text);
        expect(p.anchor).toMatch(/^(satz|vorspann)-\d+$/);
      }
    }
  });

  it('applies the editorial file and says so', () => {
    const named = result.claims.find((c) => c.label === 'Wie weit Wostotschny von Wladiwostok entfernt liegt');
    expect(named?.labelOrigin).toBe('redaktionell');
    expect(result.claims.some((c) => c.labelOrigin === 'maschinell')).toBe(true);
  });

  it('shows the contradiction about the distance to Wladiwostok', () => {
    const phrases = result.contradictions.map((c) =>
      c.passages
        .map((p) => p.phrase)
        .sort()
        .join(' / '),
    );
    expect(phrases).toContain('etwa 1.000 Kilometer / mehr als 1500 Kilometer');
  });

  it('gives no claims to the article about another event', () => {
    const other = result.articles.find((a) => a.event === 'staatsbesuch-pjoengjang-2024')!;
    expect(result.claims.filter((c) => c.articles.includes(other.id))).toEqual([]);
    expect(result.unique[other.id]!.length).toBeGreaterThan(10);
  });
});
