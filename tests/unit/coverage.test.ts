import { describe, expect, it } from 'vitest';
import {
  GRID_MAX_ARTICLES,
  articleShares,
  MAX_ROWS,
  WIDTH_CAP,
  coverageLayout,
  coverageSummary,
  type CoverageClaim,
  type CoverageInput,
} from '../../src/lib/view/coverage.ts';

/** An event of `n` articles whose claim k (from 1) is reported by every k-th article and the first. */
function event(n: number, claimCount = 5): CoverageInput {
  const articles = Array.from({ length: n }, (_, i) => ({ id: `a${i}`, label: { short: `Zeitung ${i + 1}` } }));
  const claims: CoverageClaim[] = Array.from({ length: claimCount }, (_, k) => ({
    number: k + 1,
    articles: articles.filter((_, i) => i === 0 || i % (k + 2) === 1).map((a) => a.id),
    tone: k === 1 ? 'widerspruch' : 'sinngleich',
  }));
  return { articles, claims };
}

describe('the coverage grid (a few articles)', () => {
  const input = event(7);
  const layout = coverageLayout(input);

  it('is a grid with one row per claim, in claim order, top to bottom', () => {
    expect(layout.mode).toBe('grid');
    expect(layout.rows.map((r) => r.claim)).toEqual(input.claims.map((c) => c.number));
    const ys = layout.rows.map((r) => r.label.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(new Set(ys).size).toBe(ys.length);
  });

  it('fills exactly one cell per reported (claim, article) pair and none else', () => {
    for (const [i, row] of layout.rows.entries()) {
      const claim = input.claims[i]!;
      for (const article of input.articles) {
        const cells = row.boxes.filter((b) => b.article === article.id);
        expect(cells).toHaveLength(1);
        expect(cells[0]!.filled).toBe(claim.articles.includes(article.id));
      }
      expect(row.boxes.filter((b) => b.filled)).toHaveLength(claim.articles.length);
    }
  });

  it('heads each column with the article label, upright above it, and keeps every square inside the chart', () => {
    expect(layout.headings.map((h) => h.text)).toEqual(input.articles.map((a) => a.label.short));
    const firstRow = Math.min(...layout.rows.flatMap((r) => r.boxes.map((b) => b.y)));
    for (const heading of layout.headings) {
      expect(heading.rotate).toBe(-90);
      // Written upwards from just above the first row, the label must fit above it.
      expect(heading.y).toBeLessThan(firstRow);
      expect(heading.y - heading.text.length * 7).toBeGreaterThanOrEqual(0);
    }
    for (const box of layout.rows.flatMap((r) => r.boxes)) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(layout.width);
      expect(box.y + box.height).toBeLessThanOrEqual(layout.height);
    }
  });

  it('says a contradiction with a sign, not only a colour', () => {
    const row = layout.rows.find((r) => r.contradiction)!;
    expect(row.label.text).toBe(`${row.claim} !`);
    expect(layout.rows.filter((r) => !r.contradiction).every((r) => !r.label.text.includes('!'))).toBe(true);
  });
});

describe('the coverage chart for many articles', () => {
  it('switches to one bar per claim above the grid limit', () => {
    expect(coverageLayout(event(GRID_MAX_ARTICLES)).mode).toBe('grid');
    expect(coverageLayout(event(GRID_MAX_ARTICLES + 1)).mode).toBe('bars');
  });

  it('draws bars as long as the share of articles that report the claim, with the count in words', () => {
    const input = event(1000);
    const layout = coverageLayout(input);
    for (const [i, row] of layout.rows.entries()) {
      const count = input.claims[i]!.articles.length;
      const [track, bar] = row.boxes;
      expect(track!.filled).toBe(false);
      expect(bar!.filled).toBe(true);
      expect(bar!.width / track!.width).toBeCloseTo(count / 1000);
      expect(row.count).toBe(count);
      expect(row.value?.text).toBe(`${count.toLocaleString('de-DE')} von 1.000`);
    }
    expect(layout.rows.flatMap((r) => r.boxes)).toHaveLength(2 * input.claims.length);
  });

  it('grows in width with the articles only up to a cap', () => {
    let previous = 0;
    for (const n of [1, 2, 5, GRID_MAX_ARTICLES, GRID_MAX_ARTICLES + 1, 100, 1000, 5000]) {
      const { width } = coverageLayout(event(n));
      expect(width).toBeGreaterThanOrEqual(previous);
      expect(width).toBeLessThanOrEqual(WIDTH_CAP);
      previous = width;
    }
    expect(coverageLayout(event(1000)).width).toBe(coverageLayout(event(5000)).width);
  });

  it('draws at most MAX_ROWS claims, the first ones, and says how many it left out', () => {
    const input = event(50, MAX_ROWS + 25);
    const layout = coverageLayout(input);
    expect(layout.rows.map((r) => r.claim)).toEqual(input.claims.slice(0, MAX_ROWS).map((c) => c.number));
    expect(layout.omitted).toBe(25);
    expect(coverageLayout(event(50, MAX_ROWS + 500)).height).toBe(layout.height);
  });
});

describe('the chart in words', () => {
  it('names the counts and the most reported claim in German', () => {
    const input = event(3, 2);
    expect(coverageSummary(input)).toBe(
      '2 Aussagen in 3 Artikeln. Am häufigsten berichtet: Aussage 1, in 2 Artikeln. ' +
        'In allen Artikeln: 0. Mit Widerspruch: 1.',
    );
    expect(coverageSummary({ articles: input.articles, claims: input.claims.slice(0, 1) })).toMatch(/^1 Aussage in/);
  });
});

describe('the share of own, shared and agency text of each article', () => {
  it('counts each sentence once, as agency copy where any of its claims is', () => {
    const shares = articleShares(
      [{ id: 'a' }, { id: 'b' }],
      [
        {
          kind: 'wortgleich',
          passages: [
            { article: 'a', anchor: 's1' },
            { article: 'b', anchor: 's1' },
          ],
        },
        {
          kind: 'sinngleich',
          passages: [
            { article: 'a', anchor: 's1' },
            { article: 'b', anchor: 's2' },
          ],
        },
        {
          kind: 'sinngleich',
          passages: [
            { article: 'a', anchor: 's3' },
            { article: 'b', anchor: 's4' },
          ],
        },
      ],
      new Map([
        ['a', [1, 2]],
        ['b', []],
      ]),
      new Map([['b', [3]]]),
    );
    expect(shares).toEqual([
      { article: 'a', agency: 1, shared: 1, own: 2, near: 0 },
      { article: 'b', agency: 1, shared: 2, own: 0, near: 1 },
    ]);
  });
});
