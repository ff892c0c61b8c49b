import { stemmer } from '@orama/stemmers/german';
import { NUMBER_WORDS } from './stopwords.ts';

/** A word or number of a sentence, in the forms the comparison needs. */
export interface Token {
  /** As written. */
  surface: string;
  /** Lower case, "ß" as "ss", typographic variants folded: what verbatim comparison uses. */
  norm: string;
  /** Snowball stem of `norm`, with transliteration variants folded ("nowosti" = "novosti"). */
  stem: string;
  /** Numeric value, for digits ("1.000" = 1000) and number words ("zwei"). */
  value?: number | undefined;
  /** Written with a capital letter (German nouns and names). */
  capitalised: boolean;
  /** Position of the token in the sentence, counting from 0. */
  index: number;
  /** A clause boundary (comma, colon, bracket, dash) stands between this token and the previous one. */
  clauseBreak: boolean;
  /** Inside round brackets. */
  bracketed: boolean;
}

// Words, numbers with thousands dots or decimal commas, hyphenated compounds, suspended hyphens.
const TOKEN = /[\p{L}\p{N}]+(?:[.,][0-9]{3}(?![\p{L}]))*(?:,[0-9]+)?(?:[-‐‑][\p{L}\p{N}]+)*[-‐‑]?/gu;

/** Lower-cases and folds spelling variants that do not change meaning (ß/ss, typographic apostrophes). */
export function normaliseWord(word: string): string {
  return word.normalize('NFKC').toLowerCase().replace(/ß/g, 'ss').replace(/[’']/g, '');
}

/**
 * Folds spellings that differ only by transliteration: German and English renderings of
 * Russian and Korean names ("Nowosti"/"Novosti", "Wostotschny"/"Vostochny", "Jong-un"/"Jong Un").
 */
export function foldTransliteration(stem: string): string {
  return stem.replace(/tsch/g, 'ch').replace(/sch/g, 'sh').replace(/w/g, 'v').replace(/ph/g, 'f').replace(/ck/g, 'k');
}

const stemCache = new Map<string, string>();

/** Snowball stem of a normalised word, transliteration-folded. Memoised: corpora repeat words. */
export function stemWord(norm: string): string {
  let stem = stemCache.get(norm);
  if (stem === undefined) {
    stem = /^\d/.test(norm) ? norm : foldTransliteration(stemmer(norm));
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(norm, stem);
  }
  return stem;
}

/** Parses "1.000", "1500", "2,5" as numbers; undefined for anything else. */
export function parseNumber(surface: string): number | undefined {
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(surface)) return Number(surface.replace(/[.,]/g, ''));
  if (/^\d+$/.test(surface)) return Number(surface);
  if (/^\d+,\d+$/.test(surface)) return Number(surface.replace(',', '.'));
  return undefined;
}

/**
 * Splits a sentence into tokens. Hyphenated words are split into their parts
 * ("Kim Jong-un" = "Kim Jong Un"); "71-Jährige" gives the number 71 and "jährige".
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  let depth = 0;
  for (const match of text.matchAll(TOKEN)) {
    const gap = text.slice(previousEnd, match.index);
    previousEnd = match.index + match[0].length;
    for (const char of gap) depth = char === '(' ? depth + 1 : char === ')' ? Math.max(0, depth - 1) : depth;
    const clauseBreak = /[,;:()–—]|\s-\s/.test(gap);
    const word = match[0].replace(/[-‐‑]$/, '');
    const number = parseNumber(word);
    const parts = number !== undefined ? [word] : word.split(/[-‐‑]/).filter(Boolean);
    parts.forEach((part, p) => {
      const norm = normaliseWord(part);
      const value = number ?? parseNumber(part) ?? NUMBER_WORDS[norm];
      tokens.push({
        surface: part,
        norm: value !== undefined && /^\d/.test(part) ? String(value) : norm,
        stem: value !== undefined && /^\d/.test(part) ? String(value) : stemWord(norm),
        value,
        capitalised: /^\p{Lu}/u.test(part),
        index: tokens.length,
        clauseBreak: p === 0 && clauseBreak,
        bracketed: depth > 0,
      });
    });
  }
  return tokens;
}
