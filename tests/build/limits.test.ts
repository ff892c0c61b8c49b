import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAstro } from '../support/astro.ts';
import { ROOT } from '../support/paths.ts';

/**
 * The inputs of issue 22 that crashed or hung the build and `npm run claims` (a stack overflow
 * naming no file, or minutes of parsing), given to both: each is refused within seconds with
 * file, line, what was found, the limit and the fix.
 */
const work = mkdtempSync(join(tmpdir(), 'synopse-limits-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const BASE = join(ROOT, 'tests/fixtures/bad-input/base');
const ARTICLE = 'articles/gueltiger-artikel.md';
const original = readFileSync(join(BASE, ARTICLE), 'utf8');
/** The base article with another body; its frontmatter and blank line take 14 lines. */
const withBody = (body: string) => original.replace(/\n---\n[\s\S]*$/, `\n---\n\nErster Absatz.\n\n${body}\n`);
/** The file line of the body's third line (after "Erster Absatz." and a blank line). */
const LINE = 17;

const sentence = 'Der Minister sagte am Mittwoch, das Treffen sei gut verlaufen. ';
const INPUTS: [name: string, body: string, message: RegExp][] = [
  ["'> ' repeated 5,000 times", '> '.repeat(5000), new RegExp(`line ${LINE} nests quotes and lists 5,000 levels deep`)],
  ["'- ' repeated 3,000 times", '- '.repeat(3000), new RegExp(`line ${LINE} nests quotes and lists 3,000 levels deep`)],
  ["'- ' repeated 10,000 times", '- '.repeat(10_000), new RegExp(`line ${LINE} nests quotes and lists 10,000 levels`)],
  [
    'a list indented 500 levels deep',
    Array.from({ length: 500 }, (_, i) => `${'  '.repeat(i)}- Punkt ${i}`).join('\n'),
    new RegExp(`line ${LINE + 10} nests quotes and lists 11 levels deep`),
  ],
  [
    'a paragraph of 125,000 characters',
    sentence.repeat(2000).trim(),
    new RegExp(`the paragraph starting on line ${LINE} .*has more than 50,000 characters`),
  ],
];

function claims(file: string): { status: number | null; stderr: string; ms: number } {
  const start = performance.now();
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/claims.mjs'), file], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 30_000,
    killSignal: 'SIGKILL',
  });
  return { status: result.status, stderr: result.stderr, ms: performance.now() - start };
}

describe('npm run claims refuses input over a limit, in seconds', () => {
  it.each(INPUTS)('%s', (name, body, message) => {
    const file = join(work, `${name.replace(/\W+/g, '-')}.md`);
    writeFileSync(file, withBody(body));
    const { status, stderr, ms } = claims(file);
    expect(stderr).toContain(`claims: ${file}: `);
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(/at most|the most/);
    expect(stderr).not.toMatch(/Maximum call stack|\n\s+at /);
    expect(status).toBe(1);
    expect(ms).toBeLessThan(10_000);
  });

  it('refuses a plain-text input over the size limit before reading it', () => {
    const file = join(work, 'gross.txt');
    writeFileSync(file, `${sentence}\n`.repeat(110_000));
    const { status, stderr } = claims(file);
    expect(stderr).toMatch(/gross\.txt: the file has 7,040,000 bytes \(6\.71 MiB\); an article may have at most 6 MiB/);
    expect(status).toBe(1);
  });
});

describe('the build refuses an article over a limit, in seconds, naming the file line', () => {
  it.each(INPUTS.filter(([name]) => /5,000|125,000|500 levels/.test(name)))('%s', (name, body, message) => {
    const dir = join(work, `build-${name.replace(/\W+/g, '-')}`);
    cpSync(BASE, dir, { recursive: true });
    writeFileSync(join(dir, ARTICLE), withBody(body));
    const start = performance.now();
    const { status, output } = runAstro(['sync'], { SYNOPSE_CONTENT_DIR: dir, SYNOPSE_CACHE_DIR: join(dir, '.cache') });
    expect(output).toMatch(new RegExp(`articles/gueltiger-artikel\\.md: field "body": ${message.source}`));
    expect(output).not.toMatch(/Maximum call stack/);
    expect(status).not.toBe(0);
    expect(performance.now() - start).toBeLessThan(30_000);
  });
});
