import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import {
  copyFileSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/lib/claims/engine.ts';
import { projectArticles } from '../support/gold.ts';
import { CONTENT, ROOT, SOURCES } from '../support/paths.ts';

const work = mkdtempSync(join(tmpdir(), 'synopse-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the CLI; the timeout turns a regression that loops (a symlink cycle) into a failure, not a hang. */
function claims(...args: string[]) {
  return claimsFrom(ROOT, ...args);
}

/** Runs the CLI as `npm run` does from `folder`: in the project root, with INIT_CWD naming the folder. */
function claimsFrom(folder: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/claims.mjs'), ...args], {
    cwd: ROOT,
    env: { ...process.env, INIT_CWD: folder },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The ids the CLI gives the raw sources: their .md and .txt file names without extension, sorted. */
const SOURCE_IDS = readdirSync(SOURCES)
  .filter((name) => ['.md', '.txt'].includes(extname(name)))
  .map((name) => name.slice(0, -extname(name).length))
  .sort();

/** A fresh folder under the test's temp dir. */
let folders = 0;
function folder(name: string): string {
  const dir = join(work, `${++folders}-${name}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

interface Result {
  articles: { id: string; event: string | null }[];
  claims: { articles: string[]; passages: { text: string }[] }[];
  unique: Record<string, { text: string }[]>;
}

describe('npm run claims', () => {
  it('prints the same JSON the engine gives for a folder of Markdown articles', () => {
    const { status, stdout } = claims(join(CONTENT, 'articles'));
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(analyseCorpus(projectArticles()))));
  });

  it('reads plain .txt files, ids from file names', () => {
    const { status, stdout } = claims(SOURCES);
    expect(status).toBe(0);
    const result = JSON.parse(stdout) as Result;
    expect(SOURCE_IDS.length).toBeGreaterThan(1);
    expect(result.articles.map((a) => a.id)).toEqual(SOURCE_IDS);
    expect(result.claims.length).toBeGreaterThan(5);
  });

  it('lists the page debris it sets aside in .txt files and makes no claim of it', () => {
    const { status, stdout, stderr } = claims(SOURCES);
    expect(status).toBe(0);
    expect(stderr).toContain('001_65e81ee260f6cf05.txt:55: Kommentarformular: Leave a Reply');
    expect(stderr).toContain('003_de12604f73b84f1c.txt:8: Tweet-Einbettung (Absender und Datum)');
    expect(stderr).toContain('004_89733a5d9f8c67a3.txt:24: Zertifizierungshinweis: JTI zertifiziert JTI zertifiziert');
    const result = JSON.parse(stdout) as Result;
    const texts = [
      ...result.claims.flatMap((claim) => claim.passages.map((p) => p.text)),
      ...Object.values(result.unique).flatMap((list) => list.map((p) => p.text)),
    ].join('\n');
    for (const debris of [
      'Leave a Reply',
      'JTI zertifiziert',
      'Journalism Trust',
      'pic.twitter.com',
      '@krus_stern',
      'Partner-Inhalte',
      '3 Minuten',
    ]) {
      expect(texts).not.toContain(debris);
    }
    // The article text around the debris is still read: the sentence the tweet links were glued to.
    expect(texts).toContain('Die Trümmer wurden am 2. Januar in Charkiw gefunden.');
  });

  it('reads pages saved from a browser (.html) and finds what they share, without their page debris', () => {
    const pages = join(ROOT, 'tests/fixtures/import-pages');
    const { status, stdout, stderr } = claims(
      join(pages, '07-qualitaetszeitung.html'),
      join(pages, '10-auslandssender.html'),
    );
    expect(status, stderr).toBe(0);
    expect(stderr).toContain('07-qualitaetszeitung.html:3: Teilen-Leiste: FacebookTwitterE-Mail');
    expect(stderr).toContain('10-auslandssender.html:1: Cookie-Hinweis: Wir verwenden Cookies.');
    const result = JSON.parse(stdout) as Result;
    expect(result.articles.map((a) => a.id)).toEqual(['07-qualitaetszeitung', '10-auslandssender']);
    expect(result.claims.some((claim) => claim.articles.length === 2)).toBe(true);
    expect(JSON.stringify(result)).not.toMatch(/Cookie|FacebookTwitter|<\/?p>/);
  });

  it('gives plain-text files the event named with --event, and compares only within one event', () => {
    const same = ['000_96b6eba5b60b899a.txt', '004_89733a5d9f8c67a3.txt'].map((name) => join(SOURCES, name));
    const together = JSON.parse(claims('--event', 'gipfel', ...same).stdout) as Result;
    expect(together.articles.map((a) => a.event)).toEqual(['gipfel', 'gipfel']);
    expect(together.claims.length).toBeGreaterThan(0);

    const apart = JSON.parse(claims('--event', 'eins', same[0]!, '--event', 'zwei', same[1]!).stdout) as Result;
    expect(apart.articles.map((a) => a.event)).toEqual(['eins', 'zwei']);
    expect(apart.claims).toEqual([]);

    const none = JSON.parse(claims(...same).stdout) as Result;
    expect(none.articles.map((a) => a.event)).toEqual([null, null]);
    expect(none.claims.length).toBe(together.claims.length);
  });

  it('keeps the frontmatter event of Markdown files after --event', () => {
    const article = join(CONTENT, 'articles', 'putin-auf-staatsbesuch-in-nordkorea.md');
    const text = join(SOURCES, '000_96b6eba5b60b899a.txt');
    const result = JSON.parse(claims('--event', 'gipfel-wostotschny-2023', article, text).stdout) as Result;
    expect(result.articles.map((a) => a.event)).toEqual(['gipfel-wostotschny-2023', 'staatsbesuch-pjoengjang-2024']);
  });

  it('refuses a symbolic link loop in a folder instead of walking forever', () => {
    const dir = folder('schleife');
    copyFileSync(join(SOURCES, '000_96b6eba5b60b899a.txt'), join(dir, 'a.txt'));
    mkdirSync(join(dir, 'unter'));
    symlinkSync('..', join(dir, 'unter', 'zurueck'));
    const result = claims(dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(join(dir, 'unter', 'zurueck'));
    expect(result.stderr).toMatch(/symbolic link loop/);
  });

  it('does not follow symbolic links out of a folder, and says so', () => {
    const outside = folder('draussen');
    copyFileSync(join(SOURCES, '001_65e81ee260f6cf05.txt'), join(outside, 'fremd.txt'));
    const dir = folder('baum');
    copyFileSync(join(SOURCES, '000_96b6eba5b60b899a.txt'), join(dir, 'a.txt'));
    symlinkSync(outside, join(dir, 'link'));
    symlinkSync(join(outside, 'fremd.txt'), join(dir, 'fremd-link.txt'));
    const result = claims(dir);
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as Result).articles.map((a) => a.id)).toEqual(['a']);
    expect(result.stderr).toContain(`${join(dir, 'link')}: symbolic link to`);
    expect(result.stderr).toContain(`${join(dir, 'fremd-link.txt')}: symbolic link to`);
  });

  it('refuses a link in a folder that leads nowhere, naming it', () => {
    const dir = folder('kaputt');
    copyFileSync(join(SOURCES, '000_96b6eba5b60b899a.txt'), join(dir, 'a.txt'));
    symlinkSync(join(dir, 'gibt-es-nicht.txt'), join(dir, 'b.txt'));
    const result = claims(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${join(dir, 'b.txt')}: symbolic link to`);
    expect(result.stderr).toMatch(/does not exist or cannot be read/);
  });

  it('refuses text that is not UTF-8 with the offset of the first bad byte and how to convert it', () => {
    const file = join(folder('latin1'), 'alt.txt');
    // "Größe" in Latin-1: 0xF6 at offset 2 of the second line (offset 15 in the file).
    writeFileSync(
      file,
      Buffer.concat([Buffer.from('Erste Zeile.\nGr'), Buffer.from([0xf6, 0xdf]), Buffer.from('e.\n')]),
    );
    const result = claims(file);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${file}: not valid UTF-8`);
    expect(result.stderr).toContain('byte 0xF6 at offset 15 (line 2)');
    expect(result.stderr).toContain('iconv -f latin1 -t utf-8');
  });

  it('refuses to write --output over one of its inputs', () => {
    const dir = folder('eingabe');
    const input = join(dir, 'artikel.txt');
    copyFileSync(join(SOURCES, '000_96b6eba5b60b899a.txt'), input);
    const before = readFileSync(input, 'utf8');
    for (const args of [
      ['--output', input, input],
      ['--output', input, dir],
    ]) {
      const result = claims(...args);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/is also an input/);
      expect(readFileSync(input, 'utf8')).toBe(before);
    }
  });

  it('names the path when --output is a folder or in a folder that does not exist', () => {
    const dir = folder('ziel');
    const asFolder = claims('--output', dir, SOURCES);
    expect(asFolder.status).toBe(1);
    expect(asFolder.stderr).toContain(`--output ${dir}: is a folder`);
    const missing = join(dir, 'fehlt', 'claims.json');
    const inMissing = claims('--output', missing, SOURCES);
    expect(inMissing.status).toBe(1);
    expect(inMissing.stderr).toContain(`--output ${missing}: the folder ${join(dir, 'fehlt')} does not exist`);
  });

  it('refuses --output that is a named pipe, a device or a symbolic link by name, and leaves it as it was', () => {
    const dir = folder('keine-datei');
    const fifo = join(dir, 'rohr');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const target = join(dir, 'ziel.json');
    writeFileSync(target, '{"alt": true}\n');
    const link = join(dir, 'verweis.json');
    symlinkSync(target, link);
    const cases: [string, RegExp][] = [
      [
        fifo,
        /is a named pipe \(FIFO\), not a regular file; writing would replace it by a file\. To send the claims there, leave out --output/,
      ],
      ['/dev/null', /is a device, not a regular file/],
      [link, /is a symbolic link \(to ".*ziel\.json"\); writing would replace the link by a file/],
    ];
    for (const [output, message] of cases) {
      const result = claims('--output', output, SOURCES);
      expect(result.stderr).toContain(`claims: --output ${output}: `);
      expect(result.stderr).toMatch(message);
      expect(result.status).toBe(1);
    }
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('{"alt": true}\n');
    expect(readdirSync(dir).sort()).toEqual(['rohr', 'verweis.json', 'ziel.json']);
  });

  it('leaves an existing --output file untouched when a run fails, and no temporary files behind', () => {
    const dir = folder('atomar');
    const out = join(dir, 'claims.json');
    writeFileSync(out, '{"alt": true}\n');
    const failed = claims('--output', out, join(work, 'fehlt.md'));
    expect(failed.status).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('{"alt": true}\n');
    expect(claims('--output', out, SOURCES).status).toBe(0);
    expect((JSON.parse(readFileSync(out, 'utf8')) as Result).articles).toHaveLength(SOURCE_IDS.length);
    expect(readdirSync(dir)).toEqual(['claims.json']);
    expect(existsSync(out)).toBe(true);
  });

  it('writes to a file with --output and gives byte-identical results on every run', () => {
    const out = join(work, 'out.json');
    expect(claims('--output', out, SOURCES).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(claims(SOURCES).stdout);
  });

  it('fails clearly on missing, empty and binary files', () => {
    const empty = join(work, 'leer.md');
    const binary = join(work, 'bild.txt');
    writeFileSync(empty, '---\ntitle: x\n---\n\n');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    for (const [file, message] of [
      [join(work, 'fehlt.md'), /fehlt\.md: no such file or folder/],
      [empty, /leer\.md: the file has no text below its frontmatter/],
      [binary, /bild\.txt: this looks like a binary file/],
    ] as const) {
      const result = claims(file);
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(message);
    }
  });

  it('refuses options without their value and unknown options, with the usage', () => {
    for (const [args, message] of [
      [['--output'], /^claims: --output needs a file name\.$/m],
      [['-o', '--event', 'x', SOURCES], /^claims: --output needs a file name\.$/m],
      [['--event', SOURCES], /^claims: no files or folders given\.\nUsage:/],
      [[SOURCES, '--event'], /^claims: --event needs an event name, e.g\. --event gipfel-2023\.$/m],
      [['--ausgabe', 'x.json', SOURCES], /^claims: unknown option "--ausgabe"\.\nUsage:/],
    ] as const) {
      const result = claims(...args);
      expect(result.status, args.join(' ')).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(message);
    }
  });

  it('refuses two files that would get the same id', () => {
    mkdirSync(join(work, 'x'), { recursive: true });
    writeFileSync(join(work, 'x', 'artikel.txt'), 'Ein Satz.');
    writeFileSync(join(work, 'artikel.md'), 'Ein Satz.');
    const result = claims(join(work, 'x'), join(work, 'artikel.md'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/same name/);
  });
});

describe('npm run claims, run from another folder than the project root', () => {
  it('reads relative inputs and writes a relative --output from the folder npm was run in', () => {
    const dir = folder('anderswo');
    mkdirSync(join(dir, 'texte'));
    for (const name of ['000_96b6eba5b60b899a.txt', '004_89733a5d9f8c67a3.txt'])
      copyFileSync(join(SOURCES, name), join(dir, 'texte', name));
    const result = claimsFrom(dir, '--output', 'claims.json', 'texte');
    expect(result.status, result.stderr).toBe(0);
    const written = JSON.parse(readFileSync(join(dir, 'claims.json'), 'utf8')) as Result;
    expect(written.articles.map((a) => a.id)).toEqual(['000_96b6eba5b60b899a', '004_89733a5d9f8c67a3']);
    expect(existsSync(join(ROOT, 'claims.json'))).toBe(false);
  });

  it('reads a file whose name starts with a dash after --, and hints at -- without it', () => {
    const dir = folder('strich');
    copyFileSync(join(SOURCES, '000_96b6eba5b60b899a.txt'), join(dir, '-strich.txt'));
    const refused = claimsFrom(dir, '-strich.txt');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(
      'Put -- before file names that start with a dash: npm run -s claims -- -- -strich.txt',
    );
    // After --, "-h" is a file's name too, not a request for help.
    expect(claimsFrom(dir, '--', '-h').stderr).toContain('-h: no such file or folder');
    const read = claimsFrom(dir, '--', '-strich.txt');
    expect(read.status, read.stderr).toBe(0);
    expect((JSON.parse(read.stdout) as Result).articles.map((a) => a.id)).toEqual(['-strich']);
  });
});

describe('npm run claims refuses input it would read otherwise than the site', () => {
  it('refuses raw HTML in Markdown with its line, printing no claims', () => {
    const file = join(folder('html'), 'roh.md');
    writeFileSync(
      file,
      '# Titel\n\nKim sagte <b onclick="alert(1)">fett</b> zu Putin am Mittwoch.\n\n<div>Ein ganzer Absatz in einem HTML-Block über das Treffen.</div>\n',
    );
    const result = claims(file);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`claims: ${file}: 3 problems:`);
    expect(result.stderr).toContain('field "body": line 5 contains "<div>Ein ganzer Absatz');
  });

  it('names UTF-16 text as such, and the command it gives converts the file so it is read', () => {
    const dir = folder('utf16');
    const file = join(dir, 'artikel.txt');
    const text = readFileSync(join(SOURCES, '000_96b6eba5b60b899a.txt'), 'utf8');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const refused = claims(file);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`${file}: UTF-16 text (it starts with the byte-order mark FF FE)`);
    const command = /for example: (.*)$/m.exec(refused.stderr)![1]!;
    expect(spawnSync('sh', ['-c', command]).status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(claims(file).status).toBe(0);
  });

  it('names UTF-16 without a byte-order mark as such, with a command that converts it so it is read', () => {
    const dir = folder('utf16-unmarked');
    const file = join(dir, 'artikel.txt');
    const text = readFileSync(join(SOURCES, '000_96b6eba5b60b899a.txt'), 'utf8');
    writeFileSync(file, Buffer.from(text, 'utf16le'));
    const refused = claims(file);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`${file}: UTF-16 text (little-endian, without a byte-order mark`);
    expect(refused.stderr).not.toMatch(/binary/);
    const command = /for example: (.*)$/m.exec(refused.stderr)![1]!;
    expect(spawnSync('sh', ['-c', command]).status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(claims(file).status).toBe(0);
  });
});

describe('npm run claims reports on events and stories', () => {
  // The five raw pages the project started from, as received: four reports of the Vostochny
  // summit of September 2023 and one of the state visit to Pyongyang in June 2024 (003).
  const SEEDS = [
    '000_96b6eba5b60b899a',
    '001_65e81ee260f6cf05',
    '002_98dadad234490a67',
    '003_de12604f73b84f1c',
    '004_89733a5d9f8c67a3',
  ];
  const VISIT_2024 = '003_de12604f73b84f1c';

  it('groups the raw pages given without events into stories: the 2023 summit, and the 2024 visit apart', () => {
    const { status, stdout, stderr } = claims(...SEEDS.map((id) => join(SOURCES, `${id}.txt`)));
    expect(status, stderr).toBe(0);
    const result = JSON.parse(stdout) as Result & { stories: { articles: string[]; label: string }[] };
    expect(result.stories.map((story) => story.articles)).toEqual([SEEDS.filter((id) => id !== VISIT_2024)]);
    expect(result.stories[0]!.label).toMatch(/\S/);
    for (const claim of result.claims)
      expect(claim.articles.includes(VISIT_2024) && claim.articles.length > 1).toBe(false);
    expect(stderr).toMatch(/1 story of two or more articles \(4 articles\)/);
    expect(stderr).not.toMatch(/different event/);
  });

  it('lets declared events win over the grouping', () => {
    const { status, stdout } = claims('--event', 'alles-eins', ...SEEDS.map((id) => join(SOURCES, `${id}.txt`)));
    expect(status).toBe(0);
    const result = JSON.parse(stdout) as Result & { stories: unknown[] };
    expect(result.stories).toEqual([]);
    expect(result.claims.some((claim) => claim.articles.includes(VISIT_2024) && claim.articles.length > 1)).toBe(true);
  });

  it('warns, one line per article, when an article dates its event far from the others of its event', () => {
    const dir = folder('dates');
    writeFileSync(join(dir, 'a.txt'), 'Wostotschny, 13.09.2023 – Putin empfängt Kim auf dem Weltraumbahnhof.\n');
    writeFileSync(join(dir, 'b.txt'), 'Am 13. September 2023 trafen sich Putin und Kim auf dem Weltraumbahnhof.\n');
    writeFileSync(join(dir, 'c.txt'), 'Pjöngjang, 19. Juni 2024 – Putin trifft Kim in Pjöngjang.\n');
    const { status, stderr } = claims('--event', 'gipfel', dir);
    expect(status).toBe(0);
    const warnings = stderr.split('\n').filter((line) => line.includes('may report a different event'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(join(dir, 'c.txt'));
    expect(warnings[0]).toContain('19.6.2024');
  });

  it('says so, without a stack trace, when the program reading its output ends early', async () => {
    const dir = folder('many');
    // Enough articles for JSON beyond what a pipe holds (64 KB), so the reader's end is felt.
    for (let i = 1; i <= 40; i++)
      writeFileSync(
        join(dir, `bericht-${i}.txt`),
        Array.from({ length: 20 }, (_, s) => `Bericht ${i} meldet in Satz ${s} eine eigene Nachricht aus Wien.`).join(
          '\n',
        ),
      );
    const child = spawn(process.execPath, [join(ROOT, 'scripts/claims.mjs'), dir], { cwd: ROOT });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const [code] = (await once(child, 'close')) as [number | null];
    expect(code, stderr).toBe(1);
    expect(stderr).toContain('claims: the output was closed before the JSON was complete');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('keeps the date warnings to a few lines however many articles they concern', () => {
    const dir = folder('many-dates');
    for (let i = 1; i <= 4; i++)
      writeFileSync(join(dir, `gipfel-${i}.txt`), `Wostotschny, 13.09.2023 – Putin empfängt Kim (Bericht ${i}).\n`);
    // Twelve articles, each dated to a year of its own: every one lies far from all the others.
    for (let year = 2001; year <= 2012; year++)
      writeFileSync(join(dir, `anders-${year}.txt`), `Moskau, 1. März ${year} – Putin eröffnet eine Brücke.\n`);
    const { status, stderr } = claims('--event', 'gipfel', dir);
    expect(status, stderr).toBe(0);
    const lines = stderr.split('\n').filter((line) => line.startsWith('claims: warning:'));
    expect(lines.filter((line) => line.includes('may report a different event'))).toHaveLength(5);
    expect(
      lines.filter((line) => line.includes('7 more articles date what they report far from their event')),
    ).toHaveLength(1);
    expect(lines).toHaveLength(6);
  });

  it('does not warn when every article reports the same event, and prints claims per event', () => {
    const same = readArticleFilesIn(CONTENT)
      .filter((a) => a.event === 'gipfel-wostotschny-2023')
      .map((a) => join(SOURCES, a.source));
    const { status, stderr } = claims(...same);
    expect(status).toBe(0);
    expect(stderr).not.toMatch(/different event/);
    expect(stderr).toMatch(new RegExp(`all inputs \\(no event given\\): ${same.length} articles, \\d+ claims`));
    expect(stderr).toMatch(/passages in more than one claim: \d+/);
  });

  it('says "1 article", not "1 articles"', () => {
    const one = join(SOURCES, readArticleFilesIn(CONTENT)[0]!.source);
    const { status, stderr } = claims(one);
    expect(status).toBe(0);
    expect(stderr).toContain('all inputs (no event given): 1 article, 0 claims');
    expect(stderr).toContain('0 stories of two or more articles (0 articles)');
  });
});

function readArticleFilesIn(content: string): { event: string; source: string }[] {
  return readdirSync(join(content, 'articles'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const text = readFileSync(join(content, 'articles', name), 'utf8');
      return { event: /^event: (.+)$/m.exec(text)![1]!.trim(), source: /^source: (.+)$/m.exec(text)![1]!.trim() };
    });
}

describe('npm run claims -- --check-editorial', () => {
  const copy = (name: string, editorial: (text: string) => string) => {
    const dir = folder(name);
    cpSync(join(CONTENT, 'articles'), join(dir, 'articles'), { recursive: true });
    writeFileSync(join(dir, 'claims.yaml'), editorial(readFileSync(join(CONTENT, 'claims.yaml'), 'utf8')));
    return dir;
  };

  it('passes the project content, saying how many entries it checked', () => {
    const { status, stderr } = claims('--check-editorial', CONTENT);
    expect(status, stderr).toBe(0);
    expect(stderr).toMatch(/claims\.yaml: \d+ entr(y|ies) checked against \d+ articles; 0 no longer change anything/);
  });

  it('only warns about an entry whose decision no longer changes anything', () => {
    // An article alone in its event shares no claim, so naming one of its sentences is moot.
    const files = readArticleFilesIn(CONTENT);
    const lone = readdirSync(join(CONTENT, 'articles'))
      .filter((name) => name.endsWith('.md'))
      .find((name, _, all) => {
        const event = (n: string) => /^event: (.+)$/m.exec(readFileSync(join(CONTENT, 'articles', n), 'utf8'))![1];
        return all.filter((other) => event(other) === event(name)).length === 1;
      });
    expect(lone, `no article alone in its event among ${files.length}`).toBeDefined();
    const body = readFileSync(join(CONTENT, 'articles', lone!), 'utf8').split(/\n---\n/)[1]!;
    const words = /[A-ZÄÖÜ][\p{L} ]{25,}/u.exec(body)![0].slice(0, 25).trim();
    const dir = copy(
      'moot',
      (text) =>
        `${text.trimEnd()}\n  - action: name\n    quote: { article: ${lone!.replace(/\.md$/, '')}, text: '${words}' }\n    label: Ohne Gegenstück\n`,
    );
    const result = claims('--check-editorial', dir);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/this passage is in no claim, so there is nothing to name \(moot entry/);
    expect(result.stderr).toMatch(/1 no longer change anything/);
  });

  it('refuses a file as the content folder, wherever --check-editorial stands', () => {
    const file = join(SOURCES, '000_96b6eba5b60b899a.txt');
    const result = claims(file, '--check-editorial');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`--check-editorial ${file}: not a folder.`);
    expect(result.stderr).toContain('to find the claims of files, leave out --check-editorial');
  });

  it('fails on an entry whose quoted words are gone, naming entry, article and quote', () => {
    const dir = copy('gone', (text) => text.replace(/text: '([^']+)'/, "text: 'Diese Worte stehen in keinem Artikel'"));
    const result = claims('--check-editorial', dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /claims\.yaml, entry 1: field "text": "Diese Worte stehen in keinem Artikel" does not occur in one sentence of "[a-z0-9-]+"/,
    );
  });
});
