import { extractQuantities } from './quantities.ts';
import { tokenize } from './tokens.ts';

/** An article whose dates do not fit the other articles of its event. */
export interface EventMismatch {
  article: string;
  event: string | null;
  /** Years the article names. */
  years: number[];
  /** Years the other articles of the event name. */
  peerYears: number[];
}

/** The years a text names as dates ("im April 2019", "seit 2019"), not durations ("vor 24 Jahren"). */
export function yearsNamed(text: string): number[] {
  const years = extractQuantities(tokenize(text))
    .filter((q) => q.kind === 'datum' && q.date?.year !== undefined)
    .map((q) => q.date!.year!);
  return [...new Set(years)].sort((a, b) => a - b);
}

/**
 * Finds articles that probably report another event than their peers: an article that names
 * years of which none appears in any other article of its event, while the others name some
 * (the 2024 state visit, which recalls 2000, among reports of 2023 that recall 2019). An article
 * that names no year gives no evidence and is never flagged.
 */
export function findEventMismatches(
  articles: readonly { id: string; event?: string | null | undefined; text: string }[],
): EventMismatch[] {
  const named = articles.map((article) => ({ ...article, years: yearsNamed(article.text) }));
  const mismatches: EventMismatch[] = [];
  for (const article of named) {
    const peers = named.filter((other) => other.id !== article.id && (other.event ?? null) === (article.event ?? null));
    const peerYears = [...new Set(peers.flatMap((peer) => peer.years))].sort((a, b) => a - b);
    if (article.years.length === 0 || peerYears.length === 0) continue;
    if (article.years.some((year) => peerYears.includes(year))) continue;
    mismatches.push({ article: article.id, event: article.event ?? null, years: article.years, peerYears });
  }
  return mismatches;
}
