import rehypeSentenceAnchors, { type SentenceAnchorOptions } from '../../src/plugins/rehype-sentence-anchors.ts';
import type { SentenceUnit } from '../../src/lib/text/units.ts';
import { describeFixtures, sourceRanges } from '../support/plugin-fixtures.ts';

/** `options.json` of a case: the sentences in source order, each by the HTML it covers. */
interface Fixture {
  sentences: { source: string; anchor: string; block: string }[];
  /** Anchors of sentences only this article reports. */
  unique?: string[];
  idPrefix?: string;
}

describeFixtures<Fixture, SentenceAnchorOptions>('rehype-sentence-anchors', rehypeSentenceAnchors, (fixture, input) => {
  const ranges = sourceRanges(
    input,
    fixture.sentences.map((sentence) => sentence.source),
  );
  const units: SentenceUnit[] = fixture.sentences.map((sentence, i) => ({
    anchor: sentence.anchor,
    block: sentence.block,
    field: 'body',
    kind: 'paragraph',
    text: sentence.source.replace(/<[^>]+>/g, ''),
    ...ranges[i]!,
  }));
  return { units, uniqueAnchors: new Set(fixture.unique ?? []), idPrefix: fixture.idPrefix };
});
