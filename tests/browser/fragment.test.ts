import { describe, expect, it } from 'vitest';
import { readArticleFiles } from '../support/articles.ts';
import { useBuiltSite } from '../support/browser.ts';

const built = useBuiltSite();
const [article] = readArticleFiles();

describe('a malformed address fragment', () => {
  it('never throws on an article opened from a search result (?highlight=…#%E0%A4%A)', async () => {
    const page = await (await built.browser.newContext()).newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${built.url}artikel/${article!.slug}/?highlight=Kim#%E0%A4%A`, { waitUntil: 'networkidle' });
    // The highlighter ran: the search term is marked, so the script reached the fragment.
    await page.locator('mark.pagefind-highlight').first().waitFor();
    expect(errors).toEqual([]);
  });
});
