import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { judgeClaims, readJudgedClaims, type JudgedClaim } from '../../scripts/lib/judged-claims.ts';

const claim = (...passages: [string, string][]) => ({
  passages: passages.map(([article, text]) => ({ article, text })),
});

describe('claims judged by a person (npm run bench, 10kGNAD)', () => {
  const judged: JudgedClaim[] = [
    {
      passages: [
        { article: 'a023', quote: 'Xbox-One-Controller' },
        { article: 'a261', quote: 'mitgelieferten Xbox-Controller' },
      ],
      why: 'Beide: die Rift kommt mit einem Xbox-Controller.',
    },
    {
      passages: [
        { article: 'a001', quote: 'eins' },
        { article: 'a002', quote: 'zwei' },
      ],
      why: 'Früher gefunden.',
    },
  ];
  const xbox = claim(
    ['a023', 'Die Rift wird mit einem Xbox-One-Controller ausgeliefert.'],
    ['a261', 'Spiele, die mit dem mitgelieferten Xbox-Controller bedient werden.'],
  );

  it('finds the reason for a claim whose passages are those judged, and lists the rest', () => {
    const fresh = claim(
      ['a109', 'Diese Defense hat Unglaubliches geleistet.'],
      ['a514', 'Unsere Defense ist einfach unglaublich.'],
    );
    const result = judgeClaims([xbox, fresh], judged);
    expect(result.judged).toEqual([{ claim: xbox, why: 'Beide: die Rift kommt mit einem Xbox-Controller.' }]);
    expect(result.unjudged).toEqual([fresh]);
    expect(result.gone).toEqual([judged[1]]);
  });

  it('does not count a claim that gained a passage, or whose quote stands in another article, as judged', () => {
    const grown = claim(...xbox.passages.map((p): [string, string] => [p.article, p.text]), [
      'a300',
      'Xbox-One-Controller',
    ]);
    const swapped = claim(['a261', xbox.passages[0]!.text], ['a023', xbox.passages[1]!.text]);
    expect(judgeClaims([grown], judged).unjudged).toEqual([grown]);
    expect(judgeClaims([swapped], judged).unjudged).toEqual([swapped]);
  });

  it("reads the project's file: every kept claim has its reason", () => {
    const kept = readJudgedClaims();
    expect(kept.length).toBeGreaterThan(0);
    for (const entry of kept) {
      expect(entry.why.length).toBeGreaterThan(20);
      expect(entry.passages.length).toBeGreaterThanOrEqual(2);
    }
  });

  describe('a hand-edited file with a gap', () => {
    const work = mkdtempSync(join(tmpdir(), 'synopse-judged-'));
    afterAll(() => rmSync(work, { recursive: true, force: true }));
    const write = (text: string) => {
      const file = join(work, 'kept.yaml');
      writeFileSync(file, text);
      return file;
    };

    it('fails naming the entry without a reason', () => {
      const file = write(
        "claims:\n  - passages:\n      - { article: a1, quote: 'x' }\n      - { article: a2, quote: 'y' }\n",
      );
      expect(() => readJudgedClaims(file)).toThrow(/kept\.yaml, claim 1: "why" must say why it is true/);
    });

    it('fails naming the passage without a quote', () => {
      const file = write(
        "claims:\n  - passages:\n      - { article: a1, quote: 'x' }\n      - { article: a2 }\n    why: weil\n",
      );
      expect(() => readJudgedClaims(file)).toThrow(/claim 1, passage 2: needs "article" and a non-empty "quote"/);
    });
  });
});
