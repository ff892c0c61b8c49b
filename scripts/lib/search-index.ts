/**
 * The Pagefind search index, built by `npm run build` (scripts/build.ts) from the finished site,
 * after Astro's process has ended and before the new site is swapped in.
 *
 * Why not Astro's `astro:build:done` hook: there, Astro's process still holds every page's data
 * (1.2 GB at 10,000 articles) while Pagefind reads the pages (1.8 GB more): 3.1 GB for the
 * process tree at its peak. Run after Astro has exited, Pagefind has the memory to itself.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SECTIONS } from '../../src/lib/view/routes.ts';

/**
 * The only pages search may return: articles, claims and events (not their sub-pages such as
 * `/ereignisse/<id>/synopse/`). The pages also mark their searchable text with
 * `data-pagefind-body`; this list keeps the method page, sources, search page and home out of
 * the index even if one of them gains such a mark by accident.
 */
export const INDEXED_SECTIONS = [SECTIONS.article, SECTIONS.claim, SECTIONS.event] as const;

/** The name of a page's folder: a slug or an id (letters, digits, hyphens), nothing a glob reads. */
const PAGE_FOLDER = /^[a-z0-9][a-z0-9-]*$/i;

/**
 * The pages to index (`artikel/<slug>`, folders holding an index.html), sorted. Pagefind numbers
 * pages in the order it reads them and its files carry those numbers; read from a folder, that
 * order is the file system's (ext4 lists a folder in the order of a hash of the names, seeded per
 * file system), so the same site could give other files on another machine. In this order it
 * gives the same ones everywhere.
 */
export function indexedPages(site: string): string[] {
  const pages: string[] = [];
  for (const section of INDEXED_SECTIONS) {
    let names: string[];
    try {
      names = readdirSync(join(site, section));
    } catch {
      continue;
    }
    for (const name of names) {
      if (!existsSync(join(site, section, name, 'index.html'))) continue;
      // Each page is named to Pagefind as a glob: a page's folder is a slug or an id, never more.
      if (!PAGE_FOLDER.test(name))
        throw new Error(`A page folder of the built site has an unexpected name: ${section}/${name}`);
      pages.push(`${section}/${name}`);
    }
  }
  return pages.sort();
}

/**
 * Never indexed, wherever they stand: meta lines (`.meta`: dates, counts, notes such as
 * "Redaktioneller Titel") describe a text, they are not the text readers search for.
 */
export const EXCLUDED_SELECTORS = ['.meta'];

/**
 * Indexes the built site in `site` into `site/pagefind`, with German stemming, and returns how
 * many pages it indexed. Any indexing error throws: a site whose search silently misses pages is
 * worse than no build.
 */
export async function indexSite(site: string): Promise<number> {
  const { createIndex, close } = await import('pagefind');
  try {
    const { index, errors } = await createIndex({ forceLanguage: 'de', excludeSelectors: EXCLUDED_SELECTORS });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const paths = indexedPages(site);
    if (paths.length === 0)
      throw new Error(`Pagefind found no page to index in ${site} (${INDEXED_SECTIONS.join(', ')}: none)`);
    // One page a request, so Pagefind reads them in this order (it answers requests one after
    // another). Pagefind reads the file itself: sent as text, every page passed through this
    // process as JSON and base64, and its memory grew by 100 MB at 10,000 articles.
    for (const page of paths) {
      const added = await index.addDirectory({ path: site, glob: `${page}/index.html` });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${page}: ${added.errors.join('; ')}`);
      if (added.page_count !== 1) throw new Error(`Pagefind did not find ${page}/index.html in ${site}`);
    }
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return paths.length;
  } finally {
    await close();
  }
}
