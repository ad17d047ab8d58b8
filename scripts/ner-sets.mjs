// The NER data sets of ../shared/datasets, read the same way by scripts/train-ner.mjs and
// bench/ner-eval.mjs (built code in dist/ is used; run `npm run build` first).
//  - PolNeAR silver CoreNLP layer: train (837 articles) and dev (83), upstream split;
//  - re3d: split by document, a quarter for test (seeded); sentences of the test documents are
//    removed from the training documents (the set repeats boilerplate sentences across documents);
//  - wikigold: all 145 documents for evaluation (the shipped model is not trained on it); a
//    seeded 75/25 document split for the "trained on wikigold" figure.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readConll, readPolnear, splitDocs } from '../dist/nlp/ner-data.js';
import { seededRandom } from '../dist/nlp/learn/hash.js';

export const ROOT = resolve(import.meta.dirname, '..');
export const DATASETS = process.env.ORBIT_DATASETS ?? resolve(ROOT, '..', 'shared', 'datasets');
export const SPLIT_SEED = 13;

export function haveDatasets() {
  return existsSync(join(DATASETS, 'polnear', 'train.corenlp.jsonl.gz'));
}

export function polnear(part) {
  return readPolnear(
    join(DATASETS, 'polnear', `${part}.corenlp.jsonl.gz`),
    join(DATASETS, 'polnear', part, 'text'),
  );
}

const RE3D_TYPES = { Person: 'PER', Organisation: 'ORG', Location: 'LOC', Nationality: 'MISC' };

/** re3d documents split by document; training documents lose the sentences the test part has. */
export function re3d({ dropLowercase = false } = {}) {
  const dir = join(DATASETS, 'ner-en', 're3d');
  const files = [];
  for (const source of readdirSync(dir).sort()) {
    const sub = join(dir, source);
    if (!statSync(sub).isDirectory() || !readdirSync(sub).some((f) => f.endsWith('.conll'))) continue;
    for (const f of readdirSync(sub).sort())
      if (f.endsWith('.conll'))
        files.push({ id: `${source}/${f}`, content: readFileSync(join(sub, f), 'utf8') });
  }
  const { train, test } = splitDocs(files, 0.25, SPLIT_SEED, seededRandom);
  const blocks = (c) =>
    c
      .split(/\n\s*\n/)
      .map((b) => b.trim())
      .filter(Boolean);
  const testSentences = new Set(
    test.flatMap((f) =>
      blocks(f.content).map((b) =>
        b
          .split('\n')
          .map((l) => l.split('\t')[0])
          .join(' '),
      ),
    ),
  );
  const read = (f, filter, drop) => {
    const kept = blocks(f.content).filter(
      (b) =>
        !filter ||
        !testSentences.has(
          b
            .split('\n')
            .map((l) => l.split('\t')[0])
            .join(' '),
        ),
    );
    return readConll(kept.join('\n\n'), `${f.id}#`, { types: RE3D_TYPES, dropLowercase: drop }).map((d) => ({
      ...d,
      id: f.id,
    }));
  };
  return {
    train: train.flatMap((f) => read(f, true, false)),
    test: test.flatMap((f) => read(f, false, dropLowercase)),
  };
}

const WIKI_TYPES = { PER: 'PER', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC' };

export function wikigold() {
  const content = readFileSync(join(DATASETS, 'ner-en', 'wikigold', 'wikigold.conll.txt'), 'utf8');
  const all = readConll(content, 'wikigold#', { types: WIKI_TYPES });
  const { train, test } = splitDocs(all, 0.25, SPLIT_SEED, seededRandom);
  return { all, train, test };
}
