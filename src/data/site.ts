import type { ClaimsResult } from '../lib/claims/types.ts';
import { claimViews, marksForArticle, type ClaimView } from '../lib/claims/view.ts';
import { renderArticleViews } from '../plugins/article-processor.ts';
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
    const options = { units: article.units, marks, claimHref, uniqueAnchors, comparisonPrefix: `${article.id}--` };
    const lead = article.data.lead ? renderArticleViews(article.data.lead, { ...options, field: 'lead' }) : undefined;
    const body = renderArticleViews(article.body, options);
    return {
      ...article,
      otherEvent: article.event.id !== mainEvent,
      leadHtml: lead?.html,
      bodyHtml: body.html,
      comparisonHtml: (lead?.comparisonHtml ?? '') + body.comparisonHtml,
      sharedSentences: marks.length,
    };
  });
  return { articles: rendered, claims, result, articleById: new Map(rendered.map((a) => [a.id, a])) };
}
