/**
 * `npm run preview`: serves the built site at http://127.0.0.1:4321/ as a static host would,
 * with the headers of dist/_headers (scripts/lib/static-server.ts). `astro preview` sent none of
 * them, so what was tested locally was not what is deployed, and it answered a request such as
 * `/..%2f..%2fetc%2fpasswd` with a stack trace holding absolute paths.
 *
 * The folder is `SYNOPSE_OUT_DIR` (default `dist`), the base path `SYNOPSE_BASE` (default `/`),
 * the port `PORT` (default 4321).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from './lib/static-server.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dist = resolve(ROOT, process.env.SYNOPSE_OUT_DIR ?? 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  process.stderr.write(`preview: ${dist} holds no built site. Run npm run build first.\n`);
  process.exit(1);
}
const site = await serveStatic(dist, {
  port: Number(process.env.PORT ?? 4321),
  base: process.env.SYNOPSE_BASE ?? '/',
});
process.stdout.write(`Serving ${dist} at ${site.url} (Ctrl-C ends)\n`);
