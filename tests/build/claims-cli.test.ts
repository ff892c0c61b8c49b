import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/lib/claims/engine.ts';
import { projectArticles } from '../support/gold.ts';
import { CONTENT, ROOT, SOURCES } from '../support/paths.ts';

const work = mkdtempSync(join(tmpdir(), 'synopse-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function claims(...args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/claims.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run claims', () => {
  it('prints the same JSON the engine gives for a folder of Markdown articles', () => {
    const { status, stdout } = claims(join(CONTENT, 'articles'));
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(analyseCorpus(projectArticles()))));
  });

  it('reads plain .txt files, ids from file names', () => {
    const { status, stdout } = claims(SOURCES);
    expect(status).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.articles.map((a: { id: string }) => a.id)).toEqual([
      '000_96b6eba5b60b899a',
      '001_65e81ee260f6cf05',
      '002_98dadad234490a67',
      '003_de12604f73b84f1c',
      '004_89733a5d9f8c67a3',
    ]);
    expect(result.claims.length).toBeGreaterThan(5);
  });

  it('writes to a file with --output and gives byte-identical results on every run', () => {
    const out = join(work, 'out.json');
    expect(claims('--output', out, SOURCES).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(claims(SOURCES).stdout);
  });

  it('fails clearly on missing, empty and binary files', () => {
    const empty = join(work, 'leer.md');
    const binary = join(work, 'bild.txt');
    writeFileSync(empty, '---\ntitle: x\n---\n\n');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    for (const [file, message] of [
      [join(work, 'fehlt.md'), /fehlt\.md: no such file or folder/],
      [empty, /leer\.md: the file has no text below its frontmatter/],
      [binary, /bild\.txt: this looks like a binary file/],
    ] as const) {
      const result = claims(file);
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(message);
    }
  });

  it('refuses two files that would get the same id', () => {
    mkdirSync(join(work, 'x'), { recursive: true });
    writeFileSync(join(work, 'x', 'artikel.txt'), 'Ein Satz.');
    writeFileSync(join(work, 'artikel.md'), 'Ein Satz.');
    const result = claims(join(work, 'x'), join(work, 'artikel.md'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/same name/);
  });
});
