/**
 * The search page: runs Pagefind in the browser, with filters (Ereignis, Agentur), sorting by
 * date, the query kept in the address (`?q=`) so a search can be shared, and each result
 * linking to the sentence where the words were found.
 */
import { countNoun } from '../lib/text/german.ts';

interface Anchor {
  id: string;
  location: number;
}
interface Fragment {
  url: string;
  excerpt: string;
  locations: number[];
  anchors: Anchor[];
  meta: Record<string, string>;
}
interface Pagefind {
  options(options: object): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    query: string,
    options: object,
  ): Promise<{ results: { id: string; data(): Promise<Fragment> }[]; filters: Record<string, Record<string, number>> }>;
}

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const sort = form.querySelector<HTMLSelectElement>('select[name="sortierung"]')!;
const filterBox = document.querySelector<HTMLElement>('[data-search-filters]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const FILTER_PARAMS: Record<string, string> = { Ereignis: 'ereignis', Agentur: 'agentur' };

let pagefind: Pagefind | undefined;
let latest = 0;

async function load(): Promise<Pagefind> {
  if (!pagefind) {
    const url = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;
    pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ highlightParam: 'highlight', excerptLength: 24 });
  }
  return pagefind;
}

/** The sentence anchor at or before the first matching word: where the reader should land. */
function sentenceAnchor(fragment: Fragment): string | undefined {
  const first = Math.min(...fragment.locations);
  let best: Anchor | undefined;
  for (const anchor of fragment.anchors) {
    if (!/^(satz|vorspann)-\d+$/.test(anchor.id) || anchor.location > first) continue;
    if (!best || anchor.location >= best.location) best = anchor;
  }
  return best?.id;
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

function renderFilters(all: Record<string, Record<string, number>>, wanted: Record<string, string[]>): void {
  filterBox.replaceChildren();
  for (const [name, values] of Object.entries(all)) {
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = name;
    fieldset.append(legend);
    for (const value of Object.keys(values).sort()) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = name;
      box.value = value;
      box.checked = wanted[name]?.includes(value) ?? false;
      box.addEventListener('change', () => void run());
      label.append(box, ` ${value}`);
      fieldset.append(label);
    }
    filterBox.append(fieldset);
  }
}

function remember(query: string, filters: Record<string, string[]>): void {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const [name, values] of Object.entries(filters))
    for (const value of values) params.append(FILTER_PARAMS[name] ?? name, value);
  if (sort.value !== 'relevanz') params.set('sortierung', sort.value);
  const search = params.toString();
  history.replaceState(null, '', `${window.location.pathname}${search ? `?${search}` : ''}`);
}

async function run(): Promise<void> {
  const query = input.value.trim();
  const filters = selectedFilters();
  remember(query, filters);
  const ticket = ++latest;
  if (query === '') {
    list.replaceChildren();
    status.textContent = 'Bitte geben Sie einen Suchbegriff ein, zum Beispiel „Satellit“ oder „Munition“.';
    return;
  }
  status.textContent = 'Suche läuft …';
  const engine = await load();
  const sortOption =
    sort.value === 'neueste' ? { date: 'desc' } : sort.value === 'aelteste' ? { date: 'asc' } : undefined;
  const search = await engine.search(query, { filters, ...(sortOption ? { sort: sortOption } : {}) });
  const fragments = await Promise.all(search.results.map((r) => r.data()));
  if (ticket !== latest) return;
  list.replaceChildren(
    ...fragments.map((fragment) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      const anchor = sentenceAnchor(fragment);
      link.href = anchor ? `${fragment.url}#${anchor}` : fragment.url;
      link.textContent = fragment.meta.title ?? fragment.url;
      const heading = document.createElement('h2');
      heading.append(link);
      const meta = document.createElement('p');
      meta.className = 'meta';
      meta.textContent = [fragment.meta.type, fragment.meta.date, fragment.meta.event, fragment.meta.agencies]
        .filter(Boolean)
        .join(' · ');
      const excerpt = document.createElement('p');
      excerpt.append(...excerptNodes(fragment.excerpt));
      item.append(heading, meta, excerpt);
      return item;
    }),
  );
  const count = fragments.length;
  status.textContent =
    count === 0
      ? `Keine Treffer für „${query}“. Prüfen Sie die Schreibweise, versuchen Sie ein anderes Wort oder entfernen Sie Filter.`
      : `${countNoun(count, 'Treffer', 'Treffer')} für „${query}“.`;
}

async function start(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  input.value = params.get('q') ?? '';
  const order = params.get('sortierung');
  if (order && [...sort.options].some((o) => o.value === order)) sort.value = order;
  const wanted: Record<string, string[]> = {};
  for (const [name, param] of Object.entries(FILTER_PARAMS)) wanted[name] = params.getAll(param);
  try {
    renderFilters(await (await load()).filters(), wanted);
  } catch {
    status.textContent = 'Die Suche konnte nicht geladen werden. Bitte laden Sie die Seite neu.';
    return;
  }
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
  form.hidden = false;
  await run();
}

void start();
export {};
