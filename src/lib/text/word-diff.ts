import { normaliseWord } from '../claims/tokens.ts';

/** A run of a text, marked as shared with the text it is compared to or as its own. */
export interface DiffPart {
  text: string;
  /** Whether the words of this run also stand, in this order, in the other text. */
  shared: boolean;
}

const WORD_OR_GAP = /([\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*)|([^\p{L}\p{N}]+)/gu;

/**
 * Marks which words of `text` also stand in `reference` (longest common subsequence of words,
 * compared case- and ß/ss-insensitively) and which are its own. Punctuation and spaces go with
 * the run they follow. The text is returned whole: joining the parts gives it back.
 */
export function diffWords(text: string, reference: string): DiffPart[] {
  const pieces = [...text.matchAll(WORD_OR_GAP)].map((m) => ({
    text: m[0],
    word: m[1] ? normaliseWord(m[1]) : undefined,
  }));
  const words = pieces.filter((p) => p.word !== undefined).map((p) => p.word!);
  const other = [...reference.matchAll(WORD_OR_GAP)].filter((m) => m[1]).map((m) => normaliseWord(m[1]!));
  const table: number[][] = Array.from({ length: words.length + 1 }, () => new Array<number>(other.length + 1).fill(0));
  for (let i = words.length - 1; i >= 0; i--) {
    for (let j = other.length - 1; j >= 0; j--) {
      table[i]![j] = words[i] === other[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const shared: boolean[] = [];
  let i = 0;
  let j = 0;
  while (i < words.length) {
    if (j < other.length && words[i] === other[j]) {
      shared.push(true);
      i++;
      j++;
    } else if (j < other.length && table[i]![j + 1]! >= table[i + 1]![j]!) j++;
    else {
      shared.push(false);
      i++;
    }
  }
  const parts: DiffPart[] = [];
  let w = 0;
  for (const piece of pieces) {
    const isShared = piece.word === undefined ? (parts.at(-1)?.shared ?? true) : shared[w++]!;
    const last = parts.at(-1);
    if (last && last.shared === isShared) last.text += piece.text;
    else parts.push({ text: piece.text, shared: isShared });
  }
  return parts;
}
