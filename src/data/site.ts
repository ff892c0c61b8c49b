import type { ClaimsResult } from '../lib/claims/types.ts';
import { claimViews, marksForArticle, type ClaimView } from '../lib/claims/view.ts';
import { renderArticleBody } from '../plugins/article-processor.ts';
import { loadClaims } from './claims.ts';
import { loadArticles, mainEventId, type ArticleView } from './corpus.ts';

/** An article with its rendered, marked text. */
export interface RenderedArticle extends ArticleView {
  /** Reports a different event than most articles. */
  otherEvent: boolean;
  leadHtml: string | undefined;
  bodyHtml: string;
  /** Lead and body for a page that shows several articles: ids prefixed with `slug--`. */
  comparisonHtml: string;
  /** Number of its sentences that state a shared claim. */
  sharedSentences: number;
}

/** Everything the pages show, computed once per build. */
export interface Site {
  articles: RenderedArticle[];
  claims: ClaimView[];
  result: ClaimsResult;
  articleById: Map<string, RenderedArticle>;
}

const base = import.meta.env.BASE_URL;

/** URL of an article page, optionally at one sentence. */
export const articleHref = (slug: string, anchor?: string) => `${base}artikel/${slug}/${anchor ? `#${anchor}` : ''}`;
/** URL of a claim page. */
export const claimHref = (id: string) => `${base}behauptungen/${id}/`;

let cached: Promise<Site> | undefined;

/** Articles, claims and rendered text for every page of a build. */
export function loadSite(): Promise<Site> {
  cached ??= compute();
  return cached;
}

async function compute(): Promise<Site> {
  const [articles, result] = await Promise.all([loadArticles(), loadClaims()]);
  const claims = claimViews(result);
  const mainEvent = mainEventId(articles);
  const rendered = articles.map((article): RenderedArticle => {
    const marks = marksForArticle(result, claims, article.id);
    const uniqueAnchors = new Set((result.unique[article.id] ?? []).map((p) => p.anchor));
    const options = { units: article.units, marks, claimHref, uniqueAnchors };
    return {
      ...article,
      otherEvent: article.event.id !== mainEvent,
      leadHtml: article.data.lead ? renderArticleBody(article.data.lead, { ...options, field: 'lead' }) : undefined,
      bodyHtml: renderArticleBody(article.body, options),
      comparisonHtml:
        (article.data.lead
          ? renderArticleBody(article.data.lead, { ...options, field: 'lead', idPrefix: `${article.id}--` })
          : '') + renderArticleBody(article.body, { ...options, idPrefix: `${article.id}--` }),
      sharedSentences: marks.length,
    };
  });
  return { articles: rendered, claims, result, articleById: new Map(rendered.map((a) => [a.id, a])) };
}
