import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { SLUG_PATTERN, slugWords } from './article-rules.ts';
import { ContentError } from './content-error.ts';

/** Extensions of event files; YAML is the documented one, JSON is read as well. */
const EVENT_FILE = /\.(?:ya?ml|json)$/;

/** The names in an events folder and what they mean. */
export interface EventFileNames {
  /** Event id by file (relative to the events folder), for files that are events. */
  ids: Map<string, string>;
  /** One problem per file that cannot be an event, or whose id another file has too. */
  errors: ContentError[];
}

/**
 * Sorts the files of the events folder (`files` relative to it, as a recursive walk lists them;
 * `folder` as messages show it) into events, each with its id, and problems. Each problem was a
 * silence or a guess before: a stray `neu.txt` or `neu.YAML` was not loaded, a second file of the
 * same id (`x.yaml`, `x.yml`) replaced the first with only a warning, a file in a subfolder
 * counted for the articles' `event:` but was never loaded. Names starting with "." (`.gitkeep`)
 * are not content and are passed over.
 */
export function checkEventFileNames(files: readonly string[], folder: string): EventFileNames {
  const ids = new Map<string, string>();
  const errors: ContentError[] = [];
  const owner = new Map<string, string>();
  const shown = (file: string) => `${folder}/${file}`;
  for (const file of [...files].sort()) {
    const name = file.replace(/^.*\//, '');
    if (name.startsWith('.')) continue;
    const stem = name.replace(/\.[^.]*$/, '');
    if (file.includes('/')) {
      errors.push(
        new ContentError(
          shown(file),
          'file',
          `is in a subfolder, where events are not read. Move it to ${folder}/${name}, the folder every event file sits in.`,
        ),
      );
      continue;
    }
    if (!EVENT_FILE.test(name)) {
      errors.push(
        new ContentError(
          shown(file),
          'file',
          `is not an event file, so it would be left out: events are YAML files ending in ".yaml" (lower case). Rename it to ${stem}.yaml, or move it out of ${folder}/.`,
        ),
      );
      continue;
    }
    if (!SLUG_PATTERN.test(stem)) {
      // An event's id is its file name, and articles name it in "event:". A name that is no slug
      // ("Gipfel Wostotschny.yaml") failed late, at an article, as "unknown event".
      errors.push(
        new ContentError(
          shown(file),
          'file',
          `the file name "${stem}" is not a valid event id. Expected lower-case letters a-z, digits and single hyphens (write "ae" for "ä", "ss" for "ß"): rename it to ${suggestSlug(stem)}${name.slice(name.lastIndexOf('.'))} and name the event so in the articles' "event:".`,
        ),
      );
      continue;
    }
    const previous = owner.get(stem);
    if (previous !== undefined) {
      errors.push(
        new ContentError(
          shown(file),
          'file',
          `duplicate event id "${stem}": ${shown(previous)} has the same name, and only one of them would be read. Expected every event file name to be unique: merge the two files or rename one of them.`,
        ),
      );
      continue;
    }
    owner.set(stem, file);
    ids.set(file, stem);
  }
  return { ids, errors };
}

/**
 * The problem with an event file's text that the schema cannot report, if any: a file with no
 * fields at all (empty, blank or only comments) reached Astro's loader as no data and crashed
 * it, naming no file. `fields` are the schema's fields, listed as the fix.
 */
export function checkEventFileText(file: string, text: string, fields: readonly string[]): ContentError | undefined {
  let data: unknown;
  try {
    data = parse(text, { logLevel: 'silent' });
  } catch {
    // Not valid YAML: the loader's own parse reports that, with the line.
    return undefined;
  }
  if (data !== null && data !== undefined) return undefined;
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const what =
    lines.length === 0
      ? 'the file is empty'
      : lines.every((line) => line.trim().startsWith('#'))
        ? 'the file is empty (it holds only comments)'
        : 'the file holds no fields';
  return new ContentError(file, 'file', `${what}; add ${fields.join(', ')}, one "field: value" line each.`);
}

/** The day an event file says its event began (`date`), when it holds a text of that shape; else undefined. */
export function eventFileDate(text: string): string | undefined {
  try {
    const data = parse(text, { logLevel: 'silent' }) as { date?: unknown } | null;
    return typeof data?.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(data.date) ? data.date : undefined;
  } catch {
    // Not valid YAML: the events collection reports that, with the line.
    return undefined;
  }
}

/**
 * The day each event in `folder` began, by id, where its file gives one ({@link eventFileDate}).
 * `ids` are the event files by name, as `checkEventFileNames` gives them (read from the folder
 * when not given).
 */
export function readEventDates(
  folder: string,
  ids: ReadonlyMap<string, string> = checkEventFileNames(readdirSync(folder), folder).ids,
): Map<string, string> {
  const dates = new Map<string, string>();
  for (const [file, id] of ids) {
    const date = eventFileDate(readFileSync(join(folder, file), 'utf8'));
    if (date) dates.set(id, date);
  }
  return dates;
}

/**
 * The ids of the events in `folder` (as `checkEventFileNames` gives them), sorted, for messages
 * that list them; none when the folder cannot be read.
 */
export function readEventIds(folder: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return [...checkEventFileNames(names, folder).ids.values()].sort();
}

/** A slug close to a file name: "Gipfel Wostotschny" → "gipfel-wostotschny". */
function suggestSlug(name: string): string {
  return slugWords(name).join('-') || 'ereignis';
}
