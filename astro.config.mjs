// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { FORMER_SECTIONS } from './src/lib/view/routes.ts';

/** Addresses from before events had pages; they forward to an event (src/components/MovedToEvent.astro). */
const FORWARDING_PAGES = ['/vergleich/', '/synopse/'];
/** Folders of former addresses, each page of which forwards to its new address (src/lib/view/routes.ts). */
const FORWARDING_FOLDERS = Object.values(FORMER_SECTIONS).map((folder) => `/${folder}/`);

/** The site's public origin: canonical URLs, sitemap and Open Graph tags derive from it. */
const site = process.env.SYNOPSE_SITE ?? 'https://synopse.example';
/** A sub-path when the site is not served from the root of its host, e.g. "/synopse". */
const base = process.env.SYNOPSE_BASE ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Tests build fixture content in a separate cache so they never touch the real one.
  cacheDir: process.env.SYNOPSE_CACHE_DIR ?? './node_modules/.astro',
  outDir: process.env.SYNOPSE_OUT_DIR ?? './dist',
  markdown: {
    // Article bodies are rendered by our own unified pipeline (src/plugins/article-processor.ts)
    // so that claim marks are computed across all articles on every build. Astro's processor is
    // still unified, without smart quotes: article text is reproduced as published.
    processor: unified({ smartypants: false }),
    syntaxHighlight: false,
  },
  integrations: [
    // Writes sitemap-index.xml and sitemap-0.xml from every built page, with `site` and `base`;
    // robots.txt points at the index. The integration leaves status pages (404) out itself
    // (tests/build/sitemap.test.ts checks). No news/image/video/xhtml entries: no namespaces.
    sitemap({
      namespaces: { news: false, xhtml: false, image: false, video: false },
      // /vergleich/, /synopse/ and /behauptungen/<id>/ only forward old links: not pages to find.
      filter: (page) => {
        const path = new URL(page).pathname.slice(base.length - 1);
        return !FORWARDING_PAGES.includes(path) && !FORWARDING_FOLDERS.some((folder) => path.startsWith(folder));
      },
    }),
  ],
  security: {
    // Astro hashes its own scripts and styles into a CSP <meta>. Pagefind needs 'self' for its
    // bundle and 'wasm-unsafe-eval' for its WebAssembly. frame-ancestors cannot be set from a
    // <meta>; public/_headers sets it for static hosts.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // The search page's worker (src/client/search-worker.ts) is a module worker: it imports
  // Pagefind's bundle with import().
  vite: { worker: { format: 'es' } },
  server: { port: 4321, host: '127.0.0.1' },
  devToolbar: { enabled: false },
});
