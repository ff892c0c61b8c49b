import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArticle } from '../../src/lib/content/article-rules.ts';
import { markdownBody } from '../../src/lib/content/frontmatter.ts';
import { findUnsupportedMarkdown } from '../../src/lib/content/unsupported-markdown.ts';
import { CONTENT, ROOT } from '../support/paths.ts';

const FIXES = {
  table: "write the table's figures as sentences",
  footnote: "put the footnote's text in the sentence",
  heading: 'use "## " for a subhead',
};

/** Every Markdown file below `dir`. */
const markdownFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name));

describe('findUnsupportedMarkdown', () => {
  it.each([
    ['a GFM table', '| Land | Zahl |\n|---|---|\n| Russland | 2 |', '| Land | Zahl |', 3, FIXES.table],
    ['a table without outer pipes', 'Land | Zahl\n--- | ---:\nRussland | 2', 'Land | Zahl', 3, FIXES.table],
    ['a table in a quote', '> | a | b |\n> |---|---|', '> | a | b |', 3, FIXES.table],
    ['a footnote marker', 'Ein Satz mit Fußnote.[^1]', '[^1]', 3, FIXES.footnote],
    ['a footnote definition', '[^1]: Die Fußnote.', '[^1]:', 3, FIXES.footnote],
    ['a footnote defined as a link', 'Satz.[^q]\n\n[^q]: https://example.org', '[^q]', 3, FIXES.footnote],
    ['a first-level heading', '# Erste Ebene', '# Erste Ebene', 3, FIXES.heading],
    ['a first-level heading underlined', 'Erste Ebene\n===', 'Erste Ebene', 3, FIXES.heading],
  ])('finds %s, on the line it stands, with the fix', (_, markdown, found, line, fix) => {
    const problems = findUnsupportedMarkdown(`Erster Absatz.\n\n${markdown}\n`);
    expect(problems[0]).toMatchObject({ line, found });
    expect(problems[0]!.fix).toContain(fix);
  });

  it('lets subheads, pipes and brackets in sentences, and escaped markers pass', () => {
    expect(findUnsupportedMarkdown('## Ort des Treffens\n\nText.\n\n### Klein\n')).toEqual([]);
    expect(findUnsupportedMarkdown('Ein Satz | mit Strich - und mehr.\n\nKim [sic] sagte \\[^1].\n')).toEqual([]);
    expect(findUnsupportedMarkdown('Ein Satz.\n\n---\n\nNoch einer.\n')).toEqual([]);
  });

  it('refuses none of the articles and fixtures that must build', () => {
    const files = [
      ...markdownFiles(join(CONTENT, 'articles')),
      ...markdownFiles(join(ROOT, 'tests/fixtures/bad-input/base')),
      ...markdownFiles(join(ROOT, 'tests/fixtures/sixth-article/articles')),
      ...markdownFiles(join(ROOT, 'tests/fixtures/import-pages')),
    ];
    expect(files.length).toBeGreaterThanOrEqual(5 + 1 + 1 + 10);
    const refused = files.flatMap((file) =>
      findUnsupportedMarkdown(markdownBody(readFileSync(file, 'utf8'))).map(
        (problem) => `${relative(ROOT, file)}:${problem.line} ${problem.found}`,
      ),
    );
    expect(refused).toEqual([]);
  });
});

describe('the build refuses unsupported Markdown in an article, naming the file line', () => {
  const inventory = { eventIds: new Set(['gipfel']), sourceFiles: new Set(['a.txt']), sourcesDir: 'content/sources' };
  const article = { filePath: 'content/articles/a.md', eventId: 'gipfel', agencies: [], source: 'a.txt' };

  it('in the body', () => {
    const body = 'Erster Absatz.\n\n| Land | Zahl |\n|---|---|\n| Russland | 2 |\n\n# Erste Ebene\n\nSatz.[^1]';
    expect(checkArticle({ ...article, body, bodyLinesBefore: 14 }, inventory).map((e) => e.message)).toEqual([
      `content/articles/a.md: field "body": line 17 contains "| Land | Zahl |". Tables are not shown as tables, their rows would read as sentences: ${FIXES.table}.`,
      `content/articles/a.md: field "body": line 21 contains "# Erste Ebene". The title is the page's only first-level heading: ${FIXES.heading} (a line of "===" below text makes a first-level heading too).`,
      `content/articles/a.md: field "body": line 23 contains "[^1]". Footnotes are not shown as footnotes, the marker would stand in the text as typed: ${FIXES.footnote} and remove the marker.`,
    ]);
  });

  it('in the lead, which is rendered as Markdown too', () => {
    const errors = checkArticle({ ...article, body: 'Text.', lead: 'Ein Vorspann.[^1]' }, inventory);
    expect(errors.map((e) => e.message)).toEqual([
      `content/articles/a.md: field "lead": the lead contains "[^1]". Footnotes are not shown as footnotes, the marker would stand in the text as typed: ${FIXES.footnote} and remove the marker.`,
    ]);
  });
});
