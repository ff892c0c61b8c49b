import type { ClaimTone, ClaimView } from './view.ts';

/**
 * What the reader of an event page chose to see. `alle` is the page as built; the others narrow
 * the claim list to contradictions, agency copy, claims every article reports, or to what one
 * article alone reports.
 */
export type ClaimFilter =
  | { show: 'alle' }
  | { show: 'widersprueche' }
  | { show: 'wortgleich' }
  | { show: 'alle-artikel' }
  | { show: 'artikel'; article: string };

/** The address parameter that holds the filter; readable German, so a shared link says what it shows. */
export const FILTER_PARAM = 'zeige';
/** The address parameter naming the article for `zeige=artikel`. */
export const ARTICLE_PARAM = 'artikel';

const SIMPLE = ['alle', 'widersprueche', 'wortgleich', 'alle-artikel'] as const;

/** What a claim's list item carries for the filter (as data attributes). */
export interface ClaimFilterData {
  /** Its wording kind and, if its articles disagree, `widerspruch`. */
  tones: ClaimTone[];
  /** Whether every article of the event reports it. */
  inAll: boolean;
}

/** The filter data of one claim of an event with `articleCount` articles. */
export function claimFilterData(claim: ClaimView, articleCount: number): ClaimFilterData {
  const tones: ClaimTone[] = [claim.kind];
  if (claim.tone === 'widerspruch') tones.push('widerspruch');
  return { tones, inAll: claim.articles.length >= articleCount };
}

/**
 * Reads the filter from an address's query (`?zeige=widersprueche`, `?zeige=artikel&artikel=slug`).
 * Anything unknown, including an article not on the page, falls back to `alle`: an old or mistyped
 * link still shows the whole page rather than an empty one.
 */
export function parseClaimFilter(search: string, articles: readonly string[]): ClaimFilter {
  const params = new URLSearchParams(search);
  const show = params.get(FILTER_PARAM);
  if (show === 'artikel') {
    const article = params.get(ARTICLE_PARAM);
    return article && articles.includes(article) ? { show, article } : { show: 'alle' };
  }
  return SIMPLE.find((value) => value === show) ? { show: show as (typeof SIMPLE)[number] } : { show: 'alle' };
}

/** Writes the filter into `search` (other parameters kept); `alle` removes it, for a clean address. */
export function claimFilterSearch(filter: ClaimFilter, search = ''): string {
  const params = new URLSearchParams(search);
  params.delete(FILTER_PARAM);
  params.delete(ARTICLE_PARAM);
  if (filter.show !== 'alle') params.set(FILTER_PARAM, filter.show);
  if (filter.show === 'artikel') params.set(ARTICLE_PARAM, filter.article);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether the claim list shows a claim under this filter. */
export function showsClaim(filter: ClaimFilter, data: ClaimFilterData): boolean {
  switch (filter.show) {
    case 'alle':
      return true;
    case 'widersprueche':
      return data.tones.includes('widerspruch');
    case 'wortgleich':
      return data.tones.includes('wortgleich');
    case 'alle-artikel':
      return data.inAll;
    case 'artikel':
      return false;
  }
}

/** Whether the list of what `article` alone reports is shown under this filter. */
export function showsOnlyHere(filter: ClaimFilter, article: string): boolean {
  return filter.show === 'alle' || (filter.show === 'artikel' && filter.article === article);
}

/**
 * What the filter's status line says, grammatical for every count: "Zeigt alle 14 Aussagen.",
 * "Zeigt 3 von 14 Aussagen.", "Zeigt die einzige Aussage.", "Keine der 14 Aussagen passt."
 */
export function filterStatus(shown: number, total: number): string {
  if (total === 0) return 'Dieses Ereignis hat keine gemeinsame Aussage.';
  if (shown === total) return total === 1 ? 'Zeigt die einzige Aussage.' : `Zeigt alle ${total} Aussagen.`;
  if (shown === 0) return total === 1 ? 'Die einzige Aussage passt nicht.' : `Keine der ${total} Aussagen passt.`;
  return `Zeigt ${shown} von ${total} Aussagen.`;
}
