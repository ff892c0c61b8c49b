import { describe, expect, it } from 'vitest';
import { extractBlocks } from '../../src/lib/text/blocks.ts';
import { hasFiniteVerb, isSubhead } from '../../src/lib/text/subheads.ts';
import { segmentArticle } from '../../src/lib/text/units.ts';

const kinds = (text: string) => extractBlocks(text, 'text').map((block) => block.kind);

describe('plain-text lines as they arrive', () => {
  it('reads a short verbless line between body paragraphs as a subhead', () => {
    expect(
      kinds('Putin empfängt Kim im Osten Russlands.\nOrt des Treffens\nDas Raumfahrtzentrum liegt weit im Osten.\n'),
    ).toEqual(['paragraph', 'heading', 'paragraph']);
  });

  it('takes a one-line document without a full stop for a sentence', () => {
    expect(kinds('Ein Mann spielt Gitarre')).toEqual(['paragraph']);
    expect(kinds('Schwere Überschwemmungen in Pakistan')).toEqual(['paragraph']);
  });

  it('takes a headline, a teaser and paragraphs without final stops for sentences', () => {
    const article = [
      'Nordkorea feuert zwei Raketen ab',
      'Kurz vor dem Treffen mit Putin startet Pjöngjang zwei ballistische Raketen',
      'Die Raketen landeten nach Angaben aus Seoul im Japanischen Meer',
      'Japan protestierte umgehend',
    ].join('\n');
    expect(kinds(article)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('keeps a short line with a finite verb as a sentence even before body text', () => {
    expect(kinds('Erster Absatz.\nRussland braucht dringend Munition\nDer Krieg zehrt an den Vorräten.')).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
  });

  it('never makes the last line a subhead: nothing follows it', () => {
    expect(kinds('Erster Absatz.\nKritik aus Washington')).toEqual(['paragraph', 'paragraph']);
  });

  it('compares what such lines state: each is a unit of its own kind paragraph', () => {
    const units = segmentArticle({ body: 'Zwei Raketen abgefeuert\nJapan protestierte umgehend', format: 'text' });
    expect(units.map((unit) => [unit.text, unit.kind])).toEqual([
      ['Zwei Raketen abgefeuert', 'paragraph'],
      ['Japan protestierte umgehend', 'paragraph'],
    ]);
  });
});

describe('finite verbs by German spelling', () => {
  it.each([
    ['Putin empfängt Kim', true],
    ['Kim trifft Putin', true],
    ['Russland droht mit Sanktionen', true],
    ['Das Weiße Haus warnte', true],
    ['Putin und Kim treffen sich', true],
    ['Ist das der Anfang?', true],
    ['Ort des Treffens', false],
    ['Stand der Gespräche', false],
    ['Kritik aus Washington', false],
    ['Nicht mehr als zuletzt', false],
  ])('%s → %s', (line, expected) => {
    expect(hasFiniteVerb(line)).toBe(expected);
  });

  it('reads a verbless short line as a subhead only when body text follows', () => {
    expect(isSubhead('Ort des Treffens', 'Das Raumfahrtzentrum liegt weit im Osten.', false)).toBe(true);
    expect(isSubhead('Ort des Treffens', 'Noch ein Zwischentitel', false)).toBe(false);
    expect(isSubhead('Ort des Treffens', undefined, false)).toBe(false);
    expect(isSubhead('Ort des Treffens', 'Das Raumfahrtzentrum liegt weit im Osten.', true)).toBe(false);
  });
});

describe('headline, kicker and lead take part', () => {
  it('gives the published headline and kicker units of their own, before the lead and body', () => {
    const units = segmentArticle({
      title: 'Putin empfängt Kim',
      kicker: 'Gipfel im Osten',
      lead: 'Die beiden treffen sich. Es ist das zweite Treffen.',
      body: 'Der Text.',
    });
    expect(units.map((unit) => [unit.anchor, unit.field, unit.text])).toEqual([
      ['dachzeile', 'kicker', 'Gipfel im Osten'],
      ['titel', 'title', 'Putin empfängt Kim'],
      ['vorspann-1', 'lead', 'Die beiden treffen sich.'],
      ['vorspann-2', 'lead', 'Es ist das zweite Treffen.'],
      ['satz-1', 'body', 'Der Text.'],
    ]);
  });
});
