import type { SentenceUnit, TextField } from '../text/units.ts';
import type { Story } from './stories.ts';

/** Version of the `claims.json` format; raised when a field changes meaning. */
export const CLAIMS_FORMAT_VERSION = 4;

/** An article as the engine reads it: plain data, no Astro. */
export interface EngineArticle {
  /** Stable id (the slug, or the file name without extension). */
  id: string;
  /** Markdown (or plain text) of the body. */
  body: string;
  /** The headline as the outlet published it (not an editorial one): it takes part in claims. */
  title?: string | undefined;
  /** The kicker above the headline, as published. */
  kicker?: string | undefined;
  /** The lead, when set apart from the body. */
  lead?: string | undefined;
  /** How to read `body`. */
  format?: 'markdown' | 'text';
  /** The event the article reports; claims are only formed between articles of one event. */
  event?: string | null | undefined;
  /**
   * Its sentences, when the caller has segmented it already (the build does, for the pages):
   * then the engine uses them instead of segmenting the text a second time.
   */
  units?: readonly SentenceUnit[] | undefined;
}

/** Where a passage stands. */
export interface Passage {
  /** Article id. */
  article: string;
  /** The passage, exactly as in the source. */
  text: string;
  /** Offset of its first character in `field` of the article. */
  start: number;
  /** Offset just past its last character. */
  end: number;
  /** Sentence anchor on the article page: `satz-12`, `vorspann-1`, `titel`, `dachzeile`. */
  anchor: string;
  /** The field the offsets refer to: `body`, `lead`, `title` or `kicker`. */
  field: TextField;
}

/** A passage inside a claim, with how strongly it is linked to the others. */
export interface ClaimPassage extends Passage {
  /** Its strongest link score to another passage of the claim (1 for verbatim copy). */
  score: number;
}

/** Who made a result. */
export type Origin = 'maschinell' | 'redaktionell';

/** Something two or more articles report. */
export interface Claim {
  /** Stable id: a hash of the claim's first two passages (unchanged by unrelated articles). */
  id: string;
  /** Short German description. */
  label: string;
  /** Whether the label was machine-made (a passage) or written by an editor. */
  labelOrigin: Origin;
  /** `wortgleich`: at least two passages are the same wire copy; `sinngleich`: paraphrases. */
  kind: 'wortgleich' | 'sinngleich';
  /** Whether the grouping is the engine's or an editor's (merge, split). */
  origin: Origin;
  /** The event its articles report (`null` when the input named none). */
  event: string | null;
  /** The story it was found in, when its articles declared no event (see `ClaimsResult.stories`). */
  story: string | null;
  /** Articles that report it. */
  articles: string[];
  passages: ClaimPassage[];
  /** Every pair of passages with its score: indexes into `passages`. */
  links: { from: number; to: number; score: number; verbatim: boolean }[];
}

/** What two contradicting passages disagree about. */
export type ContradictionKind = 'zahl' | 'datum' | 'anzahl' | 'negation';

/** Two passages of one claim that cannot both be true. */
export interface Contradiction {
  id: string;
  /** The claim both passages belong to. */
  claim: string;
  /**
   * `zahl` for measures, `datum` for years and dates, `anzahl` for counts, `negation` when one
   * passage states what the other denies.
   */
  kind: ContradictionKind;
  /** The canonical unit both numbers are compared in (`km`, `jahr`, a counted noun); empty for `negation`. */
  unit: string;
  /**
   * Each side with the words that disagree (the quantity, or the negation) and, for numbers, the
   * value: a measure's in `unit` ("300 Meilen" as 482.8 km), a count's or a date's as stated.
   */
  passages: (Passage & { phrase: string; value?: number | undefined })[];
}

/** The articles and claims of one event. */
export interface EventSummary {
  /** The event id, `null` when the input named none (then all inputs form one event). */
  id: string | null;
  articles: string[];
  /** Ids of its claims, in the order of `claims`. */
  claims: string[];
}

/** The engine's whole output, as written to `claims.json`. */
export interface ClaimsResult {
  version: number;
  articles: {
    id: string;
    event: string | null;
    sentences: number;
    /** Sentences in a claim. */
    shared: number;
    /** Sentences in `unique`. */
    unique: number;
    /** Sentences in `near`. */
    near: number;
  }[];
  /** Claims grouped by event: claims never mix events. */
  events: EventSummary[];
  /**
   * Stories found among the articles that declared no event: articles reporting the same news,
   * grouped before claims are formed (claims never mix stories). Only stories of two or more.
   */
  stories: Story[];
  claims: Claim[];
  contradictions: Contradiction[];
  /**
   * Per article, the sentences outside every claim to which nothing in the other articles of its
   * event comes close: no candidate reaches the scorer's weak threshold ("keine Entsprechung gefunden").
   */
  unique: Record<string, Passage[]>;
  /**
   * Per article, the sentences outside every claim with a sentence of another article that comes
   * close (at least the weak threshold) but was not taken as the same fact: not "unmatched".
   */
  near: Record<string, Passage[]>;
  /** Editorial entries that no longer change anything; the build shows them, it does not fail. */
  warnings: string[];
  /** How much work the comparison did and how claims overlap (not part of the meaning). */
  stats: {
    sentences: number;
    pairsCompared: number;
    links: number;
    /** Passages that sit in more than one claim (a sentence stating two facts). */
    passagesInSeveralClaims: number;
  };
}
