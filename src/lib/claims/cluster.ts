/** A scored link between two sentences (by index). */
export interface Link {
  a: number;
  b: number;
  score: number;
}

/**
 * Groups linked sentences into claims without transitive chaining.
 *
 * Complete linkage: two groups merge only if every pair across them is linked, and never two
 * sentences of one article in one claim. A sentence that bridges two unrelated claims therefore
 * cannot fuse them. Afterwards a sentence joins any further claim all of whose members it is
 * linked to (a long sentence may report two facts), and links still uncovered become claims of
 * their own.
 */
export function clusterLinks(links: readonly Link[], articleOf: (sentence: number) => string): number[][] {
  const score = new Map<string, number>();
  const key = (a: number, b: number) => (a < b ? `${a}:${b}` : `${b}:${a}`);
  for (const link of links) score.set(key(link.a, link.b), link.score);
  const linked = (a: number, b: number) => score.has(key(a, b));

  const groupOf = new Map<number, number[]>();
  const ordered = [...links].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  for (const { a, b } of ordered) {
    const ga = groupOf.get(a) ?? [a];
    const gb = groupOf.get(b) ?? [b];
    if (ga === gb) continue;
    const articles = new Set(ga.map(articleOf));
    if (gb.some((s) => articles.has(articleOf(s)))) continue;
    if (!ga.every((x) => gb.every((y) => linked(x, y)))) continue;
    const merged = [...ga, ...gb].sort((x, y) => x - y);
    for (const s of merged) groupOf.set(s, merged);
  }
  const groups = [...new Set(groupOf.values())];

  const members = new Set<number>(groupOf.keys());
  for (const sentence of members) {
    for (const group of groups) {
      if (group.includes(sentence)) continue;
      if (group.some((s) => articleOf(s) === articleOf(sentence))) continue;
      if (group.every((s) => linked(s, sentence))) {
        group.push(sentence);
        group.sort((x, y) => x - y);
      }
    }
  }

  // A link that no group covers joins two sentences stating a further fact (one of them states
  // two): it becomes its own claim, grown by complete linkage like the others.
  const covered = (a: number, b: number) => groups.some((g) => g.includes(a) && g.includes(b));
  for (const { a, b } of ordered) {
    if (covered(a, b)) continue;
    const group = [a, b];
    for (const { a: x, b: y } of ordered) {
      for (const candidate of [x, y]) {
        if (group.includes(candidate) || group.some((s) => articleOf(s) === articleOf(candidate))) continue;
        if (group.every((s) => linked(s, candidate))) group.push(candidate);
      }
    }
    groups.push(group.sort((x, y) => x - y));
  }
  return groups
    .filter((group) => new Set(group.map(articleOf)).size >= 2)
    .sort((x, y) => x[0]! - y[0]! || x.length - y.length);
}
