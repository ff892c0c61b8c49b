import { AUSTRIAN_MONTHS, GERMAN_MONTHS } from './months.ts';

/** A span of a text: `[start, end)` character offsets. */

export interface Span {
  start: number;
  end: number;
}

/**
 * Abbreviations after which a full stop does not end a German sentence. General German usage,
 * not drawn from any article.
 */
const ABBREVIATIONS = new Set(
  [
    'abs',
    'abt',
    'bzw',
    'ca',
    'chr',
    'dr',
    'evtl',
    'ggf',
    'hr',
    'inkl',
    'jh',
    'jhd',
    'mio',
    'mrd',
    'nr',
    'prof',
    'rd',
    'st',
    'str',
    'tsd',
    'usw',
    'vgl',
    'vs',
    'zb',
    'ua',
    'va',
    'dh',
    'sog',
    'bspw',
    'gen',
    'geb',
    'gest',
    'min',
    'max',
    'mind',
    'engl',
    'frz',
    'russ',
    'lt',
    'gem',
    'ehem',
  ].map((a) => a.toLowerCase()),
);

const MONTHS = new RegExp(`^(?:${[...GERMAN_MONTHS, ...AUSTRIAN_MONTHS.map((m) => m.name)].join('|')})\\b`);

const segmenter = new Intl.Segmenter('de', { granularity: 'sentence' });

/**
 * A number with a full stop after an article, or a preposition merged with one, is an ordinal:
 * "den 50. Super Bowl", "zum 70. Geburtstag", "des 19. Jahrhunderts". German sentences do not
 * end on "den 50.".
 */
const ORDINAL_AFTER_ARTICLE =
  /(?:^|[\s(„«»"])(?:der|die|das|den|dem|des|am|im|zum|zur|vom|beim|ein|eine|einen|einem|einer|eines|sein|seine|seinen|seinem|seiner|seines|ihr|ihre|ihren|ihrem|ihrer|ihres|unser|unsere|unseren|unserem|unserer)\s+\d{1,4}\.$/i;

/** Characters at most that one statement with a quotation of several sentences may span. */
const QUOTATION_SPAN = 800;

/**
 * Splits German text into sentences.
 *
 * `Intl.Segmenter` gets most boundaries right; we merge back where it splits after an
 * abbreviation ("Dr.", "z. B."), an ordinal or date ("am 2. Januar", "zum 70. Geburtstag"), an initial ("J."),
 * and inside a quotation, so that a quotation of several sentences and its attribution
 * ("…“, sagte Putin) stay one statement.
 */
export function splitSentences(text: string): Span[] {
  const raw: Span[] = [];
  for (const { index, segment } of segmenter.segment(text)) {
    raw.push({ start: index, end: index + segment.length });
  }
  const merged: Span[] = [];
  for (const span of raw) {
    const previous = merged.at(-1);
    if (previous && shouldJoin(text.slice(previous.start, previous.end), text.slice(span.start, span.end))) {
      previous.end = span.end;
    } else merged.push({ ...span });
  }
  return merged.map((span) => trimSpan(text, span)).filter((span) => span.end > span.start);
}

function shouldJoin(previous: string, next: string): boolean {
  const head = previous.trimEnd();
  const nextStart = next.trimStart();
  if (nextStart === '') return true;
  // A quotation runs on across sentences, but not past what a quotation in news ever spans: a
  // stray or typographically wrong quote mark must not swallow the rest of a paragraph.
  if (openQuoteDepth(head) > 0 && head.length < QUOTATION_SPAN) return true;
  if (/^[a-zäöüß,;:)]/.test(nextStart)) return true; // a sentence never starts in lower case or with a comma
  const lastWord = /(\S+)\.$/.exec(head)?.[1];
  if (!lastWord) return false;
  const bare = lastWord.replace(/[.()„“"«»]/g, '').toLowerCase();
  if (ABBREVIATIONS.has(bare)) return true;
  if (/^\d{1,2}$/.test(bare) && MONTHS.test(nextStart)) return true; // "am 2. Januar"
  if (/^\d{1,4}$/.test(bare) && ORDINAL_AFTER_ARTICLE.test(head)) return true;
  if (/^\d{1,2}\.\d{1,2}$/.test(lastWord) && /^(?:\d{4}|\d{2})\b/.test(nextStart)) return true; // "8.8. 2015"
  if (/^\p{L}$/u.test(bare)) return true; // an initial ("J.") or a split abbreviation ("z. B.", "u. a.")
  return false;
}

/** How many quotations are still open at the end of `text`. */
export function openQuoteDepth(text: string): number {
  const stack: string[] = [];
  for (const char of text) {
    const top = stack.at(-1);
    if (char === '„' || char === '«') stack.push(char);
    else if (char === '»' && top === '«') stack.pop();
    else if (char === '“') {
      if (top === '„') stack.pop();
      else stack.push('“'); // English-style opening quote
    } else if (char === '”' && top === '“') stack.pop();
    else if (char === '"') {
      if (top === '"') stack.pop();
      else stack.push('"');
    }
  }
  return stack.length;
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
