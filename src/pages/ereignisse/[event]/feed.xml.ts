import type { APIRoute, GetStaticPaths } from 'astro';
import { eventFeed } from '../../../data/feeds.ts';
import { loadSite, type EventSite } from '../../../data/site.ts';

/** `/ereignisse/<event>/feed.xml`: the event's articles, newest first, for following a story. */
export const getStaticPaths = (async () => {
  const { events } = await loadSite();
  return events.map((site) => ({ params: { event: site.event.id }, props: { site } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ site: EventSite }> = ({ site, props }) => eventFeed(site, props.site);
