/**
 * Characters that are not what they seem: control characters (a NUL byte was published as "�"),
 * bidirectional controls (U+202E turns "gnalfpmE" into "Empfang" on screen, and reached <title>,
 * the search filters and claims.json) and zero-width characters (a trailing U+200B was not
 * trimmed, so two titles that look alike differ). None belongs in a news article; a file that
 * holds one is refused with the file's own line and column, the character and the fix.
 */

/** What kind of hidden character was found. */
export type HiddenKind = 'control' | 'bidi' | 'invisible';

/** One hidden character, where it stands. */
export interface HiddenCharacter {
  kind: HiddenKind;
  /** 1-based line, counted from the start of the text checked plus `linesBefore`. */
  line: number;
  /** 1-based column (in UTF-16 code units, as editors count for these characters). */
  column: number;
  /** "U+202E" */
  codePoint: string;
  /** "RIGHT-TO-LEFT OVERRIDE" */
  name: string;
}

const NAMES: Record<number, string> = {
  0x00: 'NUL',
  0x1b: 'ESCAPE',
  0x7f: 'DELETE',
  0x061c: 'ARABIC LETTER MARK',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};

/** Control characters except tab, line feed and carriage return; C1 controls; bidi and zero-width. */
const HIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/;

function kindOf(code: number): HiddenKind {
  if (code < 0xa0) return 'control';
  const bidi =
    code === 0x061c || code === 0x200e || code === 0x200f || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
  if (bidi) return 'bidi';
  return 'invisible';
}

/**
 * The first hidden character of `text`, or undefined. A byte-order mark at the very start of a
 * file is not counted (editors write one; it is not part of the text).
 */
export function findHiddenCharacter(text: string, linesBefore = 0): HiddenCharacter | undefined {
  const from = text.startsWith('\uFEFF') ? 1 : 0;
  const match = HIDDEN.exec(from === 0 ? text : text.slice(from));
  if (!match) return undefined;
  const index = match.index + from;
  const code = text.charCodeAt(index);
  let line = linesBefore + 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return {
    kind: kindOf(code),
    line,
    column: index - lineStart + 1,
    codePoint: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`,
    name: NAMES[code] ?? (code < 0xa0 ? 'a control character' : 'a format character'),
  };
}

/** Per kind of hidden character, what the message calls it and why it matters. */
const HIDDEN_KIND_MESSAGE: Record<HiddenKind, { what: string; why: string }> = {
  control: { what: 'the control character', why: 'a page would show it as "�" or drop it' },
  bidi: {
    what: 'the bidirectional control',
    why: 'it reverses or reorders the text around it on screen, so readers would see other words than the file holds',
  },
  invisible: {
    what: 'the invisible character',
    why: 'it is invisible, so two texts that look alike would differ',
  },
};

/** The message for a hidden character: where, what, why it matters and the fix. */
export function describeHiddenCharacter(found: HiddenCharacter, file = 'FILE'): string {
  const { what, why } = HIDDEN_KIND_MESSAGE[found.kind];
  return `line ${found.line}, column ${found.column} contains ${what} ${found.codePoint} (${found.name}); ${why}. Remove it (grep -nP "\\x{${found.codePoint.slice(2)}}" ${file} shows the line).`;
}

/** Whether a one-line value (a title, a label, an event name) holds a hidden character. */
export function hasHiddenCharacter(value: string): boolean {
  return HIDDEN.test(value);
}
