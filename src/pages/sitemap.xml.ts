import type { APIRoute } from 'astro';
import { loadSite, articleHref, claimHref } from '../data/site.ts';

const base = import.meta.env.BASE_URL;

/** Every page readers should find, as absolute URLs from the configured `site` (and `base`). */
export const GET: APIRoute = async ({ site }) => {
  const { articles, claims } = await loadSite();
  const paths = [
    base,
    ...['vergleich/', 'synopse/', 'widersprueche/', 'methode/', 'suche/'].map((p) => `${base}${p}`),
    ...articles.map((a) => articleHref(a.id)),
    ...claims.map((c) => claimHref(c.id)),
  ];
  const urls = paths.map((path) => `  <url><loc>${new URL(path, site).href}</loc></url>`).join('\n');
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`,
    { headers: { 'content-type': 'application/xml; charset=utf-8' } },
  );
};
