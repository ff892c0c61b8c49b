import { engineArticle } from '../../src/lib/claims/article-input.ts';
import { segmentArticle, type SentenceUnit } from '../../src/lib/text/units.ts';
import type { ArticleFile } from './articles.ts';

/** The sentences of an article file as the site numbers them (lead first, then the body). */
export function sentencesOf(article: ArticleFile): SentenceUnit[] {
  return segmentArticle(engineArticle(article.slug, article.body, article.frontmatter));
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every sentence of the article that contains the quoted words (runs of white space count as one space). */
export function sentencesQuoting(article: ArticleFile, quote: string): SentenceUnit[] {
  const wanted = squash(quote);
  if (wanted === '') return [];
  return sentencesOf(article).filter((unit) => squash(unit.text).includes(wanted));
}

/**
 * The one sentence of the article that contains the quoted words. Throws, naming article and
 * quote, when no sentence or more than one does.
 */
export function sentenceQuoting(article: ArticleFile, quote: string): SentenceUnit {
  const found = sentencesQuoting(article, quote);
  if (found.length !== 1) throw new Error(quoteProblem(article.slug, quote, found));
  return found[0]!;
}

/** Why a quote does not pick out exactly one sentence, or '' when it does. */
export function quoteProblem(slug: string, quote: string, found: SentenceUnit[]): string {
  if (found.length === 1) return '';
  if (found.length === 0) return `"${quote}" occurs in no sentence of ${slug}`;
  return `"${quote}" occurs in ${found.length} sentences of ${slug} (${found.map((u) => u.anchor).join(', ')}); quote more words`;
}
