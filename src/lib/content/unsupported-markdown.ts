import type { Nodes, Root } from 'mdast';
import { fromMarkdownBody } from '../text/markdown.ts';
import type { UnsafeMarkup } from './markup-safety.ts';

/**
 * A line that could be a table's delimiter row (`|---|---|`, `:--- | ---:`): only pipes, hyphens,
 * colons and spaces, with at least one pipe and one hyphen; quote markers may stand before it.
 */
const DELIMITER_ROW = /^[ \t>]*(?=[^\n]*-)(?=[^\n]*\|)[|:\- \t]+$/;
/** A footnote marker or definition, `[^1]` or `[^quelle]:`, not escaped. */
const FOOTNOTE = /(?<!\\)\[\^[^\]\s]+\]:?/;

/** Cheap tests of the raw text: a body without any of these has nothing to find, and is not parsed. */
const CANDIDATES = [/^[ \t>]*#(?:[ \t]|$)/m, /^[ \t>]*=+[ \t]*$/m, /^[ \t>]*(?=[^\n]*-)(?=[^\n]*\|)[|:\- \t]+$/m, /\[\^/];

const FIXES = {
  heading:
    'The title is the page\'s only first-level heading: use "## " for a subhead (a line of "===" below text makes a first-level heading too).',
  table: "Tables are not shown as tables, their rows would read as sentences: write the table's figures as sentences.",
  footnote:
    "Footnotes are not shown as footnotes, the marker would stand in the text as typed: put the footnote's text in the sentence and remove the marker.",
} as const;

/**
 * Finds Markdown the site does not render as the editor means it: a first-level heading (a
 * second <h1> beside the title), a GFM table and footnotes. Article bodies are read as
 * CommonMark, without GitHub's extensions, so a table's rows became "sentences" of pipes and a
 * footnote's `[^1]` stood in the text; as with raw HTML and images, the file is refused and the
 * line named, so an editor decides what the text should say.
 */
export function findUnsupportedMarkdown(markdown: string): UnsafeMarkup[] {
  // As in findUnsafeMarkup: most articles have none of these, and skip the parse.
  if (!CANDIDATES.some((pattern) => pattern.test(markdown))) return [];
  const tree: Root = fromMarkdownBody(markdown);
  const lines = markdown.split('\n');
  const problems: UnsafeMarkup[] = [];
  const seen = new Set<string>();
  const add = (line: number, found: string, fix: string) => {
    // One problem per line and kind: a footnote marker used twice in a line is one fix.
    const key = `${line}\n${fix}`;
    if (seen.has(key)) return;
    seen.add(key);
    problems.push({ line, found: found.trim().slice(0, 80), fix });
  };
  // An explicit stack, not recursion: the depth of the tree follows the input.
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const start = node.position?.start;
    const end = node.position?.end;
    if (node.type === 'heading' && node.depth === 1 && start) {
      add(start.line, lines[start.line - 1] ?? '#', FIXES.heading);
    } else if (node.type === 'paragraph' && start && end) {
      // CommonMark reads a table as a paragraph; its second line is the delimiter row.
      for (let line = start.line + 1; line <= end.line; line++) {
        if (DELIMITER_ROW.test(lines[line - 1] ?? '') && (lines[line - 2] ?? '').includes('|')) {
          add(line - 1, lines[line - 2]!, FIXES.table);
          break;
        }
      }
    } else if (node.type === 'text' && start?.offset !== undefined && end?.offset !== undefined) {
      // The source, not the value: an escaped "\[^1]" is meant literally and shows so.
      const source = markdown.slice(start.offset, end.offset);
      const match = FOOTNOTE.exec(source);
      if (match) {
        const line = start.line + (source.slice(0, match.index).match(/\n/g)?.length ?? 0);
        add(line, match[0], FIXES.footnote);
      }
    } else if ((node.type === 'definition' || node.type === 'linkReference') && start) {
      // "[^1]: https://…" is a link definition in CommonMark, and "[^1]" then a reference to it.
      if ((node.label ?? node.identifier).startsWith('^')) add(start.line, `[${node.label ?? ''}]`, FIXES.footnote);
    }
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return problems.sort((a, b) => a.line - b.line);
}
