import { parse } from 'yaml';

/** A Markdown file split into its YAML frontmatter and its body. */
export interface MarkdownFile {
  /** Parsed frontmatter; empty when the file has none. */
  frontmatter: Record<string, unknown>;
  /** Everything after the frontmatter, unchanged. */
  body: string;
  /** Offset of the body within the file. */
  bodyOffset: number;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Splits a Markdown file into frontmatter and body. Files without frontmatter are all body. */
export function splitFrontmatter(text: string): MarkdownFile {
  const match = FRONTMATTER.exec(text);
  if (!match) return { frontmatter: {}, body: text, bodyOffset: 0 };
  const data: unknown = parse(match[1]!);
  const frontmatter = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  return { frontmatter, body: text.slice(match[0].length), bodyOffset: match[0].length };
}
