import { describe, expect, it } from 'vitest';
import { insertPictureNotes } from '../../src/lib/view/picture-notes.ts';

const NOTE = '<span class="picture-note">Bild</span>';

describe('insertPictureNotes', () => {
  it('puts the note after the sentence that ends with the words', () => {
    const html =
      '<p><span id="satz-1">Er zeigte, wo diese Bilder entstanden sind:</span> <span id="satz-2">Dann ging er.</span></p>';
    expect(insertPictureNotes(html, ['wo diese Bilder entstanden sind:'], NOTE, 'a.md')).toBe(
      `<p><span id="satz-1">Er zeigte, wo diese Bilder entstanden sind:</span> ${NOTE} <span id="satz-2">Dann ging er.</span></p>`,
    );
  });

  it('finds the words through the marks of a shared sentence and puts the note outside them', () => {
    const html =
      '<p><span id="satz-1"><mark class="claim"><a href="/b/1/">Putin zeigte Kim</a> die Anlage</mark>, bei diesen Bildern:</span></p>';
    const out = insertPictureNotes(html, ['Anlage, bei diesen Bildern:'], NOTE, 'a.md');
    expect(out).toBe(`${html.slice(0, -'</p>'.length)} ${NOTE}</p>`);
  });

  it('reads escaped characters as text', () => {
    const html = '<p><span>Zahlen &amp; Bilder:</span></p>';
    expect(insertPictureNotes(html, ['Zahlen & Bilder:'], NOTE, 'a.md')).toContain(`</span> ${NOTE}`);
  });

  it('skips an occurrence inside a sentence and takes the one that ends a sentence', () => {
    const html = '<p><span>Bilder: alte und neue.</span> <span>Hier die Bilder:</span></p>';
    expect(insertPictureNotes(html, ['Bilder:'], NOTE, 'a.md')).toBe(
      `<p><span>Bilder: alte und neue.</span> <span>Hier die Bilder:</span> ${NOTE}</p>`,
    );
  });

  it('refuses words that end no sentence, naming file and field', () => {
    expect(() =>
      insertPictureNotes(
        '<p><span>Er zeigte Bilder und ging.</span></p>',
        ['zeigte Bilder'],
        NOTE,
        'a.md: field "pictures"',
      ),
    ).toThrow('a.md: field "pictures": "zeigte Bilder" is not the end of a sentence of the text');
  });
});
