import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import type { SentenceUnit } from '../lib/text/units.ts';
import rehypeSentenceAnchors, { prefixSentenceIds } from './rehype-sentence-anchors.ts';
import rehypeClaimMarks from './rehype-claim-marks.ts';
import type { Mark } from '../lib/claims/view.ts';

/** What the renderer needs besides the Markdown. */
export interface ArticleRenderOptions {
  /** Sentence units of this article (from `segmentArticle`). */
  units: readonly SentenceUnit[];
  /** Which field `markdown` is: its units and marks are the ones used. Default `body`. */
  field?: 'body' | 'lead';
  /** Sentences to mark as shared claims. */
  marks?: readonly Mark[];
  /** URL of a claim page, for marks. */
  claimHref?: (id: string) => string;
  /** Anchors of sentences no other article reports. */
  uniqueAnchors?: ReadonlySet<string>;
  /** Prefix for ids, where several articles share one page. */
  idPrefix?: string;
}

/**
 * Renders an article body to HTML with sentence anchors.
 *
 * Raw HTML in the Markdown is never passed through (no `allowDangerousHtml`, no rehype-raw):
 * the content loader already refuses it, and this is the second lock on the same door.
 */
export function renderArticleBody(markdown: string, options: ArticleRenderOptions): string {
  return String(articleProcessor(options).processSync(markdown));
}

/** One field of an article, rendered once for its own page and once, with prefixed ids, for a page of several. */
export interface ArticleViews {
  html: string;
  comparisonHtml: string;
}

/**
 * Renders a field once and writes it out twice: as it stands on the article page, and with ids
 * prefixed (`slug--satz-3`) for the comparison, where several articles share one page. Parsing
 * and marking, the costly part, run once.
 */
export function renderArticleViews(
  markdown: string,
  options: Omit<ArticleRenderOptions, 'idPrefix'> & { comparisonPrefix: string },
): ArticleViews {
  const processor = articleProcessor(options);
  const tree = processor.runSync(processor.parse(markdown), markdown);
  const html = processor.stringify(tree);
  prefixSentenceIds(tree, options.comparisonPrefix);
  return { html, comparisonHtml: processor.stringify(tree) };
}

function articleProcessor(options: ArticleRenderOptions) {
  const field = options.field ?? 'body';
  return unified()
    .use(remarkParse)
    .use(remarkRehype)
    .use(rehypeSentenceAnchors, {
      units: options.units.filter((unit) => unit.field === field),
      uniqueAnchors: options.uniqueAnchors,
      idPrefix: options.idPrefix,
    })
    .use(rehypeClaimMarks, {
      marks: (options.marks ?? []).filter((mark) => mark.field === field),
      claimHref: options.claimHref ?? ((id: string) => `#${id}`),
    })
    .use(rehypeStringify);
}
