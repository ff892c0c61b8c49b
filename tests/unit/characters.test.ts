import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EditorialError } from '../../src/lib/claims/editorial-error.ts';
import { parseEditorial } from '../../src/lib/claims/editorial.ts';
import { describeHiddenCharacter, findHiddenCharacter } from '../../src/lib/content/characters.ts';
import { readArticle } from '../../scripts/lib/read-inputs.ts';

const work = mkdtempSync(join(tmpdir(), 'synopse-characters-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('hidden characters', () => {
  it.each([
    ['a NUL byte', 'Satz eins.\nSatz\u0000 zwei.', 2, 5, 'U+0000', 'the control character'],
    ['an escape', 'Satz \u001b[31m rot.', 1, 6, 'U+001B', 'the control character'],
    ['a right-to-left override', 'Titel: \u202Egnalfpme', 1, 8, 'U+202E', 'the bidirectional control'],
    ['a left-to-right isolate', '\n\nA \u2066B', 3, 3, 'U+2066', 'the bidirectional control'],
    ['a trailing zero-width space', 'Gipfel in Wostotschny\u200B', 1, 22, 'U+200B', 'the invisible character'],
    ['a zero-width joiner', 'Kim\u200DJong', 1, 4, 'U+200D', 'the invisible character'],
  ])('finds %s with its line and column', (_, text, line, column, codePoint, what) => {
    const found = findHiddenCharacter(text);
    expect(found).toMatchObject({ line, column, codePoint });
    expect(describeHiddenCharacter(found!, 'x.md')).toMatch(
      new RegExp(`^line ${line}, column ${column} contains ${what} \\${codePoint.replace('+', '\\+')}`),
    );
  });

  it('leaves tabs, line breaks, a leading byte-order mark and German typography alone', () => {
    expect(
      findHiddenCharacter('\uFEFF„Zitat“ – sagte er.\tTab\r\nZeile «so» … 25\u202F000 Franken, 5\u00A0km'),
    ).toBeUndefined();
  });

  it('counts the lines above the text, so messages name the file line', () => {
    expect(findHiddenCharacter('a\nb\u200Bc', 14)?.line).toBe(16);
  });
});

describe('npm run claims refuses hidden characters in its inputs', () => {
  it('names the file, line and character of a bidirectional control in a Markdown article', async () => {
    const file = join(work, 'artikel.md');
    writeFileSync(file, '---\nevent: gipfel\n---\n\nPutin trifft Kim.\n\nDer \u202Eknaw\u202C Satz.\n');
    await expect(readArticle(file)).rejects.toThrow(
      `${file}: line 7, column 5 contains the bidirectional control U+202E (RIGHT-TO-LEFT OVERRIDE)`,
    );
  });
});

describe('npm run claims reads frontmatter as the build does', () => {
  it('refuses TOML frontmatter, which it read as body text ("title = …" became a sentence)', async () => {
    const file = join(work, 'toml.md');
    writeFileSync(file, '+++\ntitle = "Gipfel"\nevent = "gipfel"\n+++\n\nPutin trifft Kim.\n');
    await expect(readArticle(file)).rejects.toThrow(`${file}: line 1: the frontmatter is written in TOML`);
  });
});

describe('claims.yaml labels follow the rules of titles', () => {
  const entry = (label: string) =>
    `version: 1\nentries:\n  - action: name\n    quote: { article: a, text: 'gut genug zitiert' }\n    label: '${label}'\n`;

  it('refuses a bidirectional control in a label, naming the line', () => {
    expect(() => parseEditorial(entry('Russland \u202Eadnagaporp'), 'content/claims.yaml')).toThrow(
      'content/claims.yaml: line 5, column 22 contains the bidirectional control U+202E (RIGHT-TO-LEFT OVERRIDE)',
    );
  });

  it('refuses markup in a label, as in a title', () => {
    const parse = () => parseEditorial(entry('Mehr <b>Munition</b>'), 'content/claims.yaml');
    expect(parse).toThrow(EditorialError);
    expect(parse).toThrow(
      'content/claims.yaml, entry 1: field "label": the label contains "<b>". The label is shown as plain text',
    );
  });

  it('accepts a plain label', () => {
    expect(parseEditorial(entry('Russland braucht Munition'), 'c.yaml').entries).toHaveLength(1);
  });
});
