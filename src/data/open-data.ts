/**
 * The open data of a build (`/daten/`): one JSON file per event and an index listing them with
 * their sizes and SHA-256 digests, in the formats of src/lib/open-data.ts. Each event's file
 * holds only that event, so a reader (or a mirror) fetches what it needs and a new article
 * changes one file and the index, where the single claims.json changed as a whole.
 */
import type { Claim, Contradiction, Passage } from '../lib/claims/types.ts';
import { jsonDigest, jsonStream } from '../lib/json-stream.ts';
import { OPEN_DATA_VERSION, type DataIndex, type EventData } from '../lib/open-data.ts';
import { loadClaims } from './claims.ts';
import { loadSite, type EventSite } from './site.ts';

const COMPACT = { space: 0 };

/** Where an event's file is, relative to the index (`/daten/index.json`). */
export const eventDataFile = (id: string) => `ereignisse/${id}.json`;

const passage = (p: Passage): Passage => ({
  article: p.article,
  text: p.text,
  start: p.start,
  end: p.end,
  anchor: p.anchor,
  field: p.field,
});

// Fields copied one by one: the pages' views carry more (numbers, tones) than the format holds.
const claim = (c: Claim): Claim => ({
  id: c.id,
  label: c.label,
  labelOrigin: c.labelOrigin,
  kind: c.kind,
  origin: c.origin,
  event: c.event,
  story: c.story,
  articles: c.articles,
  passages: c.passages.map((p) => ({ ...passage(p), score: p.score })),
  links: c.links,
});

const contradiction = (c: Contradiction): Contradiction => ({
  id: c.id,
  claim: c.claim,
  kind: c.kind,
  unit: c.unit,
  passages: c.passages.map((p) => ({
    ...passage(p),
    phrase: p.phrase,
    ...(p.value === undefined ? {} : { value: p.value }),
  })),
});

/** An event's file as data. */
export async function eventData(site: EventSite): Promise<EventData> {
  const raw = await loadClaims();
  const counts = new Map(site.result.articles.map((a) => [a.id, a]));
  return {
    format: 'synopse-ereignis',
    version: OPEN_DATA_VERSION,
    event: {
      id: site.event.id,
      name: site.event.name,
      date: site.event.date,
      place: site.event.place,
      summary: site.event.summary,
    },
    articles: site.articles.map((article) => ({
      id: article.id,
      title: article.data.title,
      outlet: article.data.outlet?.name ?? null,
      published: article.data.published.date,
      url: article.data.url ?? null,
      sentences: counts.get(article.id)?.sentences ?? 0,
      shared: counts.get(article.id)?.shared ?? 0,
      unique: counts.get(article.id)?.unique ?? 0,
      near: counts.get(article.id)?.near ?? 0,
    })),
    claims: site.claims.map(claim),
    contradictions: site.contradictions.map(contradiction),
    unique: Object.fromEntries(site.articles.map((a) => [a.id, (raw.unique[a.id] ?? []).map(passage)])),
    near: Object.fromEntries(site.articles.map((a) => [a.id, (raw.near[a.id] ?? []).map(passage)])),
  };
}

/**
 * An event's file as written: compact JSON and a newline, as a byte stream. With a 5 MB article
 * the file runs to 9 MB; as one string (two bytes a character for German text), then copied
 * into the response, it took Astro's process to its peak.
 */
export async function eventDataStream(site: EventSite): Promise<ReadableStream<Uint8Array>> {
  return jsonStream(await eventData(site), COMPACT);
}

/** The index, with each event file's size and digest (computed from the very text written). */
export async function dataIndex(): Promise<DataIndex> {
  const { events } = await loadSite();
  const listed = [];
  for (const site of events) {
    // The very bytes `eventDataStream` writes, counted and hashed as they are written.
    const { bytes, sha256 } = jsonDigest(await eventData(site), COMPACT);
    listed.push({
      id: site.event.id,
      name: site.event.name,
      date: site.event.date,
      articles: site.articles.length,
      claims: site.claims.length,
      contradictions: site.contradictions.length,
      file: eventDataFile(site.event.id),
      bytes,
      sha256,
    });
  }
  return {
    format: 'synopse-daten',
    version: OPEN_DATA_VERSION,
    schemas: { index: 'index.schema.json', event: 'ereignis.schema.json' },
    events: listed,
  };
}
