/**
 * Where a source showed a picture that was not kept (`pictures` in the frontmatter: the words
 * right before it), the rendered text gets a quiet note after that sentence.
 */

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The text of an HTML fragment, and for each of its characters the index just past it in the HTML. */
function textWithOffsets(html: string): { text: string; ends: number[] } {
  let text = '';
  const ends: number[] = [];
  for (let i = 0; i < html.length;) {
    if (html[i] === '<') {
      const close = html.indexOf('>', i);
      i = close < 0 ? html.length : close + 1;
      continue;
    }
    if (html[i] === '&') {
      const entity = /^&(?:amp|lt|gt|quot|#39);/.exec(html.slice(i, i + 6))?.[0];
      if (entity) {
        text += ENTITIES[entity]!;
        i += entity.length;
        ends.push(i);
        continue;
      }
    }
    text += html[i]!;
    i++;
    ends.push(i);
  }
  return { text, ends };
}

/**
 * Where the sentence element closes when only closing tags (of marks and links inside it)
 * follow `at`: the index after its `</span>`; undefined when text or an opening tag comes first.
 */
function sentenceEndAt(html: string, at: number): number | undefined {
  let end = at;
  for (let match = /^<\/([a-z0-9]+)>/.exec(html.slice(end)); match; match = /^<\/([a-z0-9]+)>/.exec(html.slice(end))) {
    end += match[0].length;
    if (match[1] === 'span') return end;
  }
  return undefined;
}

/**
 * Puts `noteHtml` after each sentence of `html` that ends with one of `quotes`, outside the
 * sentence's element and any mark inside it, whatever marks the claim engine put in the
 * sentence. Throws an error naming the quote when it does not end a sentence (`where` says
 * which file and field, for the message).
 */
export function insertPictureNotes(html: string, quotes: readonly string[], noteHtml: string, where: string): string {
  return quotes.reduce((out, quote) => {
    const { text, ends } = textWithOffsets(out);
    let from = 0;
    for (let found = text.indexOf(quote, from); found >= 0; found = text.indexOf(quote, from)) {
      const after = ends[found + quote.length - 1]!;
      // The sentence's own element closes right after the words: they end the sentence.
      const end = sentenceEndAt(out, after);
      if (end !== undefined) return `${out.slice(0, end)} ${noteHtml}${out.slice(end)}`;
      from = found + 1;
    }
    throw new Error(
      `${where}: "${quote}" is not the end of a sentence of the text; copy the last words before the picture exactly`,
    );
  }, html);
}
