import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { AGENCIES, LANGUAGE_VARIANTS, DATE_PRECISIONS, isValidPartialDate } from './lib/content/vocabulary.ts';
import { articleLoader } from './loaders/article-loader.ts';
import { eventLoader } from './loaders/event-loader.ts';
import {
  describeValue,
  entryError,
  groupError,
  idError,
  listError,
  oneOfError,
  textError,
} from './lib/content/schema-messages.ts';
import { CONTENT_DIR } from './lib/content/location.ts';
import { findHiddenCharacter, hasHiddenCharacter } from './lib/content/characters.ts';
import { OUTLET_BASES } from './data/article-label.ts';
import { readEventIds } from './lib/content/event-files.ts';

/**
 * No control, bidirectional or zero-width character: they reached <title>, the search filters
 * and claims.json unseen (article files are scanned whole by the loader, with the line; this
 * rule covers event files).
 */
const visible = (value: string) => !hasHiddenCharacter(value);
const hiddenError = (issue: { input: unknown }) => {
  const found = findHiddenCharacter(String(issue.input));
  return `contains ${found ? `${found.codePoint} (${found.name}), ` : ''}a control, bidirectional or invisible character that readers would not see as it is; remove it`;
};
/** A required line of text; `example` shows the editor what belongs there. */
const text = (example: string) =>
  z
    .string({ error: textError(example) })
    .trim()
    .min(1, { error: textError(example) })
    .refine(visible, { error: hiddenError });
/** An optional line of text: absent is fine, present must not be empty. */
const optionalText = (example: string) =>
  z
    .string({ error: textError(example, { optional: true }) })
    .trim()
    .min(1, { error: textError(example, { optional: true }) })
    .refine(visible, { error: hiddenError })
    .optional();
/**
 * The id of an event: the file name of one in `content/events/`. Astro's `reference` alone said
 * only "Invalid input" for a missing, empty or listed event; this says what is expected and
 * lists the events there are. A number is an id too (`event: 2023` for `2023.yaml`), as in
 * `reference`. Whether the event exists is checked by the article loader.
 */
const eventsFolder = `${CONTENT_DIR}/events`;
const eventIdError = idError('event', eventsFolder.replace(/^\.\//, ''), () => readEventIds(eventsFolder));
const eventId = z
  .union(
    [z.string({ error: eventIdError }).trim().min(1, { error: eventIdError }), z.number({ error: eventIdError })],
    {
      error: eventIdError,
    },
  )
  .pipe(reference('events'));
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: oneOfError(values) });

/** A date only as precise as the source supports, with the reasoning that supports it. */
const publishedShape = {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, matching `precision`. */
  date: text('2023-09-13'),
  /** How much of the date the source supports: `day`, `month` or `year`. */
  precision: oneOf(DATE_PRECISIONS),
  /** Why this date: the words in the text and the event that pin it down. */
  basis: text('Datumszeile der Quelle'),
};
const publishedSchema = z
  .strictObject(publishedShape, { error: groupError(Object.keys(publishedShape)) })
  .refine((value) => isValidPartialDate(value.date, value.precision), {
    error: (issue) => {
      const { date, precision } = issue.input as { date: string; precision: string };
      return `expected a real calendar date written as YYYY-MM-DD (day), YYYY-MM (month) or YYYY (year) matching precision "${precision}", found the text "${date}"; correct the date or the precision`;
    },
    path: ['date'],
  });

/** What names an article's outlet: see `OUTLET_BASES` in src/data/article-label.ts. */
const outletShape = {
  /** The publication's name as it names itself ("Neue Zürcher Zeitung"). */
  name: text('Neue Zürcher Zeitung'),
  /**
   * Why we know it: `og:site_name` (the page's metadata), `title` (the suffix of its `<title>`,
   * "… | Zeitung"), `address` (its web address), `footer` (the page's footer), `text` (the
   * article's own words).
   */
  basis: oneOf(OUTLET_BASES),
};

/** A line taken out of the source as page debris, verbatim, with the reason. */
const removedLineShape = {
  /** The line exactly as it stands in the seed file. */
  text: text('Partner-Inhalte'),
  /** Why it is not article text (reading-time label, comment form, tweet chrome, ...). */
  reason: text('Werbeblock'),
};
const removedLineSchema = z.strictObject(removedLineShape, { error: groupError(Object.keys(removedLineShape)) });

const articleShape = {
  /** The headline as published, or an editorial one where the source has none (see `titleSource`). */
  title: text('Überschrift wie veröffentlicht'),
  /** `source`: the headline as published; `editorial`: written by us because the source has none. */
  titleSource: oneOf(['source', 'editorial']),
  /** The line above the headline, where the source has one ("Raketentechnik gegen Waffen?"). */
  kicker: optionalText('Dachzeile'),
  /** The teaser paragraph set apart from the body, where the source has one. */
  lead: optionalText('Vorspann, wenn die Quelle einen hat.'),
  /** The news event the article reports, by its file name in `content/events/`. */
  event: eventId,
  /** When the article was published, as far as its text and its event support. */
  published: publishedSchema,
  /** News agencies named in the credit line. */
  agencies: z.array(oneOf(AGENCIES), { error: listError('[dpa, Reuters]') }).default([]),
  /** The credit line exactly as printed, for example "(sda/reuters/mdl)". */
  credit: optionalText('(sda/reuters/mdl)'),
  /** Spelling variant the text shows: `de-CH` writes "ss" for "ß" and quotes «so». */
  variant: oneOf(LANGUAGE_VARIANTS),
  /** The raw text as received, a file name in `content/sources/` (the name records provenance). */
  source: text('002_98dadad234490a67.txt'),
  /**
   * The publication, where something in or around the source names it, with what names it
   * (`basis`); never guessed. Absent: pages say "Medium unbekannt".
   */
  outlet: z.strictObject(outletShape, { error: groupError(Object.keys(outletShape)) }).optional(),
  /** The article's original address, where known: `https://` only, since pages link to it. */
  url: z
    .url({
      protocol: /^https$/,
      hostname: z.regexes.domain,
      error: (issue) =>
        `expected the original address starting with https://, found ${describeValue(issue.input)}; write the address as published, or remove the field, for example url: 'https://www.example.ch/artikel'`,
    })
    .optional(),
  /**
   * Where the source showed a picture that was not kept: the end of the text just before it,
   * verbatim ("wo diese Bilder entstanden sind:"). The page says there that a picture stood here.
   */
  pictures: z
    .array(text('wo diese Bilder entstanden sind:'), { error: listError("['bei diesen Bildern:']") })
    .default([]),
  /** Lines of the seed taken out of the body as page debris, verbatim. */
  removed: z
    .array(removedLineSchema, { error: listError("[{ text: 'Partner-Inhalte', reason: Werbeblock }]") })
    .default([]),
};

/** The fields of a shape that must be present: those whose schema refuses a missing value. */
function requiredFields(shape: Record<string, z.ZodType>): string[] {
  return Object.entries(shape)
    .filter(([, schema]) => !schema.safeParse(undefined).success)
    .map(([name]) => name);
}

// Strict: a misspelt field ("autor", "titel") would otherwise be dropped without a word.
const articleSchema = z.strictObject(articleShape, { error: entryError(Object.keys(articleShape)) });

const articles = defineCollection({
  loader: articleLoader({
    base: `${CONTENT_DIR}/articles`,
    eventsBase: `${CONTENT_DIR}/events`,
    sourcesBase: `${CONTENT_DIR}/sources`,
    schema: articleSchema,
    fields: requiredFields(articleShape),
  }),
  schema: articleSchema,
});

const eventShape = {
  /** Short German name of the event, shown on pages. */
  name: text('Gipfel in Wostotschny'),
  /** The day the event began, `YYYY-MM-DD`. */
  date: text('2023-09-13').refine((value) => isValidPartialDate(value, 'day'), {
    error: (issue) =>
      `expected a real calendar day written as YYYY-MM-DD, found ${describeValue(issue.input)}; correct the date`,
  }),
  /** Where it happened. */
  place: text('Wostotschny'),
  /** One or two German sentences on what happened. */
  summary: text('Putin empfängt Kim Jong Un auf dem Weltraumbahnhof.'),
};

const eventSchema = z.strictObject(eventShape, { error: entryError(Object.keys(eventShape)) });

const events = defineCollection({
  loader: eventLoader({ base: `${CONTENT_DIR}/events`, schema: eventSchema, fields: Object.keys(eventShape) }),
  schema: eventSchema,
});

export const collections = { articles, events };
