import { describe, expect, it } from 'vitest';
import { draftArticle } from '../../src/lib/import/draft.ts';
import { seedFromText } from '../../src/lib/import/seed.ts';
import { addWorkspace } from '../support/add-cli.ts';

/**
 * How much of a page `npm run add` says was debris: lines, as `npm run claims` counts them, not
 * the entries of `removed`, which lists a repeated text once.
 */
const { contentCopy, page, add } = addWorkspace('add-debris');

describe('npm run add on a page that is all debris', () => {
  it('counts the lines that are debris, as npm run claims does, not the texts removed lists once', () => {
    const words = ['Teilen', 'Anzeige', 'Facebook', 'Twitter', 'WhatsApp', 'Drucken', 'Werbung', 'Kommentare'];
    const file = page('reste.txt', `${Array.from({ length: 20_000 }, (_, i) => words[i % words.length]).join('\n')}\n`);
    const result = add(contentCopy(), file);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/no article text is left .*: all 20000 non-empty lines are page debris \(/);
    expect(result.stderr).toMatch(/removed lists each different text once: \d+ entries/);
  });
});

describe('the note on what was set aside', () => {
  it('counts lines, and says how many entries removed has when a text repeats', () => {
    const seed = seedFromText('Kim reist ab\nTeilen\nDer Zug fuhr los.\nTeilen\nEr winkte.\nTeilen\n', 'text');
    const checks = draftArticle(seed, { source: 'a.txt' }).checks;
    expect(checks).toContain(
      'removed: 3 of 6 non-empty lines are page debris (Teilen-Leiste); removed lists each different text once: 1 entry. Check that none is article text.',
    );
  });
});
