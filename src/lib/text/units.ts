import type { Root } from 'mdast';
import { extractBlocks, type BlockKind } from './blocks.ts';
import { splitSentences } from './sentences.ts';

/** A sentence (or subhead) of an article: the unit that gets an anchor and is compared. */
export interface SentenceUnit {
  /**
   * Stable anchor within its article: `satz-12` in the body, `vorspann-2` in the lead, `titel`
   * and `dachzeile` for the headline and the kicker.
   */
  anchor: string;
  /** Anchor of the block it belongs to: `absatz-3`, or `vorspann`, `titel`, `dachzeile`. */
  block: string;
  /** Which field of the article the offsets refer to. */
  field: TextField;
  /** Structural role of its block. */
  kind: BlockKind;
  /** The sentence as a reader sees it. */
  text: string;
  /** Offset of its first character in the field's source. */
  start: number;
  /** Offset just past its last character in the field's source. */
  end: number;
}

/** The fields of an article that hold its text. */
export type TextField = 'title' | 'kicker' | 'lead' | 'body';

/**
 * Input for segmentation: the body, and the headline, kicker and lead where the article has them
 * as the outlet published them (an editorial headline is ours, not a statement of the source).
 */
export interface SegmentableArticle {
  body: string;
  title?: string | undefined;
  kicker?: string | undefined;
  lead?: string | undefined;
  format?: 'markdown' | 'text';
}

/**
 * Splits an article into numbered sentence units. Numbering depends only on the article itself,
 * so anchors do not move when another article changes. `bodyTree`: the Markdown body already
 * parsed (`fromMarkdownBody`), read instead of parsing it again.
 */
export function segmentArticle(article: SegmentableArticle, bodyTree?: Root): SentenceUnit[] {
  const units: SentenceUnit[] = [];
  // A headline or kicker is one statement however it is punctuated ("Putin empfängt Kim: …").
  for (const [field, anchor] of [
    ['kicker', 'dachzeile'],
    ['title', 'titel'],
  ] as const) {
    const text = article[field]?.trim();
    if (!text) continue;
    const start = article[field]!.indexOf(text);
    units.push({ anchor, block: anchor, field, kind: 'paragraph', text, start, end: start + text.length });
  }
  if (article.lead) {
    let n = 0;
    for (const span of splitSentences(article.lead)) {
      units.push({
        anchor: `vorspann-${++n}`,
        block: 'vorspann',
        field: 'lead',
        kind: 'paragraph',
        text: article.lead.slice(span.start, span.end),
        start: span.start,
        end: span.end,
      });
    }
  }
  let sentence = 0;
  extractBlocks(article.body, article.format ?? 'markdown', bodyTree).forEach((block, index) => {
    const spans = block.kind === 'heading' ? [{ start: 0, end: block.text.trim().length }] : splitSentences(block.text);
    for (const span of spans) {
      units.push({
        anchor: `satz-${++sentence}`,
        block: `absatz-${index + 1}`,
        field: 'body',
        kind: block.kind,
        text: block.text.slice(span.start, span.end),
        start: block.offsets[span.start]!,
        end: block.offsets[span.end - 1]! + 1,
      });
    }
  });
  return units;
}
