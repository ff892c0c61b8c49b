import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A sentence pair of STSb-de with its label for "same claim". */
export interface LabelledPair {
  a: string;
  b: string;
  /** The similarity score 0-5 as given. */
  score: number;
  /** 1: same claim (score >= 4); 0: not the same (score < 3). */
  label: 0 | 1;
}

/** How a CSV file separates and quotes its fields. */
export interface CsvDialect {
  /** One character between fields (default `,`). */
  delimiter?: string;
  /** One character around fields that hold a delimiter, a quote or a line break (default `"`). */
  quote?: string;
}

/**
 * Parses CSV as STSb-de writes it (the default): comma-separated, fields in double quotes where
 * they hold a comma or a quote, a quote inside a quoted field doubled. Other dialects, such as
 * 10kGNAD's `;` with `'` quotes, are given as `dialect`. A quote counts only at the start of a
 * field (an apostrophe inside an unquoted word is text), and quoted fields may span lines.
 */
export function parseCsv(text: string, dialect: CsvDialect = {}): string[][] {
  const { delimiter = ',', quote = '"' } = dialect;
  if (delimiter.length !== 1 || quote.length !== 1 || delimiter === quote)
    throw new Error('parseCsv: delimiter and quote must be two different single characters.');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === quote && text[i + 1] === quote) {
        field += quote;
        i++;
      } else if (char === quote) quoted = false;
      else field += char;
    } else if (char === quote && field === '') quoted = true;
    else if (char === delimiter) {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (quoted) throw new Error(`parseCsv: a field opened with ${quote} is never closed.`);
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * Reads one split (`train` or `dev`) of STSb-de from `folder` and keeps the pairs with a clear
 * label: score >= 4 is the same claim, < 3 is not, 3 to 4 is left out (the data's README).
 */
export function readSplit(folder: string, split: 'train' | 'dev'): LabelledPair[] {
  const file = join(folder, `${split}.csv`);
  const rows = parseCsv(readFileSync(file, 'utf8'));
  return rows.flatMap((row, n) => {
    if (row.length !== 3)
      throw new Error(`${file}, line ${n + 1}: expected 3 fields (sentence, sentence, score), found ${row.length}.`);
    const score = Number(row[2]);
    if (!Number.isFinite(score)) throw new Error(`${file}, line ${n + 1}: the score "${row[2]}" is not a number.`);
    if (score >= 3 && score < 4) return [];
    return [{ a: row[0]!, b: row[1]!, score, label: score >= 4 ? 1 : 0 }];
  });
}
