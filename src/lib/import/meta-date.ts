/** The publication date an HTML page states in its metadata (`<meta>` or `<time datetime>`). */
import type { Root } from 'hast';
import { isValidPartialDate } from '../content/vocabulary.ts';
import { select, selectAll } from 'hast-util-select';

const META_DATE_NAMES = [
  'article:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'dc.date',
  'dc.date.issued',
  'parsely-pub-date',
];

/** The first day-precise date in the page's metadata, with the element it stands in. */
export function metaDate(tree: Root): { date: string; basis: string } | undefined {
  const meta = selectAll('meta', tree).find((element) => {
    const name = String(element.properties.property ?? element.properties.name ?? element.properties.itemProp ?? '');
    return META_DATE_NAMES.includes(name.toLowerCase()) && typeof element.properties.content === 'string';
  });
  const time = select('time[datetime]', tree);
  const candidates: [string, string][] = [];
  if (meta) {
    const name = String(meta.properties.property ?? meta.properties.name ?? meta.properties.itemProp);
    const attribute = meta.properties.property ? 'property' : meta.properties.name ? 'name' : 'itemprop';
    candidates.push([
      String(meta.properties.content),
      `<meta ${attribute}="${name}" content="${String(meta.properties.content)}">`,
    ]);
  }
  if (time)
    candidates.push([String(time.properties.dateTime), `<time datetime="${String(time.properties.dateTime)}">`]);
  for (const [value, where] of candidates) {
    const match = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
    if (match && isValidPartialDate(match[1]!, 'day')) {
      return { date: match[1]!, basis: `Veröffentlichungsdatum in den Metadaten der Seite: ${where}.` };
    }
  }
  return undefined;
}
