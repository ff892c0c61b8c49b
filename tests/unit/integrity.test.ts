import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkIntegrity, type ArticleParts } from '../../src/lib/content/integrity.ts';
import { readArticleFiles } from '../support/articles.ts';
import { SOURCES } from '../support/paths.ts';

const articles = readArticleFiles();
const seeds = readdirSync(SOURCES).filter((name) => name.endsWith('.txt'));

const partsOf = (frontmatter: Record<string, unknown>, body: string): ArticleParts => ({
  ...(frontmatter as Omit<ArticleParts, 'body'>),
  removed: (frontmatter.removed as { text: string }[] | undefined) ?? [],
  body,
});

describe('content integrity', () => {
  it('has exactly one article per seed file', () => {
    expect(articles.map((a) => a.frontmatter.source).sort()).toEqual(seeds.sort());
  });

  for (const article of articles) {
    it(`${article.slug} holds every line of its seed, word for word`, () => {
      const seed = readFileSync(join(SOURCES, String(article.frontmatter.source)), 'utf8');
      expect(checkIntegrity(seed, partsOf(article.frontmatter, article.body))).toEqual([]);
    });
  }

  it('notices a sentence dropped from the body', () => {
    const article = articles.find((a) => a.body.includes('Kosmodrom'))!;
    const seed = readFileSync(join(SOURCES, String(article.frontmatter.source)), 'utf8');
    const sentence = /[^.\n]*Kosmodrom[^.\n]*\./.exec(article.body)![0];
    const problems = checkIntegrity(seed, partsOf(article.frontmatter, article.body.replace(sentence, '')));
    expect(problems.some((p) => p.kind === 'lost')).toBe(true);
  });

  it('notices debris that is dropped instead of recorded', () => {
    const article = articles.find((a) => (a.frontmatter.removed as unknown[]).length > 0)!;
    const seed = readFileSync(join(SOURCES, String(article.frontmatter.source)), 'utf8');
    const problems = checkIntegrity(seed, { ...partsOf(article.frontmatter, article.body), removed: [] });
    expect(problems.some((p) => p.kind === 'lost')).toBe(true);
  });

  it('notices words that are not in the seed', () => {
    const article = articles[0]!;
    const seed = readFileSync(join(SOURCES, String(article.frontmatter.source)), 'utf8');
    const problems = checkIntegrity(
      seed,
      partsOf(article.frontmatter, `${article.body}\n\nErfunden ist dieser Satz.\n`),
    );
    expect(problems).toContainEqual({ kind: 'invented', text: 'Erfunden ist dieser Satz.' });
  });
});

describe('checkIntegrity on a long page', () => {
  it('checks 20,000 lines in seconds, not minutes (a run was searched for in the whole text)', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `Der Minister sagte am Mittwoch, Absatz ${i} sei gut.`);
    const start = performance.now();
    const problems = checkIntegrity(lines.join('\n'), {
      title: 'Titel',
      titleSource: 'editorial',
      // One paragraph, so that the time measured is the search, not the Markdown parse.
      body: lines.join(' '),
      removed: [],
    });
    expect(problems).toEqual([]);
    expect(performance.now() - start).toBeLessThan(5000);
  });
});
