/**
 * German counts without slips: the noun form chosen by `Intl.PluralRules('de')`, the number
 * written as German readers expect it (`1.000`, `2,5`). Pure, no Astro: pages and browser
 * scripts use the same functions.
 */

// Made on first use, not on import: a browser loads its German locale data for the first one,
// about 50 ms of a phone's main thread that an event page's load must not wait for (its scripts
// count only on a reader's first hover or click).
let pluralRules: Intl.PluralRules | undefined;
let numberFormat: Intl.NumberFormat | undefined;
let listFormat: Intl.ListFormat | undefined;

/** `n` as written in German text: `1.234`, `2,5`. */
export function formatNumber(n: number): string {
  return (numberFormat ??= new Intl.NumberFormat('de')).format(n);
}

/**
 * The form of a word that agrees with `n`: `one` for exactly one (German's only singular
 * category), `other` for everything else, 0 and fractions included. Also for verbs:
 * `pluralForm(n, 'steht', 'stehen')`.
 */
export function pluralForm(n: number, one: string, other: string): string {
  return (pluralRules ??= new Intl.PluralRules('de')).select(n) === 'one' ? one : other;
}

/**
 * A count with its noun: `countNoun(1, 'Widerspruch', 'Widersprüche')` is "1 Widerspruch",
 * with 2 it is "2 Widersprüche", with 1000 "1.000 Widersprüche". The case is the caller's:
 * pass dative forms after "in" or "von" (`'Artikel', 'Artikeln'`).
 */
export function countNoun(n: number, one: string, other: string): string {
  return `${formatNumber(n)} ${pluralForm(n, one, other)}`;
}

/** Items joined as a German list: "A", "A und B", "A, B und C". */
export function joinList(items: readonly string[]): string {
  return (listFormat ??= new Intl.ListFormat('de', { style: 'long', type: 'conjunction' })).format(items);
}

/** A noun's forms for the slip check: those that go with one, those that go with other counts. */
interface NounForms {
  one: readonly string[];
  other: readonly string[];
}

/**
 * Nouns the interface counts. A form in both lists ("Artikel", "Treffer") never counts as a slip
 * by number alone; the dative "in 2 Artikel" is checked separately.
 */
const COUNTED_NOUNS: readonly NounForms[] = [
  { one: ['Widerspruch', 'Widerspruchs'], other: ['Widersprüche', 'Widersprüchen'] },
  { one: ['Aussage'], other: ['Aussagen'] },
  { one: ['Ereignis', 'Ereignisses'], other: ['Ereignisse', 'Ereignissen'] },
  { one: ['Artikel', 'Artikels'], other: ['Artikel', 'Artikeln'] },
  { one: ['Treffer'], other: ['Treffer', 'Treffern'] },
  { one: ['Satz', 'Satzes'], other: ['Sätze', 'Sätzen'] },
  { one: ['Wort', 'Wortes'], other: ['Wörter', 'Wörtern'] },
  { one: ['Spalte'], other: ['Spalten'] },
  { one: ['Agentur'], other: ['Agenturen'] },
  { one: ['Seitenrest'], other: ['Seitenreste', 'Seitenresten'] },
];

/** A German number as written (`1`, `1.000`, `2,5`), not part of a longer number or date. */
const NUMBER = String.raw`(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?![\d.,]\d)`;
/** Space between number and noun: a space or a no-break space, never a line break. */
const GAP = '[ \u00a0]';
/** The kinds of the legend: glued to a preceding lower-case letter they read as one word. */
const GLUED_KIND = /\p{Ll}(sinngleich|wortgleich|widersprüchlich)/gu;
/** A middle dot separates items: a letter right beside it means a space went missing. */
const GLUED_DOT = /\p{L}·|·\p{L}/gu;
/** Slips seen before, worded as a reader would find them. */
const KNOWN_SLIPS: readonly RegExp[] = [
  /\bAlle 1 Artikel\b/gu, // "Alle" wants a plural count
  /\bmindestens (?:ein|1) Artikeln\b/gu,
  /\bin (?:einem|1) Artikeln\b/gu,
  / [,.;:!?](?=\s|$)/gmu, // a space before punctuation: a line break in the markup became text
];

function parseNumber(integer: string, fraction: string | undefined): number {
  return Number(`${integer.replaceAll('.', '')}${fraction === undefined ? '' : `.${fraction}`}`);
}

/**
 * Slips in German text as a reader sees it (tags stripped, entities decoded): a count whose noun
 * does not agree with its number ("1 Widersprüche", "3 Aussage", "in 2 Artikel"), the term
 * "Behauptung" where the interface says "Aussage", words glued together by markup
 * ("siesinngleich", "2023·dpa") and known slips. Returns each slip with a little context.
 */
export function findGermanSlips(text: string): string[] {
  const slips: string[] = [];
  const context = (index: number, length: number) =>
    text
      .slice(Math.max(0, index - 20), index + length + 20)
      .replace(/\s+/gu, ' ')
      .trim();

  for (const noun of COUNTED_NOUNS) {
    const forms = [...new Set([...noun.one, ...noun.other])].sort((a, b) => b.length - a.length);
    const pattern = new RegExp(`${NUMBER}${GAP}(${forms.join('|')})(?!\\p{L})`, 'gu');
    for (const match of text.matchAll(pattern)) {
      const n = parseNumber(match[1]!, match[2]);
      const word = match[3]!;
      const wanted = pluralForm(n, 'one', 'other') === 'one' ? noun.one : noun.other;
      if (!wanted.includes(word)) slips.push(`Zahl und Wort passen nicht: „${context(match.index, match[0].length)}“`);
    }
  }
  const dative = new RegExp(`\\b(?:in|von|aus|mit|bei|nach|zu)${GAP}${NUMBER}${GAP}Artikel(?!\\p{L})`, 'gu');
  for (const match of text.matchAll(dative)) {
    if (pluralForm(parseNumber(match[1]!, match[2]), 'one', 'other') === 'other')
      slips.push(`Dativ Plural fehlt: „${context(match.index, match[0].length)}“`);
  }
  for (const match of text.matchAll(/Behauptung/gu))
    slips.push(`„Behauptung“ statt „Aussage“: „${context(match.index, match[0].length)}“`);
  for (const pattern of [GLUED_KIND, GLUED_DOT, ...KNOWN_SLIPS])
    for (const match of text.matchAll(pattern))
      slips.push(`Zusammengeklebt oder bekannter Fehler: „${context(match.index, match[0].length)}“`);
  return slips;
}
