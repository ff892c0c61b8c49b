import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/lib/claims/engine.ts';
import { isCreditLine } from '../../src/lib/content/credit-line.ts';
import { draftArticle } from '../../src/lib/import/draft.ts';
import { seedFromText } from '../../src/lib/import/seed.ts';

describe('credit lines', () => {
  it.each([
    '(AFP)',
    '(dpa/afp/fte)',
    '(sda/reuters/mdl)',
    '(APA, red, 25.7.2015)',
    '(APA/red – 8.8. 2015)',
    '(APA; 4.12.2015)',
    '(tasch, 13.10.2015)',
    '(red, 13.02.16)',
  ])('%s is a credit line', (text) => {
    expect(isCreditLine(text)).toBe(true);
  });

  it.each([
    '(Archiv)',
    '(2015)',
    '(Foto: APA)',
    '(siehe Grafik, 12.3.2015)',
    'APA, 11.9.2015',
    '(Er kam am 2.3.2015 an.)',
  ])('%s is not', (text) => {
    expect(isCreditLine(text)).toBe(false);
  });

  it('are no claim and no fact of one article, though two articles end with the same one', () => {
    const credit = '(APA, 11.9.2015)';
    const result = analyseCorpus([
      { id: 'a', event: 'e', format: 'text', body: `Der Nationalrat beschloss am Freitag das Budget.\n\n${credit}` },
      { id: 'b', event: 'e', format: 'text', body: `Die Regierung stellte neue Pläne zur Bahn vor.\n\n${credit}` },
    ]);
    expect(result.claims.flatMap((claim) => claim.passages.map((p) => p.text))).not.toContain(credit);
    for (const id of ['a', 'b']) {
      expect(result.unique[id]!.map((p) => p.text)).toEqual([expect.stringMatching(/^D/)]);
      expect(result.near[id]!.map((p) => p.text)).not.toContain(credit);
    }
  });

  it('are taken out of the body by npm run add, dated or not, after the last sentence or on a line of their own', () => {
    for (const [text, credit] of [
      ['Budget beschlossen\nDer Nationalrat beschloss am Freitag das Budget. (APA, 11.9.2015)\n', '(APA, 11.9.2015)'],
      [
        'Budget beschlossen\nDer Nationalrat beschloss am Freitag das Budget.\n(APA, red, 25.7.2015)\n',
        '(APA, red, 25.7.2015)',
      ],
    ] as const) {
      const draft = draftArticle(seedFromText(text, 'text'), { source: 'a.txt', event: 'budget' });
      expect(draft.credit).toBe(credit);
      expect(draft.agencies).toEqual(['APA']);
      expect(draft.body).not.toContain('(APA');
      expect(draft.body).toContain('das Budget.');
      // The date is no unknown agency.
      expect(draft.checks.filter((check) => check.startsWith('agencies:'))).toEqual([]);
    }
  });

  it('date the article for npm run add when nothing else does, with a check to read', () => {
    const text = 'Budget beschlossen\nDer Nationalrat beschloss am Freitag das Budget.\n(APA/red – 8.8. 2015)\n';
    const draft = draftArticle(seedFromText(text, 'text'), { source: 'a.txt', event: 'budget' });
    expect(draft.published).toEqual({
      date: '2015-08-08',
      precision: 'day',
      basis: 'Datum in der Quellenangabe: „(APA/red – 8.8. 2015)“.',
    });
    expect(draft.checks).toContainEqual(expect.stringMatching(/^published: taken from the credit line \(APA\/red/));
    // A date line wins over the credit; a credit without a year dates nothing.
    const lined = draftArticle(seedFromText(`Veröffentlicht am 9. August 2015\n${text}`, 'text'), {
      source: 'a.txt',
      event: 'budget',
    });
    expect(lined.published?.date).toBe('2015-08-09');
    const yearless = draftArticle(seedFromText(text.replace('8.8. 2015', '8.8.'), 'text'), {
      source: 'a.txt',
      event: 'budget',
    });
    expect(yearless.published).toBeUndefined();
    expect(yearless.checks).toContainEqual(expect.stringMatching(/^published: the text states no publication date/));
  });
});
