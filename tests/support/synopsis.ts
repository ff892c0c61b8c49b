import type { Page } from 'playwright-core';

/**
 * The outlet names of a synopsis page that a reader sees broken inside a word (a word whose
 * letters lie on two lines), and how many outlet names are visible at all: the header row's
 * links in the table, each cell's outlet on the cards.
 */
export async function wordsSplitInOutletNames(page: Page): Promise<{ names: number; split: string[] }> {
  return page.evaluate(() => {
    const names = [...document.querySelectorAll('.synopse-table thead th a, .synopse-outlet')].filter(
      (el) => el.getClientRects().length > 0,
    );
    const split: string[] = [];
    for (const name of names) {
      const text = name.firstChild;
      if (!text || text.nodeType !== Node.TEXT_NODE) continue;
      for (const match of (text.textContent ?? '').matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(text, match.index);
        range.setEnd(text, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        if (lines.size > 1) split.push(match[0]);
      }
    }
    return { names: names.length, split };
  });
}
