import type { Nodes, PhrasingContent, Root } from 'mdast';
import { fromMarkdownBody } from './markdown.ts';
import { mapValueToSource } from './source-map.ts';
import { isSubhead } from './subheads.ts';

/** What a block is in the article's structure. */
export type BlockKind = 'paragraph' | 'heading' | 'quote';

/** A block of running text: a paragraph, a subhead or a quoted paragraph. */
export interface TextBlock {
  /** Structural role of the block. */
  kind: BlockKind;
  /** The block's text as a reader sees it (Markdown syntax resolved). */
  text: string;
  /** For each character of `text` (and one past the end), its offset in the source. */
  offsets: number[];
}

/**
 * Splits an article into text blocks, each knowing where its characters stand in the source.
 * `markdown` formats parse CommonMark (or read `tree`, the source already parsed with
 * `fromMarkdownBody`, so that the build parses each body once for segmenting and rendering);
 * `text` treats every non-empty line as a paragraph.
 */
export function extractBlocks(source: string, format: 'markdown' | 'text' = 'markdown', tree?: Root): TextBlock[] {
  return format === 'text' ? textBlocks(source) : markdownBlocks(tree ?? fromMarkdownBody(source), source);
}

/**
 * Plain text has no heading markup: every non-empty line is a block, a subhead only when it reads
 * as one (`isSubhead`: short, no finite verb, body text after it).
 */
function textBlocks(source: string): TextBlock[] {
  const lines: { text: string; start: number }[] = [];
  for (const match of source.matchAll(/[^\n]+/g)) {
    const raw = match[0];
    const text = raw.trim();
    if (text !== '') lines.push({ text, start: match.index + raw.length - raw.trimStart().length });
  }
  return lines.map(({ text, start }, index) => ({
    kind: isSubhead(text, lines[index + 1]?.text, index === 0) ? 'heading' : 'paragraph',
    text,
    offsets: Array.from({ length: text.length + 1 }, (_, i) => start + i),
  }));
}

/**
 * Walks the tree with an explicit stack, not recursion: how deep a tree is follows the input
 * (`'> '` repeated 5,000 times nests 5,000 quotes), and a recursive walk overflowed the stack.
 */
function markdownBlocks(tree: Root, source: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  const stack: { node: Nodes; inQuote: boolean }[] = [{ node: tree, inQuote: false }];
  while (stack.length > 0) {
    const { node, inQuote } = stack.pop()!;
    if (node.type === 'paragraph' || node.type === 'heading') {
      const block = phrasingBlock(node.children, source);
      if (block.text.trim() !== '') {
        blocks.push({ kind: node.type === 'heading' ? 'heading' : inQuote ? 'quote' : 'paragraph', ...block });
      }
      continue;
    }
    if ('children' in node) {
      const quoted = inQuote || node.type === 'blockquote';
      for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, inQuote: quoted });
    }
  }
  return blocks;
}

/**
 * The text of a paragraph or heading and the source offset of each character. Offsets are
 * appended one by one, never spread into `push`: a spread passes every element as an argument,
 * and a paragraph of some 125,000 characters exceeded the engine's argument limit. Inline
 * nesting (emphasis in a link in emphasis ...) is walked with a stack for the same reason as
 * blocks.
 */
function phrasingBlock(children: PhrasingContent[], source: string): Omit<TextBlock, 'kind'> {
  let text = '';
  const offsets: number[] = [];
  const append = (value: string, map: number[]): void => {
    text += value;
    for (let i = 0; i < value.length; i++) offsets.push(map[i]!);
  };
  const stack: PhrasingContent[] = [...children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text' || node.type === 'inlineCode') {
      const start = node.position?.start.offset ?? 0;
      const end = node.position?.end.offset ?? start;
      append(node.value, mapValueToSource(node.value, source.slice(start, end), start));
    } else if (node.type === 'break') {
      append(' ', [node.position?.start.offset ?? 0]);
    } else if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  const last = children.at(-1);
  offsets.push(offsets.length > 0 ? offsets[offsets.length - 1]! + 1 : (last?.position?.end.offset ?? 0));
  return { text, offsets };
}
