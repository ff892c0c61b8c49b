import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { combineContentErrors, type ContentError } from '../lib/content/content-error.ts';
import { checkEventFileNames, checkEventFileText } from '../lib/content/event-files.ts';
import { reportSchemaErrors } from './article-loader.ts';
import { listFiles } from './list-files.ts';

/** Where the event files are and what they hold. */
export interface EventLoaderOptions {
  /** Folder of event files, relative to the project root. */
  base: string;
  /** The collection's schema (the same as given to `defineCollection`), for messages from its issues. */
  schema: z.ZodType;
  /** The fields an event file holds, named in the message for an empty file. */
  fields: readonly string[];
}

/**
 * Astro's glob loader for event files, after checks of the folder that it does not make: an
 * empty file (or one of comments only) crashed it with "Cannot read properties of undefined",
 * naming no file; a second file of the same id (`x.yaml` and `x.yml`) replaced the first with a
 * warning; a stray file (`neu.YAML`, `neu.txt`) was left out without a word. Each is now a
 * content error naming the file and the fix, thrown before the glob loader reads anything.
 */
export function eventLoader(options: EventLoaderOptions): Loader {
  const inner = reportSchemaErrors(glob({ base: options.base, pattern: '*.{yaml,yml,json}' }), options.schema);
  return {
    ...inner,
    name: 'synopse-events',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const dir = fileURLToPath(new URL(options.base.replace(/\/?$/, '/'), context.config.root));
      const folder = relative(root, dir);
      const listing = await listFiles(dir, /./, root);
      const { ids, errors } = checkEventFileNames(listing.files, folder);
      const problems: ContentError[] = [...listing.links, ...errors];
      for (const file of ids.keys()) {
        const empty = checkEventFileText(`${folder}/${file}`, await readFile(join(dir, file), 'utf8'), options.fields);
        if (empty) problems.push(empty);
      }
      if (problems.length > 0) throw combineContentErrors(problems);
      await inner.load(context);
    },
  };
}
