import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { mapValueToSource } from '../lib/text/source-map.ts';

/** A range of the Markdown source to wrap, `[start, end)`. */
export interface SourceRange {
  start: number;
  end: number;
}

/**
 * Wraps every piece of text that falls inside one of `ranges` in an element made by `wrap`.
 *
 * Works on text nodes with source positions (as remark-rehype leaves them), so the text itself
 * is never rewritten: it is only split at range boundaries. A range that spans several text
 * nodes (across inline markup) gets one wrapper per piece; `first` tells the factory which piece
 * opens the range (ids belong there). Children the factory gives the wrapper follow the text.
 * The pieces keep positions, so another pass can wrap again.
 * Ranges must not overlap each other.
 */
export function wrapSourceRanges<R extends SourceRange>(
  tree: Root,
  source: string,
  ranges: readonly R[],
  wrap: (range: R, first: boolean) => Element,
): void {
  if (ranges.length === 0) return;
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const opened = new Set<R>();
  visit(tree, 'text', (node, index, parent) => {
    if (node.position?.start.offset === undefined || !parent || index === undefined) return;
    const pieces = splitText(node, source, sorted, opened, wrap);
    (parent.children as ElementContent[]).splice(index, 1, ...pieces);
    // The pieces (and the wrappers around them) are done: go on after them.
    return [SKIP, index + pieces.length];
  });
}

function splitText<R extends SourceRange>(
  node: Text,
  source: string,
  ranges: readonly R[],
  opened: Set<R>,
  wrap: (range: R, first: boolean) => Element,
): ElementContent[] {
  const start = node.position!.start.offset!;
  const end = node.position!.end.offset!;
  const offsets = mapValueToSource(node.value, source.slice(start, end), start);
  const out: ElementContent[] = [];
  let cursor = 0;
  const emit = (from: number, to: number, range?: R): void => {
    if (to <= from) return;
    const piece: Text = {
      type: 'text',
      value: node.value.slice(from, to),
      position: {
        start: { line: 0, column: 0, offset: offsets[from]! },
        end: { line: 0, column: 0, offset: offsets[to - 1]! + 1 },
      },
    };
    if (!range) {
      out.push(piece);
      return;
    }
    const element = wrap(range, !opened.has(range));
    opened.add(range);
    element.children = [piece, ...element.children];
    out.push(element);
  };
  // Ranges are sorted and do not overlap, so their ends are sorted too: start at the first range
  // that ends after this node and stop at the first that starts after it. A scan over all ranges
  // per text node made long articles quadratic (38,000 sentences: seconds per render).
  for (let r = firstEndingAfter(ranges, start); r < ranges.length && ranges[r]!.start < end; r++) {
    const range = ranges[r]!;
    if (range.end <= start) continue;
    const from = Math.max(cursor, indexAtOrAfter(offsets, range.start));
    const to = indexAtOrAfter(offsets, range.end);
    emit(cursor, from);
    emit(from, to, range);
    cursor = Math.max(cursor, to);
  }
  emit(cursor, node.value.length);
  return out;
}

/** Index of the first of `ranges` (sorted, not overlapping) that ends after `offset`. */
export function firstEndingAfter(ranges: readonly SourceRange[], offset: number): number {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (ranges[middle]!.end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The first index in the value whose source offset is at or after `offset`. */
function indexAtOrAfter(offsets: number[], offset: number): number {
  const last = offsets.length - 1;
  for (let i = 0; i < last; i++) if (offsets[i]! >= offset) return i;
  return last;
}
