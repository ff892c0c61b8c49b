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

/**
 * Parses CSV as STSb-de writes it: comma-separated, fields in double quotes where they hold a
 * comma or a quote, a quote inside a quoted field doubled.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
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
