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
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?=\r?\n|$)/;

/** Splits a Markdown file into frontmatter and body. Files without frontmatter are all body. */
export function splitFrontmatter(text: string): MarkdownFile {
  const match = FRONTMATTER.exec(text);
  const after = match ? match[0].length : 0;
  const rest = text.slice(after);
  const leading = rest.length - rest.trimStart().length;
  const body = rest.trim();
  if (!match) return { frontmatter: {}, body, bodyOffset: leading };
  const data: unknown = parse(match[1]!);
  const frontmatter = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  return { frontmatter, body, bodyOffset: after + leading };
}

/**
 * The frontmatter block as Astro finds it (`@astrojs/internal-helpers/frontmatter`): after an
 * optional byte-order mark or leading blank lines, between `---` (or `+++`) lines.
 */
const ASTRO_FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

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
