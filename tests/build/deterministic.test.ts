import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuild } from '../support/astro.ts';

const work = mkdtempSync(join(tmpdir(), 'synopse-twice-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function files(dir: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else found.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return found;
}

describe('the same content builds the same site', () => {
  it('gives byte-identical HTML, claims.json and search index in two clean builds', () => {
    const outputs = ['a', 'b'].map((name) => {
      const out = join(work, name);
      const result = runBuild({ SYNOPSE_OUT_DIR: out, SYNOPSE_CACHE_DIR: join(work, `cache-${name}`) });
      expect(result.status, result.output.slice(-2000)).toBe(0);
      return files(out);
    });
    const [a, b] = outputs as [Map<string, Buffer>, Map<string, Buffer>];
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    expect([...a.keys()].some((f) => f.startsWith('pagefind/'))).toBe(true);
    const different = [...a].filter(([file, bytes]) => !bytes.equals(b.get(file)!)).map(([file]) => file);
    expect(different).toEqual([]);
  });
});
