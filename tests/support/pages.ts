import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DIST } from './paths.ts';

/** Every built HTML page, as URL paths (`/`, `/artikel/x/`, `/404.html`). */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) {
        const url = `/${relative(DIST, path)}`.replace(/index\.html$/, '');
        pages.push(url);
      }
    }
  };
  walk(DIST);
  return pages.sort();
}

/**
 * Whether a built page only forwards to another (a `<meta http-equiv="refresh">`, as /vergleich/
 * does). A browser leaves it at once, so checks that read a page as it stands (axe) run on its
 * target instead; tests/browser/events.test.ts checks where it leads.
 */
export function isForwardingPage(page: string): boolean {
  const file = join(DIST, page.endsWith('/') ? `${page}index.html` : page);
  return /<meta http-equiv="refresh"/.test(readFileSync(file, 'utf8'));
}
