import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/lib/text/sentences.ts';
import { segmentArticle } from '../../src/lib/text/units.ts';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('German sentence segmentation', () => {
  it('splits ordinary sentences', () => {
    expect(split('Putin kam an. Kim folgte. War es kalt?')).toEqual(['Putin kam an.', 'Kim folgte.', 'War es kalt?']);
  });

  it('does not split after abbreviations', () => {
    expect(split('Prof. Dr. Meier sprach mit Nr. 5 über 3 Mio. Euro, z. B. für Satelliten. Dann ging er.')).toEqual([
      'Prof. Dr. Meier sprach mit Nr. 5 über 3 Mio. Euro, z. B. für Satelliten.',
      'Dann ging er.',
    ]);
  });

  it('keeps ordinal dates together', () => {
    expect(split('Die Trümmer wurden am 2. Januar in Charkiw gefunden. Sie lagen dort.')).toEqual([
      'Die Trümmer wurden am 2. Januar in Charkiw gefunden.',
      'Sie lagen dort.',
    ]);
  });

  it('keeps an ordinal after an article together with its noun', () => {
    expect(
      split('Sie feierte gestern ihren 80. Geburtstag. Gegen Ende des 19. Jahrhunderts stand hier eine Mühle.'),
    ).toEqual(['Sie feierte gestern ihren 80. Geburtstag.', 'Gegen Ende des 19. Jahrhunderts stand hier eine Mühle.']);
    expect(split('Das Team gewann den 50. Super Bowl. Am 24. Spieltag folgte die Revanche.')).toEqual([
      'Das Team gewann den 50. Super Bowl.',
      'Am 24. Spieltag folgte die Revanche.',
    ]);
    // A date with the year after a space, as credit lines write it.
    expect(split('Der Vertrag gilt seit 8.8. 2015 und läuft weiter. (APA/red – 8.8. 2015)')).toEqual([
      'Der Vertrag gilt seit 8.8. 2015 und läuft weiter.',
      '(APA/red – 8.8. 2015)',
    ]);
    // A number after other words still ends a sentence.
    expect(split('Die Quote lag bei 50. Sie stieg später.')).toEqual(['Die Quote lag bei 50.', 'Sie stieg später.']);
  });

  it('keeps a quotation of several sentences with its attribution as one statement', () => {
    const text = '„Wir werden ohne Eile sprechen. Es ist Zeit“, sagte Putin. Kim nickte.';
    expect(split(text)).toEqual(['„Wir werden ohne Eile sprechen. Es ist Zeit“, sagte Putin.', 'Kim nickte.']);
    expect(split('«Wir kommen. Bald», sagte er. Gut.')).toEqual(['«Wir kommen. Bald», sagte er.', 'Gut.']);
    expect(split('Er sagte: "Wir kommen. Wir haben Zeit." Dann ging er.')).toEqual([
      'Er sagte: "Wir kommen. Wir haben Zeit."',
      'Dann ging er.',
    ]);
  });

  it('makes headings their own units and numbers sentences from the article alone', () => {
    const units = segmentArticle({
      body: 'Erster Satz. Zweiter Satz.\n\n## Zwischentitel\n\nDritter Satz.\n',
      lead: 'Vorspann.',
    });
    expect(units.map((u) => [u.anchor, u.kind, u.text])).toEqual([
      ['vorspann-1', 'paragraph', 'Vorspann.'],
      ['satz-1', 'paragraph', 'Erster Satz.'],
      ['satz-2', 'paragraph', 'Zweiter Satz.'],
      ['satz-3', 'heading', 'Zwischentitel'],
      ['satz-4', 'paragraph', 'Dritter Satz.'],
    ]);
  });

  it('gives offsets that point at the exact source text, through Markdown escapes', () => {
    const body = 'Ein \\*Sternchen\\* hier. Und *betont* dort.\n\n> Zitat im Block.\n';
    for (const unit of segmentArticle({ body })) {
      expect(body.slice(unit.start, unit.end).replace(/[\\*]/g, '')).toBe(unit.text.replace(/\*/g, ''));
    }
  });
});
