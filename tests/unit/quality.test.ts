import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/lib/claims/engine.ts';
import type { ClaimsResult, EngineArticle } from '../../src/lib/claims/types.ts';
import { mergeEventResults } from '../../src/data/event-results.ts';
import { evaluate } from '../support/evaluate.ts';
import type { ArticleFile } from '../support/articles.ts';
import { projectArticles, readGold } from '../support/gold.ts';

/**
 * The engine's result as the site computes it: each event's articles compared on their own (term
 * rarity over the event's articles), the results merged in event order, as `eventsOf` in
 * src/data/compute-site.ts orders them.
 */
function perEvent(articles: readonly EngineArticle[]): ClaimsResult {
  const events = [...Map.groupBy(articles, (article) => article.event ?? '')].sort(([a], [b]) => a.localeCompare(b));
  return mergeEventResults(events.map(([, own]) => analyseCorpus(own)));
}

/**
 * The floor under the engine's quality, measured against claims labelled by reading the project's
 * articles (tests/fixtures/claims-gold.yaml). The engine alone, without editorial decisions, in
 * both ways it runs: all five articles in one run, as `npm run claims` compares them, and each
 * event on its own, as the site does (rarity then counts over the event's articles only, so the
 * two can differ by a link). These figures are a test, never a tuning target: the scorer's
 * thresholds come from the dev split of STSb-de (src/lib/claims/pair-model.json). The floors sit
 * just under what the learned scorer reaches, so a change that loses quality fails here; raise
 * them when features improve.
 */
describe.each([
  ['all five articles in one run (npm run claims)', (articles: EngineArticle[]) => analyseCorpus(articles)],
  ['each event on its own (the site)', perEvent],
])('claim quality on the labelled set: %s', (_, analyse) => {
  const evaluation = evaluate(analyse(projectArticles()), readGold());

  it('prints its figures', () => {
    console.log(
      `link precision ${evaluation.linkPrecision.toFixed(3)} (${evaluation.correctLinks}/${evaluation.predictedLinks}), ` +
        `claim recall ${evaluation.claimRecall.toFixed(3)}, link recall ${evaluation.linkRecall.toFixed(3)} (${evaluation.foundGoldLinks}/${evaluation.goldLinks}), ` +
        `claims per found fact ${evaluation.claimsPerFact.toFixed(2)}; missed: ${evaluation.missed.join('; ') || 'none'}`,
    );
    expect(evaluation.predictedLinks).toBeGreaterThan(0);
  });

  it('links precisely: at least 0.9 of its links are labelled', () => {
    expect(evaluation.linkPrecision, JSON.stringify(evaluation.wrongLinks)).toBeGreaterThanOrEqual(0.9);
  });

  // Raised from 0.6 and 0.35 when facts reported as what someone said were compared without
  // their frames (the satellites: 14 of 20 claims, 19 of 45 links in one run).
  it('finds at least 0.7 of the labelled claims', () => {
    expect(evaluation.claimRecall, evaluation.missed.join('; ')).toBeGreaterThanOrEqual(0.7);
  });

  it('finds at least 0.4 of the labelled links', () => {
    expect(evaluation.linkRecall).toBeGreaterThanOrEqual(0.4);
  });

  it('keeps each fact it finds in one claim, not split over several', () => {
    expect(evaluation.splitFacts).toEqual([]);
  });

  it('highlights no sentence that shares nothing', () => {
    expect(evaluation.spuriousHighlights).toEqual([]);
  });

  it('links none of the hard negatives', () => {
    expect(evaluation.negativesLinked).toEqual([]);
  });
});

describe('the scorer', () => {
  const passage = (article: string, anchor: string) => ({
    article,
    anchor,
    text: '',
    start: 0,
    end: 0,
    field: 'body' as const,
    score: 1,
  });
  const claim = (...passages: ReturnType<typeof passage>[]) => ({
    id: 'c',
    label: '',
    labelOrigin: 'maschinell' as const,
    kind: 'sinngleich' as const,
    origin: 'maschinell' as const,
    event: null,
    story: null,
    articles: [],
    passages,
    links: [],
  });
  const resultOf = (claims: ReturnType<typeof claim>[]) => ({
    version: 1,
    articles: [],
    events: [],
    contradictions: [],
    unique: {},
    near: {},
    warnings: [],
    stories: [],
    stats: { sentences: 0, pairsCompared: 0, links: 0, passagesInSeveralClaims: 0 },
    claims,
  });

  it('counts a wrong link against precision and a missing claim against recall', () => {
    const gold = {
      claims: [
        { label: 'x', passages: ['a#satz-1', 'b#satz-1'] },
        { label: 'y', passages: ['a#satz-2', 'b#satz-2'] },
      ],
      negatives: [],
    };
    const evaluation = evaluate(
      resultOf([
        claim(passage('a', 'satz-1'), passage('b', 'satz-1')),
        claim(passage('a', 'satz-3'), passage('b', 'satz-2')),
      ]),
      gold,
    );
    expect(evaluation.linkPrecision).toBe(0.5);
    expect(evaluation.claimRecall).toBe(0.5);
    expect(evaluation.spuriousHighlights).toEqual(['a#satz-3']);
  });

  it('counts the links of a fact found, and the claims it is spread over', () => {
    // One fact in three articles: three links. Found as two claims holding one link each.
    const gold = { claims: [{ label: 'x', passages: ['a#satz-1', 'b#satz-1', 'c#satz-1'] }], negatives: [] };
    const evaluation = evaluate(
      resultOf([
        claim(passage('a', 'satz-1'), passage('b', 'satz-1')),
        claim(passage('c', 'satz-1'), passage('b', 'satz-1')),
      ]),
      gold,
    );
    expect([evaluation.foundGoldLinks, evaluation.goldLinks]).toEqual([2, 3]);
    expect(evaluation.claimsPerFact).toBe(2);
    expect(evaluation.splitFacts).toEqual([{ label: 'x', claims: 2 }]);
  });
});

describe('the labelled set', () => {
  const work = mkdtempSync(join(tmpdir(), 'synopse-gold-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const article = (slug: string, body: string): ArticleFile => ({ slug, path: '', frontmatter: {}, body });
  const articles = [
    article('eins', 'Putin traf Kim am Mittwoch. Kim reiste im Zug an.'),
    article('zwei', 'Kim kam mit dem Zug. Putin und Kim trafen sich am Mittwoch.'),
  ];
  const gold = (first: string, second: string) => {
    const file = join(work, `${first}-${second}.yaml`.replace(/\W+/g, '_'));
    writeFileSync(
      file,
      [
        'a: eins',
        'b: zwei',
        'claims:',
        '  - label: Das Treffen',
        '    passages:',
        `      - { article: a, quote: '${first}' }`,
        `      - { article: b, quote: '${second}' }`,
        'negatives: []',
        '',
      ].join('\n'),
    );
    return file;
  };

  it('resolves each quote to the one sentence that holds it', () => {
    expect(readGold(gold('traf Kim', 'trafen sich'), articles).claims).toEqual([
      { label: 'Das Treffen', passages: ['eins#satz-1', 'zwei#satz-2'], also: [] },
    ]);
  });

  it('fails naming label and quote when a quote is in no sentence', () => {
    expect(() => readGold(gold('traf Kim', 'trafen sich am Donnerstag'), articles)).toThrow(
      /claim "Das Treffen": "trafen sich am Donnerstag" occurs in no sentence of zwei/,
    );
  });

  it('fails naming label and quote when a quote is in more than one sentence', () => {
    expect(() => readGold(gold('Kim', 'trafen sich'), articles)).toThrow(
      /claim "Das Treffen": "Kim" occurs in 2 sentences of eins \(satz-1, satz-2\)/,
    );
  });

  it("resolves every quote of the project's labelled set", () => {
    expect(() => readGold()).not.toThrow();
  });
});
