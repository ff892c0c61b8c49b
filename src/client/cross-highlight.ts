/**
 * Cross-highlighting on an event page (`/ereignisse/<event>/`): hovering or focusing a claim mark
 * in one of the `.comparison__column`s inside `[data-comparison]` highlights its partners, the
 * same claim in every column. A tap or click on a mark does not leave the page at once: it opens
 * a sheet that names the other columns with the same claim, each a link that jumps to it there,
 * and a link to the claim's page; a second tap on the same mark follows the mark's own link.
 * Listeners sit on the comparison itself, so columns the picker swaps in are covered too.
 * The sheet is fixed to the bottom of the screen, over the text: it closes as soon as focus moves
 * to anything but itself and its mark, so it never hides a focused element (WCAG 2.4.11).
 * Progressive: without this script every mark is still a link to its claim page.
 */
import { countNoun } from '../lib/text/german.ts';
import { showColumn } from './column-switcher.ts';

const root = document.querySelector<HTMLElement>('[data-comparison]');
const liveRegion = document.querySelector<HTMLElement>('[data-comparison-status]');
const sheet = document.querySelector<HTMLElement>('[data-partner-sheet]');
/** The mark whose partners the sheet lists. */
let sheetMark: HTMLElement | undefined;

function claimsOf(mark: Element): string[] {
  return (mark.getAttribute('data-claim') ?? '').split(' ').filter(Boolean);
}

function clear(): void {
  root?.querySelectorAll('.claim-mark.is-active').forEach((mark) => mark.classList.remove('is-active'));
}

/** The claim number a mark shows (only the last piece of a split sentence carries the badge). */
function numberOf(mark: HTMLElement): string {
  const claims = mark.getAttribute('data-claim');
  const scope = mark.closest('.comparison__column') ?? root!;
  return (
    [...scope.querySelectorAll<HTMLElement>('.claim-mark')]
      .filter((m) => m.getAttribute('data-claim') === claims)
      .map((m) => m.querySelector('.claim-badge [aria-hidden]')?.textContent)
      .find(Boolean) ?? ''
  );
}

/** Per column, the first mark of the claim there. */
function partners(claim: string): { column: HTMLElement; mark: HTMLElement }[] {
  return [...root!.querySelectorAll<HTMLElement>('.comparison__column')].flatMap((column) => {
    const mark = [...column.querySelectorAll<HTMLElement>('.claim-mark')].find((m) => claimsOf(m).includes(claim));
    return mark ? [{ column, mark }] : [];
  });
}

function activate(mark: HTMLElement): void {
  if (!root) return;
  clear();
  const [claim] = claimsOf(mark);
  if (!claim) return;
  let columns = 0;
  root.querySelectorAll<HTMLElement>('.comparison__column').forEach((column) => {
    const matches = [...column.querySelectorAll<HTMLElement>('.claim-mark')].filter((m) => claimsOf(m).includes(claim));
    matches.forEach((m) => m.classList.add('is-active'));
    if (matches.length > 0) columns++;
  });
  if (liveRegion)
    liveRegion.textContent = `Aussage ${numberOf(mark)}: in ${countNoun(columns, 'Spalte', 'Spalten')} markiert.`;
}

/** The marks that open the sheet, each telling a screen reader whether its sheet is open. */
function markOpeners(): void {
  if (!sheet || !root) return;
  root.querySelectorAll<HTMLElement>('a.claim-mark[data-claim]').forEach((mark) => {
    mark.setAttribute('aria-controls', sheet.id);
    mark.setAttribute('aria-expanded', String(mark === sheetMark));
  });
}

function setSheetMark(mark: HTMLElement | undefined): void {
  sheetMark?.setAttribute('aria-expanded', 'false');
  sheetMark = mark;
  sheetMark?.setAttribute('aria-expanded', 'true');
}

function closeSheet(): void {
  if (sheet) sheet.hidden = true;
  setSheetMark(undefined);
}

/** The sheet covers the bottom of the screen: lift its mark above it, so a reader sees what it lists. */
function revealAbove(mark: HTMLElement): void {
  const overlap = mark.getBoundingClientRect().bottom - sheet!.getBoundingClientRect().top;
  if (overlap > 0) window.scrollBy({ top: overlap, behavior: 'instant' });
}

/** Brings a partner into view, switching the phone's column first. */
function jumpTo(column: HTMLElement, mark: HTMLElement): void {
  showColumn(column.id);
  closeSheet();
  activate(mark);
  // At once, not with the page's smooth scrolling: focus moves there now, and a reader (or a
  // test) must find the partner in view when it has focus.
  mark.scrollIntoView({ block: 'center', behavior: 'instant' });
  mark.focus({ preventScroll: true });
  // A smooth scroll of the page still under way (focusing the first mark starts one where the
  // page scrolls smoothly) can carry on past the partner: look again once a frame has passed.
  requestAnimationFrame(() => {
    const box = mark.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) mark.scrollIntoView({ block: 'center', behavior: 'instant' });
  });
}

function openSheet(mark: HTMLElement, byKeyboard: boolean): void {
  if (!sheet || !root) return;
  const [claim] = claimsOf(mark);
  if (!claim) return;
  const own = mark.closest<HTMLElement>('.comparison__column');
  const found = partners(claim);
  const total = root.querySelectorAll('.comparison__column').length;
  const number = numberOf(mark);
  sheet.querySelector('[data-partner-title]')!.textContent =
    `Aussage ${number}: in ${found.length} von ${countNoun(total, 'Spalte', 'Spalten')}`;
  const list = sheet.querySelector<HTMLElement>('[data-partner-list]')!;
  list.replaceChildren(
    ...found
      .filter(({ column }) => column !== own)
      .map(({ column, mark: partner }) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        const target = partner.closest<HTMLElement>('[id]');
        link.href = `#${target?.id ?? column.id}`;
        link.textContent = `Bei ${column.querySelector('.comparison__outlet')?.textContent ?? column.id}`;
        link.addEventListener('click', (event) => {
          event.preventDefault();
          jumpTo(column, partner);
        });
        item.append(link);
        return item;
      }),
  );
  const claimLink = sheet.querySelector<HTMLAnchorElement>('[data-partner-claim]')!;
  claimLink.href = mark.getAttribute('href') ?? '#aussagen';
  claimLink.textContent = `Alle Wortlaute von Aussage ${number}`;
  sheet.hidden = false;
  setSheetMark(mark);
  revealAbove(mark);
  if (byKeyboard) (list.querySelector('a') ?? claimLink).focus();
}

if (root) {
  markOpeners();
  root.addEventListener('columns-changed', markOpeners);
  // Focus leaving the sheet for the page would land under it or make it cover what comes next;
  // its own mark is spared, so a second tap there still follows the mark's link.
  document.addEventListener('focusin', (event) => {
    const target = event.target as Node;
    if (sheetMark && !sheet?.contains(target) && target !== sheetMark) closeSheet();
  });
  root.addEventListener('pointerover', (event) => {
    const mark = (event.target as Element).closest<HTMLElement>('.claim-mark');
    if (mark && event.pointerType === 'mouse') activate(mark);
  });
  root.addEventListener('focusin', (event) => {
    const mark = (event.target as Element).closest<HTMLElement>('.claim-mark');
    if (mark) activate(mark);
  });
  // A first tap or click shows the partners; a second on the same mark follows its link.
  root.addEventListener('click', (event) => {
    const mark = (event.target as Element).closest<HTMLElement>('.claim-mark');
    if (!mark || mark === sheetMark) return;
    event.preventDefault();
    activate(mark);
    openSheet(mark, event.detail === 0);
  });
  sheet?.querySelector('[data-partner-close]')?.addEventListener('click', () => {
    const mark = sheetMark;
    closeSheet();
    mark?.focus();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const mark = sheetMark;
    clear();
    closeSheet();
    mark?.focus({ preventScroll: true });
    if (mark) clear();
  });
}
export {};
