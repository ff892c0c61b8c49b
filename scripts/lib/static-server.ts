import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** A static server for the built site, as a plain static host would serve it. */
export interface StaticSite {
  /** Origin with trailing slash, e.g. `http://127.0.0.1:40123/`. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `root` on a free loopback port with sirv: `/x/` serves `/x/index.html`, unknown paths
 * get `404.html` with status 404, like common static hosts; a malformed URI gets 400. The file
 * list is read once at start, so serve a finished build.
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
    try {
      decodeURIComponent((request.url ?? '/').split(/[?#]/)[0]!);
    } catch {
      response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Bad Request');
      return;
    }
    files(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
