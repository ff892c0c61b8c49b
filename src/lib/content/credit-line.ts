import { AGENCIES } from './vocabulary.ts';

const AGENCY_NAMES = new Set(AGENCIES.map((agency) => agency.toLowerCase()));
/** A date as credit lines write it: "25.7.2015", "8.8. 2015", "13.02.16". */
export const CREDIT_DATE = /^\d{1,2}\.\s?\d{1,2}\.(?:\s?(?:\d{4}|\d{2}))?$/;
/** An author's or a desk's shorthand: "red", "fte", "tasch", "mdl". */
const INITIALS = /^\p{L}{1,6}$/u;

/** The parts of a credit line, brackets or not, split at "/", ",", ";" and dashes. */
export function creditParts(credit: string): string[] {
  return credit
    .replace(/^\s*\(|\)\s*$/gu, '')
    .split(/\s*[,;/–—]\s*|\s+-\s+/u)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/**
 * Whether a text is a credit line, as newspapers end an article with it: "(dpa/afp/fte)",
 * "(APA, red, 25.7.2015)", "(tasch, 13.10.2015)". Its parts are agencies, shorthands and a date,
 * inside round brackets; it names an agency or gives a date (a bracketed word alone may be an
 * aside). A credit line states no fact: two articles that end with "(APA, 11.9.2015)" do not
 * share a claim.
 */
export function isCreditLine(text: string): boolean {
  const inner = /^\((.*)\)$/su.exec(text.trim())?.[1];
  if (inner === undefined) return false;
  const parts = creditParts(inner);
  if (parts.length === 0) return false;
  let named = false;
  for (const part of parts) {
    if (CREDIT_DATE.test(part) || AGENCY_NAMES.has(part.toLowerCase())) named = true;
    else if (!INITIALS.test(part)) return false;
  }
  return named;
}
