import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

/** A static server for the built site, as a plain static host would serve it. */
export interface StaticSite {
  /** Origin with trailing slash, e.g. `http://127.0.0.1:40123/`. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `root` on a free loopback port with sirv: `/x/` serves `/x/index.html`, unknown paths
 * get `404.html` with status 404, like common static hosts; a malformed URI gets 400. Text files
 * (HTML, CSS, JavaScript, JSON, SVG, XML) go out gzip-compressed to a client that accepts it, as
 * every static host sends them: Lighthouse judged the event page's 83 KB of uncompressed HTML
 * over its simulated slow 4G, a page readers get as 14 KB. The file list is read once at start,
 * so serve a finished build.
 */
export async function serveStatic(root: string): Promise<StaticSite> {
  const notFound = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));
  const files = sirv(root, {
    // Pagefind's index files have extensions no MIME table knows; hosts send them as bytes.
    setHeaders: (response, pathname) => {
      if (/\.pf_\w+$/.test(pathname)) response.setHeader('content-type', 'application/octet-stream');
    },
    onNoMatch: (_request, response) => {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      response.end(notFound);
    },
  });
  const server = createServer((request, response) => {
    // sirv swallows a decoding error and answers 404; a host answers 400 (Bad Request).
    let pathname: string;
    try {
      pathname = decodeURIComponent((request.url ?? '/').split(/[?#]/)[0]!);
    } catch {
      response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Bad Request');
      return;
    }
    sendCompressed(root, pathname, request, response).then(
      (sent) => sent || files(request, response),
      () => files(request, response),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Content types of the text files sent compressed, by extension. */
const TEXT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** Compressed files by path, with the modification time and size they were made from. */
const compressedFiles = new Map<string, { mtimeMs: number; size: number; body: Buffer }>();

/**
 * Answers a GET or HEAD for an existing text file under `root` (at the decoded `pathname`) with
 * its gzip form, when the client accepts gzip. Resolves to false, having sent nothing, for
 * anything else (sirv answers).
 */
async function sendCompressed(
  root: string,
  pathname: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<boolean> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (!/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) return false;
  const file = resolve(root, `.${pathname.endsWith('/') ? `${pathname}index.html` : pathname}`);
  const type = TEXT_TYPES[extname(file)];
  if (!type || !file.startsWith(resolve(root) + sep)) return false;
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return false;
  let cached = compressedFiles.get(file);
  if (!cached || cached.mtimeMs !== info.mtimeMs || cached.size !== info.size) {
    cached = { mtimeMs: info.mtimeMs, size: info.size, body: gzipSync(await readFile(file)) };
    compressedFiles.set(file, cached);
  }
  response.writeHead(200, {
    'content-type': type,
    'content-encoding': 'gzip',
    'content-length': cached.body.length,
    vary: 'Accept-Encoding',
  });
  response.end(request.method === 'HEAD' ? undefined : cached.body);
  return true;
}
