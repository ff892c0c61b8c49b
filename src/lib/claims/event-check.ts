import { extractQuantities, type CalendarDate } from './quantities.ts';
import { tokenize } from './tokens.ts';

/** A date to the day that an article states ("am 19. Juni 2024", "13.09.2023"); the year may be missing. */
export interface StatedDate {
  year?: number | undefined;
  month: number;
  day: number;
}

/** An article whose stated dates do not fit those of the other articles of its event. */
export interface EventMismatch {
  article: string;
  event: string;
  /** The dates the article states. */
  dates: StatedDate[];
  /** The dates the other articles of the event state. */
  peerDates: StatedDate[];
}

/** Days two dates of one event may lie apart (a summit over several days, a report the day after). */
export const EVENT_SPAN_DAYS = 7;

/**
 * The dates to the day a text states: a dateline ("Wien, 13.09.2023"), "am 19. Juni 2024",
 * "Mittwoch, 13. September". Years alone ("seit 2019", "sein Besuch von 2000") and months
 * ("im April 2019") are left out: they recall the past more often than they date the news.
 */
export function statedDates(text: string): StatedDate[] {
  const seen = new Set<string>();
  const dates: StatedDate[] = [];
  for (const quantity of extractQuantities(tokenize(text))) {
    const date: CalendarDate | undefined = quantity.kind === 'datum' ? quantity.date : undefined;
    if (date?.day === undefined || date.month === undefined) continue;
    const key = `${date.year ?? ''}-${date.month}-${date.day}`;
    if (seen.has(key)) continue;
    seen.add(key);
    dates.push({ year: date.year, month: date.month, day: date.day });
  }
  return dates;
}

/** Whether two stated dates can belong to one event: within a week, the year only where both give it. */
export function datesNear(a: StatedDate, b: StatedDate): boolean {
  if (a.year !== undefined && b.year !== undefined) {
    const days = Math.abs(Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day)) / 86_400_000;
    return days <= EVENT_SPAN_DAYS;
  }
  // Without a year, compare within one year; dates around the turn of the year count as near.
  const days = Math.abs(Date.UTC(2001, a.month - 1, a.day) - Date.UTC(2001, b.month - 1, b.day)) / 86_400_000;
  return Math.min(days, 365 - days) <= EVENT_SPAN_DAYS;
}

/**
 * Finds articles that probably report another event than their peers: an article whose stated
 * dates lie more than a week from every date the other articles of its declared event state.
 * Only articles with a declared event are checked: without events the stories group the
 * articles, and an article that states no date gives no evidence and is never flagged.
 */
export function findEventMismatches(
  articles: readonly { id: string; event?: string | null | undefined; text: string }[],
): EventMismatch[] {
  const dated = articles
    .filter((article) => article.event)
    .map((article) => ({ id: article.id, event: article.event!, dates: statedDates(article.text) }));
  const mismatches: EventMismatch[] = [];
  for (const article of dated) {
    if (article.dates.length === 0) continue;
    const peerDates = dated
      .filter((other) => other.id !== article.id && other.event === article.event)
      .flatMap((other) => other.dates);
    if (peerDates.length === 0) continue;
    if (article.dates.some((date) => peerDates.some((peer) => datesNear(date, peer)))) continue;
    mismatches.push({ article: article.id, event: article.event, dates: article.dates, peerDates });
  }
  return mismatches;
}

/** A stated date as German readers write it: "19.6.2024", "13.9." without a year. */
export function formatStatedDate(date: StatedDate): string {
  return `${date.day}.${date.month}.${date.year ?? ''}`;
}
