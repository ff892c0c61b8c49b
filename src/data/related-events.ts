/**
 * Events that belong to one story: they share their actors. An event's actors are the names in
 * its name and summary (runs of capitalised words of two or more, such as "Wladimir Putin" and
 * "Kim Jong Un"); two events that share at least two such names are related. Pure, for tests.
 */

/** What relating needs of an event (an `EventView` fits). */
export interface RelatableEvent {
  id: string;
  name: string;
  summary: string;
}

/**
 * Names in a text: two or more capitalised words in a row ("Kim Jong Un"; also a noun before a
 * place, "Weltraumbahnhof Wostotschny", which only ever adds a shared place).
 */
export function actorsOf(text: string): Set<string> {
  const names = new Set<string>();
  for (const match of text.matchAll(/\p{Lu}[\p{Ll}-]+(?:\s+\p{Lu}[\p{Ll}-]+)+/gu)) names.add(match[0]);
  return names;
}

/** Per event id, the ids of the events that share at least two actors with it, in the given order. */
export function relatedEvents(events: readonly RelatableEvent[]): Map<string, string[]> {
  const actors = new Map(events.map((e) => [e.id, actorsOf(`${e.name}. ${e.summary}`)]));
  return new Map(
    events.map((event) => {
      const own = actors.get(event.id)!;
      const related = events.filter(
        (other) => other.id !== event.id && [...actors.get(other.id)!].filter((name) => own.has(name)).length >= 2,
      );
      return [event.id, related.map((other) => other.id)];
    }),
  );
}
