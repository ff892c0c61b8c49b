import { NEGATIONS, STOP_WORDS } from './stopwords.ts';
import { tokenize, type Token } from './tokens.ts';
import { isCommonNoun } from '../text/common-nouns.ts';
import { foldTransliteration } from '../text/normalise.ts';
import { IntPairMap } from './int-pair-map.ts';
import { extractQuantities, type Quantity } from './quantities.ts';

/** A sentence reduced to what the pair features compare. Built once per sentence. */
export interface SentenceProfile {
  /** Normalised tokens in order (verbatim runs, length). */
  norms: string[];
  /** Stems of content words (no stop words, no numbers), distinct. */
  stems: string[];
  /** Content words (normalised, with their stems), distinct, for the soft alignment by character trigrams. */
  words: { norm: string; stem: string }[];
  /**
   * The normalised words (stop words included, numbers not) whose character grams the TF-IDF
   * cosine compares; the grams themselves are made only for sentences that get compared
   * ({@link gramCounts}), so a very long article does not hold millions of them.
   */
  gramWords: string[];
  /**
   * Stems of the words written the way names are: capitalised inside the sentence and
   * uninflected, or in a run of capitals ("Putin", "Pjöngjang", but also nouns such as "Mann"). The pair scorer was
   * fitted on these: on STSb-de the shared nouns carry as much as the names (without them dev F1
   * fell from 0.79 to 0.78).
   */
  names: string[];
  /**
   * Those of the names that the German dictionary does not list as common nouns ("Putin",
   * "Nordkorea"; not "Mann", "Kampf"): who and where. What is left of a sentence without them is
   * what it says they did.
   */
  properNames: string[];
  /**
   * Words that stand right before a proper name as part of it ("Super" in "Super Bowl"), each as
   * "stem name": capitalised inside the sentence, neither a proper name by its own form (Snowball
   * takes "Super" for an inflected word) nor a common noun.
   */
  namePrefixes: string[];
  /** Numeric values stated, with the interval each allows and, where it measures something, the quantity. */
  numbers: { value: number; low: number; high: number; quantity?: Quantity | undefined }[];
  quantities: Quantity[];
  /** An odd number of negations: the sentence states something as not so. */
  negated: boolean;
  /** The negation words as written ("nicht", "keine"). */
  negations: string[];
  /** Stems of content words inside quotation marks. */
  quoted: string[];
  /** The content words of each clause (split at commas, colons, brackets, dashes), names flagged. */
  clauses: { norm: string; stem: string; name: boolean }[][];
}

const QUOTE_MARKS = new Set(['„', '“', '”', '«', '»', '"', '‚', '‘', '‹', '›']);
const MIN_GRAM = 3;
const MAX_GRAM = 5;

/** Character n-grams of a word padded with boundary marks, so prefixes and suffixes count. */
export function characterGrams(word: string, min = MIN_GRAM, max = MAX_GRAM): string[] {
  const padded = `_${word}_`;
  const grams: string[] = [];
  for (let n = min; n <= max; n++) for (let i = 0; i + n <= padded.length; i++) grams.push(padded.slice(i, i + n));
  return grams;
}

/**
 * A capitalised word inside the sentence that does not inflect reads as a name ("Putin",
 * "Putins", "Pjöngjang"): German capitalises every noun, but most nouns inflect and their
 * Snowball stem differs from the word, which names rarely do.
 */
function looksLikeName(token: Token, previous: Token | undefined): boolean {
  if (!token.capitalised || token.value !== undefined || STOP_WORDS.has(token.norm) || token.norm.length < 2)
    return false;
  if (token.index === 0 && !(previous?.capitalised ?? false)) return false;
  return token.uninflected;
}

/** Which tokens stand inside quotation marks, from the characters between tokens. */
function quotedTokens(text: string, tokens: readonly Token[]): Set<number> {
  const inside = new Set<number>();
  let depth: 0 | 1 = 0;
  let cursor = 0;
  tokens.forEach((token, i) => {
    const at = text.indexOf(token.surface, cursor);
    if (at < 0) return;
    // German „…“, English “…”, Swiss «…» and German »…« use some marks both ways round, so a
    // mark opens a quotation outside one and closes it inside one (nesting is rare in news).
    for (const char of text.slice(cursor, at)) {
      if (char === '„') depth = 1;
      else if (QUOTE_MARKS.has(char)) depth = depth > 0 ? 0 : 1;
    }
    cursor = at + token.surface.length;
    if (depth > 0) inside.add(i);
  });
  return inside;
}

/** Builds the profile of one sentence. */
export function profileSentence(text: string): SentenceProfile {
  const tokens = tokenize(text);
  const stems = new Set<string>();
  const words = new Map<string, string>();
  const names = new Set<string>();
  const properNames = new Set<string>();
  const proper: boolean[] = [];
  const quoted = new Set<string>();
  const gramWords: string[] = [];
  const numbers: SentenceProfile['numbers'] = [];
  const negations: string[] = [];
  const insideQuotes = quotedTokens(text, tokens);
  const clauses: SentenceProfile['clauses'] = [[]];
  tokens.forEach((token, i) => {
    if (NEGATIONS.has(token.norm)) negations.push(token.surface);
    if (token.clauseBreak && clauses.at(-1)!.length > 0) clauses.push([]);
    if (token.value !== undefined) return;
    gramWords.push(token.norm);
    if (STOP_WORDS.has(token.norm) || token.norm.length < 2) return;
    stems.add(token.stem);
    words.set(token.norm, token.stem);
    const name = looksLikeName(token, tokens[i - 1]);
    if (name) names.add(token.stem);
    if (name && !isCommonNoun(token.norm)) {
      properNames.add(token.stem);
      proper[i] = true;
    }
    clauses.at(-1)!.push({ norm: token.norm, stem: token.stem, name });
    if (insideQuotes.has(i)) quoted.add(token.stem);
  });
  const namePrefixes: string[] = [];
  // Not the first word: its capital says nothing (with it, the CLI lost 3 true dev pairs).
  for (let i = 1; i + 1 < tokens.length; i++) {
    const [token, next] = [tokens[i]!, tokens[i + 1]!];
    if (!proper[i + 1] || proper[i] || !token.capitalised || token.value !== undefined) continue;
    if (next.clauseBreak || !/^\s+$/u.test(next.gap) || STOP_WORDS.has(token.norm) || isCommonNoun(token.norm))
      continue;
    // A name in the genitive follows the noun it belongs to ("Waffenlieferungen Nordkoreas"): that
    // noun is what is said of it, not part of it.
    if (next.stem !== foldTransliteration(next.norm)) continue;
    namePrefixes.push(`${token.stem} ${next.stem}`);
  }
  const quantities = extractQuantities(tokens);
  // Tokens a quantity covers (its number, a range's second number, a date's parts; `span` is
  // inclusive) are not counted again, nor numbers in brackets: "(620 Meilen)" restates a figure.
  const covered = new Set(
    quantities.flatMap((q) => Array.from({ length: q.span.end - q.span.start + 1 }, (_, k) => q.span.start + k)),
  );
  for (const q of quantities) numbers.push({ value: q.value, low: q.low, high: q.high, quantity: q });
  for (const token of tokens) {
    if (token.value !== undefined && !covered.has(token.index) && !token.bracketed)
      numbers.push({ value: token.value, low: token.value, high: token.value });
  }
  return {
    norms: tokens.map((t) => t.norm),
    stems: [...stems],
    words: [...words].map(([norm, stem]) => ({ norm, stem })),
    gramWords,
    names: [...names],
    properNames: [...properNames],
    namePrefixes,
    numbers,
    quantities,
    negated: negations.length % 2 === 1,
    negations,
    quoted: [...quoted],
    clauses: clauses.filter((clause) => clause.length > 0),
  };
}

/**
 * Interned ids of grams of at most five characters below U+0400, keyed by their character codes
 * (no substring is made): asked once per gram of every new word, millions of times on a corpus.
 */
const gramsByCode = new IntPairMap();
const gramIdsByCode: number[] = [];
const gramIdsByText = new Map<string, number>();
let nextGramId = 0;
const wordGrams = new Map<string, Uint32Array>();
const WORD_GRAM_CACHE_LIMIT = 200_000;
const UNDERSCORE = '_'.charCodeAt(0);

/** The id of the gram `padded.slice(start, start + n)`, without making the substring where it can. */
function gramId(padded: string, start: number, n: number): number {
  let low = 0;
  let high = 0;
  for (let k = 0; k < n; k++) {
    const c = padded.charCodeAt(start + k);
    if (c >= 1024 || n > 5) {
      const gram = padded.slice(start, start + n);
      let id = gramIdsByText.get(gram);
      if (id === undefined) gramIdsByText.set(gram, (id = nextGramId++));
      return id;
    }
    // Ten bits a character: three in `low`, two and the length in `high` (both below 2^31).
    if (k < 3) low = low * 1024 + c;
    else high = high * 1024 + c;
  }
  const key = gramsByCode.idOf(low, high * 8 + n);
  if (key === gramIdsByCode.length) gramIdsByCode.push(nextGramId++);
  return gramIdsByCode[key]!;
}

/**
 * The character n-grams of a word (`min` to `max` characters, repeats kept) as interned ids,
 * in the order of {@link characterGrams}. Corpora repeat words far more than they add new ones,
 * so each word is cut into grams once; ids are only keys and never reach a result.
 */
export function internedGrams(word: string, min = MIN_GRAM, max = MAX_GRAM): Uint32Array {
  // The default sizes, asked for millions of times, key by the word alone: no string is built.
  const key = min === MIN_GRAM && max === MAX_GRAM ? word : `${min}:${max}:${word}`;
  let ids = wordGrams.get(key);
  if (!ids) {
    ids = cutGrams(word, min, max);
    if (wordGrams.size > WORD_GRAM_CACHE_LIMIT) wordGrams.clear();
    wordGrams.set(key, ids);
  }
  return ids;
}

/** Character codes of the padded word, reused: cutting a new word allocates only its result. */
let paddedCodes = new Int32Array(64);

/** The gram ids of a word not cut before, in the order of {@link characterGrams}. */
function cutGrams(word: string, min: number, max: number): Uint32Array {
  const length = word.length + 2;
  let count = 0;
  for (let n = min; n <= max; n++) count += Math.max(0, length - n + 1);
  const ids = new Uint32Array(count);
  if (length > paddedCodes.length) paddedCodes = new Int32Array(2 * length);
  const codes = paddedCodes;
  let wide = max > 5;
  codes[0] = UNDERSCORE;
  codes[length - 1] = UNDERSCORE;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    codes[i + 1] = c;
    if (c >= 1024) wide = true;
  }
  let at = 0;
  if (wide) {
    const padded = `_${word}_`;
    for (let n = min; n <= max; n++) for (let i = 0; i + n <= length; i++) ids[at++] = gramId(padded, i, n);
    return ids;
  }
  for (let n = min; n <= max; n++) {
    for (let i = 0; i + n <= length; i++) {
      // Ten bits a character: three in the first number, two and the length in the second.
      let low = 0;
      let high = 0;
      for (let k = 0; k < n; k++) {
        if (k < 3) low = low * 1024 + codes[i + k]!;
        else high = high * 1024 + codes[i + k]!;
      }
      const key = gramsByCode.idOf(low, high * 8 + n);
      if (key === gramIdsByCode.length) gramIdsByCode.push(nextGramId++);
      ids[at++] = gramIdsByCode[key]!;
    }
  }
  return ids;
}

/** Character 3- to 5-grams of a profile's words (as interned ids), with counts, in order of appearance. */
export function gramCounts(profile: { readonly gramWords: readonly string[] }): Map<number, number> {
  const grams = new Map<number, number>();
  for (const word of profile.gramWords) for (const id of internedGrams(word)) grams.set(id, (grams.get(id) ?? 0) + 1);
  return grams;
}
