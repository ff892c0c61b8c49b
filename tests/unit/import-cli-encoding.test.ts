import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { addWorkspace, loaderProblems, snapshot } from '../support/add-cli.ts';

/**
 * `npm run add` on pages in other encodings than UTF-8: an HTML page is read in the charset it
 * declares and kept byte for byte, its text saved as UTF-8 (the seed the build reads); a text
 * page, which is its own seed, is refused with the command that converts it.
 */
const { work, contentCopy, page, add } = addWorkspace('add-encoding');

describe('npm run add on pages in other encodings', () => {
  it('reads a Latin-1 page in the charset it declares, keeping its bytes and saving its text as UTF-8', () => {
    const content = contentCopy();
    // The audit's page.
    const bytes = Buffer.from(
      '<!DOCTYPE html><html lang="de"><head><meta charset="iso-8859-1"><title>Grüße</title></head><body><h1>Putin empfängt Kim</h1><p>Der Präsident hat Kim am Mittwoch in Wostotschny empfangen.</p><p>Sie sprachen über Munition und Raketen.</p></body></html>',
      'latin1',
    );
    const result = add(content, page('latin1.html', bytes));
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(content, 'sources', 'latin1.html'))).toEqual(bytes);
    expect(readFileSync(join(content, 'sources', 'latin1.txt'), 'utf8')).toBe(
      'Putin empfängt Kim\n\nDer Präsident hat Kim am Mittwoch in Wostotschny empfangen.\n\nSie sprachen über Munition und Raketen.\n',
    );
    const article = readFileSync(join(content, 'articles', 'putin-empfaengt-kim.md'), 'utf8');
    expect(splitFrontmatter(article).frontmatter.title).toBe('Putin empfängt Kim');
    expect(loaderProblems(content, 'putin-empfaengt-kim')).toEqual([]);
  });

  it("suggests a converted file with the page's own extension", () => {
    const content = contentCopy();
    const before = snapshot(content);
    const html = add(content, page('ohne.html', Buffer.from('<html><body><h1>Grüße</h1></body></html>', 'latin1')));
    expect(html.stderr).toMatch(
      /ohne\.html: not valid UTF-8 text: byte 0xFC .*declares no charset.*> "[^"]*ohne\.utf8\.html" && mv "[^"]*ohne\.utf8\.html" "[^"]*ohne\.html"\n$/,
    );
    expect(html.status).toBe(1);
    expect(snapshot(content)).toEqual(before);
  });

  it('reads a UTF-16 page, and refuses a UTF-16 .txt with an iconv command that makes it importable', () => {
    const content = contentCopy();
    const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const html = add(
      content,
      page('u16.html', utf16('<html><body><h1>Putin empfängt Kim</h1><p>Der Präsident kam an.</p></body></html>')),
    );
    expect(html.status, html.stderr).toBe(0);
    expect(loaderProblems(content, 'putin-empfaengt-kim')).toEqual([]);

    const before = snapshot(content);
    const text = add(content, page('abschrift.txt', utf16('Kim reist ab\nDer Präsident winkte.\n')));
    expect(text.status).toBe(1);
    expect(text.stderr).not.toMatch(/binary|NUL/);
    expect(snapshot(content)).toEqual(before);
    // The command as the message gives it, run as a user would paste it into a shell.
    const command = /for example: (iconv -f utf-16 -t utf-8 "(.*?)" > .*)\n$/.exec(text.stderr);
    expect(command, text.stderr).not.toBeNull();
    const converted = spawnSync('sh', ['-c', command![1]!], { cwd: work });
    expect(converted.status, String(converted.stderr)).toBe(0);
    const again = add(content, command![2]!);
    expect(again.status, again.stderr).toBe(0);
    expect(loaderProblems(content, 'kim-reist-ab')).toEqual([]);
  });

  it('refuses an HTML document given as .txt, saying to save it as .html', () => {
    const content = contentCopy();
    const before = snapshot(content);
    const result = add(
      content,
      page('seite.txt', '<!DOCTYPE html>\n<html><body><h1>Titel</h1><p>Text.</p></body></html>'),
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/seite\.txt: this is an HTML document.*Save it with the extension \.html/);
    expect(snapshot(content)).toEqual(before);
  });
});
