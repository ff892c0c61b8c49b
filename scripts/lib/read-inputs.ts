import { lstat, readFile, readdir, readlink, realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import { ContentError } from '../../src/lib/content/content-error.ts';
import { FrontmatterError, splitFrontmatter, type MarkdownFile } from '../../src/lib/content/frontmatter.ts';
import { describeHiddenCharacter, findHiddenCharacter } from '../../src/lib/content/characters.ts';
import { LIMITS, checkTextLimits, describeTooLarge } from '../../src/lib/content/limits.ts';
import { findUnsafeMarkup } from '../../src/lib/content/markup-safety.ts';
import { decodeRawText, describeRawTextProblem } from '../../src/lib/content/raw-text.ts';
import { oneOfError, textError } from '../../src/lib/content/schema-messages.ts';
import { detectDebris, type DebrisLine } from '../../src/lib/import/debris.ts';
import { ImportLimitError, seedFromHtml } from '../../src/lib/import/html-seed.ts';
import { decodePage } from '../../src/lib/import/page-encoding.ts';
import type { Seed } from '../../src/lib/import/seed.ts';
import { engineArticle } from '../../src/lib/claims/article-input.ts';
import type { EngineArticle } from '../../src/lib/claims/types.ts';

/** A problem with one input file, worded for the person who ran the command. */
export class InputError extends Error {
  override name = 'InputError';
}

/** A file or folder named on the command line, with the event given for it (`--event`). */
export interface InputSpec {
  path: string;
  event?: string | undefined;
}

/** An input file found by expanding the command line. */
export interface InputFile {
  path: string;
  event?: string | undefined;
}

/** Page debris set aside in one file. */
export interface SetAside extends DebrisLine {
  file: string;
}

/** One article read from its file, with the page debris set aside in it. */
interface ReadArticle {
  article: EngineArticle;
  setAside: SetAside[];
}

/** Everything read from the inputs: articles for the engine and what the reader should know. */
export interface ReadResult {
  articles: EngineArticle[];
  /** The files read, in the order of `articles`. */
  files: string[];
  /** Debris lines taken out of plain-text inputs before analysis. */
  setAside: SetAside[];
  /** Things skipped on purpose (symbolic links inside folders), one sentence each. */
  notes: string[];
}

const EXTENSIONS = new Set(['.md', '.txt', '.html', '.htm']);
const isHtml = (path: string) => /\.html?$/u.test(path);

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

/** The message for a file or folder the system would not let us read. */
function unreadable(path: string, error: unknown): InputError {
  const code = errorCode(error);
  if (code === 'EACCES' || code === 'EPERM')
    return new InputError(`${path}: cannot be read (permission denied). Check its permissions, e.g. chmod u+r.`);
  if (code === 'ELOOP')
    return new InputError(`${path}: symbolic link loop (the links point at each other). Remove one of the links.`);
  return new InputError(`${path}: cannot be read (${code ?? (error as Error).message}).`);
}

/**
 * Lists the `.md` and `.txt` files under a folder. Symbolic links inside the folder are never
 * followed: a link back into the tree would be read twice or loop forever, a link out of it would
 * pull in files nobody named. A link that loops or leads nowhere is refused; others are noted.
 */
async function walkFolder(root: string, notes: string[]): Promise<string[]> {
  const files: string[] = [];
  const visit = async (dir: string): Promise<void> => {
    const dirReal = await realpath(dir).catch((error: unknown) => {
      throw unreadable(dir, error);
    });
    const entries = await readdir(dir, { withFileTypes: true }).catch((error: unknown) => {
      throw unreadable(dir, error);
    });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const names = new Set(entries.map((entry) => entry.name));
    // A page saved as "Seite.html" keeps its images, scripts and embedded frames in "Seite_files"
    // (German browsers: "Seite-Dateien"); `npm run add` saves its text beside it as "Seite.txt".
    const savedPage = (name: string) => ['.html', '.htm'].some((ext) => names.has(name + ext));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      const assetsOf = /^(.+)(?:_files|-Dateien)$/u.exec(entry.name)?.[1];
      if (entry.isDirectory() && assetsOf !== undefined && savedPage(assetsOf)) {
        notes.push(`${path}: the files of a saved page, not read.`);
        continue;
      }
      if (entry.isFile() && isHtml(entry.name) && names.has(`${basename(entry.name, extname(entry.name))}.txt`)) {
        notes.push(`${path}: not read; its text is the .txt beside it.`);
        continue;
      }
      if (entry.isSymbolicLink()) {
        const shown = await readlink(path).catch(() => '?');
        let target: string;
        try {
          target = await realpath(path);
        } catch (error) {
          if (errorCode(error) === 'ELOOP') throw unreadable(path, error);
          throw new InputError(
            `${path}: symbolic link to "${shown}", which does not exist or cannot be read. Remove the link or point it at an existing file.`,
          );
        }
        if (dirReal === target || dirReal.startsWith(target + sep)) {
          throw new InputError(
            `${path}: symbolic link loop: it points to "${shown}", a folder that contains the link itself. Remove the link, or name the files you mean directly.`,
          );
        }
        notes.push(`${path}: symbolic link to ${target} not followed; name the target directly to read it.`);
        continue;
      }
      if (entry.isDirectory()) await visit(path);
      else if (entry.isFile() && EXTENSIONS.has(extname(entry.name))) files.push(path);
    }
  };
  await visit(root);
  return files;
}

/** How an event given on the command line is named in messages. */
const eventName = (event: string | undefined): string => (event === undefined ? 'no event' : `event "${event}"`);

/**
 * Expands files and folders (recursively) into the sorted list of `.md` and `.txt` files, each
 * with the event given for it on the command line. A file named twice, under any spelling
 * (`a.txt`, `./x/../a.txt`, a link to it, or inside a folder also named), is read once; named
 * with two different events it is refused, since either choice would drop the other unseen.
 */
export async function expandPaths(inputs: readonly InputSpec[], notes: string[] = []): Promise<InputFile[]> {
  /** By real path: the first spelling given is the one shown. */
  const found = new Map<string, InputFile>();
  const add = (real: string, path: string, event: string | undefined): void => {
    const previous = found.get(real);
    if (!previous) {
      found.set(real, { path, event });
      return;
    }
    if (previous.event === event) return;
    const spelling = previous.path === path ? '' : ` (first as ${previous.path})`;
    throw new InputError(
      `${path}: given twice${spelling}, with ${eventName(previous.event)} and with ${eventName(event)}; an article reports one event. Name the file once, after the --event it reports.`,
    );
  };
  for (const { path, event } of inputs) {
    const info = await stat(path).catch(async (error: unknown) => {
      const link = await lstat(path).catch(() => undefined);
      if (link?.isSymbolicLink() || errorCode(error) === 'ELOOP') throw unreadable(path, error);
      if (errorCode(error) !== 'ENOENT') throw unreadable(path, error);
      return undefined;
    });
    if (!info) throw new InputError(`${path}: no such file or folder.`);
    const real = await realpath(path).catch((error: unknown) => {
      throw unreadable(path, error);
    });
    if (info.isDirectory()) {
      const files = await walkFolder(path, notes);
      if (files.length === 0) throw new InputError(`${path}: the folder holds no .md, .txt or .html files.`);
      // The walk follows no link, so a file's real path is the folder's and its own place below.
      for (const file of files) add(join(real, relative(path, file)), file, event);
    } else if (!EXTENSIONS.has(extname(path))) {
      throw new InputError(
        `${path}: expected a .md, .txt or .html file. Save the article's page from the browser as a web page (.html), or copy its text into a .txt file.`,
      );
    } else if (!info.isFile()) {
      throw new InputError(`${path}: not a regular file (a pipe or device); save the text to a file first.`);
    } else add(real, path, event);
  }
  return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The frontmatter fields the engine reads (`engineArticle`), and how a wrong value is described. */
const READ_FIELDS = {
  title: textError('Überschrift wie veröffentlicht', { optional: true }),
  kicker: textError('Dachzeile', { optional: true }),
  lead: textError('Vorspann', { optional: true }),
  event: textError('gipfel-2023', { optional: true }),
} as const;
const TITLE_SOURCES = ['source', 'editorial'] as const;

/**
 * Problems with the frontmatter fields the engine reads. A field of another type was dropped
 * unseen (`event: 2023` left the article without its event, `title: 42` without its headline),
 * so each is refused in the words of the site's schema. Fields the engine does not read are not
 * checked: the command reads anyone's articles, whatever else their frontmatter holds. An empty
 * field (`title:`) loses nothing and is taken as absent.
 */
function frontmatterProblems(path: string, frontmatter: Readonly<Record<string, unknown>>): ContentError[] {
  const problems: ContentError[] = [];
  for (const [field, describe] of Object.entries(READ_FIELDS)) {
    const value = frontmatter[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') {
      problems.push(new ContentError(path, field, describe({ code: 'invalid_type', input: value, path: [field] })));
    } else if (field === 'event' && value.trim() === '') {
      // An empty event would be an event of its own, named "", instead of the one given with --event.
      problems.push(new ContentError(path, field, describe({ code: 'too_small', input: value, path: [field] })));
    }
  }
  const source = frontmatter.titleSource;
  if (source !== undefined && source !== null && !(TITLE_SOURCES as readonly unknown[]).includes(source)) {
    problems.push(
      new ContentError(path, 'titleSource', oneOfError(TITLE_SOURCES)({ input: source, path: ['titleSource'] })),
    );
  }
  return problems;
}

/**
 * Raw HTML, images and unsafe links in the body and the text fields, as the site's content
 * loader refuses them (src/lib/content/article-rules.ts): the engine read raw HTML blocks as
 * nothing, so their text was lost unseen, and inline tags as words of the sentence.
 */
function markupProblems(path: string, file: MarkdownFile): ContentError[] {
  const problems = findUnsafeMarkup(file.body).map(
    (problem) =>
      new ContentError(
        path,
        'body',
        `line ${problem.line + file.linesBefore} contains "${problem.found}". ${problem.fix}`,
      ),
  );
  for (const field of ['title', 'kicker', 'lead'] as const) {
    const text = file.frontmatter[field];
    if (typeof text !== 'string') continue;
    for (const problem of findUnsafeMarkup(text)) {
      const where = text.includes('\n') ? `line ${problem.line} of the ${field}` : `the ${field}`;
      const fix =
        field === 'lead' ? problem.fix : `The ${field} is plain text: remove the markup and keep only the words.`;
      problems.push(new ContentError(path, field, `${where} contains "${problem.found}". ${fix}`));
    }
  }
  return problems;
}

/** One error for all problems of a file, so that one run shows them all; it starts with the file. */
function refuse(path: string, problems: readonly ContentError[]): InputError {
  if (problems.length === 1) return new InputError(problems[0]!.message);
  const lines = problems.map(({ field, problem }) => `  - field "${field}": ${problem}`);
  return new InputError(`${path}: ${problems.length} problems:\n${lines.join('\n')}`);
}

/**
 * Reads one article file. Markdown may carry frontmatter (its `title`, `kicker`, `lead` and
 * `event` are used; the event from the command line applies where it has none). Plain text goes
 * through the debris detector first, so no claim is ever made of a share button or a comment
 * form; an HTML page is read as `npm run add` reads it (see `readPage`). The id is the file name
 * without extension. Empty, binary and non-UTF-8 text files are refused, and so is Markdown
 * the site's content loader would refuse for what the engine would lose: raw HTML, a frontmatter
 * without its closing "---", and fields the engine reads holding something other than text.
 */
export async function readArticle(path: string, event?: string): Promise<ReadArticle> {
  // The size before reading, the limits before parsing: text over a limit is refused with its
  // line instead of taking minutes or overflowing the stack (src/lib/content/limits.ts).
  const info = await stat(path).catch((error: unknown) => {
    throw unreadable(path, error);
  });
  const html = isHtml(path);
  const maxBytes = html ? LIMITS.htmlBytes : LIMITS.articleBytes;
  if (info.size > maxBytes)
    throw new InputError(`${path}: ${describeTooLarge(info.size, maxBytes, html ? 'an HTML page' : 'an article')}`);
  const bytes = await readFile(path).catch((error: unknown) => {
    throw unreadable(path, error);
  });
  if (html) return readPage(path, bytes, event);
  const decoded = decodeRawText(bytes);
  if (!decoded.ok) throw new InputError(describeRawTextProblem(path, decoded.problem));
  const text = decoded.text;
  const hidden = findHiddenCharacter(text);
  if (hidden) throw new InputError(`${path}: ${describeHiddenCharacter(hidden, path)}`);
  const id = basename(path, extname(path));
  if (extname(path) === '.txt') {
    const limit = checkTextLimits(text, 'text');
    if (limit) throw new InputError(`${path}: ${limit.problem}`);
    const debris = detectDebris(text);
    if (debris.kept.trim() === '') {
      throw new InputError(
        `${path}: all ${debris.lines.length} non-empty lines are page debris (${[...new Set(debris.lines.map((l) => l.reason))].join(', ')}); there is no article text.`,
      );
    }
    return {
      article: { id, body: debris.kept, format: 'text', event },
      setAside: debris.lines.map((line) => ({ file: path, ...line })),
    };
  }
  let file: MarkdownFile;
  try {
    file = splitFrontmatter(text);
  } catch (error) {
    if (error instanceof FrontmatterError) throw new InputError(`${path}: ${error.message}`);
    throw error;
  }
  const fieldProblems = frontmatterProblems(path, file.frontmatter);
  if (fieldProblems.length > 0) throw refuse(path, fieldProblems);
  if (file.body.trim() === '') throw new InputError(`${path}: the file has no text below its frontmatter.`);
  const limit = checkTextLimits(file.body, 'markdown', file.linesBefore);
  if (limit) throw new InputError(`${path}: ${limit.problem}`);
  for (const field of ['title', 'kicker', 'lead'] as const) {
    const value = file.frontmatter[field];
    if (typeof value === 'string') checkedField(path, field, value);
  }
  // After the limits: the check parses the text, which over a limit would take minutes.
  const markup = markupProblems(path, file);
  if (markup.length > 0) throw refuse(path, markup);
  const article = engineArticle(id, file.body, file.frontmatter);
  return { article: { ...article, event: article.event ?? event }, setAside: [] };
}

/**
 * The article text of a page saved from a browser, read as `npm run add` reads it: in the encoding
 * the page declares, with navigation, header, footer, forms, buttons and captions set aside by the
 * element they come from and the other lines by the debris detector's rules. The line numbers of
 * what is set aside count the lines of the page's text (the .txt `npm run add` saves beside the
 * page), not of its HTML.
 */
function readPage(path: string, bytes: Uint8Array, event: string | undefined): ReadArticle {
  const decoded = decodePage(bytes, path, extname(path));
  if (!decoded.ok) throw new InputError(decoded.message);
  let seed: Seed;
  try {
    seed = seedFromHtml(decoded.text, path);
  } catch (error) {
    if (error instanceof ImportLimitError) throw new InputError(`${path}: ${error.message}`);
    throw error;
  }
  const setAside = seed.lines.flatMap((line) =>
    line.debris.map((piece) => ({ file: path, line: line.line, ...piece })),
  );
  const body = seed.lines.map((line) => line.text).join('\n');
  if (body.trim() === '') {
    const reasons = [...new Set(setAside.map((line) => line.reason))].join(', ');
    throw new InputError(
      `${path}: the page has no article text${reasons ? `, only page debris (${reasons})` : ''}. Check that it is the article's page, saved once it had loaded.`,
    );
  }
  const limit = checkTextLimits(body, 'text');
  if (limit) throw new InputError(`${path}: its text ${limit.problem}`);
  return { article: { id: basename(path, extname(path)), body, format: 'text', event }, setAside };
}

/** A frontmatter text the engine reads (title, kicker, lead), within the limits. */
function checkedField(path: string, field: string, value: string): void {
  const limit = checkTextLimits(value);
  if (limit) throw new InputError(`${path}: field "${field}": in the ${field}: ${limit.problem}`);
}

/** Reads all inputs; two files with the same name would give two articles one id. */
export async function readArticles(inputs: readonly InputSpec[]): Promise<ReadResult> {
  const notes: string[] = [];
  const files = await expandPaths(inputs, notes);
  const byId = new Map<string, string>();
  for (const { path } of files) {
    const id = basename(path, extname(path));
    const previous = byId.get(id);
    if (previous)
      throw new InputError(
        `${path}: has the same name as ${previous}; article ids come from file names and must differ.`,
      );
    byId.set(id, path);
  }
  const read = await Promise.all(files.map((file) => readArticle(file.path, file.event)));
  return {
    articles: read.map((r) => r.article),
    files: files.map((file) => file.path),
    setAside: read.flatMap((r) => r.setAside),
    notes,
  };
}

/** The real path a file would have, also when it does not exist yet (its folder must). */
export async function realTarget(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    const dir = await realpath(dirname(path)).catch(() => dirname(path));
    return join(dir, basename(path));
  }
}
