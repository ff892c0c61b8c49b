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
