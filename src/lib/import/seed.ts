/**
 * The seed of an import: the text every line of the article must be found in, split into lines,
 * with the page debris the detector finds on each and what the page's markup says a line is.
 */
import { detectDebris } from './debris.ts';
import type { PageOrigin } from './outlet.ts';

/** What the page's markup says a line is (HTML and Markdown only). */
export type LineRole = 'title' | 'kicker' | 'lead' | 'heading' | 'quote';

/** One line of the seed with what the importer knows about it. */
export interface SeedLine {
  /** 1-based line number in the seed text. */
  line: number;
  /** The article text of the line, trimmed; empty when the whole line is debris or blank. */
  text: string;
  /** Debris on the line (the whole line, or its end), verbatim with the reason. */
  debris: { text: string; reason: string }[];
  role?: LineRole | undefined;
}

/** The text an article is checked against, split into lines. */
export interface Seed {
  /** The text every line of the article must be found in: the raw file, or the text of an HTML page. */
  text: string;
  lines: SeedLine[];
  /** `markdown`: lines are Markdown already and are copied as they are; otherwise they are escaped. */
  format: 'text' | 'markdown' | 'html';
  /** A publication date from the page's metadata (HTML). */
  metaDate?: { date: string; basis: string } | undefined;
  /** The outlet and address the page states about itself (HTML; ./outlet.ts). */
  origin?: PageOrigin | undefined;
  /** Things the reading itself could not settle. */
  checks: string[];
}

/** Splits a text into seed lines, with the debris the detector finds on each. */
export function seedFromText(text: string, format: 'text' | 'markdown'): Seed {
  const report = detectDebris(text);
  const keptLines = report.kept.split('\n');
  const lines: SeedLine[] = keptLines.map((kept, index) => ({
    line: index + 1,
    text: kept.replace(/\r$/, '').trim(),
    debris: report.lines.filter((d) => d.line === index + 1).map(({ text, reason }) => ({ text, reason })),
  }));
  if (format === 'markdown') {
    let titled = false;
    for (const line of lines) {
      if (/^#\s+\S/u.test(line.text) && !titled) {
        line.role = 'title';
        titled = true;
      } else if (/^#{2,6}\s+\S/u.test(line.text)) line.role = 'heading';
      else if (/^>\s?/u.test(line.text)) line.role = 'quote';
    }
  }
  return { text, lines, format, checks: [] };
}
