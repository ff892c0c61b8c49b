import { describe, expect, it } from 'vitest';
import { addWorkspace, snapshot } from '../support/add-cli.ts';

/**
 * `npm run add` on a page imported before under another file name: the same text saved twice
 * from the browser became two articles, a second outlet reporting every sentence of the first.
 */
const { contentCopy, page, add } = addWorkspace('add-duplicates');
const TEXT = 'Kim reist nach Wladiwostok\nDer Zug des Machthabers erreichte am Dienstag die russische Grenze.\n';
const HTML = `<html><body><h1>Kim reist nach Wladiwostok</h1><p>Der Zug des Machthabers erreichte am Dienstag die russische Grenze.</p></body></html>`;

describe('npm run add on a page imported before under another name', () => {
  it('refuses the same text page under a second name, naming the first import', () => {
    const content = contentCopy();
    expect(add(content, page('meldung.txt', TEXT)).status).toBe(0);
    const before = snapshot(content);
    const again = add(content, page('meldung-kopie.txt', TEXT));
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(
      /meldung-kopie\.txt: its text is already imported under another name, as .*sources\/meldung\.txt \(content\/articles\/kim-reist-nach-wladiwostok\.md\); nothing was written/,
    );
    expect(snapshot(content)).toEqual(before);
  });

  it('refuses an HTML page whose text is already imported, and imports a page that differs', () => {
    const content = contentCopy();
    expect(add(content, page('seite.html', HTML)).status).toBe(0);
    const before = snapshot(content);
    const again = add(content, page('seite-gespeichert.html', `<!-- gespeichert -->\n${HTML}`));
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/its text is already imported under another name, as .*sources\/seite\.txt/);
    expect(snapshot(content)).toEqual(before);
    const other = add(content, page('andere.html', HTML.replace('Dienstag', 'Mittwoch')), '--slug', 'kim-am-mittwoch');
    expect(other.status, other.stderr).toBe(0);
  });
});
