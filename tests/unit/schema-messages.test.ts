import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import {
  describeValue,
  entryError,
  idError,
  groupError,
  listError,
  listIssues,
  oneOfError,
  schemaErrorsFor,
  textError,
} from '../../src/lib/content/schema-messages.ts';
import { withWrittenDates, writtenDay } from '../../src/lib/content/written-dates.ts';

/** The messages Zod produces for `data` against `schema`, as `path: message`. */
const messages = (schema: z.ZodType, data: unknown) =>
  (schema.safeParse(data).error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

const title = z
  .string({ error: textError('Überschrift') })
  .trim()
  .min(1, { error: textError('Überschrift') });
const shape = {
  title,
  variant: z.enum(['de-DE', 'de-CH'], { error: oneOfError(['de-DE', 'de-CH']) }),
  agencies: z.array(z.string(), { error: listError('[dpa]') }).optional(),
  published: z.strictObject({ date: title }, { error: groupError(['date']) }),
};
const schema = z.strictObject(shape, { error: entryError(Object.keys(shape)) });
const valid = { title: 'T', variant: 'de-DE', published: { date: '2023' } };

describe('schema messages name what was found and the fix', () => {
  it('describes YAML values the way an editor wrote them', () => {
    expect(describeValue(12345)).toBe('the number 12345');
    expect(describeValue(undefined)).toBe('nothing (the field is missing)');
    expect(describeValue(null)).toBe('an empty value');
    expect(describeValue(true)).toBe('the yes/no value true');
    expect(describeValue(new Date('2023-09-13'))).toBe('the date 2023-09-13 written without quotes');
    expect(describeValue(['a', 'b'])).toBe('a list of 2 items');
    expect(describeValue({ a: 1 })).toBe('a group of fields (a)');
    expect(describeValue('x'.repeat(100))).toBe(`the text "${'x'.repeat(60)}…"`);
  });

  it('a number where text belongs is not reported as missing', () => {
    expect(messages(schema, { ...valid, title: 12345 })).toEqual([
      "title: expected text, found the number 12345; quote it in YAML: title: '12345'",
    ]);
  });

  it('a missing field says required and shows an example', () => {
    expect(messages(schema, { ...valid, title: undefined })).toEqual([
      "title: required, but missing; add it, for example title: 'Überschrift'",
    ]);
    expect(messages(schema, { ...valid, published: {} })).toEqual([
      'published.date: required, but missing; add it below "published:", for example date: \'Überschrift\'',
    ]);
  });

  it('an unknown field names itself and the allowed fields', () => {
    expect(messages(schema, { ...valid, autor: 'Hans' })).toEqual([
      ': unknown field "autor": allowed fields are title, variant, agencies, published; correct the spelling or remove it',
    ]);
    expect(messages(schema, { ...valid, published: { date: '2023', tag: 1 } })).toEqual([
      'published: unknown field "tag": allowed fields below "published:" are date; correct the spelling or remove it',
    ]);
  });

  it('a value outside a fixed set lists the set and what was found', () => {
    expect(messages(schema, { ...valid, variant: 'de_CH' })).toEqual([
      'variant: expected one of: de-DE, de-CH; found the text "de_CH"; use one of these, spelled exactly so',
    ]);
  });

  it('a single value where a list belongs shows the list syntax', () => {
    expect(messages(schema, { ...valid, agencies: 'dpa' })).toEqual([
      'agencies: expected a list, found the text "dpa"; write it in brackets, for example agencies: [dpa]',
    ]);
  });

  it("lists Zod's own issues, nested paths dotted, each prefixed with the file", () => {
    const parsed = schema.safeParse({ title: 12345, variant: 'de-DE', published: { date: '' }, autor: 'X' });
    if (parsed.success) throw new Error('expected the data to fail the schema');
    const errors = schemaErrorsFor('content/articles/x.md', listIssues(parsed.error)).map((error) => error.message);
    expect(errors).toHaveLength(3);
    expect(errors.every((message) => message.startsWith('content/articles/x.md: '))).toBe(true);
    expect(errors.find((message) => message.includes('field "title"'))).toContain('12345');
    expect(errors.find((message) => message.includes('published.date'))).toBeDefined();
    // An unknown field belongs to the entry as a whole: no empty field name in the message.
    expect(errors.find((message) => message.includes('"autor"'))).not.toContain('field ""');
  });

  describe('an unquoted date is quoted as the file writes it', () => {
    /** The frontmatter as the loader reads it (YAML timestamps on), marked with its written dates. */
    const read = (yaml: string) =>
      withWrittenDates(parse(yaml, { customTags: ['timestamp'] }) as Record<string, unknown>, yaml);
    const frontmatter = (date: string) => `title: T\nvariant: de-DE\npublished:\n  date: ${date} # Datumszeile\n`;

    it('an impossible date is called so, not rolled over to a day the file does not name', () => {
      // YAML reads 2023-02-30 as 2 March 2023; quoting that would publish the wrong day.
      expect(messages(schema, read(frontmatter('2023-02-30')))).toEqual([
        "published.date: expected text, found 2023-02-30 written without quotes, and 2023-02-30 is not a real date (YAML reads it as 2023-03-02, another day); write the correct date in quotes, for example date: 'Überschrift'",
      ]);
      expect(messages(schema, read(frontmatter('2023-13-01'))).join('')).toContain('2023-13-01 is not a real date');
    });

    it('a real date is quoted as written', () => {
      expect(messages(schema, read(frontmatter('2023-09-13')))).toEqual([
        "published.date: expected text, found the date 2023-09-13 written without quotes; quote it in YAML: date: '2023-09-13'",
      ]);
      // YAML also takes one-digit months and days; the fix writes the format the schema wants.
      expect(messages(schema, read(frontmatter('2023-9-3')))).toEqual([
        "published.date: expected text, found the date 2023-9-3 written without quotes; quote it in YAML: date: '2023-09-03'",
      ]);
    });

    it('finds dates at any depth and leaves other values alone', () => {
      const data = read('a: 2024-02-29\nlist:\n  - 2023-02-29\nb: text\n');
      expect(data).toMatchObject({ a: { written: '2024-02-29' }, list: [{ written: '2023-02-29' }], b: 'text' });
      expect(writtenDay('2024-02-29')).toBe('2024-02-29');
      expect(writtenDay('2023-02-29')).toBeUndefined();
    });
  });

  it('a missing, empty or listed id says what belongs there and lists the ids there are', () => {
    const error = idError('event', 'content/events', () => ['gipfel-2023', 'treffen-2024']);
    const event = z.union([z.string({ error }).trim().min(1, { error }), z.number({ error })], { error });
    const withEvent = z.strictObject({ event });
    const known = 'the events are the file names in content/events/ without extension: gipfel-2023, treffen-2024';
    expect(messages(withEvent, {})).toEqual([
      `event: required, but missing; add it, for example event: gipfel-2023; ${known}`,
    ]);
    expect(messages(withEvent, { event: null })).toEqual([
      `event: expected the id of one event, found an empty value; write it so: event: gipfel-2023; ${known}`,
    ]);
    expect(messages(withEvent, { event: ['a', 'b'] })).toEqual([
      `event: expected the id of one event, found a list of 2 items; write it so: event: gipfel-2023; ${known}`,
    ]);
    expect(messages(withEvent, { event: ' ' })).toEqual([
      `event: must not be empty; write the id of one event, for example event: gipfel-2023; ${known}`,
    ]);
    expect(messages(withEvent, { event: 'gipfel-2023' })).toEqual([]);
    const none = idError('event', 'content/events', () => []);
    expect(none({ code: 'invalid_type', input: undefined, path: ['event'] })).toContain(
      'without extension: none yet, add one to content/events/',
    );
  });
});
