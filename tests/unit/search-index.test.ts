import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexedPages, indexSite } from '../../scripts/lib/search-index.ts';
import { decodeCbor, pagesInIndexOrder } from '../support/pagefind.ts';

/**
 * The search index holds the pages search may return, read in an order that does not depend on
 * the machine that builds it.
 */
const work = mkdtempSync(join(tmpdir(), 'synopse-search-index-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const PAGES: Record<string, string> = {
  'artikel/kosmodrom': 'Putin empfängt Kim auf dem Weltraumbahnhof Wostotschny im Osten Russlands.',
  'artikel/panzerzug': 'Kim reiste mit seinem gepanzerten Zug über die Grenze nach Russland.',
  'artikel/raketen': 'Nordkorea feuerte vor dem Treffen zwei ballistische Raketen ins Meer.',
};

/** A built site of article pages (only what Pagefind reads), with more pages when given. */
function site(name: string, more: Record<string, string> = {}): string {
  const dir = join(work, name);
  for (const [path, text] of Object.entries({ ...PAGES, ...more })) {
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
    const urls = pagesInIndexOrder(join(dir, 'pagefind')).map((page) => page.url);
    expect(urls).toHaveLength(11);
    expect(urls).toEqual([...urls].sort());
  });

  it('indexes the article, claim and event pages, sorted, and nothing else', () => {
    const dir = site('sections');
    for (const page of [
      'aussagen/b-aussage',
      'ereignisse/gipfel',
      'ereignisse/gipfel/synopse',
      'quellen/kosmodrom',
      'methode',
    ]) {
      mkdirSync(join(dir, page), { recursive: true });
      writeFileSync(join(dir, page, 'index.html'), '<html lang="de"><body data-pagefind-body>x</body></html>');
    }
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
