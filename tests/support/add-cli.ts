import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { checkArticle } from '../../src/lib/content/article-rules.ts';
import { findHiddenCharacter, hasHiddenCharacter } from '../../src/lib/content/characters.ts';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { checkIntegrity } from '../../src/lib/content/integrity.ts';
import { CONTENT, ROOT } from './paths.ts';

/** What `npm run add` answered. */
export interface AddResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * A temporary folder for `npm run add` tests, removed after the file's tests: copies of the
 * project's content, pages written into it, and the CLI run on them.
 */
export function addWorkspace(prefix: string) {
  const work = mkdtempSync(join(tmpdir(), `synopse-${prefix}-`));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  let copies = 0;
  return {
    work,
    /** A fresh copy of the project's content folder. */
    contentCopy: (): string => {
      const dir = join(work, `content-${++copies}`);
      cpSync(CONTENT, dir, { recursive: true });
      return dir;
    },
    /** Writes a page into the workspace and returns its path. */
    page: (name: string, bytes: string | Uint8Array): string => {
      const path = join(work, name);
      writeFileSync(path, bytes);
      return path;
    },
    /** Runs `npm run add -- FILE --event gipfel-wostotschny-2023 ARGS` on a content folder. */
    add: (content: string, file: string, ...args: string[]): AddResult => {
      const result = spawnSync(
        process.execPath,
        [join(ROOT, 'scripts/add-article.ts'), file, '--event', 'gipfel-wostotschny-2023', ...args],
        { cwd: ROOT, encoding: 'utf8', env: { ...process.env, SYNOPSE_CONTENT_DIR: content }, timeout: 60_000 },
      );
      return { status: result.status, stdout: result.stdout, stderr: result.stderr };
    },
  };
}

/** Every file of a folder with its bytes: to prove a refused import changed nothing. */
export function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = join(dir, entry);
    if (statSync(path).isFile()) files[entry] = readFileSync(path, 'base64');
  }
  return files;
}

/** The string values of a frontmatter with hidden characters, by field path. */
function hiddenValues(value: unknown, path: string): string[] {
  if (typeof value === 'string') return hasHiddenCharacter(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => hiddenValues(item, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => hiddenValues(item, path ? `${path}.${key}` : key));
  return [];
}

/**
 * What the build's checks say of an article `add` wrote: a hidden character in the file (the
 * loader scans it) or in a frontmatter value (the schema refuses it), the body and reference
 * rules, and the integrity check against its source. The fields `add` leaves to fill in
 * (published) are the schema's business, by design.
 */
export function loaderProblems(content: string, slug: string): unknown[] {
  const file = `content/articles/${slug}.md`;
  const contents = readFileSync(join(content, 'articles', `${slug}.md`), 'utf8');
  const hidden = findHiddenCharacter(contents);
  if (hidden) return [hidden];
  const { frontmatter: fm, body } = splitFrontmatter(contents);
  const problems: unknown[] = hiddenValues(fm, '');
  problems.push(
    ...checkArticle(
      {
        filePath: file,
        body,
        title: fm.title as string,
        kicker: fm.kicker as string | undefined,
        lead: fm.lead as string | undefined,
        eventId: fm.event as string,
        agencies: fm.agencies as string[],
        credit: fm.credit as string | undefined,
        source: fm.source as string,
      },
      {
        eventIds: new Set(readdirSync(join(content, 'events')).map((name) => name.replace(/\.\w+$/, ''))),
        sourceFiles: new Set(readdirSync(join(content, 'sources'))),
        sourcesDir: 'content/sources',
      },
    ),
  );
  const seed = readFileSync(join(content, 'sources', fm.source as string), 'utf8');
  problems.push(
    ...checkIntegrity(seed, {
      title: fm.title as string,
      titleSource: fm.titleSource as 'source' | 'editorial',
      kicker: fm.kicker as string | undefined,
      lead: fm.lead as string | undefined,
      credit: fm.credit as string | undefined,
      removed: (fm.removed as { text: string }[] | undefined) ?? [],
      body,
    }),
  );
  return problems;
}
