import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { SECTIONS, siteRoutes } from '../../src/lib/view/routes.ts';

/** What a page of the built site is for; budgets and Lighthouse look at each kind. */
export type PageKind = 'home' | 'event' | 'synopsis' | 'article' | 'claim' | 'search' | 'other';

export const PAGE_KINDS: readonly PageKind[] = ['home', 'event', 'synopsis', 'article', 'claim', 'search', 'other'];

/** The kind of a page, from its file in the built site (`ereignisse/x/index.html`). */
export function kindOf(file: string): PageKind {
  const parts = file.split(sep).join('/').split('/');
  if (parts.length === 1) return parts[0] === 'index.html' ? 'home' : 'other';
  const [section, , sub] = parts;
  if (section === SECTIONS.event) return sub === 'synopse' ? 'synopsis' : 'event';
  if (section === SECTIONS.article) return 'article';
  if (section === SECTIONS.claim) return 'claim';
  if (section === SECTIONS.search) return 'search';
  return 'other';
}

/** Every HTML file of the built site (Pagefind's own files left out), relative to it. */
export function htmlPages(dist: string, dir = dist): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlPages(dist, path);
      return entry.name.endsWith('.html') ? [relative(dist, path)] : [];
    })
    .sort();
}

interface ClaimsFile {
  events: { id: string | null; articles: string[]; claims: string[] }[];
  claims: { id: string; label: string }[];
}

/** One page of each kind a reader meets, as paths under the site's root (`ereignisse/x/`). */
export interface SamplePages {
  home: string;
  event: string;
  article: string;
  claim: string;
  search: string;
}

/**
 * The pages to try in a browser, chosen from the built site's claims.json rather than named:
 * the event most articles report (ties by id), its first article and its first claim, and the
 * search page asked for a word of that claim, so Pagefind's results are drawn too.
 */
export function samplePages(dist: string): SamplePages {
  const data = JSON.parse(readFileSync(join(dist, 'claims.json'), 'utf8')) as ClaimsFile;
  const events = data.events
    .filter((event): event is ClaimsFile['events'][number] & { id: string } => event.id !== null)
    .sort((a, b) => b.articles.length - a.articles.length || a.id.localeCompare(b.id));
  const main = events[0];
  if (!main) throw new Error(`${join(dist, 'claims.json')}: no event. Build the site first.`);
  const claim = data.claims.find((c) => c.id === main.claims[0]);
  if (!claim || !main.articles[0]) {
    throw new Error(`${join(dist, 'claims.json')}: event ${main.id} has no claim or no article to check.`);
  }
  const word = claim.label.split(/[^\p{L}]+/u).reduce((a, b) => (b.length > a.length ? b : a), '');
  // The site's addresses at the root, without the leading slash: paths under the site's root.
  const routes = siteRoutes('/');
  const underRoot = (href: string) => href.slice(1);
  return {
    home: underRoot(routes.home),
    event: underRoot(routes.eventHref(main.id)),
    article: underRoot(routes.articleHref(main.articles[0])),
    claim: underRoot(routes.claimHref(claim.id)),
    search: `${underRoot(routes.search)}?q=${encodeURIComponent(word)}`,
  };
}
