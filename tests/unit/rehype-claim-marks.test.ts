import rehypeClaimMarks, { type ClaimMarkOptions } from '../../src/plugins/rehype-claim-marks.ts';
import type { Mark, MarkStrength } from '../../src/lib/view/view.ts';
import {
  claimHref,
  describeFixtures,
  fixtureClaim,
  sourceRanges,
  type FixtureClaim,
} from '../support/plugin-fixtures.ts';

/** `options.json` of a case: the marked sentences in source order, each by the HTML it covers. */
interface Fixture {
  marks: { source: string; anchor: string; claims: FixtureClaim[]; contradicted?: boolean; strength?: MarkStrength }[];
}

describeFixtures<Fixture, ClaimMarkOptions>('rehype-claim-marks', rehypeClaimMarks, (fixture, input) => {
  const ranges = sourceRanges(
    input,
    fixture.marks.map((mark) => mark.source),
  );
  const marks: Mark[] = fixture.marks.map((mark, i) => ({
    field: 'body',
    ...ranges[i]!,
    anchor: mark.anchor,
    claims: mark.claims.map(fixtureClaim),
    contradicted: mark.contradicted ?? false,
    strength: mark.strength,
  }));
  return { marks, claimHref };
});
