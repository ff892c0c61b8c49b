import rehypeClaimMarks, { type ClaimMarkOptions } from '../../src/plugins/rehype-claim-marks.ts';
import type { ClaimView, Mark, MarkStrength } from '../../src/lib/view/view.ts';
import { describeFixtures, sourceRanges } from '../support/plugin-fixtures.ts';

/** A claim as a fixture names it. */
interface FixtureClaim {
  number: number;
  kind: ClaimView['kind'];
  /** Articles that report it (only their number shows). */
  articles: string[];
}

/** `options.json` of a case: the marked sentences in source order, each by the HTML it covers. */
interface Fixture {
  marks: { source: string; anchor: string; claims: FixtureClaim[]; contradicted?: boolean; strength?: MarkStrength }[];
}

function claimView(claim: FixtureClaim): ClaimView {
  const id = `aussage-${claim.number}`;
  return {
    id,
    label: id,
    labelOrigin: 'maschinell',
    kind: claim.kind,
    origin: 'maschinell',
    event: null,
    story: null,
    articles: claim.articles,
    passages: [],
    links: [],
    number: claim.number,
    tone: claim.kind,
  };
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
    claims: mark.claims.map(claimView),
    contradicted: mark.contradicted ?? false,
    strength: mark.strength,
  }));
  return { marks, claimHref: (id) => `/aussagen/${id}/` };
});
