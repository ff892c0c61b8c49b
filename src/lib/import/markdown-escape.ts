/** Escapes what Markdown would read as markup, so the body shows the text exactly as written. */
export function escapeMarkdown(line: string): string {
  return line
    .replace(/[\\`*_[\]<]/gu, '\\$&')
    .replace(/&(?=#?\w+;)/gu, '\\&')
    .replace(/^(#{1,6}|>|[-+=](?=\s|[-+=]*$))/u, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/u, '$1\\$2');
}
