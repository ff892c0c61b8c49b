import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
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

/**
 * Gives every block an `id` (`absatz-3`) and wraps every sentence in
 * `<span class="satz" id="satz-12">`, so a link can point at one sentence.
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
    wrapSourceRanges(tree, source, units, (unit, first) => {
      const className = unique.has(unit.anchor) ? ['satz', 'nur-hier'] : ['satz'];
      const span = h('span', { id: first ? prefix + unit.anchor : undefined, className, dataSatz: unit.anchor });
      if (first) anchored.add(span);
      return span;
    });
  };
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
 * Prefixes the ids this plugin gave (blocks and sentences) in a rendered tree, for a page that
 * shows several articles: the same render serves the article page and, prefixed, the comparison.
 */
export function prefixSentenceIds(tree: Root, prefix: string): void {
  visit(tree, 'element', (element) => {
    if (anchored.has(element) && typeof element.properties.id === 'string') {
      element.properties.id = prefix + element.properties.id;
    }
  });
}
