/**
 * How much of an event a page carries in its HTML. A reader's page must stay readable (and under
 * 200 KB gzip) whatever the corpus: an event can have a thousand articles, and every list that
 * names each article per claim would grow with their product. Past these limits a page links to
 * where the rest is (the claim page, the article page) instead of repeating it.
 */

/** A claim in the event's claim list names at most this many reporting articles, then "und N weitere". */
export const ARTICLES_LISTED_PER_CLAIM = 8;

/**
 * Up to this many articles, the event page lists each article's own sentences (what it alone
 * reports); with more, it links to the article page, which marks them.
 */
export const ONLY_HERE_LISTED_UP_TO = 20;

/**
 * An article's column on the event page holds about this many characters of its body (whole
 * paragraphs; some 8,000 words, more than almost any news article), then links to the article
 * page for the rest: a long-read or a transcript of megabytes must not make the comparison a
 * page no phone can open.
 */
export const COLUMN_CHARACTERS_UP_TO = 60_000;

/**
 * The event page lists at most this many of an article's own sentences ("nur hier"); the rest
 * are marked on its article page.
 */
export const ONLY_HERE_SENTENCES_UP_TO = 50;

/** Events per page of the overview: the home page stays short whatever the corpus. */
export const EVENTS_PER_PAGE = 50;

/**
 * An event page lists at most this many claims (those most articles report), plus every claim
 * whose articles contradict each other; the rest stay reachable from their articles' pages.
 */
export const CLAIMS_LISTED_UP_TO = 400;

/** The synopsis table has a column for at most this many articles (the event's first). */
export const SYNOPSIS_ARTICLES_UP_TO = 12;

/**
 * Articles whose columns fit the narrowest screen that shows the synopsis as a table (60rem,
 * about 11rem a column beside the labels); with more, the table scrolls sideways instead of
 * squeezing words letter by letter.
 */
export const SYNOPSIS_COLUMNS_FIT_UP_TO = 4;

/**
 * The claims a page of an event lists, in their order: the first `CLAIMS_LISTED_UP_TO` (claims
 * come most-reported first) and every contradicted one after them, so the contradiction filter
 * never misses one.
 */
export function listedClaims<T extends { tone: string }>(claims: readonly T[]): T[] {
  return claims.filter((claim, index) => index < CLAIMS_LISTED_UP_TO || claim.tone === 'widerspruch');
}

/**
 * Contradictions per page of `/widersprueche/`: the list grows with the corpus (10,000 articles
 * gave 481 KB of HTML on one page), so it is paginated, grouped by event within each page.
 */
export const CONTRADICTIONS_PER_PAGE = 40;

/**
 * The site's feed lists the newest this many articles: a feed reader asks for it again and
 * again, and listing the whole archive made it grow with the corpus (6.2 MB at 10,000 articles).
 * Older articles stay on the overview pages and in their events' feeds.
 */
export const SITE_FEED_ITEMS = 50;
