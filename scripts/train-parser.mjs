#!/usr/bin/env node
/**
 * Trains the English tagger, lemmatizer and dependency parser from UD English EWT in
 * ../shared/datasets/ud-en-ewt and writes data/models/en-tagger.orbm.gz and en-parser.orbm.gz.
 * Deterministic (seeded). Run through `npm run train` (which builds first). The defaults are the
 * options the shipped models record in their meta (seed 13, 6 tagger and 8 parser epochs, 3 folds),
 * so a plain run rewrites the same files.
 *
 *   node scripts/train-parser.mjs [--tagger-epochs N] [--parser-epochs N] [--folds K] [--seed S]
 *                                 [--limit SENTENCES] [--out DIR] [--no-clusters] [--one-pass]
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { trainEnglish } from '../dist/nlp/en/train.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const ewtDir = resolve(root, opt('ewt', '../shared/datasets/ud-en-ewt'));
if (!existsSync(join(ewtDir, 'train.conllu'))) {
  console.error(`train: ${ewtDir}/train.conllu not found (the datasets live in ../shared/datasets)`);
  process.exit(1);
}
const clustersFile = join(root, 'data', 'models', 'en-clusters.tsv');
const started = performance.now();
trainEnglish({
  ewtDir,
  outDir: resolve(root, opt('out', 'data/models')),
  taggerEpochs: Number(opt('tagger-epochs', 6)),
  parserEpochs: Number(opt('parser-epochs', 8)),
  folds: Number(opt('folds', 3)),
  secondPass: !args.includes('--one-pass'),
  seed: Number(opt('seed', 13)),
  clustersFile: args.includes('--no-clusters') || !existsSync(clustersFile) ? null : clustersFile,
  limit: opt('limit', undefined) ? Number(opt('limit', 0)) : undefined,
  log: (line) => console.log(`[${((performance.now() - started) / 1000).toFixed(0)}s] ${line}`),
});
console.log(`train: done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
