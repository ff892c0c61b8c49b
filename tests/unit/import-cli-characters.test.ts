import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addWorkspace, loaderProblems, snapshot } from '../support/add-cli.ts';

/**
 * `npm run add` never writes an article the build refuses for its characters: what cannot be
 * meant as text is refused with the page's line and column and nothing is written; invisible
 * formatting in an HTML page is removed, and the loader accepts what was written.
 */
const { contentCopy, page, add } = addWorkspace('add-characters');

describe('npm run add refuses characters the build would refuse, and changes nothing', () => {
  it.each([
    [
      'control characters and escape sequences in a .txt',
      'ctrl.txt',
      'Putin traf Kim \x07\x1b[31m in Wostotschny.\x7f Es war ein Treffen.\nZweiter Satz \x1b]0;x\x07 folgt hier.\n',
      /^add: \S*ctrl\.txt: line 1, column 16 contains the control character U\+0007.*Remove it \(grep -nP "\\x\{0007\}" \S*ctrl\.txt shows the line\)\.\n$/,
    ],
    [
      'a right-to-left override in a .txt',
      'bidi.txt',
      'Putin traf Kim\nDer Präsident \u202Eempfing ihn.\n',
      /^add: \S*bidi\.txt: line 2, column 15 contains the bidirectional control U\+202E \(RIGHT-TO-LEFT OVERRIDE\)/,
    ],
    [
      'a zero-width space in a .txt, which is kept byte for byte',
      'zw.txt',
      'Putin traf Kim\nDer Präsident Wort\u200Bteil empfing ihn.\n',
      /^add: \S*zw\.txt: line 2, column 19 contains the invisible character U\+200B.*save the page as \.html/,
    ],
    [
      'BEL and ESC in an .html',
      'ctrl.html',
      '<html><head><meta charset="utf-8"></head><body><h1>Putin traf Kim</h1>\n<p>Er kam \x07\x1b[31m an.</p></body></html>',
      /^add: \S*ctrl\.html: line 2, column 11 contains the control character U\+0007/,
    ],
    [
      '&#0; in an .html',
      'null.html',
      '<html><body><h1>Putin traf Kim</h1>\n<p>Er kam an.</p>\n<p>Dann &#0; ging er.</p></body></html>',
      /^add: \S*null\.html: line 3, column 9: the character reference "&#0;" names no character.*U\+FFFD/,
    ],
    [
      "a control character in the page's metadata, which would reach the frontmatter",
      'meta.html',
      '<html><head><meta property="og:site_name" content="Beispiel\x07Zeitung"></head><body><h1>Putin traf Kim</h1><p>Er kam an.</p></body></html>',
      /^add: \S*meta\.html: nothing was written: the field "outlet\.name" of \S*putin-traf-kim\.md would hold U\+0007/,
    ],
  ])('%s', (_, name, bytes, message) => {
    const content = contentCopy();
    const before = snapshot(content);
    const result = add(content, page(name, bytes));
    expect(result.stderr).toMatch(message);
    expect(result.status).toBe(1);
    expect(snapshot(content)).toEqual(before);
  });
});

describe('npm run add on an HTML page with invisible formatting characters', () => {
  it('removes zero-width spaces, word joiners and byte-order marks: the loader accepts the article', () => {
    const content = contentCopy();
    const html =
      '<html><head><meta charset="utf-8"></head><body><h1>Putin\u200B empfängt Kim</h1>\n<p>Der Präsident hat Kim am Mittwoch\u2060 in Wosto&#x200B;tschny empfangen.</p>\n<p>Sie sprachen \uFEFFüber Munition und Raketen. (dpa)</p></body></html>';
    const result = add(content, page('unsichtbar.html', html));
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/invisible characters \(.*\) were removed/);
    expect(readFileSync(join(content, 'sources', 'unsichtbar.html'), 'utf8')).toBe(html);
    expect(loaderProblems(content, 'putin-empfaengt-kim')).toEqual([]);
    expect(readFileSync(join(content, 'articles', 'putin-empfaengt-kim.md'), 'utf8')).toContain(
      'Der Präsident hat Kim am Mittwoch in Wostotschny empfangen.',
    );
  });
});
