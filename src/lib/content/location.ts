/**
 * The content folder, relative to the project root. Tests swap it (SYNOPSE_CONTENT_DIR) to build
 * fixtures with bad input; everything that reads content takes it from here.
 */
export const CONTENT_DIR = process.env.SYNOPSE_CONTENT_DIR ?? './content';
