import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import type { Root } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { toText } from 'hast-util-to-text';
import { CONTINUE, EXIT, visit } from 'unist-util-visit';
import { countWords } from '../lib/text/words.ts';
import type { SentenceUnit } from '../lib/text/units.ts';
import rehypeSentenceAnchors, { prefixSentenceIds } from './rehype-sentence-anchors.ts';
import rehypeClaimMarks from './rehype-claim-marks.ts';
import type { Mark } from '../lib/view/view.ts';

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
  /**
   * Where the comparison stops, when the field is longer than `comparisonCharacters`: the anchor
   * of the first sentence left out (as on the article page) and the words from there on.
   */
  comparisonCut?: ComparisonCut | undefined;
}

/** The part of a long article its comparison column leaves to the article page. */
export interface ComparisonCut {
  /** Anchor of the first sentence not in the column (`satz-812`). */
  anchor: string;
  /** Words from there to the end. */
  words: number;
}

/**
 * Renders a field once and writes it out twice: as it stands on the article page, and with ids
 * prefixed (`slug--satz-3`) for the comparison, where several articles share one page. Parsing
 * and marking, the costly part, run once.
 */
export function renderArticleViews(
  markdown: string,
  options: Omit<ArticleRenderOptions, 'idPrefix'> & {
    comparisonPrefix: string;
    /** The comparison holds whole blocks up to about this many characters of text (default: all). */
    comparisonCharacters?: number | undefined;
    /** `markdown` already parsed (`fromMarkdownBody`, as segmentation read it): not parsed again. */
    parsed?: MdastRoot | undefined;
  },
): ArticleViews {
  const processor = articleProcessor(options);
  const tree = processor.runSync(options.parsed ?? processor.parse(markdown), markdown);
  const html = processor.stringify(tree);
  const cut = options.comparisonCharacters === undefined ? undefined : cutAfter(tree, options.comparisonCharacters);
  prefixSentenceIds(tree, options.comparisonPrefix);
  return { html, comparisonHtml: processor.stringify(tree), comparisonCut: cut };
}

/**
 * Removes the blocks of `tree` after the first `characters` characters of text (the first block
 * always stays) and says where the text went on; undefined when it all fits.
 */
function cutAfter(tree: Root, characters: number): ComparisonCut | undefined {
  let length = 0;
  const end = tree.children.findIndex((child, index) => {
    length += toText(child).length;
    return index > 0 && length > characters;
  });
  if (end < 0) return undefined;
  const omitted = tree.children.splice(end);
  let anchor: string | undefined;
  for (const node of omitted) {
    visit(node, 'element', (element) => {
      if (typeof element.properties.dataSatz !== 'string') return CONTINUE;
      anchor = element.properties.dataSatz;
      return EXIT;
    });
    if (anchor) break;
  }
  if (!anchor) {
    // Only sentence-less blocks (an empty list item) were left out: nothing to point at.
    tree.children.push(...omitted);
    return undefined;
  }
  return { anchor, words: omitted.reduce((n, node) => n + countWords(toText(node)), 0) };
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
