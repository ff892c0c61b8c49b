import { isScalar, parseDocument } from 'yaml';

/**
 * A date YAML read from an unquoted value, carrying the characters as the file writes them.
 * YAML turns `date: 2023-02-30` into 2 March 2023 without a word; a message that quoted the
 * parsed date would tell the editor to publish the wrong day.
 */
export type WrittenDate = Date & { readonly written: string };

/** The characters an unquoted date was written with, if `value` is a date that carries them. */
export function writtenForm(value: unknown): string | undefined {
  if (!(value instanceof Date) || !('written' in value)) return undefined;
  return typeof value.written === 'string' ? value.written : undefined;
}

/**
 * A copy of `data` (parsed from `yaml`, the frontmatter block or the event file) in which every
 * date carries the text it was written as, read from the YAML's own nodes at the same path, so
 * schema messages can quote the file rather than the rolled-over date. Values that are no date,
 * and dates whose node cannot be found, are left as they are.
 */
export function withWrittenDates<T>(data: T, yaml: string): T {
  let document: ReturnType<typeof parseDocument> | undefined;
  const sourceAt = (path: readonly (string | number)[]): string | undefined => {
    try {
      document ??= parseDocument(yaml, { customTags: ['timestamp'], merge: true, logLevel: 'silent' });
    } catch {
      return undefined;
    }
    const node: unknown = document.getIn(path, true);
    return isScalar(node) && typeof node.source === 'string' ? node.source : undefined;
  };
  const visit = (value: unknown, path: (string | number)[]): unknown => {
    if (value instanceof Date) {
      const written = sourceAt(path);
      return written === undefined ? value : Object.assign(new Date(value.getTime()), { written });
    }
    if (Array.isArray(value)) return value.map((item, index) => visit(item, [...path, index]));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, visit(item, [...path, key])]));
    }
    return value;
  };
  return visit(data, []) as T;
}

/**
 * The calendar day `written` names, as `YYYY-MM-DD`, or undefined when it names none
 * ("2023-02-30", "2023-13-01"). YAML accepts one-digit months and days and a time after the day;
 * only the day is judged.
 */
export function writtenDay(written: string): string | undefined {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/.exec(written.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
