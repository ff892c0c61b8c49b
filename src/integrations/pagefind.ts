import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SECTIONS } from '../lib/view/routes.ts';

/**
 * The only pages search may return: articles, claims and events (not their sub-pages such as
 * `/ereignisse/<id>/synopse/`). The pages also mark their searchable text with
 * `data-pagefind-body`; this glob keeps the method page, sources, search page and home out of the
 * index even if one of them gains such a mark by accident.
 */
export const INDEXED_PAGES = `{${SECTIONS.article},${SECTIONS.claim},${SECTIONS.event}}/*/index.html`;

/**
 * Never indexed, wherever they stand: meta lines (`.meta`: dates, counts, notes such as
 * "Redaktioneller Titel") describe a text, they are not the text readers search for.
 */
export const EXCLUDED_SELECTORS = ['.meta'];

/**
 * Builds the Pagefind search index after `astro build`, into `dist/pagefind`, with German
 * stemming. Any indexing error fails the build: a site whose search silently misses pages is
 * worse than no build.
 */
export default function pagefind(): AstroIntegration {
  return {
    name: 'synopse-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { createIndex, close } = await import('pagefind');
        const site = fileURLToPath(dir);
        const { index, errors } = await createIndex({ forceLanguage: 'de', excludeSelectors: EXCLUDED_SELECTORS });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site, glob: INDEXED_PAGES });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
        if (added.page_count === 0) throw new Error(`Pagefind found no page matching ${INDEXED_PAGES} in ${site}`);
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length > 0)
          throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await close();
        logger.info(`Pagefind: ${added.page_count} pages indexed into ${join(site, 'pagefind')}`);
      },
    },
  };
}
