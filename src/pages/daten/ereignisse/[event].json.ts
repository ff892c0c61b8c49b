import type { APIRoute, GetStaticPaths } from 'astro';
import { eventDataStream } from '../../../data/open-data.ts';
import { loadSite, type EventSite } from '../../../data/site.ts';

/** `/daten/ereignisse/<event>.json`: one event's articles, claims and contradictions (format: README). */
export const getStaticPaths = (async () => {
  const { events } = await loadSite();
  return events.map((site) => ({ params: { event: site.event.id }, props: { site } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ site: EventSite }> = async ({ props }) =>
  new Response(await eventDataStream(props.site), { headers: { 'content-type': 'application/json; charset=utf-8' } });
