import { readdir, readlink } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { ContentError } from '../lib/content/content-error.ts';

/** What a folder holds: matching files, and the symbolic links found instead of followed. */
interface Listing {
  /** Paths relative to the folder, sorted. */
  files: string[];
  /** One problem per symbolic link, naming it and its target. */
  links: ContentError[];
}

/**
 * The files below `dir` whose relative path matches `pattern`. Symbolic links are never
 * followed: a link can point back into the tree (content/articles/schleife -> ..), which makes
 * a recursive walk go on for ever, or out of the repository. Each link is returned as a problem
 * naming it and its target, so the build fails at once instead of walking.
 */
export async function listFiles(dir: string, pattern: RegExp, root: string): Promise<Listing> {
  const files: string[] = [];
  const links: ContentError[] = [];
  const walk = async (folder: string): Promise<void> => {
    const entries = await readdir(join(dir, folder), { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
      // A missing content folder is reported by the checks that need it (no events, no sources).
      if (folder === '' && error.code === 'ENOENT') return [];
      throw error;
    });
    for (const entry of entries) {
      const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
      if (entry.isSymbolicLink()) {
        const target = await readlink(join(dir, path)).catch(() => 'an unreadable target');
        links.push(
          new ContentError(
            relative(root, join(dir, path)),
            'file',
            `is a symbolic link (to "${target}"). Links are not followed in the content folder: they can loop back into it or reach outside the repository. Replace the link by the file or folder itself, or remove it.`,
          ),
        );
      } else if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() && pattern.test(path)) files.push(path);
    }
  };
  await walk('');
  return { files: files.sort(), links: links.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)) };
}
