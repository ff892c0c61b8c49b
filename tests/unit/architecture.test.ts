import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.ts';

/** One import: the file it stands in, its specifier, and the repository path it names (relative specifiers only). */
interface Import {
  file: string;
  from: string;
  /** The imported file relative to the repository root, e.g. `src/lib/content/vocabulary.ts`. */
  target?: string | undefined;
}

/**
 * Every import specifier of the TypeScript and Astro files under a folder (static imports, `export
 * ... from` and `import()`), with the file it stands in and, for a relative one, the path it names.
 */
function imports(folder: string): Import[] {
  const found: Import[] = [];
  for (const entry of readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(?:ts|astro)$/.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    for (const match of readFileSync(path, 'utf8').matchAll(
      /\bfrom\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm,
    )) {
      const from = (match[1] ?? match[2] ?? match[3])!;
      const target = from.startsWith('.') ? relative(ROOT, resolve(dirname(path), from)) : undefined;
      found.push({ file: relative(ROOT, path), from, target });
    }
  }
  return found;
}

/** The imports among `found` whose target lies under one of `folders`. */
const into = (found: readonly Import[], ...folders: string[]): Import[] =>
  found.filter((i) => i.target !== undefined && folders.some((folder) => i.target!.startsWith(`${folder}/`)));

describe('the import directions', () => {
  it('src/lib/text, the bottom layer, imports neither the claim engine nor content rules nor the importer', () => {
    const text = imports('src/lib/text');
    expect(text.length).toBeGreaterThan(5);
    expect(into(text, 'src/lib/claims', 'src/lib/content', 'src/lib/import')).toEqual([]);
  });

  it('src/lib/content imports neither the claim engine nor the importer', () => {
    const content = imports('src/lib/content');
    expect(content.length).toBeGreaterThan(5);
    expect(into(content, 'src/lib/claims', 'src/lib/import')).toEqual([]);
  });

  it('the importer (src/lib/import) stands apart from the claim engine', () => {
    const importer = imports('src/lib/import');
    expect(importer.length).toBeGreaterThan(5);
    expect(into(importer, 'src/lib/claims')).toEqual([]);
  });

  it('the claim engine (src/lib/claims) knows nothing of pages: it never imports the page helpers in src/lib/view', () => {
    const engine = imports('src/lib/claims');
    expect(engine.length).toBeGreaterThan(20);
    expect(into(engine, 'src/lib/view')).toEqual([]);
  });

  it('src/lib never imports Astro, so the CLI and the tests can use it without a build', () => {
    expect(imports('src/lib').filter((i) => /^astro(:|\/|$)/.test(i.from))).toEqual([]);
  });

  it('src/lib never imports what builds on it: src/data, the pages, components, layouts, loaders, plugins or scripts', () => {
    const lib = imports('src/lib');
    expect(lib.length).toBeGreaterThan(50);
    expect(
      into(lib, 'src/data', 'src/pages', 'src/components', 'src/layouts', 'src/loaders', 'src/plugins', 'scripts'),
    ).toEqual([]);
  });

  it('pages, components and layouts get their data only from src/data, never from the collections, files or the engine', () => {
    const views = [...imports('src/pages'), ...imports('src/components'), ...imports('src/layouts')];
    expect(views.length).toBeGreaterThan(20);
    expect(views.filter((i) => i.from === 'astro:content' || i.from.startsWith('node:'))).toEqual([]);
    expect(into(views, 'src/loaders', 'content')).toEqual([]);
    expect(views.filter((i) => i.target === 'src/lib/claims/engine.ts')).toEqual([]);
  });

  it('scripts import src, never the reverse', () => {
    expect(into(imports('scripts'), 'src').length).toBeGreaterThan(5);
    expect(into(imports('src'), 'scripts')).toEqual([]);
  });
});
