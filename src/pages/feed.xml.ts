import type { APIRoute } from 'astro';
import { siteFeed } from '../data/feeds.ts';
import { loadSite } from '../data/site.ts';

/** `/feed.xml`: every article of the site, newest first. */
export const GET: APIRoute = async ({ site }) => siteFeed(site, (await loadSite()).articles);
