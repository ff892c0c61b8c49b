import { normaliseWord } from './normalise.ts';

/**
 * Characters German, Austrian and Swiss texts put between groups of three digits: a dot
 * ("25.000"), a space, a no-break space (U+00A0), a narrow no-break space (U+202F), a thin
 * space (U+2009), and the Swiss apostrophes ("25'000", "25’000"). A comma is never among them: in German
 * it is the decimal mark.
 */
const THOUSANDS_SEPARATOR = /[.'’ \u00A0\u202F\u2009]/;

const DIGITS = new RegExp(`^(\\d{1,3}(?:${THOUSANDS_SEPARATOR.source}\\d{3})+|\\d+)(?:,(\\d+))?$`);

/**
 * Reads a number written in digits the German way: thousands separators (dot, spaces,
 * Swiss apostrophes), a decimal comma ("1,5", "1.000,25"). Undefined for anything else,
 * including the English "1,000" (in German that is one, written to three decimals: 1) and
 * misplaced separators ("10.00").
 */
export function parseDigits(text: string): number | undefined {
  const match = DIGITS.exec(text);
  if (!match) return undefined;
  const whole = match[1]!.replace(/\D/g, '');
  return finite(Number(match[2] === undefined ? whole : `${whole}.${match[2]}`));
}

/**
 * A value only when it is a finite number: a run of 309 digits is Infinity to JavaScript, and no
 * comparison of figures means anything for it (the engine's arithmetic on it never ended).
 */
function finite(value: number): number | undefined {
  return Number.isFinite(value) ? value : undefined;
}

const ONES = new Map([
  ['ein', 1],
  ['zwei', 2],
  ['zwo', 2],
  ['drei', 3],
  ['vier', 4],
  ['fünf', 5],
  ['sechs', 6],
  ['sieben', 7],
  ['acht', 8],
  ['neun', 9],
]);
const TEENS = new Map([
  ['zehn', 10],
  ['elf', 11],
  ['zwölf', 12],
  ['dreizehn', 13],
  ['vierzehn', 14],
  ['fünfzehn', 15],
  ['sechzehn', 16],
  ['siebzehn', 17],
  ['achtzehn', 18],
  ['neunzehn', 19],
]);
const TENS = new Map([
  ['zwanzig', 20],
  ['dreissig', 30],
  ['vierzig', 40],
  ['fünfzig', 50],
  ['sechzig', 60],
  ['siebzig', 70],
  ['achtzig', 80],
  ['neunzig', 90],
]);

/** 1–99. "ein" alone is the indefinite article, so only "eins" stands for 1 on its own. */
function belowHundred(word: string): number | undefined {
  if (word === 'eins') return 1;
  if (word === 'ein') return undefined;
  const simple = ONES.get(word) ?? TEENS.get(word) ?? TENS.get(word);
  if (simple !== undefined) return simple;
  const compound = /^(.+?)und(.+)$/.exec(word);
  if (!compound) return undefined;
  const one = ONES.get(compound[1]!);
  const ten = TENS.get(compound[2]!);
  return one !== undefined && ten !== undefined ? one + ten : undefined;
}

/**
 * Splits a word at a multiplier ("hundert", "tausend"): what stands before multiplies (nothing
 * or "ein" means one), what follows is added ("hundertundzehn" and "hundertzehn" alike).
 */
function around(
  word: string,
  multiplier: string,
  factor: number,
  part: (w: string) => number | undefined,
): number | undefined {
  const at = word.indexOf(multiplier);
  if (at < 0) return part(word);
  const head = word.slice(0, at);
  const tail = word.slice(at + multiplier.length).replace(/^und/, '');
  const times = head === '' || head === 'ein' ? 1 : part(head);
  const plus = tail === '' ? 0 : part(tail);
  return times === undefined || plus === undefined ? undefined : times * factor + plus;
}

/** 1–9999 in words; the hundreds multiplier may be a teen, as in spoken years ("neunzehnhundert"). */
const belowThousand = (word: string) => around(word, 'hundert', 100, belowHundred);

/**
 * Reads a German number word, including compounds written as one word: "zwölf", "dreizehn",
 * "zwanzig", "einundzwanzig", "zweihundert", "hundertfünfzig", "fünfundzwanzigtausend".
 * Accepts any case, "ss" for "ß" and "ue"/"oe" for "ü"/"ö" ("fuenf"). Undefined for anything
 * else, for "ein" on its own (the article) and for ordinals ("zweite").
 */
export function parseNumberWord(word: string): number | undefined {
  const norm = normaliseWord(word).replace(/ue/g, 'ü').replace(/oe/g, 'ö');
  if (!/^\p{L}+$/u.test(norm)) return undefined;
  return around(norm, 'tausend', 1000, belowThousand);
}

const SCALES = new Map([
  ['tausend', 1e3],
  ['tsd', 1e3],
  ['million', 1e6],
  ['millionen', 1e6],
  ['mio', 1e6],
  ['milliarde', 1e9],
  ['milliarden', 1e9],
  ['mrd', 1e9],
  // Swiss abbreviation of "Milliarden".
  ['mia', 1e9],
  // German "Billion" is 10^12 (the English billion is a "Milliarde").
  ['billion', 1e12],
  ['billionen', 1e12],
]);

/** The factor of a scale word after a number ("Millionen", "Mio.", "Mrd.", "Tausend"); undefined otherwise. */
export function scaleValue(word: string): number | undefined {
  return SCALES.get(normaliseWord(word).replace(/\.$/, ''));
}

/** The indefinite article in any case: "eine Million", "mit einer Milliarde". */
const ARTICLE = /^ein(?:e|er|em|en|es)?$/;

/**
 * Reads a number as German news text writes it: digits ({@link parseDigits}), a number word
 * ({@link parseNumberWord}), or either followed by a scale word ("1,5 Millionen", "2 Mio.",
 * "drei Milliarden", "eine Million"). Undefined for anything else.
 */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim();
  const scaled = /^(.+?)[\s\u00A0\u202F\u2009]+(\p{L}+\.?)$/u.exec(trimmed);
  const scale = scaled ? scaleValue(scaled[2]!) : undefined;
  if (scaled && scale !== undefined) {
    const head = scaled[1]!;
    const amount = parseDigits(head) ?? parseNumberWord(head) ?? (ARTICLE.test(normaliseWord(head)) ? 1 : undefined);
    // toPrecision drops binary noise: 2,3 × 10^9 is 2300000000, not 2299999999.9999995.
    return amount === undefined ? undefined : finite(Number((amount * scale).toPrecision(12)));
  }
  return parseDigits(trimmed) ?? parseNumberWord(trimmed);
}
