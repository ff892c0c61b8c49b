import { defaultColumns } from './columns.ts';
import type { TextField } from '../text/units.ts';
import type { Claim, ClaimsResult } from '../claims/types.ts';

/**
 * What a claim's mark and chip say by their colour: agency copy word for word, the same statement
 * in other words, or a statement whose numbers or negation disagree between articles.
 */
export type ClaimTone = 'wortgleich' | 'sinngleich' | 'widerspruch';

/**
 * What a passage's colour says (tokens `--kind-*`): one of the claim tones, or `nur-hier` for a
 * sentence no other article reports. Colour never stands for a claim number; the number is text.
 */
export type PassageKind = ClaimTone | 'nur-hier';

/** Every kind, in the order the legend lists them. */
export const PASSAGE_KINDS: readonly PassageKind[] = ['sinngleich', 'wortgleich', 'widerspruch', 'nur-hier'];

/** A claim as pages show it: its result plus a reader-facing number and tone. */
export interface ClaimView extends Claim {
  /** 1-based within its event, in the order claims are listed (most articles first). */
  number: number;
  /** The kind its colour shows; a contradiction outranks the wording. */
  tone: ClaimTone;
}

/**
 * A claim's number and tone, as the claim engine's process computed them once for the marks'
 * badges (`src/data/compute-site.ts`): the lists take them from there, so both always agree.
 */
export type ClaimNumber = Pick<ClaimView, 'id' | 'number' | 'tone'>;

/** One stretch of an article's text that belongs to one or more claims. */
export interface Mark {
  field: TextField;
  start: number;
  end: number;
  anchor: string;
  /** The claims this sentence states, first the one it is listed under first. */
  claims: ClaimView[];
  /** Whether this sentence's numbers contradict another article's. */
  contradicted: boolean;
  /**
   * How widely its first claim is shared: `alle` when every article of the event reports it,
   * `mehrere` otherwise. Its colour is the stronger, the more articles share it.
   */
  strength?: MarkStrength | undefined;
}

/** How strong a mark's colour is: every article of the event, or some of them. */
export type MarkStrength = 'alle' | 'mehrere';

/**
 * Numbers the claims in their listed order, counting within each event (a reader sees one event
 * at a time), and gives each its tone.
 */
export function claimViews(result: ClaimsResult): ClaimView[] {
  const contradicted = new Set(result.contradictions.map((c) => c.claim));
  const counters = new Map<string | null, number>();
  return result.claims.map((claim) => {
    const number = (counters.get(claim.event) ?? 0) + 1;
    counters.set(claim.event, number);
    return {
      ...claim,
      number,
      tone: contradicted.has(claim.id) ? 'widerspruch' : claim.kind,
    };
  });
}

/** The order of an article's fields as a reader meets them. */
const FIELD_ORDER: Record<TextField, number> = { kicker: 0, title: 1, lead: 2, body: 3 };

/** The marks of one article: every sentence that states a shared claim, in text order. */
export function marksForArticle(result: ClaimsResult, claims: readonly ClaimView[], article: string): Mark[] {
  const contradictedAnchors = new Set(
    result.contradictions.flatMap((c) => c.passages.filter((p) => p.article === article).map((p) => p.anchor)),
  );
  const event = result.articles.find((a) => a.id === article)?.event;
  const eventSize = result.articles.filter((a) => a.event === event).length;
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
          strength: claim.articles.length >= eventSize ? 'alle' : 'mehrere',
        };
        byAnchor.set(passage.anchor, mark);
      }
      mark.claims.push(claim);
    }
  }
  return [...byAnchor.values()].sort((a, b) => FIELD_ORDER[a.field] - FIELD_ORDER[b.field] || a.start - b.start);
}

/** The kind a mark's colour shows: a contradicted sentence outranks the wording of its first claim. */
export function markKind(mark: Mark): ClaimTone {
  return mark.contradicted ? 'widerspruch' : mark.claims[0]!.kind;
}

/** What a page shows in colour: marks in its text, claim chips beside it, sentences only one article has. */
export interface ShownPassages {
  marks: readonly Mark[];
  /** Claims shown as chips (their tone is their colour). */
  claims: readonly ClaimView[];
  /** Whether any sentence on the page is one no other article reports. */
  unique: boolean;
}

/** The kinds a page shows, in legend order: what its legend must explain, and nothing more. */
export function passageKinds(shown: ShownPassages): PassageKind[] {
  const present = new Set<PassageKind>([...shown.marks.map(markKind), ...shown.claims.map((claim) => claim.tone)]);
  if (shown.unique) present.add('nur-hier');
  return PASSAGE_KINDS.filter((kind) => present.has(kind));
}

/**
 * The kinds an article page shows: its marks, the chips of its claims (“Auch berichtet von”) and
 * its sentences no other article reports. `marks`: the article's marks, when already computed.
 */
export function articleKinds(
  result: ClaimsResult,
  claims: readonly ClaimView[],
  article: string,
  marks: readonly Mark[] = marksForArticle(result, claims, article),
): PassageKind[] {
  return passageKinds({
    marks,
    claims: claims.filter((claim) => claim.articles.includes(article)),
    unique: (result.unique[article]?.length ?? 0) > 0,
  });
}

/**
 * The kinds an event page shows: the marks and unique sentences of the articles in its columns
 * before a reader picks others (`defaultColumns`), and the chips of all its claims. `marksOf`:
 * an article's marks, when already computed.
 */
export function eventKinds(
  result: ClaimsResult,
  claims: readonly ClaimView[],
  articles: readonly string[],
  marksOf: (article: string) => readonly Mark[] = (article) => marksForArticle(result, claims, article),
): PassageKind[] {
  const columns = defaultColumns(articles);
  return passageKinds({
    marks: columns.flatMap(marksOf),
    claims,
    unique: columns.some((article) => (result.unique[article]?.length ?? 0) > 0),
  });
}

/**
 * Each kind in plain German, for legends, claim rows and claim pages: what a reader needs to
 * know, not the engine's term ("sinngleich", "wortgleich").
 */
export const KIND_LABEL: Record<PassageKind, string> = {
  sinngleich: 'gleiche Aussage',
  wortgleich: 'gleicher Wortlaut',
  widerspruch: 'Widerspruch',
  'nur-hier': 'keine Entsprechung gefunden',
};

/** What a kind means, completing "<label> – …". */
export const KIND_MEANING: Record<PassageKind, string> = {
  sinngleich: 'dieselbe Aussage in anderen Worten',
  wortgleich: 'derselbe Wortlaut, meist aus derselben Agenturmeldung',
  widerspruch: 'dieselbe Sache, aber Zahlen oder eine Verneinung, die nicht zusammenpassen',
  'nur-hier': 'in den anderen Artikeln fand der Vergleich keinen ähnlichen Satz',
};

/**
 * How close two wordings of one claim are, in words instead of a score: the score is the
 * engine's, its percentage meant nothing to readers.
 */
export function wordingCloseness(score: number): string {
  if (score >= 0.9) return 'fast gleich formuliert';
  if (score >= 0.7) return 'ähnlich formuliert';
  return 'anders formuliert, gleicher Inhalt';
}

/**
 * The result with no sentence called "nur hier" in an event of one article: with nothing to
 * compare, "keine Entsprechung gefunden" would be true of every sentence and say nothing.
 */
export function withComparableUnique(
  result: ClaimsResult,
  articles: readonly { id: string; event: string | null }[],
): ClaimsResult {
  const perEvent = new Map<string | null, number>();
  for (const article of articles) perEvent.set(article.event, (perEvent.get(article.event) ?? 0) + 1);
  const lone = new Set(articles.filter((a) => (perEvent.get(a.event) ?? 0) < 2).map((a) => a.id));
  if (lone.size === 0) return result;
  return {
    ...result,
    unique: Object.fromEntries(
      Object.entries(result.unique).map(([id, passages]) => [id, lone.has(id) ? [] : passages]),
    ),
  };
}
