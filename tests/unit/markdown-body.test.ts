import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { markdownBody } from '../../src/lib/content/frontmatter.ts';
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
    'TOML frontmatter': '+++\ntitle = "x"\n+++\nText.\n',
  };
  for (const [name, text] of Object.entries(cases)) {
    it(name, () => expect(markdownBody(text)).toBe(astroBody(text)));
  }
});
