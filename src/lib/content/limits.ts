/**
 * Size and nesting limits for article text, checked on the raw text before anything parses it.
 *
 * The Markdown parser and the claim engine are fast on prose, but some inputs cost time or
 * memory out of all proportion to their size: `'> '` repeated 5,000 times (10 KB) nests 5,000
 * block quotes, `'- '` repeated 10,000 times took minutes to parse, 100,000 one-word paragraphs
 * (1.1 MB) took a build to 1.4 GB. No news article needs any of that, so such text is refused,
 * with the line, what was found, the limit and the fix, before it reaches a parser. The limits
 * are documented in the README ("Limits"); the build, `npm run claims` and `npm run add` share
 * them.
 */

/** The limits, in one place so messages, tests and the README agree. */
export const LIMITS = {
  /**
   * Bytes of one article file (frontmatter and body) or plain-text input. The largest article
   * the benchmark builds is 5 MB (880 MiB for all build processes together).
   */
  articleBytes: 6 * 1024 * 1024,
  /** Bytes of one HTML page given to `npm run add`: its parse takes about 150 times its size. */
  htmlBytes: 4 * 1024 * 1024,
  /** Characters in one paragraph: a long news paragraph has 2,000; this is some 7,000 words. */
  paragraphChars: 50_000,
  /** Paragraphs (and subheads) in one article: a 5 MB article of ordinary prose has about 7,500. */
  paragraphs: 20_000,
  /** Quotes and lists nested in each other: a news article needs two or three. */
  nestingDepth: 10,
  /**
   * Emphasis characters (`*`, `_`) in one paragraph, and in the whole article. The parser pairs
   * them in time that grows with the square of their number: 20,000 in one paragraph (40 KB)
   * took 4.7 s, 100 paragraphs of 1,000 each took 11 s.
   */
  emphasisPerParagraph: 200,
  emphasisPerArticle: 10_000,
  /** Elements nested in each other in an HTML page: news pages nest some 30 to 60. */
  htmlNestingDepth: 200,
} as const;

/** A limit an input exceeds, worded for the person who has to fix it. */
export interface LimitProblem {
  /** 1-based line in the file (see `linesBefore`). */
  line: number;
  /** What was found, the limit and the fix, as one or two sentences. */
  problem: string;
}

const number = (n: number) => n.toLocaleString('en-US');

/** "6 MiB", "6.03 MiB": two decimals, so a file just over a limit does not read as the limit. */
export const mebibytes = (bytes: number) => `${number(Math.round((bytes / 1024 / 1024) * 100) / 100)} MiB`;

/** The file size problem, for callers that check the size before reading the file. */
export function describeTooLarge(bytes: number, limit: number, what: string): string {
  return `the file has ${number(bytes)} bytes (${mebibytes(bytes)}); ${what} may have at most ${mebibytes(limit)}. Split it into several articles, or remove what is not article text.`;
}

/**
 * How deep the quotes and lists that a line opens or continues may nest, estimated from its
 * start without parsing: every container marker (`>`, `-`, `*`, `+`, `1.`, `1)`) counts one
 * level, and when there is a marker, every two columns of indentation before it count one more
 * (a nested list item stands at least two columns right of its parent). The estimate is never
 * below the depth CommonMark gives; it can be above it for an indented line inside a paragraph.
 */
function lineNesting(text: string, start: number, end: number): number {
  let pos = start;
  let indent = 0;
  while (pos < end && (text[pos] === ' ' || text[pos] === '\t')) {
    indent += text[pos] === '\t' ? 4 : 1;
    pos++;
  }
  let markers = 0;
  for (;;) {
    const char = text[pos];
    let next = pos;
    if (char === '>') next = pos + 1;
    else if (char === '-' || char === '*' || char === '+') {
      next = pos + 1;
      if (next < end && text[next] !== ' ' && text[next] !== '\t') break;
    } else if (char !== undefined && char >= '0' && char <= '9') {
      let digits = pos;
      while (digits < end && digits - pos < 9 && text[digits]! >= '0' && text[digits]! <= '9') digits++;
      if (digits >= end || (text[digits] !== '.' && text[digits] !== ')')) break;
      next = digits + 1;
      if (next < end && text[next] !== ' ' && text[next] !== '\t') break;
    } else break;
    if (pos >= end) break;
    markers++;
    pos = next;
    while (pos < end && (text[pos] === ' ' || text[pos] === '\t')) pos++;
  }
  return markers === 0 ? 0 : markers + Math.floor(indent / 2);
}

/** Shows the start of a long line, for messages. */
function excerpt(text: string, start: number, end: number): string {
  const shown = text.slice(start, Math.min(end, start + 40));
  return `"${shown}${end - start > 40 ? '…' : ''}"`;
}

/**
 * Checks text against the limits, line by line, without parsing it. `format` is how the text is
 * read: `markdown` (paragraphs separated by blank lines, quotes and lists nest) or `text` (every
 * line is a paragraph). `linesBefore` is the number of lines of the file above the text, so that
 * the lines named are the file's own. Returns the first problem found, or undefined.
 */
export function checkTextLimits(
  text: string,
  format: 'markdown' | 'text' = 'markdown',
  linesBefore = 0,
): LimitProblem | undefined {
  let line = linesBefore;
  let paragraphs = 0;
  let paragraphStart = -1;
  let paragraphLine = 0;
  let paragraphChars = 0;
  let paragraphEmphasis = 0;
  let articleEmphasis = 0;
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    line++;
    const blank = text.slice(start, end).trim() === '';
    if (!blank) {
      if (format === 'markdown') {
        const depth = lineNesting(text, start, end);
        if (depth > LIMITS.nestingDepth) {
          return {
            line,
            problem: `line ${line} nests quotes and lists ${number(depth)} levels deep (${excerpt(text, start, end)}); at most ${LIMITS.nestingDepth} levels are allowed. Write the text as plain paragraphs, without the leading ">", "-", "*" or "1." markers and indentation.`,
          };
        }
      }
      if (paragraphStart === -1 || format === 'text') {
        paragraphs++;
        paragraphStart = start;
        paragraphLine = line;
        paragraphChars = 0;
        paragraphEmphasis = 0;
        if (paragraphs > LIMITS.paragraphs) {
          return {
            line,
            problem: `line ${line} starts paragraph ${number(paragraphs)}; an article may have at most ${number(LIMITS.paragraphs)} paragraphs. Split the text into several articles.`,
          };
        }
      }
      paragraphChars += end - start + 1;
      if (paragraphChars > LIMITS.paragraphChars) {
        return {
          line: paragraphLine,
          problem: `the paragraph starting on line ${paragraphLine} (${excerpt(text, paragraphStart, end)}) has more than ${number(LIMITS.paragraphChars)} characters, the most one paragraph may have. Separate its paragraphs with blank lines${format === 'text' ? ' (in plain text, with line breaks)' : ''}.`,
        };
      }
      if (format === 'markdown') {
        let emphasis = 0;
        for (let i = start; i < end; i++) if ((text[i] === '*' || text[i] === '_') && text[i - 1] !== '\\') emphasis++;
        paragraphEmphasis += emphasis;
        articleEmphasis += emphasis;
        if (paragraphEmphasis > LIMITS.emphasisPerParagraph) {
          return {
            line: paragraphLine,
            problem: `the paragraph starting on line ${paragraphLine} (${excerpt(text, paragraphStart, end)}) has more than ${LIMITS.emphasisPerParagraph} emphasis characters "*" and "_", the most one paragraph may have. Remove the emphasis, or escape the characters that are text as "\\*" and "\\_".`,
          };
        }
        if (articleEmphasis > LIMITS.emphasisPerArticle) {
          return {
            line,
            problem: `line ${line} brings the emphasis characters "*" and "_" of the text to more than ${number(LIMITS.emphasisPerArticle)}, the most one article may have. Remove the emphasis, or escape the characters that are text as "\\*" and "\\_".`,
          };
        }
      }
    } else paragraphStart = -1;
    if (newline === -1) break;
    start = newline + 1;
  }
  return undefined;
}

/** The number of lines of `contents` before `body`, for turning body lines into file lines. */
export function linesBefore(contents: string, body: string): number {
  const at = body === '' ? -1 : contents.indexOf(body);
  if (at <= 0) return 0;
  let lines = 0;
  for (let i = contents.indexOf('\n'); i !== -1 && i < at; i = contents.indexOf('\n', i + 1)) lines++;
  return lines;
}
