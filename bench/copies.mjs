#!/usr/bin/env node
/* global process, console */
/**
 * Copy-detection benchmark on Reuters-21578, Distribution 1.0 (read from ../shared, never copied).
 *
 * Plants known copies into the real corpus (seeded PRNG, so every run plants the same cases):
 *   duplicate   same text re-published by the same outlet (whitespace re-flowed)
 *   syndicated  same text on another outlet with page chrome (menu, share line, footer) added
 *   rewrite     synonym swaps, sentence reordering, dropped sentences, misspelt capitalised names
 *   excerpt     a passage of ≥ 45 words of one story inside other text (filler from held-out stories)
 * then runs CopyIndex.add() over the whole corpus in publication order and scores the links.
 *
 * Usage: npx tsc -p tsconfig.build.json && node bench/copies.mjs
 *        ORBIT_LINK_DIST=/tmp/linkdist/link/index.js node bench/copies.mjs   (a separately compiled copy)
 * Output: a table on stdout, details in bench/out/copies.json.
 */
import { readFileSync, readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import os from 'node:os';

const here = dirname(fileURLToPath(import.meta.url));
const distPath = process.env.ORBIT_LINK_DIST ?? resolve(here, '../dist/link/index.js');
const { CopyIndex, compareDetailed } = await import(pathToFileURL(distPath).href);
const REUTERS = process.env.ORBIT_REUTERS_DIR ?? resolve(here, '../../shared/benchmarks/reuters21578');
const PER_TYPE = Number(process.env.PER_TYPE ?? 400);
const SEED = 20240611;

// ------------------------------------------------------------------ deterministic PRNG
function mulberry32(a) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(SEED);
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
function shuffle(arr) {
  for (let i = arr.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [arr[i], arr[j]] = [arr[j], arr[i]];
  }
  return arr;
}

// ------------------------------------------------------------------ load Reuters
const MONTHS = { JAN: 0, FEB: 1, MAR: 2, APR: 3, MAY: 4, JUN: 5, JUL: 6, AUG: 7, SEP: 8, OCT: 9, NOV: 10, DEC: 11 };
function reutersDate(s) {
  const m = /^\s*(\d{1,2})-([A-Z]{3})-(\d{4})\s+(\d{2}):(\d{2}):(\d{2})/.exec(s ?? '');
  if (!m) return null;
  return new Date(Date.UTC(+m[3], MONTHS[m[2]] ?? 0, +m[1], +m[4], +m[5], +m[6])).toISOString();
}
const decode = (s) => s.replace(/&#3;/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').trim();
const wordCount = (s) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

const files = readdirSync(REUTERS).filter((f) => f.endsWith('.json.gz')).sort();
const reuters = [];
for (const f of files) {
  for (const r of JSON.parse(gunzipSync(readFileSync(join(REUTERS, f))).toString('utf8'))) {
    const body = decode(r.body ?? '');
    if (!body) continue;
    reuters.push({
      id: `r${r.attrs?.newid ?? reuters.length}`,
      text: body,
      title: r.title ? decode(r.title) : null,
      published: reutersDate(r.date) ?? '1987-03-01T00:00:00.000Z',
      outlet: 'Reuters',
      originalSource: null,
    });
  }
}

// ------------------------------------------------------------------ planting
const OUTLETS = ['Daily Ledger', 'Metro Wire', 'The Courier', 'Global Times Online', 'Newsline 24', 'Market Pulse', 'Capital Post'];
const FARMS = ['newsbuzz.example', 'trendfeed.example', 'dailyscoop.example'];
const BLOGS = ['Analyst Notes', 'The Commodity Blog', 'Markets Diary'];
const MENUS = [
  'Home | World | Business | Markets | Politics | Technology | Opinion',
  'Menu\nNews\nBusiness\nSport\nWeather\nSearch',
  'Latest | Economy | Energy | Companies | Video',
];
const SHARES = ['Share this article: Facebook Twitter LinkedIn Email', 'Share\nTweet\nWhatsApp\nPrint', 'Follow us on Telegram and X'];
const FOOTERS = [
  '(This story was published from a wire agency feed without modifications to the text.)',
  'All rights reserved. Terms of use | Privacy policy | Contact us',
  'Related articles\nMore from Business\nMost read',
];
const SYNONYMS = [
  ['said', 'stated'], ['company', 'firm'], ['rose', 'climbed'], ['fell', 'dropped'], ['increase', 'rise'],
  ['decline', 'fall'], ['officials', 'authorities'], ['government', 'administration'], ['agreement', 'deal'],
  ['announced', 'disclosed'], ['expected', 'anticipated'], ['purchase', 'buy'], ['acquire', 'buy'],
  ['shares', 'stock'], ['profit', 'earnings'], ['sales', 'revenue'], ['year', 'twelve months'],
  ['told', 'informed'], ['plans', 'intends'], ['increased', 'raised'], ['reduced', 'cut'], ['large', 'big'],
  ['major', 'key'], ['spokesman', 'representative'], ['meeting', 'talks'], ['talks', 'negotiations'],
  ['export', 'foreign sale'], ['prices', 'rates'], ['price', 'rate'], ['market', 'marketplace'],
  ['percent', 'pct'], ['pct', 'percent'], ['mln', 'million'], ['billion', 'bln'], ['about', 'around'],
  ['also', 'additionally'], ['however', 'but'], ['week', 'seven days'], ['month', 'four weeks'],
  ['higher', 'greater'], ['lower', 'smaller'], ['new', 'fresh'], ['total', 'overall'], ['corp', 'corporation'],
  ['board', 'directors'], ['quarter', 'three months'], ['trade', 'commerce'], ['production', 'output'],
  ['estimated', 'projected'], ['reported', 'posted'], ['added', 'continued'], ['because', 'as'],
  ['official', 'functionary'], ['minister', 'secretary'], ['country', 'nation'], ['record', 'unprecedented'],
];
const SYN = new Map(SYNONYMS);
const SENT_RE = /(?<=[.!?])\s+(?=[A-Z"(])/;

function sentences(text) {
  return text.replace(/\s+/g, ' ').trim().split(SENT_RE).filter((s) => s.trim());
}
function misspell(w) {
  const chars = [...w];
  const i = 1 + Math.floor(rnd() * (chars.length - 2));
  const op = Math.floor(rnd() * 4);
  if (op === 0) chars[i] = 'aeiou'.includes(chars[i].toLowerCase()) ? pick([...'aeiou'.replace(chars[i].toLowerCase(), '')]) : chars[i];
  else if (op === 1) chars.splice(i, 1);
  else if (op === 2) chars.splice(i, 0, chars[i]);
  else if (i + 1 < chars.length) [chars[i], chars[i + 1]] = [chars[i + 1], chars[i]];
  const out = chars.join('');
  return out === w ? w + 'e' : out;
}
function rewriteText(text) {
  let sents = sentences(text);
  // dropped sentences: each with p = 0.15, keep at least 70 %
  const keep = sents.filter(() => rnd() >= 0.15);
  if (keep.length >= Math.ceil(sents.length * 0.7)) sents = keep;
  // reordering: move one sentence, swap one adjacent pair
  if (sents.length > 2) {
    const [s] = sents.splice(Math.floor(rnd() * sents.length), 1);
    sents.splice(Math.floor(rnd() * sents.length), 0, s);
    const i = Math.floor(rnd() * (sents.length - 1));
    [sents[i], sents[i + 1]] = [sents[i + 1], sents[i]];
  }
  return sents
    .map((s) =>
      s.replace(/[\p{L}]+/gu, (w, off) => {
        const lower = w.toLowerCase();
        if (SYN.has(lower) && rnd() < 0.8) {
          const r = SYN.get(lower);
          return w[0] === w[0].toUpperCase() ? r[0].toUpperCase() + r.slice(1) : r;
        }
        if (off > 0 && w.length >= 5 && /^[A-Z][a-z]+$/.test(w) && rnd() < 0.4) return misspell(w);
        return w;
      }),
    )
    .join(' ');
}
const later = (iso, hours) => new Date(Date.parse(iso) + hours * 3_600_000).toISOString();

const order = shuffle(reuters.map((_, i) => i));
const eligible = (min) => order.filter((i) => wordCount(reuters[i].text) >= min && sentences(reuters[i].text).length >= 3);
const used = new Set();
const take = (min, n) => {
  const out = [];
  for (const i of eligible(min)) {
    if (out.length >= n) break;
    if (!used.has(i)) {
      used.add(i);
      out.push(i);
    }
  }
  return out;
};
const planted = [];
const plantedDocs = [];
for (const [k, i] of take(40, PER_TYPE).entries()) {
  const s = reuters[i];
  const text = s.text.replace(/\n\s+/g, '\n\n');
  plantedDocs.push({ ...s, id: `dup${k}`, text, published: later(s.published, 0.5) });
  planted.push({ from: `dup${k}`, to: s.id, type: 'duplicate' });
}
for (const [k, i] of take(40, PER_TYPE).entries()) {
  const s = reuters[i];
  const text = [pick(MENUS), s.title ?? '', pick(SHARES), s.text, pick(FOOTERS)].join('\n\n');
  const credit = rnd() < 0.5;
  plantedDocs.push({ ...s, id: `syn${k}`, text, outlet: pick(OUTLETS), originalSource: credit ? 'Reuters' : null, published: later(s.published, 2) });
  planted.push({ from: `syn${k}`, to: s.id, type: 'syndicated' });
}
for (const [k, i] of take(80, PER_TYPE).entries()) {
  const s = reuters[i];
  plantedDocs.push({ ...s, id: `rew${k}`, text: rewriteText(s.text), title: s.title ? rewriteText(s.title) : null, outlet: pick(FARMS), originalSource: null, published: later(s.published, 24) });
  planted.push({ from: `rew${k}`, to: s.id, type: 'rewrite' });
}
const excerptSources = take(100, PER_TYPE);
const fillers = take(60, PER_TYPE); // held out: used only as the excerpting text's own prose
for (const [k, i] of excerptSources.entries()) {
  const s = reuters[i];
  const sents = sentences(s.text);
  // a run of whole sentences with ≥ 45 words, at most ~70 % of the source
  const start = Math.floor(rnd() * Math.max(1, sents.length - 2));
  let passage = [];
  for (let j = start; j < sents.length && wordCount(passage.join(' ')) < 45; j++) passage.push(sents[j]);
  if (wordCount(passage.join(' ')) < 45) passage = sents.slice(0, Math.max(3, passage.length));
  const filler = sentences(reuters[fillers[k]].text);
  const cut = Math.max(1, Math.floor(filler.length / 2));
  const text = [
    filler.slice(0, cut).join(' '),
    `As a wire report put it: "${passage.join(' ')}"`,
    filler.slice(cut).join(' '),
  ].join('\n\n');
  plantedDocs.push({ id: `exc${k}`, text, title: reuters[fillers[k]].title, outlet: pick(BLOGS), originalSource: null, published: later(s.published, 48) });
  planted.push({ from: `exc${k}`, to: s.id, type: 'excerpt' });
}
const heldOut = new Set(fillers.map((i) => reuters[i].id));
const corpus = [...reuters.filter((d) => !heldOut.has(d.id)), ...plantedDocs].sort(
  (a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : a.id < b.id ? -1 : 1),
);

// ------------------------------------------------------------------ run
function run(docs) {
  const index = new CopyIndex();
  const links = [];
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (const d of docs) for (const l of index.add(d)) links.push(l);
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  // CPU time of this process: wall time is inflated when other work shares the machine.
  return { ms, cpuMs: (c.user + c.system) / 1000, links, stats: index.stats };
}

const TYPES = ['duplicate', 'syndicated', 'rewrite', 'excerpt'];
const pairKey = (a, b) => (a < b ? `${a}|${b}` : `${b}|${a}`);
const plantedByPair = new Map(planted.map((p) => [pairKey(p.from, p.to), p]));
const isPlanted = (id) => /^(dup|syn|rew|exc)\d+$/.test(id);
const byId = new Map(corpus.map((d) => [d.id, d]));

const scaling = [];
for (const n of [5000, 10000, 20000]) {
  if (n > corpus.length) continue;
  const r = run(corpus.slice(0, n));
  scaling.push({ documents: n, seconds: +(r.ms / 1000).toFixed(2), cpuSeconds: +(r.cpuMs / 1000).toFixed(2), candidatePairs: r.stats.candidatePairs, allPairs: (n * (n - 1)) / 2 });
}
const full = run(corpus);
const n = corpus.length;
scaling.push({ documents: n, seconds: +(full.ms / 1000).toFixed(2), cpuSeconds: +(full.cpuMs / 1000).toFixed(2), candidatePairs: full.stats.candidatePairs, allPairs: (n * (n - 1)) / 2 });

// ------------------------------------------------------------------ score
const found = new Map(); // pair -> link
for (const l of full.links) found.set(pairKey(l.from, l.to), l);
const perType = {};
for (const t of TYPES) perType[t] = { planted: 0, detected: 0, typeCorrect: 0, directionCorrect: 0, predicted: 0, predictedPlantedSameType: 0, predictedPlantedOtherType: 0, predictedUnplanted: 0, unplantedVerified: 0, confusedAs: {} };
for (const p of planted) {
  const s = perType[p.type];
  s.planted++;
  const l = found.get(pairKey(p.from, p.to));
  if (!l) continue;
  s.detected++;
  if (l.type === p.type) s.typeCorrect++;
  else s.confusedAs[l.type] = (s.confusedAs[l.type] ?? 0) + 1;
  if (l.from === p.from) s.directionCorrect++;
}
// Links between documents not planted as a pair. Reuters carries real repeats (corrections,
// re-sent stories, shared background paragraphs), and a planted copy of a story also matches the
// story's real repeats. Such a link is "verified" when the texts share a long verbatim passage
// (≥ 40 tokens, or ≥ 60 % of the shorter) or, for rewrites, when most sentences correspond on both
// sides — that is, it is copying, just not copying we planted.
const unplantedSamples = [];
for (const l of full.links) {
  const s = perType[l.type];
  if (!s) continue;
  s.predicted++;
  const p = plantedByPair.get(pairKey(l.from, l.to));
  if (p) {
    if (p.type === l.type) s.predictedPlantedSameType++;
    else s.predictedPlantedOtherType++;
    continue;
  }
  s.predictedUnplanted++;
  const { alignment: a } = compareDetailed(byId.get(l.from), byId.get(l.to));
  const shortCov = a.tokensA <= a.tokensB ? a.exactCovA : a.exactCovB;
  const verified =
    a.longestPassage >= 40 || shortCov >= 0.6 || (a.fuzzyCovA >= 0.6 && a.fuzzyCovB >= 0.6);
  if (verified) s.unplantedVerified++;
  if (unplantedSamples.length < 60 || !verified)
    unplantedSamples.push({ ...l, verified, plantedSide: isPlanted(l.from) || isPlanted(l.to), exactCovA: +a.exactCovA.toFixed(2), exactCovB: +a.exactCovB.toFixed(2), fuzzyCovA: +a.fuzzyCovA.toFixed(2), fuzzyCovB: +a.fuzzyCovB.toFixed(2), longestPassage: a.longestPassage });
}
const r3 = (x) => (x == null || Number.isNaN(x) ? null : Math.round(x * 1000) / 1000);
const rows = TYPES.map((t) => {
  const s = perType[t];
  const recall = s.typeCorrect / s.planted;
  const precisionStrict = s.predicted ? s.predictedPlantedSameType / s.predicted : null;
  const precisionVerified = s.predicted ? (s.predictedPlantedSameType + s.unplantedVerified) / s.predicted : null;
  return {
    type: t,
    planted: s.planted,
    detectedAnyType: s.detected,
    recall: r3(recall),
    precisionStrict: r3(precisionStrict),
    precision: r3(precisionVerified),
    directionAccuracy: r3(s.detected ? s.directionCorrect / s.detected : null),
    predicted: s.predicted,
    unplanted: s.predictedUnplanted,
    unplantedVerified: s.unplantedVerified,
    confusedAs: s.confusedAs,
  };
});

const result = {
  generatedAt: new Date().toISOString(),
  corpus: 'Reuters-21578, Distribution 1.0 (non-empty bodies) + planted copies',
  machine: { cpus: os.cpus().length, node: process.version },
  seed: SEED,
  documents: n,
  reutersDocuments: n - plantedDocs.length,
  heldOutFillers: heldOut.size,
  planted: planted.length,
  seconds: +(full.ms / 1000).toFixed(2),
  cpuSeconds: +(full.cpuMs / 1000).toFixed(2),
  loadAverage1m: +os.loadavg()[0].toFixed(2),
  secondsPer10k: +((full.ms / 1000) * (10000 / n)).toFixed(2),
  docsPerSecond: Math.round(n / (full.ms / 1000)),
  candidatePairs: full.stats.candidatePairs,
  allPairs: (n * (n - 1)) / 2,
  candidateShareOfAllPairs: full.stats.candidatePairs / ((n * (n - 1)) / 2),
  links: full.links.length,
  perType: rows,
  scaling,
  unplantedSamples,
};
mkdirSync(resolve(here, 'out'), { recursive: true });
writeFileSync(resolve(here, 'out/copies.json'), JSON.stringify(result, null, 2));

const pad = (v, w) => String(v ?? '-').padStart(w);
console.log(`copy detection — ${n} documents (${planted.length} planted pairs), ${result.seconds} s total (${result.cpuSeconds} s CPU, load ${result.loadAverage1m}), ${result.secondsPer10k} s per 10k docs, ${result.docsPerSecond} docs/s`);
console.log(`candidate pairs verified: ${result.candidatePairs} of ${result.allPairs} possible (${(result.candidateShareOfAllPairs * 100).toFixed(4)} %)`);
console.log('');
console.log('type        planted  found  recall  prec(strict)  prec(verified)  direction  unplanted(verified)  confused as');
for (const r of rows)
  console.log(
    `${r.type.padEnd(11)} ${pad(r.planted, 7)} ${pad(r.detectedAnyType, 6)} ${pad(r.recall, 7)} ${pad(r.precisionStrict, 13)} ${pad(r.precision, 15)} ${pad(r.directionAccuracy, 10)} ${pad(`${r.unplanted}(${r.unplantedVerified})`, 20)}  ${JSON.stringify(r.confusedAs)}`,
  );
console.log('');
console.log('scaling:  documents  seconds  cpu s  candidate pairs  all pairs');
for (const s of scaling) console.log(`         ${pad(s.documents, 9)} ${pad(s.seconds, 8)} ${pad(s.cpuSeconds, 6)} ${pad(s.candidatePairs, 16)} ${pad(s.allPairs, 11)}`);
