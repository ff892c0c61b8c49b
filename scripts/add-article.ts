/**
 * npm run add -- FILE [--event SLUG] [--slug SLUG]
 *
 * Imports a raw article (.txt, .md or .html) into the content folder: copies the raw file into
 * content/sources/ (its name records provenance; the text of an .md or .html page is saved beside
 * it as the .txt seed), drafts content/articles/SLUG.md with the
 * frontmatter the text supports and the page debris listed in `removed`, and prints what must be
 * checked by hand. Never overwrites anything: an existing slug or a different source of the same
 * name is refused, and files appear complete or not at all. The content folder is
 * SYNOPSE_CONTENT_DIR (default ./content).
 */
import { randomBytes } from 'node:crypto';
import { link, readFile, readdir, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, extname, join, relative, resolve } from 'node:path';
import { splitFrontmatter } from '../src/lib/content/frontmatter.ts';
import { LIMITS, checkTextLimits, describeTooLarge } from '../src/lib/content/limits.ts';
import { checkIntegrity } from '../src/lib/content/integrity.ts';
import { readEventDates, readEventIds } from '../src/lib/content/event-files.ts';
import { daysAheadOfEvent } from '../src/lib/content/vocabulary.ts';
import { CONTENT_DIR } from '../src/lib/content/location.ts';
import { findHiddenInArticleFile } from '../src/lib/import/article-characters.ts';
import { renderArticle } from '../src/lib/import/article-file.ts';
import { describeDebris, draftArticle } from '../src/lib/import/draft.ts';
import { ImportLimitError, seedFromHtml } from '../src/lib/import/html-seed.ts';
import { describeTextCharacterProblem } from '../src/lib/import/page-characters.ts';
import { decodePage } from '../src/lib/import/page-encoding.ts';
import { seedFromText, type Seed } from '../src/lib/import/seed.ts';
import { SLUG_PATTERN, slugify } from '../src/lib/import/slug.ts';
import { readCommandLine, userPath } from './lib/args.ts';

const USAGE = `Usage: npm run add -- FILE [--event SLUG] [--slug SLUG]
  FILE          the raw article: .txt, .md or .html
  --event SLUG  the event it reports (a file name in content/events/, without extension)
  --slug SLUG   the article's file name and URL (default: from the title)
  The content folder is SYNOPSE_CONTENT_DIR (default ./content).`;

/** A refusal: names the file and what to do; nothing has been written. */
class AddError extends Error {
  override name = 'AddError';
}

interface Options {
  file: string;
  event?: string | undefined;
  slug?: string | undefined;
}

function parseArgs(args: readonly string[]): Options {
  const { values, positionals } = readCommandLine(
    args,
    {
      event: { type: 'string', missing: `--event needs a value.\n${USAGE}` },
      slug: { type: 'string', missing: `--slug needs a value.\n${USAGE}` },
    },
    USAGE,
    (message) => new AddError(message),
  );
  if (positionals.length !== 1) throw new AddError(`expected exactly one file, got ${positionals.length}.\n${USAGE}`);
  return { file: positionals[0]!.value, event: values.event, slug: values.slug };
}

/** A path as the user would type it: relative inside the working folder, absolute outside it. */
const show = (path: string): string => {
  const rel = relative(process.cwd(), path);
  return rel === '' || rel.startsWith('..') ? path : rel;
};

/** The article (if any) whose frontmatter names `source`. */
async function articleUsing(dir: string, source: string): Promise<string | undefined> {
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.md')).sort()) {
    try {
      if (splitFrontmatter(await readFile(join(dir, name), 'utf8')).frontmatter.source === source) return name;
    } catch {
      // A broken article is the build's business, not a reason to refuse this import.
    }
  }
  return undefined;
}

/**
 * The name of a text source in `dir`, other than `own`, that holds exactly `text`: the same page
 * imported before under another file name (saved twice from the browser, or renamed).
 */
async function sameTextAs(dir: string, own: string, text: Uint8Array): Promise<string | undefined> {
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.txt') && n !== own).sort()) {
    const path = join(dir, name);
    // The size first: only a file of the same length can hold the same text.
    if ((await stat(path)).size !== text.length) continue;
    if (Buffer.compare(await readFile(path), text) === 0) return name;
  }
  return undefined;
}

/** Whether `path` can take `bytes`: free, or already holding exactly these bytes. */
async function checkFree(path: string, bytes: Uint8Array, from: string): Promise<'new' | 'same'> {
  const existing = await readFile(path).catch(() => undefined);
  if (!existing) return 'new';
  if (Buffer.compare(existing, bytes) === 0) return 'same';
  throw new AddError(
    `${show(path)} already exists and differs from ${show(from)}. The file name records provenance; rename ${show(from)} if it is another page.`,
  );
}

/**
 * Creates a file that must not exist yet, complete or not at all: written to a temporary file in
 * the same folder, then hard-linked to its name (which fails instead of overwriting) and the
 * temporary name removed.
 */
async function createFile(path: string, content: string | Uint8Array): Promise<void> {
  const temp = join(resolve(path, '..'), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, content, { flag: 'wx' });
    await link(temp, path);
  } catch (error) {
    if ((error as { code?: string }).code === 'EEXIST') {
      throw new AddError(`${show(path)} appeared while importing; nothing was overwritten. Run the import again.`);
    }
    throw new AddError(`${show(path)}: could not be written (${(error as Error).message}).`);
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

async function main(args: string[]): Promise<void> {
  if (args.length === 0 || args.includes('--help') || args.includes('-h')) {
    process.stderr.write(`${USAGE}\n`);
    process.exitCode = args.length === 0 ? 2 : 0;
    return;
  }
  const options = parseArgs(args);
  const content = resolve(CONTENT_DIR);
  const dirs = {
    articles: join(content, 'articles'),
    events: join(content, 'events'),
    sources: join(content, 'sources'),
  };
  for (const dir of Object.values(dirs)) {
    if (!(await stat(dir).catch(() => undefined))?.isDirectory()) {
      throw new AddError(`${show(dir)}: no such folder. Run from the project root or set SYNOPSE_CONTENT_DIR.`);
    }
  }
  // The ids the build reads (the folder exists: checked above).
  const events = readEventIds(dirs.events);
  if (options.event && !events.includes(options.event)) {
    throw new AddError(
      `--event ${options.event}: no such event. Known events (content/events/): ${events.join(', ')}.`,
    );
  }
  if (options.slug && !SLUG_PATTERN.test(options.slug)) {
    throw new AddError(
      `--slug ${options.slug}: not a valid slug. Use lower-case letters a-z, digits and single hyphens ("ae" for "ä").`,
    );
  }

  // Read and decode the raw file.
  const file = options.file;
  const path = userPath(file);
  const extension = extname(file).toLowerCase();
  if (!['.txt', '.md', '.html', '.htm'].includes(extension)) {
    throw new AddError(`${file}: expected a .txt, .md or .html file.`);
  }
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new AddError(`${file}: no such file.`);
  if (!info.isFile()) throw new AddError(`${file}: not a regular file.`);
  const isHtml = extension === '.html' || extension === '.htm';
  // Sizes before reading (an HTML page's parse takes some 150 times its size in memory), text
  // limits before parsing: see src/lib/content/limits.ts.
  const limit = isHtml ? LIMITS.htmlBytes : LIMITS.articleBytes;
  if (info.size > limit)
    throw new AddError(`${file}: ${describeTooLarge(info.size, limit, isHtml ? 'an HTML page' : 'a page')}`);
  const bytes = await readFile(path).catch((error: unknown) => {
    throw new AddError(`${file}: cannot be read (${(error as Error).message}).`);
  });
  // An HTML page in the encoding it declares; text must be UTF-8 (src/lib/import/page-encoding.ts).
  const decoded = decodePage(bytes, file, extension);
  if (!decoded.ok) throw new AddError(decoded.message);
  if (!isHtml) {
    // What the build would refuse in the article, refused in the page, at its own line and column.
    const hidden = describeTextCharacterProblem(decoded.text, file);
    if (hidden) throw new AddError(`${file}: ${hidden}`);
    const overLimit = checkTextLimits(decoded.text, extension === '.md' ? 'markdown' : 'text');
    if (overLimit) throw new AddError(`${file}: ${overLimit.problem}`);
  }

  // The seed is what every line of the article is checked against; the project's seeds are the
  // .txt files in content/sources/. A .txt page is its own seed; an .md or .html page is kept as
  // received and its text saved beside it as <name>.txt.
  const name = basename(file);
  let seed: Seed;
  if (isHtml) {
    try {
      seed = seedFromHtml(decoded.text, file);
    } catch (error) {
      if (error instanceof ImportLimitError) throw new AddError(`${file}: ${error.message}`);
      throw error;
    }
  } else if (extension === '.md') {
    if (/^---\r?\n/u.test(decoded.text)) {
      throw new AddError(`${file}: already has frontmatter, so it is an article, not a raw page. Import the raw text.`);
    }
    seed = seedFromText(decoded.text, 'markdown');
  } else seed = seedFromText(decoded.text, 'text');
  seed.checks.unshift(...decoded.checks);
  // The page's text, one block a line, as the article will hold it: within the article limits.
  const textLimit = isHtml ? checkTextLimits(seed.text, 'text') : undefined;
  if (textLimit) throw new AddError(`${file}: its text (saved as .txt beside it) ${textLimit.problem}`);
  const sourceName = extension === '.txt' ? name : `${basename(name, extname(name))}.txt`;
  const draft = draftArticle(seed, { source: sourceName, event: options.event });
  if (draft.body.trim() === '') {
    throw new AddError(
      `${file}: no article text is left once the title and the page debris are set aside: ${describeDebris(seed, draft.removed)}. Check that the file is the article.`,
    );
  }

  // The same text imported before under another name is refused first: a new slug would make
  // it a second article, an outlet reporting every sentence of the first.
  const seedBytes = extension === '.txt' ? bytes : new TextEncoder().encode(seed.text);
  const twin = await sameTextAs(dirs.sources, sourceName, seedBytes);
  if (twin) {
    const owner = await articleUsing(dirs.articles, twin);
    throw new AddError(
      `${file}: its text is already imported under another name, as ${show(join(dirs.sources, twin))}${owner ? ` (content/articles/${owner})` : ''}; nothing was written. Import a page once, under one name.`,
    );
  }

  const slug = options.slug ?? slugify(draft.title);
  if (!SLUG_PATTERN.test(slug))
    throw new AddError(`${file}: no slug can be made from the title "${draft.title}"; give --slug.`);
  const target = join(dirs.articles, `${slug}.md`);
  if (await stat(target).catch(() => undefined)) {
    throw new AddError(`${show(target)} already exists. Choose another --slug; nothing was overwritten.`);
  }

  const problems = checkIntegrity(seed.text, { ...draft, removed: draft.removed });
  if (problems.length > 0) {
    throw new AddError(
      `${file}: the draft would not reproduce the source word for word, so nothing was written:\n` +
        problems.map((p) => `  - ${p.kind}: ${p.text}`).join('\n'),
    );
  }

  // Sources: refuse a different file of the same name, and a source already imported.
  const sourceFiles: [string, Uint8Array][] =
    extension === '.txt'
      ? [[join(dirs.sources, name), bytes]]
      : [
          [join(dirs.sources, name), bytes],
          [join(dirs.sources, sourceName), seedBytes],
        ];
  const states: ('new' | 'same')[] = [];
  for (const [path, content] of sourceFiles) states.push(await checkFree(path, content, file));
  const user = await articleUsing(dirs.articles, sourceName);
  if (user) throw new AddError(`${file}: already imported as content/articles/${user} (source: ${sourceName}).`);

  const eventDate = options.event ? readEventDates(dirs.events).get(options.event) : undefined;
  // The build refuses an article dated long before its event: never write one.
  const ahead =
    draft.published && eventDate
      ? daysAheadOfEvent(draft.published.date, draft.published.precision, eventDate)
      : undefined;
  if (ahead !== undefined) {
    throw new AddError(
      `${file}: nothing was written: the page is dated ${draft.published!.date}, ${ahead} days before the event "${options.event}" began (${eventDate}), and the build refuses an article that far ahead of its event. Import it with the event it reports (--event), or without --event and fill that in later.`,
    );
  }
  const text = renderArticle(draft, { events, eventDate });
  // What the loader and the schema check, on the file as it would be written: whatever reached the
  // draft (the page's metadata too), the build must not refuse what add wrote.
  const hidden = findHiddenInArticleFile(text);
  if (hidden) {
    const { found } = hidden;
    const where =
      hidden.where === 'file'
        ? `line ${found.line}, column ${found.column} of ${show(target)}`
        : `the field "${hidden.field}" of ${show(target)}`;
    throw new AddError(
      `${file}: nothing was written: ${where} would hold ${found.codePoint} (${found.name}), taken from the page's text or metadata, and the build refuses it. Remove it from the page and import it again.`,
    );
  }

  const created: string[] = [];
  try {
    for (const [index, [path, content]] of sourceFiles.entries()) {
      if (states[index] === 'new') {
        await createFile(path, content);
        created.push(path);
      }
    }
    await createFile(target, text);
  } catch (error) {
    // Leave the folder as it was: a source without its article would be an orphan.
    for (const path of created) await unlink(path).catch(() => undefined);
    throw error;
  }

  const out: string[] = [
    `Wrote ${show(target)}`,
    ...sourceFiles.map(([path], i) => `${states[i] === 'new' ? 'Copied' : 'Kept (identical)'} ${show(path)}`),
    '',
    'Check by hand:',
    ...draft.checks.map((check) => `  - ${check}`),
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`add: ${error instanceof AddError ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
