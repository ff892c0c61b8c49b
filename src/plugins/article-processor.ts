import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import type { SentenceUnit } from '../lib/text/units.ts';
import rehypeSentenceAnchors from './rehype-sentence-anchors.ts';
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
  const field = options.field ?? 'body';
  const processor = unified()
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
  return String(processor.processSync(markdown));
}
