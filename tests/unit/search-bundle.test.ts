import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleFiles, decodeCbor, matchesName, readMeta } from '../../scripts/lib/search-bundle.ts';
import { indexSite, pagefindVersion } from '../../scripts/lib/search-index.ts';

/**
 * A build reuses the previous build's Pagefind files where they hold the same data, and the
 * bundle it writes is the one a build from nothing writes, file for file.
 */
const work = mkdtempSync(join(tmpdir(), 'synopse-search-bundle-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const PAGES: Record<string, string> = {
  'artikel/kosmodrom': 'Putin empfängt Kim auf dem Weltraumbahnhof Wostotschny im Osten Russlands.',
  'artikel/panzerzug': 'Kim reiste mit seinem gepanzerten Zug über die Grenze nach Russland.',
  'artikel/raketen': 'Nordkorea feuerte vor dem Treffen zwei ballistische Raketen ins Meer.',
};

/** A built site of article pages (only what Pagefind reads), with one page's text replaced. */
function site(name: string, changed: Record<string, string> = {}, { filters = true } = {}): string {
  const dir = join(work, name);
  for (const [path, text] of Object.entries({ ...PAGES, ...changed })) {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(
      join(dir, path, 'index.html'),
      `<!doctype html><html lang="de"><head><title>${path}</title></head><body><main data-pagefind-body>` +
        (filters ? '<span hidden data-pagefind-filter="Seite:Artikel"></span>' : '') +
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

const CHANGE = { 'artikel/raketen': 'Nordkorea feuerte während des Treffens zwei Raketen ab.' };

describe('reusing the previous search bundle', { timeout: 60_000 }, () => {
  it('reuses unchanged files, drops the changed ones and writes what a cold build writes', async () => {
    const previous = site('previous');
    expect((await indexSite(previous)).reused).toBe(0);
    const next = site('next', CHANGE);
    const result = await indexSite(next, previous);
    expect(result.pages).toBe(3);
    expect(result.reused).toBeGreaterThan(0);
    // The changed page's fragment and the word index that lists its words were reused and removed.
    expect(result.removed).toBeGreaterThanOrEqual(2);

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
    expect(matchesName(fragments[0]!, readFileSync(victim))).toBe(false);

    const next = site('after-tampered', CHANGE);
    await indexSite(next, previous);
    const cold = site('cold-2', CHANGE);
    await indexSite(cold);
    expectSameBundle(next, cold);
  });

  it('leaves no folder behind that a cold build would not make', async () => {
    const previous = site('with-filters');
    await indexSite(previous);
    const next = site('without-filters', {}, { filters: false });
    expect((await indexSite(next, previous)).reused).toBeGreaterThan(0);
    const cold = site('cold-without-filters', {}, { filters: false });
    await indexSite(cold);
    expectSameBundle(next, cold);
    expect(existsSync(join(cold, 'pagefind/filter'))).toBe(false);
    expect(existsSync(join(next, 'pagefind/filter'))).toBe(false);
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
