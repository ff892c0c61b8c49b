import { lstat, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext, ParseDataOptions } from 'astro/loaders';
import type { z } from 'astro/zod';
import {
  checkArticle,
  checkArticleFileNames,
  checkSharedSources,
  checkSlugs,
  slugFromPath,
  type ContentInventory,
} from '../lib/content/article-rules.ts';
import { checkEventFileNames, readEventDates } from '../lib/content/event-files.ts';
import { ContentError, combineContentErrors } from '../lib/content/content-error.ts';
import { readArticleFile } from '../lib/content/article-file.ts';
import { articleDigest, frontmatterText } from '../lib/content/frontmatter.ts';
import { LIMITS, describeTooLarge } from '../lib/content/limits.ts';
import { listIssues, schemaErrorsFor } from '../lib/content/schema-messages.ts';
import { withWrittenDates } from '../lib/content/written-dates.ts';
import type { DatePrecision } from '../lib/content/vocabulary.ts';
import { listFiles } from './list-files.ts';

/** Where the loader reads from, relative to the project root. */
export interface ArticleLoaderOptions {
  /** Folder of article Markdown files. */
  base: string;
  /** Folder of event files that `event` must name. */
  eventsBase: string;
  /** Folder of raw source texts that `source` must name. */
  sourcesBase: string;
  /** The collection's schema (the same as given to `defineCollection`), for messages from its issues. */
  schema: z.ZodType;
  /** The frontmatter fields an article must have, named in the message for a file without them. */
  fields: readonly string[];
}

/** The frontmatter fields the checks below read; the schema has validated them. */
interface CheckedData {
  title: string;
  kicker?: string;
  lead?: string;
  event: { id: string };
  published: { date: string; precision: DatePrecision };
  agencies: string[];
  credit?: string;
  source: string;
}

/**
 * Loads article files into the store as validated frontmatter, path and digest, and nothing more.
 *
 * Astro's glob loader also rendered every body to HTML and kept that HTML, and the body, in the
 * data store, which Astro bundles into the build as one JavaScript module. Nothing read the HTML
 * (pages render articles themselves, with claim marks computed across articles, in
 * src/plugins/article-processor.ts), and for a 5 MB article the render and the bundled store cost
 * about 200 MB of peak memory. The body is checked here, read from the file, and read from the
 * file again by the pages (src/data/corpus.ts), which compare the digest stored here.
 *
 * The loader reads the files our own walk found (symbolic links refused, never followed), so the
 * files checked are the files loaded, and throws for every problem the glob loader would only
 * log: duplicate ids, unknown references, unsafe markup. Each message names the file and field.
 * An unchanged file (same digest as in the cached store) is not validated again; the checks run
 * on every load, since references depend on other files.
 */
export function articleLoader(options: ArticleLoaderOptions): Loader {
  return {
    name: 'synopse-articles',
    load: async (context) => {
      const { store, watcher, logger } = context;
      const root = fileURLToPath(context.config.root);
      const folder = (base: string) => fileURLToPath(new URL(base.replace(/\/?$/, '/'), context.config.root));
      const baseDir = folder(options.base);
      const eventsDir = folder(options.eventsBase);
      const sourcesDir = folder(options.sourcesBase);
      const parseData = schemaReportingParseData(context, options.schema);
      // All three folders are listed by our own walk, which reports every symbolic link at once
      // instead of following it: a link back into the tree would make a walk go on for ever, and
      // a link out of it would publish a file from elsewhere.
      const [articleList, eventList, sourceList] = await Promise.all([
        listFiles(baseDir, /./, root),
        listFiles(eventsDir, /./, root),
        listFiles(sourcesDir, /./, root),
      ]);
      const links = [...articleList.links, ...eventList.links, ...sourceList.links];
      if (links.length > 0) throw combineContentErrors(links);

      // Files that would be left out, or read under an id another file has too, are refused
      // before any article is read: an article naming such an event would fail in a way that
      // hides the cause. The events collection refuses the same event files (event-loader.ts).
      const events = checkEventFileNames(eventList.files, relative(root, eventsDir));
      const names = [...events.errors, ...checkArticleFileNames(articleList.files, relative(root, baseDir))];
      if (names.length > 0) throw combineContentErrors(names);

      const files = articleList.files.filter(isArticleFile).map((file) => relative(root, `${baseDir}${file}`));
      const slugErrors = checkSlugs(files);
      if (slugErrors.length > 0) throw combineContentErrors(slugErrors);

      const inventory: ContentInventory = {
        eventIds: new Set(events.ids.values()),
        eventDates: readEventDates(eventsDir, events.ids),
        sourceFiles: new Set(sourceList.files),
        sourcesDir: relative(root, sourcesDir),
      };
      // One file at a time, checked as it is read: only one body is held (and parsed, for the
      // markup check) at any moment.
      const loaded = new Set<string>();
      const errors: ContentError[] = [];
      const sources: { filePath: string; source: string }[] = [];
      for (const file of files) {
        const article = await syncArticle(context, parseData, root, file, options.fields);
        loaded.add(article.id);
        errors.push(...checkEntry(article, inventory));
        sources.push({ filePath: article.filePath, source: article.data.source });
      }
      errors.push(...checkSharedSources(sources));
      for (const id of store.keys()) if (!loaded.has(id)) store.delete(id);
      if (errors.length > 0) throw combineContentErrors(errors);

      if (watcher) {
        // `astro dev`: an edited, added or deleted article updates its entry; the pages, which
        // compute claims across all articles on every request, follow. Problems are logged, as a
        // running dev server cannot fail a build.
        watcher.add(baseDir);
        const articleOf = (path: string) => {
          const inside = relative(baseDir, path);
          return inside.startsWith('..') || !isArticleFile(inside.split(sep).join('/')) ? undefined : inside;
        };
        const onChange = async (path: string) => {
          if (!articleOf(path)) return;
          const file = relative(root, path);
          try {
            if ((await lstat(path)).isSymbolicLink()) {
              throw new ContentError(
                file,
                'file',
                'is a symbolic link. Links are not followed in the content folder: replace the link by the file itself.',
              );
            }
            const owner = store.get(slugFromPath(file))?.filePath;
            if (owner && owner !== file) throw combineContentErrors(checkSlugs([owner, file]));
            const problems = checkEntry(await syncArticle(context, parseData, root, file, options.fields), inventory);
            if (problems.length > 0) throw combineContentErrors(problems);
            logger.info(`Reloaded ${file}`);
          } catch (error) {
            logger.error(error instanceof Error ? error.message : String(error));
          }
        };
        watcher.on('change', (path) => void onChange(path));
        watcher.on('add', (path) => void onChange(path));
        watcher.on('unlink', (path) => {
          if (!articleOf(path)) return;
          const id = slugFromPath(path);
          if (store.get(id)?.filePath === relative(root, path)) store.delete(id);
        });
      }
    },
  };
}

/** Article files: Markdown whose name does not start with `_` (drafts and notes). */
const isArticleFile = (path: string) => /\.md$/.test(path) && !path.split('/').pop()!.startsWith('_');

/** An article as the checks see it: its stored entry and the body read from its file. */
interface SyncedArticle {
  id: string;
  filePath: string;
  data: CheckedData;
  body: string;
  /** Lines of the file above the body, so that messages name the file's own lines. */
  bodyLinesBefore: number;
}

/**
 * Reads one article (`file` relative to the project root) into the store, unless the stored
 * entry already has its digest, and returns it with its body for the checks.
 *
 * The store gets the validated frontmatter, the path and a digest of the file, not the body:
 * Astro bundles the whole data store into the build as one JavaScript module, so a 5 MB body
 * stored here was copied, escaped, bundled and parsed again before any page was built (about
 * 250 MB of peak memory). The pages read the body from the file, and compare the digest.
 */
async function syncArticle(
  context: LoaderContext,
  parseData: LoaderContext['parseData'],
  root: string,
  file: string,
  fields: readonly string[],
): Promise<SyncedArticle> {
  const { store } = context;
  const id = slugFromPath(file);
  const path = join(root, file);
  // The size before reading: a file over the limit is refused without being read at all.
  const { size } = await stat(path);
  if (size > LIMITS.articleBytes)
    throw new ContentError(file, 'file', describeTooLarge(size, LIMITS.articleBytes, 'an article'));
  const contents = await readFile(path, 'utf8');
  const digest = articleDigest(contents);
  const parsed = readArticleFile(file, contents, fields);
  const { body, linesBefore: bodyLinesBefore } = parsed;
  const existing = store.get(id);
  if (existing && existing.digest === digest && existing.filePath === file) {
    return { id, filePath: file, data: existing.data as unknown as CheckedData, body, bodyLinesBefore };
  }
  const data = await parseData({ id, data: parsed.frontmatter, filePath: path });
  store.set({ id, data, filePath: file, digest });
  return { id, filePath: file, data: data as unknown as CheckedData, body, bodyLinesBefore };
}

/** The rule checks (body, references, agencies) for one article. */
function checkEntry(article: SyncedArticle, inventory: ContentInventory): ContentError[] {
  const { data } = article;
  return checkArticle(
    {
      filePath: article.filePath,
      body: article.body,
      bodyLinesBefore: article.bodyLinesBefore,
      title: data.title,
      kicker: data.kicker,
      lead: data.lead,
      eventId: data.event.id,
      published: data.published,
      agencies: data.agencies,
      credit: data.credit,
      source: data.source,
    },
    inventory,
  );
}

/**
 * Wraps a loader so that a frontmatter that fails its collection schema is reported like every
 * other content problem, starting with the file's path (`content/articles/x.md: field "title":
 * expected text, ...`), instead of Astro's heading with collection and id.
 */
export function reportSchemaErrors(loader: Loader, schema: z.ZodType): Loader {
  return {
    ...loader,
    load: (context) => loader.load({ ...context, parseData: schemaReportingParseData(context, schema) }),
  };
}

/**
 * The context's `parseData`, throwing schema failures as content errors that name the file. Astro
 * prints the issues into one message; they are taken from Zod's own parse of the same data.
 */
function schemaReportingParseData(context: LoaderContext, schema: z.ZodType): LoaderContext['parseData'] {
  const root = fileURLToPath(context.config.root);
  return async function parseData<TData extends Record<string, unknown>>(
    props: ParseDataOptions<TData>,
  ): Promise<TData> {
    try {
      return await context.parseData(props);
    } catch (error) {
      if (!(error instanceof Error && error.name === 'InvalidContentEntryDataError') || !props.filePath) throw error;
      // The file once more, on this failing path only: an unquoted date is quoted as written,
      // not as YAML rolled it over ("2023-02-30" is not 2 March).
      const contents = await readFile(props.filePath, 'utf8');
      const yaml = props.filePath.endsWith('.md') ? (frontmatterText(contents) ?? '') : contents;
      const parsed = await schema.safeParseAsync(withWrittenDates(props.data, yaml));
      if (parsed.success) throw error;
      throw combineContentErrors(schemaErrorsFor(relative(root, props.filePath), listIssues(parsed.error)));
    }
  };
}
