import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuild } from '../support/astro.ts';
import { CONTENT } from '../support/paths.ts';

/**
 * `npm run build` (scripts/build.ts) builds beside the output folder and swaps the new site in
 * only on success. A build that fails late, here on a stale entry in content/claims.yaml after
 * Astro has started writing, must leave the previous site exactly as it was, and no temporary
 * folder behind.
 */
const work = mkdtempSync(join(tmpdir(), 'synopse-keep-previous-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function runBuildScript(name: string, content: string, out: string) {
  return runBuild(
    { SYNOPSE_CONTENT_DIR: content, SYNOPSE_CACHE_DIR: join(work, name, 'cache'), SYNOPSE_OUT_DIR: out },
    { timeout: 150_000 },
  );
}

/** Every file below `dir` with its content, as path → text. */
function snapshot(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Object.fromEntries(
    files.map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return [path.slice(dir.length + 1), readFileSync(path, 'utf8')];
    }),
  );
}

/** A previous site of 87 files in nested folders. */
function previousSite(out: string): void {
  for (let i = 0; i < 87; i++) {
    const path = join(out, i % 3 === 0 ? '' : `artikel/seite-${i % 7}`, `datei-${i}.html`);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, `<p>Vorige Fassung ${i}</p>\n`);
  }
}

const leftovers = (parent: string) => readdirSync(parent).filter((name) => /^dist\.(next|old)-/.test(name));

describe('npm run build replaces the previous site only when the build succeeds', () => {
  it('a build that fails late (stale claims.yaml entry) keeps every previous file', () => {
    const parent = join(work, 'stale');
    const content = join(parent, 'content');
    const out = join(parent, 'dist');
    cpSync(CONTENT, content, { recursive: true });
    appendFileSync(
      join(content, 'claims.yaml'),
      [
        '  - action: name',
        '    quote:',
        '      article: kim-sichert-putin-unterstuetzung-zu',
        "      text: 'dieser Wortlaut kommt in keinem Artikel vor'",
        '    label: Veralteter Eintrag',
        '',
      ].join('\n'),
    );
    previousSite(out);
    const before = snapshot(out);
    expect(Object.keys(before)).toHaveLength(87);

    const result = runBuildScript('stale', content, out);

    expect(result.status, result.output.slice(-3000)).not.toBe(0);
    expect(result.status).not.toBeNull();
    // The failure is Astro's, shown as it printed it, and it happened during the build.
    expect(result.output).toMatch(/claims\.yaml/);
    expect(result.output).toMatch(/dieser Wortlaut kommt in keinem Artikel vor/);
    expect(result.output).toMatch(/Build failed: the previous site in .*dist is left as it was/);
    expect(snapshot(out)).toEqual(before);
    expect(leftovers(parent)).toEqual([]);
  });

  it('a build that succeeds replaces the previous site and leaves no temporary folder', () => {
    const parent = join(work, 'fine');
    const content = join(parent, 'content');
    const out = join(parent, 'dist');
    cpSync(CONTENT, content, { recursive: true });
    previousSite(out);

    const result = runBuildScript('fine', content, out);

    expect(result.status, result.output.slice(-3000)).toBe(0);
    const files = Object.keys(snapshot(out));
    expect(files).toContain('index.html');
    expect(files).toContain('claims.json');
    expect(files.some((file) => file.startsWith('pagefind/'))).toBe(true);
    expect(files.filter((file) => file.includes('datei-'))).toEqual([]);
    expect(leftovers(parent)).toEqual([]);
  });
});
