import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The article whose frontmatter the provenance tests extend (de-CH, one removed line). */
export const PROVENANCE_SLUG = 'putin-empfaengt-kim-in-wostotschny';
/** Its raw source. */
export const PROVENANCE_SOURCE = '002_98dadad234490a67.txt';
/** An outlet name with characters that need escaping in HTML. */
export const OUTLET = 'Neue Zürcher Zeitung & «NZZ am Sonntag»';
/** An original address far wider than a phone, with a query string to escape. */
export const LONG_URL =
  'https://www.example.ch/international/' +
  'putin-empfaengt-kim-jong-un-auf-dem-weltraumbahnhof-wostotschny-im-fernen-osten-russlands-'.repeat(3) +
  'ld.1755555?reduced=true&utm_source=synopse';
/** A line added to the copied source, without spaces, wider than a phone. */
export const LONG_SOURCE_LINE = `Nur-in-der-Kopie:${'Weltraumbahnhofsbesichtigungsprogramm'.repeat(6)}`;

/**
 * Adds frontmatter fields (YAML lines, written as given) below `source:` of an article in a
 * content folder.
 */
export function addFrontmatter(content: string, slug: string, lines: string[]): void {
  const path = join(content, 'articles', `${slug}.md`);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(/^source: .*$/m, (line) => [line, ...lines].join('\n'));
  if (after === before) throw new Error(`no "source:" line in ${path}`);
  writeFileSync(path, after);
}

/**
 * Gives the provenance article an outlet and a long address, and appends a long line to its
 * source, so a build of the copy shows all three.
 */
export function withOutletAndUrl(content: string): void {
  addFrontmatter(content, PROVENANCE_SLUG, ['outlet:', `  name: '${OUTLET}'`, '  basis: footer', `url: '${LONG_URL}'`]);
  const source = join(content, 'sources', PROVENANCE_SOURCE);
  writeFileSync(source, `${readFileSync(source, 'utf8')}\n${LONG_SOURCE_LINE}\n`);
}

/** The text of an HTML fragment: tags dropped, character references resolved. */
export function htmlText(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, ref: string) => {
    const lower = ref.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(Number(lower.slice(1)));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }[lower]!;
  });
}
