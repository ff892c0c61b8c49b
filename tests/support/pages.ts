import { readdirSync } from 'node:fs';
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
