/**
 * The claim engine's results, cached event by event between builds (under Astro's cache folder,
 * `node_modules/.astro/synopse-claims/` by default), so that a build after one new article
 * compares only that article's event again.
 *
 * An entry is used only when its key matches: a SHA-256 digest of everything that decides the
 * event's result (`eventCacheKey`). It is checked before it is believed: the file's format line,
 * the event it names, the key, the digest of its payload and the shape of what it holds. Anything
 * else (a file cut short, edited by hand, written by another version or for other content) is
 * ignored and computed afresh, never trusted; a cache can only make a build faster, never change it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { EditorialEntry } from '../lib/claims/editorial.ts';
import type { ClaimsResult } from '../lib/claims/types.ts';

/** Format of a cache file; a file of another format is ignored. */
export const CLAIMS_CACHE_FORMAT = 'synopse-claims-cache/1';

/** The folder below the cache folder that holds the entries. */
export const CLAIMS_CACHE_FOLDER = 'synopse-claims';

const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/** Every file below `dir`, sorted, as paths relative to `root`. */
function files(dir: string, root: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory() ? files(join(dir, entry.name), root) : [relative(root, join(dir, entry.name))],
    )
    .sort();
}

/**
 * The engine's version: a digest of the code and data that decide its results (every file of
 * src/lib, which holds the engine, its text handling and the model file; this module and the
 * per-event split; the lock file, which pins the stemmer and the other libraries) and of the Node
 * version (its ICU segments sentences). Any change there makes every entry stale.
 */
export function engineVersion(root: string): string {
  const hash = createHash('sha256');
  hash.update(`node ${process.version}\n`);
  const sources = [
    ...files(join(root, 'src/lib'), root),
    'src/data/claims-cache.ts',
    'src/data/event-results.ts',
    'src/data/compute-site.ts',
    'package-lock.json',
  ];
  for (const file of sources) {
    hash.update(`${file}\n`);
    // A copy without the lock file (it only pins libraries) still builds; its absence is hashed.
    hash.update(existsSync(join(root, file)) ? readFileSync(join(root, file)) : '(none)');
    hash.update('\n');
  }
  return hash.digest('hex');
}

/** What decides one event's result. */
export interface EventCacheInput {
  engine: string;
  event: string;
  /** The event's articles: id, the digest of the checked file, and the fields the engine reads. */
  articles: readonly { id: string; digest: string; fields: Readonly<Record<string, unknown>> }[];
  /** The editorial entries that quote the event's articles, with their numbers in the file. */
  editorial: readonly { index: number; entry: EditorialEntry }[];
  /** The editorial file's name as messages give it. */
  editorialFile: string | undefined;
}

/** The key of an event's entry: a digest of `input`, articles in id order. */
export function eventCacheKey(input: EventCacheInput): string {
  const articles = [...input.articles]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((a) => [a.id, a.digest, Object.entries(a.fields).sort(([x], [y]) => (x < y ? -1 : 1))]);
  return sha256(
    JSON.stringify([
      CLAIMS_CACHE_FORMAT,
      input.engine,
      input.event,
      articles,
      input.editorial.map(({ index, entry }) => [index, entry]),
      input.editorialFile ?? null,
    ]),
  );
}

/** A file name for an event id that cannot leave the folder (ids are slugs; this is belt and braces). */
const fileOf = (dir: string, event: string) =>
  join(dir, CLAIMS_CACHE_FOLDER, `${event.replace(/[^a-z0-9-]/gi, '_')}-${sha256(event).slice(0, 8)}.json`);

/** Whether `value` has the shape of an event's result for exactly these articles. */
function fits(value: unknown, event: string, articles: ReadonlySet<string>): value is ClaimsResult {
  if (typeof value !== 'object' || value === null) return false;
  const result = value as Partial<ClaimsResult>;
  return (
    Array.isArray(result.articles) &&
    result.articles.length === articles.size &&
    result.articles.every((a) => articles.has(a?.id) && a.event === event) &&
    Array.isArray(result.claims) &&
    result.claims.every((c) => c?.event === event && Array.isArray(c.passages)) &&
    Array.isArray(result.contradictions) &&
    Array.isArray(result.events) &&
    Array.isArray(result.stories) &&
    Array.isArray(result.warnings) &&
    typeof result.unique === 'object' &&
    result.unique !== null &&
    typeof result.near === 'object' &&
    result.near !== null &&
    typeof result.stats === 'object'
  );
}

/**
 * The cached result of `event` when an entry with `key` is there and passes every check;
 * otherwise undefined (and the reason, for the build's message).
 */
export function readCachedEvent(
  dir: string,
  event: string,
  key: string,
  articles: ReadonlySet<string>,
): { result: ClaimsResult } | { result: undefined; problem: 'missing' | 'stale' | 'corrupt' } {
  let text: string;
  try {
    text = readFileSync(fileOf(dir, event), 'utf8');
  } catch {
    return { result: undefined, problem: 'missing' };
  }
  try {
    const newline = text.indexOf('\n');
    const header = JSON.parse(text.slice(0, newline)) as Record<string, unknown>;
    const payload = text.slice(newline + 1);
    if (header.format !== CLAIMS_CACHE_FORMAT || header.event !== event)
      return { result: undefined, problem: 'corrupt' };
    if (header.key !== key) return { result: undefined, problem: 'stale' };
    if (header.sha256 !== sha256(payload)) return { result: undefined, problem: 'corrupt' };
    const result: unknown = JSON.parse(payload);
    return fits(result, event, articles) ? { result } : { result: undefined, problem: 'corrupt' };
  } catch {
    return { result: undefined, problem: 'corrupt' };
  }
}

/**
 * Stores `payload` (an event's result as JSON text) under `key`, written to a temporary file and
 * renamed, so an interrupted build leaves no half entry. A cache that cannot be written only
 * costs time: the error is swallowed.
 */
export function writeCachedEvent(dir: string, event: string, key: string, payload: string): void {
  const file = fileOf(dir, event);
  try {
    mkdirSync(join(dir, CLAIMS_CACHE_FOLDER), { recursive: true });
    const header = JSON.stringify({ format: CLAIMS_CACHE_FORMAT, event, key, sha256: sha256(payload) });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, `${header}\n${payload}`);
    renameSync(temporary, file);
  } catch {
    // Without a cache the next build computes this event again; nothing else depends on it.
  }
}

/** Removes the entries of events that are not in `events` (deleted or renamed ones). */
export function pruneCache(dir: string, events: Iterable<string>): void {
  const keep = new Set([...events].map((event) => fileOf(dir, event)));
  const folder = join(dir, CLAIMS_CACHE_FOLDER);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) if (!keep.has(join(folder, name))) rmSync(join(folder, name), { force: true });
}
