import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root } from 'mdast';

const parser = unified().use(remarkParse);

/** Parses a Markdown body (without frontmatter) into an mdast tree with source positions. */
export function fromMarkdownBody(markdown: string): Root {
  return parser.parse(markdown);
}
