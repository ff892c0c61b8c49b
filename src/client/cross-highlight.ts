/**
 * Cross-highlighting on an event page (`/ereignisse/<event>/`): hovering, focusing or tapping a
 * claim mark in one of the `.comparison__column`s inside `[data-comparison]` highlights its
 * partners, the same claim in every column, and scrolls each column to it. The highlight is a
 * background of its own (not one of the kinds) plus an outline. Listeners sit on the comparison
 * itself, so columns the picker swaps in are covered too. Progressive: without this script every
 * mark is still a link to its claim page.
 */
import { countNoun } from '../lib/text/german.ts';

const root = document.querySelector<HTMLElement>('[data-comparison]');
const liveRegion = document.querySelector<HTMLElement>('[data-comparison-status]');

function claimsOf(mark: Element): string[] {
  return (mark.getAttribute('data-claim') ?? '').split(' ').filter(Boolean);
}

function clear(): void {
  root?.querySelectorAll('.claim-mark.is-active').forEach((mark) => mark.classList.remove('is-active'));
}

function activate(mark: HTMLElement): void {
  if (!root) return;
  clear();
  const [claim] = claimsOf(mark);
  if (!claim) return;
  const column = mark.closest<HTMLElement>('.comparison__column');
  let columns = 0;
  root.querySelectorAll<HTMLElement>('.comparison__column').forEach((other) => {
    const matches = [...other.querySelectorAll<HTMLElement>('.claim-mark')].filter((m) => claimsOf(m).includes(claim));
    matches.forEach((m) => m.classList.add('is-active'));
    if (matches.length > 0) columns++;
    const first = matches[0];
    if (first && other !== column) {
      const top = first.getBoundingClientRect().top - other.getBoundingClientRect().top + other.scrollTop;
      const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      other.scrollTo({ top: Math.max(0, top - other.clientHeight / 3), behavior: smooth ? 'smooth' : 'auto' });
    }
  });
  if (liveRegion) {
    // Only the last piece of a sentence split by inline markup carries the badge: read the number
    // from whichever piece of the same claims has it.
    const claims = mark.getAttribute('data-claim');
    const number = [...(column ?? root).querySelectorAll<HTMLElement>('.claim-mark')]
      .filter((m) => m.getAttribute('data-claim') === claims)
      .map((m) => m.querySelector('.claim-badge [aria-hidden]')?.textContent)
      .find(Boolean);
    liveRegion.textContent = `Aussage ${number ?? ''}: in ${countNoun(columns, 'Spalte', 'Spalten')} markiert.`;
  }
}

if (root) {
  root.addEventListener('pointerover', (event) => {
    const mark = (event.target as Element).closest<HTMLElement>('.claim-mark');
    if (mark && event.pointerType === 'mouse') activate(mark);
  });
  root.addEventListener('focusin', (event) => {
    const mark = (event.target as Element).closest<HTMLElement>('.claim-mark');
    if (mark) activate(mark);
  });
  // A first tap highlights; a second tap on the same mark follows its link.
  root.addEventListener('click', (event) => {
    const mark = (event.target as Element).closest<HTMLElement>('.claim-mark');
    if (mark && !mark.classList.contains('is-active')) {
      event.preventDefault();
      activate(mark);
    }
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') clear();
  });
}
export {};
