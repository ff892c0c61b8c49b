import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/lib/claims/engine.ts';
import { parseEditorial } from '../../src/lib/claims/editorial.ts';
import type { EngineArticle } from '../../src/lib/claims/types.ts';

const articles: EngineArticle[] = [
  {
    id: 'a',
    body: 'Putin sicherte Nordkorea Hilfe beim Bau von Satelliten zu. Die USA drohten Nordkorea mit neuen Sanktionen wegen Waffenlieferungen.\n',
  },
  {
    id: 'b',
    body: 'Putin sicherte Nordkorea Hilfe beim Bau von Satelliten zu. Die USA drohten Nordkorea mit neuen Sanktionen wegen Waffenlieferungen.\n',
  },
  { id: 'c', body: 'Russland will Nordkorea beim Bau von Satelliten helfen. Das Wetter war mild.\n' },
];
const run = (yaml: string) =>
  analyseCorpus(articles, { editorial: { data: parseEditorial(yaml, 'claims.yaml'), file: 'claims.yaml' } });
const satellites = (result: ReturnType<typeof run>) =>
  result.claims.find((c) => c.passages[0]!.text.includes('Satelliten'))!;

describe('editorial layer', () => {
  it('leaves machine results marked as machine-made', () => {
    const result = run('version: 1\nentries: []\n');
    expect(result.claims.every((c) => c.origin === 'maschinell' && c.labelOrigin === 'maschinell')).toBe(true);
  });

  it('names a claim', () => {
    const result = run(`version: 1
entries:
  - action: name
    quote: { article: c, text: 'beim Bau von Satelliten helfen' }
    label: Hilfe beim Satellitenbau
`);
    expect(satellites(result)).toMatchObject({ label: 'Hilfe beim Satellitenbau', labelOrigin: 'redaktionell' });
  });

  it('rejects a machine link', () => {
    const before = satellites(run('version: 1\n'));
    expect(before.articles).toContain('c');
    const result = run(`version: 1
entries:
  - action: reject
    quotes:
      - { article: a, text: 'Hilfe beim Bau von Satelliten' }
      - { article: c, text: 'beim Bau von Satelliten helfen' }
`);
    const together = result.claims.filter((c) => c.articles.includes('a') && c.articles.includes('c'));
    expect(together).toEqual([]);
  });

  it('splits a passage out of its claim and merges two claims', () => {
    const split = run(`version: 1
entries:
  - action: split
    quote: { article: c, text: 'beim Bau von Satelliten helfen' }
`);
    expect(satellites(split)).toMatchObject({ origin: 'redaktionell', articles: ['a', 'b'] });
    const merged = run(`version: 1
entries:
  - action: merge
    quotes:
      - { article: a, text: 'Hilfe beim Bau von Satelliten' }
      - { article: b, text: 'Die USA drohten Nordkorea' }
    label: Zusammengefasst
`);
    const claim = merged.claims.find((c) => c.label === 'Zusammengefasst')!;
    expect(claim.origin).toBe('redaktionell');
    expect(claim.passages.map((p) => p.text).join(' ')).toMatch(/Satelliten.*USA|USA.*Satelliten/s);
  });

  it('fails on a quote that no longer occurs, naming the entry, the article and the quote', () => {
    expect(() =>
      run(`version: 1
entries:
  - action: name
    quote: { article: c, text: 'beim Bau von Satelliten helfen' }
    label: Gut
  - action: name
    quote: { article: c, text: 'Diese Worte stehen nirgends' }
    label: Veraltet
`),
    ).toThrow(
      /claims\.yaml, entry 2: field "text": "Diese Worte stehen nirgends" does not occur in one sentence of "c"/,
    );
  });

  it('only warns about a decision that no longer changes anything: more articles must never break the build', () => {
    const result = run(`version: 1
entries:
  - action: reject
    quotes:
      - { article: a, text: 'Hilfe beim Bau von Satelliten' }
      - { article: c, text: 'Das Wetter war mild' }
  - action: name
    quote: { article: c, text: 'Das Wetter war mild' }
    label: Wetter
`);
    expect(result.warnings).toEqual([
      'claims.yaml, entry 1: the machine no longer links these two passages, so there is nothing to reject (moot entry; it changes nothing and can be removed).',
      'claims.yaml, entry 2: this passage is in no claim, so there is nothing to name (moot entry; it changes nothing and can be removed).',
    ]);
    expect(satellites(result).articles).toContain('c');
  });

  it('refuses a merge of passages that another entry rejects, naming both entries', () => {
    expect(() =>
      run(`version: 1
entries:
  - action: reject
    quotes:
      - { article: a, text: 'Hilfe beim Bau von Satelliten' }
      - { article: c, text: 'beim Bau von Satelliten helfen' }
  - action: merge
    quotes:
      - { article: c, text: 'beim Bau von Satelliten helfen' }
      - { article: a, text: 'Hilfe beim Bau von Satelliten' }
`),
    ).toThrow(
      /claims\.yaml, entry 2: merges .* which entry 1 rejects as different statements\. Keep one of the two entries\./,
    );
  });

  it('warns about two different names for one claim, naming both entries', () => {
    const twoNames = (second: string) =>
      run(`version: 1
entries:
  - action: name
    quote: { article: c, text: 'beim Bau von Satelliten helfen' }
    label: Hilfe beim Satellitenbau
  - action: name
    quote: { article: a, text: 'Hilfe beim Bau von Satelliten' }
    label: ${second}
`);
    expect(twoNames('Satelliten für Nordkorea').warnings).toEqual([
      'claims.yaml, entry 2: names the claim "Satelliten für Nordkorea", which entry 1 already names "Hilfe beim Satellitenbau"; the later entry wins. Keep one of the two entries.',
    ]);
    expect(twoNames('Hilfe beim Satellitenbau').warnings).toEqual([]);
  });

  it('validates the file with a clear message', () => {
    expect(() => parseEditorial('version: 1\nentries:\n  - action: rename\n', 'content/claims.yaml')).toThrow(
      /content\/claims\.yaml, entry 1: field "action": expected action: name, merge, split or reject/,
    );
    expect(() =>
      parseEditorial(
        'version: 1\nentries:\n  - action: name\n    quote: { article: a, text: kurz }\n    label: Gut\n',
        'x.yaml',
      ),
    ).toThrow(/x\.yaml, entry 1: field "quote\.text": quote at least a few words/);
  });
});

describe('editorial file, read strictly', () => {
  it('refuses a misspelt "entries" instead of checking 0 entries, naming the closest field', () => {
    expect(() =>
      parseEditorial(
        "version: 1\nentires:\n  - action: split\n    quote: { article: a, text: 'Putin sicherte Nordkorea' }\n",
        'content/claims.yaml',
      ),
    ).toThrow(
      'content/claims.yaml: unknown field "entires" (did you mean "entries"?): allowed fields are version, entries; correct the spelling or remove it.',
    );
  });

  it('refuses a misspelt "label" in an entry, and unknown fields in a quote', () => {
    expect(() =>
      parseEditorial(
        "version: 1\nentries:\n  - action: name\n    quote: { article: a, text: 'Putin sicherte Nordkorea' }\n    lable: Hilfe\n",
        'c.yaml',
      ),
    ).toThrow(
      'c.yaml, entry 1: unknown field "lable" (did you mean "label"?) in "the entry": allowed fields are action, quote, label',
    );
    expect(() =>
      parseEditorial(
        "version: 1\nentries:\n  - action: split\n    quote: { artikel: a, text: 'Putin sicherte Nordkorea' }\n",
        'c.yaml',
      ),
    ).toThrow(
      'c.yaml, entry 1: unknown field "artikel" (did you mean "article"?) in "quote": allowed fields are article, text',
    );
  });

  it('refuses a quote that occurs in two sentences of its article, listing both', () => {
    const twice: EngineArticle[] = [
      { id: 'a', body: 'Die Lage sei ernst, sagte Putin. Man werde helfen, sagte Putin.\n' },
      { id: 'b', body: 'Die Lage sei ernst, sagte der Präsident.\n' },
    ];
    const yaml = "version: 1\nentries:\n  - action: split\n    quote: { article: a, text: 'sagte Putin' }\n";
    expect(() =>
      analyseCorpus(twice, { editorial: { data: parseEditorial(yaml, 'claims.yaml'), file: 'claims.yaml' } }),
    ).toThrow(
      'claims.yaml, entry 1: field "text": "sagte Putin" occurs in 2 sentences of "a": "Die Lage sei ernst, sagte Putin."; "Man werde helfen, sagte Putin.". Quote more words',
    );
  });
});
