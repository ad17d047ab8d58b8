#!/usr/bin/env node
/**
 * Word clusters from unlabelled text for the English tagger and parser: every word seen at least
 * MIN_COUNT times gets a bit path ("0110…") from a binary hierarchy, so words that occur in the
 * same contexts share clusters (the role Brown clusters play in Koo et al. 2008): a path
 * "coarse.mid.fine" of three flat clusterings (LEVELS clusters each).
 *
 * Method (deterministic, minutes on one core): each word is described by its left and right
 * neighbours among the CONTEXTS most frequent words (positive PMI weights), reduced to DIMS
 * dimensions by a seeded random projection and normalised; spherical k-means seeded with the K
 * most frequent words groups them, once per level.
 *
 * Text: the PolNeAR train articles (political news) and the UD English EWT train sentences,
 * through Orbit's own tokenizer. Reuters-21578 is not used: its terms allow research use only.
 *
 *   node scripts/train-clusters.mjs [--out data/models/en-clusters.tsv]
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokenize } from '../dist/nlp/tokenize.js';
import { normalize } from '../dist/nlp/en/words.js';
import { seededRandom } from '../dist/nlp/learn/hash.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const out = resolve(
  root,
  args.includes('--out') ? args[args.indexOf('--out') + 1] : 'data/models/en-clusters.tsv',
);
const DATA = resolve(root, '../shared/datasets');
const MIN_COUNT = 4;
const CONTEXTS = 800;
const DIMS = 96;
const LEVELS = [16, 128, 512];
const started = performance.now();
const log = (m) => console.log(`[${((performance.now() - started) / 1000).toFixed(0)}s] ${m}`);

// -------------------------------------------------------------------------- text → sentences
const sentences = [];
const polnear = join(DATA, 'polnear', 'train', 'text');
if (existsSync(polnear)) {
  for (const f of readdirSync(polnear).sort()) {
    const text = readFileSync(join(polnear, f), 'utf8');
    const t = tokenize(text, 'en');
    for (const s of t.sentences) {
      const words = [];
      for (let i = s.first; i < s.last; i++) words.push(normalize(text.slice(t.starts[i], t.ends[i])));
      sentences.push(words);
    }
  }
}
const ewt = join(DATA, 'ud-en-ewt', 'train.conllu');
if (existsSync(ewt)) {
  let words = [];
  for (const line of readFileSync(ewt, 'utf8').split('\n')) {
    if (line === '') {
      if (words.length) sentences.push(words);
      words = [];
    } else if (/^\d+\t/.test(line)) words.push(normalize(line.split('\t')[1]));
  }
}
if (!sentences.length) {
  console.error('train-clusters: no text found in ../shared/datasets');
  process.exit(1);
}
const counts = new Map();
let tokens = 0;
for (const s of sentences)
  for (const w of s) {
    counts.set(w, (counts.get(w) ?? 0) + 1);
    tokens++;
  }
const byFreq = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const vocab = byFreq.filter(([, c]) => c >= MIN_COUNT).map(([w]) => w);
const vid = new Map(vocab.map((w, i) => [w, i]));
const ctx = new Map(byFreq.slice(0, CONTEXTS).map(([w], i) => [w, i]));
log(`${sentences.length} sentences, ${tokens} tokens, ${counts.size} types, ${vocab.length} clustered`);

// -------------------------------------------------------------------------- context counts
const C2 = CONTEXTS * 2 + 2; // left contexts, right contexts, sentence start, sentence end
const rows = vocab.map(() => new Map());
const colTotals = new Float64Array(C2);
let grand = 0;
for (const s of sentences) {
  for (let i = 0; i < s.length; i++) {
    const v = vid.get(s[i]);
    if (v === undefined) continue;
    const left = i === 0 ? C2 - 2 : ctx.get(s[i - 1]);
    const right = i === s.length - 1 ? C2 - 1 : ctx.get(s[i + 1]);
    for (const c of [
      left === undefined ? -1 : left,
      right === undefined ? -1 : right === C2 - 1 ? C2 - 1 : right + CONTEXTS,
    ]) {
      if (c < 0) continue;
      rows[v].set(c, (rows[v].get(c) ?? 0) + 1);
      colTotals[c]++;
      grand++;
    }
  }
}

// -------------------------------------------------------------------------- PPMI, projection
const random = seededRandom(2024);
const gauss = () => {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
};
const proj = new Float32Array(C2 * DIMS);
for (let i = 0; i < proj.length; i++) proj[i] = gauss();
const vecs = new Float32Array(vocab.length * DIMS);
rows.forEach((row, v) => {
  let rowTotal = 0;
  for (const n of row.values()) rowTotal += n;
  const base = v * DIMS;
  for (const [c, n] of row) {
    const pmi = Math.log((n * grand) / (rowTotal * Math.pow(colTotals[c], 0.75) * Math.pow(grand, 0.25)));
    if (pmi <= 0) continue;
    for (let d = 0; d < DIMS; d++) vecs[base + d] += pmi * proj[c * DIMS + d];
  }
  let norm = 0;
  for (let d = 0; d < DIMS; d++) norm += vecs[base + d] ** 2;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < DIMS; d++) vecs[base + d] /= norm;
});
log('vectors built');

// -------------------------------------------------------------------------- spherical k-means
/** Flat spherical k-means seeded with the K most frequent words (deterministic); cluster of each word. */
function kmeans(K, iterations) {
  const centroids = Float32Array.from(vecs.subarray(0, K * DIMS));
  const assign = new Int32Array(vocab.length);
  for (let iter = 0; iter < iterations; iter++) {
    for (let v = 0; v < vocab.length; v++) {
      let best = 0;
      let top = -Infinity;
      const base = v * DIMS;
      for (let k = 0; k < K; k++) {
        let s = 0;
        const cb = k * DIMS;
        for (let d = 0; d < DIMS; d++) s += vecs[base + d] * centroids[cb + d];
        if (s > top) {
          top = s;
          best = k;
        }
      }
      assign[v] = best;
    }
    centroids.fill(0);
    for (let v = 0; v < vocab.length; v++)
      for (let d = 0; d < DIMS; d++) centroids[assign[v] * DIMS + d] += vecs[v * DIMS + d];
    for (let k = 0; k < K; k++) {
      let norm = 0;
      for (let d = 0; d < DIMS; d++) norm += centroids[k * DIMS + d] ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < DIMS; d++) centroids[k * DIMS + d] /= norm;
    }
  }
  return assign;
}
const levels = LEVELS.map((K) => kmeans(Math.min(K, vocab.length), 10));
const paths = vocab.map((_, v) => levels.map((a) => a[v]).join('.'));
log('clusters built');
const lines = vocab.map((w, i) => `${w}\t${paths[i]}`).filter((l) => !l.includes('\n'));
writeFileSync(out, lines.join('\n') + '\n');
log(`wrote ${lines.length} words to ${out}`);
