import { describe, expect, it } from 'vitest';
import { assembleClaims, labelFrom, summariseEvents, wordIdentity } from '../../src/lib/claims/assemble.ts';

const sentence = (article: string, text: string, start = 0) => ({
  passage: { article, text, start, end: start + text.length, anchor: `satz-${start + 1}`, field: 'body' as const },
  text,
  event: 'gipfel',
  story: null,
});
const sentences = [
  sentence('a', 'Kim reiste im gepanzerten Sonderzug an.'),
  sentence('b', 'Kim reiste im gepanzerten Sonderzug an.'),
  sentence('c', 'Der Machthaber kam mit seinem Zug.'),
  sentence('a', 'Putin sagte, Russland werde beim Bau von Satelliten helfen.', 100),
  sentence('b', 'Russland hilft beim Satellitenbau.', 100),
];

describe('assembling claims', () => {
  const [first, second] = assembleClaims(
    [
      { members: [3, 4], origin: 'maschinell' },
      { members: [2, 0, 1], origin: 'maschinell' },
    ],
    [
      { a: 0, b: 1, score: 1, verbatim: true },
      { a: 0, b: 2, score: 0.5, verbatim: false },
      { a: 3, b: 4, score: 0.6, verbatim: false },
    ],
    (i) => sentences[i]!,
  );

  it('lists claims by how many articles report them, passages in text order', () => {
    expect(first!.claim.articles).toEqual(['a', 'b', 'c']);
    expect(first!.members).toEqual([0, 1, 2]);
    expect(second!.claim.articles).toEqual(['a', 'b']);
  });

  it('calls a claim wortgleich only when two of its passages are the same wire copy', () => {
    expect(first!.claim.kind).toBe('wortgleich');
    expect(second!.claim.kind).toBe('sinngleich');
  });

  it('labels a claim with its shortest passage and gives each passage its strongest link', () => {
    expect(first!.claim.label).toBe('Der Machthaber kam mit seinem Zug.');
    expect(first!.claim.passages.map((p) => p.score)).toEqual([1, 1, 0.5]);
  });

  it('keeps an editor’s label and says so', () => {
    const [claim] = assembleClaims(
      [{ members: [3, 4], origin: 'redaktionell', label: 'Hilfe beim Satellitenbau' }],
      [],
      (i) => sentences[i]!,
    );
    expect(claim!.claim).toMatchObject({ label: 'Hilfe beim Satellitenbau', labelOrigin: 'redaktionell' });
  });

  it('derives the id from the first two passages only, so a third one does not move it', () => {
    const [pair] = assembleClaims([{ members: [0, 1], origin: 'maschinell' }], [], (i) => sentences[i]!);
    expect(first!.claim.id).toBe(pair!.claim.id);
  });

  it('groups claims by event', () => {
    const events = summariseEvents(
      [
        { id: 'a', body: '', event: 'gipfel' },
        { id: 'z', body: '', event: 'staatsbesuch' },
      ],
      [first!.claim],
    );
    expect(events).toEqual([
      { id: 'gipfel', articles: ['a'], claims: [first!.claim.id] },
      { id: 'staatsbesuch', articles: ['z'], claims: [] },
    ]);
  });
});

describe('word identity and labels', () => {
  it('measures the share of the longer passage’s words that stand in the other, in order', () => {
    expect(wordIdentity(['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd'])).toBe(1);
    expect(wordIdentity(['a', 'b', 'c', 'd', 'e'], ['a', 'b', 'x', 'd', 'e'])).toBe(0.8);
    expect(wordIdentity([], [])).toBe(0);
  });

  it('keeps a long label whole, only folding its whitespace', () => {
    const long = `${'Wort '.repeat(40)}\n  Ende.`;
    expect(labelFrom(long)).toBe(`${'Wort '.repeat(40)}Ende.`);
  });
});

describe('claim labels', () => {
  const headline = (article: string, text: string, field: 'title' | 'kicker') => ({
    passage: { article, text, start: 0, end: text.length, anchor: field === 'title' ? 'titel' : 'dachzeile', field },
    text,
    event: 'gipfel',
    story: null,
  });
  const body =
    'Russland werde Nordkorea beim Bau von Satelliten helfen, sagte Putin nach dem Treffen am Weltraumbahnhof Wostotschny, wo beide Männer zuvor eine Startrampe besichtigt hatten.';
  const label = (list: ReturnType<typeof headline | typeof sentence>[]) =>
    assembleClaims([{ members: list.map((_, i) => i), origin: 'maschinell' }], [], (i) => list[i]!)[0]!.claim.label;

  it('names a claim by a whole body sentence, never a shorter headline or kicker', () => {
    expect(
      label([
        headline('a', 'Hilfe aus dem All', 'title'),
        headline('b', 'Russland braucht dringend Munition', 'kicker'),
        sentence('c', body),
      ]),
    ).toBe(body);
  });

  it('keeps a long body sentence whole, with no ellipsis', () => {
    const got = label([sentence('a', body), sentence('b', `${body} Das sagte er zweimal.`)]);
    expect(got).toBe(body);
    expect(got).not.toContain('…');
  });

  it('names a claim of headlines only by its shortest headline, whole', () => {
    expect(
      label([
        headline('a', 'Putin empfängt Kim in Wostotschny', 'title'),
        headline('b', 'Putin empfängt Kim', 'title'),
      ]),
    ).toBe('Putin empfängt Kim');
  });
});
