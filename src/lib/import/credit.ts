/** The credit line at the end of an article ("(dpa/afp/fte)", "(APA, 11.9.2015)") and the news agencies it names. */
import { CREDIT_DATE, creditParts, isCreditLine } from '../content/credit-line.ts';
import { AGENCIES, type Agency } from '../content/vocabulary.ts';

const AGENCY_BY_NAME = new Map<string, Agency>(AGENCIES.map((agency) => [agency.toLowerCase(), agency]));
const CREDIT_LINE = /^\((\p{L}{1,15}(?:\s*\/\s*\p{L}{1,15}){0,5})\)$/u;
const CREDIT_END = /\s\((\p{L}{1,15}(?:\s*\/\s*\p{L}{1,15}){0,5})\)$/u;
/** The last bracketed group of a text, after a space: a dated credit line after the last sentence. */
const BRACKETS_END = /\s(\([^()]{1,80}\))$/u;

/**
 * The credit at the end of the text: "(AFP)" on a line of its own or "(dpa/afp/fte)" after the
 * last sentence; a dated one ("(APA, red, 25.7.2015)") either way.
 */
export function findCredit(text: string): { credit: string; rest: string } | undefined {
  const whole = CREDIT_LINE.exec(text);
  if (whole || isCreditLine(text)) return { credit: text.trim(), rest: '' };
  const dated = BRACKETS_END.exec(text);
  if (dated && isCreditLine(dated[1]!)) return { credit: dated[1]!, rest: text.slice(0, dated.index).trimEnd() };
  const end = CREDIT_END.exec(text);
  if (!end) return undefined;
  const parts = end[1]!.split('/').map((part) => part.trim().toLowerCase());
  // A parenthesis ending a sentence is only a credit when it names an agency or lists initials.
  if (!parts.some((part) => AGENCY_BY_NAME.has(part)) && parts.length < 2) return undefined;
  return { credit: end[0].trim(), rest: text.slice(0, end.index).trimEnd() };
}

/** The agencies a credit line names, and the parts longer than initials that name none (dates aside). */
export function creditAgencies(credit: string): { agencies: Agency[]; unknown: string[] } {
  const parts = creditParts(credit);
  return {
    agencies: [...new Set(parts.flatMap((part) => AGENCY_BY_NAME.get(part.toLowerCase()) ?? []))],
    unknown: parts.filter(
      (part) => !AGENCY_BY_NAME.has(part.toLowerCase()) && part.length > 3 && !CREDIT_DATE.test(part),
    ),
  };
}
