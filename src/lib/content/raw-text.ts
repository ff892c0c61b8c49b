/**
 * Decoding raw article files: bytes as received become text only when they are UTF-8 text.
 * Decoding with replacement characters would put "�" into articles and break the word-for-word
 * integrity check later, far from the cause; refusing early names the file and the byte.
 */

/** A byte-order mark of an encoding other than UTF-8, which text editors write ("Unicode" in Notepad). */
export interface ByteOrderMark {
  /** The encoding's name in messages and for iconv: "UTF-16", "UTF-32". */
  name: 'UTF-16' | 'UTF-32';
  /** The label TextDecoder knows it by, where it does ("utf-16le"); UTF-32 it does not read. */
  decoder?: 'utf-16le' | 'utf-16be' | undefined;
  /** The mark's bytes in hex, as a hex viewer shows them ("FF FE"). */
  mark: string;
}

/** Why the bytes of a file are not usable article text. */
export type RawTextProblem =
  | { kind: 'binary' }
  | { kind: 'other-encoding'; bom: ByteOrderMark }
  | { kind: 'unmarked-utf-16'; encoding: 'utf-16le' | 'utf-16be' }
  | { kind: 'encoding'; offset: number; byte: number; line: number }
  | { kind: 'empty' };

/** The byte-order mark of UTF-16 or UTF-32 text at the start of `bytes`, longest first; undefined for none. */
export function otherByteOrderMark(bytes: Uint8Array): ByteOrderMark | undefined {
  const starts = (...mark: number[]) => mark.every((byte, i) => bytes[i] === byte);
  if (starts(0xff, 0xfe, 0x00, 0x00)) return { name: 'UTF-32', mark: 'FF FE 00 00' };
  if (starts(0x00, 0x00, 0xfe, 0xff)) return { name: 'UTF-32', mark: '00 00 FE FF' };
  if (starts(0xff, 0xfe)) return { name: 'UTF-16', decoder: 'utf-16le', mark: 'FF FE' };
  if (starts(0xfe, 0xff)) return { name: 'UTF-16', decoder: 'utf-16be', mark: 'FE FF' };
  return undefined;
}

/** Share of a parity's bytes that must be NUL, and at most may be on the other, for {@link unmarkedUtf16}. */
const UTF16_NUL_SHARE = { one: 0.6, other: 0.02 };

/**
 * The byte order of UTF-16 text written without a byte-order mark (some exporters and PowerShell
 * redirections do), or undefined. Text of Latin letters, umlauts included, has a NUL in every
 * other byte: at odd offsets little-endian, at even ones big-endian. Binary data has NULs on both.
 */
export function unmarkedUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const units = bytes.length / 2;
  const only = (nul: number, other: number) =>
    nul >= UTF16_NUL_SHARE.one * units && other <= UTF16_NUL_SHARE.other * units;
  if (only(odd, even)) return 'utf-16le';
  if (only(even, odd)) return 'utf-16be';
  return undefined;
}

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
  // UTF-16 and UTF-32 text is full of NUL bytes: named by its mark, it is not called binary.
  const bom = otherByteOrderMark(bytes);
  if (bom) return { ok: false, problem: { kind: 'other-encoding', bom } };
  // A NUL byte never occurs in UTF-8 text: UTF-16 without its mark, or binary data.
  if (bytes.includes(0)) {
    const encoding = unmarkedUtf16(bytes);
    return { ok: false, problem: encoding ? { kind: 'unmarked-utf-16', encoding } : { kind: 'binary' } };
  }
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

/**
 * The command that converts file `path` from `encoding` to UTF-8 in place: beside it, then over
 * it, since an article's id (claims) or the name the user gave (add) is its file name.
 */
export function convertCommand(path: string, encoding: string): string {
  const dot = path.lastIndexOf('.');
  const converted = dot > path.lastIndexOf('/') ? `${path.slice(0, dot)}.utf8${path.slice(dot)}` : `${path}.utf8`;
  return `iconv -f ${encoding} -t utf-8 "${path}" > "${converted}" && mv "${converted}" "${path}"`;
}

/**
 * The message for a problem with file `path`: what is wrong, where, and how to fix it. `fix`
 * replaces the default advice for bytes that are not UTF-8 (an HTML page's own charset advice).
 */
export function describeRawTextProblem(path: string, problem: RawTextProblem, fix?: string): string {
  switch (problem.kind) {
    case 'binary':
      return `${path}: this looks like a binary file, not German text (it contains NUL bytes). Give the text as a .txt, .md or .html file.`;
    case 'empty':
      return `${path}: the file is empty. Expected the article text.`;
    case 'other-encoding':
      return `${path}: ${problem.bom.name} text (it starts with the byte-order mark ${problem.bom.mark}); only UTF-8 is read. Convert the file to UTF-8, for example: ${convertCommand(path, problem.bom.name.toLowerCase())}`;
    case 'unmarked-utf-16': {
      const order = problem.encoding === 'utf-16le' ? 'little-endian' : 'big-endian';
      return `${path}: UTF-16 text (${order}, without a byte-order mark: every second byte is 0); only UTF-8 is read. Convert the file to UTF-8, for example: ${convertCommand(path, problem.encoding)}`;
    }
    case 'encoding': {
      const hex = problem.byte.toString(16).toUpperCase().padStart(2, '0');
      return (
        `${path}: not valid UTF-8 text: byte 0x${hex} at offset ${problem.offset} (line ${problem.line}) is not part of a UTF-8 character. ` +
        (fix ?? `Convert the file to UTF-8, for example: ${convertCommand(path, 'latin1')}`)
      );
    }
  }
}
