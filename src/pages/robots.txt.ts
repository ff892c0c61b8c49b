import type { APIRoute } from 'astro';
import { routes } from '../data/routes.ts';

/**
 * Allows everything and points crawlers at the sitemap index that @astrojs/sitemap writes
 * (`sitemap-index.xml`, listing `sitemap-0.xml`), both from the configured `site` and `base`.
 */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(routes.sitemapIndex, site).href}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
