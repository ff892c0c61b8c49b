/**
 * The element id an address fragment names: `#satz-7` → `satz-7`, percent-escapes decoded. A
 * malformed escape (`#%E0%A4%A`, from a hand-edited or cut-off link) threw an uncaught URIError
 * on the page; it names no element, and the fragment is taken as written.
 */
export function fragmentId(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
