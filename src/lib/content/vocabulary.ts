import { GERMAN_MONTHS } from '../text/months.ts';

/** News agencies a credit line may name. Extend this list when an article cites a new one. */
export const AGENCIES = ['AFP', 'AP', 'APA', 'dpa', 'epd', 'KNA', 'Reuters', 'sda'] as const;
/** A news agency named in a credit line. */
export type Agency = (typeof AGENCIES)[number];

/** Spelling variants we distinguish: Germany/Austria and Switzerland. */
export const LANGUAGE_VARIANTS = ['de-DE', 'de-CH'] as const;

/** How precise a publication date is. */
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
/** How precise a publication date is. */
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

const DATE_SHAPES: Record<DatePrecision, RegExp> = {
  day: /^(\d{4})-(\d{2})-(\d{2})$/,
  month: /^(\d{4})-(\d{2})$/,
  year: /^(\d{4})$/,
};

/** True when `value` is a real calendar date written with exactly the given precision. */
export function isValidPartialDate(value: string, precision: DatePrecision): boolean {
  const match = DATE_SHAPES[precision].exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : 1;
  const day = match[3] ? Number(match[3]) : 1;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Days an article may appear before the day its event began: previews in the weeks before a
 * summit, not a report of another year.
 */
export const PUBLISHED_AHEAD_DAYS = 30;

const DAY_MS = 86_400_000;

/**
 * How many days before `eventDate` (YYYY-MM-DD) a publication date lies at the latest it allows
 * (the last day of its month or year), when that is more than {@link PUBLISHED_AHEAD_DAYS};
 * undefined when it is not, or when either date is not a real date. An article cannot report an
 * event months ahead: its date or its event is wrong.
 */
export function daysAheadOfEvent(value: string, precision: DatePrecision, eventDate: string): number | undefined {
  if (!isValidPartialDate(value, precision) || !isValidPartialDate(eventDate, 'day')) return undefined;
  const [year, month = 12] = value.split('-').map(Number);
  const latest =
    precision === 'day'
      ? Date.parse(`${value}T00:00:00Z`)
      : // Day 0 of the next month is the last day of this one.
        Date.UTC(year!, month, 0);
  const days = Math.round((Date.parse(`${eventDate}T00:00:00Z`) - latest) / DAY_MS);
  return days > PUBLISHED_AHEAD_DAYS ? days : undefined;
}

/** Formats a partial date in German, no more precisely than it is known: "13. September 2023", "September 2023". */
export function formatPartialDate(value: string, precision: DatePrecision): string {
  const [year, month, day] = value.split('-');
  if (precision === 'year') return year!;
  const monthName = GERMAN_MONTHS[Number(month) - 1]!;
  return precision === 'month' ? `${monthName} ${year}` : `${Number(day)}. ${monthName} ${year}`;
}
