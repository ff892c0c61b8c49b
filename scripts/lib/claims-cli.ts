/**
 * The claims command (`npm run claims`, entry scripts/claims.mjs): finds the claims shared by
 * German articles (.md with or without frontmatter, .txt, or .html saved from a browser) and
 * prints the same JSON as dist/claims.json on stdout. Plain-text files and HTML pages are raw
 * pages: page debris is set aside first and listed on stderr. Errors go to stderr with exit code
 * 1; progress is shown on stderr when it is a terminal.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { once } from 'node:events';
import { lstat, open, readFile, readlink, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { analyseCorpus } from '../../src/lib/claims/engine.ts';
import { EVENT_SPAN_DAYS, findEventMismatches, formatStatedDate } from '../../src/lib/claims/event-check.ts';
import { EditorialError } from '../../src/lib/claims/editorial-error.ts';
import { CONTENT_DIR } from '../../src/lib/content/location.ts';
import { jsonBlocks } from '../../src/lib/json-stream.ts';
import { invocationFolder, readCommandLine, userPath } from './args.ts';
import { InputError, readArticles, realTarget, type InputSpec } from './read-inputs.ts';

const USAGE = `Usage: npm run -s claims -- [--output claims.json] [--event SLUG] <file.md|file.txt|file.html|folder> [...]
       npm run -s claims -- --check-editorial [CONTENT_FOLDER]
  Prints the claims JSON on stdout (npm's -s keeps npm's own banner out of it),
  or writes it to the file given with --output.
  --event SLUG  the files and folders after it report that event (until the next --event);
                Markdown files with "event:" in their frontmatter keep their own. Claims are
                only formed between articles of one event; articles without an event are first
                grouped into stories (listed in the JSON) and claims form inside each story.
  --check-editorial  applies CONTENT_FOLDER/claims.yaml (default: content) to the articles in
                CONTENT_FOLDER/articles as the build does: an entry whose quoted words are gone
                fails (exit 1); an entry that no longer changes anything is listed as a warning.
  A page saved from a browser (.html) is read as npm run add reads it; the lines of what is
  set aside count the lines of its text.
  Paths are taken from the folder npm was run in. Put -- before file names that start with
  a dash: npm run -s claims -- -- -datei.txt`;

/** Warnings and stories printed at most, whatever the size of the corpus; the JSON has them all. */
const WARNINGS_SHOWN = 5;

/** What the command line asks for: the claims of some inputs, or a check of an editorial file. */
export type Command =
  { kind: 'claims'; output?: string | undefined; inputs: InputSpec[] } | { kind: 'check-editorial'; folder: string };

/**
 * Reads the command's arguments; relative paths are taken from the folder the user ran the
 * command from (see `userPath`). Nothing given is left unused: an argument that does not fit is
 * refused with what to write instead. `--check-editorial` may stand anywhere among them.
 */
export function parseClaimsArgs(args: readonly string[], folder: string = invocationFolder()): Command {
  const { values, flags, positionals, trailing } = readCommandLine(
    args,
    {
      output: { type: 'string', short: 'o', missing: '--output needs a file name.' },
      event: {
        type: 'string',
        missing: '--event needs an event name, e.g. --event gipfel-2023.',
        repeatable: true,
      },
      'check-editorial': { type: 'boolean' },
    },
    USAGE,
    (message) => new InputError(message),
    (argument) => existsSync(userPath(argument, folder)),
  );
  if (positionals.some(({ value }) => value === '-')) {
    throw new InputError(
      '"-": standard input is not read; the claims command reads files and folders only. Save the text to a file and name that, e.g. npm run -s claims -- artikel.txt',
    );
  }
  if (flags.has('check-editorial')) {
    for (const option of ['output', 'event'] as const) {
      if (values[option] !== undefined) {
        throw new InputError(
          `--check-editorial writes no claims and reads the events from the articles' frontmatter; leave out --${option}.`,
        );
      }
    }
    if (positionals.length > 1) {
      throw new InputError(
        `--check-editorial takes one content folder (the folder of claims.yaml and articles/), not ${positionals.length}: ${positionals.map(({ value }) => value).join(', ')}.\n${USAGE}`,
      );
    }
    const given = positionals[0]?.value;
    return { kind: 'check-editorial', folder: given === undefined ? CONTENT_DIR : userPath(given, folder) };
  }
  if (positionals.length === 0) throw new InputError(`no files or folders given.\n${USAGE}`);
  if (trailing.has('event')) {
    throw new InputError(
      `--event ${values.event} comes after the last file or folder, so it applies to none; put it before the files and folders that report that event.`,
    );
  }
  const inputs = positionals.map(({ value, before }) => ({ path: userPath(value, folder), event: before.event }));
  const output = values.output === undefined ? undefined : userPath(values.output, folder);
  return { kind: 'claims', output, inputs };
}

/**
 * Refuses an output that is not a regular file (or a new one): the claims are written to a
 * temporary file and renamed over the target, which would turn a named pipe, a device (as root,
 * /dev/null) or a symbolic link into a plain file. Each kind is refused by name.
 */
async function refuseNonRegular(output: string): Promise<void> {
  const info = await lstat(output).catch(() => undefined);
  if (!info || info.isFile()) return;
  if (info.isSymbolicLink()) {
    const target = await readlink(output).catch(() => '?');
    throw new InputError(
      `--output ${output}: is a symbolic link (to "${target}"); writing would replace the link by a file. Give the path of the file itself, or a new file name.`,
    );
  }
  if (info.isDirectory()) {
    throw new InputError(
      `--output ${output}: is a folder. Give a file name, e.g. --output ${join(output, 'claims.json')}.`,
    );
  }
  const kind = info.isFIFO()
    ? 'a named pipe (FIFO)'
    : info.isCharacterDevice() || info.isBlockDevice()
      ? 'a device'
      : info.isSocket()
        ? 'a socket'
        : 'not a regular file';
  throw new InputError(
    `--output ${output}: is ${kind}, not a regular file; writing would replace it by a file. To send the claims there, leave out --output and redirect the standard output: npm run -s claims -- FILES > ${output}`,
  );
}

/** Refuses an output path that cannot be written, before the (possibly long) analysis runs. */
async function checkOutput(output: string, inputs: readonly string[]): Promise<void> {
  await refuseNonRegular(output);
  const folder = await stat(dirname(output)).catch(() => undefined);
  if (!folder?.isDirectory()) {
    throw new InputError(
      `--output ${output}: the folder ${dirname(output)} does not exist. Create it or choose another path.`,
    );
  }
  const target = await realTarget(output);
  for (const input of inputs) {
    if ((await realTarget(input)) === target) {
      throw new InputError(
        `--output ${output}: is also an input (${input}); writing the claims there would destroy it. Choose another output file.`,
      );
    }
  }
}

/**
 * Writes the blocks to stdout as fast as the reader takes them. A reader that ends early
 * ("npm run -s claims … | head") closes the pipe: the rest is not written, and the command says
 * so instead of failing with a stack trace.
 */
async function writeToStdout(blocks: Iterable<Uint8Array>): Promise<void> {
  let failure: NodeJS.ErrnoException | undefined;
  // Kept for the life of the process: a write can fail after the last block was handed over.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => (failure ??= error));
  try {
    for (const block of blocks) {
      if (failure) break;
      if (!process.stdout.write(block)) await once(process.stdout, 'drain');
    }
  } catch (error) {
    failure ??= error as NodeJS.ErrnoException;
  }
  if (failure?.code === 'EPIPE')
    throw new InputError('the output was closed before the JSON was complete (the program reading it ended).');
  if (failure) throw failure;
}

/**
 * Writes a file so that it is either complete or untouched: into a temporary file in the same
 * folder (same file system, so the rename is atomic), then renamed over the target. The target
 * is checked again just before the rename: it may have become a pipe or a link meanwhile.
 */
async function writeAtomically(path: string, blocks: Iterable<Uint8Array>): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const file = await open(temp, 'wx');
    try {
      for (const block of blocks) await file.write(block);
    } finally {
      await file.close();
    }
    await refuseNonRegular(path);
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    if (error instanceof InputError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'EISDIR') throw new InputError(`--output ${path}: is a folder. Give a file name.`);
    throw new InputError(
      `--output ${path}: could not be written (${code ?? (error as Error).message}); nothing was changed.`,
    );
  }
}

/** "1 article", "2 articles". */
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Applies the editorial file to the content's articles as the build does, and reports on it. */
async function checkEditorial(folder: string): Promise<number> {
  const info = await stat(folder).catch(() => undefined);
  if (!info) throw new InputError(`--check-editorial ${folder}: no such folder.`);
  if (!info.isDirectory()) {
    throw new InputError(
      `--check-editorial ${folder}: not a folder. It takes the content folder (with claims.yaml and articles/); to find the claims of files, leave out --check-editorial.`,
    );
  }
  const file = join(folder, 'claims.yaml');
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw new InputError(`${file}: no editorial file there.`);
    throw error;
  });
  // Loaded here, not at the top: its schema brings Zod, a sixth of the command's start-up, which
  // only this option needs.
  const { parseEditorial } = await import('../../src/lib/claims/editorial.ts');
  const editorial = parseEditorial(text, file);
  const { articles } = await readArticles([{ path: join(folder, 'articles'), event: undefined }]);
  const result = analyseCorpus(articles, { editorial: { data: editorial, file } });
  for (const warning of result.warnings) process.stderr.write(`claims: warning: ${warning}\n`);
  const entries = editorial.entries.length;
  process.stderr.write(
    `claims: ${file}: ${count(entries, 'entry', 'entries')} checked against ${count(articles.length, 'article', 'articles')}; ${result.warnings.length} no longer change anything.\n`,
  );
  return 0;
}

async function main(args: readonly string[]): Promise<number> {
  // After "--" every argument is a file's name, "-h" too.
  const options = args.includes('--') ? args.slice(0, args.indexOf('--')) : args;
  if (args.length === 0 || options.includes('--help') || options.includes('-h')) {
    process.stderr.write(`${USAGE}\n`);
    return args.length === 0 ? 2 : 0;
  }
  const command = parseClaimsArgs(args);
  if (command.kind === 'check-editorial') return checkEditorial(command.folder);
  const { output, inputs } = command;
  const { articles, files, setAside, notes } = await readArticles(inputs);
  if (output) await checkOutput(output, files);
  for (const note of notes) process.stderr.write(`claims: ${note}\n`);
  if (setAside.length > 0) {
    process.stderr.write(`claims: set aside as page debris (not used for claims):\n`);
    for (const line of setAside) process.stderr.write(`  ${line.file}:${line.line}: ${line.reason}: ${line.text}\n`);
  }
  const progress = process.stderr.isTTY
    ? (done: number, total: number) => process.stderr.write(`\rcomparing sentence pairs: ${done}/${total}`)
    : undefined;
  const result = analyseCorpus(articles, { onProgress: progress });
  if (progress) process.stderr.write('\n');
  const fileOf = new Map(articles.map((article, i) => [article.id, files[i] ?? article.id]));
  const mismatches = findEventMismatches(
    articles.map((a) => ({ id: a.id, event: a.event, text: [a.kicker, a.title, a.lead, a.body].join('\n') })),
  );
  for (const mismatch of mismatches.slice(0, WARNINGS_SHOWN)) {
    const dates = mismatch.dates.map(formatStatedDate).join(', ');
    const peers = [...new Set(mismatch.peerDates.map(formatStatedDate))].slice(0, 5).join(', ');
    process.stderr.write(
      `claims: warning: ${fileOf.get(mismatch.article)} dates what it reports ${dates}, more than ${EVENT_SPAN_DAYS} days from the other articles of event ${mismatch.event} (${peers}): it may report a different event. Give it its own with --event or event: in its frontmatter.\n`,
    );
  }
  if (mismatches.length > WARNINGS_SHOWN) {
    process.stderr.write(
      `claims: warning: ${mismatches.length - WARNINGS_SHOWN} more articles date what they report far from their event; check the events given to them.\n`,
    );
  }
  for (const warning of result.warnings) process.stderr.write(`claims: warning: ${warning}\n`);
  for (const event of result.events) {
    process.stderr.write(
      `claims: ${event.id === null ? 'all inputs (no event given)' : `event ${event.id}`}: ${count(event.articles.length, 'article', 'articles')}, ${count(event.claims.length, 'claim', 'claims')}\n`,
    );
  }
  if (result.events.some((event) => event.id === null)) {
    const grouped = result.stories.reduce((n, story) => n + story.articles.length, 0);
    process.stderr.write(
      `claims: without an event, articles are grouped into stories first: ${count(result.stories.length, 'story', 'stories')} of two or more articles (${count(grouped, 'article', 'articles')}); claims form only inside a story\n`,
    );
    for (const story of result.stories.slice(0, WARNINGS_SHOWN))
      process.stderr.write(
        `claims:   ${story.label}: ${count(story.articles.length, 'article', 'articles')} (${story.articles
          .slice(0, 3)
          .map((id) => fileOf.get(id) ?? id)
          .join(', ')}${story.articles.length > 3 ? ', …' : ''})\n`,
      );
    if (result.stories.length > WARNINGS_SHOWN)
      process.stderr.write(
        `claims:   … and ${result.stories.length - WARNINGS_SHOWN} more (see "stories" in the JSON)\n`,
      );
  }
  process.stderr.write(`claims: passages in more than one claim: ${result.stats.passagesInSeveralClaims}\n`);
  // In blocks, never as one string: 10,000 articles give 65 MB of JSON, twice that as a string.
  if (output) await writeAtomically(output, jsonBlocks(result));
  else await writeToStdout(jsonBlocks(result));
  return 0;
}

/**
 * Runs the claims command with its arguments and returns its exit code: 0 done, 1 an error
 * (written to stderr), 2 no arguments (usage written to stderr).
 */
export async function runClaimsCommand(args: readonly string[]): Promise<number> {
  try {
    return await main(args);
  } catch (error) {
    process.stderr.write(
      `claims: ${error instanceof InputError || error instanceof EditorialError ? error.message : String(error)}\n`,
    );
    return 1;
  }
}
