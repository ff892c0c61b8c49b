/** The publication date an article's text states: in a date line or a dated author line. */
import { isValidPartialDate, type DatePrecision } from '../content/vocabulary.ts';
import { MONTH_NUMBERS } from '../text/months.ts';
import { CREDIT_DATE, creditParts } from '../content/credit-line.ts';
import { DEBRIS_REASONS } from './debris.ts';
import type { Seed } from './seed.ts';

/** A stated publication date with its basis, as the frontmatter's `published` holds it. */
export interface Published {
  date: string;
  precision: DatePrecision;
  basis: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A calendar date written in a date line: 13.09.2023, 2023-09-13, 13. September 2023, September 13, 2023. */
export function parseStatedDate(text: string): string | undefined {
  const candidates: [number, number, number][] = [];
  let match = /\b(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4}|\d{2})\b/u.exec(text);
  if (match) {
    const year = Number(match[3]!.length === 2 ? `20${match[3]}` : match[3]);
    candidates.push([year, Number(match[2]), Number(match[1])]);
  }
  match = /\b(\d{4})-(\d{2})-(\d{2})\b/u.exec(text);
  if (match) candidates.push([Number(match[1]), Number(match[2]), Number(match[3])]);
  match = /\b(\d{1,2})\.\s*(\p{L}+)\.?\s+(\d{4})\b/u.exec(text);
  if (match && MONTH_NUMBERS.has(match[2]!.toLowerCase()))
    candidates.push([Number(match[3]), MONTH_NUMBERS.get(match[2]!.toLowerCase())!, Number(match[1])]);
  match = /\b(\p{L}+)\.?\s+(\d{1,2}),\s*(\d{4})\b/u.exec(text);
  if (match && MONTH_NUMBERS.has(match[1]!.toLowerCase()))
    candidates.push([Number(match[3]), MONTH_NUMBERS.get(match[1]!.toLowerCase())!, Number(match[2])]);
  for (const [year, month, day] of candidates) {
    const date = `${year}-${pad(month)}-${pad(day)}`;
    if (isValidPartialDate(date, 'day')) return date;
  }
  return undefined;
}

const PUBLISHED_LABEL = /^(?:Ausgegeben|Veröffentlicht|Publiziert|Erschienen|Erstellt|Published)\b/iu;

/**
 * The publication date from the page metadata, else from a labelled date line, a dated byline or
 * any date line, else from a dated credit line ("(APA, 11.9.2015)", the agency's report).
 */
export function findPublished(seed: Seed, checks: string[], credit?: string): Published | undefined {
  if (seed.metaDate) return { date: seed.metaDate.date, precision: 'day', basis: seed.metaDate.basis };
  const debris = seed.lines.flatMap((line) => line.debris);
  const dateLines = debris.filter((d) => d.reason === DEBRIS_REASONS.dateLine);
  // A byline dated as published ("Von unserer Korrespondentin, 13. September 2023") states the
  // date as plainly as a date line; labelled date lines first, then bylines, then the rest.
  const bylines = debris.filter((d) => d.reason === DEBRIS_REASONS.byline && parseStatedDate(d.text));
  const ordered = [...dateLines.filter((d) => PUBLISHED_LABEL.test(d.text)), ...bylines, ...dateLines];
  for (const line of ordered) {
    const date = parseStatedDate(line.text);
    if (!date) continue;
    const byline = line.reason === DEBRIS_REASONS.byline;
    if (!PUBLISHED_LABEL.test(line.text)) {
      checks.push(
        `published: taken from the ${byline ? 'author line' : 'date line'} "${line.text}", which does not say it is the publication date. Check it.`,
      );
    }
    return {
      date,
      precision: 'day',
      basis: `${byline ? 'Autorenzeile' : 'Datumszeile'} der Quelle: „${line.text}“.`,
    };
  }
  for (const line of dateLines) {
    checks.push(`published: the date line "${line.text}" gives no calendar date.`);
  }
  const dated = credit === undefined ? undefined : creditDate(credit);
  if (dated) {
    checks.push(
      `published: taken from the credit line ${credit}, which dates the agency's report, not always the outlet's article. Check it.`,
    );
    return { date: dated, precision: 'day', basis: `Datum in der Quellenangabe: „${credit}“.` };
  }
  return undefined;
}

/** The calendar date a credit line carries with its year ("(APA, 11.9.2015)"); "(APA, 11.9.)" has none. */
function creditDate(credit: string): string | undefined {
  for (const part of creditParts(credit)) {
    if (!CREDIT_DATE.test(part)) continue;
    const date = parseStatedDate(part);
    if (date) return date;
  }
  return undefined;
}
