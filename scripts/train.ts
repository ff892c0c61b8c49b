/**
 * npm run train [-- FOLDER] [--check]
 *
 * Learns the pair scorer from STSb-de (train.csv to fit, dev.csv to choose; default folder
 * ../shared/data/stsb-de) and writes src/lib/claims/pair-model.json. The same data give the same
 * file, byte for byte; --check compares instead of writing and exits 1 on any difference.
 * Only weights, thresholds and figures are written, never the sentences.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { trainPairModel } from '../src/lib/training/train.ts';
import { readCommandLine } from './lib/args.ts';
import { readSplit } from './lib/stsb.ts';

const MODEL = fileURLToPath(new URL('../src/lib/claims/pair-model.json', import.meta.url));
const USAGE = 'Usage: npm run train [-- FOLDER] [--check]';
let check: boolean, folder: string;
try {
  // A mistyped --check used to be ignored, and the model rewritten instead of compared.
  const { flags, positionals } = readCommandLine(
    process.argv.slice(2),
    { check: { type: 'boolean' } },
    USAGE,
    (message) => new Error(message),
  );
  if (positionals.length > 1) throw new Error(`expected at most one folder, got ${positionals.length}.\n${USAGE}`);
  check = flags.has('check');
  folder = positionals[0]?.value ?? fileURLToPath(new URL('../../shared/data/stsb-de', import.meta.url));
} catch (error) {
  console.error(`train: ${(error as Error).message}`);
  process.exit(2);
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
let train, dev;
try {
  train = readSplit(folder, 'train');
  dev = readSplit(folder, 'dev');
} catch (error) {
  console.error(
    `train: cannot read the training data in ${folder}: ${(error as Error).message}\n` +
      'Expected train.csv and dev.csv of STSb-de there (see ../shared/data/stsb-de/README.md), or give the folder: npm run train -- FOLDER',
  );
  process.exit(1);
}
const started = performance.now();
const model = trainPairModel(train, dev, {
  name: 'STSb-de: German machine translation of the STS benchmark (PhilipMay/stsb-multi-mt)',
  labels: 'score >= 4: same claim; score < 3: not the same; 3 to 4 left out',
  train: { file: 'train.csv', sha256: sha256(join(folder, 'train.csv')) },
  dev: { file: 'dev.csv', sha256: sha256(join(folder, 'dev.csv')) },
});
const json = `${JSON.stringify(model, null, 2)}\n`;
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const d = model.dev;
console.error(
  `dev: precision ${d.precision}, recall ${d.recall}, F1 ${d.f1}, ROC AUC ${d.rocAuc}, recall at precision 0.85 ${d.recallAtPrecision085}; threshold ${model.threshold}, weak ${model.weakThreshold}, L2 ${model.model.l2} (${seconds} s)`,
);
if (check) {
  const same = readFileSync(MODEL, 'utf8') === json;
  console.error(
    same
      ? 'train: pair-model.json is reproduced byte for byte.'
      : 'train: pair-model.json differs from what the data give; run npm run train and commit it.',
  );
  process.exit(same ? 0 : 1);
}
const temporary = `${MODEL}.tmp`;
writeFileSync(temporary, json);
renameSync(temporary, MODEL);
console.error(`train: wrote ${MODEL}`);
