import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.ts';

/** Every import specifier of the TypeScript files under a folder, with the file it stands in. */
function imports(folder: string): { file: string; from: string }[] {
  const found: { file: string; from: string }[] = [];
  for (const entry of readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const path = join(entry.parentPath, entry.name);
    for (const match of readFileSync(path, 'utf8').matchAll(/\bfrom\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]/g))
      found.push({ file: relative(ROOT, path), from: match[1] ?? match[2]! });
  }
  return found;
}

describe('the layers of src/lib', () => {
  it('src/lib/text never imports the claim engine', () => {
    const text = imports('src/lib/text');
    expect(text.length).toBeGreaterThan(5);
    expect(text.filter((i) => i.from.includes('/claims/'))).toEqual([]);
  });

  it('src/lib never imports Astro, so the CLI and the tests can use it without a build', () => {
    expect(imports('src/lib').filter((i) => /^astro(:|\/|$)/.test(i.from))).toEqual([]);
  });
});
