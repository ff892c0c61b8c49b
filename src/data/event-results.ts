/**
 * The claim engine run event by event. Claims never mix events, so each event's articles can be
 * compared on their own: the results of one event depend only on its articles, the editorial
 * entries that quote them, the model and the engine's code. That is what lets a build reuse the
 * results of every event whose inputs did not change (src/data/claims-cache.ts), and what would
 * let several machines share the work (docs/scale.md). Pure: no Astro, no files.
 */
import { EditorialError } from '../lib/claims/editorial-error.ts';
import type { Editorial } from '../lib/claims/editorial.ts';
import { CLAIMS_FORMAT_VERSION, type ClaimsResult } from '../lib/claims/types.ts';

/** The editorial entries of one event, and each one's position in the whole file. */
export interface EventEditorial {
  data: Editorial;
  /** For each entry of `data`, its index in the whole file (messages name that number). */
  indexes: number[];
}

/**
 * Splits the editorial file by event: an entry belongs to the event of the articles it quotes.
 * Throws, naming the entry, when it quotes an article that does not exist or articles of two
 * events (claims never mix events, so such an entry could never apply).
 */
export function editorialByEvent(editorial: Editorial, file: string, eventOf: ReadonlyMap<string, string>) {
  const byEvent = new Map<string, EventEditorial>();
  editorial.entries.forEach((entry, n) => {
    const quotes = 'quotes' in entry ? entry.quotes : [entry.quote];
    const events = new Set<string>();
    for (const quote of quotes) {
      const event = eventOf.get(quote.article);
      if (event === undefined)
        throw new EditorialError(file, n, `field "article": no article "${quote.article}". Expected an article slug.`);
      events.add(event);
    }
    if (events.size > 1)
      throw new EditorialError(
        file,
        n,
        `it quotes articles of different events (${[...events].join(', ')}); claims never mix events, so quote articles of one event`,
      );
    const event = [...events][0]!;
    let own = byEvent.get(event);
    if (!own) byEvent.set(event, (own = { data: { ...editorial, entries: [] }, indexes: [] }));
    own.data.entries.push(entry);
    own.indexes.push(n);
  });
  return byEvent;
}

/**
 * Rewrites "<file>, entry <k>:" in a message about an event's share of the editorial file to the
 * entry's number in the whole file.
 */
export function renumberEntries(message: string, file: string, indexes: readonly number[]): string {
  const prefix = `${file}, entry `;
  if (!message.startsWith(prefix)) return message;
  return message.replace(/^(.*?, entry )(\d+):/s, (whole, head: string, local: string) => {
    const global = indexes[Number(local) - 1];
    return global === undefined ? whole : `${head}${global + 1}:`;
  });
}

/**
 * Two events can produce a claim of the same id (the id hashes its first passages, and wire copy
 * repeats across events). Given the ids of the events before it (`seen`, updated here), the ids
 * of an event's claims that would repeat one are renamed with `-e2`, `-e3`, so every claim keeps a
 * page of its own. Returns the renames (usually none). Events must come in one fixed order (by id)
 * for stable ids; only the ids are needed, so the events can be compared in several processes and
 * named here in order.
 */
export function distinctClaimIds(ids: readonly string[], seen: Map<string, number>): Map<string, string> {
  const renamed = new Map<string, string>();
  for (const id of ids) {
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    if (count > 1) renamed.set(id, `${id}-e${count}`);
  }
  return renamed;
}

/** `result` with its claims renamed as `renamed` says (see `distinctClaimIds`); their contradictions follow. */
export function renameClaims(result: ClaimsResult, renamed: ReadonlyMap<string, string>): ClaimsResult {
  if (renamed.size === 0) return result;
  const rename = (id: string) => renamed.get(id) ?? id;
  return {
    ...result,
    events: result.events.map((event) => ({ ...event, claims: event.claims.map(rename) })),
    claims: result.claims.map((claim) => ({ ...claim, id: rename(claim.id) })),
    // A contradiction's id hashes its claim's: the renamed claim's contradictions take its suffix.
    contradictions: result.contradictions.map((c) =>
      renamed.has(c.claim)
        ? { ...c, id: `${c.id}${rename(c.claim).slice(c.claim.length)}`, claim: rename(c.claim) }
        : c,
    ),
  };
}

/** An event's result with ids distinct from those of the events before it (`seen`, updated here). */
export function withDistinctClaimIds(result: ClaimsResult, seen: Map<string, number>): ClaimsResult {
  return renameClaims(
    result,
    distinctClaimIds(
      result.claims.map((claim) => claim.id),
      seen,
    ),
  );
}

/**
 * The results of several events, given in event id order, as one result, as claims.json has
 * always been: articles in id order, events in id order, claims and contradictions event by event
 * (within an event in the engine's order), statistics summed.
 */
export function mergeEventResults(results: readonly ClaimsResult[]): ClaimsResult {
  const merged: ClaimsResult = {
    version: CLAIMS_FORMAT_VERSION,
    articles: [],
    events: [],
    stories: [],
    claims: [],
    contradictions: [],
    unique: {},
    near: {},
    warnings: [],
    stats: { sentences: 0, pairsCompared: 0, links: 0, passagesInSeveralClaims: 0 },
  };
  for (const result of results) {
    merged.articles.push(...result.articles);
    merged.events.push(...result.events);
    merged.stories.push(...result.stories);
    merged.claims.push(...result.claims);
    merged.contradictions.push(...result.contradictions);
    Object.assign(merged.unique, result.unique);
    Object.assign(merged.near, result.near);
    merged.warnings.push(...result.warnings);
    for (const key of Object.keys(merged.stats) as (keyof ClaimsResult['stats'])[])
      merged.stats[key] += result.stats[key];
  }
  merged.articles.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  merged.unique = Object.fromEntries(merged.articles.map((a) => [a.id, merged.unique[a.id] ?? []]));
  merged.near = Object.fromEntries(merged.articles.map((a) => [a.id, merged.near[a.id] ?? []]));
  return merged;
}
