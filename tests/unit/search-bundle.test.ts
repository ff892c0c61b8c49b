import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { ambiguousNames, bundleFiles, decodeCbor, readMeta, verifiedPayload } from '../../scripts/lib/search-bundle.ts';
import { indexedPages, indexSite, pagefindVersion } from '../../scripts/lib/search-index.ts';

/**
 * A build reuses the previous build's Pagefind fragments of unchanged pages, and the bundle it
 * writes is the one a build from nothing writes, file for file.
 */
const work = mkdtempSync(join(tmpdir(), 'synopse-search-bundle-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const PAGES: Record<string, string> = {
  'artikel/kosmodrom': 'Putin empfängt Kim auf dem Weltraumbahnhof Wostotschny im Osten Russlands.',
  'artikel/panzerzug': 'Kim reiste mit seinem gepanzerten Zug über die Grenze nach Russland.',
  'artikel/raketen': 'Nordkorea feuerte vor dem Treffen zwei ballistische Raketen ins Meer.',
};

/** A built site of article pages (only what Pagefind reads), with one page's text replaced. */
function site(name: string, changed: Record<string, string> = {}): string {
  const dir = join(work, name);
  for (const [path, text] of Object.entries({ ...PAGES, ...changed })) {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(
      join(dir, path, 'index.html'),
      `<!doctype html><html lang="de"><head><title>${path}</title></head><body><main data-pagefind-body>` +
        '<span hidden data-pagefind-filter="Seite:Artikel"></span>' +
        `<h1 id="titel">${path}</h1>` +
        `<p id="absatz-1"><span id="satz-1">${text}</span></p></main></body></html>`,
    );
  }
  return dir;
}

/** Every file of a site's bundle with its bytes, by path. */
function bundle(dir: string): Map<string, Buffer> {
  const root = join(dir, 'pagefind');
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(root, { withFileTypes: true, recursive: true }))
    if (entry.isFile())
      files.set(relative(root, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name)));
  return files;
}

function expectSameBundle(actual: string, expected: string): void {
  const a = bundle(actual);
  const b = bundle(expected);
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  expect([...a].filter(([path, bytes]) => !bytes.equals(b.get(path)!)).map(([path]) => path)).toEqual([]);
}

/** The two pages of tests/fixtures/search-collision and their fragments' shared digits. */
const COLLISION = fileURLToPath(new URL('../fixtures/search-collision/site', import.meta.url));
const PAIR = ['aussagen/0uyfef2-2', 'artikel/artikel-04270'];
const SHORT = 'de_1b8dd26';

/** The URL a fragment file is for. */
function urlOf(file: string): string {
  return (
    JSON.parse(gunzipSync(readFileSync(file)).subarray('pagefind_dcd'.length).toString('utf8')) as { url: string }
  ).url;
}

const CHANGE = { 'artikel/raketen': 'Nordkorea feuerte während des Treffens zwei Raketen ab.' };

describe('reusing the previous search bundle', { timeout: 60_000 }, () => {
  it('reuses the fragments of unchanged pages and writes what a cold build writes', async () => {
    const previous = site('previous');
    expect((await indexSite(previous)).reused).toBe(0);
    const next = site('next', CHANGE);
    const result = await indexSite(next, previous);
    expect(result.pages).toBe(3);
    // Two of three pages are unchanged; the changed page's old fragment is not even put there.
    expect(result).toMatchObject({ reused: 2, dropped: 0 });

    const cold = site('cold', CHANGE);
    await indexSite(cold);
    expectSameBundle(next, cold);
    // An unchanged page's fragment is the previous build's file itself, not a new copy.
    const kept = [...bundle(previous).keys()].find((path) => path.startsWith('fragment/') && bundle(next).has(path))!;
    expect(kept).toBeDefined();
    expect(statSync(join(next, 'pagefind', kept)).ino).toBe(statSync(join(previous, 'pagefind', kept)).ino);
  });

  it('does not trust a previous file whose content does not match its name', async () => {
    const previous = site('tampered');
    await indexSite(previous);
    const fragments = readdirSync(join(previous, 'pagefind/fragment')).sort();
    // The first fragment's name with the second fragment's bytes: valid data, wrong name.
    const victim = join(previous, 'pagefind/fragment', fragments[0]!);
    writeFileSync(victim, readFileSync(join(previous, 'pagefind/fragment', fragments[1]!)));
    expect(verifiedPayload(fragments[0]!, readFileSync(victim))).toBeUndefined();

    const next = site('after-tampered', CHANGE);
    await indexSite(next, previous);
    const cold = site('cold-2', CHANGE);
    await indexSite(cold);
    expectSameBundle(next, cold);
  });

  it('writes again a reused name that the new build gives another page', async () => {
    // Two pages whose fragments share their name's seven digits: the one Pagefind reads first
    // gets the short name, the other a longer one.
    const both = join(work, 'collision-cold');
    cpSync(COLLISION, both, { recursive: true });
    await indexSite(both);
    const names = readdirSync(join(both, 'pagefind/fragment')).sort();
    expect(names, 'the fixture no longer collides: see its README').toEqual([
      `${SHORT}.pf_fragment`,
      expect.stringMatching(new RegExp(`^${SHORT}[0-9a-f]+\\.pf_fragment$`)),
    ]);
    const first = urlOf(join(both, 'pagefind/fragment', names[0]!));
    // The previous site had only the other page, whose fragment then had the short name.
    const previous = join(work, 'collision-previous');
    const other = PAIR.find((page) => `/${page}/` !== first)!;
    cpSync(join(COLLISION, other), join(previous, other), { recursive: true });
    await indexSite(previous);
    expect(readdirSync(join(previous, 'pagefind/fragment'))).toEqual([`${SHORT}.pf_fragment`]);

    const next = join(work, 'collision-next');
    cpSync(COLLISION, next, { recursive: true });
    const result = await indexSite(next, previous);
    expect(result).toMatchObject({ reused: 1, dropped: 1 });
    expectSameBundle(next, both);
  });

  it('does not reuse names that already shared their digits', async () => {
    const previous = join(work, 'collision-both');
    cpSync(COLLISION, previous, { recursive: true });
    await indexSite(previous);
    const next = join(work, 'collision-both-again');
    cpSync(COLLISION, next, { recursive: true });
    // Which page gets the short name depends on the order Pagefind reads them, which may change.
    expect(await indexSite(next, previous)).toMatchObject({ reused: 0, dropped: 0 });
    expectSameBundle(next, previous);
  });

  it('counts as ambiguous every reused name of a group that shares seven digits', () => {
    const referenced = ['de_abcdef1.pf_fragment', 'de_abcdef12.pf_fragment', 'de_1234567.pf_fragment'];
    const reused = new Set(['de_abcdef1.pf_fragment', 'de_1234567.pf_fragment']);
    expect(ambiguousNames(referenced, reused)).toEqual(['de_abcdef1.pf_fragment']);
    expect(ambiguousNames(referenced, new Set(['de_abcdef12.pf_fragment']))).toEqual(['de_abcdef12.pf_fragment']);
    expect(ambiguousNames(['de_1234567.pf_fragment'], reused)).toEqual([]);
  });

  it('reuses nothing that another Pagefind version wrote', async () => {
    const previous = site('other-version');
    await indexSite(previous);
    const entryFile = join(previous, 'pagefind/pagefind-entry.json');
    const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { version: string };
    writeFileSync(entryFile, JSON.stringify({ ...entry, version: `${entry.version}-other` }));
    expect(bundleFiles(join(previous, 'pagefind'), pagefindVersion())).toBeUndefined();
    expect((await indexSite(site('after-other-version'), previous)).reused).toBe(0);
  });

  it("reads the files a bundle's metadata names", async () => {
    const dir = site('metadata');
    await indexSite(dir);
    const named = bundleFiles(join(dir, 'pagefind'), pagefindVersion())!;
    expect(named.fragment.size).toBe(3);
    for (const folder of ['fragment', 'index', 'filter'] as const)
      expect([...named[folder]].sort()).toEqual(readdirSync(join(dir, 'pagefind', folder)).sort());
    expect(readMeta(Buffer.from('not a bundle'))).toBeUndefined();
  });
});

describe('the search index', { timeout: 60_000 }, () => {
  it('numbers the pages in the order of their addresses, not the order the file system lists them', async () => {
    // Pagefind numbers pages in the order it reads them, and its files carry the numbers. A
    // folder lists its entries in an order of its own (ext4: its hashing of the names, seeded
    // differently on every file system), so that order must not reach the index.
    const many = Object.fromEntries(
      ['wostotschny', 'amur', 'kreml', 'pjoengjang', 'sojus', 'angara', 'chabarowsk', 'zug'].map((name, i) => [
        `artikel/${name}`,
        `Bericht ${i + 1} über ${name}: Putin und Kim trafen sich am Mittwoch.`,
      ]),
    );
    const dir = site('page-order', many);
    await indexSite(dir);
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { hash: string }>;
    };
    const meta = readMeta(readFileSync(join(dir, `pagefind/pagefind.${entry.languages['de']!.hash}.pf_meta`)))!;
    const urls = meta.fragment.map((hash) => urlOf(join(dir, 'pagefind/fragment', `${hash}.pf_fragment`)));
    expect(urls).toHaveLength(11);
    expect(urls).toEqual([...urls].sort());
  });

  it('indexes the article, claim and event pages, sorted, and nothing else', () => {
    const dir = site('sections');
    for (const extra of [
      'aussagen/b-aussage',
      'ereignisse/gipfel',
      'ereignisse/gipfel/synopse',
      'quellen/kosmodrom',
      'methode',
    ])
      mkdirSync(join(dir, extra), { recursive: true });
    for (const page of [
      'aussagen/b-aussage',
      'ereignisse/gipfel',
      'ereignisse/gipfel/synopse',
      'quellen/kosmodrom',
      'methode',
    ])
      writeFileSync(join(dir, page, 'index.html'), '<html lang="de"><body data-pagefind-body>x</body></html>');
    mkdirSync(join(dir, 'artikel/ohne-seite'), { recursive: true });
    expect(indexedPages(dir)).toEqual([
      'artikel/kosmodrom',
      'artikel/panzerzug',
      'artikel/raketen',
      'aussagen/b-aussage',
      'ereignisse/gipfel',
    ]);
    // Pagefind is given each page as a glob: a folder name no route makes is refused, not read as one.
    mkdirSync(join(dir, 'artikel/[a-z]*'), { recursive: true });
    writeFileSync(join(dir, 'artikel/[a-z]*/index.html'), '<html lang="de"><body>x</body></html>');
    expect(() => indexedPages(dir)).toThrow('unexpected name: artikel/[a-z]*');
  });
});

describe('decodeCbor', () => {
  // Examples from RFC 8949, appendix A.
  it.each([
    ['00', 0],
    ['17', 23],
    ['1818', 24],
    ['190100', 256],
    ['1a000f4240', 1_000_000],
    ['20', -1],
    ['6161', 'a'],
    ['62c3bc', 'ü'],
    ['83010203', [1, 2, 3]],
    ['8301820203820405', [1, [2, 3], [4, 5]]],
    ['f4', false],
    ['f6', null],
  ])('decodes %s', (hex, value) => {
    expect(decodeCbor(Buffer.from(hex, 'hex'))).toEqual(value);
  });

  it.each([
    ['9f0102ff', 'an array of indefinite length'],
    ['8301', 'an array cut short'],
    ['0000', 'bytes after the item'],
    ['fb3ff199999999999a', 'a float'],
  ])('refuses %s (%s)', (hex) => {
    expect(() => decodeCbor(Buffer.from(hex, 'hex'))).toThrow(/CBOR/);
  });
});
