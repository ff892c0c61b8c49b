import type { Root, Nodes } from 'mdast';
import { fromMarkdownBody } from '../text/markdown.ts';

/** One place in an article body where markup could become live HTML or a dangerous link. */
export interface UnsafeMarkup {
  /** 1-based line within the Markdown body. */
  line: number;
  /** What was found, quoted from the source. */
  found: string;
  /** What to do instead, in one sentence. */
  fix: string;
}

const SAFE_URL = /^(?:https?:|mailto:|#|\/|\.{0,2}\/)/i;

/**
 * Finds raw HTML, images and links with a non-web protocol in a Markdown body.
 *
 * Article text is untrusted. Rather than escaping raw HTML silently (which would show readers
 * tags the author never meant them to read) or dropping it (which would lose text), we refuse it
 * and say where, so an editor decides.
 */
export function findUnsafeMarkup(markdown: string): UnsafeMarkup[] {
  // Raw HTML and autolinks begin with "<"; images, links and definitions with "[". Text without
  // either holds none of them, and most articles have neither: they skip a full parse, which
  // for a 5 MB article allocated some 100 MB the build then kept.
  if (!/[<[]/.test(markdown)) return [];
  const tree: Root = fromMarkdownBody(markdown);
  const problems: UnsafeMarkup[] = [];
  // An explicit stack, not recursion: the depth of the tree follows the input.
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const line = node.position?.start.line ?? 0;
    if (node.type === 'html') {
      problems.push({
        line,
        found: node.value.slice(0, 80),
        fix: 'Raw HTML is not allowed in article text: remove the tag or escape "<" as "\\<".',
      });
    } else if (node.type === 'image' || node.type === 'imageReference') {
      problems.push({
        line,
        found: node.type === 'image' ? node.url : node.identifier,
        fix: 'Images are not part of article text: record the caption in "removed" instead.',
      });
    } else if ((node.type === 'link' || node.type === 'definition') && !SAFE_URL.test(node.url.trim())) {
      problems.push({
        line,
        found: node.url,
        fix: 'Links must use http(s), mailto or a relative path.',
      });
    }
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return problems;
}
