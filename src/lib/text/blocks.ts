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
 * `markdown` formats parse CommonMark; `text` treats every non-empty line as a paragraph.
 */
export function extractBlocks(source: string, format: 'markdown' | 'text' = 'markdown'): TextBlock[] {
  return format === 'text' ? textBlocks(source) : markdownBlocks(fromMarkdownBody(source), source);
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

function markdownBlocks(tree: Root, source: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  const walk = (node: Nodes, inQuote: boolean): void => {
    if (node.type === 'paragraph' || node.type === 'heading') {
      const block = phrasingBlock(node.children, source);
      if (block.text.trim() !== '') {
        blocks.push({ kind: node.type === 'heading' ? 'heading' : inQuote ? 'quote' : 'paragraph', ...block });
      }
      return;
    }
    if ('children' in node) {
      for (const child of node.children) walk(child, inQuote || node.type === 'blockquote');
    }
  };
  walk(tree, false);
  return blocks;
}

function phrasingBlock(children: PhrasingContent[], source: string): Omit<TextBlock, 'kind'> {
  let text = '';
  const offsets: number[] = [];
  const append = (value: string, map: number[]): void => {
    text += value;
    offsets.push(...map.slice(0, value.length));
  };
  const visit = (node: PhrasingContent): void => {
    if (node.type === 'text' || node.type === 'inlineCode') {
      const start = node.position?.start.offset ?? 0;
      const end = node.position?.end.offset ?? start;
      append(node.value, mapValueToSource(node.value, source.slice(start, end), start));
    } else if (node.type === 'break') {
      append(' ', [node.position?.start.offset ?? 0]);
    } else if ('children' in node) {
      for (const child of node.children) visit(child);
    }
  };
  for (const child of children) visit(child);
  const last = children.at(-1);
  offsets.push(offsets.length > 0 ? offsets[offsets.length - 1]! + 1 : (last?.position?.end.offset ?? 0));
  return { text, offsets };
}
