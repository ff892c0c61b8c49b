/// <reference lib="webworker" />
/**
 * Runs Pagefind for the search page (search.ts) in a worker. Pagefind, loaded here, finds no
 * `document` and so does its work in this thread instead of starting a worker of its own; it
 * reads the site's only language index (German, with its stemmer) since it cannot read the
 * page's `lang`.
 */
import { siteRoutes } from '../lib/view/routes.ts';
import type { FilterCounts, Pagefind, SearchAnswer, SearchReply, SearchRequest } from './pagefind.ts';

let pagefind: Promise<Pagefind> | undefined;

/** Pagefind's bundle under the site's base; told its folder, since it cannot see the page's address. */
function load(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const routes = siteRoutes(import.meta.env.BASE_URL);
    const module = (await import(/* @vite-ignore */ routes.pagefindHref('pagefind.js'))) as Pagefind;
    await module.options({ basePath: routes.pagefindHref(''), highlightParam: 'highlight', excerptLength: 24 });
    return module;
  })();
  return pagefind;
}

async function answer(request: SearchRequest): Promise<FilterCounts | SearchAnswer> {
  const engine = await load();
  if (request.kind === 'filters') return engine.filters();
  const search = await engine.search(request.query, request.options);
  const fragments = await Promise.all(search.results.map((result) => result.data()));
  const found: SearchAnswer = { fragments };
  if (search.totalFilters) found.totalFilters = search.totalFilters;
  return found;
}

self.addEventListener('message', (event: MessageEvent<SearchRequest>) => {
  const request = event.data;
  answer(request).then(
    (value) => self.postMessage({ id: request.id, ok: true, value } satisfies SearchReply),
    (error: unknown) => self.postMessage({ id: request.id, ok: false, error: String(error) } satisfies SearchReply),
  );
});
