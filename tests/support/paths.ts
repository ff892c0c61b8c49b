import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The built site. */
export const DIST = resolve(ROOT, process.env.SYNOPSE_OUT_DIR ?? 'dist');
/**
 * The content folder the tests read: the project's, or the copy named by SYNOPSE_CONTENT_DIR (as
 * the build reads it), so the content checks can run against a copy with articles added.
 */
export const CONTENT = resolve(ROOT, process.env.SYNOPSE_CONTENT_DIR ?? 'content');
/** Raw article texts as received, inside the repository (file name = provenance). */
export const SOURCES = resolve(CONTENT, 'sources');
