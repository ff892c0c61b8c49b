/**
 * The open data of the site, one file per event and an index of them (`/daten/`): the formats as
 * Zod schemas. The build writes its files through these types, and the JSON Schemas published
 * beside the data (`/daten/*.schema.json`) are generated from the same schemas
 * (`z.toJSONSchema`), so the published format cannot drift from what the code writes. Raise
 * `OPEN_DATA_VERSION` when a field changes meaning; adding a field is not a change of version.
 */
import { z } from 'zod';
import type { Claim, ClaimsResult, Contradiction, Passage } from './claims/types.ts';

/** Version of the event files and the index. */
export const OPEN_DATA_VERSION = 1;

const passage = z.object({
  article: z.string().describe('Id (slug) of the article; its page is /artikel/<id>/.'),
  text: z.string().describe('The passage exactly as in the article: the field sliced from start to end.'),
  start: z.int().nonnegative().describe('Offset of its first character in the field (UTF-16 code units).'),
  end: z.int().nonnegative().describe('Offset just past its last character.'),
  anchor: z.string().describe('Sentence anchor on the article page: satz-12, vorspann-1, titel, dachzeile.'),
  field: z.enum(['title', 'kicker', 'lead', 'body']).describe('The article field the offsets refer to.'),
});

const claim = z.object({
  id: z.string().describe('Stable id: a hash of its first two passages; its page is /aussagen/<id>/.'),
  label: z.string().describe('Short German description.'),
  labelOrigin: z
    .enum(['maschinell', 'redaktionell'])
    .describe('Machine-made (the shortest passage) or written by an editor.'),
  kind: z
    .enum(['wortgleich', 'sinngleich'])
    .describe('wortgleich: two passages share at least 90 % of their words in order.'),
  origin: z.enum(['maschinell', 'redaktionell']).describe('The engine grouped it, or an editor merged or split it.'),
  event: z.string().nullable().describe('The event its articles report.'),
  story: z.string().nullable().describe('Always null here: every article of the site names its event.'),
  articles: z.array(z.string()).describe('Ids of the articles that report it, sorted.'),
  passages: z.array(
    passage.extend({ score: z.number().min(0).max(1).describe("Its strongest link: the pair scorer's probability.") }),
  ),
  links: z
    .array(
      z.object({
        from: z.int().nonnegative(),
        to: z.int().nonnegative(),
        score: z.number().min(0).max(1),
        verbatim: z.boolean(),
      }),
    )
    .describe('Every linked pair of passages (indexes into passages) with its score.'),
});

const contradiction = z.object({
  id: z.string(),
  claim: z.string().describe('The claim both passages belong to.'),
  kind: z
    .enum(['zahl', 'datum', 'anzahl', 'negation'])
    .describe('zahl: measures; datum: dates; anzahl: counts; negation.'),
  unit: z.string().describe('The unit both values are compared in; empty for negation.'),
  passages: z.array(
    passage.extend({
      phrase: z.string().describe('The words that disagree (the quantity, or the negating words).'),
      value: z.number().optional().describe('The value in `unit`; absent for negation.'),
    }),
  ),
});

/** One event's file: `/daten/ereignisse/<id>.json`. */
export const eventDataSchema = z
  .object({
    format: z.literal('synopse-ereignis'),
    version: z.literal(OPEN_DATA_VERSION),
    event: z.object({
      id: z.string(),
      name: z.string(),
      date: z.string().describe('YYYY-MM-DD.'),
      place: z.string(),
      summary: z.string(),
    }),
    articles: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        outlet: z.string().nullable().describe('The outlet, or null where none is known.'),
        published: z.string().describe('Publication date, YYYY-MM-DD (as precise as known: also YYYY-MM or YYYY).'),
        url: z.string().nullable().describe('The original address, where known.'),
        sentences: z.int().nonnegative(),
        shared: z.int().nonnegative().describe('Sentences that belong to a claim.'),
        unique: z
          .int()
          .nonnegative()
          .describe(
            'Sentences to which nothing in the event\'s other articles comes close ("keine Entsprechung gefunden").',
          ),
        near: z
          .int()
          .nonnegative()
          .describe('Sentences outside every claim that another article comes close to, without stating the same.'),
      }),
    ),
    claims: z.array(claim).describe('Most articles first; claims never mix events.'),
    contradictions: z.array(contradiction),
    unique: z
      .record(z.string(), z.array(passage))
      .describe('Per article id, the sentences to which nothing in the other articles comes close.'),
    near: z
      .record(z.string(), z.array(passage))
      .describe('Per article id, the sentences outside every claim that another article comes close to.'),
  })
  .describe('One event of Synopse: its articles and what the claim engine found in them.');

/** The index of the event files: `/daten/index.json`. */
export const dataIndexSchema = z
  .object({
    format: z.literal('synopse-daten'),
    version: z.literal(OPEN_DATA_VERSION),
    schemas: z.object({
      index: z.string().describe('The JSON Schema of this file, relative to it.'),
      event: z.string().describe('The JSON Schema of the event files, relative to this file.'),
    }),
    events: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        date: z.string(),
        articles: z.int().nonnegative(),
        claims: z.int().nonnegative(),
        contradictions: z.int().nonnegative(),
        file: z.string().describe('The event file, relative to this index.'),
        bytes: z.int().nonnegative().describe('Its size in bytes.'),
        sha256: z
          .string()
          .regex(/^[0-9a-f]{64}$/)
          .describe('SHA-256 of its bytes, hexadecimal.'),
      }),
    ),
  })
  .describe('The open data of Synopse: one file per event, listed with size and digest.');

/** One event's file. */
export type EventData = z.infer<typeof eventDataSchema>;
/** The index. */
export type DataIndex = z.infer<typeof dataIndexSchema>;

// The engine's types must fit the published ones: a field added to or changed in the engine's
// output that the schema does not describe fails type checking here.
type Fits<T extends U, U> = T;
export type CheckClaim = Fits<Claim, z.infer<typeof claim>>;
export type CheckContradiction = Fits<Contradiction, z.infer<typeof contradiction>>;
export type CheckPassage = Fits<Passage, z.infer<typeof passage>>;
export type CheckArticle = Fits<
  ClaimsResult['articles'][number],
  Pick<EventData['articles'][number], 'id' | 'sentences' | 'shared' | 'unique' | 'near'>
>;

/** The JSON Schemas of the two formats (draft 2020-12), as published beside the data. */
export function openDataJsonSchemas(): { index: object; event: object } {
  return { index: z.toJSONSchema(dataIndexSchema), event: z.toJSONSchema(eventDataSchema) };
}
