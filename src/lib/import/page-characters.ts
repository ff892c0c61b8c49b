/**
 * Hidden characters in a page given to `npm run add`. The build refuses an article file that holds
 * a control character, a bidirectional control or a zero-width character
 * (src/lib/content/characters.ts), so the importer must never write one. Two classes:
 *
 * - Characters that cannot be meant as text: C0 and C1 controls, bidirectional controls, and
 *   U+FFFD, which stands where a character was lost (a broken reference such as `&#0;` or
 *   `&#xD800;`, or a page saved in the wrong encoding). Removing them could join words or hide
 *   that text was lost, so the page is refused, with the line and column of the page and the fix.
 * - Invisible formatting characters (U+200B ZERO WIDTH SPACE, U+200C/U+200D joiners, U+2060 WORD
 *   JOINER, U+FEFF inside text), which CMSs put into HTML to steer line breaks. From an HTML page
 *   they are removed: its text is saved as a new .txt beside it, which is the seed the article is
 *   checked against, so seed and article agree word for word and the .html keeps them as
 *   received. A .txt or .md page is its own seed and is kept byte for byte; removing them from
 *   the article only would split words of the seed ("Wort\u200Bteil") that the article joins,
 *   and the integrity check would fail. So there they are refused like the build refuses them.
 */
import type { Nodes, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describeHiddenCharacter, findHiddenCharacter, hasHiddenCharacter } from '../content/characters.ts';

/** The zero-width characters the loader refuses that carry no meaning in German text. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/gu;
const IS_INVISIBLE = /^[\u200B-\u200D\u2060\uFEFF]$/u;
const REPLACEMENT = '\uFFFD';

/** Whether a character is one that cannot be meant as text (see above). */
const refused = (char: string): boolean =>
  char === REPLACEMENT || (hasHiddenCharacter(char) && !IS_INVISIBLE.test(char));

/** Line and column (1-based, UTF-16 code units as editors count) of `offset` in `text`. */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

const LOST =
  'stands where a character was lost when the page was saved or converted, so the text would not be what was published';

/**
 * Why a plain-text or Markdown page cannot be imported for its characters, or undefined. The
 * message is the loader's for the same character, with the page's own line and column, so it
 * reads as the build would read it; U+FFFD is refused too. `file` is used in the suggested
 * command; the caller puts it before the message.
 */
export function describeTextCharacterProblem(text: string, file: string): string | undefined {
  const hidden = findHiddenCharacter(text);
  const lost = text.indexOf(REPLACEMENT);
  const hiddenOffset = hidden ? offsetOf(text, hidden.line, hidden.column) : Infinity;
  if (lost !== -1 && lost < hiddenOffset) {
    const { line, column } = position(text, lost);
    return `line ${line}, column ${column} contains U+FFFD (REPLACEMENT CHARACTER, "${REPLACEMENT}"); it ${LOST}. Copy the text again from the page, or write the character it stood for (grep -n "${REPLACEMENT}" ${file} shows the line).`;
  }
  if (!hidden) return undefined;
  const message = describeHiddenCharacter(hidden, file);
  return hidden.kind === 'invisible'
    ? `${message} Or save the page as .html and import that: from an HTML page, invisible characters are removed.`
    : message;
}

/** The offset of a 1-based line and column in `text`. */
function offsetOf(text: string, line: number, column: number): number {
  let start = 0;
  for (let l = 1; l < line; l++) start = text.indexOf('\n', start) + 1;
  return start + column - 1;
}

/**
 * Removes the invisible formatting characters from every text and attribute value of a parsed
 * page, so neither its text nor what its metadata says (outlet, date) holds one. Returns how many
 * of each were removed, by code point ("U+200B").
 */
export function removeInvisible(tree: Root): Map<string, number> {
  const removed = new Map<string, number>();
  const strip = (value: string): string =>
    value.replace(INVISIBLE, (char) => {
      const code = `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
      removed.set(code, (removed.get(code) ?? 0) + 1);
      return '';
    });
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text' || node.type === 'comment') node.value = strip(node.value);
    if (node.type === 'element') {
      for (const [key, value] of Object.entries(node.properties)) {
        if (typeof value === 'string') node.properties[key] = strip(value);
        else if (Array.isArray(value))
          node.properties[key] = value.map((item) => (typeof item === 'string' ? strip(item) : item));
      }
    }
    if ('children' in node) stack.push(...(node.children as Nodes[]));
  }
  return removed;
}

/** Elements whose text never reaches the page's text (./html-regions.ts skips them too). */
const NO_TEXT = new Set(['script', 'style', 'template', 'noscript', 'svg', 'iframe', 'object', 'select']);
/** A character reference as HTML writes it: numeric, hexadecimal or named. */
const REFERENCE = /&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?/gu;

/** What a character reference stands for, read by the same HTML parser that reads the page. */
function decodeReference(reference: string): string {
  const fragment = unified().use(rehypeParse, { fragment: true }).parse(reference);
  return fragment.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
}

/** The first refused character in one slice of the page: where it stands, literal or as a reference. */
function firstRefused(
  html: string,
  start: number,
  end: number,
): { offset: number; reference?: string; char: string } | undefined {
  const slice = html.slice(start, end);
  let literal = -1;
  for (let i = 0; i < slice.length; i++) {
    if (refused(slice[i]!)) {
      literal = i;
      break;
    }
  }
  for (const match of slice.matchAll(REFERENCE)) {
    if (literal !== -1 && match.index > literal) break;
    const char = [...decodeReference(match[0])].find(refused);
    if (char) return { offset: start + match.index, reference: match[0], char };
  }
  return literal === -1 ? undefined : { offset: start + literal, char: slice[literal]! };
}

/**
 * Why an HTML page cannot be imported for its characters, or undefined: the first control,
 * bidirectional control or U+FFFD in the text of its body or title, located in the page's source
 * by line and column, literal or written as a character reference; failing that, in `pageText`
 * (what the import would save and draft from). Call it after `removeInvisible`. `file` is used in the suggested command; the caller
 * puts it before the message.
 */
export function describeHtmlCharacterProblem(
  html: string,
  tree: Root,
  pageText: string,
  file: string,
): string | undefined {
  // The text nodes, not only the text made of them: that drops bidirectional controls as a
  // browser's layout ignores them, but on the page they reordered what readers saw.
  let found: ReturnType<typeof firstRefused>;
  const stack: Nodes[] = [tree];
  while (stack.length > 0 && !found) {
    const node = stack.pop()!;
    if (node.type === 'element' && NO_TEXT.has(node.tagName)) continue;
    if (node.type === 'text' && [...node.value].some(refused) && node.position?.start.offset !== undefined) {
      found = firstRefused(html, node.position.start.offset, node.position.end.offset ?? html.length);
    }
    if (node.type === 'element' && node.tagName === 'head') {
      // Of the head, only the title can become text of the article.
      stack.push(...node.children.filter((child) => child.type === 'element' && child.tagName === 'title'));
    } else if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  if (!found && ![...pageText].some(refused)) return undefined;
  const char = found?.char ?? [...pageText].find(refused)!;
  const hidden = char === REPLACEMENT ? undefined : findHiddenCharacter(char);
  const what = hidden
    ? `${hidden.codePoint} (${hidden.name}), ${hidden.kind === 'bidi' ? 'a bidirectional control' : 'a control character'} the build refuses`
    : `U+FFFD (REPLACEMENT CHARACTER, "${REPLACEMENT}"), which ${LOST}`;
  if (!found) {
    const { line, column } = position(pageText, pageText.indexOf(char));
    return `line ${line}, column ${column} of the page's text contains ${what}. Remove it from the page and import it again.`;
  }
  const { line, column } = position(html, found.offset);
  if (found.reference) {
    const stands = hidden
      ? `stands for ${what}`
      : `names no character (it is NUL, half of a surrogate pair or beyond U+10FFFF), so the page shows U+FFFD ("${REPLACEMENT}") there and a character is lost`;
    return `line ${line}, column ${column}: the character reference "${found.reference}" ${stands}. Remove the reference, or write the character it was meant to be (grep -n "${found.reference}" ${file} shows the line).`;
  }
  if (hidden) return `${describeHiddenCharacter({ ...hidden, line, column }, file)}`;
  return `line ${line}, column ${column} contains ${what}. Save the page again from the browser, or write the character it stood for (grep -n "${REPLACEMENT}" ${file} shows the line).`;
}
