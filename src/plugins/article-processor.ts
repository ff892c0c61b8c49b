import { unified, type PluggableList } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import type { SentenceUnit } from '../lib/text/units.ts';
import rehypeSentenceAnchors from './rehype-sentence-anchors.ts';

/** What the renderer needs besides the Markdown. */
export interface ArticleRenderOptions {
  /** Sentence units of this article (from `segmentArticle`). */
  units: readonly SentenceUnit[];
  /** Further rehype plugins that run after the sentence anchors (claim marks, for example). */
  rehypePlugins?: PluggableList;
}

/**
 * Renders an article body to HTML with sentence anchors.
 *
 * Raw HTML in the Markdown is never passed through (no `allowDangerousHtml`, no rehype-raw):
 * the content loader already refuses it, and this is the second lock on the same door.
 */
export function renderArticleBody(markdown: string, options: ArticleRenderOptions): string {
  const processor = unified()
    .use(remarkParse)
    .use(remarkRehype)
    .use(rehypeSentenceAnchors, { units: options.units })
    .use(options.rehypePlugins ?? [])
    .use(rehypeStringify);
  return String(processor.processSync(markdown));
}
