import { describe, expect, it } from 'vitest';
import { articleLabels, type LabelInput } from '../../src/data/article-label.ts';

const article = (id: string, data: Partial<LabelInput['data']>, publishedLabel = '13. September 2023'): LabelInput => ({
  id,
  publishedLabel,
  data: { title: `Titel ${id}`, titleSource: 'source', agencies: [], ...data },
});

describe('article labels', () => {
  it('name a known outlet alone and say "Medium unbekannt" with the credit line otherwise', () => {
    const labels = articleLabels([
      article('a', { outlet: { name: 'NZZ', basis: 'og:site_name' } }),
      article('b', { credit: '(dpa/afp/fte)', agencies: ['dpa', 'AFP'] }),
      article('c', { agencies: ['AFP'] }),
      article('d', {}),
    ]);
    expect([...labels.values()].map((l) => l.text)).toEqual([
      'NZZ',
      'Medium unbekannt · (dpa/afp/fte)',
      'Medium unbekannt · AFP',
      'Medium unbekannt · ohne Agenturangabe',
    ]);
    expect(labels.get('a')!.short).toBe('NZZ');
    expect(labels.get('b')!.short).toBe('(dpa/afp/fte)');
    for (const label of labels.values()) expect(label.text).not.toMatch(/\bA\d|Artikel \d/);
  });

  it('add the date, then the title (marked where it is ours), until no two read the same', () => {
    const labels = articleLabels([
      article('a', { credit: '(AFP)' }, '13. September 2023'),
      article('b', { credit: '(AFP)' }, '14. September 2023'),
      article('c', { credit: '(AFP)', titleSource: 'editorial' }, '14. September 2023'),
    ]);
    expect(labels.get('a')!.text).toBe('Medium unbekannt · (AFP) · 13. September 2023');
    expect(labels.get('b')!.text).toBe('Medium unbekannt · (AFP) · 14. September 2023 · „Titel b“');
    expect(labels.get('c')!.text).toBe(
      'Medium unbekannt · (AFP) · 14. September 2023 · „Titel c“ (Titel der Redaktion)',
    );
    const texts = [...labels.values()].map((l) => l.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('tell two articles of one outlet apart, and number them where nothing else does', () => {
    const same = { outlet: { name: 'NZZ', basis: 'title' as const }, title: 'Gleich' };
    const labels = articleLabels([article('a', same), article('b', same)]);
    expect(labels.get('a')!.text).toBe('NZZ · ohne Agenturangabe · 13. September 2023 · „Gleich“');
    expect(labels.get('b')!.text).toBe('NZZ · ohne Agenturangabe · 13. September 2023 · „Gleich“ (2)');
  });
});
