import { describe, expect, it } from 'vitest';
import { mainEvent } from '../support/articles.ts';
import { useBuiltSite } from '../support/browser.ts';

const built = useBuiltSite();

describe('the comparison announces what it highlights', () => {
  it('names the claim number for every mark a keyboard reaches, also pieces of a sentence split by markup', async () => {
    const context = await built.browser.newContext({ viewport: { width: 1920, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${built.url}ereignisse/${mainEvent()}/`);
    const marks = page.locator('.comparison__column .claim-mark');
    const count = await marks.count();
    expect(count).toBeGreaterThan(0);
    const status = page.locator('[data-comparison-status]');
    for (let i = 0; i < count; i++) {
      await marks.nth(i).focus();
      await expect.poll(() => status.textContent()).toMatch(/^Aussage \d+(,\d+)*: in \d+ Spalten? markiert\.$/);
    }
    await context.close();
  });
});
