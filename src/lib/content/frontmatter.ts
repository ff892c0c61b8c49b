import { createHash } from 'node:crypto';
import { parse } from 'yaml';

/** A Markdown file split into its YAML frontmatter and its body. */
export interface MarkdownFile {
  /** Parsed frontmatter; empty when the file has none. */
  frontmatter: Record<string, unknown>;
  /** Everything after the frontmatter, trimmed: exactly Astro's `entry.body`, so offsets agree. */
  body: string;
  /** Offset of the body within the file. */
  bodyOffset: number;
  /** Lines of the file above the body, so that messages can name the file's own lines. */
  linesBefore: number;
}

/** A frontmatter that cannot be read, worded for the editor (prefix it with the file). */
export class FrontmatterError extends Error {
  override name = 'FrontmatterError';
}

/** A TOML block where Astro would look for frontmatter: after a byte-order mark or blank lines. */
const TOML_FRONTMATTER = /(?:^\uFEFF?|^\s*\n)\+\+\+/;

/**
 * Reads an article file: the one reading of frontmatter for the build (src/loaders) and the
 * command-line tools, so that a file one of them accepts the other reads the same way. The
 * build used Astro's reader, which also takes TOML between "+++" lines, while `npm run claims`
 * read such a file as body text ("title = …" became a sentence and the event was lost); TOML is
 * refused by both now. YAML is read as the build read it (YAML 1.2 with timestamps, so an
 * unquoted date is a date the schema can name), and a YAML error names the file's own line.
 */
export function splitFrontmatter(text: string): MarkdownFile {
  if (TOML_FRONTMATTER.test(text)) {
    throw new FrontmatterError(
      'line 1: the frontmatter is written in TOML (between lines of "+++"), which is not read. Write it in YAML between two lines of "---", for example title: \'Überschrift\'.',
    );
  }
  const match = ASTRO_FRONTMATTER.exec(text);
  const opening = OPENING_DELIMITER.exec(text);
  if (!match && opening) {
    // Without its closing line the whole file was read as body: the fields became text and the
    // build reported every required field missing although each stood in the file.
    const line = opening[0].slice(0, opening[0].indexOf('---')).split('\n').length;
    throw new FrontmatterError(
      `line ${line}: the frontmatter opens with a line of "---" that no line of "---" closes. Add a line of "---" after its last field, above the article text.`,
    );
  }
  const body = markdownBody(text);
  const bodyOffset = body === '' ? text.length : text.indexOf(body);
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < bodyOffset; i = text.indexOf('\n', i + 1)) lines++;
  if (!match) return { frontmatter: {}, body, bodyOffset, linesBefore: lines };
  const raw = match[2]!;
  // The file line of the block's first line: the lines up to and including the opening "---".
  const delimiterAt = match.index + match[0].indexOf('---');
  let firstLine = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < delimiterAt; i = text.indexOf('\n', i + 1)) firstLine++;
  let data: unknown;
  try {
    data = parse(raw, { customTags: ['timestamp'], merge: true, logLevel: 'error' });
  } catch (error) {
    const yaml = error as { linePos?: [{ line: number }]; message?: string };
    const where = yaml.linePos ? ` (line ${firstLine + yaml.linePos[0].line - 1})` : '';
    const reason = (yaml.message ?? String(error)).split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new FrontmatterError(
      `the frontmatter is not valid YAML${where}: ${reason}. Expected "key: value" lines between two lines of "---"; quote values that contain a colon.`,
    );
  }
  // A list or a lone value between the "---" lines was read as no fields at all: the build then
  // reported every required field missing, the claims command lost the event without a word.
  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
    throw new FrontmatterError(
      `line ${firstLine + 1}: the frontmatter is ${Array.isArray(data) ? 'a list' : 'a single value'}, not fields. Expected "key: value" lines between two lines of "---", for example title: 'Überschrift'.`,
    );
  }
  const frontmatter = (data ?? {}) as Record<string, unknown>;
  return { frontmatter, body, bodyOffset, linesBefore: lines };
}

/**
 * The frontmatter block as Astro finds it (`@astrojs/internal-helpers/frontmatter`): after an
 * optional byte-order mark or leading blank lines, between `---` lines (Astro also reads TOML
 * between `+++` lines; `splitFrontmatter` refuses those files).
 */
const ASTRO_FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(---)([\s\S]*?\n)---/;

/**
 * A first line of "---" (after a byte-order mark or blank lines, where Astro looks): the file
 * means to open a frontmatter block.
 */
const OPENING_DELIMITER = /^\uFEFF?(?:[ \t]*\r?\n)*---[ \t]*(?:\r?\n|$)/;

/**
 * The YAML between the two `---` lines, as written, or undefined when the file has no
 * frontmatter: schema messages read values from it as the file writes them.
 */
export function frontmatterText(contents: string): string | undefined {
  return ASTRO_FRONTMATTER.exec(contents)?.[2];
}

/**
 * The body of an article file exactly as Astro's Markdown entry type gives it (the file without
 * its frontmatter block, trimmed). The content loader checks this text and the pages render it,
 * both from the file itself, so it is not carried through the data store.
 */
export function markdownBody(contents: string): string {
  const match = ASTRO_FRONTMATTER.exec(contents);
  if (!match) return contents.trim();
  const [, delimiter, raw] = match;
  return contents.replace(`${delimiter}${raw}${delimiter}`, '').trim();
}

/**
 * A digest of an article file, stored with its entry: the pages read the body from the file and
 * compare, so they never render a text the content loader did not check.
 */
export function articleDigest(contents: string): string {
  return createHash('sha256').update(contents).digest('hex');
}
