/**
 * The words that differ between two wordings of one claim, marked in both, for claim pages and
 * the contradiction list. What the engine treats as equal is never marked: case, "ß"/"ss",
 * transliterations ("Jong-un"/"Jong Un"), inflections (one Snowball stem), numbers written
 * differently ("1.000"/"1000") and stop words ("in", "von", "am"). Negations are never stop
 * words: "nicht" against nothing is a difference a reader must see.
 */
import { STOP_WORDS, NEGATIONS } from './stopwords.ts';
import { normaliseWord, parseNumber, stemWord } from './tokens.ts';

/** A run of a text: marked where the other wording lacks its words. */
export interface DiffRun {
  text: string;
  /** A word the other wording does not have (or a gap between two such words). */
  differs: boolean;
}

/** Words (with dotted thousands: "1.000") and the gaps between them; hyphens part words. */
const WORD_OR_GAP = /(\d{1,3}(?:\.\d{3})+(?:,\d+)?|[\p{L}\p{N}]+)|([^\p{L}\p{N}]+)/gu;

/** What a word is compared by; undefined for a word that is never marked (a stop word). */
function key(word: string): string | undefined {
  const norm = normaliseWord(word);
  if (STOP_WORDS.has(norm) && !NEGATIONS.has(norm)) return undefined;
  if (/^\d/.test(norm)) {
    const value = parseNumber(word);
    return value === undefined ? norm : `#${value}`;
  }
  return stemWord(norm);
}

function keys(text: string): Set<string> {
  const found = new Set<string>();
  for (const match of text.matchAll(WORD_OR_GAP)) {
    const k = match[1] ? key(match[1]) : undefined;
    if (k) found.add(k);
  }
  return found;
}

/** `text` in runs, its words marked where none of `others` has them. Joining the runs gives `text`. */
export function markDifferences(text: string, others: readonly string[]): DiffRun[] {
  const known = new Set(others.flatMap((other) => [...keys(other)]));
  const pieces = [...text.matchAll(WORD_OR_GAP)].map((m) => {
    const k = m[1] ? key(m[1]) : undefined;
    return { text: m[0], word: Boolean(m[1]), differs: k !== undefined && !known.has(k) };
  });
  const runs: DiffRun[] = [];
  pieces.forEach((piece, i) => {
    // A gap is marked only between two marked words, so a marked phrase reads as one.
    const differs = piece.word
      ? piece.differs
      : Boolean(pieces[i - 1]?.differs && pieces[i + 1]?.word && pieces[i + 1]?.differs);
    const last = runs.at(-1);
    if (last && last.differs === differs) last.text += piece.text;
    else runs.push({ text: piece.text, differs });
  });
  return runs;
}

/** Both wordings, each marked where the other lacks its words. */
export function diffBoth(a: string, b: string): [DiffRun[], DiffRun[]] {
  return [markDifferences(a, [b]), markDifferences(b, [a])];
}
