/**
 * Maps each character of a parsed text value back to its offset in the Markdown source.
 *
 * Parsed text differs from its source where Markdown escapes (`\*`) or character references
 * (`&amp;`) were resolved. Walking both strings together and skipping source characters that
 * have no counterpart keeps offsets exact for plain text and close for the rest.
 */
export function mapValueToSource(value: string, source: string, sourceStart: number): number[] {
  const offsets = new Array<number>(value.length + 1);
  let s = 0;
  for (let v = 0; v < value.length; v++) {
    let probe = s;
    while (probe < source.length && source[probe] !== value[v]) probe++;
    if (probe < source.length) s = probe;
    offsets[v] = sourceStart + Math.min(s, source.length);
    if (s < source.length) s++;
  }
  offsets[value.length] = sourceStart + Math.min(s, source.length);
  return offsets;
}
