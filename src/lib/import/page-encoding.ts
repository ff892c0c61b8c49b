/**
 * The bytes of a page given to `npm run add`, as text. A plain-text (.txt, .md) page is the seed
 * the build reads back from content/sources/ as UTF-8 (src/lib/content/raw-text.ts), and is kept
 * byte for byte, so it must be UTF-8 already: other encodings are refused with the command that
 * converts them. An HTML page is kept byte for byte as provenance and never read by the build;
 * only the text taken from it (saved as UTF-8 beside it) is. So it is read as a browser reads it:
 * in the encoding its byte-order mark or its `<meta charset>` declares (older German sites declare
 * iso-8859-1 or windows-1252), with UTF-8 as the default.
 */
import {
  convertCommand,
  decodeRawText,
  describeRawTextProblem,
  firstInvalidUtf8Byte,
  otherByteOrderMark,
  unmarkedUtf16,
} from '../content/raw-text.ts';

/** The page's text, with what the reading itself could not settle; or why it cannot be read. */
export type PageDecoding = { ok: true; text: string; checks: string[] } | { ok: false; message: string };

/** The bytes up to `limit` as ASCII-compatible text, enough to read tags and attributes. */
const asciiView = (bytes: Uint8Array, limit: number): string =>
  new TextDecoder('windows-1252').decode(bytes.subarray(0, limit));

/** Whether a text file holds an HTML document: it starts (after a BOM and blanks) with its doctype or `<html>`. */
export function looksLikeHtmlDocument(bytes: Uint8Array): boolean {
  return /^(?:\u00ef\u00bb\u00bf)?\s*(?:<!doctype\s+html|<html[\s>])/iu.test(asciiView(bytes, 512));
}

/** An encoding declared in the page's `<meta>` tags, with the line it stands on. */
export interface DeclaredCharset {
  label: string;
  line: number;
}

/**
 * The charset a page declares in `<meta charset="…">` or `<meta http-equiv="Content-Type"
 * content="…; charset=…">` before its body (comments skipped), as a browser's pre-scan reads it.
 */
export function declaredCharset(bytes: Uint8Array): DeclaredCharset | undefined {
  const head = asciiView(bytes, 64 * 1024);
  const end = head.search(/<body[\s>]/iu);
  const region = end === -1 ? head : head.slice(0, end);
  const tags = /<!--[\s\S]*?-->|<meta\b[^>]*>/giu;
  for (let match = tags.exec(region); match; match = tags.exec(region)) {
    const tag = match[0];
    if (tag.startsWith('<!--')) continue;
    const attribute = (name: string): string | undefined =>
      new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>/]+))`, 'iu')
        .exec(tag)
        ?.slice(1)
        .find((value) => value !== undefined);
    const charset = attribute('charset');
    const equiv = attribute('http-equiv');
    const content = attribute('content');
    const label =
      charset ??
      (equiv?.toLowerCase() === 'content-type' && content
        ? /charset\s*=\s*["']?([^\s;"']+)/iu.exec(content)?.[1]
        : undefined);
    if (label) return { label: label.trim(), line: region.slice(0, match.index).split('\n').length };
  }
  return undefined;
}

/**
 * Reads a page's bytes as text. `file` is the path as the user gave it (messages name it and
 * use it in the commands they suggest); `extension` is its extension (".txt", ".md", ".html").
 */
export function decodePage(bytes: Uint8Array, file: string, extension: string): PageDecoding {
  const isHtml = extension === '.html' || extension === '.htm';
  const bom = otherByteOrderMark(bytes);
  if (!isHtml) {
    // A text source is kept byte for byte and read by the build as UTF-8: other encodings are
    // refused with the command that converts them (decodeRawText names UTF-16 by its mark).
    if (!bom && looksLikeHtmlDocument(bytes)) {
      return {
        ok: false,
        message: `${file}: this is an HTML document (it starts with <!DOCTYPE html> or <html>), not the text of a page; imported as text, its tags would become the article. Save it with the extension .html and import that, which reads the page's text and keeps the HTML as provenance.`,
      };
    }
    return decodeUtf8(bytes, file, `Convert the file to UTF-8, for example: ${convertCommand(file, 'latin1')}`);
  }

  if (bom) {
    if (!bom.decoder) return { ok: false, message: describeRawTextProblem(file, { kind: 'other-encoding', bom }) };
    try {
      const text = new TextDecoder(bom.decoder, { fatal: true }).decode(bytes);
      return checkDecoded(text, file);
    } catch {
      return {
        ok: false,
        message: `${file}: starts with the ${bom.name} byte-order mark ${bom.mark} but is not valid ${bom.name} text. Save the page again from the browser, as UTF-8 if it offers the choice.`,
      };
    }
  }
  // A page saved as UTF-16 without its mark: read in that byte order, as with the mark.
  const unmarked = bytes.includes(0) ? unmarkedUtf16(bytes) : undefined;
  if (unmarked) {
    try {
      return checkDecoded(new TextDecoder(unmarked, { fatal: true }).decode(bytes), file);
    } catch {
      return { ok: false, message: describeRawTextProblem(file, { kind: 'binary' }) };
    }
  }
  const declared = declaredCharset(bytes);
  let encoding = 'utf-8';
  if (declared) {
    try {
      encoding = new TextDecoder(declared.label).encoding;
    } catch {
      return {
        ok: false,
        message: `${file}: line ${declared.line} declares charset "${declared.label}", which is no encoding a browser knows. Correct the declaration, or convert the page to UTF-8 and declare <meta charset="utf-8">: ${convertCommand(file, 'ENCODING')}`,
      };
    }
    // A meta declaration cannot be UTF-16 (its own bytes would not be ASCII); browsers read UTF-8.
    if (encoding.startsWith('utf-16')) encoding = 'utf-8';
  }
  const convert = convertCommand(file, 'latin1');
  if (encoding === 'utf-8') {
    return decodeUtf8(
      bytes,
      file,
      declared
        ? `The page declares charset "${declared.label}" (line ${declared.line}) but is not UTF-8; if it is Latin-1, declare <meta charset="windows-1252"> instead, or convert it: ${convert}`
        : `The page declares no charset; if it is Latin-1, add <meta charset="windows-1252"> to its <head>, or convert it: ${convert}`,
    );
  }
  // Converted to UTF-8 after saving, the declaration left as it was: decoding the UTF-8 bytes as
  // Latin-1 would import "Ã¼" for every "ü". Latin-1 German text is practically never valid UTF-8.
  const nonAscii = bytes.some((byte) => byte >= 0x80);
  if (nonAscii && firstInvalidUtf8Byte(bytes) === -1) {
    const result = decodeUtf8(bytes, file, convert);
    if (result.ok) {
      result.checks.push(
        `encoding: the page declares charset "${declared!.label}" (line ${declared!.line}) but its bytes are UTF-8, so it was read as UTF-8. Check the umlauts of the draft against the page.`,
      );
    }
    return result;
  }
  if (bytes.includes(0)) return { ok: false, message: describeRawTextProblem(file, { kind: 'binary' }) };
  try {
    return checkDecoded(new TextDecoder(encoding, { fatal: true }).decode(bytes), file);
  } catch {
    return {
      ok: false,
      message: `${file}: not valid ${encoding} text, the charset it declares (line ${declared!.line}). Save the page again from the browser, as UTF-8 if it offers the choice.`,
    };
  }
}

/** UTF-8 bytes as text; an encoding problem gets `fix`, the other problems the shared message. */
function decodeUtf8(bytes: Uint8Array, file: string, fix: string): PageDecoding {
  const decoded = decodeRawText(bytes);
  if (decoded.ok) return { ok: true, text: decoded.text, checks: [] };
  return { ok: false, message: describeRawTextProblem(file, decoded.problem, fix) };
}

/** Text decoded from another encoding: a NUL in it is binary data, blank text no page. */
function checkDecoded(text: string, file: string): PageDecoding {
  if (text.includes('\u0000')) return { ok: false, message: describeRawTextProblem(file, { kind: 'binary' }) };
  if (text.trim() === '') return { ok: false, message: describeRawTextProblem(file, { kind: 'empty' }) };
  return { ok: true, text, checks: [] };
}
