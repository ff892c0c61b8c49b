import { readdir } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext, type ParseDataOptions } from 'astro/loaders';
import { checkArticle, checkSlugs, slugFromPath } from '../lib/content/article-rules.ts';
import { combineContentErrors } from '../lib/content/content-error.ts';
import { issuesFromAstroMessage, schemaErrorsFor } from '../lib/content/schema-messages.ts';

/** Where the loader reads from, relative to the project root. */
export interface ArticleLoaderOptions {
  /** Folder of article Markdown files. */
  base: string;
  /** Folder of event files that `event` must name. */
  eventsBase: string;
  /** Folder of raw source texts that `source` must name. */
  sourcesBase: string;
}

const ARTICLE_PATTERN = '**/[^_]*.md';

/**
 * Astro's glob loader plus the checks it leaves out: the glob loader only logs duplicate ids,
 * unknown references and Markdown errors, and a build that logs is a build that ships. Every
 * problem here throws, naming the file and the field.
 */
export function articleLoader(options: ArticleLoaderOptions): Loader {
  const inner = reportSchemaErrors(
    glob({
      base: options.base,
      pattern: ARTICLE_PATTERN,
      generateId: ({ entry }) => slugFromPath(entry),
    }),
  );
  return {
    name: 'synopse-articles',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const baseDir = fileURLToPath(new URL(options.base.replace(/\/?$/, '/'), context.config.root));
      const files = (await listFiles(baseDir, /\.md$/))
        .filter((file) => !file.split('/').pop()!.startsWith('_'))
        .map((file) => relative(root, `${baseDir}${file}`));
      const slugErrors = checkSlugs(files);
      if (slugErrors.length > 0) throw combineContentErrors(slugErrors);

      await inner.load(context);

      const eventsDir = fileURLToPath(new URL(options.eventsBase.replace(/\/?$/, '/'), context.config.root));
      const eventIds = new Set(
        (await listFiles(eventsDir, /\.(ya?ml|json)$/)).map((file) => file.replace(/^.*\//, '').replace(/\.\w+$/, '')),
      );
      const sourcesDir = fileURLToPath(new URL(options.sourcesBase.replace(/\/?$/, '/'), context.config.root));
      const sourceFiles = new Set(await listFiles(sourcesDir, /./));
      const errors = [...context.store.values()].flatMap((entry) => {
        const data = entry.data as {
          title: string;
          kicker?: string;
          lead?: string;
          event: { id: string };
          agencies: string[];
          credit?: string;
          source: string;
        };
        return checkArticle(
          {
            filePath: entry.filePath ?? entry.id,
            body: entry.body ?? '',
            title: data.title,
            kicker: data.kicker,
            lead: data.lead,
            eventId: data.event.id,
            agencies: data.agencies,
            credit: data.credit,
            source: data.source,
          },
          { eventIds, sourceFiles, sourcesDir: relative(root, sourcesDir) },
        );
      });
      if (errors.length > 0) throw combineContentErrors(errors);
    },
  };
}

/**
 * Wraps a loader so that a frontmatter that fails its collection schema is reported like every
 * other content problem, starting with the file's path (`content/articles/x.md: field "title":
 * expected text, ...`), instead of Astro's heading with collection and id.
 */
export function reportSchemaErrors(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) => {
      const root = fileURLToPath(context.config.root);
      async function parseData<TData extends Record<string, unknown>>(props: ParseDataOptions<TData>): Promise<TData> {
        try {
          return await context.parseData(props);
        } catch (error) {
          const issues =
            error instanceof Error && error.name === 'InvalidContentEntryDataError'
              ? issuesFromAstroMessage(error.message)
              : undefined;
          if (!issues || !props.filePath) throw error;
          throw combineContentErrors(schemaErrorsFor(relative(root, props.filePath), issues));
        }
      }
      const wrapped: LoaderContext = { ...context, parseData };
      return loader.load(wrapped);
    },
  };
}

async function listFiles(dir: string, pattern: RegExp): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
  return entries.filter((file) => pattern.test(file)).sort();
}
