/**
 * The switcher of an event page on a phone: one column at a time, the chosen one named in the
 * switcher by a tick, bold text and a frame (`aria-current`), not by colour. Wider screens show
 * the columns side by side and the switcher's links only jump to them. Without this script the
 * columns stand one below the other on a phone and the switcher's links jump to them.
 */
const comparison = document.querySelector<HTMLElement>('[data-comparison]');
const switcher = document.querySelector<HTMLElement>('[data-column-switcher]');
const phone = window.matchMedia('(max-width: 40rem)');

const columns = () => [...(comparison?.querySelectorAll<HTMLElement>('.comparison__column') ?? [])];
let chosen: string | undefined;

function render(): void {
  if (!comparison) return;
  const all = columns();
  if (!all.some((column) => column.id === chosen)) chosen = all[0]?.id;
  const one = phone.matches && all.length > 1;
  comparison.toggleAttribute('data-one-column', one);
  for (const column of all) column.toggleAttribute('data-chosen', one && column.id === chosen);
  for (const link of switcher?.querySelectorAll<HTMLAnchorElement>('a') ?? []) {
    if (one && link.hash === `#${chosen}`) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
}

/** Shows the column with this id (on a phone, instead of the one shown). */
export function showColumn(id: string): void {
  chosen = id;
  render();
}

/** The element the address names (`#…`), if any; a malformed fragment names none. */
function hashTarget(): HTMLElement | null {
  try {
    const id = decodeURIComponent(location.hash.slice(1));
    return id ? document.getElementById(id) : null;
  } catch {
    return null;
  }
}

/**
 * Shows the column that holds the address's target: the column itself (`#spalte-…`) or anything
 * in it, a sentence (`#<artikel>--satz-12`) above all. A link to a sentence of the third column
 * must open that column, not leave the reader at the first one with the target hidden. On a
 * phone the target is then brought into view: the browser scrolled while it had no box.
 */
function followHash(): void {
  const target = hashTarget();
  const column = target?.closest<HTMLElement>('.comparison__column');
  if (!target || !column) return;
  const hidden = column.id !== chosen;
  showColumn(column.id);
  if (hidden && phone.matches) target.scrollIntoView({ block: 'start' });
}

if (comparison && switcher) {
  render();
  followHash();
  window.addEventListener('hashchange', followHash);
  phone.addEventListener('change', render);
  // The column picker replaces columns and switcher entries: show its choice.
  comparison.addEventListener('columns-changed', render);
  switcher.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a');
    if (!link || !phone.matches) return;
    event.preventDefault();
    showColumn(link.hash.slice(1));
    history.replaceState(null, '', link.hash);
    // The switcher stays where it is; the chosen column starts right below it.
    const column = document.getElementById(link.hash.slice(1));
    if (column && column.getBoundingClientRect().top < 0) column.scrollIntoView({ block: 'start' });
  });
}
