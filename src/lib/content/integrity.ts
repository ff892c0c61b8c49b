import { extractBlocks } from '../text/blocks.ts';

/** The parts of an article that together must hold every line of its seed. */
export interface ArticleParts {
  title: string;
  titleSource: 'source' | 'editorial';
  kicker?: string | undefined;
  lead?: string | undefined;
  /** Markdown body. */
  body: string;
  credit?: string | undefined;
  removed: readonly { text: string }[];
}

/** A difference between a seed file and the article made from it. */
export interface IntegrityProblem {
  kind: 'lost' | 'invented' | 'removed-not-in-seed';
  /** The words concerned. */
  text: string;
}

const WORD = /[\p{L}\p{N}]+/gu;
const words = (text: string): string[] => text.match(WORD) ?? [];

/**
 * Finds runs of words in a word list through an index of where each word stands: a run is looked
 * for only where its rarest word occurs. Scanning the whole list for every line of the seed took
 * time in the square of the article's length (a 4 MB page took minutes to import).
 */
function runFinder(haystack: readonly string[]): (needle: readonly string[]) => boolean {
  const positions = new Map<string, number[]>();
  haystack.forEach((word, i) => {
    const list = positions.get(word);
    if (list) list.push(i);
    else positions.set(word, [i]);
  });
  return (needle) => {
    if (needle.length === 0) return true;
    let rarest = 0;
    for (let j = 0; j < needle.length; j++) {
      const count = positions.get(needle[j]!)?.length ?? 0;
      if (count === 0) return false;
      if (count < (positions.get(needle[rarest]!)?.length ?? 0)) rarest = j;
    }
    outer: for (const at of positions.get(needle[rarest]!)!) {
      const start = at - rarest;
      if (start < 0 || start + needle.length > haystack.length) continue;
      for (let j = 0; j < needle.length; j++) if (haystack[start + j] !== needle[j]) continue outer;
      return true;
    }
    return false;
  };
}

/**
 * Proves that an article reproduces its seed: every non-empty seed line, less the parts recorded
 * as removed debris or as the credit line, stands word for word in the kicker, title, lead or body
 * as a reader sees them (Markdown resolved); every block of the body stands in the seed; and every
 * removed line really is in the seed. Whitespace-only lines carry no words and are not counted.
 */
export function checkIntegrity(seed: string, article: ArticleParts): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const blocks = extractBlocks(article.body).map((block) => block.text);
  const published = [
    ...(article.kicker ? [article.kicker] : []),
    ...(article.titleSource === 'source' ? [article.title] : []),
    ...(article.lead ? [article.lead] : []),
    ...blocks,
  ];
  const inPublished = runFinder(words(published.join('\n')));
  const cut = [...article.removed.map((r) => r.text), ...(article.credit ? [article.credit] : [])].sort(
    (a, b) => b.length - a.length,
  );
  for (const line of seed.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    let pieces = [line];
    for (const text of cut) pieces = pieces.flatMap((piece) => piece.split(text));
    for (const piece of pieces) {
      const pieceWords = words(piece);
      if (!inPublished(pieceWords)) problems.push({ kind: 'lost', text: piece.trim() });
    }
  }
  const inSeed = runFinder(words(seed));
  const ownWords = [
    ...(article.kicker ? [article.kicker] : []),
    ...(article.titleSource === 'source' ? [article.title] : []),
    ...(article.lead ? [article.lead] : []),
    ...(article.credit ? [article.credit] : []),
    ...blocks,
  ];
  for (const text of ownWords) {
    if (!inSeed(words(text))) problems.push({ kind: 'invented', text });
  }
  for (const { text } of article.removed) {
    if (!seed.includes(text)) problems.push({ kind: 'removed-not-in-seed', text });
  }
  return problems;
}
