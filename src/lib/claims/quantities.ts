import type { Token } from './tokens.ts';
import { QUALIFIERS, STOP_WORDS } from './stopwords.ts';

/** A number with what it counts or measures, as a sentence states it. */
export interface Quantity {
  /** The number as stated. */
  value: number;
  /** Stem of the word it measures or counts ("kilomet", "rak"); `jahr` for a bare year. */
  unit: string;
  /** The interval the wording allows: "etwa 1.000" is 850–1150, "mehr als 1500" is 1500–∞. */
  low: number;
  high: number;
  /** The words as written, e.g. "mehr als 1500 Kilometer". */
  phrase: string;
  /** Stems of capitalised words right after the number: what the quantity is about ("von Wladiwostok"). */
  context: string[];
}

const APPROXIMATION = 0.15;
const UNIT_ALIASES: Record<string, string> = { km: 'kilomet', kilometern: 'kilomet', kilometer: 'kilomet' };

/**
 * Finds numbers with their unit or counted noun, their qualifier ("etwa", "mehr als") and the
 * names that follow, so that two sentences' numbers can be compared only when they measure the
 * same thing.
 */
export function extractQuantities(tokens: readonly Token[]): Quantity[] {
  const quantities: Quantity[] = [];
  tokens.forEach((token, i) => {
    if (token.value === undefined) return;
    const next = tokens[i + 1];
    const isYear = /^\d{4}$/.test(token.surface) && token.value >= 1900 && token.value <= 2100;
    let unit: string;
    if (next && next.value === undefined && !STOP_WORDS.has(next.norm) && !isYear) {
      unit = UNIT_ALIASES[next.norm] ?? next.stem;
    } else if (isYear) {
      unit = 'jahr';
    } else return;
    const one = tokens[i - 1]?.norm ?? '';
    const two = `${tokens[i - 2]?.norm ?? ''} ${one}`;
    const qualifier = QUALIFIERS[two] ?? QUALIFIERS[one];
    const v = token.value;
    const [low, high] =
      qualifier === 'approx'
        ? [v * (1 - APPROXIMATION), v * (1 + APPROXIMATION)]
        : qualifier === 'above'
          ? [v, Number.POSITIVE_INFINITY]
          : qualifier === 'below'
            ? [0, v]
            : [v, v];
    const start = qualifier ? i - (QUALIFIERS[two] ? 2 : 1) : i;
    const end = unit === 'jahr' ? i : i + 1;
    const context: string[] = [];
    for (const t of tokens.slice(end + 1, end + 9)) {
      if (t.bracketed) continue; // "(620 Meilen)": a conversion, not what is measured
      if (t.clauseBreak && !tokens[t.index - 1]?.bracketed) break;
      if (t.capitalised && t.value === undefined && !STOP_WORDS.has(t.norm)) context.push(t.stem);
    }
    quantities.push({
      value: v,
      unit,
      low,
      high,
      phrase: tokens
        .slice(start, end + 1)
        .map((t) => t.surface)
        .join(' '),
      context,
    });
  });
  return quantities;
}

/**
 * Whether two quantities measure the same thing: the same unit, and what follows the number in
 * its clause ("von Wladiwostok", "von der Grenze zu China") names the same reference, one
 * contained in the other.
 */
export function sameMeasure(a: Quantity, b: Quantity): boolean {
  if (a.unit !== b.unit) return false;
  if (a.context.length === 0 || b.context.length === 0)
    return a.unit !== 'jahr' && a.context.length === b.context.length;
  const [small, large] = a.context.length <= b.context.length ? [a.context, b.context] : [b.context, a.context];
  return small.every((stem) => large.includes(stem));
}

/** Whether two quantities of the same measure cannot both be true. */
export function disagree(a: Quantity, b: Quantity): boolean {
  return a.high < b.low || b.high < a.low;
}
