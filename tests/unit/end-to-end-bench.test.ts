import { describe, expect, it } from 'vitest';
import { predictionConfusion, shorten } from '../../scripts/lib/end-to-end-bench.ts';
import { madeUpArticles, parseGnad, roughSentences, type GnadArticle } from '../../scripts/lib/gnad.ts';
import { parseCsv } from '../../scripts/lib/stsb.ts';
import { hardNegatives } from '../../scripts/lib/hard-negatives.ts';
import { defaultPairScorer } from '../../src/lib/claims/pair-model.ts';

describe('CSV dialects', () => {
  it("reads 10kGNAD's dialect: ';' between fields, \"'\" around them, a doubled \"'\" inside", () => {
    const csv =
      "Sport;'Rapid gewinnt; Sturm verliert.'\nWeb;Ein Text ohne Anführungszeichen\nKultur;'Er sagte: ''Nein''.'\n";
    expect(parseCsv(csv, { delimiter: ';', quote: "'" })).toEqual([
      ['Sport', 'Rapid gewinnt; Sturm verliert.'],
      ['Web', 'Ein Text ohne Anführungszeichen'],
      ['Kultur', "Er sagte: 'Nein'."],
    ]);
  });

  it('keeps an apostrophe inside an unquoted field, double quotes as text, and line breaks inside quotes', () => {
    const csv = `Inland;Rock'n'Roll im "Parlament"\nEtat;'Zeile eins\nZeile zwei'\n`;
    expect(parseCsv(csv, { delimiter: ';', quote: "'" })).toEqual([
      ['Inland', `Rock'n'Roll im "Parlament"`],
      ['Etat', 'Zeile eins\nZeile zwei'],
    ]);
  });

  it('reads CRLF line ends and a last line without one', () => {
    expect(parseCsv("a;'b'\r\nc;d", { delimiter: ';', quote: "'" })).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('refuses a quote that is never closed, rather than swallowing the rest of the file', () => {
    expect(() => parseCsv("Web;'kein Ende\nSport;x\n", { delimiter: ';', quote: "'" })).toThrow(/never closed/);
  });

  it('keeps the STSb-de default: comma and double quotes', () => {
    expect(parseCsv('"a, b",c,4.0\n')).toEqual([['a, b', 'c', '4.0']]);
  });
});

describe('reading 10kGNAD', () => {
  it('gives category and text, and names the row of a malformed one', () => {
    expect(parseGnad("Sport;'Tor; Sieg.'\nWeb;Neu.\n")).toEqual([
      { category: 'Sport', text: 'Tor; Sieg.' },
      { category: 'Web', text: 'Neu.' },
    ]);
    expect(() => parseGnad('Sport;a;b\n')).toThrow(/row 1: expected 2 fields/);
    expect(() => parseGnad('Sport;ok\nFussball;x\n')).toThrow(/row 2: unknown category "Fussball"/);
  });
});

const SOURCE: GnadArticle[] = [
  { category: 'Sport', text: 'Rapid gewann 2:0. Sturm verlor in Graz. Der Trainer war zufrieden.' },
  { category: 'Wirtschaft', text: 'Die Inflation stieg auf drei Prozent. Die Notenbank reagierte.' },
  { category: 'Sport', text: 'Der Skifahrer siegte in Kitzbühel. Es war sein dritter Sieg.' },
];

describe('made-up articles', () => {
  it('are the same for the same seed and differ for another', () => {
    expect(madeUpArticles(SOURCE, 12, 7)).toEqual(madeUpArticles(SOURCE, 12, 7));
    expect(madeUpArticles(SOURCE, 12, 8)).not.toEqual(madeUpArticles(SOURCE, 12, 7));
  });

  it('copy category and length of a source article and draw sentences of that category only', () => {
    const pool = (category: string) =>
      new Set(SOURCE.filter((a) => a.category === category).flatMap((a) => roughSentences(a.text)));
    const made = madeUpArticles(SOURCE, 9);
    expect(made.map((a) => a.id)).toEqual([
      'm00001',
      'm00002',
      'm00003',
      'm00004',
      'm00005',
      'm00006',
      'm00007',
      'm00008',
      'm00009',
    ]);
    made.forEach((article, i) => {
      const model = SOURCE[i % SOURCE.length]!;
      expect(article.category).toBe(model.category);
      expect(article.sentences).toHaveLength(roughSentences(model.text).length);
      expect(article.text).toBe(article.sentences.join(' '));
      for (const sentence of article.sentences) expect(pool(article.category).has(sentence)).toBe(true);
      expect(article.text).not.toContain(article.category);
    });
  });

  it('use every sentence of a category before any is used again', () => {
    // Sport has 5 sentences; articles 1 and 3 take 3 + 2 of them: each exactly once.
    const [first, , third] = madeUpArticles(SOURCE, 3, 3);
    expect(new Set([...first!.sentences, ...third!.sentences]).size).toBe(5);
  });
});

describe('scoring helpers', () => {
  it('compute precision, recall and F1 of predictions', () => {
    expect(predictionConfusion([true, true, false, false], [1, 0, 1, 0])).toEqual({
      tp: 1,
      fp: 1,
      fn: 1,
      precision: 0.5,
      recall: 0.5,
      f1: 0.5,
    });
    expect(predictionConfusion([false], [1]).f1).toBe(0);
  });

  it('shorten a passage at a word, on one line', () => {
    expect(shorten('Kurz\nund gut.')).toBe('Kurz und gut.');
    const long = 'Wort '.repeat(40).trim();
    expect(shorten(long, 30)).toBe('Wort Wort Wort Wort Wort Wort …');
  });
});

describe('hard negatives from real news', () => {
  const articles = [
    { category: 'Sport', text: 'Grabner gewann mit den Toronto Maple Leafs 3:2. Das Wetter war gut.' },
    { category: 'Wirtschaft', text: 'Die Toronto Maple Leafs sind an der Börse drei Milliarden Dollar wert.' },
    { category: 'Sport', text: 'Grabner gewann mit den Toronto Maple Leafs 3:2 gegen Boston.' },
  ];

  it('pairs sentences of articles of different categories that share rare words, never of one category', () => {
    const pairs = hardNegatives(articles);
    expect(pairs.map((p) => [...p.categories].sort().join('/'))).toEqual(['Sport/Wirtschaft', 'Sport/Wirtschaft']);
    for (const pair of pairs) {
      expect([pair.a, pair.b].filter((text) => text.includes('Börse'))).toHaveLength(1);
      expect(pair.features).toHaveLength(defaultPairScorer().file.features.length);
    }
  });

  it('leaves out page debris, as the CLI does for a plain-text file', () => {
    // The archive's notice on withdrawn agency articles, in 10kGNAD after the text that remains.
    const notice =
      'Der Volltext dieses auf Agenturmeldungen basierenden Artikels steht aus rechtlichen Gründen nicht mehr zur Verfügung.';
    const pairs = hardNegatives([
      { category: 'Inland', text: `Die Umfrage ergab eine knappe Mehrheit. ${notice}` },
      { category: 'Sport', text: `Der Verein verlor am Sonntag. ${notice}` },
    ]);
    expect(pairs).toEqual([]);
  });
});
