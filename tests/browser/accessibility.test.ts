import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/browser.ts';
import { builtPages, isForwardingPage } from '../support/pages.ts';

const built = useBuiltSite();

describe('axe-core finds no WCAG 2.2 A/AA violation', () => {
  // Forwarding pages are left at once; their target is one of the pages checked.
  const pages = builtPages().filter((page) => !isForwardingPage(page));
  it('covers every built page', () => {
    expect(pages.length).toBeGreaterThan(20);
  });
  for (const path of pages) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`${path} (${scheme})`, async () => {
        const context = await built.browser.newContext({ colorScheme: scheme });
        const page = await context.newPage();
        await page.goto(`${built.url}${path.slice(1)}`);
        const { violations } = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
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
  }
});
