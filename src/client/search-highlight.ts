/**
 * On a page opened from a search result (`?highlight=…`), marks the search terms with Pagefind's
 * highlighter (in the page's searchable text only), then brings the reader to the sentence:
 * the one the result's link names (`#satz-7`), or else the first sentence with a marked term.
 * That sentence gets the class `is-target` and keyboard focus, so a screen reader starts there.
 * Loaded only then, and without Pagefind's injected styles (the CSP forbids inline styles; ours
 * are in global.css).
 */
import { siteRoutes } from '../lib/view/routes.ts';
import { fragmentId } from './address.ts';

const terms = new URLSearchParams(window.location.search).get('highlight');

/** The sentence the reader came for: named by the address, else the first one with a hit. */
function targetSentence(): HTMLElement | undefined {
  const id = fragmentId(window.location.hash);
  const named = id ? document.getElementById(id) : null;
  if (named) return named;
  // The first hit in reading order; a hit in the title (not a sentence) means: stay at the top.
  const first = document.querySelector('[data-pagefind-body] mark.pagefind-highlight');
  return first?.closest<HTMLElement>('.satz') ?? undefined;
}

function land(): void {
  const sentence = targetSentence();
  if (!sentence) return;
  sentence.classList.add('is-target');
  if (!sentence.hasAttribute('tabindex')) sentence.tabIndex = -1;
  const calm = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  // With a hash the browser has already scrolled there; only a sentence found by its hit needs it.
  if (!window.location.hash) sentence.scrollIntoView({ block: 'center', behavior: calm ? 'auto' : 'smooth' });
  sentence.focus({ preventScroll: true });
}

if (terms) {
  const url = siteRoutes(import.meta.env.BASE_URL).pagefindHref('pagefind-highlight.js');
  import(/* @vite-ignore */ url)
    .then(() => {
      const Highlighter = (window as unknown as { PagefindHighlight?: new (options: object) => unknown })
        .PagefindHighlight;
      if (Highlighter) new Highlighter({ highlightParam: 'highlight', addStyles: false });
    })
    .catch(() => {
      // The article reads fine without highlights; nothing to tell the reader.
    })
    .finally(land);
}
export {};
