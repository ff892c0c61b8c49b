import { disagree, quantityKind, sameMeasure } from './quantities.ts';
import type { SentenceProfile } from './sentence-profile.ts';
import { fnv1a } from './ids.ts';
import type { Contradiction, Passage } from './types.ts';

/** A sentence as contradiction finding sees it. */
export interface ContradictionSentence {
  passage: Passage;
  profile: SentenceProfile;
}

/**
 * Finds the pairs inside each claim that cannot both be true: quantities that measure the same
 * thing with values that exclude each other, and pairs the scorer linked although one states
 * what the other denies (`negated`, by sentence index pair `x:y` with x < y).
 */
export function findContradictions(
  claims: readonly { id: string; members: readonly number[] }[],
  sentences: readonly ContradictionSentence[],
  negated: ReadonlySet<string>,
): Contradiction[] {
  const contradictions = new Map<string, Contradiction>();
  const add = (contradiction: Contradiction) => contradictions.set(contradiction.id, contradiction);
  for (const claim of claims) {
    const ordered = [...claim.members].sort((x, y) => x - y);
    for (let p = 0; p < ordered.length; p++) {
      for (let q = p + 1; q < ordered.length; q++) {
        const a = sentences[ordered[p]!]!;
        const b = sentences[ordered[q]!]!;
        if (a.passage.article === b.passage.article) continue;
        for (const qa of a.profile.quantities) {
          for (const qb of b.profile.quantities) {
            if (!sameMeasure(qa, qb) || !disagree(qa, qb)) continue;
            const kind = quantityKind(qa);
            // A measure's value in `unit`, the unit both are compared in: "300 Meilen" is 482.8 km,
            // not 300 km. Counts and dates keep the number as stated.
            const valueOf = (q: typeof qa) => (kind === 'zahl' ? q.canonicalValue : q.value);
            add({
              id: fnv1a(`${claim.id}\n${qa.phrase}\n${qb.phrase}`),
              claim: claim.id,
              kind,
              unit: qa.unit,
              passages: [
                { ...a.passage, phrase: qa.phrase, value: valueOf(qa) },
                { ...b.passage, phrase: qb.phrase, value: valueOf(qb) },
              ],
            });
          }
        }
        if (negated.has(`${ordered[p]}:${ordered[q]}`)) {
          const phrase = (s: ContradictionSentence) => s.profile.negations.join(' ') || '(bejaht)';
          add({
            id: fnv1a(`${claim.id}\nnegation\n${a.passage.anchor}\n${b.passage.anchor}`),
            claim: claim.id,
            kind: 'negation',
            unit: '',
            passages: [
              { ...a.passage, phrase: phrase(a) },
              { ...b.passage, phrase: phrase(b) },
            ],
          });
        }
      }
    }
  }
  return [...contradictions.values()].sort((x, y) => (x.id < y.id ? -1 : 1));
}
