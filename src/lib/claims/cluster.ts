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
 * their own. Every step looks only at a sentence's neighbours, so the work grows with the
 * number of links, not with the number of claims.
 */
export function clusterLinks(links: readonly Link[], articleOf: (sentence: number) => string): number[][] {
  const neighbours = new Map<number, Set<number>>();
  const connect = (x: number, y: number) => {
    let set = neighbours.get(x);
    if (!set) neighbours.set(x, (set = new Set()));
    set.add(y);
  };
  for (const { a, b } of links) {
    connect(a, b);
    connect(b, a);
  }
  const linked = (x: number, y: number) => neighbours.get(x)?.has(y) ?? false;
  const ordered = [...links].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);

  // Pass 1: complete linkage, strongest links first.
  const groupOf = new Map<number, number[]>();
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
  const memberships = new Map<number, Set<number[]>>();
  const join = (sentence: number, group: number[]) => {
    let set = memberships.get(sentence);
    if (!set) memberships.set(sentence, (set = new Set()));
    set.add(group);
  };
  for (const group of groups) for (const s of group) join(s, group);

  const fits = (sentence: number, group: number[]) =>
    !group.includes(sentence) &&
    group.every((s) => articleOf(s) !== articleOf(sentence)) &&
    group.every((s) => linked(s, sentence));

  // Pass 2: a sentence also joins neighbouring groups it is linked to in full.
  for (const sentence of [...groupOf.keys()].sort((x, y) => x - y)) {
    const nearby = new Set<number[]>();
    for (const n of neighbours.get(sentence) ?? []) for (const g of memberships.get(n) ?? []) nearby.add(g);
    for (const group of nearby) {
      if (!fits(sentence, group)) continue;
      group.push(sentence);
      group.sort((x, y) => x - y);
      join(sentence, group);
    }
  }

  // Pass 3: a link that no group covers joins two sentences stating a further fact.
  const covered = (a: number, b: number) => [...(memberships.get(a) ?? [])].some((g) => g.includes(b));
  for (const { a, b } of ordered) {
    if (covered(a, b)) continue;
    const group = [a, b];
    const candidates = [...(neighbours.get(a) ?? [])].filter((n) => linked(b, n)).sort((x, y) => x - y);
    for (const candidate of candidates) if (fits(candidate, group)) group.push(candidate);
    group.sort((x, y) => x - y);
    groups.push(group);
    for (const s of group) join(s, group);
  }
  return groups
    .filter((group) => new Set(group.map(articleOf)).size >= 2)
    .sort((x, y) => x[0]! - y[0]! || x.length - y.length || x.join(',').localeCompare(y.join(',')));
}
