import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import sirv from 'sirv';

/** A static server for the built site, as a plain static host would serve it. */
export interface StaticSite {
  /** Origin with trailing slash, e.g. `http://127.0.0.1:40123/`. */
  url: string;
  close(): Promise<void>;
}

/** One rule of a `_headers` file: a path pattern and the headers for the paths it matches. */
export interface HeaderRule {
  pattern: RegExp;
  headers: [name: string, value: string][];
}

/**
 * Reads a `_headers` file in the format Netlify and Cloudflare Pages read: a path pattern on a
 * line of its own (`*` matches anything, `:name` one path segment), then its headers indented
 * below it as `Name: value`; `#` starts a comment line.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .split(/(\*|:[A-Za-z]\w*)/)
        .map((part) =>
          part === '*' ? '.*' : /^:[A-Za-z]/.test(part) ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
        )
        .join('');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
      continue;
    }
    const header = /^\s+([^:\s]+):\s*(.*)$/.exec(line);
    if (header && rules.length > 0) rules.at(-1)!.headers.push([header[1]!, header[2]!.trim()]);
  }
  return rules;
}

/** Options for {@link serveStatic}. */
export interface StaticOptions {
  /** Port to listen on; 0 (the default) takes a free one. */
  port?: number;
  /** The site's base path (`/synopse/`); requests outside it get 404. Default `/`. */
  base?: string;
}

/**
 * Serves `root` on a loopback port with sirv: `/x/` serves `/x/index.html`, unknown paths
 * get `404.html` with status 404, like common static hosts; a malformed URI gets 400. Text files
 * (HTML, CSS, JavaScript, JSON, SVG, XML) go out compressed, Brotli or gzip as the client accepts
 * ({@link chooseEncoding}), as static hosts and CDNs send them: Lighthouse judged the event page's
 * 83 KB of uncompressed HTML over its simulated slow 4G, a page readers get as 14 KB. The file
 * list is read once at start, so serve a finished build.
 *
 * Every answer carries the headers `root/_headers` gives its path, as the hosts that read that
 * file send them, so what is tested locally is what is deployed; and no answer ever carries a
 * stack trace (`astro preview` answered `/..%2f..%2fetc%2fpasswd` with one): an unexpected
 * error is a plain 500.
 */
export async function serveStatic(root: string, options: StaticOptions = {}): Promise<StaticSite> {
  const notFound = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));
  const rules = parseHeadersFile(await readFile(join(root, '_headers'), 'utf8').catch(() => ''));
  const base = (options.base ?? '/').replace(/\/?$/, '/');
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
  const plain = (response: ServerResponse, status: number, text: string) => {
    if (response.headersSent) {
      response.destroy();
      return;
    }
    response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
    response.end(text);
  };
  const server = createServer((request, response) => {
    try {
      // sirv swallows a decoding error and answers 404; a host answers 400 (Bad Request).
      let pathname: string;
      try {
        pathname = decodeURIComponent((request.url ?? '/').split(/[?#]/)[0]!);
      } catch {
        // The reader's language: a mistyped or cut-off address, in German.
        plain(response, 400, 'Ungültige Adresse: Sie enthält ein Zeichen, das nicht lesbar kodiert ist (400).');
        return;
      }
      for (const rule of rules) {
        if (rule.pattern.test(pathname)) for (const [name, value] of rule.headers) response.setHeader(name, value);
      }
      if (!pathname.startsWith(base)) {
        response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
        response.end(notFound);
        return;
      }
      if (base !== '/') request.url = `/${(request.url ?? '/').slice(base.length)}`;
      const inside = base === '/' ? pathname : `/${pathname.slice(base.length)}`;
      const serve = () => {
        try {
          files(request, response);
        } catch {
          plain(response, 500, 'Interner Fehler des Servers (500).');
        }
      };
      sendCompressed(root, inside, request, response).then(
        (sent) => sent || serve(),
        () => serve(),
      );
    } catch {
      plain(response, 500, 'Interner Fehler des Servers (500).');
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
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

/** The encodings the server compresses text in, the one it prefers first. */
export type Encoding = 'br' | 'gzip';

/**
 * The encoding to answer a request in, from its Accept-Encoding header: Brotli when the client
 * accepts it, else gzip, else none (undefined). A coding with `q=0` is refused, as HTTP says;
 * `*` stands for any coding not named.
 */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  const weights = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.split(';').map((item) => item.trim().toLowerCase());
    if (!name) continue;
    const q = params.find((param) => param.startsWith('q='));
    weights.set(name, q === undefined ? 1 : Number(q.slice(2)) || 0);
  }
  const accepts = (coding: Encoding) => (weights.get(coding) ?? weights.get('*') ?? 0) > 0;
  return accepts('br') ? 'br' : accepts('gzip') ? 'gzip' : undefined;
}

/**
 * Compresses a file's bytes. Brotli at quality 6: on the event page it is 10 % smaller than gzip
 * (13.9 KB against 15.4 KB, under the 14.6 KB a first round trip carries), within 1 % of quality 9,
 * and takes 5 ms where quality 11 takes over 100 ms on the first request.
 */
function compress(body: Buffer, encoding: Encoding): Buffer {
  if (encoding === 'gzip') return gzipSync(body);
  return brotliCompressSync(body, {
    params: { [zlib.BROTLI_PARAM_QUALITY]: 6, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length },
  });
}

/** Compressed files by encoding and path, with the modification time and size they were made from. */
const compressedFiles = new Map<string, { mtimeMs: number; size: number; body: Buffer }>();

/**
 * Answers a GET or HEAD for an existing text file under `root` (at the decoded `pathname`)
 * compressed, when the client accepts Brotli or gzip. Resolves to false, having sent nothing, for
 * anything else (sirv answers).
 */
async function sendCompressed(
  root: string,
  pathname: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<boolean> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const encoding = chooseEncoding(request.headers['accept-encoding']);
  if (!encoding) return false;
  const file = resolve(root, `.${pathname.endsWith('/') ? `${pathname}index.html` : pathname}`);
  const type = TEXT_TYPES[extname(file)];
  if (!type || !file.startsWith(resolve(root) + sep)) return false;
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return false;
  const key = `${encoding}:${file}`;
  let cached = compressedFiles.get(key);
  if (!cached || cached.mtimeMs !== info.mtimeMs || cached.size !== info.size) {
    cached = { mtimeMs: info.mtimeMs, size: info.size, body: compress(await readFile(file), encoding) };
    compressedFiles.set(key, cached);
  }
  response.writeHead(200, {
    'content-type': type,
    'content-encoding': encoding,
    'content-length': cached.body.length,
    vary: 'Accept-Encoding',
  });
  response.end(request.method === 'HEAD' ? undefined : cached.body);
  return true;
}
