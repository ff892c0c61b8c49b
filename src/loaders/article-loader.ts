import { readdir, readlink } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext, type ParseDataOptions } from 'astro/loaders';
import { checkArticle, checkSlugs, slugFromPath } from '../lib/content/article-rules.ts';
import { ContentError, combineContentErrors } from '../lib/content/content-error.ts';
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
      const folder = (base: string) => fileURLToPath(new URL(base.replace(/\/?$/, '/'), context.config.root));
      const baseDir = folder(options.base);
      const eventsDir = folder(options.eventsBase);
      const sourcesDir = folder(options.sourcesBase);
      // All three folders are listed by our own walk before Astro's glob runs: the glob follows
      // symbolic links, and a link back into the tree would make it walk on and read the same
      // articles again under new paths. Every link in any of them is reported at once.
      const [articleList, eventList, sourceList] = await Promise.all([
        listFiles(baseDir, /\.md$/, root),
        listFiles(eventsDir, /\.(ya?ml|json)$/, root),
        listFiles(sourcesDir, /./, root),
      ]);
      const links = [...articleList.links, ...eventList.links, ...sourceList.links];
      if (links.length > 0) throw combineContentErrors(links);

      const files = articleList.files
        .filter((file) => !file.split('/').pop()!.startsWith('_'))
        .map((file) => relative(root, `${baseDir}${file}`));
      const slugErrors = checkSlugs(files);
      if (slugErrors.length > 0) throw combineContentErrors(slugErrors);

      await inner.load(context);

      const eventIds = new Set(eventList.files.map((file) => file.replace(/^.*\//, '').replace(/\.\w+$/, '')));
      const sourceFiles = new Set(sourceList.files);
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

/** What a folder holds: matching files, and the symbolic links found instead of followed. */
interface Listing {
  /** Paths relative to the folder, sorted. */
  files: string[];
  /** One problem per symbolic link, naming it and its target. */
  links: ContentError[];
}

/**
 * The files below `dir` whose relative path matches `pattern`. Symbolic links are never
 * followed: a link can point back into the tree (content/articles/schleife -> ..), which makes
 * a recursive walk go on for ever, or out of the repository. Each link is returned as a problem
 * naming it and its target, so the build fails at once instead of walking.
 */
async function listFiles(dir: string, pattern: RegExp, root: string): Promise<Listing> {
  const files: string[] = [];
  const links: ContentError[] = [];
  const walk = async (folder: string): Promise<void> => {
    const entries = await readdir(join(dir, folder), { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
      // A missing content folder is reported by the checks that need it (no events, no sources).
      if (folder === '' && error.code === 'ENOENT') return [];
      throw error;
    });
    for (const entry of entries) {
      const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
      if (entry.isSymbolicLink()) {
        const target = await readlink(join(dir, path)).catch(() => 'an unreadable target');
        links.push(
          new ContentError(
            relative(root, join(dir, path)),
            'file',
            `is a symbolic link (to "${target}"). Links are not followed in the content folder: they can loop back into it or reach outside the repository. Replace the link by the file or folder itself, or remove it.`,
          ),
        );
      } else if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() && pattern.test(path)) files.push(path);
    }
  };
  await walk('');
  return { files: files.sort(), links: links.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)) };
}
