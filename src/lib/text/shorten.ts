/** How long a text is for the purpose at hand: characters, or characters as written in HTML. */
export type Measure = (text: string) => number;

/** Appended after a cut at a word boundary. */
const WORD_ELLIPSIS = ' …';
/** Appended after a cut inside a word that alone is longer than the room. */
const INNER_ELLIPSIS = '…';
/** Punctuation that reads wrong right before an ellipsis ("Putin, …", "Kim: …"). */
const TRAILING_PUNCTUATION = /[\s,;:–—-]+$/u;

/** Length in UTF-16 code units, as `String.length` counts. */
export const textLength: Measure = (text) => text.length;

/**
 * Length as Astro writes the text into HTML: it escapes `&`, `<`, `>`, `"` and `'` as entities,
 * so a title that fits in characters can still overflow a limit on the written markup.
 */
export const htmlTextLength: Measure = (text) => {
  let length = 0;
  for (const char of text) {
    if (char === '&')
      length += 5; // &amp;
    else if (char === '<' || char === '>')
      length += 4; // &lt; &gt;
    else if (char === '"')
      length += 6; // &quot;
    else if (char === "'")
      length += 5; // &#39;
    else length += char.length;
  }
  return length;
};

/**
 * Shortens `text` so that `measure` of the result is at most `max`.
 *
 * A text that fits is returned unchanged. Otherwise it is cut at the last word boundary that
 * leaves room for " …". Where no word boundary fits, or the last one that fits would throw away
 * more than half the room (a 200-character compound or a URL right after a short word), the text
 * is cut inside the word instead and "…" appended. Cuts never split a surrogate pair. When `max`
 * leaves no room even for the ellipsis, the result is as much of the ellipsis as fits (possibly
 * empty), so the limit holds for every `max`.
 *
 * Runs in one pass over the text: no loop depends on finding a space, so no input can hang it.
 */
export function shortenAtWord(text: string, max: number, measure: Measure = textLength): string {
  if (measure(text) <= max) return text;
  const fits = (candidate: string) => measure(candidate) <= max;

  // Longest prefix that ends before whitespace and still fits with " …". Prefixes only grow, so
  // the first one that does not fit ends the search.
  let best: string | undefined;
  for (const match of text.matchAll(/\s+/gu)) {
    const prefix = text.slice(0, match.index).replace(TRAILING_PUNCTUATION, '');
    if (prefix === '') continue;
    if (!fits(prefix + WORD_ELLIPSIS)) break;
    best = prefix;
  }
  if (best !== undefined && measure(best) * 2 >= max) return best + WORD_ELLIPSIS;

  // A word too long for the room: cut inside it, by code points, keeping as much text as fits.
  let cut = '';
  for (const char of text.trimStart()) {
    if (!fits(cut + char + INNER_ELLIPSIS)) break;
    cut += char;
  }
  cut = cut.replace(TRAILING_PUNCTUATION, '');
  if (cut !== '') return cut + INNER_ELLIPSIS;
  return fits(INNER_ELLIPSIS) ? INNER_ELLIPSIS : '';
}
