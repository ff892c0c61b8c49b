import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAstro } from '../support/astro.ts';
import { ROOT } from '../support/paths.ts';

/**
 * Each case starts from a small valid content folder, breaks one thing, and runs the content
 * sync that every build runs first. The build must fail and say which file, which field, and
 * what is expected.
 */
const BASE = join(ROOT, 'tests/fixtures/bad-input/base');
const ARTICLE = 'articles/gueltiger-artikel.md';
const work = mkdtempSync(join(tmpdir(), 'synopse-bad-input-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Edit = (dir: string) => void;
const replaceIn =
  (file: string, from: string | RegExp, to: string): Edit =>
  (dir) => {
    const path = join(dir, file);
    const before = readFileSync(path, 'utf8');
    const after = before.replace(from, to);
    if (after === before) throw new Error(`fixture edit did not apply to ${file}: ${String(from)}`);
    writeFileSync(path, after);
  };
const addFile =
  (file: string, text: string): Edit =>
  (dir) => {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  };
const original = readFileSync(join(BASE, ARTICLE), 'utf8');
const withBody = (body: string): Edit => addFile(ARTICLE, original.replace(/\n---\n[\s\S]*$/, `\n---\n\n${body}\n`));
const withLead = (lead: string): Edit => replaceIn(ARTICLE, /^title: .*$/m, `$&\nlead: '${lead}'`);

function syncWith(name: string, edit?: Edit): { status: number | null; output: string } {
  const dir = join(work, name);
  cpSync(BASE, dir, { recursive: true });
  edit?.(dir);
  return runAstro(['sync'], { SYNOPSE_CONTENT_DIR: dir, SYNOPSE_CACHE_DIR: join(dir, '.cache') });
}

describe('bad input fails the build, naming file, field and fix', () => {
  it('accepts the valid base fixture', () => {
    const result = syncWith('valid');
    expect(result.output).not.toMatch(/error/i);
    expect(result.status).toBe(0);
  });

  const cases: { name: string; edit: Edit; expect: RegExp[]; reject?: RegExp[] }[] = [
    {
      name: 'missing title',
      edit: replaceIn(ARTICLE, /^title: .*\n/m, ''),
      expect: [/articles\/gueltiger-artikel\.md: field "title": required, but missing; add it, for example title: '/],
    },
    {
      name: 'empty title',
      edit: replaceIn(ARTICLE, /^title: .*$/m, "title: '  '"),
      expect: [/articles\/gueltiger-artikel\.md: field "title": must not be empty, found an empty text/],
    },
    {
      name: 'title that YAML reads as a number',
      edit: replaceIn(ARTICLE, /^title: .*$/m, 'title: 12345'),
      expect: [
        /articles\/gueltiger-artikel\.md: field "title": expected text, found the number 12345; quote it in YAML: title: '12345'/,
      ],
      reject: [/required/],
    },
    {
      name: 'unknown frontmatter field',
      edit: replaceIn(ARTICLE, /^title: .*$/m, '$&\nautor: Hans Muster'),
      expect: [
        // The list is the schema's, whatever optional fields it gains; the required ones must be in it.
        /articles\/gueltiger-artikel\.md: unknown field "autor": allowed fields are title, titleSource, [a-zA-Z, ]*\bevent\b[a-zA-Z, ]*\bsource\b[a-zA-Z, ]*; correct the spelling or remove it/,
      ],
      reject: [/\*\*\*\*/],
    },
    {
      name: 'misspelt field inside published',
      edit: replaceIn(ARTICLE, 'precision: day', 'precison: day'),
      expect: [
        /field "published\.precision": required, but missing; add it below "published:": precision: one of day, month, year/,
        /field "published": unknown field "precison" \(did you mean "precision"\?\): allowed fields below "published:" are date, precision, basis/,
      ],
    },
    {
      name: 'unquoted date',
      edit: replaceIn(ARTICLE, "date: '2023-09-13'", 'date: 2023-09-13'),
      expect: [
        /field "published\.date": expected text, found the date 2023-09-13 written without quotes; quote it in YAML: date: '2023-09-13'/,
      ],
    },
    {
      name: 'invalid date',
      edit: replaceIn(ARTICLE, "date: '2023-09-13'", "date: '2023-02-30'"),
      expect: [
        /gueltiger-artikel\.md: field "published\.date": expected a real calendar date .* found the text "2023-02-30"; correct the date/,
      ],
    },
    {
      name: 'a date long before the event',
      edit: replaceIn(ARTICLE, "date: '2023-09-13'\n  precision: day", "date: '2022-09'\n  precision: month"),
      expect: [
        /gueltiger-artikel\.md: field "published\.date": "2022-09" \(month\) is 348 days before its event "gipfel" began \(2023-09-13\); an article cannot report an event that far ahead\. Correct the date, or give the article the event it reports in the field "event"\./,
      ],
    },
    {
      name: 'unknown agency',
      edit: replaceIn(ARTICLE, 'agencies: [dpa]', 'agencies: [Tass]'),
      expect: [/gueltiger-artikel\.md: field "agencies\.0": expected one of: AFP, .*; found the text "Tass"/],
    },
    {
      name: 'agencies not written as a list',
      edit: replaceIn(ARTICLE, 'agencies: [dpa]', 'agencies: dpa'),
      expect: [/field "agencies": expected a list, found the text "dpa"; write it in brackets/],
    },
    {
      name: 'unknown field in an event file',
      edit: replaceIn('events/gipfel.yaml', /^place: .*$/m, 'ort: Wostotschny'),
      expect: [
        /events\/gipfel\.yaml: field "place": required, but missing/,
        /events\/gipfel\.yaml: unknown field "ort": allowed fields are name, date, place, summary/,
      ],
    },
    {
      name: 'unknown event',
      edit: replaceIn(ARTICLE, 'event: gipfel', 'event: gipfel-in-atlantis'),
      expect: [/gueltiger-artikel\.md: field "event": unknown event "gipfel-in-atlantis"/, /Expected .*: gipfel/],
    },
    {
      name: 'source file not in the repository',
      edit: replaceIn(ARTICLE, 'source: test.txt', 'source: fehlt.txt'),
      expect: [/gueltiger-artikel\.md: field "source": no file "fehlt\.txt" in .*sources\//, /put that file into/],
    },
    {
      name: 'duplicate slug',
      edit: addFile('articles/2023/gueltiger-artikel.md', original),
      expect: [/duplicate slug "gueltiger-artikel"/, /articles\/2023\/gueltiger-artikel\.md/, /rename one/],
    },
    {
      name: 'empty body',
      edit: withBody('   '),
      expect: [/gueltiger-artikel\.md: field "body": the article text is empty/],
    },
    {
      name: 'raw <script>',
      edit: withBody('Text.\n\n<script>alert(1)</script>'),
      // Line 17 of the file: the error names the file's own line, not the body's (line 3).
      expect: [/gueltiger-artikel\.md: field "body": line 17 contains "<script>/, /Raw HTML is not allowed/],
    },
    {
      name: 'raw <iframe>',
      edit: withBody('Text <iframe src="https://example.org"></iframe> mehr.'),
      expect: [/field "body"/, /<iframe/, /Raw HTML/],
    },
    {
      name: 'onerror attribute',
      edit: withBody('Bild: <img src=x onerror="alert(1)">'),
      expect: [/field "body"/, /onerror/, /Raw HTML/],
    },
    {
      name: 'javascript: link',
      edit: withBody('Ein [Link](javascript:alert(1)) im Text.'),
      expect: [/field "body"/, /javascript:alert/, /http\(s\), mailto or a relative path/],
    },
    {
      name: 'javascript: link in the lead',
      edit: withLead('Ein [Link](javascript:alert(1)) im Vorspann.'),
      expect: [/gueltiger-artikel\.md: field "lead": the lead contains "javascript:alert\(1\)"/, /http\(s\), mailto/],
    },
    {
      name: 'image in the lead',
      edit: withLead('Ein Bild ![Rakete](https://example.org/rakete.png) im Vorspann.'),
      expect: [/field "lead": the lead contains "https:\/\/example\.org\/rakete\.png"/, /Images are not part/],
    },
    {
      name: 'raw HTML in the lead',
      edit: withLead('Ein <span onclick="alert(1)">Vorspann</span>.'),
      expect: [/field "lead": the lead contains "<span onclick=/, /Raw HTML is not allowed/],
    },
    {
      name: 'raw HTML in the kicker',
      edit: replaceIn(ARTICLE, /^title: .*$/m, "$&\nkicker: 'Raketen <b>gegen</b> Waffen?'"),
      expect: [/field "kicker": the kicker contains "<b>"/, /shown as plain text: remove the markup/],
    },
    {
      name: 'link markup in the title',
      edit: replaceIn(ARTICLE, /^title: .*$/m, "title: 'Ein [gültiger](javascript:alert(1)) Artikel'"),
      expect: [/field "title": the title contains "javascript:alert\(1\)"/, /shown as plain text/],
    },
    {
      name: 'a NUL byte in the body',
      edit: withBody('Putin und Kim treffen sich.\n\nSie sprechen\u0000 über Satelliten.'),
      expect: [
        /gueltiger-artikel\.md: line 17, column 13 contains the control character U\+0000 \(NUL\); a page would show it as "�"/,
      ],
      reject: [/colon/],
    },
    {
      name: 'a NUL byte in the title',
      edit: replaceIn(ARTICLE, /^title: .*$/m, "title: 'Ein gültiger\u0000 Artikel'"),
      expect: [/gueltiger-artikel\.md: line 2, column 21 contains the control character U\+0000 \(NUL\)/],
      reject: [/colon/],
    },
    {
      name: 'a right-to-left override in the title',
      edit: replaceIn(ARTICLE, /^title: .*$/m, "title: 'Ein \u202Egnalfpme\u202C Artikel'"),
      expect: [
        /gueltiger-artikel\.md: line 2, column 13 contains the bidirectional control U\+202E \(RIGHT-TO-LEFT OVERRIDE\)/,
      ],
    },
    {
      name: 'a trailing zero-width space in the title',
      edit: replaceIn(ARTICLE, /^title: .*$/m, "title: 'Ein gültiger Artikel\u200B'"),
      expect: [
        /gueltiger-artikel\.md: line 2, column 29 contains the invisible character U\+200B \(ZERO WIDTH SPACE\)/,
      ],
    },
    {
      name: 'a bidirectional control in an event name',
      edit: replaceIn('events/gipfel.yaml', /^name: .*$/m, "name: 'Gipfel \u202Eynhcsttsow'"),
      expect: [
        /events\/gipfel\.yaml: field "name": contains U\+202E \(RIGHT-TO-LEFT OVERRIDE\), a control, bidirectional or invisible character/,
      ],
    },
    {
      name: 'TOML frontmatter, which npm run claims read as body text',
      edit: addFile(
        ARTICLE,
        original.replace(/^---\n[\s\S]*?\n---\n/, '+++\ntitle = "Ein gültiger Artikel"\nevent = "gipfel"\n+++\n'),
      ),
      expect: [
        /gueltiger-artikel\.md: line 1: the frontmatter is written in TOML \(between lines of "\+\+\+"\), which is not read/,
      ],
    },
    {
      name: 'an event file whose name is not a slug',
      edit: (dir) => {
        renameSync(join(dir, 'events/gipfel.yaml'), join(dir, 'events/Gipfel Wostotschny.yaml'));
      },
      expect: [
        /events\/Gipfel Wostotschny\.yaml: the file name "Gipfel Wostotschny" is not a valid event id\. .*rename it to gipfel-wostotschny\.yaml/,
      ],
      reject: [/unknown event/],
    },
    {
      name: 'a misspelt field in an event file',
      edit: replaceIn('events/gipfel.yaml', /^summary:/m, 'sumary:'),
      expect: [
        /events\/gipfel\.yaml: unknown field "sumary" \(did you mean "summary"\?\): allowed fields are name, date, place, summary/,
      ],
    },
    {
      name: 'an impossible date without quotes, which YAML rolls over',
      edit: replaceIn(ARTICLE, "date: '2023-09-13'", 'date: 2023-02-30'),
      expect: [
        /gueltiger-artikel\.md: field "published\.date": expected text, found 2023-02-30 written without quotes, and 2023-02-30 is not a real date/,
      ],
      reject: [/'2023-03-02'/],
    },
    {
      name: 'an impossible date without quotes in an event file',
      edit: replaceIn('events/gipfel.yaml', /^date: .*$/m, 'date: 2023-02-30'),
      expect: [
        /events\/gipfel\.yaml: field "date": expected text, found 2023-02-30 written without quotes, and 2023-02-30 is not a real date/,
      ],
      reject: [/'2023-03-02'/],
    },
    {
      name: 'an empty event file',
      edit: addFile('events/gipfel.yaml', ''),
      expect: [/events\/gipfel\.yaml: the file is empty; add name, date, place, summary/],
      reject: [/Cannot read properties/],
    },
    {
      name: 'a new event file holding only a comment',
      edit: addFile('events/neu-2025.yaml', '# neu\n'),
      expect: [/events\/neu-2025\.yaml: the file is empty \(it holds only comments\); add name, date, place, summary/],
      reject: [/Cannot read properties/],
    },
    {
      name: 'the same event id in two files',
      edit: (dir) => {
        const text = readFileSync(join(dir, 'events/gipfel.yaml'), 'utf8');
        writeFileSync(join(dir, 'events/gipfel.yml'), text.replace(/^name: .*$/m, 'name: Anders'));
      },
      expect: [/events\/gipfel\.yml: duplicate event id "gipfel": .*events\/gipfel\.yaml has the same name/],
    },
    {
      name: 'an article file ending in .MD, which was left out without a word',
      edit: addFile('articles/neuer-artikel.MD', original),
      expect: [/articles\/neuer-artikel\.MD: is not an article file, .*Rename it to .*articles\/neuer-artikel\.md/],
    },
    {
      name: 'a stray file in the events folder',
      edit: addFile('events/neu.txt', 'name: Neu\n'),
      expect: [/events\/neu\.txt: is not an event file, .*Rename it to neu\.yaml/],
    },
    {
      name: 'a missing event',
      edit: replaceIn(ARTICLE, /^event: .*\n/m, ''),
      expect: [
        /gueltiger-artikel\.md: field "event": required, but missing; add it, for example event: gipfel; the events are the file names in .*events\/ without extension: gipfel$/m,
      ],
      reject: [/Invalid input/],
    },
    {
      name: 'an empty event',
      edit: replaceIn(ARTICLE, /^event: .*$/m, 'event:'),
      expect: [/field "event": expected the id of one event, found an empty value; write it so: event: gipfel;/],
      reject: [/Invalid input/],
    },
    {
      name: 'a list of events',
      edit: replaceIn(ARTICLE, /^event: .*$/m, 'event: [gipfel, treffen]'),
      expect: [/field "event": expected the id of one event, found a list of 2 items/],
      reject: [/Invalid input/],
    },
    {
      name: 'a frontmatter without its closing line',
      edit: replaceIn(ARTICLE, /^source: test\.txt\n---\n/m, 'source: test.txt\n'),
      expect: [
        /gueltiger-artikel\.md: line 1: the frontmatter opens with a line of "---" that no line of "---" closes/,
      ],
      reject: [/required, but missing/],
    },
    {
      name: 'an empty article file',
      edit: addFile(ARTICLE, ''),
      expect: [
        /gueltiger-artikel\.md: the file is empty; write the frontmatter \(title, titleSource, event, published, variant, source\) between two lines of "---"/,
      ],
      reject: [/required, but missing/],
    },
    {
      name: 'a table, a footnote and a first-level heading, which the site would show as typed',
      edit: withBody('Text.\n\n| Land | Zahl |\n|---|---|\n| Russland | 2 |\n\nSatz.[^1]\n\n# Erste Ebene'),
      expect: [
        /gueltiger-artikel\.md: field "body": line 17 contains "\| Land \| Zahl \|"\. .*write the table's figures as sentences/,
        /line 21 contains "\[\^1\]"\. .*put the footnote's text in the sentence/,
        /line 23 contains "# Erste Ebene"\. .*use "## " for a subhead/,
      ],
    },
    {
      name: 'a copy of an article under another name, which doubled every claim',
      edit: addFile('articles/gueltiger-artikel-kopie.md', original),
      expect: [
        /articles\/gueltiger-artikel(?:-kopie)?\.md: field "source": "test\.txt" is the source of .*articles\/gueltiger-artikel(?:-kopie)?\.md as well\. .*if one of the two files is a copy of the other, remove it/,
      ],
    },
    {
      name: 'a body of subheads only',
      edit: withBody('## Lage\n\n## Reaktionen'),
      expect: [/gueltiger-artikel\.md: field "body": the article text holds only subheads/],
    },
  ];

  for (const testCase of cases) {
    it(`rejects ${testCase.name}`, () => {
      const result = syncWith(testCase.name.replace(/\W+/g, '-'), testCase.edit);
      expect(result.status, result.output).not.toBe(0);
      for (const pattern of testCase.expect) expect(result.output).toMatch(pattern);
      for (const pattern of testCase.reject ?? []) expect(result.output).not.toMatch(pattern);
    });
  }
});
