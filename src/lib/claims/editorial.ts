import { z } from 'zod';
import { parse } from 'yaml';
import { EditorialError } from './editorial-error.ts';
import { describeHiddenCharacter, findHiddenCharacter } from '../content/characters.ts';
import { findUnsafeMarkup } from '../content/markup-safety.ts';
import { didYouMean } from '../content/schema-messages.ts';

/** A passage named by an editor: the article and a quotation that occurs in it. */
const quoteSchema = z.strictObject({
  /** Article id (slug). */
  article: z.string().min(1, { error: 'expected the article slug' }),
  /** Words quoted from one sentence of the article, exactly as written there. */
  text: z.string().trim().min(8, { error: 'quote at least a few words, so the sentence is unambiguous' }),
});

/** One editorial decision about the machine's claims. */
const entrySchema = z.discriminatedUnion(
  'action',
  [
    z.strictObject({
      /** Give the claim containing `quote` a label written by an editor. */
      action: z.literal('name'),
      quote: quoteSchema,
      /** The label, in German. */
      label: z.string().trim().min(3),
    }),
    z.strictObject({
      /** Make the claims containing these passages one claim. */
      action: z.literal('merge'),
      quotes: z.array(quoteSchema).min(2),
      /** Optional label for the merged claim. */
      label: z.string().trim().min(3).optional(),
    }),
    z.strictObject({
      /** Take this passage out of the claim the machine put it in. */
      action: z.literal('split'),
      quote: quoteSchema,
    }),
    z.strictObject({
      /** These two passages do not state the same thing: never link them. */
      action: z.literal('reject'),
      quotes: z.tuple([quoteSchema, quoteSchema]),
      /** Why, for the next editor. */
      reason: z.string().trim().min(3).optional(),
    }),
  ],
  { error: 'expected action: name, merge, split or reject' },
);

/** The editorial file: decisions applied in the order reject, split, merge, name. */
export const editorialSchema = z.strictObject({
  /** Format version of this file. */
  version: z.literal(1),
  /** The decisions. */
  entries: z.array(entrySchema).default([]),
});

/** A parsed editorial file. */
export type Editorial = z.infer<typeof editorialSchema>;
/** One decision of an editorial file. */
export type EditorialEntry = Editorial['entries'][number];
/** A quotation anchoring an editorial decision. */
export type EditorialQuote = z.infer<typeof quoteSchema>;

/** The fields of each kind of entry, for naming the allowed ones next to an unknown one. */
const ENTRY_FIELDS: Record<string, readonly string[]> = {
  name: ['action', 'quote', 'label'],
  merge: ['action', 'quotes', 'label'],
  split: ['action', 'quote'],
  reject: ['action', 'quotes', 'reason'],
};

/** The keys allowed in the object at `path` of the editorial file. */
function allowedKeys(data: unknown, path: readonly PropertyKey[]): readonly string[] {
  if (path.length === 0) return Object.keys(editorialSchema.shape);
  if (path.length > 2) return Object.keys(quoteSchema.shape);
  const entries = (data as { entries?: unknown }).entries;
  const entry = Array.isArray(entries) ? (entries[Number(path[1])] as { action?: unknown } | undefined) : undefined;
  return ENTRY_FIELDS[String(entry?.action)] ?? ['action'];
}

/** Parses and validates an editorial file; errors name the file, the entry and the field. */
export function parseEditorial(text: string, file: string): Editorial {
  // Labels are shown like titles, so they follow the title rules: no hidden characters (the
  // whole file is checked, for the line) and no markup.
  const hidden = findHiddenCharacter(text);
  if (hidden) throw new EditorialError(file, undefined, describeHiddenCharacter(hidden, file));
  let data: unknown;
  try {
    data = parse(text) ?? { version: 1, entries: [] };
  } catch (error) {
    throw new EditorialError(file, undefined, `not valid YAML: ${(error as Error).message}`);
  }
  const result = editorialSchema.safeParse(data);
  if (!result.success) {
    // An unknown key first: "entires:" for "entries:" also leaves "entries" empty, and "lable:"
    // leaves "label" missing; the misspelling is the cause to name. Unknown keys used to be
    // ignored, so a misspelt "entries" dropped every editorial decision without a word.
    const issue = result.error.issues.find((i) => i.code === 'unrecognized_keys') ?? result.error.issues[0]!;
    const [, index, ...rest] = issue.path;
    const entry = issue.path[0] === 'entries' && typeof index === 'number' ? index : undefined;
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeys(data, issue.path);
      const where =
        issue.path.length === 0 ? '' : ` in "${(entry === undefined ? issue.path : rest).join('.') || 'the entry'}"`;
      const keys = issue.keys.map((key) => `"${key}"${didYouMean(key, allowed)}`).join(', ');
      throw new EditorialError(
        file,
        entry,
        `unknown ${issue.keys.length === 1 ? 'field' : 'fields'} ${keys}${where}: allowed fields are ${allowed.join(', ')}; correct the spelling or remove ${issue.keys.length === 1 ? 'it' : 'them'}.`,
      );
    }
    const field = (entry === undefined ? issue.path : rest).join('.') || '(entry)';
    throw new EditorialError(file, entry, `field "${field}": ${issue.message}`);
  }
  result.data.entries.forEach((entry, n) => {
    const label = 'label' in entry ? entry.label : undefined;
    const markup = label ? findUnsafeMarkup(label)[0] : undefined;
    if (markup) {
      throw new EditorialError(
        file,
        n,
        `field "label": the label contains "${markup.found}". The label is shown as plain text: remove the markup and keep only the words.`,
      );
    }
  });
  return result.data;
}
