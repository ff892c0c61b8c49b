import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from './browser.ts';
import { builtPages, isForwardingPage } from './pages.ts';

/** The WCAG 2.2 A/AA rule sets axe checks. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core on every built page in one colour scheme, a test per page. One file per scheme
 * (tests/browser/accessibility-*.test.ts): the two halves run side by side on two cores, where
 * the whole check in one file was the browser suite's longest step.
 */
export function describeAxe(scheme: 'light' | 'dark'): void {
  const built = useBuiltSite();
  describe(`axe-core finds no WCAG 2.2 A/AA violation (${scheme} scheme)`, () => {
    // Forwarding pages are left at once; their target is one of the pages checked.
    const pages = builtPages().filter((page) => !isForwardingPage(page));
    const cases = [
      ...pages.map((path) => ({ path, name: path, phone: false })),
      // On a phone an event page defers what lies below its first screen (comparison.css); a
      // link beside a deferred part once read as an overlapped touch target there, not on a desk.
      ...(scheme === 'light' ? pages.filter((path) => /^\/ereignisse\/[^/]+\/$/.test(path)) : []).map((path) => ({
        path,
        name: `${path} on a 412 px phone`,
        phone: true,
      })),
    ];
    it('covers every built page', () => {
      expect(pages.length).toBeGreaterThan(20);
      if (scheme === 'light') expect(cases.filter((c) => c.phone).length).toBeGreaterThan(0);
    });
    for (const { path, name, phone } of cases) {
      it(name, async () => {
        const context = await built.browser.newContext({
          colorScheme: scheme,
          ...(phone ? { viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true } : {}),
        });
        const page = await context.newPage();
        await page.goto(`${built.url}${path.slice(1)}`);
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        await context.close();
        expect(
          violations.map(
            (v) =>
              `${v.id}: ${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join(' | ')}`,
          ),
        ).toEqual([]);
      });
    }
  });
}
