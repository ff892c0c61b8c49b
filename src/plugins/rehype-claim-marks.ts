import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { markKind, type ClaimView, type Mark } from '../lib/view/view.ts';
import { countNoun, joinList } from '../lib/text/german.ts';
import { wrapSourceRanges } from './wrap-source-ranges.ts';

/** Options for {@link rehypeClaimMarks}. */
export interface ClaimMarkOptions {
  /** The article's marks for the field being rendered. */
  marks: readonly Mark[];
  /** URL of a claim's page. */
  claimHref: (id: string) => string;
}

/**
 * Marks every sentence that states a shared claim. The mark is a link to the claim's page (so
 * it works without JavaScript). Its class `claim-mark--<kind>` gives colour and underline style
 * the same meaning (wortgleich, sinngleich, widerspruch), so the kind survives greyscale; the
 * claim's number is text in the badge. The text itself is only wrapped, never changed.
 */
export default function rehypeClaimMarks(options: ClaimMarkOptions) {
  return (tree: Root, file: VFile): void => {
    // A sentence across inline markup is wrapped piece by piece, in text order: the badge goes
    // on its last piece, so the number follows the sentence instead of interrupting it.
    const lastPiece = new Map<Mark, Element>();
    wrapSourceRanges(tree, String(file.value), options.marks, (mark) => {
      const [primary] = mark.claims as [ClaimView];
      const piece = h('a', {
        className: [
          'claim-mark',
          `claim-mark--${markKind(mark)}`,
          ...(mark.strength ? [`claim-mark--${mark.strength}`] : []),
        ],
        href: options.claimHref(primary.id),
        dataClaim: mark.claims.map((c) => c.id).join(' '),
      });
      lastPiece.set(mark, piece);
      return piece;
    });
    for (const [mark, piece] of lastPiece) piece.children.push(badge(mark));
    unnestLinks(tree);
  };
}

const isMark = (element: Element): boolean =>
  Array.isArray(element.properties.className) && element.properties.className.includes('claim-mark');

/**
 * A piece of a mark inside a link of the text itself becomes a `span` with the same classes:
 * a link inside a link is invalid HTML, and browsers break it apart. The sentence's other
 * pieces still link to the claim.
 */
function unnestLinks(tree: Root): void {
  visit(tree, 'element', (link) => {
    if (link.tagName !== 'a' || isMark(link)) return;
    visit(link, 'element', (inner) => {
      if (inner === link || inner.tagName !== 'a' || !isMark(inner)) return;
      inner.tagName = 'span';
      delete inner.properties.href;
    });
    return SKIP;
  });
}

/**
 * The claim numbers, shown, and for screen readers what they mean, each claim with its own
 * count: ` (Aussage 2 in 4 Artikeln und Aussage 5 in 2 Artikeln, anders formuliert, Widerspruch)`.
 */
function badge(mark: Mark): Element {
  const numbers = mark.claims.map((c) => c.number);
  const which = joinList(
    mark.claims.map((c) => `Aussage ${c.number} in ${countNoun(c.articles.length, 'Artikel', 'Artikeln')}`),
  );
  const kinds = joinList([...new Set(mark.claims.map((c) => BADGE_KIND[c.kind]))]);
  const description = ` (${which}, ${kinds}${mark.contradicted ? ', Widerspruch' : ''})`;
  return h('span', { className: ['claim-badge'], dataPagefindIgnore: '' }, [
    h('span', { ariaHidden: 'true' }, numbers.join(',')),
    h('span', { className: ['visually-hidden'] }, description),
  ]);
}

/** A claim's kind as a screen reader hears it. */
const BADGE_KIND = { sinngleich: 'anders formuliert', wortgleich: 'gleicher Wortlaut' } as const;
