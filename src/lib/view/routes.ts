/**
 * Every address of the site, in one place. Pages, components, feeds, the Open Graph image, the
 * claim engine's rendering process, the search index and the scripts that walk the built site
 * all take their addresses from here, so an address changes in one line (and
 * tests/unit/routes.test.ts checks that each one still names a page in src/pages).
 *
 * Pure: the base path (Astro's `base`, `import.meta.env.BASE_URL`) is an argument, so the
 * rendering process, which runs without Astro, builds the same addresses as the pages.
 */

/** The first folder of each kind of page: the one name of each idea in the address. */
export const SECTIONS = {
  article: 'artikel',
  claim: 'aussagen',
  event: 'ereignisse',
  source: 'quellen',
  contradictions: 'widersprueche',
  method: 'methode',
  search: 'suche',
} as const;

/**
 * Folders that pages had before, whose old addresses now only forward (a page each, so links and
 * bookmarks keep working): claims were at `/behauptungen/<id>/` until the address took the
 * interface's word, "Aussage".
 */
export const FORMER_SECTIONS = { claim: 'behauptungen' } as const;

/** The sub-pages an event has besides its main page. */
export type EventSubPage = 'synopse';

/** The addresses of one site, all under its base path and ending in `/` where they name a page. */
export interface Routes {
  /** The overview of events (its first page). */
  home: string;
  /** An article's page, optionally at one of its sentences (an element id). */
  articleHref: (slug: string, anchor?: string) => string;
  /** An event's page, or one of its sub-pages. */
  eventHref: (id: string, sub?: EventSubPage) => string;
  /** An event's RSS feed. */
  eventFeedHref: (id: string) => string;
  /** An event's Open Graph image, next to its page. */
  eventImageHref: (id: string) => string;
  /** A claim's page: every wording of it. */
  claimHref: (id: string) => string;
  /** A claim's former address, which forwards to `claimHref`. */
  formerClaimHref: (id: string) => string;
  /** The page that shows a source as it was received. */
  sourceHref: (sourceId: string) => string;
  /** The list of contradictions (its first page). */
  contradictions: string;
  /** The page that explains the method. */
  method: string;
  /** The search page. */
  search: string;
  /** The site's RSS feed. */
  siteFeed: string;
  /** The site's icon. */
  favicon: string;
  /** The sitemap index that @astrojs/sitemap writes. */
  sitemapIndex: string;
  /** A file of the Pagefind bundle, written into `pagefind/` after the build. */
  pagefindHref: (file: string) => string;
}

/**
 * The addresses of a site served under `base` ("/" at the root of its host, "/synopse/" under a
 * sub-path; a missing final slash is added).
 */
export function siteRoutes(base: string): Routes {
  const root = base.endsWith('/') ? base : `${base}/`;
  const page = (...segments: string[]) => `${root}${segments.map((segment) => `${segment}/`).join('')}`;
  const eventHref = (id: string, sub?: EventSubPage) =>
    sub ? page(SECTIONS.event, id, sub) : page(SECTIONS.event, id);
  return {
    home: root,
    articleHref: (slug, anchor) => `${page(SECTIONS.article, slug)}${anchor ? `#${anchor}` : ''}`,
    eventHref,
    eventFeedHref: (id) => `${eventHref(id)}feed.xml`,
    eventImageHref: (id) => `${eventHref(id)}vorschau.png`,
    claimHref: (id) => page(SECTIONS.claim, id),
    formerClaimHref: (id) => page(FORMER_SECTIONS.claim, id),
    sourceHref: (sourceId) => page(SECTIONS.source, sourceId),
    contradictions: page(SECTIONS.contradictions),
    method: page(SECTIONS.method),
    search: page(SECTIONS.search),
    siteFeed: `${root}feed.xml`,
    favicon: `${root}favicon.svg`,
    sitemapIndex: `${root}sitemap-index.xml`,
    pagefindHref: (file) => `${root}pagefind/${file}`,
  };
}
