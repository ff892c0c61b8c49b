/**
 * The column picker on an event page with more than four articles: the reader ticks up to four,
 * the columns follow (fetched from the article pages, which carry the same marks), and the choice
 * is kept in the address (`?spalten=a,b`). Progressive: without it the first four columns stand
 * and the others are links.
 */
import { MAX_COLUMNS, columnsSearch, parseColumns } from '../lib/view/columns.ts';

const picker = document.querySelector<HTMLElement>('[data-column-picker]');
const comparison = document.querySelector<HTMLElement>('[data-comparison]');
const switcher = document.querySelector<HTMLElement>('[data-column-switcher] ul');
const boxes = [...(picker?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? [])];
const articles = boxes.map((box) => box.value);
const fetched = new Map<string, Promise<HTMLElement>>();

/** A column built from an article page: its lead and body, ids prefixed as on the server. */
async function fetchColumn(box: HTMLInputElement): Promise<HTMLElement> {
  const slug = box.value;
  const response = await fetch(box.dataset.href ?? '');
  if (!response.ok) throw new Error(`${box.dataset.href}: ${response.status}`);
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const section = document.createElement('section');
  section.className = 'comparison__column';
  section.id = `spalte-${slug}`;
  section.tabIndex = 0;
  section.dataset.column = slug;
  section.setAttribute('aria-labelledby', `spalte-titel-${slug}`);
  const header = document.createElement('header');
  const outlet = document.createElement('p');
  outlet.className = 'comparison__outlet';
  outlet.textContent = box.dataset.label ?? '';
  const heading = document.createElement('h3');
  heading.id = `spalte-titel-${slug}`;
  const link = document.createElement('a');
  link.href = box.dataset.href ?? '';
  link.textContent = box.dataset.title ?? slug;
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'meta';
  meta.textContent = box.dataset.meta ?? '';
  if (box.dataset.original) {
    const original = document.createElement('a');
    original.href = box.dataset.original;
    original.rel = 'external noreferrer';
    original.textContent = 'Original';
    meta.append(' · ', original);
  }
  header.append(heading, meta);
  const text = document.createElement('div');
  for (const part of page.querySelectorAll('.lead, .article-body')) text.append(document.importNode(part, true));
  // Two articles on one page must not share sentence ids (`satz-3`).
  text.querySelectorAll<HTMLElement>('[id]').forEach((element) => (element.id = `${slug}--${element.id}`));
  // …and a sentence's link follows its id.
  text
    .querySelectorAll<HTMLAnchorElement>('a.satz-link')
    .forEach((link) => link.setAttribute('href', `#${slug}--${link.getAttribute('href')?.slice(1) ?? ''}`));
  section.append(outlet, header, text);
  return section;
}

function columnFor(box: HTMLInputElement): Promise<HTMLElement> {
  const existing = comparison?.querySelector<HTMLElement>(`[data-column="${CSS.escape(box.value)}"]`);
  if (existing) return Promise.resolve(existing);
  let pending = fetched.get(box.value);
  if (!pending) {
    pending = fetchColumn(box);
    fetched.set(box.value, pending);
  }
  return pending;
}

/** At most four ticks: the other boxes are disabled while four are ticked. */
function limit(): void {
  const ticked = boxes.filter((box) => box.checked).length;
  for (const box of boxes) box.disabled = !box.checked && ticked >= MAX_COLUMNS;
}

async function show(columns: readonly string[]): Promise<void> {
  if (!comparison) return;
  const chosen = columns.map((id) => boxes.find((box) => box.value === id)).filter((box) => box !== undefined);
  const sections = await Promise.all(chosen.map(columnFor));
  comparison.replaceChildren(...sections);
  switcher?.replaceChildren(
    ...chosen.map((box) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = `#spalte-${box.value}`;
      link.textContent = box.dataset.short ?? '';
      item.append(link);
      return item;
    }),
  );
  comparison.dispatchEvent(new Event('columns-changed'));
}

if (picker && comparison) {
  const initial = parseColumns(location.search, articles);
  for (const box of boxes) box.checked = initial.includes(box.value);
  limit();
  picker.hidden = false;
  if (initial.join(',') !== articles.slice(0, MAX_COLUMNS).join(',')) void show(initial);
  picker.addEventListener('change', () => {
    limit();
    const columns = boxes.filter((box) => box.checked).map((box) => box.value);
    if (columns.length === 0) return;
    history.replaceState(
      null,
      '',
      `${location.pathname}${columnsSearch(columns, articles, location.search)}${location.hash}`,
    );
    show(columns).catch((error: unknown) => {
      picker.querySelector('legend')?.append(` – Spalte konnte nicht geladen werden (${String(error)})`);
    });
  });
}
