import type { APIRoute } from 'astro';
import { openDataJsonSchemas } from '../../lib/open-data.ts';

/** `/daten/ereignis.schema.json`: the JSON Schema of an event's file, generated from its Zod schema. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(openDataJsonSchemas().event, null, 2)}\n`, {
    headers: { 'content-type': 'application/schema+json; charset=utf-8' },
  });
