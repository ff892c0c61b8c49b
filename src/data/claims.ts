import type { ClaimsResult } from '../lib/claims/types.ts';
import { loadComputedSite } from './computed-site.ts';

let cached: Promise<ClaimsResult> | undefined;

/**
 * The claims of all articles, computed once per build from the current content and
 * `content/claims.yaml` (in the claim engine's process, src/data/computed-site.ts). Every page
 * that shows claims reads this, so an edit to one article updates the marks in all others on
 * the next build.
 */
export function loadClaims(): Promise<ClaimsResult> {
  cached ??= loadComputedSite().then(({ result }) => {
    // Moot editorial entries must not break the build (more articles move the machine's results),
    // but the editor should hear of them.
    for (const warning of result.warnings) console.warn(`[claims] ${warning}`);
    return result;
  });
  return cached;
}
