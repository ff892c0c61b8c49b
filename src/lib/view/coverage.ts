/**
 * The coverage chart of an event page: which article reports which claim. Pure layout maths (no
 * Astro): the component only draws what this returns, so sizes and limits are tested here.
 *
 * Up to GRID_MAX_ARTICLES articles the chart is a grid, one row per claim and one column per
 * article, a filled square where the article reports the claim. With more articles a grid would
 * be unreadable and the page would grow with the corpus, so the chart becomes one bar per claim:
 * how many of the event's articles report it. Either way it draws at most MAX_ROWS claims (the
 * most reported ones: claims come most articles first) and never gets wider than WIDTH_CAP.
 */
import { countNoun, formatNumber } from '../text/german.ts';
import type { ClaimTone } from './view.ts';

/** Above this many articles the chart shows one bar per claim instead of a grid. */
export const GRID_MAX_ARTICLES = 12;
/** Claims drawn at most; the table beside the chart lists every claim. */
export const MAX_ROWS = 40;
/** Side of one grid cell, in SVG user units (CSS pixels at full size). */
export const CELL = 28;
/** Width of the claim-number column on the left. */
export const LABEL_WIDTH = 48;
/** Height of the column headings on top. */
export const HEADER_HEIGHT = 28;
/** Width of a character of a heading at the chart's 13 px, generous, for the grid's header. */
export const CHARACTER_WIDTH = 7.5;
/** Height of one bar row. */
export const BAR_ROW = 24;
/** Width of a full bar (every article reports the claim). */
export const BAR_TRACK = 260;
/** Room after the bar for its count ("1.000 von 1.000"). */
export const VALUE_WIDTH = 112;
/** The widest the chart gets, whatever the number of articles. */
export const WIDTH_CAP = LABEL_WIDTH + BAR_TRACK + VALUE_WIDTH;

/** What the layout needs of a claim (a `ClaimView` fits). */
export interface CoverageClaim {
  number: number;
  /** Ids of the articles that report it. */
  articles: readonly string[];
  tone: ClaimTone;
}

export interface CoverageInput {
  /** The event's articles in page order, with the short label that names them (their outlet). */
  articles: readonly { id: string; label: { short: string } }[];
  /** Its claims in listed order. */
  claims: readonly CoverageClaim[];
}

/** A rectangle of the chart: filled (reported, or a bar) or only outlined (not reported, a bar's track). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  filled: boolean;
  /** In the grid: the article of this column. */
  article?: string;
}

/** A piece of text of the chart, `y` at its vertical middle. */
export interface Label {
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
  /** Degrees to turn the text about its point (grid headings stand upright, -90). */
  rotate?: number;
}

/** One claim of the chart. */
export interface CoverageRow {
  claim: number;
  /** Whether its articles contradict each other; its label then ends in "!". */
  contradiction: boolean;
  /** Articles of the event that report it. */
  count: number;
  /** Its number on the left: "3", or "3 !". */
  label: Label;
  /** Grid: one square per article. Bars: the track, then the bar. */
  boxes: Box[];
  /** Bars only: "5 von 1.000" after the bar. */
  value?: Label;
}

export interface CoverageLayout {
  mode: 'grid' | 'bars';
  width: number;
  height: number;
  /** Column headings (the articles' labels, upright) or the bars' heading. */
  headings: Label[];
  rows: CoverageRow[];
  /** Claims left out of the drawing (the table lists them). */
  omitted: number;
  /** Articles of the event. */
  total: number;
}

/** How an event with this many articles shows its coverage: a grid, or one bar per claim. */
export function coverageMode(articles: number): CoverageLayout['mode'] {
  return articles <= GRID_MAX_ARTICLES ? 'grid' : 'bars';
}

/** Space between a grid square and its cell's edge. */
const INSET = 4;
/** Thickness of a bar. */
const BAR_HEIGHT = 16;

/** Positions of everything the coverage chart draws. */
export function coverageLayout({ articles, claims }: CoverageInput): CoverageLayout {
  const shown = claims.slice(0, MAX_ROWS);
  const total = articles.length;
  const mode = coverageMode(total);
  const rowHeight = mode === 'grid' ? CELL : BAR_ROW;
  // Grid headings are the articles' labels, written upwards: the header is as tall as the longest.
  const header =
    mode === 'grid'
      ? Math.max(HEADER_HEIGHT, 12 + CHARACTER_WIDTH * Math.max(0, ...articles.map((a) => a.label.short.length)))
      : HEADER_HEIGHT;
  const ids = new Set(articles.map((a) => a.id));
  const rows = shown.map((claim, i): CoverageRow => {
    const top = header + i * rowHeight;
    const middle = top + rowHeight / 2;
    const reporting = new Set(claim.articles.filter((id) => ids.has(id)));
    const contradiction = claim.tone === 'widerspruch';
    const row = {
      claim: claim.number,
      contradiction,
      count: reporting.size,
      label: {
        x: LABEL_WIDTH - 8,
        y: middle,
        text: contradiction ? `${claim.number} !` : String(claim.number),
        anchor: 'end' as const,
      },
    };
    if (mode === 'grid') {
      const side = CELL - 2 * INSET;
      const boxes = articles.map((article, j) => ({
        x: LABEL_WIDTH + j * CELL + INSET,
        y: top + INSET,
        width: side,
        height: side,
        filled: reporting.has(article.id),
        article: article.id,
      }));
      return { ...row, boxes };
    }
    const bar = { x: LABEL_WIDTH, y: middle - BAR_HEIGHT / 2, height: BAR_HEIGHT };
    return {
      ...row,
      boxes: [
        { ...bar, width: BAR_TRACK, filled: false },
        { ...bar, width: (BAR_TRACK * reporting.size) / total, filled: true },
      ],
      value: {
        x: LABEL_WIDTH + BAR_TRACK + 8,
        y: middle,
        text: `${formatNumber(reporting.size)} von ${formatNumber(total)}`,
        anchor: 'start',
      },
    };
  });
  const headingY = HEADER_HEIGHT / 2;
  return {
    mode,
    width: mode === 'grid' ? LABEL_WIDTH + total * CELL : WIDTH_CAP,
    height: header + shown.length * rowHeight,
    headings:
      mode === 'grid'
        ? articles.map((article, j) => ({
            x: LABEL_WIDTH + (j + 0.5) * CELL,
            y: header - 6,
            text: article.label.short,
            anchor: 'start',
            rotate: -90,
          }))
        : [
            {
              x: LABEL_WIDTH,
              y: headingY,
              text: `Artikel, die sie berichten (von ${formatNumber(total)})`,
              anchor: 'start',
            },
          ],
    rows,
    omitted: claims.length - shown.length,
    total,
  };
}

/** The chart in words, for its `<desc>`: what it shows and its extremes; the table has the rest. */
export function coverageSummary({ articles, claims }: CoverageInput): string {
  const count = (claim: CoverageClaim) => claim.articles.length;
  const most = claims.reduce<CoverageClaim | undefined>(
    (best, c) => (!best || count(c) > count(best) ? c : best),
    undefined,
  );
  const all = claims.filter((c) => count(c) >= articles.length).length;
  const contradictions = claims.filter((c) => c.tone === 'widerspruch').length;
  const parts = [
    `${countNoun(claims.length, 'Aussage', 'Aussagen')} in ${countNoun(articles.length, 'Artikel', 'Artikeln')}.`,
    most ? `Am häufigsten berichtet: Aussage ${most.number}, in ${countNoun(count(most), 'Artikel', 'Artikeln')}.` : '',
    `In allen Artikeln: ${formatNumber(all)}. Mit Widerspruch: ${formatNumber(contradictions)}.`,
  ];
  return parts.filter(Boolean).join(' ');
}

/** How much of one article is its own, shared with others, or agency copy, in sentences. */
export interface ArticleShare {
  article: string;
  /** Sentences of the same agency wire as another article's (a `wortgleich` claim). */
  agency: number;
  /** Other sentences that state a claim another article states too. */
  shared: number;
  /** Sentences to which the comparison found nothing close. */
  own: number;
  /** Sentences outside every claim with a close sentence elsewhere, not taken as the same statement. */
  near: number;
}

/**
 * Per article of an event, its sentences by what they are: agency copy, shared in other words,
 * only near another article's, or without a match. A sentence counts once, as agency copy if any
 * of its claims is.
 */
export function articleShares(
  articles: readonly { id: string }[],
  claims: readonly { kind: ClaimTone; passages: readonly { article: string; anchor: string }[] }[],
  unique: ReadonlyMap<string, readonly unknown[]>,
  near: ReadonlyMap<string, readonly unknown[]> = new Map(),
): ArticleShare[] {
  return articles.map(({ id }) => {
    const agency = new Set<string>();
    const shared = new Set<string>();
    for (const claim of claims)
      for (const passage of claim.passages)
        if (passage.article === id) (claim.kind === 'wortgleich' ? agency : shared).add(passage.anchor);
    for (const anchor of agency) shared.delete(anchor);
    return {
      article: id,
      agency: agency.size,
      shared: shared.size,
      own: unique.get(id)?.length ?? 0,
      near: near.get(id)?.length ?? 0,
    };
  });
}
