import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import type { EngineArticle } from '../../src/lib/claims/types.ts';

/** A problem with one input file, worded for the person who ran the command. */
export class InputError extends Error {
  override name = 'InputError';
}

const EXTENSIONS = new Set(['.md', '.txt']);

/** Expands files and folders (recursively) into the sorted list of `.md` and `.txt` files. */
export async function expandPaths(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new InputError(`${path}: no such file or folder.`);
    if (info.isDirectory()) {
      const entries = (await readdir(path, { recursive: true })).map((entry) => join(path, entry));
      const found = entries.filter((entry) => EXTENSIONS.has(extname(entry)) && !basename(entry).startsWith('.'));
      if (found.length === 0) throw new InputError(`${path}: the folder holds no .md or .txt files.`);
      files.push(...found);
    } else if (!EXTENSIONS.has(extname(path))) {
      throw new InputError(`${path}: expected a .md or .txt file.`);
    } else files.push(path);
  }
  return [...new Set(files)].sort();
}

/**
 * Reads one article file. Markdown may carry frontmatter (its `lead` and `event` are used);
 * the id is the file name without extension. Empty and binary files are refused.
 */
export async function readArticle(path: string): Promise<EngineArticle> {
  const bytes = await readFile(path);
  if (bytes.includes(0)) throw new InputError(`${path}: this looks like a binary file, not German text.`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${path}: not valid UTF-8 text. Save it as UTF-8.`);
  }
  const id = basename(path, extname(path));
  if (text.trim() === '') throw new InputError(`${path}: the file is empty.`);
  if (extname(path) === '.txt') {
    return { id, body: text, format: 'text' };
  }
  let file;
  try {
    file = splitFrontmatter(text);
  } catch (error) {
    throw new InputError(`${path}: the frontmatter is not valid YAML: ${(error as Error).message}`);
  }
  if (file.body.trim() === '') throw new InputError(`${path}: the file has no text below its frontmatter.`);
  const lead = typeof file.frontmatter.lead === 'string' ? file.frontmatter.lead : undefined;
  const event = typeof file.frontmatter.event === 'string' ? file.frontmatter.event : undefined;
  return { id, body: file.body, lead, event, format: 'markdown' };
}

/** Reads all inputs; two files with the same name would give two articles one id. */
export async function readArticles(paths: readonly string[]): Promise<EngineArticle[]> {
  const files = await expandPaths(paths);
  const byId = new Map<string, string>();
  for (const file of files) {
    const id = basename(file, extname(file));
    const previous = byId.get(id);
    if (previous)
      throw new InputError(
        `${file}: has the same name as ${previous}; article ids come from file names and must differ.`,
      );
    byId.set(id, file);
  }
  return Promise.all(files.map(readArticle));
}
