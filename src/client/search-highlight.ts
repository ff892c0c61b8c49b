/**
 * On an article opened from a search result (`?highlight=…`), marks the search terms with
 * Pagefind's highlighter. Loaded only then, and without Pagefind's injected styles (the CSP
 * forbids inline styles; ours are in claims.css).
 */
const terms = new URLSearchParams(window.location.search).get('highlight');
if (terms) {
  const url = `${import.meta.env.BASE_URL}pagefind/pagefind-highlight.js`;
  import(/* @vite-ignore */ url)
    .then(() => {
      const Highlighter = (window as unknown as { PagefindHighlight?: new (options: object) => unknown })
        .PagefindHighlight;
      if (Highlighter) new Highlighter({ highlightParam: 'highlight', addStyles: false });
    })
    .catch(() => {
      // The article reads fine without highlights; nothing to tell the reader.
    });
}
export {};
