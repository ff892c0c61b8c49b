import type AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { useBuiltSite } from './browser.ts';
import { builtPages, isForwardingPage } from './pages.ts';

/** The WCAG 2.2 A/AA rule sets axe checks. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
type RunOptions = Parameters<AxeBuilder['options']>[0];
/** A page's `window` once axe-core is in it. */
interface AxeWindow {
  axe: { run(context: Document | { include: string[][] }, options: RunOptions): Promise<AxeResults> };
}

/**
 * axe-core's browser build, the copy @axe-core/playwright depends on. It is run in the page
 * directly rather than through AxeBuilder, whose `analyze()` injected axe, ran it frame by frame
 * and then opened a blank page to inject axe again and merge the frames' results: three
 * quarters of each page's check went to that machinery, and the site has no frames (each run
 * asserts so below).
 */
const AXE_SOURCE = readFileSync(
  createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * Runs axe-core's WCAG 2.2 A/AA rules on the page as it stands, or on the parts `include`
 * selects; returns each violation as `rule id: its first three targets`.
 */
export async function axeViolations(page: Page, include?: readonly string[]): Promise<string[]> {
  expect(page.frames(), 'axe runs in the top frame only').toHaveLength(1);
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    ({ options, include }) =>
      (window as unknown as AxeWindow).axe
        .run(include ? { include: include.map((selector) => [selector]) } : document, options)
        .then((results) => results.violations),
    { options: { runOnly: { type: 'tag', values: WCAG_TAGS } } satisfies RunOptions, include },
  );
  return violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}

/**
 * Runs axe-core on every built page in one colour scheme, a test per page. One file per scheme
 * (tests/browser/accessibility-*.test.ts): the two halves run side by side on two cores, where
 * the whole check in one file was the browser suite's longest step.
 *
 * The tests share one tab per viewport, each navigating it to its page: axe only reads a page,
 * and a new browser context per page cost more than the page's check.
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
    /** One tab per viewport (desk, phone), opened when a test first needs it. */
    const tabs = new Map<boolean, Promise<Page>>();
    const tab = (phone: boolean): Promise<Page> => {
      let page = tabs.get(phone);
      if (!page) {
        const options: BrowserContextOptions = {
          colorScheme: scheme,
          ...(phone ? { viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true } : {}),
        };
        page = built.browser.newContext(options).then((context) => context.newPage());
        tabs.set(phone, page);
      }
      return page;
    };
    afterAll(async () => {
      await Promise.allSettled([...tabs.values()].map(async (page) => (await page).context().close()));
    });
    it('covers every built page', () => {
      expect(pages.length).toBeGreaterThan(20);
      if (scheme === 'light') expect(cases.filter((c) => c.phone).length).toBeGreaterThan(0);
    });
    for (const { path, name, phone } of cases) {
      it(name, async () => {
        const page = await tab(phone);
        await page.goto(`${built.url}${path.slice(1)}`);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}
