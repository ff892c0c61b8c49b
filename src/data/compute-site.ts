/**
 * The costly part of a build, as plain TypeScript without Astro: segment every article, find the
 * claims, render every article's text with its marks. `src/data/site-worker.ts` runs it in a
 * process of its own (see `src/data/computed-site.ts` for why); the pages only read its result.
 */
import { readFileSync } from 'node:fs';
import { engineArticle } from '../lib/claims/article-input.ts';
import { analyseCorpus } from '../lib/claims/engine.ts';
import { parseEditorial } from '../lib/claims/editorial.ts';
import type { ClaimsResult } from '../lib/claims/types.ts';
import { claimViews, marksForArticle, withComparableUnique } from '../lib/claims/view.ts';
import { articleDigest, markdownBody } from '../lib/content/frontmatter.ts';
import { segmentArticle } from '../lib/text/units.ts';
import { countWords } from '../lib/text/words.ts';
import { COLUMN_CHARACTERS_UP_TO } from '../lib/claims/page-limits.ts';
import { renderArticleViews, type ComparisonCut } from '../plugins/article-processor.ts';

/** What the computation reads: the checked entries of the content collection, and where things are. */
export interface SiteInput {
  /** The site's base path (`/`, or `/synopse/`), for the claim links inside the marks. */
  base: string;
  /** The articles, as the content loader checked them. */
  articles: {
    id: string;
    /** Absolute path of the Markdown file. */
    file: string;
    /** The path shown in messages (relative to the project). */
    filePath: string;
    /** Digest the loader stored after checking the file (`articleDigest`). */
    digest: string;
    /** The checked frontmatter fields the engine reads (headline, kicker, lead, event). */
    fields: {
      title: string;
      titleSource: string;
      kicker?: string | undefined;
      lead?: string | undefined;
      event: string;
    };
  }[];
  /** The editorial file, when there is one: absolute path and the name messages show. */
  editorial?: { file: string; name: string } | undefined;
}

/** One article as the pages need it. */
export interface ComputedArticle {
  id: string;
  /** Words in lead and body. */
  wordCount: number;
  /** The first sentence of the body's first paragraph: the page description when there is no lead. */
  firstSentence: string | undefined;
  leadHtml: string | undefined;
  bodyHtml: string;
  /**
   * Lead and body for a page that shows several articles, ids prefixed with `slug--`; the body
   * only up to `COLUMN_CHARACTERS_UP_TO` characters.
   */
  comparisonHtml: string;
  /** Where the comparison's body stops, when the article is longer than a column holds. */
  comparisonCut?: ComparisonCut | undefined;
}

/** Everything `computeSite` finds. */
export interface ComputedSite {
  result: ClaimsResult;
  articles: ComputedArticle[];
}

/**
 * Computes claims and rendered text for `input`. `betweenSteps` is called after each step that
 * leaves much garbage behind (the worker collects it there, see `src/data/site-worker.ts`).
 * Throws, naming the file, when an article changed after the loader checked it, and with the
 * editorial file's message when one of its entries no longer fits the articles.
 */
export function computeSite(input: SiteInput, betweenSteps: () => void = () => {}): ComputedSite {
  const articles = input.articles.map((entry) => {
    const contents = readFileSync(entry.file, 'utf8');
    // A file edited after its checks is never rendered unchecked.
    if (articleDigest(contents) !== entry.digest) {
      throw new Error(`${entry.filePath}: changed while the site was being built (after its checks); build again`);
    }
    const article = engineArticle(entry.id, markdownBody(contents), entry.fields);
    return { ...article, units: segmentArticle(article) };
  });
  betweenSteps();
  const editorial = input.editorial && {
    data: parseEditorial(readFileSync(input.editorial.file, 'utf8'), input.editorial.name),
    file: input.editorial.name,
  };
  const result = analyseCorpus(articles, editorial ? { editorial } : {});
  betweenSteps();
  const claims = claimViews(result);
  // Pages call no sentence "nur hier" in an event of one article (claims.json keeps them).
  const shown = withComparableUnique(result, result.articles);
  const claimHref = (id: string) => `${input.base}behauptungen/${id}/`;
  const computed = articles.map((article): ComputedArticle => {
    const marks = marksForArticle(result, claims, article.id);
    const uniqueAnchors = new Set((shown.unique[article.id] ?? []).map((p) => p.anchor));
    const options = { units: article.units, marks, claimHref, uniqueAnchors, comparisonPrefix: `${article.id}--` };
    const lead = article.lead ? renderArticleViews(article.lead, { ...options, field: 'lead' }) : undefined;
    const body = renderArticleViews(article.body, { ...options, comparisonCharacters: COLUMN_CHARACTERS_UP_TO });
    const bodyUnits = article.units.filter((unit) => unit.field === 'body');
    return {
      id: article.id,
      wordCount: countWords(article.lead ?? '') + bodyUnits.reduce((n, unit) => n + countWords(unit.text), 0),
      firstSentence: bodyUnits.find((unit) => unit.kind === 'paragraph')?.text,
      leadHtml: lead?.html,
      bodyHtml: body.html,
      comparisonHtml: (lead?.comparisonHtml ?? '') + body.comparisonHtml,
      comparisonCut: body.comparisonCut,
    };
  });
  return { result, articles: computed };
}
