/**
 * Decoding raw article files: bytes as received become text only when they are UTF-8 text.
 * Decoding with replacement characters would put "�" into articles and break the word-for-word
 * integrity check later, far from the cause; refusing early names the file and the byte.
 */

/** Why the bytes of a file are not usable article text. */
export type RawTextProblem =
  | { kind: 'binary' }
  | { kind: 'encoding'; offset: number; byte: number; line: number }
  | { kind: 'empty' };

/** The decoded text, or the problem that prevents it. */
export type RawTextResult = { ok: true; text: string } | { ok: false; problem: RawTextProblem };

/**
 * The offset of the first byte that cannot start or continue a UTF-8 character (overlong forms,
 * surrogates and code points above U+10FFFF included), or -1 when all bytes are valid UTF-8.
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      const min = k === 1 ? low : 0x80;
      const max = k === 1 ? high : 0xbf;
      // A truncated or broken sequence: the character starting at `i` is the one to fix.
      if (next === undefined || next < min || next > max) return i;
    }
    i += length;
  }
  return -1;
}

/** Decodes a file's bytes as UTF-8 article text; refuses binary data, other encodings and empty text. */
export function decodeRawText(bytes: Uint8Array): RawTextResult {
  // A NUL byte never occurs in text, in any encoding an article would use.
  if (bytes.includes(0)) return { ok: false, problem: { kind: 'binary' } };
  const bad = firstInvalidUtf8Byte(bytes);
  if (bad >= 0) {
    let line = 1;
    for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) line++;
    return { ok: false, problem: { kind: 'encoding', offset: bad, byte: bytes[bad]!, line } };
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  if (text.trim() === '') return { ok: false, problem: { kind: 'empty' } };
  return { ok: true, text };
}

/** The message for a problem with file `path`: what is wrong, where, and how to fix it. */
export function describeRawTextProblem(path: string, problem: RawTextProblem): string {
  switch (problem.kind) {
    case 'binary':
      return `${path}: this looks like a binary file, not German text (it contains NUL bytes). Give the text as a .txt, .md or .html file.`;
    case 'empty':
      return `${path}: the file is empty. Expected the article text.`;
    case 'encoding': {
      const hex = problem.byte.toString(16).toUpperCase().padStart(2, '0');
      return (
        `${path}: not valid UTF-8 text: byte 0x${hex} at offset ${problem.offset} (line ${problem.line}) is not part of a UTF-8 character. ` +
        `Convert the file to UTF-8, for example: iconv -f latin1 -t utf-8 "${path}" > converted.txt`
      );
    }
  }
}
