import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import type { VFile } from 'vfile';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import type { SentenceUnit } from '../lib/text/units.ts';
import { wrapSourceRanges } from './wrap-source-ranges.ts';

/** Options for {@link rehypeSentenceAnchors}. */
export interface SentenceAnchorOptions {
  /** The sentence units of the field being rendered, from `segmentArticle`. */
  units: readonly SentenceUnit[];
  /** Anchors of sentences only this article reports: they get the class `nur-hier`. */
  uniqueAnchors?: ReadonlySet<string> | undefined;
  /** Prefix for every id, where several articles share one page (`slug--`). */
  idPrefix?: string | undefined;
}

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);

/** Elements whose id this plugin gave, so prefixSentenceIds touches no other id. */
const anchored = new WeakSet<Element>();
/** The sentence links this plugin made, whose `href` follows their sentence's id. */
const linked = new WeakSet<Element>();

/**
 * Gives every block an `id` (`absatz-3`) and wraps every sentence in
 * `<span class="satz" id="satz-12">`, so a link can point at one sentence.
 *
 * Each sentence starts with a link to itself, `<a class="satz-link" href="#satz-12"
 * aria-label="Link zu Satz 12">`, as rehype-autolink-headings and Starlight give a heading one:
 * a plain link, so without JavaScript the address bar then holds the sentence's address. It has
 * no text (CSS draws its mark), so the sentence's text, a copy of it and the search index stay as
 * they were. The sentence's element gets `tabindex="-1"`: a tap on it focuses it, which shows the
 * link on a touch screen, where nothing hovers.
 */
export default function rehypeSentenceAnchors(options: SentenceAnchorOptions) {
  // Sorted by where they start, so a block finds its first sentence by binary search (a scan of
  // all units per block made long articles quadratic).
  const units = [...options.units].sort((a, b) => a.start - b.start);
  const unique = options.uniqueAnchors ?? new Set<string>();
  const prefix = options.idPrefix ?? '';
  return (tree: Root, file: VFile): void => {
    const source = String(file.value);
    visit(tree, 'element', (element) => {
      if (!BLOCKS.has(element.tagName) || !element.position) return;
      const start = element.position.start.offset ?? -1;
      const end = element.position.end.offset ?? -1;
      const unit = units[firstStartingAt(units, start)];
      if (unit && unit.start >= end) return;
      if (unit && element.properties.id === undefined) {
        element.properties.id = prefix + unit.block;
        anchored.add(element);
      }
    });
    const firstPieces = new Map<Element, string>();
    wrapSourceRanges(tree, source, units, (unit, first) => {
      const className = unique.has(unit.anchor) ? ['satz', 'nur-hier'] : ['satz'];
      const span = h('span', { id: first ? prefix + unit.anchor : undefined, className, dataSatz: unit.anchor });
      if (first) {
        anchored.add(span);
        firstPieces.set(span, unit.anchor);
      }
      return span;
    });
    addSentenceLinks(tree, firstPieces, prefix);
  };
}

/**
 * Puts the link to each sentence first in its element; before a link of the text that holds the
 * sentence's start, since links do not nest.
 */
function addSentenceLinks(tree: Root, firstPieces: ReadonlyMap<Element, string>, prefix: string): void {
  const outside: { parent: Element | Root; before: Element; link: Element }[] = [];
  visit(tree, 'element', (element, _, parent) => {
    if (!parent) return CONTINUE;
    if (element.tagName === 'a') {
      visit(element, 'element', (inner) => {
        const anchor = firstPieces.get(inner);
        if (anchor !== undefined) outside.push({ parent, before: element, link: sentenceLink(inner, anchor, prefix) });
      });
      return SKIP;
    }
    const anchor = firstPieces.get(element);
    if (anchor !== undefined) element.children.unshift(sentenceLink(element, anchor, prefix));
    return CONTINUE;
  });
  for (const { parent, before, link } of outside) {
    const children = parent.children as ElementContent[];
    children.splice(children.indexOf(before), 0, link);
  }
}

function sentenceLink(sentence: Element, anchor: string, prefix: string): Element {
  sentence.properties.tabIndex = -1;
  const link = h('a', {
    className: ['satz-link'],
    href: `#${prefix}${anchor}`,
    ariaLabel: `Link zu ${sentenceName(anchor)}`,
  });
  linked.add(link);
  return link;
}

/** How the link names its sentence: `satz-12` → „Satz 12“, `vorspann-2` → „Satz 2 des Vorspanns“. */
export function sentenceName(anchor: string): string {
  const [, kind, number] = /^(satz|vorspann)-(\d+)$/.exec(anchor) ?? [];
  if (kind === 'satz') return `Satz ${number}`;
  if (kind === 'vorspann') return `Satz ${number} des Vorspanns`;
  return anchor;
}

/** Index of the first unit (sorted by start) that starts at or after `offset`. */
function firstStartingAt(units: readonly SentenceUnit[], offset: number): number {
  let low = 0;
  let high = units.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (units[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Prefixes the ids this plugin gave (blocks and sentences), and its links to them, in a rendered tree, for a page that
 * shows several articles: the same render serves the article page and, prefixed, the comparison.
 */
export function prefixSentenceIds(tree: Root, prefix: string): void {
  visit(tree, 'element', (element) => {
    if (anchored.has(element) && typeof element.properties.id === 'string') {
      element.properties.id = prefix + element.properties.id;
    }
    if (linked.has(element) && typeof element.properties.href === 'string') {
      element.properties.href = `#${prefix}${element.properties.href.slice(1)}`;
    }
  });
}
