import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  describeAgencies,
  describeVariant,
  markRemoved,
  sourcePageId,
  type MarkedSource,
  type RemovedText,
} from '../../src/lib/content/provenance.ts';
import { readArticleFiles } from '../support/articles.ts';
import { SOURCES } from '../support/paths.ts';

/** Each line as text, removed pieces written [-so-] with their reason {so} where it is shown. */
const render = (marked: MarkedSource) =>
  marked.lines.map((line) =>
    line.segments.map((s) => (s.kind === 'kept' ? s.text : `[-${s.text}-]${s.last ? `{${s.reason}}` : ''}`)).join(''),
  );
const removals = (marked: MarkedSource) =>
  marked.lines.flatMap((line) =>
    line.segments.filter((s) => s.kind === 'removed').map((s) => ({ line: line.number, text: s.text })),
  );

describe('markRemoved: which parts of a raw source were removed, and why', () => {
  it('keeps every line exactly, numbered from 1, without a line after the final line break', () => {
    const raw = 'Erste Zeile\r\n\n\u00a0\n  eingerückt  \nLetzte\n';
    const { lines } = markRemoved(raw, []);
    expect(lines.map((l) => l.number)).toEqual([1, 2, 3, 4, 5]);
    expect(render({ lines, notFound: [] })).toEqual(['Erste Zeile', '', '\u00a0', '  eingerückt  ', 'Letzte']);
  });

  it('keeps a last line that has no line break', () => {
    expect(render(markRemoved('a\nb', []))).toEqual(['a', 'b']);
  });

  it('marks a whole removed line with its reason', () => {
    const marked = markRemoved('Text.\nPartner-Inhalte\nMehr Text.', [
      { text: 'Partner-Inhalte', reason: 'Werbeblock' },
    ]);
    expect(render(marked)).toEqual(['Text.', '[-Partner-Inhalte-]{Werbeblock}', 'Mehr Text.']);
    expect(marked.notFound).toEqual([]);
  });

  it('marks a removed text that is only part of a line, keeping the rest of the line', () => {
    const marked = markRemoved('Sie sagte es. https://t.co/x pic.twitter.com/y\n', [
      { text: 'https://t.co/x pic.twitter.com/y', reason: 'Tweet-Einbettung' },
    ]);
    expect(render(marked)).toEqual(['Sie sagte es. [-https://t.co/x pic.twitter.com/y-]{Tweet-Einbettung}']);
  });

  it('prefers the place where the text stands as a line of its own', () => {
    const raw = 'Lesen Sie 3 Minuten lang.\n3 Minuten\n';
    expect(render(markRemoved(raw, [{ text: '3 Minuten', reason: 'Lesezeit-Anzeige' }]))).toEqual([
      'Lesen Sie 3 Minuten lang.',
      '[-3 Minuten-]{Lesezeit-Anzeige}',
    ]);
  });

  it('does not cut into a word where the text also stands on its own', () => {
    const raw = 'Die CFK-Teile und CFO sagen: CF ist gemeint.';
    expect(render(markRemoved(raw, [{ text: 'CF', reason: 'Seitenrest' }]))).toEqual([
      'Die CFK-Teile und CFO sagen: [-CF-]{Seitenrest} ist gemeint.',
    ]);
  });

  it('marks every occurrence of the chosen kind', () => {
    const raw = 'Werbung\nText\nWerbung\n';
    expect(removals(markRemoved(raw, [{ text: 'Werbung', reason: 'Werbeblock' }]))).toEqual([
      { line: 1, text: 'Werbung' },
      { line: 3, text: 'Werbung' },
    ]);
  });

  it('falls back to an occurrence inside a word when there is no other', () => {
    expect(render(markRemoved('AbcXYZdef', [{ text: 'XYZ', reason: 'Rest' }]))).toEqual(['Abc[-XYZ-]{Rest}def']);
  });

  it('lets a longer removal win over a shorter one inside it, whatever the order', () => {
    const removed: RemovedText[] = [
      { text: 'JTI zertifiziert', reason: 'kurz' },
      { text: 'JTI zertifiziert JTI zertifiziert', reason: 'Zertifizierungshinweis' },
    ];
    expect(render(markRemoved('JTI zertifiziert JTI zertifiziert\n', removed))).toEqual([
      '[-JTI zertifiziert JTI zertifiziert-]{Zertifizierungshinweis}',
    ]);
    expect(render(markRemoved('JTI zertifiziert JTI zertifiziert\n', [...removed].reverse()))).toEqual([
      '[-JTI zertifiziert JTI zertifiziert-]{Zertifizierungshinweis}',
    ]);
  });

  it('marks two removals on one line, each with its own reason', () => {
    const raw = 'Ausgegeben am: Text 3 Minuten';
    const marked = markRemoved(raw, [
      { text: 'Ausgegeben am:', reason: 'Datumszeile ohne Datum' },
      { text: '3 Minuten', reason: 'Lesezeit-Anzeige' },
    ]);
    expect(render(marked)).toEqual(['[-Ausgegeben am:-]{Datumszeile ohne Datum} Text [-3 Minuten-]{Lesezeit-Anzeige}']);
  });

  it('shows a removal across a line break on both lines, with its reason once, at its end', () => {
    const raw = 'Text.\nTeilen auf\nFacebook\nWeiter.';
    expect(render(markRemoved(raw, [{ text: 'Teilen auf\nFacebook', reason: 'Teilen-Knöpfe' }]))).toEqual([
      'Text.',
      '[-Teilen auf-]',
      '[-Facebook-]{Teilen-Knöpfe}',
      'Weiter.',
    ]);
  });

  it('gives the reason to the last visible piece when a removal ends with a line break', () => {
    expect(render(markRemoved('Teilen\r\nText', [{ text: 'Teilen\r\n', reason: 'Knopf' }]))).toEqual([
      '[-Teilen-]{Knopf}',
      'Text',
    ]);
  });

  it('reports removed texts that are not in the source, in frontmatter order', () => {
    const marked = markRemoved('Text', [
      { text: 'fehlt auch', reason: 'b' },
      { text: 'Text', reason: 'a' },
      { text: 'fehlt', reason: 'c' },
    ]);
    expect(marked.notFound.map((r) => r.text)).toEqual(['fehlt auch', 'fehlt']);
  });

  describe("on the project's seeds", () => {
    for (const article of readArticleFiles()) {
      it(`${article.slug}: every removed text is marked, and the lines are the file's lines`, () => {
        const raw = readFileSync(join(SOURCES, String(article.frontmatter.source)), 'utf8');
        const removed = (article.frontmatter.removed as RemovedText[] | null | undefined) ?? [];
        const marked = markRemoved(raw, removed);
        expect(marked.notFound).toEqual([]);
        const shown = removals(marked).map((r) => r.text);
        for (const { text } of removed) expect(shown).toContain(text);
        expect(render({ lines: marked.lines, notFound: [] }).length).toBe(
          raw.replace(/\r?\n$/, '').split(/\r?\n/).length,
        );
        const joined = marked.lines.map((l) => l.segments.map((s) => s.text).join('')).join('\n');
        expect(joined).toBe(raw.replace(/\r\n/g, '\n').replace(/\n$/, ''));
      });
    }
  });
});

describe('sourcePageId', () => {
  it('is the file name without folder and extension', () => {
    expect(sourcePageId('002_98dadad234490a67.txt')).toBe('002_98dadad234490a67');
    expect(sourcePageId('archiv/seite.de.html')).toBe('seite.de');
    expect(sourcePageId('ohne-endung')).toBe('ohne-endung');
    expect(sourcePageId('.versteckt')).toBe('.versteckt');
  });
});

describe('provenance in words', () => {
  it('names the agencies of the credit line, with the credit as printed', () => {
    expect(describeAgencies(['sda', 'Reuters'], '(sda/reuters/mdl)')).toBe(
      'sda und Reuters (Kürzel „(sda/reuters/mdl)“)',
    );
    expect(describeAgencies(['dpa', 'AFP', 'AP'], undefined)).toBe('dpa, AFP und AP');
  });

  it('says plainly when no agency is named', () => {
    expect(describeAgencies([], '(mdl)')).toBe('Das Kürzel „(mdl)“ nennt keine Nachrichtenagentur.');
    expect(describeAgencies([], undefined)).toBe('Die Quelle nennt keine Nachrichtenagentur.');
  });

  it('calls de-CH the Swiss spelling', () => {
    expect(describeVariant('de-CH')).toBe('Schweizer Schreibweise (ss statt ß)');
    expect(describeVariant('de-DE')).toBe('Deutsche Schreibweise (mit ß)');
  });
});
