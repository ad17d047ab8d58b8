#!/usr/bin/env node
/**
 * Function words of Russian and Turkish, learnt from the UD treebanks in ../shared/datasets:
 * word forms the annotators tagged only as closed-class or adverbial parts of speech (adverbs,
 * adpositions, conjunctions, pronouns, determiners, particles, auxiliaries, interjections) and
 * never as a proper noun, noun, adjective or verb. A capitalised run of words that opens with one
 * of them ("Ранее Пашинян", "Bununla birlikte Erdoğan") opens a sentence, not a name.
 *
 * English has no such list here: its recogniser is the trained tagger/NER, and STOP_CAP covers
 * the rest. Deterministic (sorted output); seconds.
 *
 *   node scripts/train-function-words.mjs [--out data/lexicon/function-words.json]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const out = resolve(
  root,
  args.includes('--out') ? args[args.indexOf('--out') + 1] : 'data/lexicon/function-words.json',
);
const DATA = resolve(root, '../shared/datasets');
const CLOSED = new Set(['ADV', 'ADP', 'CCONJ', 'SCONJ', 'PRON', 'DET', 'PART', 'AUX', 'INTJ']);
// A form seen fewer times than this says too little about its class; forms under three letters are
// mostly split-off suffixes and initials ("di", "Li"), which a name may well be.
const MIN_COUNT = 2;
// The lower-case key Orbit's mention tokenizer compares (src/extract/mentions-tokens.ts wordKey
// folds marks the same way; the loader re-folds, so this only needs to be stable).
const lower = (w, lang) => (lang === 'tr' ? w.replace(/I/g, 'ı').replace(/İ/g, 'i') : w).toLowerCase();

const result = {
  source: 'UD Russian GSD + Taiga, UD Turkish BOUN (../shared/datasets), closed-class tags only',
};
for (const [lang, dir] of [
  ['ru', 'ud-ru'],
  ['tr', 'ud-tr'],
]) {
  const folder = join(DATA, dir);
  if (!existsSync(folder)) {
    console.error(`train-function-words: ${folder} is missing`);
    process.exit(2);
  }
  const closed = new Map();
  const open = new Set();
  for (const f of readdirSync(folder)
    .filter((n) => n.endsWith('.conllu'))
    .sort()) {
    for (const line of readFileSync(join(folder, f), 'utf8').split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const c = line.split('\t');
      if (c.length < 4 || !/^\d+$/.test(c[0])) continue;
      const form = lower(c[1], lang);
      if (!/^\p{L}+$/u.test(form)) continue;
      if (CLOSED.has(c[3])) closed.set(form, (closed.get(form) ?? 0) + 1);
      else open.add(form);
    }
  }
  result[lang] = [...closed]
    .filter(([w, n]) => n >= MIN_COUNT && !open.has(w) && w.length >= 3)
    .map(([w]) => w)
    .sort();
  console.log(`${lang}: ${result[lang].length} function words`);
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(result, null, 1)}\n`);
console.log(`wrote ${out}`);
