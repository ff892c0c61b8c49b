import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { AGENCIES, LANGUAGE_VARIANTS, DATE_PRECISIONS, isValidPartialDate } from './lib/content/vocabulary.ts';
import { articleLoader } from './loaders/article-loader.ts';
import { CONTENT_DIR } from './lib/content/location.ts';

const nonEmpty = (field: string) =>
  z
    .string({ error: `${field} is required` })
    .trim()
    .min(1, { error: `${field} must not be empty` });

/** A date only as precise as the source supports, with the reasoning that supports it. */
const publishedSchema = z
  .object({
    /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, matching `precision`. */
    date: z.string({ error: 'expected a date as text, for example "2023-09-13" (quote it in YAML)' }),
    /** How much of the date the source supports: `day`, `month` or `year`. */
    precision: z.enum(DATE_PRECISIONS, { error: `expected one of: ${DATE_PRECISIONS.join(', ')}` }),
    /** Why this date: the words in the text and the event that pin it down. */
    basis: nonEmpty('published.basis'),
  })
  .refine((value) => isValidPartialDate(value.date, value.precision), {
    error: 'expected a real calendar date written as YYYY-MM-DD (day), YYYY-MM (month) or YYYY (year)',
    path: ['date'],
  });

/** A line taken out of the source as page debris, verbatim, with the reason. */
const removedLineSchema = z.object({
  /** The line exactly as it stands in the seed file. */
  text: nonEmpty('removed.text'),
  /** Why it is not article text (reading-time label, comment form, tweet chrome, ...). */
  reason: nonEmpty('removed.reason'),
});

const articles = defineCollection({
  loader: articleLoader({
    base: `${CONTENT_DIR}/articles`,
    eventsBase: `${CONTENT_DIR}/events`,
    sourcesBase: `${CONTENT_DIR}/sources`,
  }),
  schema: z
    .object({
      /** The headline as published, or an editorial one where the source has none (see `titleSource`). */
      title: nonEmpty('title'),
      /** `source`: the headline as published; `editorial`: written by us because the source has none. */
      titleSource: z.enum(['source', 'editorial'], { error: 'expected "source" or "editorial"' }),
      /** The line above the headline, where the source has one ("Raketentechnik gegen Waffen?"). */
      kicker: z.string().trim().min(1).optional(),
      /** The teaser paragraph set apart from the body, where the source has one. */
      lead: z.string().trim().min(1).optional(),
      /** The news event the article reports, by its file name in `content/events/`. */
      event: reference('events'),
      /** When the article was published, as far as its text and its event support. */
      published: publishedSchema,
      /** News agencies named in the credit line. */
      agencies: z.array(z.enum(AGENCIES, { error: `expected one of: ${AGENCIES.join(', ')}` })).default([]),
      /** The credit line exactly as printed, for example "(sda/reuters/mdl)". */
      credit: z.string().trim().min(1).optional(),
      /** Spelling variant the text shows: `de-CH` writes "ss" for "ß" and quotes «so». */
      variant: z.enum(LANGUAGE_VARIANTS, { error: `expected one of: ${LANGUAGE_VARIANTS.join(', ')}` }),
      /** The raw text as received, a file name in `content/sources/` (the name records provenance). */
      source: nonEmpty('source'),
      /** Lines of the seed taken out of the body as page debris, verbatim. */
      removed: z.array(removedLineSchema).default([]),
    })
    .strict(),
});

const events = defineCollection({
  loader: glob({ base: `${CONTENT_DIR}/events`, pattern: '*.{yaml,yml,json}' }),
  schema: z
    .object({
      /** Short German name of the event, shown on pages. */
      name: nonEmpty('name'),
      /** The day the event began, `YYYY-MM-DD`. */
      date: z.string().refine((value) => isValidPartialDate(value, 'day'), { error: 'expected YYYY-MM-DD' }),
      /** Where it happened. */
      place: nonEmpty('place'),
      /** One or two German sentences on what happened. */
      summary: nonEmpty('summary'),
    })
    .strict(),
});

export const collections = { articles, events };
