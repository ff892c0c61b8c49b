import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The built site. */
export const DIST = resolve(ROOT, process.env.SYNOPSE_OUT_DIR ?? 'dist');
/** Raw article texts, kept beside the repository. */
export const SEEDS = resolve(ROOT, process.env.SYNOPSE_SEEDS_DIR ?? '../shared/seeds');
/** The project's content folder. */
export const CONTENT = resolve(ROOT, 'content');
