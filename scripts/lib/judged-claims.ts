/**
 * The claims a person has read and judged (issue 20, point 4: "for every claim you keep, a reason
 * why it is true"): `tests/fixtures/kept-claims/` lists the claims that link articles of the
 * 10kGNAD dev corpus, each with the quotes that find its passages and the reason it is true.
 * `npm run bench` matches the corpus's claims against that list, so a claim no one has read is
 * printed as such instead of passing as a number.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The judged claims of the 10kGNAD dev corpus. */
export const KEPT_CLAIMS_FILE = join(ROOT, 'tests/fixtures/kept-claims/10kgnad-dev.yaml');

/** A passage of a judged claim: the article (as the bench names it) and words of its sentence. */
export interface JudgedPassage {
  article: string;
  quote: string;
}

/** A claim read and judged by a person. */
export interface JudgedClaim {
  passages: JudgedPassage[];
  /** Why the passages state the same fact. */
  why: string;
}

/** A claim as the CLI writes it, reduced to what judging needs. */
export interface ClaimToJudge {
  passages: readonly { article: string; text: string }[];
}

/** What the judged list says about a corpus's claims. */
export interface Judgement<Claim extends ClaimToJudge> {
  /** Claims that match a judged claim, with its reason. */
  judged: { claim: Claim; why: string }[];
  /** Claims no one has judged yet. */
  unjudged: Claim[];
  /** Judged claims the corpus no longer gives (the engine dropped or changed them). */
  gone: JudgedClaim[];
}

/**
 * Reads a judged-claims file; fails naming the entry and field that is wrong, so a hand-edited
 * file cannot silently judge nothing.
 */
export function readJudgedClaims(file = KEPT_CLAIMS_FILE): JudgedClaim[] {
  const data = parse(readFileSync(file, 'utf8')) as { claims?: unknown } | null;
  if (!data || !Array.isArray(data.claims)) throw new Error(`${file}: expected a list "claims".`);
  return data.claims.map((entry: unknown, n: number) => {
    const where = `${file}, claim ${n + 1}`;
    const { passages, why } = (entry ?? {}) as { passages?: unknown; why?: unknown };
    if (typeof why !== 'string' || why.trim() === '') throw new Error(`${where}: "why" must say why it is true.`);
    if (!Array.isArray(passages) || passages.length < 2)
      throw new Error(`${where}: "passages" must list at least two passages.`);
    return {
      why: why.trim(),
      passages: passages.map((passage: unknown, p: number) => {
        const { article, quote } = (passage ?? {}) as { article?: unknown; quote?: unknown };
        if (typeof article !== 'string' || typeof quote !== 'string' || quote.trim() === '')
          throw new Error(`${where}, passage ${p + 1}: needs "article" and a non-empty "quote".`);
        return { article, quote };
      }),
    };
  });
}

/** Whether every passage of the claim is one of the judged claim's, and the other way round. */
function matches(claim: ClaimToJudge, judged: JudgedClaim): boolean {
  const finds = (j: JudgedPassage, p: { article: string; text: string }) =>
    p.article === j.article && p.text.includes(j.quote);
  return (
    claim.passages.length === judged.passages.length &&
    claim.passages.every((p) => judged.passages.some((j) => finds(j, p))) &&
    judged.passages.every((j) => claim.passages.some((p) => finds(j, p)))
  );
}

/** Matches a corpus's claims that link articles against the judged ones. */
export function judgeClaims<Claim extends ClaimToJudge>(
  claims: readonly Claim[],
  judgedClaims: readonly JudgedClaim[],
): Judgement<Claim> {
  const judgement: Judgement<Claim> = { judged: [], unjudged: [], gone: [] };
  const used = new Set<JudgedClaim>();
  for (const claim of claims) {
    const judged = judgedClaims.find((j) => !used.has(j) && matches(claim, j));
    if (judged) {
      used.add(judged);
      judgement.judged.push({ claim, why: judged.why });
    } else judgement.unjudged.push(claim);
  }
  judgement.gone = judgedClaims.filter((j) => !used.has(j));
  return judgement;
}
