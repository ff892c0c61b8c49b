import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fitLogistic, predictLogistic, solveLinear } from '../../src/lib/claims/logistic.ts';
import { bestF1, confusionAt, recallAtPrecision, rocAuc } from '../../src/lib/training/metrics.ts';
import { pairComparer, PAIR_FEATURES } from '../../src/lib/claims/pair-features.ts';
import { profileSentence } from '../../src/lib/claims/sentence-profile.ts';
import { defaultPairScorer } from '../../src/lib/claims/pair-model.ts';
import { trainPairModel } from '../../src/lib/training/train.ts';
import { parseCsv, readSplit } from '../../scripts/lib/stsb.ts';

const uniform = pairComparer({ stem: () => 1, gram: () => 1 });
const features = (a: string, b: string) => uniform(profileSentence(a), profileSentence(b));

describe('logistic regression', () => {
  it('solves a small linear system', () => {
    expect(
      solveLinear(
        [
          [4, 1],
          [1, 3],
        ],
        [1, 2],
      ).map((x) => Number(x.toFixed(6))),
    ).toEqual([0.090909, 0.636364]);
  });

  it('learns which feature separates the classes, the same on every run', () => {
    const x = Array.from({ length: 40 }, (_, i) => [i % 2, (i * 7) % 5]);
    const y = x.map(([first]) => first!);
    const model = fitLogistic(x, y, { l2: 1 });
    expect(model.weights[0]!).toBeGreaterThan(1);
    expect(Math.abs(model.weights[1]!)).toBeLessThan(0.5);
    expect(predictLogistic(model, [1, 2])).toBeGreaterThan(0.8);
    expect(predictLogistic(model, [0, 2])).toBeLessThan(0.2);
    expect(fitLogistic(x, y, { l2: 1 })).toEqual(model);
  });
});

describe('metrics', () => {
  const scores = [0.9, 0.8, 0.7, 0.6, 0.4, 0.2];
  const labels = [1, 1, 0, 1, 0, 0];
  it('computes ROC AUC with ties counted half', () => {
    expect(rocAuc(scores, labels)).toBeCloseTo(8 / 9, 6);
    expect(rocAuc([0.5, 0.5], [1, 0])).toBe(0.5);
  });
  it('finds the F1-best threshold between two scores', () => {
    const best = bestF1(scores, labels);
    expect(best.f1).toBeCloseTo(6 / 7, 6);
    expect(best.threshold).toBeCloseTo(0.5, 6);
    expect(confusionAt(scores, labels, best.threshold)).toMatchObject({ precision: 0.75, recall: 1 });
  });
  it('gives recall at a precision floor', () => {
    expect(recallAtPrecision(scores, labels, 0.85).recall).toBeCloseTo(2 / 3, 6);
  });
});

describe('pair features', () => {
  it('are symmetric and named by the typed list', () => {
    const a = 'Der Weltraumbahnhof liegt etwa 1.000 Kilometer von Wladiwostok entfernt.';
    const b = 'Das Raumfahrtzentrum liegt mehr als 1500 Kilometer nördlich von Wladiwostok.';
    expect(Object.keys(features(a, b))).toEqual([...PAIR_FEATURES]);
    expect(features(a, b)).toEqual(features(b, a));
  });
  it('see agreeing numbers in different spellings and disagreeing ones', () => {
    expect(features('Es sind 1.000 Kilometer.', 'Es sind 1000 Kilometer.')).toMatchObject({
      numberAgreement: 1,
      numberConflict: 0,
    });
    expect(features('Es sind 1000 Kilometer.', 'Es sind 1500 Kilometer.')).toMatchObject({
      numberAgreement: 0,
      numberConflict: 1,
    });
  });
  it('see a negation on one side only', () => {
    expect(features('Kim will Waffen liefern.', 'Kim will keine Waffen liefern.').negationMismatch).toBe(1);
    expect(features('Kim will Waffen liefern.', 'Kim will Munition liefern.').negationMismatch).toBe(0);
  });
  it('let compounds partly meet by character trigrams', () => {
    const soft = features(
      'Putin zeigte ihm den Weltraumbahnhof.',
      'Putin zeigte ihm das Raumfahrtzentrum.',
    ).softAlignment;
    const none = features('Putin zeigte ihm den Weltraumbahnhof.', 'Putin zeigte ihm die Hauptstadt.').softAlignment;
    expect(soft).toBeGreaterThan(none);
  });
  it('compare only words inside quotation marks for quotedOverlap', () => {
    const f = features(
      '„Wir werden über alle Themen sprechen“, sagte Putin.',
      'Putin sagte: „Wir werden alle Themen besprechen.“',
    );
    expect(f.quotedOverlap).toBeGreaterThan(0.4);
    expect(features('Wir sprechen.', 'Sie sprechen.').quotedOverlap).toBe(0);
  });
});

describe('the committed pair model', () => {
  const scorer = defaultPairScorer();
  it('states its data, features, thresholds and dev figures', () => {
    const file = scorer.file;
    expect(file.data.name).toMatch(/STSb-de/);
    expect(file.features).toEqual([...PAIR_FEATURES]);
    expect(file.threshold).toBeGreaterThan(file.weakThreshold);
    expect(file.dev.f1).toBeGreaterThanOrEqual(0.78);
    expect(file.dev.rocAuc).toBeGreaterThanOrEqual(0.9);
  });
  it('scores a paraphrase above its threshold and an unrelated pair below it', () => {
    const same = features(
      'Putin sagte, Russland werde Nordkorea beim Bau von Satelliten helfen.',
      'Russland will Nordkorea nach den Worten Putins beim Bau von Satelliten unterstützen.',
    );
    const different = features(
      'Putin sagte, Russland werde Nordkorea beim Bau von Satelliten helfen.',
      'Die USA drohten Nordkorea mit neuen Sanktionen.',
    );
    expect(scorer.probability(same)).toBeGreaterThan(scorer.file.threshold);
    expect(scorer.probability(different)).toBeLessThan(scorer.file.threshold);
  });
});

describe('training', () => {
  it('reads STSb-style CSV with quoted commas and doubled quotes, leaving scores 3-4 out', () => {
    expect(parseCsv('a,"b, c",1.0\n"""x"" y",z,4.5\n')).toEqual([
      ['a', 'b, c', '1.0'],
      ['"x" y', 'z', '4.5'],
    ]);
    const folder = mkdtempSync(join(tmpdir(), 'synopse-stsb-'));
    writeFileSync(join(folder, 'dev.csv'), 'Ein Satz.,Ein Satz.,5.0\nEin Satz.,Ein anderer.,3.5\nA,B,0.0\n');
    expect(readSplit(folder, 'dev').map((p) => p.label)).toEqual([1, 0]);
  });

  it('gives the same model file from the same data', () => {
    const pairs = [
      ['Ein Mann spielt Gitarre.', 'Ein Mann spielt eine Gitarre.', 1],
      ['Eine Frau schneidet Zwiebeln.', 'Eine Frau schneidet eine Zwiebel.', 1],
      ['Ein Hund rennt durch den Park.', 'Ein Hund läuft durch den Park.', 1],
      ['Ein Mann spielt Gitarre.', 'Eine Frau schneidet Zwiebeln.', 0],
      ['Ein Hund rennt durch den Park.', 'Der Zug fährt um 10 Uhr ab.', 0],
      ['Drei Männer spielen Schach.', 'Zwei Männer spielen Schach.', 0],
    ].map(([a, b, label]) => ({ a: a as string, b: b as string, label: label as 0 | 1 }));
    const data = { name: 'test', labels: 'test', train: { file: 't', sha256: '' }, dev: { file: 'd', sha256: '' } };
    const first = JSON.stringify(trainPairModel(pairs, pairs, data));
    expect(JSON.stringify(trainPairModel(pairs, pairs, data))).toBe(first);
    expect((JSON.parse(first) as { dev: { f1: number } }).dev.f1).toBeGreaterThan(0.8);
  });
});
