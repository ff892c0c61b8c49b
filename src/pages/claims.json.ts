import type { APIRoute } from 'astro';
import { loadClaims } from '../data/claims.ts';

/** `dist/claims.json`: the claim engine's result for the built content (format in README). */
export const GET: APIRoute = async () => {
  const result = await loadClaims();
  return new Response(`${JSON.stringify(result, null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
