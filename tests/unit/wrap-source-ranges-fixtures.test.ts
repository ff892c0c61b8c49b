import type { Root } from 'hast';
import { h } from 'hastscript';
import type { VFile } from 'vfile';
import { wrapSourceRanges, type SourceRange } from '../../src/plugins/wrap-source-ranges.ts';
import { describeFixtures, sourceRanges } from '../support/plugin-fixtures.ts';

/** `options.json` of a case: the ranges to wrap, in source order, each by the HTML it covers. */
interface Fixture {
  ranges?: { name: string; source: string }[];
}

type NamedRange = SourceRange & { name: string };

/** wrapSourceRanges as a plugin: each piece in `<mark data-range="name">`, `data-first` on the piece that opens its range. */
function rehypeWrapRanges(options: { ranges: NamedRange[] }) {
  return (tree: Root, file: VFile): void => {
    wrapSourceRanges(tree, String(file.value), options.ranges, (range, first) =>
      h('mark', { dataRange: range.name, dataFirst: first }),
    );
  };
}

describeFixtures<Fixture, { ranges: NamedRange[] }>('wrap-source-ranges', rehypeWrapRanges, (fixture, input) => {
  const ranges = fixture.ranges ?? [];
  const found = sourceRanges(
    input,
    ranges.map((range) => range.source),
  );
  return { ranges: ranges.map((range, i) => ({ name: range.name, ...found[i]! })) };
});
