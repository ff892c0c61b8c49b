/**
 * The search page: asks Pagefind, which runs in a worker (search-worker.ts), with filters (Ereignis, Artikel, Agentur),
 * sorting by date, query and filters kept in the address (`?q=Satellit&ereignis=…`) so a search
 * can be shared, and each result linking to the sentence where the words were found.
 */
import { countNoun } from '../lib/text/german.ts';
import type {
  Anchor,
  FilterCounts,
  Fragment,
  SearchAnswer,
  SearchOptions,
  SearchQuestion,
  SearchReply,
  SearchRequest,
  WeightedLocation,
} from './pagefind.ts';

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const sort = form.querySelector<HTMLSelectElement>('select[name="sortierung"]')!;
const filterPanel = document.querySelector<HTMLDetailsElement>('[data-search-filter-panel]')!;
const filterBox = filterPanel.querySelector<HTMLElement>('[data-search-filters]')!;
const filterSummary = filterPanel.querySelector<HTMLElement>('[data-search-filter-summary]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;

/** Filters in the order the page shows them, each with its name in the address. */
const FILTERS: { name: string; param: string; legend: string }[] = [
  { name: 'Ereignis', param: 'ereignis', legend: 'Ereignis' },
  { name: 'Artikel', param: 'artikel', legend: 'Artikel' },
  { name: 'Agentur', param: 'agentur', legend: 'Agentur' },
];
/** Ids of the elements that wrap one sentence of an article (from rehype-sentence-anchors). */
const SENTENCE_ID = /^(satz|vorspann)-\d+$/;

let latest = 0;
/** Settles once the filters are on the page; a search waits for it, so ticked filters count. */
let ready: Promise<boolean> = Promise.resolve(false);

/** What the status says when Pagefind cannot be loaded or a search fails in its worker. */
const UNAVAILABLE = 'Die Suche konnte nicht geladen werden. Bitte laden Sie die Seite neu.';
let worker: Worker | undefined;
let nextRequest = 0;
const pending = new Map<number, { resolve(value: FilterCounts | SearchAnswer): void; reject(error: Error): void }>();

/** Asks the search worker (search-worker.ts), started with the first question. */
function ask<Answer extends FilterCounts | SearchAnswer>(question: SearchQuestion): Promise<Answer> {
  if (!worker) {
    worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<SearchReply>) => {
      const reply = event.data;
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      if (reply.ok) waiting?.resolve(reply.value);
      else waiting?.reject(new Error(reply.error));
    });
    // A worker that fails fails the questions it holds, and the page says so; the next question
    // starts a new one rather than waiting on a dead one.
    worker.addEventListener('error', () => {
      worker?.terminate();
      worker = undefined;
      for (const waiting of pending.values()) waiting.reject(new Error('search worker failed'));
      pending.clear();
    });
  }
  const id = ++nextRequest;
  const request: SearchRequest = { ...question, id };
  return new Promise<Answer>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (value: FilterCounts | SearchAnswer) => void, reject });
    worker!.postMessage(request);
  });
}

/**
 * The sentence where the reader should land: Pagefind lists every element with an `id` as an
 * anchor with its word position, and the position of every hit. Each hit belongs to the last
 * anchor at or before it (a sentence ends where the next anchor starts); the sentence whose hits
 * weigh most wins, the earlier one on a tie. Hits in the title belong to no sentence.
 */
function sentenceAnchor(fragment: Fragment): string | undefined {
  const anchors = [...fragment.anchors].sort((a, b) => a.location - b.location);
  const hits: WeightedLocation[] = [
    ...(fragment.weighted_locations ?? fragment.locations.map((location) => ({ location, balanced_score: 1 }))),
  ].sort((a, b) => a.location - b.location);
  const weight = new Map<string, number>();
  for (const hit of hits) {
    let owner: Anchor | undefined;
    for (const anchor of anchors) {
      if (anchor.location > hit.location) break;
      owner = anchor;
    }
    // A block anchor (`absatz-2`) starts where its first sentence does; prefer the sentence.
    const sentence = anchors.find((a) => a.location === owner?.location && SENTENCE_ID.test(a.id));
    if (sentence) weight.set(sentence.id, (weight.get(sentence.id) ?? 0) + hit.balanced_score);
  }
  let best: string | undefined;
  for (const [id, score] of weight) if (best === undefined || score > weight.get(best)!) best = id;
  return best;
}

/** Copies Pagefind's excerpt into the page keeping only text and <mark>: no markup from the index runs. */
function excerptNodes(html: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body.firstChild!;
  return [...parsed.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

function selectedFilters(): Record<string, string[]> {
  const selected: Record<string, string[]> = {};
  for (const box of filterBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
    (selected[box.name] ??= []).push(box.value);
  }
  return selected;
}

/** Within one filter any ticked value matches (two events: pages of either); across filters all must. */
function pagefindFilters(selected: Record<string, string[]>): Record<string, { any: string[] }> {
  return Object.fromEntries(Object.entries(selected).map(([name, values]) => [name, { any: values }]));
}

/** One fieldset per filter, a checkbox per value, each with the number of hits it would give. */
function renderFilters(all: FilterCounts, wanted: Record<string, string[]>): void {
  filterBox.replaceChildren();
  if (!FILTERS.some(({ name }) => Object.keys(all[name] ?? {}).length > 0)) {
    filterBox.textContent = 'Keine Filter vorhanden.';
    return;
  }
  for (const { name, legend: legendText } of FILTERS) {
    const values = Object.keys(all[name] ?? {}).sort((a, b) => a.localeCompare(b, 'de'));
    if (values.length === 0) continue;
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = legendText;
    fieldset.append(legend);
    for (const value of values) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = name;
      box.value = value;
      box.checked = wanted[name]?.includes(value) ?? false;
      box.addEventListener('change', () => void run());
      const count = document.createElement('span');
      count.className = 'search-filters__count';
      count.dataset.filter = `${name}:${value}`;
      label.append(box, ` ${value} `, count);
      fieldset.append(label);
    }
    filterBox.append(fieldset);
  }
}

/** Shows, next to each value, how many results the current words would give with it alone. */
function showCounts(counts: FilterCounts | undefined): void {
  for (const span of filterBox.querySelectorAll<HTMLElement>('.search-filters__count')) {
    const [name = '', ...rest] = (span.dataset.filter ?? '').split(':');
    const n = counts?.[name]?.[rest.join(':')];
    span.textContent = n === undefined ? '' : `(${n})`;
  }
}

/** Says in the (possibly closed) panel's summary how many filters are ticked. */
function summarise(filters: Record<string, string[]>): void {
  const ticked = Object.values(filters).flat().length;
  filterSummary.textContent = ticked === 0 ? '' : `(${countNoun(ticked, 'Filter', 'Filter')} aktiv)`;
}

function remember(query: string, filters: Record<string, string[]>): void {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const { name, param } of FILTERS) for (const value of filters[name] ?? []) params.append(param, value);
  if (sort.value !== 'relevanz') params.set('sortierung', sort.value);
  const search = params.toString();
  history.replaceState(null, '', `${window.location.pathname}${search ? `?${search}` : ''}`);
}

function resultItem(fragment: Fragment): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  const anchor = sentenceAnchor(fragment);
  link.href = anchor ? `${fragment.url}#${anchor}` : fragment.url;
  link.textContent = fragment.meta.title ?? fragment.url;
  const heading = document.createElement('h2');
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'meta';
  const { Seite = [], Medium = [], Datum = [], Ereignis = [], Agentur = [] } = fragment.filters;
  // An article's result names whose text it is; a claim's, up to three of its articles.
  const outlets = Medium.length > 3 ? [...Medium.slice(0, 3), `${Medium.length - 3} weitere`] : Medium;
  meta.textContent = [Seite.join(''), outlets.join('; '), Datum.join(''), Ereignis.join(' / '), Agentur.join(', ')]
    .filter(Boolean)
    .join(' · ');
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(fragment.excerpt));
  item.append(heading, meta, excerpt);
  return item;
}

async function run(): Promise<void> {
  const ticket = ++latest;
  if (!(await ready)) return;
  const query = input.value.trim();
  const selected = selectedFilters();
  const filtered = Object.keys(selected).length > 0;
  remember(query, selected);
  summarise(selected);
  if (query === '' && !filtered) {
    list.replaceChildren();
    showCounts(undefined);
    status.textContent = 'Bitte geben Sie einen Suchbegriff ein, zum Beispiel „Satellit“ oder „Munition“.';
    return;
  }
  status.textContent = 'Suche läuft …';
  const options: SearchOptions = { filters: pagefindFilters(selected) };
  if (sort.value === 'neueste') options.sort = { date: 'desc' };
  if (sort.value === 'aelteste') options.sort = { date: 'asc' };
  // Without words but with a filter, list everything the filter keeps (all pages of an event).
  let search: SearchAnswer;
  try {
    search = await ask<SearchAnswer>({ kind: 'search', query: query === '' ? null : query, options });
  } catch {
    if (ticket === latest) status.textContent = UNAVAILABLE;
    return;
  }
  const fragments = search.fragments;
  if (ticket !== latest) return;
  list.replaceChildren(...fragments.map(resultItem));
  showCounts(search.totalFilters);
  const count = fragments.length;
  const what = query === '' ? 'mit diesen Filtern' : `für „${query}“`;
  status.textContent =
    count === 0
      ? `Keine Treffer ${what}. Prüfen Sie die Schreibweise, versuchen Sie ein anderes Wort oder entfernen Sie Filter.`
      : `${countNoun(count, 'Treffer', 'Treffer')} ${what}.`;
}

/** Reads the address, loads the index and its filters; false (and says so) if that fails. */
async function prepare(): Promise<boolean> {
  const params = new URLSearchParams(window.location.search);
  input.value = params.get('q') ?? '';
  const order = params.get('sortierung');
  if (order && [...sort.options].some((o) => o.value === order)) sort.value = order;
  const wanted: Record<string, string[]> = {};
  for (const { name, param } of FILTERS) wanted[name] = params.getAll(param);
  try {
    renderFilters(await ask<FilterCounts>({ kind: 'filters' }), wanted);
  } catch {
    status.textContent = UNAVAILABLE;
    return false;
  }
  // A shared address with filters opens them, so the reader sees why results are few.
  filterPanel.open = Object.values(wanted).some((values) => values.length > 0);
  return true;
}

function start(): void {
  // Hidden in the page's HTML: without this script a form that finds nothing would only lose
  // what the reader typed.
  form.hidden = false;
  filterPanel.hidden = false;
  status.textContent = 'Die Suche wird geladen …';
  // Listeners first: Enter pressed while the index loads runs the search here, not a page reload.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  let timer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(), 250);
  });
  sort.addEventListener('change', () => void run());
  ready = prepare();
  void run();
}

start();
