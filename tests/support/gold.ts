import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { GoldSet } from './evaluate.ts';
import { engineArticle } from '../../src/lib/claims/article-input.ts';
import type { EngineArticle } from '../../src/lib/claims/types.ts';
import { readArticleFiles, type ArticleFile } from './articles.ts';
import { ROOT } from './paths.ts';
import { quoteProblem, sentencesQuoting } from './sentences.ts';

/** The labelled set of the project's articles. */
export const GOLD_FILE = join(ROOT, 'tests/fixtures/claims-gold.yaml');

/** A passage as the labelled set writes it: words quoted exactly from one sentence of one article. */
interface GoldQuote {
  article: string;
  quote: string;
}

/**
 * The labelled claims of tests/fixtures/claims-gold.yaml, each quote resolved to the sentence
 * that holds it (`slug#anchor`, what the evaluator compares). Throws, naming every label and
 * quote concerned, when a quote matches no sentence or more than one.
 */
export function readGold(file = GOLD_FILE, articles: ArticleFile[] = readArticleFiles()): GoldSet {
  const raw = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const bySlug = new Map(articles.map((article) => [article.slug, article]));
  const problems: string[] = [];

  const resolve = (where: string, passage: unknown): string => {
    const { article: key, quote } = (passage ?? {}) as Partial<GoldQuote>;
    if (typeof key !== 'string' || typeof quote !== 'string') {
      problems.push(`${where}: expected { article: <key>, quote: '<words>' }, found ${JSON.stringify(passage)}`);
      return '';
    }
    const slug = raw[key];
    if (typeof slug !== 'string') {
      problems.push(`${where}: unknown article key "${key}" for the quote "${quote}"`);
      return '';
    }
    const article = bySlug.get(slug);
    if (!article) {
      problems.push(`${where}: article key "${key}" names ${slug}, which is not in content/articles`);
      return '';
    }
    const found = sentencesQuoting(article, quote);
    if (found.length !== 1) {
      problems.push(`${where}: ${quoteProblem(slug, quote, found)}`);
      return '';
    }
    return `${slug}#${found[0]!.anchor}`;
  };
  const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

  const claims = list(raw.claims).map((entry) => {
    const claim = entry as { label?: unknown; passages?: unknown; also?: unknown };
    const where = `claim "${String(claim.label)}"`;
    return {
      label: String(claim.label),
      passages: list(claim.passages).map((p) => resolve(where, p)),
      also: list(claim.also).map((p) => resolve(`${where} (also)`, p)),
    };
  });
  const negatives = list(raw.negatives).map((entry) => {
    const negative = entry as { pair?: unknown; why?: unknown };
    const where = `negative "${String(negative.why)}"`;
    const pair = list(negative.pair);
    if (pair.length !== 2) problems.push(`${where}: expected a pair of two quotes, found ${pair.length}`);
    return { pair: [resolve(where, pair[0]), resolve(where, pair[1])] as [string, string], why: String(negative.why) };
  });
  if (claims.length === 0) problems.push('no claims');
  if (problems.length > 0) {
    throw new Error(`${file}:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
  }
  return { claims, negatives };
}

/** The project's articles as engine input. */
export function projectArticles(): EngineArticle[] {
  return readArticleFiles().map((file) => engineArticle(file.slug, file.body, file.frontmatter));
}
