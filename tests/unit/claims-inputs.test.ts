import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expandPaths, readArticle } from '../../scripts/lib/read-inputs.ts';
import { ROOT } from '../support/paths.ts';

/** What `npm run claims` reads from its input files: Markdown, encodings, the command line's files. */

const work = mkdtempSync(join(tmpdir(), 'synopse-claims-inputs-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let files = 0;
/** Writes a file into a fresh folder and returns its path. */
function write(name: string, content: string | Buffer): string {
  const dir = join(work, String(++files));
  mkdirSync(dir);
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** The message readArticle refuses a file with (fails the test when it accepts it). */
async function refusal(path: string): Promise<string> {
  const error = await readArticle(path).then(
    () => undefined,
    (caught: unknown) => caught as Error,
  );
  expect(error, `${path} was accepted`).toBeInstanceOf(Error);
  expect(error!.name).toBe('InputError');
  return error!.message;
}

const SENTENCE = 'Putin traf Kim am Mittwoch in Wostotschny.';

describe('npm run claims refuses raw HTML in Markdown, as the site does', () => {
  it('names each tag with its file line and the fix, instead of dropping an HTML block unseen', async () => {
    const path = write(
      'roh.md',
      '# Titel\n\nKim sagte <b onclick="alert(1)">fett</b> zu Putin am Mittwoch.\n\n<div>Ein ganzer Absatz in einem HTML-Block über das Treffen.</div>\n',
    );
    const message = await refusal(path);
    expect(message).toMatch(new RegExp(`^${path}: 3 problems:\n`));
    expect(message).toContain('field "body": line 3 contains "<b onclick="alert(1)">". Raw HTML is not allowed');
    expect(message).toContain(
      'field "body": line 5 contains "<div>Ein ganzer Absatz in einem HTML-Block über das Treffen.</div>"',
    );
    expect(message).toContain('escape "<" as "\\<"');
  });

  it('counts the frontmatter lines, and checks title and lead too', async () => {
    const body = await refusal(write('unten.md', `---\nevent: gipfel\n---\n\n${SENTENCE}\n\n<p>Noch ein Satz.</p>\n`));
    expect(body).toBe(
      `${join(work, String(files), 'unten.md')}: field "body": line 7 contains "<p>Noch ein Satz.</p>". Raw HTML is not allowed in article text: remove the tag or escape "<" as "\\<".`,
    );
    const title = await refusal(write('titel.md', `---\ntitle: Gipfel <i>heute</i>\n---\n\n${SENTENCE}\n`));
    expect(title).toContain('field "title": the title contains "<i>". The title is plain text');
    const lead = await refusal(write('vorspann.md', `---\nlead: '<span>Vorspann</span>'\n---\n\n${SENTENCE}\n`));
    expect(lead).toContain('field "lead": the lead contains "<span>". Raw HTML is not allowed');
  });

  it('still reads "<" written as text and plain-text files with tags in them', async () => {
    const escaped = await readArticle(write('text.md', `Der Wert ist \\<5 und ${SENTENCE}\n`));
    expect(escaped.article.body).toContain('\\<5');
    // A .txt file is a raw page: its text is read as it stands, tags and all, and nothing is lost.
    const raw = await readArticle(write('seite.txt', `Kim sagte <b>fett</b> zu Putin. ${SENTENCE}\n`));
    expect(raw.article.body).toContain('<b>fett</b>');
  });
});

describe('npm run claims checks the frontmatter fields it reads', () => {
  it('refuses an event or title that YAML read as a number, naming file, field and type', async () => {
    const path = write('typen.md', `---\nevent: 2023\ntitle: 42\n---\n\n${SENTENCE}\n`);
    const message = await refusal(path);
    expect(message).toMatch(new RegExp(`^${path}: 2 problems:\n`));
    expect(message).toContain(`field "event": expected text, found the number 2023; quote it in YAML: event: '2023'`);
    expect(message).toContain(`field "title": expected text, found the number 42; quote it in YAML: title: '42'`);
  });

  it.each([
    ['a list as kicker', 'kicker: [a, b]', 'field "kicker": expected text, found a list of 2 items'],
    [
      'a date as lead',
      'lead: 2023-09-13',
      'field "lead": expected text, found the date 2023-09-13 written without quotes',
    ],
    ['a group as event', 'event: { id: gipfel }', 'field "event": expected text, found a group of fields (id)'],
    ['an empty event', "event: ''", 'field "event": must not be empty'],
    ['a misspelt titleSource', 'titleSource: Editorial', 'field "titleSource": expected one of: source, editorial'],
  ])('refuses %s', async (_, field, expected) => {
    const path = write('feld.md', `---\n${field}\n---\n\n${SENTENCE}\n`);
    expect(await refusal(path)).toContain(`${path}: ${expected}`);
  });

  it('accepts fields it does not read, whatever they hold, and empty ones', async () => {
    const path = write(
      'fremd.md',
      `---\ntitle: Gipfel\nevent: gipfel\ntags: [a, 2]\npublished: 2023-09-13\nkicker:\n---\n\n${SENTENCE}\n`,
    );
    const { article } = await readArticle(path, 'anderes');
    expect(article).toMatchObject({ title: 'Gipfel', event: 'gipfel', body: SENTENCE });
  });

  it('refuses a frontmatter that is never closed instead of reading its fields as sentences', async () => {
    const path = write('offen.md', `---\ntitle: x\n\n${SENTENCE}\n`);
    expect(await refusal(path)).toMatch(
      new RegExp(`^${path}: line 1: the frontmatter opens with a line of "---" that no line of "---" closes`),
    );
    const lower = write('tiefer.md', `\n\n---\nevent: gipfel\n${SENTENCE}\n`);
    expect(await refusal(lower)).toContain(`${lower}: line 3: the frontmatter opens with a line of "---"`);
  });

  it('still reads a closed frontmatter, an empty one, and a body with a rule further down', async () => {
    for (const text of [
      `---\nevent: gipfel\n---\n${SENTENCE}\n`,
      `---\n---\n${SENTENCE}\n`,
      `${SENTENCE}\n\n---\n\nNoch ein Satz.\n`,
    ]) {
      const { article } = await readArticle(write('zu.md', text));
      expect(article.body).toContain(SENTENCE);
      expect(article.body).not.toContain('event:');
    }
  });
});

describe('npm run claims recognises UTF-16 and UTF-32 text by its byte-order mark', () => {
  const text = `${SENTENCE}\nKim reiste mit dem Zug an.\n`;
  const utf16be = (value: string) => Buffer.from(value, 'utf16le').swap16();
  it.each([
    [
      'UTF-16 little-endian',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      'UTF-16',
      'FF FE',
    ],
    ['UTF-16 big-endian', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]), 'UTF-16', 'FE FF'],
    ['UTF-32 little-endian', Buffer.from([0xff, 0xfe, 0, 0, 0x50, 0, 0, 0]), 'UTF-32', 'FF FE 00 00'],
  ])('says a %s file is such text, not binary, and how to convert it', async (_, bytes, name, mark) => {
    const path = write('kodiert.txt', bytes);
    const message = await refusal(path);
    expect(message).not.toMatch(/binary/);
    const converted = path.replace(/\.txt$/, '.utf8.txt');
    expect(message).toBe(
      `${path}: ${name} text (it starts with the byte-order mark ${mark}); only UTF-8 is read. Convert the file to UTF-8, for example: iconv -f ${name.toLowerCase()} -t utf-8 "${path}" > "${converted}" && mv "${converted}" "${path}"`,
    );
  });

  it('keeps the extension of Markdown files in the converted name', async () => {
    const path = write('kodiert.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect(await refusal(path)).toContain(`> "${path.replace(/\.md$/, '.utf8.md')}"`);
  });
});

describe('npm run claims reads each file it is given once', () => {
  const folder = join(work, 'einmal');
  mkdirSync(join(folder, 'unter'), { recursive: true });
  const a = join(folder, 'a.txt');
  writeFileSync(a, `${SENTENCE}\n`);
  writeFileSync(join(folder, 'unter', 'b.txt'), `${SENTENCE}\n`);
  symlinkSync(a, join(work, 'verweis.txt'));

  it('takes a file named under several spellings once, under the first', async () => {
    const found = await expandPaths([
      { path: a },
      { path: `${folder}/unter/../a.txt` },
      { path: `${folder}/./a.txt` },
      { path: join(work, 'verweis.txt') },
      { path: folder },
      { path: `${folder}/../einmal/unter` },
    ]);
    expect(found).toEqual([
      { path: a, event: undefined },
      { path: join(folder, 'unter', 'b.txt'), event: undefined },
    ]);
  });

  it('refuses a file given with two events, naming it and both events', async () => {
    const twice = expandPaths([
      { path: a, event: 'e1' },
      { path: a, event: 'e2' },
    ]);
    await expect(twice).rejects.toThrow(
      `${a}: given twice, with event "e1" and with event "e2"; an article reports one event. Name the file once, after the --event it reports.`,
    );
    const inFolder = expandPaths([{ path: folder }, { path: `${folder}/unter/../a.txt`, event: 'e2' }]);
    await expect(inFolder).rejects.toThrow(
      `${folder}/unter/../a.txt: given twice (first as ${a}), with no event and with event "e2"`,
    );
  });

  it('keeps a file given twice with the same event', async () => {
    const found = await expandPaths([
      { path: folder, event: 'e1' },
      { path: a, event: 'e1' },
    ]);
    expect(found.map((file) => file.event)).toEqual(['e1', 'e1']);
  });
});

describe('npm run claims reads a page saved from a browser (.html), as npm run add reads it', () => {
  const PAGE = join(ROOT, 'tests/fixtures/import-pages/07-qualitaetszeitung.html');

  it("compares the page's article text and sets its navigation, share bar and captions aside", async () => {
    const { article, setAside } = await readArticle(PAGE, 'gipfel');
    expect(article).toMatchObject({ id: '07-qualitaetszeitung', format: 'text', event: 'gipfel' });
    expect(article.body).toContain('Kim und Putin treffen sich in Wostotschny');
    expect(setAside.map((line) => line.reason)).toEqual(
      expect.arrayContaining(['Navigation', 'Teilen-Leiste', 'Bildunterschrift']),
    );
    for (const line of setAside) {
      expect(line.file).toBe(PAGE);
      expect(article.body).not.toContain(line.text);
    }
  });

  it('reads a folder of saved pages, but not their files folders, nor a page whose text is beside it', async () => {
    const dir = join(work, 'gespeichert');
    mkdirSync(join(dir, 'Seite_files'), { recursive: true });
    mkdirSync(join(dir, 'Artikel-Dateien'), { recursive: true });
    writeFileSync(join(dir, 'Seite.html'), `<html><body><h1>Gipfel</h1><p>${SENTENCE}</p></body></html>`);
    writeFileSync(join(dir, 'Seite_files', 'werbung.html'), '<html><body><p>Jetzt kaufen!</p></body></html>');
    writeFileSync(join(dir, 'Artikel.htm'), `<html><body><p>${SENTENCE}</p></body></html>`);
    writeFileSync(join(dir, 'Artikel-Dateien', 'rahmen.htm'), '<html><body><p>Anzeige</p></body></html>');
    // What npm run add keeps in content/sources: the page and its text, the same article twice.
    writeFileSync(join(dir, 'Quelle.html'), `<html><body><p>${SENTENCE}</p></body></html>`);
    writeFileSync(join(dir, 'Quelle.txt'), `${SENTENCE}\n`);
    const notes: string[] = [];
    const found = await expandPaths([{ path: dir }], notes);
    expect(found.map((file) => file.path)).toEqual(
      ['Artikel.htm', 'Quelle.txt', 'Seite.html'].map((name) => join(dir, name)),
    );
    expect(notes).toEqual([
      `${join(dir, 'Artikel-Dateien')}: the files of a saved page, not read.`,
      `${join(dir, 'Quelle.html')}: not read; its text is the .txt beside it.`,
      `${join(dir, 'Seite_files')}: the files of a saved page, not read.`,
    ]);
  });

  it('refuses a page with no article text, and another kind of file with what to do instead', async () => {
    const empty = write('leer.html', '<html><body><nav><a href="/">Startseite</a></nav></body></html>');
    expect(await refusal(empty)).toMatch(/leer\.html: the page has no article text, only page debris \(Navigation\)/);
    const pdf = write('artikel.pdf', '%PDF-1.4');
    await expect(expandPaths([{ path: pdf }])).rejects.toThrow(
      /artikel\.pdf: expected a \.md, \.txt or \.html file\. Save the article's page from the browser as a web page \(\.html\), or copy its text into a \.txt file\./,
    );
  });
});
