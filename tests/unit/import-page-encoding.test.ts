import { describe, expect, it } from 'vitest';
import { seedFromHtml } from '../../src/lib/import/html-seed.ts';
import { decodePage, declaredCharset, type PageDecoding } from '../../src/lib/import/page-encoding.ts';

/**
 * How `npm run add` reads a page's bytes: an HTML page in the encoding it declares, as a browser
 * does; a text page only as UTF-8 (it is the seed the build reads back), with the command that
 * converts it, keeping its extension.
 */

const latin1 = (text: string) => Buffer.from(text, 'latin1');
const utf8 = (text: string) => Buffer.from(text, 'utf8');
const text = (result: PageDecoding) => (result.ok ? result.text : `refused: ${result.message}`);
const message = (result: PageDecoding) => (result.ok ? `read: ${result.text}` : result.message);

// The audit's page: Latin-1 bytes, declared in <meta charset>.
const LATIN1_PAGE =
  '<!DOCTYPE html><html lang="de"><head><meta charset="iso-8859-1"><title>Grüße</title></head><body><h1>Putin empfängt Kim</h1><p>Der Präsident hat Kim am Mittwoch in Wostotschny empfangen.</p><p>Sie sprachen über Munition und Raketen.</p></body></html>';

describe('an HTML page in the encoding it declares', () => {
  it('reads a Latin-1 page declared in <meta charset> as its text, umlauts and all', () => {
    const result = decodePage(latin1(LATIN1_PAGE), 'latin1.html', '.html');
    expect(text(result)).toBe(LATIN1_PAGE);
    const seed = seedFromHtml(text(result));
    expect(seed.lines.map((line) => line.text).filter(Boolean)).toEqual([
      'Putin empfängt Kim',
      'Der Präsident hat Kim am Mittwoch in Wostotschny empfangen.',
      'Sie sprachen über Munition und Raketen.',
    ]);
  });

  it('reads windows-1252 declared in <meta http-equiv="Content-Type">, typographic quotes and dashes included', () => {
    const page = Buffer.concat([
      latin1('<html><head><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-1252"></head><body><p>'),
      Buffer.from([0x84, 0x4a, 0x61, 0x93, 0x20, 0x96, 0x20, 0x68, 0x69, 0x65, 0xdf, 0x20, 0x65, 0x73]),
      latin1('</p></body></html>'),
    ]);
    expect(text(decodePage(page, 'alt.html', '.html'))).toContain('<p>„Ja“ – hieß es</p>');
  });

  it('finds the declaration as a browser does: before the body, not in a comment', () => {
    expect(declaredCharset(latin1('<!-- <meta charset="koi8-r"> -->\n<meta charset=\'ISO-8859-15\'>'))).toEqual({
      label: 'ISO-8859-15',
      line: 2,
    });
    expect(declaredCharset(latin1('<html><body><meta charset="latin1"></body>'))).toBeUndefined();
  });

  it('reads UTF-8 when a page declares Latin-1 but was converted to UTF-8 after saving, and says so', () => {
    const result = decodePage(utf8(LATIN1_PAGE), 'converted.html', '.html');
    expect(text(result)).toBe(LATIN1_PAGE);
    expect(result.ok && result.checks.join('')).toMatch(
      /declares charset "iso-8859-1" \(line 1\) but its bytes are UTF-8, so it was read as UTF-8/,
    );
  });

  it.each([
    ['little-endian', 'utf-16le', [0xff, 0xfe]],
    ['big-endian', 'utf-16be', [0xfe, 0xff]],
  ] as const)('reads a UTF-16 page (%s, by its byte-order mark)', (_, encoding, mark) => {
    const html = '<html><body><h1>Grüße aus Wostotschny</h1><p>Der Präsident kam.</p></body></html>';
    const body = Buffer.from(html, 'utf16le');
    if (encoding === 'utf-16be') body.swap16();
    expect(text(decodePage(Buffer.concat([Buffer.from(mark), body]), 'u16.html', '.html'))).toBe(html);
  });

  it.each([
    ['little-endian', 'utf-16le'],
    ['big-endian', 'utf-16be'],
  ] as const)('reads a UTF-16 page saved without a byte-order mark (%s)', (_, encoding) => {
    const html = '<html><body><h1>Grüße aus Wostotschny</h1><p>Der Präsident kam.</p></body></html>';
    const body = Buffer.from(html, 'utf16le');
    if (encoding === 'utf-16be') body.swap16();
    expect(text(decodePage(body, 'u16.html', '.html'))).toBe(html);
  });

  it('refuses a page that is not UTF-8 and declares nothing, suggesting a converted .html', () => {
    expect(message(decodePage(latin1('<html><body><h1>Grüße</h1></body></html>'), 'alt.html', '.html'))).toBe(
      'alt.html: not valid UTF-8 text: byte 0xFC at offset 18 (line 1) is not part of a UTF-8 character. The page declares no charset; if it is Latin-1, add <meta charset="windows-1252"> to its <head>, or convert it: iconv -f latin1 -t utf-8 "alt.html" > "alt.utf8.html" && mv "alt.utf8.html" "alt.html"',
    );
  });

  it('refuses a page that declares UTF-8 but is not, and one that declares no known charset', () => {
    const wrong = latin1('<meta charset="utf-8"><h1>Grüße</h1>');
    expect(message(decodePage(wrong, 'a.html', '.html'))).toMatch(
      /byte 0xFC .*declares charset "utf-8" \(line 1\) but is not UTF-8.*> "a\.utf8\.html" && mv "a\.utf8\.html" "a\.html"$/,
    );
    expect(message(decodePage(latin1('<meta charset="klingonisch"><h1>Gr</h1>'), 'k.html', '.html'))).toMatch(
      /^k\.html: line 1 declares charset "klingonisch", which is no encoding a browser knows/,
    );
  });
});

describe('a text page', () => {
  it('suggests a conversion that keeps its extension', () => {
    const bytes = Buffer.concat([utf8('Titel\nKim sagte: '), Buffer.from([0xab, 0x4a, 0x61, 0xbb])]);
    expect(message(decodePage(bytes, 'alt.txt', '.txt'))).toMatch(
      /iconv -f latin1 -t utf-8 "alt\.txt" > "alt\.utf8\.txt" && mv "alt\.utf8\.txt" "alt\.txt"$/,
    );
    expect(message(decodePage(bytes, 'alt.md', '.md'))).toMatch(/> "alt\.utf8\.md" && mv "alt\.utf8\.md" "alt\.md"$/);
  });

  it.each([
    ['little-endian', 'utf-16le'],
    ['big-endian', 'utf-16be'],
  ] as const)(
    'refuses UTF-16 text without a byte-order mark (%s) with the command for its byte order',
    (order, encoding) => {
      const bytes = Buffer.from('Grüße\nDer Präsident kam.\n', 'utf16le');
      if (encoding === 'utf-16be') bytes.swap16();
      expect(message(decodePage(bytes, 'u16.txt', '.txt'))).toBe(
        `u16.txt: UTF-16 text (${order}, without a byte-order mark: every second byte is 0); only UTF-8 is read. Convert the file to UTF-8, for example: iconv -f ${encoding} -t utf-8 "u16.txt" > "u16.utf8.txt" && mv "u16.utf8.txt" "u16.txt"`,
      );
    },
  );

  it('still calls data with NUL bytes on both byte orders binary', () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0,
    ]);
    expect(message(decodePage(png, 'bild.txt', '.txt'))).toMatch(/bild\.txt: this looks like a binary file/);
  });

  it('refuses UTF-16 by its byte-order mark with the command that converts it, not as a binary file', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Grüße\nDer Präsident kam.\n', 'utf16le')]);
    expect(message(decodePage(bytes, 'u16.txt', '.txt'))).toBe(
      'u16.txt: UTF-16 text (it starts with the byte-order mark FF FE); only UTF-8 is read. Convert the file to UTF-8, for example: iconv -f utf-16 -t utf-8 "u16.txt" > "u16.utf8.txt" && mv "u16.utf8.txt" "u16.txt"',
    );
  });

  it.each([
    ['a doctype', '<!DOCTYPE html>\n<html><body><p>Text.</p></body></html>'],
    ['<html>, after blank lines', '\n\n  <HTML lang="de"><body><p>Text.</p></body></html>'],
  ])('refuses an HTML document saved as .txt (starting with %s), saying to save it as .html', (_, page) => {
    expect(message(decodePage(utf8(page), 'seite.txt', '.txt'))).toMatch(
      /^seite\.txt: this is an HTML document .* Save it with the extension \.html and import that/,
    );
    // Before the encoding: converting it would not help.
    expect(message(decodePage(latin1(LATIN1_PAGE), 'seite.txt', '.txt'))).toMatch(/this is an HTML document/);
  });

  it('reads text that only mentions HTML', () => {
    expect(text(decodePage(utf8('Die <html>-Seite\nText.\n'), 'a.txt', '.txt'))).toBe('Die <html>-Seite\nText.\n');
  });
});
