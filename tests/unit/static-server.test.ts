import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { get as httpGet, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseEncoding, parseHeadersFile, serveStatic, type StaticSite } from '../../scripts/lib/static-server.ts';
import { ROOT } from '../support/paths.ts';

const root = mkdtempSync(join(tmpdir(), 'synopse-static-'));
let site: StaticSite;

beforeAll(async () => {
  mkdirSync(join(root, 'artikel', 'eins'), { recursive: true });
  mkdirSync(join(root, 'pagefind'));
  writeFileSync(join(root, 'index.html'), '<h1>Start</h1>');
  writeFileSync(join(root, 'artikel', 'eins', 'index.html'), '<h1>Artikel eins</h1>');
  writeFileSync(join(root, '404.html'), '<h1>Nicht gefunden</h1>');
  writeFileSync(join(root, 'pagefind', 'pagefind.de_1.pf_meta'), 'bytes');
  // The project's own headers file, as the build copies it into dist/.
  writeFileSync(join(root, '_headers'), readFileSync(join(ROOT, 'public/_headers'), 'utf8'));
  site = await serveStatic(root);
});

afterAll(async () => {
  await site?.close();
  rmSync(root, { recursive: true, force: true });
});

const get = (path: string) => fetch(new URL(path, site.url));

describe('the static server for the built site', () => {
  it('serves on a loopback origin with a trailing slash', () => {
    expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves x/index.html for /x/, and the root page for /', async () => {
    const page = await get('artikel/eins/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html;\s*charset=utf-8$/i);
    expect(await page.text()).toBe('<h1>Artikel eins</h1>');
    expect(await (await get('/')).text()).toBe('<h1>Start</h1>');
    expect(await (await get('artikel/eins/?highlight=Kim')).text()).toBe('<h1>Artikel eins</h1>');
  });

  it('answers an unknown path with 404.html and status 404', async () => {
    const missing = await get('artikel/zwei/');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await missing.text()).toBe('<h1>Nicht gefunden</h1>');
  });

  it('serves Pagefind index files as bytes', async () => {
    const file = await get('pagefind/pagefind.de_1.pf_meta');
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/octet-stream');
  });

  it('answers a malformed URI with 400 and keeps serving', async () => {
    const malformed = await get('/%E0%A4%A');
    expect(malformed.status).toBe(400);
    // In the reader's language, like every page of the site.
    expect(await malformed.text()).toMatch(/^Ungültige Adresse/);
    const again = await get('artikel/eins/');
    expect(again.status).toBe(200);
    expect(await again.text()).toBe('<h1>Artikel eins</h1>');
  });

  it('sends text Brotli- or gzip-compressed, as the client accepts, as static hosts do', async () => {
    const page = await raw('artikel/eins/', { 'accept-encoding': 'gzip, deflate, br' });
    expect(page.status).toBe(200);
    expect(page.headers['content-encoding']).toBe('br');
    expect(page.headers['content-type']).toMatch(/^text\/html;\s*charset=utf-8$/i);
    expect(page.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(page.body).toString('utf8')).toBe('<h1>Artikel eins</h1>');
    // A client without Brotli, or refusing it, gets gzip.
    for (const accept of ['gzip, deflate', 'br;q=0, gzip']) {
      const gzipped = await raw('artikel/eins/', { 'accept-encoding': accept });
      expect(gzipped.headers['content-encoding'], accept).toBe('gzip');
      expect(gunzipSync(gzipped.body).toString('utf8')).toBe('<h1>Artikel eins</h1>');
    }
    // Without the header, the same bytes as stored; binary index files never compressed.
    const plain = await raw('artikel/eins/', {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe('<h1>Artikel eins</h1>');
    const index = await raw('pagefind/pagefind.de_1.pf_meta', { 'accept-encoding': 'gzip' });
    expect(index.headers['content-encoding']).toBeUndefined();
    expect(index.body.toString('utf8')).toBe('bytes');
    // An unknown page still gets 404.html with its status.
    expect((await raw('artikel/zwei/', { 'accept-encoding': 'gzip' })).status).toBe(404);
  });
});

/** A GET with exactly these headers (fetch would add and undo compression itself). */
function raw(path: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolvePromise, reject) => {
    httpGet(new URL(path, site.url), { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolvePromise({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    }).on('error', reject);
  });
}

describe('the static server is production: the headers of _headers, no stack traces', () => {
  it('sends the headers of _headers on every answer, as the hosts that read that file do', async () => {
    const expected = parseHeadersFile(readFileSync(join(ROOT, 'public/_headers'), 'utf8'))[0]!.headers;
    expect(expected.map(([name]) => name)).toEqual(
      expect.arrayContaining(['X-Frame-Options', 'X-Content-Type-Options']),
    );
    for (const path of ['artikel/eins/', 'artikel/zwei/', 'pagefind/pagefind.de_1.pf_meta']) {
      const answer = await get(path);
      await answer.arrayBuffer();
      for (const [name, value] of expected) expect(answer.headers.get(name), `${path}: ${name}`).toBe(value);
    }
    const index = await get('pagefind/pagefind.de_1.pf_meta');
    await index.arrayBuffer();
    expect(index.headers.get('cache-control')).toBe('public, max-age=3600');
    const page = await get('artikel/eins/');
    await page.arrayBuffer();
    expect(page.headers.get('cache-control')).toBeNull();
  });

  it('answers an encoded path traversal with a plain 404, never a stack trace', async () => {
    for (const path of ['/..%2f..%2fetc%2fpasswd', '/%2e%2e/%2e%2e/etc/passwd', '/artikel/..%5c..%5cpackage.json']) {
      const answer = await fetch(`${site.url.slice(0, -1)}${path}`);
      const text = await answer.text();
      expect(answer.status, path).toBe(404);
      expect(text).not.toMatch(/root:|\bat \w|\/work\/|node_modules|Error/);
      expect(answer.headers.get('x-frame-options')).toBe('DENY');
    }
  });
});

describe('chooseEncoding', () => {
  it.each([
    ['gzip, deflate, br', 'br'],
    ['br;q=1.0, gzip;q=0.8', 'br'],
    ['gzip, br;q=0', 'gzip'],
    ['GZIP', 'gzip'],
    ['*', 'br'],
    ['gzip;q=0, *;q=0.5', 'br'],
    ['identity', undefined],
    ['gzip;q=0', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('Accept-Encoding %j gives %j', (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });
});
