import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIMS_FORMAT_VERSION, type ClaimsResult } from '../../src/lib/claims/types.ts';
import { readArticleFiles } from '../support/articles.ts';
import { DIST } from '../support/paths.ts';
import { sentencesOf } from '../support/sentences.ts';

const result = JSON.parse(readFileSync(join(DIST, 'claims.json'), 'utf8')) as ClaimsResult;
const articles = new Map(readArticleFiles().map((a) => [a.slug, a]));
const eventOf = (slug: string) => String(articles.get(slug)!.frontmatter.event);

describe('dist/claims.json', () => {
  it('is versioned and lists every article with its event', () => {
    expect(result.version).toBe(CLAIMS_FORMAT_VERSION);
    // Every article of the site declares its event: nothing is left to group into stories.
    expect(result.stories).toEqual([]);
    expect(result.articles.map((a) => a.id).sort()).toEqual([...articles.keys()].sort());
    expect(result.articles.map((a) => [a.id, a.event])).toEqual(result.articles.map((a) => [a.id, eventOf(a.id)]));
    const events = [...new Set([...articles.keys()].map(eventOf))].sort();
    expect(result.events.map((e) => e.id).sort()).toEqual(events);
  });

  it('has passages whose offsets point at the article text', () => {
    expect(result.claims.length).toBeGreaterThan(10);
    for (const claim of result.claims) {
      expect(claim.articles.length).toBeGreaterThanOrEqual(2);
      for (const p of claim.passages) {
        const article = articles.get(p.article)!;
        const field = p.field === 'body' ? article.body : String(article.frontmatter[p.field]);
        expect(field.slice(p.start, p.end)).toBe(p.text);
        expect(p.anchor).toMatch(/^(?:(?:satz|vorspann)-\d+|titel|dachzeile)$/);
      }
    }
  });

  it('applies the editorial file and says so', () => {
    const named = result.claims.find((c) => c.label === 'Wie weit Wostotschny von Wladiwostok entfernt liegt');
    expect(named?.labelOrigin).toBe('redaktionell');
    expect(result.claims.some((c) => c.labelOrigin === 'maschinell')).toBe(true);
  });

  it('names every claim by one of its sentences, whole, or by the editor’s name', () => {
    const editorial = new Set(
      [...readFileSync('content/claims.yaml', 'utf8').matchAll(/^\s+label: (.+)$/gm)].map((m) => m[1]!.trim()),
    );
    // Letters and digits only: the label is the sentence as read, the passage its Markdown source.
    const letters = (text: string) =>
      text
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/[^\p{L}\p{N}]/gu, '')
        .toLowerCase();
    const headline = (p: { field: string }) => p.field === 'title' || p.field === 'kicker';
    for (const claim of result.claims) {
      expect(claim.label, claim.id).not.toMatch(/…|\.\.\.$/);
      if (claim.labelOrigin === 'redaktionell') {
        expect(editorial, claim.id).toContain(claim.label);
        continue;
      }
      const named = claim.passages.filter((p) => letters(p.text) === letters(claim.label));
      expect(named.length, `${claim.id}: "${claim.label}" is none of its passages`).toBeGreaterThan(0);
      if (claim.passages.some((p) => !headline(p))) {
        expect(
          named.some((p) => !headline(p)),
          `${claim.id}: a headline names a claim with a body sentence`,
        ).toBe(true);
      }
    }
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

  it('links only articles of one event; an article alone in its event shares nothing', () => {
    for (const claim of result.claims) expect(new Set(claim.articles.map(eventOf)).size, claim.id).toBe(1);
    const alone = [...articles.keys()].filter(
      (slug) => [...articles.keys()].filter((other) => eventOf(other) === eventOf(slug)).length === 1,
    );
    for (const slug of alone) {
      expect(result.claims.filter((c) => c.articles.includes(slug))).toEqual([]);
      // Every sentence of it is its own (subheads are never claims, so never unique either).
      const sentences = sentencesOf(articles.get(slug)!).filter((s) => s.kind !== 'heading');
      expect(result.unique[slug]!.map((p) => p.anchor)).toEqual(sentences.map((s) => s.anchor));
    }
  });
});
