import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { FrontmatterError, markdownBody, splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { CONTENT } from '../support/paths.ts';

/**
 * The content loader no longer stores bodies: it checks, and the pages render, the body taken
 * from the file by `markdownBody`. That must be exactly the body Astro's Markdown entry type gave
 * (`parseFrontmatter(..., 'empty-with-spaces').content.trim()`), or offsets and pages would move.
 */
const astroBody = (text: string) => parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }).content.trim();

describe('markdownBody gives the body Astro gave', () => {
  const dir = join(CONTENT, 'articles');
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.md'))) {
    it(name, () => {
      const text = readFileSync(join(dir, name), 'utf8');
      expect(markdownBody(text)).toBe(astroBody(text));
    });
  }

  const cases: Record<string, string> = {
    'no frontmatter': '  Nur Text.\n\nZweiter Absatz.\n',
    'byte-order mark': '\uFEFF---\ntitle: x\n---\n\nText.\n',
    'blank lines before the frontmatter': '\n\n---\ntitle: x\n---\nText.',
    'CRLF line ends': '---\r\ntitle: x\r\n---\r\n\r\nText.\r\n',
    'a rule in the body': '---\ntitle: x\n---\n\nEins.\n\n---\n\nZwei.\n',
    'dollar signs': '---\ntitle: $& $1\n---\nPreis: $$ 5.\n',
    'empty body': '---\ntitle: x\n---\n',
  };
  for (const [name, text] of Object.entries(cases)) {
    it(name, () => expect(markdownBody(text)).toBe(astroBody(text)));
    it(`${name}: the reader the build and the CLI share gives the same body`, () =>
      expect(splitFrontmatter(text).body).toBe(markdownBody(text)));
  }
});

describe('one reading of frontmatter for the build and the CLI', () => {
  it('refuses TOML frontmatter, which the build read and npm run claims took for body text', () => {
    expect(() => splitFrontmatter('+++\ntitle = "x"\nevent = "gipfel"\n+++\nText.\n')).toThrow(
      'line 1: the frontmatter is written in TOML (between lines of "+++"), which is not read. Write it in YAML',
    );
    expect(() => splitFrontmatter('\n\n+++\ntitle = "x"\n+++\nText.\n')).toThrow(FrontmatterError);
  });

  it('reads an unquoted date as a date, as the build did, and names the file line of a YAML error', () => {
    expect(splitFrontmatter('---\ndate: 2023-09-13\n---\nText.').frontmatter.date).toBeInstanceOf(Date);
    expect(() => splitFrontmatter('\n---\ntitle: a\ntitle: b\n---\nText.')).toThrow(
      'the frontmatter is not valid YAML (line 4): Map keys must be unique.',
    );
  });

  it('refuses a frontmatter whose closing line of "---" is missing, which read as six missing fields', () => {
    const unclosed = '---\ntitle: x\nevent: gipfel\n\nText des Artikels.\n';
    expect(() => splitFrontmatter(unclosed)).toThrow(
      'line 1: the frontmatter opens with a line of "---" that no line of "---" closes. Add a line of "---" after its last field, above the article text.',
    );
    expect(() => splitFrontmatter(`\uFEFF\n\n${unclosed}`)).toThrow(/^line 3: the frontmatter opens/);
    // A file without frontmatter, which the CLI reads, and a closed one are read as before.
    expect(splitFrontmatter('Nur Text.\n\n---\n\nMehr Text.\n').frontmatter).toEqual({});
    expect(splitFrontmatter('---\ntitle: x\n---').frontmatter).toEqual({ title: 'x' });
  });

  it('refuses a frontmatter that is a list or a single value, which read as no fields at all', () => {
    expect(() => splitFrontmatter('---\n- title: x\n- event: gipfel\n---\nText.\n')).toThrow(
      'line 2: the frontmatter is a list, not fields. Expected "key: value" lines between two lines of "---"',
    );
    expect(() => splitFrontmatter('---\nGipfel in Wostotschny\n---\nText.\n')).toThrow(
      /^line 2: the frontmatter is a single value/,
    );
    // An empty block, or one of comments only, has no fields and is no mistake of form.
    expect(splitFrontmatter('---\n# noch leer\n---\nText.\n').frontmatter).toEqual({});
  });

  it('counts the lines above the body', () => {
    expect(splitFrontmatter('---\ntitle: x\n---\n\nText.').linesBefore).toBe(4);
  });
});
