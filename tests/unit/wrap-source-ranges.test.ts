import type { ElementContent, Root, Text } from 'hast';
import { h } from 'hastscript';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { wrapSourceRanges, type SourceRange } from '../../src/plugins/wrap-source-ranges.ts';

/** A text node standing at `[start, end)` of the source, as remark-rehype leaves it. */
function text(value: string, start: number, end: number = start + value.length): Text {
  return {
    type: 'text',
    value,
    position: { start: { line: 1, column: start + 1, offset: start }, end: { line: 1, column: end + 1, offset: end } },
  };
}

const html = (tree: Root) => unified().use(rehypeStringify).stringify(tree);

/** Wraps in `<mark>`, naming the range and whether this piece opens it. */
function wrapInMarks(tree: Root, source: string, ranges: (SourceRange & { name: string })[]): void {
  wrapSourceRanges(tree, source, ranges, (range, first) => h('mark', { dataRange: range.name, dataFirst: first }));
}

/** `Putin empfing *Kim*.` as remark-rehype turns it into hast. */
function emphasisTree(): { source: string; tree: Root } {
  const source = 'Putin empfing *Kim*.';
  const children: ElementContent[] = [text('Putin empfing ', 0), h('em', [text('Kim', 15)]), text('.', 19)];
  return { source, tree: { type: 'root', children: [h('p', children)] } };
}

describe('wrapSourceRanges', () => {
  it('gives a range across two text nodes one wrapper per piece, `first` only on the first', () => {
    const { source, tree } = emphasisTree();
    wrapInMarks(tree, source, [{ name: 'a', start: 6, end: 20 }]);
    expect(html(tree)).toBe(
      '<p>Putin <mark data-range="a" data-first>empfing </mark>' +
        '<em><mark data-range="a">Kim</mark></em><mark data-range="a">.</mark></p>',
    );
  });

  it('only splits the text: what a reader sees stays the same', () => {
    const { source, tree } = emphasisTree();
    wrapInMarks(tree, source, [{ name: 'a', start: 6, end: 20 }]);
    expect(html(tree).replace(/<[^>]+>/g, '')).toBe('Putin empfing Kim.');
  });

  it('wraps two ranges in one text node separately, whatever order they come in', () => {
    const source = 'Kim kam an. Putin wartete.';
    const tree: Root = { type: 'root', children: [h('p', [text(source, 0)])] };
    wrapInMarks(tree, source, [
      { name: 'b', start: 12, end: 26 },
      { name: 'a', start: 0, end: 11 },
    ]);
    expect(html(tree)).toBe(
      '<p><mark data-range="a" data-first>Kim kam an.</mark> <mark data-range="b" data-first>Putin wartete.</mark></p>',
    );
  });

  it('finds source offsets behind escapes, so a range ends where its sentence ends', () => {
    // The value `a & b.` stands at `a &amp; b.` in the source.
    const source = 'a &amp; b. Rest.';
    const tree: Root = { type: 'root', children: [h('p', [text('a & b. Rest.', 0, 16)])] };
    wrapInMarks(tree, source, [{ name: 'a', start: 0, end: 10 }]);
    expect(html(tree)).toBe('<p><mark data-range="a" data-first>a &#x26; b.</mark> Rest.</p>');
  });

  it('keeps positions on the pieces, so a second pass can wrap inside the first', () => {
    const { source, tree } = emphasisTree();
    wrapInMarks(tree, source, [{ name: 'satz', start: 0, end: 20 }]);
    wrapInMarks(tree, source, [{ name: 'kim', start: 15, end: 18 }]);
    expect(html(tree)).toBe(
      '<p><mark data-range="satz" data-first>Putin empfing </mark>' +
        '<em><mark data-range="satz"><mark data-range="kim" data-first>Kim</mark></mark></em>' +
        '<mark data-range="satz">.</mark></p>',
    );
  });

  it('leaves text without a source position alone', () => {
    const tree: Root = { type: 'root', children: [h('p', 'erfunden')] };
    wrapInMarks(tree, 'erfunden', [{ name: 'a', start: 0, end: 8 }]);
    expect(html(tree)).toBe('<p>erfunden</p>');
  });
});
