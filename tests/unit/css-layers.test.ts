import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.ts';

/** The cascade layers, lowest first, as global.css declares them. */
const LAYERS = ['reset', 'tokens', 'base', 'layout', 'components', 'pages', 'print'];

/** The CSS of a file: a stylesheet whole, a component its `<style>` blocks; comments removed. */
interface Sheet {
  file: string;
  css: string;
}

function sheets(folder: string): Sheet[] {
  const found: Sheet[] = [];
  for (const entry of readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(?:css|astro)$/.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    const text = readFileSync(path, 'utf8');
    const css = entry.name.endsWith('.css')
      ? text
      : [...text.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
    if (css.trim()) found.push({ file: relative(ROOT, path), css: css.replace(/\/\*[\s\S]*?\*\//g, '') });
  }
  return found;
}

/** The statements and blocks at the top level of a sheet, each by its text up to `{` or `;`. */
function topLevel(css: string): string[] {
  const found: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (c === '{') {
      if (depth === 0) found.push(css.slice(start, i).trim());
      depth++;
    } else if (c === '}') {
      depth--;
      if (depth === 0) start = i + 1;
    } else if (c === ';' && depth === 0) {
      found.push(css.slice(start, i).trim());
      start = i + 1;
    }
  }
  return found;
}

const SHEETS = [...sheets('src/styles'), ...sheets('src/components'), ...sheets('src/layouts'), ...sheets('src/pages')];

describe('CSS in cascade layers', () => {
  it('global.css, the first stylesheet that loads, declares the layer order before anything else', () => {
    const global = SHEETS.find((sheet) => sheet.file === 'src/styles/global.css')!;
    expect(topLevel(global.css)[0]).toBe(`@layer ${LAYERS.join(', ')}`);
  });

  // Unlayered rules beat every layer whatever their specificity: one stray rule would override
  // print on paper, or a component's look.
  it.each(SHEETS.map((sheet) => [sheet.file, sheet] as const))(
    '%s has no rule outside a declared layer',
    (_, sheet) => {
      for (const statement of topLevel(sheet.css)) {
        if (statement.startsWith('@import') || statement.startsWith('@page')) continue;
        if (sheet.file === 'src/styles/global.css' && statement === `@layer ${LAYERS.join(', ')}`) continue;
        expect(statement, `${sheet.file}: "${statement}" is not in a layer`).toMatch(/^@layer [a-z]+$/);
        expect(LAYERS, `${sheet.file}: ${statement}`).toContain(statement.slice('@layer '.length));
      }
    },
  );

  it('print rules win by their layer, not by !important', () => {
    for (const sheet of SHEETS) expect(sheet.css, sheet.file).not.toContain('!important');
  });

  it('colours come only from tokens.css', () => {
    for (const sheet of SHEETS) {
      if (sheet.file === 'src/styles/tokens.css') continue;
      expect(sheet.css, sheet.file).not.toMatch(/#[0-9a-f]{3,8}\b|\b(?:rgb|rgba|hsl|hsla|oklch|lab|lch)\(/i);
    }
  });
});
