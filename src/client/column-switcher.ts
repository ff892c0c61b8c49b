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

if (comparison && switcher) {
  const fromHash = location.hash.slice(1);
  if (columns().some((column) => column.id === fromHash)) chosen = fromHash;
  render();
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
