import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEBRIS_REASONS, detectDebris } from '../../src/lib/import/debris.ts';
import { extractBlocks } from '../../src/lib/text/blocks.ts';
import { readArticleFiles } from '../support/articles.ts';
import { SOURCES } from '../support/paths.ts';

const WORD = /[\p{L}\p{N}]+/gu;
const words = (text: string): string[] => text.match(WORD) ?? [];
const containsRun = (haystack: readonly string[], needle: readonly string[]): boolean =>
  haystack.some((_, i) => needle.every((word, j) => haystack[i + j] === word));

/** The articles that name a raw source, with the source text and what the editor took out by hand. */
const articles = readArticleFiles().map((file) => {
  const fm = file.frontmatter;
  return {
    slug: file.slug,
    source: String(fm.source),
    raw: readFileSync(join(SOURCES, String(fm.source)), 'utf8'),
    removed: ((fm.removed as { text: string }[] | undefined) ?? []).map((r) => r.text.trim()),
    /** Everything a reader sees of the article, and its credit line: none of it is debris. */
    published: [
      ...[fm.kicker, fm.titleSource === 'source' ? fm.title : undefined, fm.lead, fm.credit].filter(
        (field): field is string => typeof field === 'string' && field !== '',
      ),
      ...extractBlocks(file.body).map((block) => block.text),
    ],
  };
});

/** Reason given for a single line, or undefined when the line is kept. */
const reasonFor = (line: string): string | undefined => detectDebris(line).lines[0]?.reason;

describe('debris detector on the raw sources', () => {
  it('finds at least 90 % of the lines editors removed by hand', () => {
    let total = 0;
    const missed: string[] = [];
    for (const article of articles) {
      const found = detectDebris(article.raw).lines.map((line) => line.text);
      for (const removed of article.removed) {
        total++;
        if (!found.some((text) => text.includes(removed))) missed.push(`${article.source}: ${removed}`);
      }
    }
    expect(total).toBeGreaterThan(0);
    expect((total - missed.length) / total, `missed:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(0.9);
  });

  for (const article of articles) {
    it(`${article.source} keeps every line of the article "${article.slug}"`, () => {
      const report = detectDebris(article.raw);
      const kept = words(report.kept);
      const lost = article.published.filter((text) => !containsRun(kept, words(text)));
      expect(lost).toEqual([]);
      for (const line of report.lines) {
        expect(article.published.some((text) => text.includes(line.text))).toBe(false);
      }
    });
  }
});

describe('debris detector rules', () => {
  const positive: [string, string][] = [
    ['Leave a Reply', DEBRIS_REASONS.comments],
    ['Kommentare (12)', DEBRIS_REASONS.comments],
    [
      'Ihre E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.',
      DEBRIS_REASONS.comments,
    ],
    ['Auf Facebook teilen', DEBRIS_REASONS.share],
    ['Facebook | X | WhatsApp | E-Mail', DEBRIS_REASONS.share],
    ['Link kopieren', DEBRIS_REASONS.share],
    ['Jetzt Newsletter abonnieren', DEBRIS_REASONS.newsletter],
    ['JTI zertifiziert JTI zertifiziert', DEBRIS_REASONS.certification],
    [
      'Wir halten uns an die Richtlinien der Journalism Trust Initiative, damit Sie uns vertrauen können.',
      DEBRIS_REASONS.certification,
    ],
    ['— Anna Muster (@anna_muster) May 30, 2024', DEBRIS_REASONS.tweetChrome],
    ['— Krus & Stern (@krus_stern) 30. Mai 2024', DEBRIS_REASONS.tweetChrome],
    ['https://t.co/AbC123 pic.twitter.com/xyZ789', DEBRIS_REASONS.tweetLinks],
    ['bit.ly/3xYz', DEBRIS_REASONS.shortLinks],
    ['https://www.example.org/politik/artikel-123.html', DEBRIS_REASONS.bareLinks],
    ['Folgen: @synopse https://www.example.org/folgen', DEBRIS_REASONS.linkList],
    ['3 Minuten', DEBRIS_REASONS.readingTime],
    ['Lesezeit: 4 Min.', DEBRIS_REASONS.readingTime],
    ['Ausgegeben am:', DEBRIS_REASONS.dateStub],
    ['Veröffentlicht am 13.09.2023, 10:45 Uhr', DEBRIS_REASONS.dateLine],
    ['Mittwoch, 13. September 2023', DEBRIS_REASONS.dateLine],
    ['Bild: Keystone/AP', DEBRIS_REASONS.pictureCredit],
    ['Foto: dpa', DEBRIS_REASONS.pictureCredit],
    ['© Reuters/Sputnik', DEBRIS_REASONS.pictureCredit],
    ['Teaserbild: © Vladimir Smirnov/Pool Sputnik Kremlin/AP/dpa', DEBRIS_REASONS.pictureCredit],
    ['Anzeige', DEBRIS_REASONS.advert],
    ['Partner-Inhalte', DEBRIS_REASONS.advert],
    ['Mehr News zum Krieg in der Ukraine', DEBRIS_REASONS.navigation],
    ['Lesen Sie auch: Kim besucht Putin', DEBRIS_REASONS.navigation],
    ['Zum Thema: Kim besucht Putin', DEBRIS_REASONS.navigation],
    ['Startseite › Politik › Ausland', DEBRIS_REASONS.breadcrumb],
    ['Artikel anhören', DEBRIS_REASONS.audio],
    ['source site-27', DEBRIS_REASONS.siteSource],
    ['ad-slot-3', DEBRIS_REASONS.technical],
    ['CF', DEBRIS_REASONS.fragment],
    ['Jetzt lesen Jetzt lesen', DEBRIS_REASONS.repeatedLabel],
  ];
  for (const [line, reason] of positive) {
    it(`sets aside "${line}" as ${reason}`, () => expect(reasonFor(line)).toBe(reason));
  }

  const negative: string[] = [
    // Sentences and subheads that share words with the rules.
    'Putin und Kim wollen ihre Erfahrungen teilen, sagte ein Sprecher.',
    'Der Kreml veröffentlichte ein Foto der beiden Staatschefs.',
    'Foto: So feierten die Anhänger den Sieg ihres Kandidaten in der Hauptstadt.',
    'Die Journalism Trust Initiative wurde 2019 von Reporter ohne Grenzen gegründet.',
    'Die Journalism Trust Initiative sieht in solchen Zertifikaten einen Weg gegen Desinformation.',
    'Mehr Geld für die Rüstung',
    'Zum Thema Sanktionen',
    'Putin » Kim',
    'Kim hörte sich die Rede an und sagte nichts.',
    'Mehr als 1500 Kilometer trennen die beiden Städte.',
    'Kim verspricht Unterstützung bei "allen Entscheidungen"',
    'Südkorea: Nordkoreas Militär feuert erneut Raketen ab',
    'Der Überblick:',
    'Taktische Gewinne',
    'Das Treffen dauerte 3 Minuten länger als geplant.',
    'Die Trümmer wurden am 2. Januar in Charkiw gefunden.',
    'Der Bericht steht unter https://www.example.org/bericht.pdf zum Download bereit.',
    'Auch der Newsletter der Regierung meldete das Treffen am Mittwoch.',
    'Kommentar: Ein gefährliches Bündnis',
    '(AFP)',
    '(sda/reuters/mdl)',
    'dpa',
    'AFP',
    'Nein, nein, sagte er.',
  ];
  for (const line of negative) {
    it(`keeps "${line}"`, () => expect(detectDebris(line).lines).toEqual([]));
  }

  it('cuts short links glued to the end of a sentence and keeps the sentence', () => {
    const line = 'Die Trümmer wurden in Charkiw gefunden.https://t.co/FUJvRB4PWN pic.twitter.com/2zPBjtSbZx';
    const report = detectDebris(line);
    expect(report.lines).toEqual([
      { line: 1, text: 'https://t.co/FUJvRB4PWN pic.twitter.com/2zPBjtSbZx', reason: DEBRIS_REASONS.tweetLinks },
    ]);
    expect(report.kept.trimEnd()).toBe('Die Trümmer wurden in Charkiw gefunden.');
  });

  it('sets aside a short line that repeats verbatim, but not a repeated sentence', () => {
    const text = 'Startseite › Politik\nEin Satz über das Treffen der beiden Männer.\nStartseite › Politik\n';
    expect(detectDebris(text).lines.map((l) => [l.line, l.reason])).toEqual([
      [1, DEBRIS_REASONS.repeatedLine],
      [3, DEBRIS_REASONS.repeatedLine],
    ]);
    const prose = 'Kim reiste mit dem Zug nach Russland.\nKim reiste mit dem Zug nach Russland.';
    expect(detectDebris(prose).lines).toEqual([]);
  });

  it('keeps line numbers and character offsets of what remains', () => {
    const text = 'Titel der Meldung\r\n3 Minuten\r\nDer erste Satz steht hier.\r\nLeave a Reply';
    const report = detectDebris(text);
    expect(report.lines.map((l) => l.line)).toEqual([2, 4]);
    expect(report.kept.length).toBe(text.length);
    expect(report.kept.split('\n').length).toBe(text.split('\n').length);
    expect(report.kept.indexOf('Der erste Satz')).toBe(text.indexOf('Der erste Satz'));
    expect(report.kept).not.toMatch(/Minuten|Reply/);
  });
});
