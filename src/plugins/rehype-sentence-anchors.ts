import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import type { SentenceUnit } from '../lib/text/units.ts';
import { wrapSourceRanges } from './wrap-source-ranges.ts';

/** Options for {@link rehypeSentenceAnchors}. */
export interface SentenceAnchorOptions {
  /** The body's sentence units, from `segmentArticle`. */
  units: readonly SentenceUnit[];
}

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);

/**
 * Gives every block an `id` (`absatz-3`) and wraps every sentence in
 * `<span class="satz" id="satz-12">`, so a link can point at one sentence.
 */
export default function rehypeSentenceAnchors(options: SentenceAnchorOptions) {
  const units = options.units.filter((unit) => unit.field === 'body');
  return (tree: Root, file: VFile): void => {
    const source = String(file.value);
    visit(tree, 'element', (element) => {
      if (!BLOCKS.has(element.tagName) || !element.position) return;
      const start = element.position.start.offset ?? -1;
      const end = element.position.end.offset ?? -1;
      const unit = units.find((u) => u.start >= start && u.start < end);
      if (unit && element.properties.id === undefined) element.properties.id = unit.block;
    });
    wrapSourceRanges(tree, source, units, (unit, first) => ({
      type: 'element',
      tagName: 'span',
      properties: first
        ? { id: unit.anchor, className: ['satz'], dataSatz: unit.anchor }
        : { className: ['satz'], dataSatz: unit.anchor },
      children: [],
    }));
  };
}
