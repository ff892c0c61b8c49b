/**
 * The claim filter on an event page: narrows the claim list in place and keeps the choice in the
 * address (`?zeige=…`), so a filtered view can be shared and survives a reload. Progressive: the
 * form is hidden until this script runs, and without it every claim is listed.
 */
import {
  ARTICLE_PARAM,
  FILTER_PARAM,
  claimFilterSearch,
  filterStatus,
  parseClaimFilter,
  showsClaim,
  showsOnlyHere,
  type ClaimFilter,
  type ClaimFilterData,
} from '../lib/view/filter.ts';
import type { ClaimTone } from '../lib/view/view.ts';

const form = document.querySelector<HTMLElement>('[data-claim-filter]');
const list = document.querySelector<HTMLElement>('[data-claim-list]');
const onlyHere = [...document.querySelectorAll<HTMLDetailsElement>('[data-only-article]')];
const status = document.querySelector<HTMLElement>('[data-claim-filter-status]');
const onlyHereSection = document.querySelector<HTMLElement>('[data-only-here-section]');
/** The coverage chart's rows and its table's rows, by claim number: they follow the filter. */
const chartRows = [...document.querySelectorAll<SVGGElement>('g[data-chart-claim]')];
const chartKey = [...document.querySelectorAll<HTMLLIElement>('li[data-chart-claim]')];
const tableRows = [...document.querySelectorAll<HTMLTableRowElement>('[data-table-claim]')];

const items = [...(list?.querySelectorAll<HTMLLIElement>(':scope > li') ?? [])];
const articles = onlyHere.map((section) => section.dataset.onlyArticle ?? '');
const dataOf = (item: HTMLElement): ClaimFilterData => ({
  tones: (item.dataset.tones ?? '').split(' ').filter(Boolean) as ClaimTone[],
  inAll: item.dataset.inAll === 'true',
});

function apply(filter: ClaimFilter): void {
  let shown = 0;
  const visible = new Set<string>();
  for (const item of items) {
    item.hidden = !showsClaim(filter, dataOf(item));
    if (!item.hidden) {
      shown++;
      visible.add(item.id.replace('aussage-', ''));
    }
  }
  // Choosing one article's unmatched sentences leaves the chart whole: it is about claims.
  const out = (claim: string | undefined) => filter.show !== 'artikel' && !visible.has(claim ?? '');
  for (const row of chartRows) row.classList.toggle('is-filtered-out', out(row.dataset.chartClaim));
  for (const row of tableRows) row.hidden = out(row.dataset.tableClaim);
  for (const item of chartKey) item.hidden = out(item.dataset.chartClaim);
  for (const section of onlyHere) {
    section.hidden = !showsOnlyHere(filter, section.dataset.onlyArticle ?? '');
    // The one article chosen is opened; the others keep what the reader did with them.
    if (filter.show === 'artikel' && !section.hidden) section.open = true;
  }
  if (list) list.hidden = filter.show === 'artikel';
  // No heading over nothing: the sentences without a match go with the filters that show them.
  if (onlyHereSection) onlyHereSection.hidden = !onlyHere.some((section) => !section.hidden);
  if (status)
    status.textContent =
      filter.show === 'artikel'
        ? 'Zeigt die Sätze dieses Artikels, zu denen der Vergleich in den anderen keine Entsprechung fand.'
        : filterStatus(shown, items.length);
}

function read(): ClaimFilter {
  const show = form?.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value ?? 'alle';
  const article = form?.querySelector<HTMLSelectElement>('select')?.value ?? '';
  return parseClaimFilter(new URLSearchParams({ [FILTER_PARAM]: show, [ARTICLE_PARAM]: article }).toString(), articles);
}

function write(filter: ClaimFilter): void {
  if (!form) return;
  const radio = form.querySelector<HTMLInputElement>(`input[value="${filter.show}"]`);
  if (radio) radio.checked = true;
  const select = form.querySelector<HTMLSelectElement>('select');
  if (select && filter.show === 'artikel') select.value = filter.article;
}

if (form && list) {
  const initial = parseClaimFilter(location.search, articles);
  write(initial);
  apply(initial);
  form.hidden = false;
  form.addEventListener('change', (event) => {
    // Picking an article means "what this article alone reports".
    if (event.target instanceof HTMLSelectElement) write({ show: 'artikel', article: event.target.value });
    const filter = read();
    apply(filter);
    history.replaceState(null, '', `${location.pathname}${claimFilterSearch(filter, location.search)}${location.hash}`);
  });
}
