import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The built site. */
export const DIST = resolve(ROOT, process.env.SYNOPSE_OUT_DIR ?? 'dist');
/** The project's content folder. */
export const CONTENT = resolve(ROOT, 'content');
/** Raw article texts as received, inside the repository (file name = provenance). */
export const SOURCES = resolve(CONTENT, 'sources');
