/**
 * The words that differ between two wordings of one claim, marked in both, for claim pages and
 * the contradiction list. What the engine treats as equal is never marked: case, "ß"/"ss",
 * transliterations ("Jong-un"/"Jong Un"), inflections (one Snowball stem), numbers written
 * differently ("1.000"/"1000") and stop words ("in", "von", "am"). Negations are never stop
 * words: "nicht" against nothing is a difference a reader must see.
 */
import { STOP_WORDS, NEGATIONS } from './stopwords.ts';
import { normaliseWord, parseNumber, stemOf } from './tokens.ts';

/** A run of a text: marked where the other wording lacks its words. */
export interface DiffRun {
  text: string;
  /** A word the other wording does not have (or a gap between two such words). */
  differs: boolean;
}

/**
 * Words (with dotted thousands: "1.000", and soft hyphens inside: "abge\u00ADschottet") and the
 * gaps between them; hyphens part words.
 */
const WORD_OR_GAP = /(\d{1,3}(?:\.\d{3})+(?:,\d+)?|[\p{L}\p{N}]+(?:\u00AD[\p{L}\p{N}]+)*)|([^\p{L}\p{N}]+)/gu;

/** What a word is compared by; undefined for a word that is never marked (a stop word). */
function key(word: string): string | undefined {
  const norm = normaliseWord(word);
  if (STOP_WORDS.has(norm) && !NEGATIONS.has(norm)) return undefined;
  if (/^\d/.test(norm)) {
    const value = parseNumber(word);
    return value === undefined ? norm : `#${value}`;
  }
  return stemOf(word, norm);
}

/** The words (with their keys) and the gaps of `text`, in order. */
function piecesOf(text: string): { text: string; key: string | undefined; word: boolean }[] {
  return [...text.matchAll(WORD_OR_GAP)].map((m) => ({
    text: m[0],
    key: m[1] ? key(m[1]) : undefined,
    word: Boolean(m[1]),
  }));
}

/** `pieces` as runs, a word marked where `known` lacks its key. */
function runsOf(pieces: ReturnType<typeof piecesOf>, known: (key: string) => boolean): DiffRun[] {
  const differs = pieces.map((piece) => piece.key !== undefined && !known(piece.key));
  const runs: DiffRun[] = [];
  pieces.forEach((piece, i) => {
    // A gap is marked only between two marked words, so a marked phrase reads as one.
    const marked = piece.word ? differs[i]! : Boolean(differs[i - 1] && pieces[i + 1]?.word && differs[i + 1]);
    const last = runs.at(-1);
    if (last && last.differs === marked) last.text += piece.text;
    else runs.push({ text: piece.text, differs: marked });
  });
  return runs;
}

/** `text` in runs, its words marked where none of `others` has them. Joining the runs gives `text`. */
export function markDifferences(text: string, others: readonly string[]): DiffRun[] {
  const known = new Set(others.flatMap((other) => piecesOf(other).map((piece) => piece.key)));
  return runsOf(piecesOf(text), (k) => known.has(k));
}

/**
 * Every wording of `texts` in runs, each marked where none of the others has its words: what
 * `markDifferences(text, others)` gives for each, with each wording's words read once, so a claim
 * of twenty wordings costs twenty readings, not four hundred.
 */
export function markEachDifferences(texts: readonly string[]): DiffRun[][] {
  const pieces = texts.map(piecesOf);
  // In how many wordings each key stands: another wording has a key when it stands in more than
  // this one's share (one, or none when this one lacks it).
  const wordings = new Map<string, number>();
  for (const own of pieces)
    for (const k of new Set(own.map((piece) => piece.key)))
      if (k !== undefined) wordings.set(k, (wordings.get(k) ?? 0) + 1);
  return pieces.map((own) => {
    const mine = new Set(own.map((piece) => piece.key));
    return runsOf(own, (k) => (wordings.get(k) ?? 0) - (mine.has(k) ? 1 : 0) > 0);
  });
}

/** Both wordings, each marked where the other lacks its words. */
export function diffBoth(a: string, b: string): [DiffRun[], DiffRun[]] {
  return [markDifferences(a, [b]), markDifferences(b, [a])];
}
