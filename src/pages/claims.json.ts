import type { APIRoute } from 'astro';
import { loadClaims } from '../data/claims.ts';
import { jsonStream } from '../lib/json-stream.ts';

/**
 * `dist/claims.json`: the claim engine's result for the built content (format in README), written
 * in pieces: with a long article it runs to megabytes, and as one string it was the largest
 * object of the build.
 */
export const GET: APIRoute = async () => {
  const result = await loadClaims();
  return new Response(jsonStream(result), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
