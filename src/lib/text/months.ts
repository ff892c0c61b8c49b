/**
 * Month names as the runtime's locale data (ICU) spells them, so no file keeps a list of its own.
 * Index 0 is January.
 */
const monthNames = (locale: string, month: 'long' | 'short'): readonly string[] => {
  const format = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, index) => format.format(new Date(Date.UTC(2000, index, 1))));
};

/** "Januar" … "Dezember". */
export const GERMAN_MONTHS = monthNames('de', 'long');
/** "Jan", "Feb", "Mär" … "Dez" (May is "Mai", as long). */
export const GERMAN_MONTH_ABBREVIATIONS = monthNames('de', 'short');
/** Austrian German names that differ from German ones: "Jänner" (January). */
export const AUSTRIAN_MONTHS = monthNames('de-AT', 'long').flatMap((name, index) =>
  name === GERMAN_MONTHS[index] ? [] : [{ name, month: index + 1 }],
);
/** "January" … "December", for pages that carry English date lines. */
export const ENGLISH_MONTHS = monthNames('en', 'long');
/** "Jan" … "Dec". */
export const ENGLISH_MONTH_ABBREVIATIONS = monthNames('en', 'short');

/**
 * Every month name and abbreviation a date line may use (German, Austrian, English, and "Sept"),
 * lower-case, with its month number 1-12.
 */
export const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map(
  [
    ...[GERMAN_MONTHS, GERMAN_MONTH_ABBREVIATIONS, ENGLISH_MONTHS, ENGLISH_MONTH_ABBREVIATIONS].flatMap((names) =>
      names.map((name, index) => [name, index + 1] as const),
    ),
    ...AUSTRIAN_MONTHS.map(({ name, month }) => [name, month] as const),
    ['Sept', 9] as const,
  ].map(([name, month]) => [name.toLowerCase(), month]),
);
