import { stemmer } from '@orama/stemmers/german';
import { foldTransliteration, normaliseWord } from '../text/normalise.ts';
import { parseNumber, scaleValue } from '../text/numbers.ts';
import { CAPITALISED } from '../text/words.ts';
import { NUMBER_WORDS } from './stopwords.ts';

// Re-exported so that importers of this module keep working since the text-level pieces moved.
export { foldTransliteration, normaliseWord, parseNumber };

/** A word or number of a sentence, in the forms the comparison needs. */
export interface Token {
  /** As written; for a number of several words exactly as in the text ("25 000", "1,5 Millionen", "2 Mio."). */
  surface: string;
  /** Lower case, "ß" as "ss", typographic variants folded: what verbatim comparison uses. Digits: the value. */
  norm: string;
  /** Snowball stem of `norm`, with transliteration variants folded ("nowosti" = "novosti"). */
  stem: string;
  /** Numeric value, for digits ("1.000" = 1000, "1,5 Mio." = 1500000) and number words ("zwei", "einundzwanzig"). */
  value?: number | undefined;
  /** Written with a capital letter (German nouns and names). */
  capitalised: boolean;
  /**
   * The stem is the word itself, or the word without a final "s" (transliteration-folded):
   * names rarely inflect ("Putin", "Putins"), most nouns do.
   */
  uninflected: boolean;
  /** Position of the token in the sentence, counting from 0. */
  index: number;
  /** A clause boundary (comma, colon, bracket, dash) stands between this token and the previous one. */
  clauseBreak: boolean;
  /** Inside round brackets. */
  bracketed: boolean;
  /**
   * The characters between the previous token and this one, as written ("-" inside "10-15", ". "
   * after the ordinal in "2. Januar", " (" before a bracket): ranges, ordinals and dates are told
   * apart by them.
   */
  gap: string;
}

// A number with thousands separators (dot, spaces, Swiss apostrophes) and an optional decimal
// comma; a plain number; or a word. Each may continue with hyphenated parts ("71-Jährige",
// "10-15") or end in a suspended hyphen. Currency and percent signs are tokens of their own.
// A soft hyphen (U+00AD) inside a word is part of it: it only marks where the word may break.
const TOKEN =
  /(?:\d{1,3}(?:[.'’ \u00A0\u202F\u2009]\d{3}(?!\d))+(?:,\d+)?(?![\p{L}\p{N}])|\d+(?:,\d+)?(?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:\u00AD[\p{L}\p{N}]+)*)(?:[-‐‑][\p{L}\p{N}]+(?:\u00AD[\p{L}\p{N}]+)*)*[-‐‑]?|[%‰€$£¥₽]/gu;

const HYPHEN = /[-‐‑]/;

const stemCache = new Map<string, string>();

/** What a word as written says on its own, whatever sentence it stands in. */
interface WordForms {
  norm: string;
  stem: string;
  value: number | undefined;
  capitalised: boolean;
  uninflected: boolean;
}

const formsCache = new Map<string, WordForms>();
const FORMS_CACHE_LIMIT = 200_000;

/**
 * The forms of a piece as written: normalised, stemmed, its value (a number in digits or
 * words, or an inflected count) and whether it is capitalised. One lookup per token, since
 * corpora repeat words far more than they add new ones.
 */
function formsOf(surface: string): WordForms {
  let forms = formsCache.get(surface);
  if (forms === undefined) {
    const norm = normaliseWord(surface);
    const value = parseNumber(surface) ?? (Object.hasOwn(NUMBER_WORDS, norm) ? NUMBER_WORDS[norm] : undefined);
    // A number in digits or in several words compares by its value; a single number word
    // ("zwei") keeps its spelling, so verbatim runs still see the words as written.
    const digits = value !== undefined && !/^\p{L}+$/u.test(surface);
    const capitalised = CAPITALISED.test(surface);
    const stem = digits ? String(value) : stemWord(norm, capitalised);
    forms = {
      norm: digits ? String(value) : norm,
      stem,
      value,
      capitalised,
      // Only capitalised words can be names; the others skip the folding.
      uninflected:
        capitalised && (stem === foldTransliteration(norm) || stem === foldTransliteration(norm.replace(/s$/, ''))),
    };
    if (formsCache.size > FORMS_CACHE_LIMIT) formsCache.clear();
    formsCache.set(surface, forms);
  }
  return forms;
}

/**
 * The stem of a word as written: normalised, its capital telling a noun or a name (see
 * {@link stemWord}). `norm` when the caller has normalised it already.
 */
export function stemOf(surface: string, norm = normaliseWord(surface)): string {
  return stemWord(norm, CAPITALISED.test(surface));
}

/**
 * An "-s" after "a", "o" or "y" that German adds to a noun or a name: the genitive of names ending
 * in a vowel ("Nordkoreas", "Chinas") and the plural of loanwords ("Autos", "Handys"). Snowball
 * removes a final "s" only after b, d, f, g, h, k, l, m, n, r, t, so "Nordkoreas" kept its own
 * stem and missed "Nordkorea". Only for capitalised words: adjectives keep the "s" in their
 * inflected forms ("rigoros", "rigorose"; "kostenlos", "kostenlose"), and so does "-los" at the
 * start of a sentence; never after other vowels ("Haus", "Preis", "Ergebnis").
 */
const VOWEL_S_ENDING = /^.{3,}(?:[ay]|(?<!l)o)s$/;

/**
 * Snowball stem of a normalised word, transliteration-folded; `capitalised` when the word is
 * written with a capital (a noun or a name). Memoised: corpora repeat words.
 */
export function stemWord(norm: string, capitalised = false): string {
  if (capitalised && VOWEL_S_ENDING.test(norm)) return stemWord(norm.slice(0, -1));
  let stem = stemCache.get(norm);
  if (stem === undefined) {
    stem = /^\d/.test(norm) ? norm : foldTransliteration(stemmer(norm));
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(norm, stem);
  }
  return stem;
}

/** A piece of the sentence before it becomes a token. */
interface Piece {
  surface: string;
  gap: string;
  end: number;
  /** Part of a hyphenated word after the first ("15" in "10-15"). */
  hyphenPart: boolean;
}

/** Cuts the text into pieces, hyphenated words into their parts, numbers kept whole. */
function pieces(text: string): Piece[] {
  const result: Piece[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(TOKEN)) {
    const gap = text.slice(previousEnd, match.index);
    previousEnd = match.index + match[0].length;
    // A suspended hyphen ends the match ("Satelliten- und U-Boot-Technik"): the word is without it.
    const word = HYPHEN.test(match[0].at(-1)!) ? match[0].slice(0, -1) : match[0];
    if (!HYPHEN.test(word) || parseNumber(word) !== undefined) {
      result.push({ surface: word, gap, end: match.index + word.length, hyphenPart: false });
      continue;
    }
    let offset = match.index;
    word.split(HYPHEN).forEach((part, p) => {
      if (part) result.push({ surface: part, gap: p === 0 ? gap : '-', end: offset + part.length, hyphenPart: p > 0 });
      offset += part.length + 1;
    });
  }
  return result;
}

/**
 * Joins a number and the scale word after it ("1,5 Millionen", "2 Mio.", "eine Million") into
 * one piece: the scale belongs to the number, and the word after it is the unit.
 */
function joinScales(text: string, list: Piece[]): Piece[] {
  const joined: Piece[] = [];
  for (let i = 0; i < list.length; i++) {
    const piece = list[i]!;
    const next = list[i + 1];
    if (
      next &&
      !next.hyphenPart &&
      /^[\s\u00A0\u202F\u2009]+$/.test(next.gap) &&
      scaleValue(next.surface) !== undefined
    ) {
      // An abbreviated scale keeps its full stop ("2 Mio."), so the stop is not read as a sentence end.
      const dot = /^(?:mio|mrd|mia|tsd)$/i.test(next.surface) && text[next.end] === '.' ? '.' : '';
      const surface = `${piece.surface}${next.gap}${next.surface}${dot}`;
      if (parseNumber(surface) !== undefined) {
        joined.push({ ...piece, surface, end: next.end + dot.length });
        const after = list[i + 2];
        if (after && dot) list[i + 2] = { ...after, gap: after.gap.slice(1) };
        i++;
        continue;
      }
    }
    joined.push(piece);
  }
  return joined;
}

/**
 * Splits a sentence into tokens. Hyphenated words are split into their parts
 * ("Kim Jong-un" = "Kim Jong Un"); "71-Jährige" gives the number 71 and "jährige". A number
 * written in several pieces is one token: "25 000", "25’000", "1,5 Millionen", "eine Million".
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let depth = 0;
  for (const piece of joinScales(text, pieces(text))) {
    for (const char of piece.gap) depth = char === '(' ? depth + 1 : char === ')' ? Math.max(0, depth - 1) : depth;
    const { norm, stem, value, capitalised, uninflected } = formsOf(piece.surface);
    tokens.push({
      surface: piece.surface,
      norm,
      stem,
      value,
      capitalised,
      uninflected,
      index: tokens.length,
      clauseBreak: !piece.hyphenPart && /[,;:()–—]|\s-\s/.test(piece.gap),
      bracketed: depth > 0,
      gap: piece.gap,
    });
  }
  return tokens;
}
