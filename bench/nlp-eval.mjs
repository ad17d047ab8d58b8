#!/usr/bin/env node
// The language layer's figures beside the anchors of issue 13 (run through `npm run eval:nlp`,
// which builds first):
//
//   node bench/nlp-eval.mjs [--json] [--split test|dev] [--no-attribution] [--attribution]
//
// - ewt: UD English EWT test, gold tokenisation, predicted tags: UPOS, XPOS, lemma accuracy,
//   UAS and LAS over all words (punctuation included; LAS compares the full label, subtype
//   included, e.g. "nsubj:pass"; lasUniversal compares the part before the colon, as CoNLL 2018).
// - ewtRawText: each test document's text (its sentences joined by spaces, paragraphs by blank
//   lines) through Orbit's own splitter, tokenizer, tagger and parser; words aligned to gold by
//   character span; F1 of words, sentences, UPOS, UAS and LAS as in the CoNLL 2018 shared task.
// - ner: from bench/ner-eval.mjs (`evalNer()`) when that file exists.
// - attribution: `evaluateAttribution()` of bench/attribution-eval.mjs when it exports one
//   (skip with --no-attribution); an older script-only version runs as a child process with
//   --json when --attribution is given.
// - tokensPerSecond: tagger + parser over the gold-tokenised test set on one core (the process
//   runs single-threaded); loadMs: reading and unpacking the model files; modelMB: all files in
//   data/models.
// Skips with one line when ../shared is absent.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const json = args.includes('--json');
const split = args.includes('--split') ? args[args.indexOf('--split') + 1] : 'test';
const EWT = resolve(root, '../shared/datasets/ud-en-ewt');

const ANCHORS = {
  'ewt.upos': 'plain greedy perceptron 0.949; target >= 0.955; spaCy trf 0.969',
  'ewt.uas': 'plain arc-hybrid 0.845; target >= 0.86; spaCy trf 0.919',
  'ewt.las': 'plain arc-hybrid 0.815; target >= 0.83; spaCy trf 0.894',
  'ewtRawText.las': 'UDPipe 1.2 0.776 (CoNLL 2018 baseline); spaCy trf 0.894',
  'ner.polnearDev.f1': 'plain perceptron 0.88; target >= 0.90',
  'ner.wikigold.f1': 'plain perceptron 0.61; target >= 0.65',
  'ner.re3d.f1': 'target >= 0.70 (all re3d gold: pronouns, common nouns)',
  'ner.re3dNames.f1': 'named mentions only (namesOnly, src/nlp/ner-data.ts); target >= 0.70',
  tokensPerSecond: 'plain design 13-16k; target >= 50k (tagger+parser+NER)',
  loadMs: 'target < 1000',
  modelMB: 'target <= 30 (all weights)',
};

if (!existsSync(join(EWT, `${split}.conllu`))) {
  const msg = `nlp-eval: skipped, UD English EWT not found at ${EWT}`;
  console.log(json ? JSON.stringify({ skipped: msg }) : msg);
  process.exit(0);
}

const { parseConllu, wordSpans } = await import('../dist/nlp/conllu.js');
const { loadEnglishModels } = await import('../dist/nlp/en/models.js');
const { tagSentence } = await import('../dist/nlp/en/tagger.js');
const { parseSentence } = await import('../dist/nlp/en/parser.js');
const { lemmatize } = await import('../dist/nlp/en/lemmatizer.js');
const { wordAtoms } = await import('../dist/nlp/en/words.js');
const { analyze } = await import('../dist/nlp/analyze.js');
const { uposId } = await import('../dist/nlp/doc.js');

const t0 = performance.now();
const models = loadEnglishModels();
const loadMs = performance.now() - t0;
if (!models || !models.parser) {
  console.error('nlp-eval: no English model files in data/models (run npm run train)');
  process.exit(1);
}
const { tagger, parser } = models;
const sentences = parseConllu(readFileSync(join(EWT, `${split}.conllu`), 'utf8'));
const universal = (l) => (l ? l.split(':')[0] : l);

// ---------------------------------------------------------------- gold tokenisation
let words = 0,
  upos = 0,
  xpos = 0,
  lemma = 0,
  uas = 0,
  las = 0,
  lasU = 0;
let tagMs = 0,
  parseMs = 0;
for (const s of sentences) {
  const forms = s.words.map((w) => w.form);
  const a = performance.now();
  const atoms = wordAtoms(forms, tagger.clusters);
  const tags = tagSentence(tagger, forms, atoms);
  const b = performance.now();
  const tagUpos = Int32Array.from(tags, (c) => uposId(tagger.classes[c].upos));
  const tree = parseSentence(parser, { atoms, tags, upos: tagUpos });
  const c = performance.now();
  tagMs += b - a;
  parseMs += c - b;
  s.words.forEach((w, i) => {
    const cls = tagger.classes[tags[i]];
    words++;
    if (cls.upos === w.upos) upos++;
    if (cls.xpos === w.xpos) xpos++;
    if (lemmatize(tagger.lemmas, w.form, cls.xpos) === w.lemma) lemma++;
    if (tree.heads[i] === w.head - 1) {
      uas++;
      const label = parser.labels[tree.labels[i]];
      if (label === w.deprel) las++;
      if (universal(label) === universal(w.deprel)) lasU++;
    }
  });
}
const ewt = {
  upos: upos / words,
  xpos: xpos / words,
  lemma: lemma / words,
  uas: uas / words,
  las: las / words,
  lasUniversal: lasU / words,
  words,
};
const tokensPerSecond = Math.round(words / ((tagMs + parseMs) / 1000));
const taggerTokensPerSecond = Math.round(words / (tagMs / 1000));

// ---------------------------------------------------------------- raw text
const docs = [];
for (const s of sentences) {
  if (s.newdoc !== null || docs.length === 0) docs.push([]);
  docs[docs.length - 1].push(s);
}
const f1 = (right, pred, gold) => (pred + gold ? (2 * right) / (pred + gold) : 0);
let gWords = 0,
  pWords = 0,
  mWords = 0,
  mUpos = 0,
  mUas = 0,
  mLas = 0,
  gSent = 0,
  pSent = 0,
  mSent = 0;
let rawMs = 0;
for (const doc of docs) {
  let text = '';
  const gold = []; // {start,end,upos,headKey,deprel}
  const goldSentences = new Set();
  doc.forEach((s, k) => {
    if (k > 0) text += s.newpar !== null ? '\n\n' : ' ';
    const sentText = s.text ?? s.words.map((w) => w.form).join(' ');
    const offset = text.length;
    text += sentText;
    const spans = wordSpans(s, sentText, offset);
    const keyOf = (i) => `${spans[i].start}:${spans[i].end}`;
    s.words.forEach((w, i) =>
      gold.push({
        key: keyOf(i),
        upos: w.upos,
        head: w.head === 0 ? 'root' : keyOf(w.head - 1),
        deprel: w.deprel,
      }),
    );
    goldSentences.add(`${offset}:${offset + sentText.length}`);
  });
  const a = performance.now();
  const d = analyze(text, 'en');
  rawMs += performance.now() - a;
  const pred = new Map();
  for (let i = 0; i < d.length; i++) {
    const h = d.head(i);
    pred.set(`${d.starts[i]}:${d.ends[i]}`, {
      upos: d.upos(i),
      head: h === -1 ? 'root' : h === null ? null : `${d.starts[h]}:${d.ends[h]}`,
      deprel: d.deprel(i),
    });
  }
  gWords += gold.length;
  pWords += d.length;
  for (const g of gold) {
    const p = pred.get(g.key);
    if (!p) continue;
    mWords++;
    if (p.upos === g.upos) mUpos++;
    if (p.head === g.head) {
      mUas++;
      if (p.deprel === g.deprel) mLas++;
    }
  }
  gSent += goldSentences.size;
  pSent += d.sentences.length;
  for (const s of d.sentences) if (goldSentences.has(`${s.start}:${s.end}`)) mSent++;
}
const ewtRawText = {
  words: f1(mWords, pWords, gWords),
  sentences: f1(mSent, pSent, gSent),
  upos: f1(mUpos, pWords, gWords),
  uas: f1(mUas, pWords, gWords),
  las: f1(mLas, pWords, gWords),
  tokensPerSecond: Math.round(pWords / (rawMs / 1000)),
};

// ---------------------------------------------------------------- NER and attribution hooks
let ner = null;
const nerPath = join(root, 'bench', 'ner-eval.mjs');
if (existsSync(nerPath)) {
  const mod = await import(pathToFileURL(nerPath).href);
  if (typeof mod.evalNer === 'function') ner = await mod.evalNer();
}
let attribution = null;
if (!args.includes('--no-attribution')) {
  // bench/attribution-eval.mjs exports evaluateAttribution() (or, older, runs only as a script)
  const attrPath = join(root, 'bench', 'attribution-eval.mjs');
  const source = existsSync(attrPath) ? readFileSync(attrPath, 'utf8') : '';
  const name = /export\s+(?:async\s+)?function\s+(evaluateAttribution|evalAttribution)\b/.exec(source)?.[1];
  if (name) {
    const mod = await import(pathToFileURL(attrPath).href);
    attribution = await mod[name]();
  } else if (source && args.includes('--attribution')) {
    const run = spawnSync(process.execPath, [attrPath, '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    try {
      attribution = JSON.parse(run.stdout.trim().split('\n').pop());
    } catch {
      attribution = { error: `attribution-eval exited ${run.status}` };
    }
  }
}

const modelDir = join(root, 'data', 'models');
const modelBytes = existsSync(modelDir)
  ? readdirSync(modelDir).reduce((n, f) => n + statSync(join(modelDir, f)).size, 0)
  : 0;
const round = (o) =>
  JSON.parse(
    JSON.stringify(o, (_, v) =>
      typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 10000) / 10000 : v,
    ),
  );
const result = round({
  split,
  ewt,
  ewtRawText,
  ner,
  ...(attribution ? { attribution } : {}),
  tokensPerSecond,
  taggerTokensPerSecond,
  loadMs: Math.round(loadMs),
  modelMB: modelBytes / 1e6,
});

if (json) console.log(JSON.stringify(result));
else {
  const rows = [];
  const put = (key, value) =>
    rows.push([key, typeof value === 'number' ? String(value) : JSON.stringify(value), ANCHORS[key] ?? '']);
  for (const [k, v] of Object.entries(result.ewt)) put(`ewt.${k}`, v);
  for (const [k, v] of Object.entries(result.ewtRawText)) put(`ewtRawText.${k}`, v);
  if (result.ner) for (const [k, v] of Object.entries(result.ner)) put(`ner.${k}.f1`, v?.f1 ?? v);
  else rows.push(['ner', 'n/a', 'bench/ner-eval.mjs absent']);
  if (result.attribution) put('attribution', result.attribution);
  for (const k of ['tokensPerSecond', 'taggerTokensPerSecond', 'loadMs', 'modelMB']) put(k, result[k]);
  const w = Math.max(...rows.map((r) => r[0].length));
  const v = Math.max(...rows.map((r) => r[1].length));
  console.log(`UD English EWT ${split} (${words} words, ${sentences.length} sentences)`);
  for (const [k, val, anchor] of rows) console.log(`${k.padEnd(w)}  ${val.padStart(v)}  ${anchor}`);
}
