/**
 * Which articles an event page shows side by side. More than four columns do not fit a desk's
 * screen and make the page grow with the corpus, so the page carries at most four; the reader
 * picks others, and the choice lives in the address (`?spalten=a,b`).
 */

/** At most this many articles side by side. */
export const MAX_COLUMNS = 4;
/** The address parameter that holds the chosen columns. */
export const COLUMNS_PARAM = 'spalten';

/**
 * The columns an address asks for: known article ids in the order given, no repeats, at most
 * `MAX_COLUMNS`; the default (the first articles) when it names none that exist.
 */
export function parseColumns(search: string, articles: readonly string[]): string[] {
  const requested = (new URLSearchParams(search).get(COLUMNS_PARAM) ?? '').split(',');
  const chosen = [...new Set(requested.filter((id) => articles.includes(id)))].slice(0, MAX_COLUMNS);
  return chosen.length > 0 ? chosen : defaultColumns(articles);
}

/** The columns a page shows before the reader picks: its first `MAX_COLUMNS` articles. */
export function defaultColumns(articles: readonly string[]): string[] {
  return articles.slice(0, MAX_COLUMNS);
}

/** Writes the columns into `search`, other parameters kept; the default leaves the address clean. */
export function columnsSearch(columns: readonly string[], articles: readonly string[], search = ''): string {
  const params = new URLSearchParams(search);
  params.delete(COLUMNS_PARAM);
  const isDefault = columns.join(',') === defaultColumns(articles).join(',');
  if (!isDefault) params.set(COLUMNS_PARAM, columns.join(','));
  const text = params.toString().replaceAll('%2C', ',');
  return text ? `?${text}` : '';
}
