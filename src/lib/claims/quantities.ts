import { AUSTRIAN_MONTHS, GERMAN_MONTHS, GERMAN_MONTH_ABBREVIATIONS } from '../text/months.ts';
import type { Token } from './tokens.ts';
import { QUALIFIERS, STOP_WORDS, type Qualifier } from './stopwords.ts';

/**
 * What a number states: `zahl` a measure in a unit (distance, weight, money, percent, duration),
 * `anzahl` a count of things ("zwei Raketen"), `datum` a year, a date or a time of day.
 */
export type QuantityKind = 'zahl' | 'anzahl' | 'datum';

/** The parts of a date a text gives; "im April 2019" has no day, "am 2. Januar" no year. */
export interface CalendarDate {
  year?: number | undefined;
  month?: number | undefined;
  day?: number | undefined;
}

/** A number with what it counts or measures, as a sentence states it. */
export interface Quantity {
  /**
   * The number as stated, scale words applied ("1,5 Millionen" = 1500000, "620 Meilen" = 620):
   * for a range its first number, for a date its first number (the day, or the year alone).
   */
  value: number;
  /**
   * What is compared: a canonical unit for measures (`km`, `km2`, `kg`, `prozent`,
   * `prozentpunkte`, `eur`, `usd`, `chf`, `tage` for durations, `km/h`, ...), `jahr` for a point
   * in the calendar (a year or a date), `uhrzeit` for a time of day, or the stem of the counted
   * noun ("raket" for "zwei Raketen").
   */
  unit: string;
  /** `value` in `unit` ("620 Meilen": 997.79 km). For a date the first day it allows, as YYYYMMDD. */
  canonicalValue: number;
  /**
   * The interval in `unit` the wording allows: "etwa 1.000 Kilometer" is 850–1150, "mehr als
   * 1500" is 1500–∞, "10 bis 15" is 10–15. Dates as YYYYMMDD (or MMDD without a year): "2019" is
   * 20190101–20191231.
   */
  low: number;
  high: number;
  /** The words as written, e.g. "mehr als 1500 Kilometer", "18. Juni 2024". */
  phrase: string;
  /** The unit or counted noun as written ("Meilen", "US-Dollar", "Raketen"); empty for a date. */
  statedUnit: string;
  /** Stems of capitalised words right after the number: what the quantity is about ("von Wladiwostok"). */
  context: string[];
  /** Measure, count or date: see {@link quantityKind}. */
  kind: QuantityKind;
  /** For `jahr`: the parts of the date the text gives. */
  date?: CalendarDate | undefined;
  /** A conversion in brackets right after it, the same quantity in another unit: "620 Meilen". */
  conversion?: string | undefined;
  /** Token indices of the phrase, first and last (a bracketed conversion not included). */
  span: { start: number; end: number };
}

/** "etwa", "rund", "ca.", "circa", "ungefähr", "annähernd": up to 15 % either side. */
export const APPROXIMATION = 0.15;
/** "knapp 1000", "fast 1000": up to 10 % below, never above; "gut 1000": up to 10 % above, never below. */
export const NEAR = 0.1;
/**
 * An exact figure in a measure or count is taken as precise to 1 % of itself, or to half its last
 * non-zero digit where that is finer: "1000 Kilometer" is 990–1010, "620 Meilen" 615–625 miles,
 * "zwei Raketen" exactly 2. Enough for conversions and rounding ("620 Meilen" and "1000
 * Kilometer" agree), not for different figures ("1000" and "1050" do not).
 */
export const ROUNDING = 0.01;
/** An approximate time of day ("etwa 15 Uhr") allows half an hour either side. */
const APPROXIMATE_HOURS = 0.5;

/** The unit of a year or a date. Named `jahr` because the comparison skips calendar points by it. */
export const CALENDAR_UNIT = 'jahr';
/** The unit of a time of day ("15 Uhr", "15.30 Uhr"), in hours. */
export const TIME_UNIT = 'uhrzeit';

interface UnitDefinition {
  unit: string;
  factor: number;
}

// Canonical unit, how many of it one stated unit is, and the normalised spellings.
const UNIT_TABLE: [string, number, string[]][] = [
  ['km', 1, ['km', 'kilometer', 'kilometern', 'kilometers']],
  ['km', 0.001, ['m', 'meter', 'metern', 'meters']],
  ['km', 1e-5, ['cm', 'zentimeter', 'zentimetern']],
  ['km', 1e-6, ['mm', 'millimeter', 'millimetern']],
  ['km', 1.609344, ['mi', 'meile', 'meilen']],
  ['km', 1.852, ['seemeile', 'seemeilen']],
  ['km2', 1, ['km2', 'quadratkilometer', 'quadratkilometern']],
  ['km2', 1e-6, ['m2', 'quadratmeter', 'quadratmetern']],
  ['km2', 0.01, ['ha', 'hektar']],
  ['kg', 1, ['kg', 'kilo', 'kilogramm']],
  ['kg', 0.001, ['g', 'gramm']],
  ['kg', 1000, ['t', 'tonne', 'tonnen']],
  ['prozent', 1, ['%', 'prozent']],
  ['prozent', 0.1, ['‰', 'promille']],
  ['prozentpunkte', 1, ['prozentpunkt', 'prozentpunkte', 'prozentpunkten']],
  ['eur', 1, ['€', 'eur', 'euro']],
  ['usd', 1, ['$', 'usd', 'dollar']],
  ['chf', 1, ['chf', 'franken']],
  // "Pfund" is a weight as well as a currency: only the sign and the code count.
  ['gbp', 1, ['£', 'gbp']],
  ['rub', 1, ['₽', 'rub', 'rubel']],
  ['jpy', 1, ['¥', 'jpy', 'yen']],
  ['cny', 1, ['cny', 'yuan', 'renminbi']],
  ['won', 1, ['won']],
  ['tage', 1 / 86_400, ['sek', 'sekunde', 'sekunden']],
  ['tage', 1 / 1440, ['min', 'minute', 'minuten']],
  ['tage', 1 / 24, ['std', 'stunde', 'stunden']],
  ['tage', 1, ['tag', 'tage', 'tagen', 'tages']],
  ['tage', 7, ['woche', 'wochen']],
  ['tage', 365.2425 / 12, ['monat', 'monate', 'monaten', 'monats']],
  ['tage', 365.2425, ['jahr', 'jahre', 'jahren', 'jahres']],
  ['km/h', 1, ['km/h', 'kmh', 'stundenkilometer', 'stundenkilometern']],
  ['grad', 1, ['grad']],
  ['l', 1, ['l', 'liter', 'litern']],
  ['l', 100, ['hektoliter']],
  ['l', 158.987294928, ['barrel']],
  ['mw', 0.001, ['kw', 'kilowatt']],
  ['mw', 1, ['mw', 'megawatt']],
  ['mw', 1000, ['gw', 'gigawatt']],
  // "Der 71-Jährige": an age.
  ['lebensjahre', 1, ['jährig', 'jährige', 'jährigen', 'jähriger', 'jähriges']],
];

const UNITS = new Map<string, UnitDefinition>(
  UNIT_TABLE.flatMap(([unit, factor, norms]) => norms.map((norm) => [norm, { unit, factor }] as const)),
);
const MEASURE_UNITS = new Set(UNIT_TABLE.map(([unit]) => unit));

const MONTHS = new Map([
  ...GERMAN_MONTHS.map((name, index) => [name.toLowerCase(), index + 1] as const),
  ...AUSTRIAN_MONTHS.map(({ name, month }) => [name.toLowerCase(), month] as const),
  // The Austrian "Feber", which the locale data does not spell.
  ['feber', 2],
]);
// Abbreviations only count after a day ("2. Jan."): "Jan" alone is also a first name.
const MONTH_ABBREVIATIONS = new Map([
  ...GERMAN_MONTH_ABBREVIATIONS.flatMap((name, index) =>
    name === GERMAN_MONTHS[index] ? [] : [[name.toLowerCase(), index + 1] as const],
  ),
  ['sept', 9],
]);

/** Words before a four-digit number that make it a year even when a noun follows ("seit 2019 Kim …"). */
const YEAR_CUES = new Set([
  'im',
  'jahr',
  'jahres',
  'seit',
  'anfang',
  'ende',
  'mitte',
  'frühjahr',
  'frühling',
  'sommer',
  'herbst',
  'winter',
  ...MONTHS.keys(),
]);

/** Stop words that are adjectives between a number and its noun ("zwei weitere Raketen"). */
const ADJECTIVE_STOP_WORDS = new Set(['weitere', 'weiteren', 'weiterer', 'andere', 'anderen', 'anderer']);

const RANGE_DASH = /^\s*[-–—‐‑]\s*$/;

/** Rounds away binary noise (1000 × 1.15 = 1150, not 1149.9999999999998) so figures read as stated. */
const clean = (x: number) => (Number.isFinite(x) ? Number(x.toPrecision(12)) : x);

/** The phrase from token `start` to `end`, with the characters between them as written. */
function phraseOf(tokens: readonly Token[], start: number, end: number): string {
  let phrase = tokens[start]!.surface;
  for (let k = start + 1; k <= end; k++) phrase += tokens[k]!.gap.replace(/\s+/g, ' ') + tokens[k]!.surface;
  return phrase;
}

const isYearNumber = (token: Token | undefined) =>
  token !== undefined && /^\d{4}$/.test(token.surface) && token.value! >= 1900 && token.value! <= 2100;

/** A day or month in digits ("2", "09"), the only numbers an ordinal date or a numeric date has. */
const smallNumber = (token: Token | undefined, max: number) =>
  token !== undefined && /^\d{1,2}$/.test(token.surface) && token.value! >= 1 && token.value! <= max;

/** "2." before another word: an ordinal ("am 2. Januar", "der 2. Weltkrieg"), which counts nothing. */
const isOrdinal = (tokens: readonly Token[], i: number) =>
  /^\d+$/.test(tokens[i]!.surface) && (tokens[i + 1]?.gap.startsWith('.') ?? false);

/** The qualifier right before token `start`, longest wording first ("knapp über" before "über"). */
function qualifierBefore(tokens: readonly Token[], start: number): { kind: Qualifier; start: number } | undefined {
  if (tokens[start]?.clauseBreak) return undefined;
  for (const n of [3, 2, 1]) {
    if (start - n < 0) continue;
    const words = tokens.slice(start - n, start);
    if (words.some((w, k) => k > 0 && w.clauseBreak)) continue;
    const key = words.map((w) => w.norm).join(' ');
    if (Object.hasOwn(QUALIFIERS, key)) return { kind: QUALIFIERS[key]!, start: start - n };
  }
  return undefined;
}

/** A lower-case inflected word between a number and its noun ("zwei ballistische Raketen"). */
const isAdjective = (token: Token | undefined) =>
  token !== undefined &&
  !token.capitalised &&
  token.value === undefined &&
  !token.clauseBreak &&
  token.norm.length >= 4 &&
  /(?:e|en|er|es|em)$/.test(token.norm) &&
  (!STOP_WORDS.has(token.norm) || ADJECTIVE_STOP_WORDS.has(token.norm)) &&
  !UNITS.has(token.norm);

/** Index of the last part of a hyphenated word starting at `k` ("US-Dollar", "Kim-Jong-Un-Porträts"). */
function hyphenHead(tokens: readonly Token[], k: number): number {
  let j = k;
  while (tokens[j + 1]?.gap === '-') j++;
  return j;
}

interface UnitFound {
  definition?: UnitDefinition | undefined;
  /** Stem of the counted noun, when no unit of measurement. */
  noun?: string | undefined;
  stated: string;
  end: number;
}

/** The unit of measurement or counted noun starting at token `k`, right after a number. */
function unitAt(tokens: readonly Token[], k: number): UnitFound | undefined {
  const first = tokens[k];
  if (!first || first.clauseBreak || first.value !== undefined) return undefined;
  if (first.norm === 'km' && tokens[k + 1]?.gap === '/' && tokens[k + 1]!.norm === 'h')
    return { definition: UNITS.get('km/h'), stated: phraseOf(tokens, k, k + 1), end: k + 1 };
  const direct = UNITS.get(first.norm);
  if (direct) return { definition: direct, stated: first.surface, end: k };
  let n = k;
  while (n < k + 2 && isAdjective(tokens[n])) n++;
  const noun = tokens[n];
  if (!noun || (n > k && noun.clauseBreak) || !noun.capitalised || noun.value !== undefined) return undefined;
  if (STOP_WORDS.has(noun.norm) || MONTHS.has(noun.norm)) return undefined;
  const head = hyphenHead(tokens, n);
  const stated = phraseOf(tokens, n, head);
  const definition = UNITS.get(tokens[head]!.norm);
  return definition ? { definition, stated, end: head } : { noun: tokens[head]!.stem, stated, end: head };
}

/**
 * Stems of capitalised words after a quantity in its clause, up to the next number: what it is
 * about ("von Wladiwostok"). Words after the next number belong to that one.
 */
function contextAfter(tokens: readonly Token[], end: number, stop: number): string[] {
  const context: string[] = [];
  for (const t of tokens.slice(end + 1, Math.min(end + 9, stop))) {
    if (t.bracketed) continue; // "(620 Meilen)": a conversion, not what is measured
    if (t.clauseBreak && !tokens[t.index - 1]?.bracketed) break;
    if (t.value !== undefined) break;
    if (t.capitalised && t.value === undefined && !STOP_WORDS.has(t.norm)) context.push(t.stem);
  }
  return context;
}

/**
 * Whether a four-digit number from 1900 to 2100 is a year: not when a unit follows ("2000
 * Kilometer"), a qualifier precedes ("rund 2000"), or a noun follows without a word that
 * announces a year ("2000 Soldaten", but "seit 2019 Kim").
 */
function isYear(tokens: readonly Token[], i: number): boolean {
  if (!isYearNumber(tokens[i])) return false;
  if (qualifierBefore(tokens, i)) return false;
  const next = tokens[i + 1];
  if (!next || next.clauseBreak || next.bracketed !== tokens[i]!.bracketed) return true;
  if (RANGE_DASH.test(next.gap) && next.value !== undefined) return isYearNumber(next);
  if (next.norm === 'bis' && tokens[i + 2]?.value !== undefined) return isYearNumber(tokens[i + 2]);
  if (UNITS.has(next.norm)) return false;
  // Only a noun right after it: "2019 trafen sich Putin und Kim" is a year, and a count of
  // thousands in digits is usually written with a separator ("2.000 russische Soldaten").
  const noun = next.capitalised && next.value === undefined && !STOP_WORDS.has(next.norm) && !MONTHS.has(next.norm);
  return !noun || YEAR_CUES.has(tokens[i - 1]?.norm ?? '');
}

/** YYYYMMDD (MMDD without a year) interval of the days a date allows. */
function dateInterval(date: CalendarDate): [number, number] {
  const year = (date.year ?? 0) * 10_000;
  if (date.month === undefined) return [year + 101, year + 1231];
  const month = year + date.month * 100;
  return date.day === undefined ? [month + 1, month + 31] : [month + date.day, month + date.day];
}

interface Read {
  quantity: Quantity;
  end: number;
}

function dateQuantity(
  tokens: readonly Token[],
  start: number,
  end: number,
  date: CalendarDate,
  value: number,
  [low, high] = dateInterval(date),
): Read {
  return {
    quantity: {
      value,
      unit: CALENDAR_UNIT,
      canonicalValue: low,
      low,
      high,
      phrase: phraseOf(tokens, start, end),
      statedUnit: '',
      context: [],
      kind: 'datum',
      date,
      span: { start, end },
    },
    end,
  };
}

/** The last day of a span of days from ordinal `i` ("10. bis 15.", "10.–15."), or `i` itself. */
function dayRangeEnd(tokens: readonly Token[], i: number): number {
  const next = tokens[i + 1];
  if (next?.norm === 'bis' && smallNumber(tokens[i + 2], 31) && isOrdinal(tokens, i + 2)) return i + 2;
  if (smallNumber(next, 31) && /^\.\s*[-–—]\s*$/.test(next!.gap) && isOrdinal(tokens, i + 1)) return i + 1;
  return i;
}

/** A date at token `i`: "13.09.2023", "2. Januar (2024)", "April 2019", a year. */
function readDate(tokens: readonly Token[], i: number): Read | undefined {
  const token = tokens[i]!;
  const second = tokens[i + 1];
  const third = tokens[i + 2];
  if (
    smallNumber(token, 31) &&
    smallNumber(second, 12) &&
    second!.gap === '.' &&
    third?.gap === '.' &&
    /^(?:\d{2}|\d{4})$/.test(third.surface)
  ) {
    const short = third.value!;
    const year = third.surface.length === 4 ? short : short < 50 ? 2000 + short : 1900 + short;
    return dateQuantity(tokens, i, i + 2, { year, month: second!.value!, day: token.value! }, token.value!);
  }
  if (smallNumber(token, 31) && isOrdinal(tokens, i)) {
    const lastDay = dayRangeEnd(tokens, i);
    const named = tokens[lastDay + 1];
    const month = named && (MONTHS.get(named.norm) ?? MONTH_ABBREVIATIONS.get(named.norm));
    if (month !== undefined) {
      const year = tokens[lastDay + 2];
      const withYear = isYearNumber(year) && /^[\s,]+$/.test(year!.gap.replace(/^\./, ''));
      // A span of days ("10. bis 15. Januar") gives the month only: any of its days agrees with it.
      const date = {
        day: lastDay === i ? token.value! : undefined,
        month,
        year: withYear ? year!.value! : undefined,
      };
      const [low] = dateInterval({ ...date, day: token.value! });
      const [, high] = dateInterval({ ...date, day: tokens[lastDay]!.value! });
      return dateQuantity(tokens, i, withYear ? lastDay + 2 : lastDay + 1, date, token.value!, [low, high]);
    }
  }
  if (!isYear(tokens, i)) return undefined;
  const month = MONTHS.get(tokens[i - 1]?.norm ?? '');
  if (month !== undefined && !token.clauseBreak)
    return dateQuantity(tokens, i - 1, i, { year: token.value!, month }, token.value!);
  return dateQuantity(tokens, i, i, { year: token.value! }, token.value!);
}

/** A time of day at token `i`: "15 Uhr", "15.30 Uhr", "15:30 Uhr". */
function readTime(tokens: readonly Token[], i: number): Read | undefined {
  const token = tokens[i]!;
  if (!/^\d{1,2}$/.test(token.surface) || token.value! > 24) return undefined;
  let end = i;
  let hours = token.value!;
  const minutes = tokens[i + 1];
  if (minutes && /^[.:]$/.test(minutes.gap) && /^\d{2}$/.test(minutes.surface) && minutes.value! < 60) {
    end = i + 1;
    hours += minutes.value! / 60;
  }
  if (tokens[end + 1]?.norm !== 'uhr' || tokens[end + 1]!.clauseBreak) return undefined;
  end += 1;
  const qualifier = qualifierBefore(tokens, i);
  const spread = qualifier?.kind === 'approx' ? APPROXIMATE_HOURS : 0;
  const start = qualifier?.start ?? i;
  return {
    quantity: {
      value: token.value!,
      unit: TIME_UNIT,
      canonicalValue: clean(hours),
      low: clean(hours - spread),
      high: clean(hours + spread),
      phrase: phraseOf(tokens, start, end),
      statedUnit: tokens[end]!.surface,
      context: [],
      kind: 'datum',
      span: { start, end },
    },
    end,
  };
}

/** The qualifiers as written, longest first, so "nicht mehr als" is read before "mehr als". */
const QUALIFIER_WORDS = Object.keys(QUALIFIERS).sort((a, b) => b.length - a.length);

/**
 * The qualifier a quantity's phrase starts with, as written ("mehr als 1500 Kilometer": "mehr
 * als"; "etwa 1.000 Kilometer": "etwa"), or "": a figure shown without it reads as exact, and
 * "1.500 km ↔ 1.000 km" misstates "mehr als 1500" against "etwa 1.000".
 */
export function leadingQualifier(phrase: string): string {
  const lower = phrase.toLowerCase();
  const found = QUALIFIER_WORDS.find((words) => lower.startsWith(`${words} `) || lower.startsWith(`${words}.`));
  return found === undefined ? '' : phrase.slice(0, found.length + (phrase[found.length] === '.' ? 1 : 0));
}

/** Half a unit of the last non-zero digit, capped at {@link ROUNDING}: how exact an exact figure is. */
function precision(x: number): number {
  const magnitude = Math.abs(x);
  if (magnitude === 0 || !Number.isFinite(magnitude)) return 0;
  let unit = 1e-9;
  for (let k = Math.floor(Math.log10(magnitude)); k >= -9; k--) {
    const step = 10 ** k;
    if (Math.abs(magnitude / step - Math.round(magnitude / step)) < 1e-9) {
      unit = step;
      break;
    }
  }
  return Math.min(unit / 2, ROUNDING * magnitude);
}

/** The interval a qualifier allows around a stated figure or range, in the stated unit. */
function interval(low: number, high: number, qualifier: Qualifier | undefined): [number, number] {
  // Tolerances are relative to the size of the figure, so they widen away from zero on either
  // side of it ("etwa minus 10 Grad" is -11.5 to -8.5).
  const spread = (x: number, share: number) => Math.abs(x) * share;
  switch (qualifier) {
    case 'approx':
      return [low - spread(low, APPROXIMATION), high + spread(high, APPROXIMATION)];
    case 'almost':
      return [low - spread(low, NEAR), high];
    case 'justOver':
      return [low, high + spread(high, NEAR)];
    case 'above':
      return [low, Number.POSITIVE_INFINITY];
    case 'below':
      return [low < 0 ? Number.NEGATIVE_INFINITY : 0, high];
    default:
      return [low - precision(low), high + precision(high)];
  }
}

/**
 * The last token of a range starting at token `i` ("10 bis 15", "10-15", "10–15", "zwischen 10
 * und 15"), `i` itself when there is none, undefined when the range ends in an ordinal ("10. bis
 * 15. Januar" is a span of days, not a count).
 */
function rangeEnd(tokens: readonly Token[], i: number): number | undefined {
  const value = tokens[i]!.value!;
  const next = tokens[i + 1];
  const afterNext = tokens[i + 2];
  let last = i;
  if (tokens[i - 1]?.norm === 'zwischen' && next?.norm === 'und' && (afterNext?.value ?? -1) > value) last = i + 2;
  else if (next?.value !== undefined && RANGE_DASH.test(next.gap) && next.value > value) last = i + 1;
  else if (next?.norm === 'bis' && !next.clauseBreak && (afterNext?.value ?? -1) > value) last = i + 2;
  return last > i && isOrdinal(tokens, last) ? undefined : last;
}

/** A measure or count at token `i`: a number or range, its qualifier, its unit or counted noun. */
function readAmount(tokens: readonly Token[], i: number): Read | undefined {
  // "minus 5 Grad": the sign is a word; a hyphen before a number is too often a dash to be one.
  const negative = tokens[i - 1]?.norm === 'minus' && !tokens[i]!.clauseBreak;
  const value = (negative ? -1 : 1) * tokens[i]!.value!;
  let start = negative ? i - 1 : i;
  const last = negative ? i : rangeEnd(tokens, i);
  if (last === undefined) return undefined;
  if (last > i && tokens[i - 1]?.norm === 'zwischen') start = i - 1;
  const highValue = last === i ? value : tokens[last]!.value!;
  let found = unitAt(tokens, last + 1);
  let unitEnd = found?.end ?? last;
  // "100 €" is written after the number, "€ 100" or "$100" before it.
  const before = tokens[start - 1];
  if (!found && before && /^[€$£¥₽]$/.test(before.surface)) {
    found = { definition: UNITS.get(before.norm), stated: before.surface, end: last };
    start -= 1;
    unitEnd = last;
  }
  if (!found) return undefined;
  const qualifier = qualifierBefore(tokens, start);
  const phraseStart = qualifier?.start ?? start;
  const factor = found.definition?.factor ?? 1;
  const unit = found.definition?.unit ?? found.noun!;
  const [low, high] = interval(value, highValue, qualifier?.kind);
  return {
    quantity: {
      value,
      unit,
      canonicalValue: clean(value * factor),
      low: clean(low * factor),
      high: clean(high * factor),
      phrase: phraseOf(tokens, phraseStart, unitEnd),
      statedUnit: found.stated,
      context: [],
      kind: quantityKind({ unit }),
      span: { start: phraseStart, end: unitEnd },
    },
    end: unitEnd,
  };
}

function readAt(tokens: readonly Token[], i: number): Read | undefined {
  if (tokens[i]?.value === undefined) return undefined;
  return readDate(tokens, i) ?? readTime(tokens, i) ?? (isOrdinal(tokens, i) ? undefined : readAmount(tokens, i));
}

/** A quantity in brackets right after `end` ("(620 Meilen)", "(rund 620 Meilen)"). */
function bracketedAfter(tokens: readonly Token[], end: number): Read | undefined {
  if (!tokens[end + 1]?.bracketed || !tokens[end + 1]!.gap.includes('(')) return undefined;
  for (let k = end + 1; k <= end + 4 && tokens[k]?.bracketed; k++) {
    if (tokens[k]!.value !== undefined) return readAt(tokens, k);
  }
  return undefined;
}

/**
 * Whether a quantity is a measure (`zahl`: a known unit of measurement), a count (`anzahl`: a
 * counted noun) or a date (`datum`: a year, date or time of day), decided from its unit alone.
 */
export function quantityKind(q: Pick<Quantity, 'unit'>): QuantityKind {
  if (q.unit === CALENDAR_UNIT || q.unit === TIME_UNIT) return 'datum';
  return MEASURE_UNITS.has(q.unit) ? 'zahl' : 'anzahl';
}

/**
 * Finds numbers with their unit or counted noun, their qualifier ("etwa", "mehr als") and the
 * names that follow, so that two sentences' numbers can be compared only when they measure the
 * same thing. Units are converted to a canonical one (miles and metres to kilometres, tonnes to
 * kilograms); a range ("10 bis 15", "zwischen 10 und 15") is one quantity; a conversion in
 * brackets right after a quantity ("(620 Meilen)") is the same quantity, not another one; an
 * ordinal ("der 2. Weltkrieg") and a number without a unit or noun count nothing.
 */
export function extractQuantities(tokens: readonly Token[]): Quantity[] {
  const quantities: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const read = readAt(tokens, i);
    if (!read) continue;
    const { quantity } = read;
    let { end } = read;
    const converted = bracketedAfter(tokens, end);
    if (converted && converted.quantity.unit === quantity.unit) {
      quantity.conversion = converted.quantity.phrase;
      end = converted.end;
    }
    quantities.push(quantity);
    i = end;
  }
  quantities.forEach((quantity, q) => {
    quantity.context = contextAfter(tokens, quantity.span.end, quantities[q + 1]?.span.start ?? tokens.length);
  });
  return quantities;
}

/**
 * Counted nouns count the same things when they are equal or one is a compound ending in the
 * other ("Kurzstreckenraketen" are "Raketen").
 */
function sameUnit(a: Quantity, b: Quantity): boolean {
  if (a.unit === b.unit) return true;
  if (a.kind !== 'anzahl' || b.kind !== 'anzahl') return false;
  const [short, long] = a.unit.length <= b.unit.length ? [a.unit, b.unit] : [b.unit, a.unit];
  return short.length >= 4 && long.endsWith(short);
}

/**
 * Whether two quantities measure the same thing: the same unit (after conversion), and what
 * follows the number in its clause ("von Wladiwostok", "von der Grenze zu China") names the same
 * reference, one contained in the other. Dates need a reference on both sides: two sentences
 * naming different years are usually about different events.
 */
export function sameMeasure(a: Quantity, b: Quantity): boolean {
  if (!sameUnit(a, b)) return false;
  if (a.context.length === 0 || b.context.length === 0)
    return a.unit !== CALENDAR_UNIT && a.context.length === b.context.length;
  const [small, large] = a.context.length <= b.context.length ? [a.context, b.context] : [b.context, a.context];
  return small.every((stem) => large.some((other) => sameOrCompound(stem, other)));
}

/** Whether two stems are one word, or one is a compound of the other ("windpark", "windparkprojekt"). */
function sameOrCompound(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && (long.startsWith(short) || long.endsWith(short));
}

/**
 * Whether two quantities of the same measure cannot both be true: their intervals do not
 * overlap. A date with a year and one without compare by the parts both give ("2. Januar" and
 * "2. Januar 2024" agree, "2. Januar" and "3. Januar 2024" do not).
 */
export function disagree(a: Quantity, b: Quantity): boolean {
  if (a.date && b.date && (a.date.year === undefined) !== (b.date.year === undefined)) {
    const [x, y] = [a.date, b.date];
    if (x.month === undefined || y.month === undefined) return false;
    if (x.month !== y.month) return true;
    return x.day !== undefined && y.day !== undefined && x.day !== y.day;
  }
  return a.high < b.low || b.high < a.low;
}
