import type { APIRoute, GetStaticPaths } from 'astro';
import { eventImage } from '../../../data/og-image.ts';
import { loadSite, type EventSite } from '../../../data/site.ts';

/** `/ereignisse/<event>/vorschau.png`: the event's Open Graph image, drawn at build time. */
export const getStaticPaths = (async () => {
  const { events } = await loadSite();
  return events.map((site) => ({ params: { event: site.event.id }, props: { site } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ site: EventSite }> = async ({ props }) =>
  new Response(new Uint8Array(await eventImage(props.site)), { headers: { 'Content-Type': 'image/png' } });
