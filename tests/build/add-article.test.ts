import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkIntegrity, type ArticleParts } from '../../src/lib/content/integrity.ts';
import { extractBlocks } from '../../src/lib/text/blocks.ts';
import { readArticleFiles, type ArticleFile } from '../support/articles.ts';
import { runBuild } from '../support/astro.ts';
import { CONTENT, ROOT, SOURCES } from '../support/paths.ts';

const work = mkdtempSync(join(tmpdir(), 'synopse-add-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let copies = 0;
/**
 * A copy of the project's content folder in the temp dir. With `without`, the article made from
 * that source and the source itself are left out, so the page can be imported afresh.
 */
function contentCopy(without?: string): string {
  const dir = join(work, `content-${++copies}`);
  cpSync(CONTENT, dir, { recursive: true });
  if (without) {
    for (const article of readArticleFiles(join(dir, 'articles'))) {
      if (article.frontmatter.source === without) rmSync(article.path);
    }
    rmSync(join(dir, 'sources', without));
  }
  return dir;
}

/** Runs `npm run add` on a content folder; the timeout makes a hang a failure. */
function add(content: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/add-article.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, SYNOPSE_CONTENT_DIR: content },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file of a content folder with its bytes: to prove a refused import changed nothing. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = join(dir, entry);
    if (statSync(path).isFile()) files[entry] = readFileSync(path, 'base64');
  }
  return files;
}

function readArticle(content: string, slug: string): ArticleFile {
  return readArticleFiles(join(content, 'articles')).find((a) => a.slug === slug)!;
}

function integrity(content: string, article: ArticleFile) {
  const seed = readFileSync(join(content, 'sources', String(article.frontmatter.source)), 'utf8');
  const parts = {
    ...(article.frontmatter as Omit<ArticleParts, 'body'>),
    removed: (article.frontmatter.removed as { text: string }[] | undefined) ?? [],
    body: article.body,
  };
  return checkIntegrity(seed, parts);
}

const blocks = (body: string) => extractBlocks(body).map((block) => `${block.kind}: ${block.text}`);
const project = readArticleFiles();

describe('npm run add', () => {
  it('imports a raw text as a new article whose fields match what an editor wrote by hand', () => {
    const source = '004_89733a5d9f8c67a3.txt';
    const content = contentCopy(source);
    const result = add(content, join(SOURCES, source), '--event', 'gipfel-wostotschny-2023', '--slug', 'kim-neu');
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(content, 'sources', source))).toEqual(readFileSync(join(SOURCES, source)));

    const article = readArticle(content, 'kim-neu');
    const curated = project.find((a) => a.frontmatter.source === source)!;
    const fm = article.frontmatter;
    expect(fm.titleSource).toBe('editorial');
    expect(fm.lead).toBe(curated.frontmatter.lead);
    expect(fm.event).toBe('gipfel-wostotschny-2023');
    expect(fm.agencies).toEqual(['dpa', 'AFP']);
    expect(fm.credit).toBe('(dpa/afp/fte)');
    expect(fm.variant).toBe('de-DE');
    expect(fm.source).toBe(source);
    expect((fm.removed as { text: string }[]).map((r) => r.text)).toEqual(
      (curated.frontmatter.removed as { text: string }[]).map((r) => r.text),
    );
    expect(fm.published).toBeUndefined();
    expect(blocks(article.body)).toEqual(blocks(curated.body));
    expect(integrity(content, article)).toEqual([]);

    expect(result.stdout).toMatch(/title: the text has no headline/);
    expect(result.stdout).toMatch(/published: the text states no publication date/);
    expect(readFileSync(article.path, 'utf8')).toMatch(/^# published: TO FILL IN/m);
  });

  for (const curated of project) {
    const source = String(curated.frontmatter.source);
    it(`drafts ${source} like the article an editor made of it, passing the integrity check`, () => {
      const content = contentCopy(source);
      const result = add(content, join(SOURCES, source), '--event', String(curated.frontmatter.event), '--slug', 'neu');
      expect(result.status, result.stderr).toBe(0);
      const article = readArticle(content, 'neu');
      const fm = article.frontmatter;
      expect(integrity(content, article)).toEqual([]);
      expect(fm.titleSource).toBe(curated.frontmatter.titleSource);
      if (fm.titleSource === 'source') expect(fm.title).toBe(curated.frontmatter.title);
      for (const key of ['kicker', 'lead', 'credit', 'agencies', 'variant']) {
        expect(fm[key], key).toEqual(curated.frontmatter[key] ?? (key === 'agencies' ? [] : undefined));
      }
      expect(fm.removed ?? []).toEqual(
        ((curated.frontmatter.removed as { text: string }[]) ?? []).map((r) => ({
          text: r.text,
          reason: expect.any(String) as unknown,
        })),
      );
    });
  }

  it('imports an HTML page: article text in the body, page furniture in removed, the page kept as provenance', () => {
    const page = join(work, 'kim-besuch.html');
    writeFileSync(page, HTML_PAGE);
    const content = contentCopy();
    const result = add(content, page, '--event', 'gipfel-wostotschny-2023');
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(content, 'sources', 'kim-besuch.html'), 'utf8')).toBe(HTML_PAGE);

    const article = readArticle(content, 'kim-besucht-putin-im-kosmodrom');
    const fm = article.frontmatter;
    expect(fm.title).toBe('Kim besucht Putin im Kosmodrom');
    expect(fm.titleSource).toBe('source');
    expect(fm.kicker).toBe('Treffen in Russland');
    expect(fm.lead).toBe(
      'Nordkoreas Machthaber ist mit dem Zug angereist. Im Kosmodrom Wostotschny geht es um Raketen.',
    );
    expect(fm.published).toMatchObject({ date: '2023-09-13', precision: 'day' });
    expect(fm.agencies).toEqual(['dpa', 'AFP']);
    expect(fm.credit).toBe('(dpa/AFP/abc)');
    expect(fm.variant).toBe('de-DE');
    expect(fm.source).toBe('kim-besuch.txt');
    const removed = Object.fromEntries(
      (fm.removed as { text: string; reason: string }[]).map((r) => [r.text, r.reason]),
    );
    expect(removed).toMatchObject({
      Politik: 'Navigation',
      'Teilen Facebook WhatsApp': 'Teilen-Leiste',
      '13.09.2023, 09:41 Uhr': 'Datumszeile',
      'Putin und Kim beim Händeschütteln. Foto: Sputnik': 'Bildunterschrift',
      'Impressum · Datenschutz': 'Seitenfuß',
      'Kommentar schreiben': 'Kommentarformular',
    });
    expect(blocks(article.body)).toEqual([
      'paragraph: Kim Jong Un ist am Mittwoch auf dem Weltraumbahnhof Wostotschny eingetroffen. Putin empfing ihn & seine Delegation am Eingang.',
      'heading: Gespräche über Satelliten',
      'paragraph: Russland werde Nordkorea beim Bau von Satelliten helfen, sagte Putin. Deswegen sei man hier.',
      'quote: „Wir werden über alle Themen sprechen“, sagte Putin.',
      'paragraph: Kim war in seinem gepanzerten Sonderzug angereist.',
    ]);
    expect(article.body).not.toMatch(/Teilen|Impressum|window\.dataLayer|<|Kommentar/);
    expect(integrity(content, article)).toEqual([]);

    // The imported article passes every check of a real build (schema, references, body rules).
    const build = runBuild({
      SYNOPSE_CONTENT_DIR: content,
      SYNOPSE_CACHE_DIR: join(work, 'cache'),
      SYNOPSE_OUT_DIR: join(work, 'dist'),
    });
    expect(build.status, build.output.slice(-3000)).toBe(0);
    expect(
      readFileSync(join(work, 'dist', 'artikel', 'kim-besucht-putin-im-kosmodrom', 'index.html'), 'utf8'),
    ).toContain('Deswegen sei man hier.');
  });

  it('takes the publication date from a date line and the Swiss spelling from the text', () => {
    const file = join(work, 'meldung-ch.txt');
    writeFileSync(
      file,
      'Kim reist nach Russland\nVeröffentlicht am 12.09.2023, 18:05 Uhr\nDer grosse Zug fuhr über die Grenze. Es hiess, Kim sei an Bord.\nAuf Facebook teilen\nAm Mittwoch trifft er Putin.\n(sda)\n',
    );
    const content = contentCopy();
    const result = add(content, file, '--event', 'gipfel-wostotschny-2023');
    expect(result.status, result.stderr).toBe(0);
    const fm = readArticle(content, 'kim-reist-nach-russland').frontmatter;
    expect(fm.published).toEqual({
      date: '2023-09-12',
      precision: 'day',
      basis: 'Datumszeile der Quelle: „Veröffentlicht am 12.09.2023, 18:05 Uhr“.',
    });
    expect(fm.variant).toBe('de-CH');
    expect(fm.agencies).toEqual(['sda']);
    expect(fm.removed).toEqual([
      { text: 'Veröffentlicht am 12.09.2023, 18:05 Uhr', reason: 'Datumszeile' },
      { text: 'Auf Facebook teilen', reason: 'Teilen-Leiste' },
    ]);
  });

  it('imports a Markdown page: its headings stay, the page is kept and its text saved as the seed', () => {
    const page = join(work, 'meldung.md');
    const markdown =
      '# Kim trifft Putin\n\nTeilen\n\nKim und Putin trafen sich im **Kosmodrom**.\n\n## Worum es ging\n\nEs ging um Satelliten.\n\n(AFP)\n';
    writeFileSync(page, markdown);
    const content = contentCopy();
    const result = add(content, page, '--event', 'gipfel-wostotschny-2023');
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(content, 'sources', 'meldung.md'), 'utf8')).toBe(markdown);
    expect(readFileSync(join(content, 'sources', 'meldung.txt'), 'utf8')).toBe(markdown);
    const article = readArticle(content, 'kim-trifft-putin');
    expect(article.frontmatter).toMatchObject({
      title: 'Kim trifft Putin',
      titleSource: 'source',
      source: 'meldung.txt',
    });
    expect(article.frontmatter.removed).toEqual([{ text: 'Teilen', reason: 'Teilen-Leiste' }]);
    expect(blocks(article.body)).toEqual([
      'paragraph: Kim und Putin trafen sich im Kosmodrom.',
      'heading: Worum es ging',
      'paragraph: Es ging um Satelliten.',
    ]);
    expect(integrity(content, article)).toEqual([]);
  });

  it('refuses an HTML page over 4 MiB before reading it, and one nested 20,000 levels deep, changing nothing', () => {
    const content = contentCopy();
    const before = snapshot(content);
    const large = join(work, 'riesig.html');
    writeFileSync(large, `<html><body><p>${'Ein Satz. '.repeat(450_000)}</p></body></html>`);
    const big = add(content, large, '--event', 'gipfel-wostotschny-2023');
    expect(big.stderr).toMatch(
      /riesig\.html: the file has 4,500,\d+ bytes \(4\.29 MiB\); an HTML page may have at most 4 MiB/,
    );
    expect(big.status).toBe(1);
    const deep = join(work, 'tief.html');
    writeFileSync(deep, `<html><body>\n${'<div>'.repeat(20_000)}<p>Text.</p>${'</div>'.repeat(20_000)}</body></html>`);
    const nested = add(content, deep, '--event', 'gipfel-wostotschny-2023');
    expect(nested.stderr).toMatch(/tief\.html: line 2: elements nest more than 200 levels deep/);
    expect(nested.stderr).not.toMatch(/Maximum call stack/);
    expect(nested.status).toBe(1);
    expect(snapshot(content)).toEqual(before);
  });

  it('never overwrites work when run twice', () => {
    const source = '000_96b6eba5b60b899a.txt';
    const content = contentCopy(source);
    const args = [join(SOURCES, source), '--event', 'gipfel-wostotschny-2023'];
    expect(add(content, ...args).status).toBe(0);
    const path = join(content, 'articles', 'putin-und-kim-treffen-sich-auf-weltraumbahnhof.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('agencies: []', 'agencies: [] # von Hand geprüft'));
    const before = snapshot(content);

    const again = add(content, ...args);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/putin-und-kim-treffen-sich-auf-weltraumbahnhof\.md already exists/);
    const otherSlug = add(content, ...args, '--slug', 'noch-einmal');
    expect(otherSlug.status).toBe(1);
    expect(otherSlug.stderr).toMatch(
      /already imported as content\/articles\/putin-und-kim-treffen-sich-auf-weltraumbahnhof\.md/,
    );
    expect(snapshot(content)).toEqual(before);
  });

  describe('refuses, naming the file and the reason, and changes nothing', () => {
    const refusals: [string, () => string[], RegExp][] = [
      [
        'an option without its value',
        () => [join(work, 'meldung-ch.txt'), '--slug'],
        /^add: --slug needs a value\.\nUsage:/,
      ],
      [
        'an option where a value should be',
        () => [join(work, 'meldung-ch.txt'), '--event', '--slug', 'x'],
        /^add: --event needs a value\./,
      ],
      [
        'an unknown option',
        () => [join(work, 'meldung-ch.txt'), '--titel', 'x'],
        /^add: unknown option "--titel"\.\nUsage:/,
      ],
      [
        'two files',
        () => [join(work, 'meldung-ch.txt'), join(work, 'meldung-ch.txt')],
        /expected exactly one file, got 2/,
      ],
      [
        'a binary file',
        () => {
          const file = join(work, 'bild.txt');
          writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
          return [file];
        },
        /bild\.txt: this looks like a binary file/,
      ],
      [
        'text that is not UTF-8',
        () => {
          const file = join(work, 'latin1.txt');
          writeFileSync(
            file,
            Buffer.concat([Buffer.from('Titel\nKim sagte: '), Buffer.from([0xab, 0x4a, 0x61, 0xbb])]),
          );
          return [file];
        },
        /latin1\.txt: not valid UTF-8 text: byte 0xAB at offset 17 \(line 2\).*iconv -f latin1 -t utf-8/,
      ],
      [
        'an empty file',
        () => {
          const file = join(work, 'leer.txt');
          writeFileSync(file, '  \n\n');
          return [file];
        },
        /leer\.txt: the file is empty/,
      ],
      [
        'a page that is all debris',
        () => {
          const file = join(work, 'nur-reste.txt');
          writeFileSync(file, 'Leave a Reply\nAnzeige\n3 Minuten\n');
          return [file];
        },
        /nur-reste\.txt: no article text is left/,
      ],
      [
        'a slug that already exists',
        () => [join(work, 'meldung-ch.txt'), '--slug', 'putin-empfaengt-kim-in-wostotschny'],
        /putin-empfaengt-kim-in-wostotschny\.md already exists/,
      ],
      [
        'an event that does not exist, listing the known ones',
        () => [join(work, 'meldung-ch.txt'), '--event', 'gipfel-2099'],
        /--event gipfel-2099: no such event\. Known events \(content\/events\/\): gipfel-wostotschny-2023, staatsbesuch-pjoengjang-2024/,
      ],
      [
        'a different file with the name of an existing source',
        () => {
          const dir = join(work, 'anders');
          mkdirSync(dir, { recursive: true });
          const file = join(dir, '002_98dadad234490a67.txt');
          writeFileSync(file, 'Ganz anderer Titel\nEin ganz anderer Text über etwas anderes.\n');
          return [file, '--slug', 'anders'];
        },
        /sources\/002_98dadad234490a67\.txt already exists and differs from .*anders\/002_98dadad234490a67\.txt/,
      ],
      [
        'a page dated long before the event given',
        () => {
          const file = join(work, 'vorjahr.txt');
          writeFileSync(
            file,
            'Kim reist nach Russland\nVeröffentlicht am 12.09.2023, 18:05 Uhr\nKim fuhr mit dem Zug nach Russland.\n',
          );
          return [file, '--event', 'staatsbesuch-pjoengjang-2024'];
        },
        /vorjahr\.txt: nothing was written: the page is dated 2023-09-12, 280 days before the event "staatsbesuch-pjoengjang-2024" began \(2024-06-18\)/,
      ],
      [
        'a file of another kind',
        () => [join(ROOT, 'package.json')],
        /package\.json: expected a \.txt, \.md or \.html file/,
      ],
    ];
    for (const [what, setUp, message] of refusals) {
      it(what, () => {
        writeFileSync(join(work, 'meldung-ch.txt'), 'Eine Meldung\nKim fuhr mit dem Zug nach Russland.\n');
        const content = contentCopy();
        const before = snapshot(content);
        const result = add(content, ...setUp());
        expect(result.status).toBe(1);
        expect(result.stderr).toMatch(message);
        expect(snapshot(content)).toEqual(before);
      });
    }
  });
});

const HTML_PAGE = `<!doctype html>
<html lang="de">
<head>
  <meta charset="utf-8">
  <title>Kim besucht Putin im Kosmodrom | Beispiel-Zeitung</title>
  <meta property="article:published_time" content="2023-09-13T09:41:00+02:00">
  <script>window.dataLayer = [{ page: "artikel" }];</script>
  <style>body { font-family: sans-serif; }</style>
</head>
<body>
  <header class="site-header">
    <a href="/" class="logo">Beispiel-Zeitung</a>
    <nav><ul><li><a href="/politik">Politik</a></li><li><a href="/wirtschaft">Wirtschaft</a></li></ul></nav>
  </header>
  <main>
    <article>
      <header>
        <p class="kicker">Treffen in Russland</p>
        <h1>Kim besucht Putin im Kosmodrom</h1>
        <p class="lead">Nordkoreas Machthaber ist mit dem Zug angereist. Im Kosmodrom Wostotschny geht es um Raketen.</p>
        <time datetime="2023-09-13T09:41:00+02:00">13.09.2023, 09:41 Uhr</time>
        <div class="share"><button>Teilen</button> <a href="https://facebook.com/sharer">Facebook</a> <a href="https://wa.me/">WhatsApp</a></div>
      </header>
      <p>Kim Jong Un ist am Mittwoch auf dem Weltraumbahnhof Wostotschny eingetroffen. Putin empfing ihn &amp; seine Delegation am Eingang.</p>
      <figure><img src="bild.jpg" alt="Putin und Kim"><figcaption>Putin und Kim beim Händeschütteln. Foto: Sputnik</figcaption></figure>
      <h2>Gespräche über Satelliten</h2>
      <p>Russland werde Nordkorea beim Bau von Satelliten helfen, sagte Putin. <em>Deswegen</em> sei man hier.</p>
      <blockquote><p>„Wir werden über alle Themen sprechen“, sagte Putin.</p></blockquote>
      <p>Kim war in seinem gepanzerten Sonderzug angereist. (dpa/AFP/abc)</p>
      <aside class="related"><h3>Mehr zum Thema</h3><ul><li><a href="/a">Kim in Wladiwostok</a></li></ul></aside>
    </article>
    <section id="comments"><h2>Kommentar schreiben</h2><form><label>Name</label><textarea></textarea><button>Senden</button></form></section>
  </main>
  <footer><p>© 2023 Beispiel-Zeitung</p><a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></footer>
</body>
</html>
`;
