import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { builtPages } from '../support/pages.ts';
import { DIST } from '../support/paths.ts';
import { serveStatic, type StaticSite } from '../../scripts/lib/static-server.ts';

let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  site = await serveStatic(DIST);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('axe-core finds no WCAG 2.2 A/AA violation', () => {
  const pages = builtPages();
  it('covers every built page', () => {
    expect(pages.length).toBeGreaterThan(20);
  });
  for (const path of pages) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`${path} (${scheme})`, async () => {
        const context = await browser.newContext({ colorScheme: scheme });
        const page = await context.newPage();
        await page.goto(`${site.url}${path.slice(1)}`);
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
