import { diffArrays } from 'diff';
import { normaliseWord } from './normalise.ts';

/** A run of a text, marked as shared with the text it is compared to or as its own. */
export interface DiffPart {
  text: string;
  /** Whether the words of this run also stand, in this order, in the other text. */
  shared: boolean;
}

/** A word (hyphenated names and "1.000" stay one) or the gap of spaces and punctuation after it. */
const WORD_OR_GAP = /([\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*)|([^\p{L}\p{N}]+)/gu;

/**
 * Marks which words of `text` also stand in `reference` (longest common subsequence of words,
 * compared case- and ß/ss-insensitively) and which are its own. Punctuation and spaces go with
 * the run they follow. The text is returned whole: joining the parts gives it back.
 */
export function diffWords(text: string, reference: string): DiffPart[] {
  const pieces = [...text.matchAll(WORD_OR_GAP)].map((m) => ({ text: m[0], word: m[1] && normaliseWord(m[1]) }));
  const words = pieces.flatMap((p) => (p.word ? [p.word] : []));
  const other = [...reference.matchAll(WORD_OR_GAP)].flatMap((m) => (m[1] ? [normaliseWord(m[1])] : []));
  // Words are compared already folded (case, ß/ss), so diffArrays' strict equality is the
  // comparison we want, and each word is folded once rather than in every comparison.
  // Removed changes are words only the reference has: they take no place in `text`.
  const shared = diffArrays(other, words).flatMap((c) => (c.removed ? [] : c.value.map(() => !c.added)));
  const parts: DiffPart[] = [];
  let w = 0;
  for (const piece of pieces) {
    const isShared = piece.word ? shared[w++]! : (parts.at(-1)?.shared ?? true);
    const last = parts.at(-1);
    if (last && last.shared === isShared) last.text += piece.text;
    else parts.push({ text: piece.text, shared: isShared });
  }
  return parts;
}
