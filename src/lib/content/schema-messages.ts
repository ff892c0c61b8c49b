import { ContentError } from './content-error.ts';
import { writtenDay, writtenForm } from './written-dates.ts';

/**
 * The parts of a Zod 4 issue these messages read. Zod hands error functions a raw issue whose
 * shape depends on its code; only what is needed is declared, so this module stays free of Zod
 * and Astro and can be tested on plain objects.
 */
export interface SchemaIssue {
  /** Zod's issue code: `invalid_type`, `too_small`, `invalid_value`, `unrecognized_keys`, `custom`. */
  code?: string | undefined;
  /** The value as read from the YAML, where Zod reports it. */
  input?: unknown;
  /** Where in the frontmatter the value sits, for example `['published', 'date']`. */
  path?: readonly PropertyKey[] | undefined;
  /** For `unrecognized_keys`: the keys the schema does not know. */
  keys?: readonly string[] | undefined;
}

/** A Zod 4 error function: returns the message for an issue. */
export type ErrorFunction = (issue: SchemaIssue) => string;

const MAX_QUOTED = 60;

/**
 * Describes a value read from YAML in words an editor recognises, including the YAML reading
 * that surprises people: an unquoted number, date or yes/no is not text.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') {
    if (value.trim() === '') return value === '' ? 'an empty text' : 'only spaces';
    const quoted = value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED)}…` : value;
    return `the text "${quoted}"`;
  }
  if (typeof value === 'number') return `the number ${String(value)}`;
  if (typeof value === 'boolean') return `the yes/no value ${String(value)}`;
  if (value instanceof Date) {
    // As written in the file where known: YAML rolls "2023-02-30" over to 2 March.
    const written = writtenForm(value);
    if (written !== undefined) return `${writtenDay(written) ? 'the date ' : ''}${written} written without quotes`;
    return Number.isNaN(value.getTime())
      ? 'an invalid date'
      : `the date ${value.toISOString().slice(0, 10)} written without quotes`;
  }
  if (Array.isArray(value)) return `a list of ${value.length} ${value.length === 1 ? 'item' : 'items'}`;
  if (typeof value === 'object') {
    const keys = Object.keys(value);
    return keys.length === 0 ? 'an empty group of fields' : `a group of fields (${keys.join(', ')})`;
  }
  return `a value of type ${typeof value}`;
}

/** The field an issue is about, as written in the YAML: `title`, `date` (below `published`). */
function fieldName(issue: SchemaIssue): string {
  const names = (issue.path ?? []).filter((part): part is string => typeof part === 'string');
  return names.at(-1) ?? 'field';
}

/** Where a missing field goes: below the group that holds it, if it is in one. */
function whereToAdd(issue: SchemaIssue): string {
  const names = (issue.path ?? []).filter((part): part is string => typeof part === 'string');
  return names.length > 1 ? ` below "${names.at(-2)!}:"` : '';
}

/** How the value would look as quoted YAML text, for values YAML read as something else. */
function asQuotedYaml(value: unknown): string | undefined {
  if (typeof value === 'number' || typeof value === 'boolean') return `'${String(value)}'`;
  const written = writtenForm(value);
  if (written !== undefined) {
    const day = writtenDay(written);
    return day === undefined ? undefined : `'${day}'`;
  }
  if (value instanceof Date && !Number.isNaN(value.getTime())) return `'${value.toISOString().slice(0, 10)}'`;
  return undefined;
}

/**
 * Error function for a text field. Missing: says it is required and shows an example. Not text:
 * says what YAML read instead and how to quote it. Empty: says so.
 */
export function textError(example: string, { optional = false } = {}): ErrorFunction {
  return (issue) => {
    const name = fieldName(issue);
    if (issue.input === undefined && issue.code === 'invalid_type') {
      return `required, but missing; add it${whereToAdd(issue)}, for example ${name}: '${example}'`;
    }
    if (issue.code === 'too_small') {
      // Zod reports the value after trimming, so spaces-only and empty look the same here.
      return `must not be empty, found an empty text (or only spaces); write the text${optional ? ' or remove the field' : ''}, for example ${name}: '${example}'`;
    }
    const written = writtenForm(issue.input);
    if (written !== undefined && writtenDay(written) === undefined) {
      // Quoting it would not help: the date itself is wrong, and YAML's reading of it is another day.
      const read = (issue.input as Date).toISOString().slice(0, 10);
      return `expected text, found ${describeValue(issue.input)}, and ${written} is not a real date (YAML reads it as ${read}, another day); write the correct date in quotes, for example ${name}: '${example}'`;
    }
    const quoted = asQuotedYaml(issue.input);
    if (quoted) return `expected text, found ${describeValue(issue.input)}; quote it in YAML: ${name}: ${quoted}`;
    return `expected text, found ${describeValue(issue.input)}; write one line of text in quotes, for example ${name}: '${example}'`;
  };
}

/** Error function for a field that takes one of a fixed set of values. */
export function oneOfError(values: readonly string[]): ErrorFunction {
  return (issue) => {
    const name = fieldName(issue);
    const list = values.join(', ');
    if (issue.input === undefined) return `required, but missing; add it${whereToAdd(issue)}: ${name}: one of ${list}`;
    return `expected one of: ${list}; found ${describeValue(issue.input)}; use one of these, spelled exactly so`;
  };
}

/**
 * Error function for a field that names another content file by its id, such as `event:`, the
 * file name of an event. `known()` lists the ids that exist; it is read only when a message is
 * needed, so the list is that of the content being built.
 */
export function idError(what: string, folder: string, known: () => readonly string[]): ErrorFunction {
  return (issue) => {
    const name = fieldName(issue);
    const ids = known();
    const example = ids[0] ?? 'gipfel-wostotschny-2023';
    const choose = `the ${what}s are the file names in ${folder}/ without extension: ${ids.length > 0 ? ids.join(', ') : `none yet, add one to ${folder}/`}`;
    if (issue.input === undefined) {
      return `required, but missing; add it${whereToAdd(issue)}, for example ${name}: ${example}; ${choose}`;
    }
    if (issue.code === 'too_small') return `must not be empty; write the id of one ${what}, for example ${name}: ${example}; ${choose}`;
    return `expected the id of one ${what}, found ${describeValue(issue.input)}; write it so: ${name}: ${example}; ${choose}`;
  };
}

/** Error function for a list field, for example `agencies: [dpa, Reuters]`. */
export function listError(example: string): ErrorFunction {
  return (issue) =>
    `expected a list, found ${describeValue(issue.input)}; write it in brackets, for example ${fieldName(issue)}: ${example}`;
}

/** Error function for a group of fields written indented below the field's name. */
export function groupError(fields: readonly string[]): ErrorFunction {
  return (issue) => {
    const name = fieldName(issue);
    if (issue.input === undefined) {
      return `required, but missing; add "${name}:"${whereToAdd(issue)} with the fields ${fields.join(', ')} indented below it`;
    }
    if (issue.code === 'unrecognized_keys') return unknownFields(issue, fields, name);
    return `expected the fields ${fields.join(', ')} indented below "${name}:", found ${describeValue(issue.input)}`;
  };
}

/** Error function for a whole entry: unknown keys name themselves and the allowed fields. */
export function entryError(fields: readonly string[]): ErrorFunction {
  return (issue) => {
    if (issue.code === 'unrecognized_keys') return unknownFields(issue, fields);
    return `expected frontmatter with the fields ${fields.join(', ')}, found ${describeValue(issue.input)}`;
  };
}

/**
 * Edit distance counting a swap of two neighbouring letters as one edit ("entires", "lable"), the
 * commonest slip in a field name.
 */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** The known name an unknown one was probably meant to be, if one is close enough. */
export function closestName(unknown: string, known: readonly string[]): string | undefined {
  const word = unknown.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = editDistance(word, name.toLowerCase());
    if (distance <= 2 && distance < Math.max(2, name.length / 2) && (!best || distance < best.distance))
      best = { name, distance };
  }
  return best?.name;
}

/** ` (did you mean "entries"?)` for an unknown name close to a known one, else nothing. */
export function didYouMean(unknown: string, known: readonly string[]): string {
  const close = closestName(unknown, known);
  return close ? ` (did you mean "${close}"?)` : '';
}

function unknownFields(issue: SchemaIssue, allowed: readonly string[], parent?: string): string {
  const keys = issue.keys ?? [];
  const names = keys.map((key) => `"${key}"${didYouMean(key, allowed)}`).join(', ');
  const where = parent ? ` below "${parent}:"` : '';
  return `unknown ${keys.length === 1 ? 'field' : 'fields'} ${names}: allowed fields${where} are ${allowed.join(', ')}; correct the spelling or remove ${keys.length === 1 ? 'it' : 'them'}`;
}

/** One schema issue of one file: where, and what is wrong there. */
export interface ListedIssue {
  /** Dotted path, empty for the entry as a whole. */
  path: string;
  message: string;
}

/**
 * The issues of a failed Zod parse as our messages list them (the collection schemas carry their
 * own error messages), from Zod's structured issues rather than from a printed message.
 */
export function listIssues(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): ListedIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/**
 * Turns the schema issues of one file into content errors that start with the file's path,
 * like every other content problem: `content/articles/x.md: field "title": expected text, ...`.
 */
export function schemaErrorsFor(file: string, issues: readonly ListedIssue[]): ContentError[] {
  return issues.map((issue) => new ContentError(file, issue.path === '' ? 'file' : issue.path, issue.message));
}
