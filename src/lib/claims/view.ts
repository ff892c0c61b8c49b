import type { Claim, ClaimsResult } from './types.ts';

/** Number of distinct claim colours in the design tokens (`--claim-1` … `--claim-6`). */
export const CLAIM_COLOURS = 6;

/**
 * What a claim's mark and chip say by their colour: agency copy word for word, the same statement
 * in other words, or a statement whose numbers or negation disagree between articles.
 */
export type ClaimTone = 'wortgleich' | 'sinngleich' | 'widerspruch';

/** A claim as pages show it: its result plus a reader-facing number, colour and tone. */
export interface ClaimView extends Claim {
  /** 1-based within its event, in the order claims are listed (most articles first). */
  number: number;
  /** 1 … CLAIM_COLOURS. */
  colour: number;
  /** The kind its colour shows; a contradiction outranks the wording. */
  tone: ClaimTone;
}

/** One stretch of an article's text that belongs to one or more claims. */
export interface Mark {
  field: 'body' | 'lead';
  start: number;
  end: number;
  anchor: string;
  /** The claims this sentence states, first the one it is listed under first. */
  claims: ClaimView[];
  /** Whether this sentence's numbers contradict another article's. */
  contradicted: boolean;
}

/**
 * Numbers the claims in their listed order, counting within each event (a reader sees one event
 * at a time), and gives each its tone.
 */
export function claimViews(result: ClaimsResult): ClaimView[] {
  const contradicted = new Set(result.contradictions.map((c) => c.claim));
  const counters = new Map<string | null, number>();
  return result.claims.map((claim, index) => {
    const number = (counters.get(claim.event) ?? 0) + 1;
    counters.set(claim.event, number);
    return {
      ...claim,
      number,
      colour: (index % CLAIM_COLOURS) + 1,
      tone: contradicted.has(claim.id) ? 'widerspruch' : claim.kind,
    };
  });
}

/** The marks of one article: every sentence that states a shared claim, in text order. */
export function marksForArticle(result: ClaimsResult, claims: readonly ClaimView[], article: string): Mark[] {
  const contradictedAnchors = new Set(
    result.contradictions.flatMap((c) => c.passages.filter((p) => p.article === article).map((p) => p.anchor)),
  );
  const byAnchor = new Map<string, Mark>();
  for (const claim of claims) {
    for (const passage of claim.passages) {
      if (passage.article !== article) continue;
      let mark = byAnchor.get(passage.anchor);
      if (!mark) {
        mark = {
          field: passage.field,
          start: passage.start,
          end: passage.end,
          anchor: passage.anchor,
          claims: [],
          contradicted: contradictedAnchors.has(passage.anchor),
        };
        byAnchor.set(passage.anchor, mark);
      }
      mark.claims.push(claim);
    }
  }
  return [...byAnchor.values()].sort((a, b) => (a.field === b.field ? a.start - b.start : a.field === 'lead' ? -1 : 1));
}

/** Share of each article's sentences that another article also reports, per pair and kind. */
export function overlapMatrix(
  result: ClaimsResult,
  claims: readonly ClaimView[],
): Map<string, Map<string, { verbatim: number; paraphrase: number }>> {
  const matrix = new Map<string, Map<string, { verbatim: number; paraphrase: number }>>();
  const sentenceCount = new Map(result.articles.map((a) => [a.id, a.sentences]));
  for (const a of result.articles) {
    const row = new Map<string, { verbatim: number; paraphrase: number }>();
    for (const b of result.articles) {
      if (a.id === b.id) continue;
      const verbatim = new Set<string>();
      const paraphrase = new Set<string>();
      for (const claim of claims) {
        claim.passages.forEach((p, i) => {
          if (p.article !== a.id) return;
          for (const link of claim.links) {
            const other = link.from === i ? link.to : link.to === i ? link.from : -1;
            if (other < 0 || claim.passages[other]!.article !== b.id) continue;
            (link.verbatim ? verbatim : paraphrase).add(p.anchor);
          }
        });
      }
      for (const anchor of verbatim) paraphrase.delete(anchor);
      const total = sentenceCount.get(a.id) || 1;
      row.set(b.id, { verbatim: verbatim.size / total, paraphrase: paraphrase.size / total });
    }
    matrix.set(a.id, row);
  }
  return matrix;
}
