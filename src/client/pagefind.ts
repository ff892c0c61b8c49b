/**
 * What the search page and its worker say to each other, and the parts of Pagefind's API they
 * use. Pagefind runs in `search-worker.ts`, off the page's thread: its 47 KB bundle, its
 * WebAssembly and its decompression then never hold up scrolling or typing.
 */

/** An element with an `id` in an indexed page, and the word position where it starts. */
export interface Anchor {
  id: string;
  location: number;
}
/** A word position of a hit, and how much it counts. */
export interface WeightedLocation {
  location: number;
  balanced_score: number;
}
/** One result as Pagefind describes it. */
export interface Fragment {
  url: string;
  excerpt: string;
  locations: number[];
  weighted_locations?: WeightedLocation[];
  anchors: Anchor[];
  meta: Record<string, string>;
  /** The page's filter values; kind, date, event and agencies label the result (see SearchMeta). */
  filters: Record<string, string[]>;
}
/** For each filter, each value and its number of pages. */
export type FilterCounts = Record<string, Record<string, number>>;

/** The calls of Pagefind's module (pagefind.js) the worker makes. */
export interface Pagefind {
  options(options: object): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(
    query: string | null,
    options: object,
  ): Promise<{ results: { id: string; data(): Promise<Fragment> }[]; totalFilters?: FilterCounts }>;
}

/** Search options as Pagefind takes them: filters by name, and an optional sort. */
export interface SearchOptions {
  filters: Record<string, { any: string[] }>;
  sort?: Record<string, 'asc' | 'desc'>;
}
/** A search's results, every fragment loaded, and the counts the other filter values would give. */
export interface SearchAnswer {
  fragments: Fragment[];
  totalFilters?: FilterCounts;
}

/** What the page asks the worker: the filters with their counts, or a search. */
export type SearchQuestion = { kind: 'filters' } | { kind: 'search'; query: string | null; options: SearchOptions };
/** A question as sent to the worker; `id` pairs it with its answer. */
export type SearchRequest = SearchQuestion & { id: number };
/** The worker's answer to the request with the same `id`. */
export type SearchReply =
  { id: number; ok: true; value: FilterCounts | SearchAnswer } | { id: number; ok: false; error: string };
