import { describe, expect, it } from 'vitest';
import { checkArticle } from '../../src/lib/content/article-rules.ts';
import { findHiddenCharacter } from '../../src/lib/content/characters.ts';
import { checkIntegrity } from '../../src/lib/content/integrity.ts';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { findHiddenInArticleFile } from '../../src/lib/import/article-characters.ts';
import { renderArticle } from '../../src/lib/import/article-file.ts';
import { draftArticle } from '../../src/lib/import/draft.ts';
import { ImportLimitError, seedFromHtml } from '../../src/lib/import/html-seed.ts';
import { describeTextCharacterProblem } from '../../src/lib/import/page-characters.ts';

/**
 * The build refuses an article file with a control character, a bidirectional control or a
 * zero-width character (src/lib/content/characters.ts). The importer must never write one: it
 * refuses what cannot be meant as text, with the page's line and column, and removes from an
 * HTML page the invisible formatting characters CMSs put there.
 */

/** The article file an HTML page becomes, as `npm run add` drafts it. */
function importHtml(html: string) {
  const seed = seedFromHtml(html, 'seite.html');
  const draft = draftArticle(seed, { source: 'seite.txt', event: 'gipfel-wostotschny-2023' });
  return { seed, draft, file: renderArticle(draft, { events: ['gipfel-wostotschny-2023'] }) };
}

/** The message `seedFromHtml` refuses a page with, or undefined. */
function htmlRefusal(html: string): string | undefined {
  try {
    importHtml(html);
    return undefined;
  } catch (error) {
    if (error instanceof ImportLimitError) return error.message;
    throw error;
  }
}

const page = (body: string) =>
  `<!DOCTYPE html>\n<html lang="de"><head><meta charset="utf-8"><title>Seite</title></head>\n<body>\n<h1>Putin empfängt Kim</h1>\n${body}\n</body></html>\n`;

describe('a plain-text page with characters the build refuses', () => {
  it('is refused at the control character, with the line, the column and the fix the loader gives', () => {
    // The audit's page: BEL, ESC sequences and DEL copied from a terminal.
    const text =
      'Putin traf Kim \x07\x1b[31m in Wostotschny.\x7f Es war ein Treffen.\nZweiter Satz \x1b]0;x\x07 folgt hier.\n';
    expect(describeTextCharacterProblem(text, 'ctrl.txt')).toBe(
      'line 1, column 16 contains the control character U+0007 (a control character); a page would show it as "�" or drop it. Remove it (grep -nP "\\x{0007}" ctrl.txt shows the line).',
    );
  });

  it('is refused at a right-to-left override', () => {
    expect(describeTextCharacterProblem('Titel\nDer \u202Egnalfpme\u202C kam.\n', 'a.txt')).toMatch(
      /^line 2, column 5 contains the bidirectional control U\+202E \(RIGHT-TO-LEFT OVERRIDE\).*Remove it/,
    );
  });

  it('is refused at a zero-width space, saying that the HTML page could be imported instead', () => {
    expect(describeTextCharacterProblem('Titel\nWort\u200Bteil.\n', 'a.txt')).toMatch(
      /^line 2, column 5 contains the invisible character U\+200B \(ZERO WIDTH SPACE\).*save the page as \.html/,
    );
  });

  it('is refused at a replacement character, where text was lost', () => {
    expect(describeTextCharacterProblem('Titel\nGr\uFFFDße.\n', 'a.txt')).toMatch(
      /^line 2, column 3 contains U\+FFFD \(REPLACEMENT CHARACTER/,
    );
  });

  it('is accepted with a byte-order mark at its start, tabs, no-break spaces and typographic quotes', () => {
    expect(describeTextCharacterProblem('\uFEFFTitel\n„Zitat“ –\tso\u00A0weit.\r\n', 'a.txt')).toBeUndefined();
  });
});

describe('an HTML page with characters that cannot be meant as text', () => {
  it.each([
    ['BEL', '<p>Er kam \x07 an.</p>', /^line 5, column 11 contains the control character U\+0007/],
    ['ESC', '<p>Er kam \x1b[31m an.</p>', /^line 5, column 11 contains the control character U\+001B \(ESCAPE\)/],
    [
      'a C1 control as a reference',
      '<p>Er kam &#x81; an.</p>',
      /^line 5, column 11: the character reference "&#x81;" stands for U\+0081/,
    ],
    [
      'a right-to-left override as a reference',
      '<p>Der &#x202E;gnalfpmE kam.</p>',
      /^line 5, column 8: the character reference "&#x202E;" stands for U\+202E \(RIGHT-TO-LEFT OVERRIDE\), a bidirectional control/,
    ],
    [
      'a literal right-to-left override',
      '<p>Der \u202EgnalfpmE kam.</p>',
      /^line 5, column 8 contains the bidirectional control U\+202E/,
    ],
    [
      '&#0;',
      '<p>Er kam &#0; an.</p>',
      /^line 5, column 11: the character reference "&#0;" names no character.*U\+FFFD/,
    ],
    [
      '&#xD800;',
      '<p>Er kam &#xD800; an.</p>',
      /^line 5, column 11: the character reference "&#xD800;" names no character/,
    ],
    ['a literal replacement character', '<p>Gr\uFFFDße.</p>', /^line 5, column 6 contains U\+FFFD/],
  ])('is refused at %s, with its line and column in the page', (_, body, message) => {
    expect(htmlRefusal(page(body))).toMatch(message);
  });

  it('names the character in the title when the page takes its title from <title>', () => {
    const html = '<html><head><title>Putin \x1b empfängt Kim</title></head><body><p>Er kam an.</p></body></html>';
    expect(htmlRefusal(html)).toMatch(/^line 1, column 26 contains the control character U\+001B/);
  });

  it('does not mind them in scripts and styles, which are no text of the page', () => {
    expect(htmlRefusal(page('<script>var s = "\x07\u202E";</script><p>Er kam an.</p>'))).toBeUndefined();
  });
});

describe('an HTML page with invisible formatting characters', () => {
  const html = page(
    '<p>Der Prä\u200Bsident hat Kim&ZeroWidthSpace; am Mittwoch\u2060 in Wosto&#x200B;tschny emp\uFEFFfangen.</p>\n<p>Sie sprachen &#8288;über Munition.</p>',
  );

  it('becomes an article without them, whose seed holds the same words, with a note', () => {
    const { seed, draft, file } = importHtml(html);
    expect(draft.body).toBe(
      'Der Präsident hat Kim am Mittwoch in Wostotschny empfangen.\n\nSie sprachen über Munition.',
    );
    expect(seed.text).not.toMatch(/[\u200B\u2060\uFEFF]/);
    expect(checkIntegrity(seed.text, draft)).toEqual([]);
    expect(findHiddenCharacter(file)).toBeUndefined();
    expect(draft.checks.join('\n')).toMatch(/invisible characters \(3 × U\+200B, 2 × U\+2060, 1 × U\+FEFF/);
  });

  it('becomes an article file the loader accepts: no hidden character, no rule broken', () => {
    const { file } = importHtml(html);
    expect(findHiddenCharacter(file)).toBeUndefined();
    const { frontmatter, body } = splitFrontmatter(file);
    const errors = checkArticle(
      {
        filePath: 'content/articles/x.md',
        body,
        title: String(frontmatter.title),
        eventId: String(frontmatter.event),
        agencies: frontmatter.agencies as string[],
        source: String(frontmatter.source),
      },
      {
        eventIds: new Set(['gipfel-wostotschny-2023']),
        sourceFiles: new Set(['seite.txt']),
        sourcesDir: 'content/sources',
      },
    );
    expect(errors).toEqual([]);
  });

  it('keeps them out of what the metadata says about the page', () => {
    const withMeta = html.replace('<title>', '<meta property="og:site_name" content="Beispiel\u200B-Zeitung"><title>');
    const { draft } = importHtml(withMeta);
    expect(draft.origin?.outlet?.name).toBe('Beispiel-Zeitung');
  });
});

describe('the check of the article file add would write', () => {
  it('finds a control character YAML writes as an escape, which the schema refuses, naming the field', () => {
    const html = page('<p>Er kam an.</p>').replace(
      '<title>',
      '<meta property="og:site_name" content="Beispiel\x07Zeitung"><title>',
    );
    const { file } = importHtml(html);
    // The file scan of the loader does not see it: YAML wrote "\a".
    expect(findHiddenCharacter(file)).toBeUndefined();
    expect(findHiddenInArticleFile(file)).toMatchObject({
      where: 'field',
      field: 'outlet.name',
      found: { codePoint: 'U+0007', line: 1, column: 9 },
    });
  });

  it('finds one in the file text, with its line and column, and nothing in a clean article', () => {
    expect(findHiddenInArticleFile("---\ntitle: 'T'\n---\n\nEr kam\u202E an.\n")).toMatchObject({
      where: 'file',
      found: { codePoint: 'U+202E', line: 5, column: 7 },
    });
    expect(findHiddenInArticleFile(importHtml(page('<p>Er kam an.</p>')).file)).toBeUndefined();
  });
});
