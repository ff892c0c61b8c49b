/**
 * Provenance a reader can check: the raw text of a source as received, line by line, with the
 * page debris that was taken out of it marked, and the frontmatter's provenance fields in German
 * words. Plain data in, plain data out: the pages only display what this module decides.
 */

/** A text taken out of a source as page debris, with the reason (frontmatter `removed`). */
export interface RemovedText {
  /** The text exactly as it stands in the source; may be part of a line. */
  text: string;
  /** Why it is not article text, in German. */
  reason: string;
}

/** A stretch of a source line: kept as article text, or removed as debris. */
export type SourceSegment =
  | { kind: 'kept'; text: string }
  | {
      kind: 'removed';
      text: string;
      reason: string;
      /** The removal ends here: its reason belongs after this piece (a removal may span lines). */
      last: boolean;
    };

/** One line of a source as received. */
export interface SourceLine {
  /** 1-based, as an editor counts lines. */
  number: number;
  /** The line's text in order; joined, exactly the line (empty for an empty line). */
  segments: SourceSegment[];
}

/** A source marked up for display. */
export interface MarkedSource {
  lines: SourceLine[];
  /** Removed texts that do not occur in the source at all: the page cannot show them. */
  notFound: RemovedText[];
}

interface Range {
  start: number;
  end: number;
  reason: string;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (char: string | undefined) => char !== undefined && WORD_CHAR.test(char);

/** Every start offset of `needle` in `haystack`, overlapping occurrences included. */
function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** Whether the stretch `start..end` is a line of its own, apart from surrounding whitespace. */
function standsAlone(raw: string, start: number, end: number): boolean {
  const lineStart = raw.lastIndexOf('\n', start - 1) + 1;
  const nextBreak = raw.indexOf('\n', end);
  const lineEnd = nextBreak < 0 ? raw.length : nextBreak;
  return raw.slice(lineStart, start).trim() === '' && raw.slice(end, lineEnd).trim() === '';
}

/** Whether the stretch `start..end` does not begin or end inside a word. */
function atWordBounds(raw: string, start: number, end: number): boolean {
  const cutsBefore = isWordChar(raw[start - 1]) && isWordChar(raw[start]);
  const cutsAfter = isWordChar(raw[end - 1]) && isWordChar(raw[end]);
  return !cutsBefore && !cutsAfter;
}

/**
 * Where each removed text stands in the raw source. A removed text names words, not a place, so
 * the place is chosen: where it stands as a line of its own if it does anywhere, else where it
 * does not cut into a word ("CF" is not the "CF" inside another word), else wherever it occurs.
 * Longer texts are placed first; a shorter one inside a longer removal is already shown by it.
 */
function removedRanges(raw: string, removed: readonly RemovedText[]): { ranges: Range[]; notFound: RemovedText[] } {
  const ranges: Range[] = [];
  const notFound: RemovedText[] = [];
  const order = removed.map((entry, index) => ({ entry, index }));
  order.sort((a, b) => b.entry.text.length - a.entry.text.length || a.index - b.index);
  for (const { entry } of order) {
    if (entry.text === '') continue;
    const starts = occurrences(raw, entry.text);
    if (starts.length === 0) {
      notFound.push(entry);
      continue;
    }
    const free = starts
      .map((start) => ({ start, end: start + entry.text.length }))
      .filter(({ start, end }) => ranges.every((taken) => end <= taken.start || start >= taken.end));
    const alone = free.filter(({ start, end }) => standsAlone(raw, start, end));
    const bounded = free.filter(({ start, end }) => atWordBounds(raw, start, end));
    const chosen = alone.length > 0 ? alone : bounded.length > 0 ? bounded : free;
    for (const { start, end } of chosen) {
      // Overlapping occurrences of one text ("aa" in "aaa"): the first one wins.
      if (ranges.some((taken) => end > taken.start && start < taken.end)) continue;
      ranges.push({ start, end, reason: entry.reason });
    }
  }
  ranges.sort((a, b) => a.start - b.start);
  // Report in the order the frontmatter lists them.
  notFound.sort((a, b) => removed.indexOf(a) - removed.indexOf(b));
  return { ranges, notFound };
}

/**
 * The raw text of a source, line by line, with every removed text marked where it stands. Lines
 * end at LF or CRLF; a final line break does not start another line. Joining a line's segments
 * gives the line exactly as received (spaces, non-breaking spaces and all).
 */
export function markRemoved(raw: string, removed: readonly RemovedText[]): MarkedSource {
  const { ranges, notFound } = removedRanges(raw, removed);
  const lines: SourceLine[] = [];
  /** Adds the line `start..end`; the next line starts at `next` (after the line break). */
  const addLine = (start: number, end: number, next: number) => {
    const segments: SourceSegment[] = [];
    let at = start;
    for (const range of ranges) {
      if (range.end <= start || range.start >= end) continue;
      const from = Math.max(range.start, start);
      const to = Math.min(range.end, end);
      if (from > at) segments.push({ kind: 'kept', text: raw.slice(at, from) });
      // A removal that spans a line break shows its pieces on their lines, and its reason once,
      // after the piece on the line where it ends.
      if (to > from)
        segments.push({ kind: 'removed', text: raw.slice(from, to), reason: range.reason, last: range.end <= next });
      at = Math.max(at, to);
    }
    if (at < end) segments.push({ kind: 'kept', text: raw.slice(at, end) });
    lines.push({ number: lines.length + 1, segments });
  };
  const breaks = /\r?\n/g;
  let lineStart = 0;
  for (let match = breaks.exec(raw); match; match = breaks.exec(raw)) {
    const next = match.index + match[0].length;
    addLine(lineStart, match.index, next);
    lineStart = next;
  }
  if (lineStart < raw.length) addLine(lineStart, raw.length, raw.length);
  return { lines, notFound };
}

/**
 * The URL segment of a source's page: its file name without folder or extension
 * ("002_98dadad234490a67.txt" gives "002_98dadad234490a67").
 */
export function sourcePageId(source: string): string {
  const name = source.split(/[\\/]/).pop() ?? source;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

const listFormat = new Intl.ListFormat('de', { type: 'conjunction' });

/**
 * Which agencies the credit line names, in a German sentence: "sda und Reuters (Kürzel
 * „(sda/reuters/mdl)“)". Says plainly when there is no credit line or it names no agency.
 */
export function describeAgencies(agencies: readonly string[], credit: string | undefined): string {
  if (agencies.length === 0) {
    return credit ? `Das Kürzel „${credit}“ nennt keine Nachrichtenagentur.` : 'Die Quelle nennt keine Nachrichtenagentur.';
  }
  const names = listFormat.format(agencies);
  return credit ? `${names} (Kürzel „${credit}“)` : names;
}

/** The spelling variant in German words; de-CH is the Swiss spelling (ss for ß). */
export function describeVariant(variant: string): string {
  switch (variant) {
    case 'de-CH':
      return 'Schweizer Schreibweise (ss statt ß)';
    case 'de-DE':
      return 'Deutsche Schreibweise (mit ß)';
    default:
      return `Schreibweise ${variant}`;
  }
}
