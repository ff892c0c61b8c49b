import type { APIRoute } from 'astro';
import { openDataJsonSchemas } from '../../lib/open-data.ts';

/** `/daten/index.schema.json`: the JSON Schema of the index, generated from its Zod schema. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(openDataJsonSchemas().index, null, 2)}\n`, {
    headers: { 'content-type': 'application/schema+json; charset=utf-8' },
  });
