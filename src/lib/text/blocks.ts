import type { Nodes, PhrasingContent, Root } from 'mdast';
import { fromMarkdownBody } from './markdown.ts';
import { mapValueToSource } from './source-map.ts';

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
 * `markdown` formats parse CommonMark; `text` treats every non-empty line as a paragraph.
 */
export function extractBlocks(source: string, format: 'markdown' | 'text' = 'markdown'): TextBlock[] {
  return format === 'text' ? textBlocks(source) : markdownBlocks(fromMarkdownBody(source), source);
}

/** Words at most in a plain-text line that reads as a subhead when it does not end like a sentence. */
const SUBHEAD_WORDS = 12;

/**
 * Plain text has no heading markup; a short line that does not end like a sentence (no full
 * stop, question or exclamation mark, closing quote or colon) is a subhead: "Ort des Treffens".
 */
export function looksLikeSubhead(line: string): boolean {
  return !/[.!?:"“”»«]\s*$/.test(line) && line.split(/\s+/).length <= SUBHEAD_WORDS;
}

function textBlocks(source: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  const linePattern = /[^\n]+/g;
  for (const match of source.matchAll(linePattern)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text === '') continue;
    const start = match.index + lead;
    blocks.push({
      kind: looksLikeSubhead(text) ? 'heading' : 'paragraph',
      text,
      offsets: Array.from({ length: text.length + 1 }, (_, i) => start + i),
    });
  }
  return blocks;
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
