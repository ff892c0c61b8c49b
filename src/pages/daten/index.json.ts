import type { APIRoute } from 'astro';
import { dataIndex } from '../../data/open-data.ts';

/** `/daten/index.json`: every event's open-data file with its size and SHA-256 (format: README). */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(await dataIndex(), null, 1)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
