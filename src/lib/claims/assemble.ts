import type { Group } from './editorial-plan.ts';
import type { Link } from './cluster.ts';
import { fnv1a } from './ids.ts';
import type { Claim, EngineArticle, EventSummary, Passage } from './types.ts';

/** A machine label: the sentence whole, whitespace folded. Never cut: a cut sentence may say the opposite. */
export function labelFrom(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A headline or kicker names a story in few words; a body sentence (or the lead) states the fact itself. */
function isHeadline(passage: Passage): boolean {
  return passage.field === 'title' || passage.field === 'kicker';
}

/**
 * The sentence that names a claim: its shortest body sentence, whole. A headline names it only
 * when the claim has nothing else, since a headline ("Hilfe aus dem All") may
 * stand for a whole story rather than the fact the claim shares.
 */
export function labelSentence<S extends { passage: Passage; text: string }>(sentences: readonly S[]): S {
  const body = sentences.filter((s) => !isHeadline(s.passage));
  return [...(body.length > 0 ? body : sentences)].sort(
    (x, y) => x.text.length - y.text.length || (x.passage.article < y.passage.article ? -1 : 1),
  )[0]!;
}

/**
 * Share of the words of the longer passage that stand, in the same order, in the other
 * (longest common subsequence of normalised words): 1 for the same wire copy.
 */
export function wordIdentity(a: readonly string[], b: readonly string[]): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 0;
  // A quick bound: a pair far apart in length cannot reach a high share.
  if (Math.min(a.length, b.length) / longer < 0.5) return Math.min(a.length, b.length) / longer;
  let previous = new Uint16Array(b.length + 1);
  let current = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]! / longer;
}

/** What assembly needs to know of a sentence, by index. */
export interface AssemblySentence {
  passage: Passage;
  /** The sentence as a reader sees it (for the machine label). */
  text: string;
  event: string | null;
  /** The story it was grouped in when its article declared no event. */
  story: string | null;
}

/**
 * Turns groups of sentences into claims: passages in text order with their strongest link, the
 * links among them, a stable id (a hash of the first two passages, so unrelated articles never
 * move it), a label (the editor's, or its shortest body sentence, whole) and the kind (`wortgleich` when two
 * passages are the same wire copy). Claims are listed by how many articles report them.
 */
export function assembleClaims(
  groups: readonly Group[],
  links: readonly (Link & { verbatim: boolean })[],
  sentenceOf: (index: number) => AssemblySentence,
): { claim: Claim; members: number[] }[] {
  const linkByPair = new Map(links.map((link) => [`${link.a}:${link.b}`, link]));
  const assembled = groups.map((group) => {
    const ordered = [...group.members].sort((x, y) => x - y);
    const sentences = ordered.map(sentenceOf);
    const claimLinks: Claim['links'] = [];
    for (let p = 0; p < ordered.length; p++) {
      for (let q = p + 1; q < ordered.length; q++) {
        const link = linkByPair.get(`${ordered[p]}:${ordered[q]}`);
        if (link) claimLinks.push({ from: p, to: q, score: link.score, verbatim: link.verbatim });
      }
    }
    const passages = sentences.map((s, p) => ({
      ...s.passage,
      score: Math.max(0, ...claimLinks.filter((l) => l.from === p || l.to === p).map((l) => l.score)),
    }));
    const claim: Claim = {
      id: fnv1a(
        passages
          .slice(0, 2)
          .map((p) => `${p.article}\n${p.text}`)
          .join('\n'),
      ),
      label: group.label ?? labelFrom(labelSentence(sentences).text),
      labelOrigin: group.label ? 'redaktionell' : 'maschinell',
      kind: claimLinks.some((l) => l.verbatim) ? 'wortgleich' : 'sinngleich',
      origin: group.origin,
      event: sentences[0]?.event ?? null,
      story: sentences[0]?.story ?? null,
      articles: [...new Set(passages.map((p) => p.article))].sort(),
      passages,
      links: claimLinks,
    };
    return { claim, members: ordered };
  });
  disambiguateIds(assembled.map((a) => a.claim));
  return assembled.sort(
    (x, y) => y.claim.articles.length - x.claim.articles.length || (x.claim.id < y.claim.id ? -1 : 1),
  );
}

/** The articles and claims of each event, events in id order. */
export function summariseEvents(articles: readonly EngineArticle[], claims: readonly Claim[]): EventSummary[] {
  const events = new Map<string, EventSummary>();
  for (const article of articles) {
    const id = article.event ?? null;
    const key = id ?? '';
    if (!events.has(key)) events.set(key, { id, articles: [], claims: [] });
    events.get(key)!.articles.push(article.id);
  }
  for (const claim of claims) events.get(claim.event ?? '')?.claims.push(claim.id);
  return [...events.values()].sort((x, y) => (x.id ?? '').localeCompare(y.id ?? ''));
}

/** Two claims with the same first passages get `-2`, `-3`: in order of their first passage's anchor. */
function disambiguateIds(claims: Claim[]): void {
  const count = new Map<string, number>();
  for (const claim of [...claims].sort((x, y) => (x.passages[0]!.anchor < y.passages[0]!.anchor ? -1 : 1))) {
    const n = count.get(claim.id) ?? 0;
    count.set(claim.id, n + 1);
    if (n > 0) claim.id = `${claim.id}-${n + 1}`;
  }
}
