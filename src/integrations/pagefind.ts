import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

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
        const { index, errors } = await createIndex({ forceLanguage: 'de' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length > 0)
          throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await close();
        logger.info(`Pagefind: ${added.page_count} pages indexed into ${join(site, 'pagefind')}`);
      },
    },
  };
}
