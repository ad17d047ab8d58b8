#!/usr/bin/env node
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
 *        QUICK=1 node bench/copies.mjs   (no scaling runs, no untouched-Reuters run)
 *        DUMP=1 node bench/copies.mjs    (also the alignment measures of every planted pair)
 * Output: a table on stdout, details in bench/out/copies.json.
 */
import { readFileSync, readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import os from 'node:os';
import { prng } from './gen-corpus.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const distPath = process.env.ORBIT_LINK_DIST ?? resolve(here, '../dist/link/index.js');
const { CopyIndex, compareDetailed } = await import(pathToFileURL(distPath).href);
const REUTERS = process.env.ORBIT_REUTERS_DIR ?? resolve(here, '../../shared/benchmarks/reuters21578');
/** The generated set (clean base − held-out fillers + planted copies) has at least this many documents. */
const MIN_DOCUMENTS = 20000;
const SEED = 20240611;

// ------------------------------------------------------------------ deterministic PRNG
// The one generator the benches share (bench/gen-corpus.mjs), so a seed means the same sequence everywhere.
const mulberry32 = prng;
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
const MONTHS = {
  JAN: 0,
  FEB: 1,
  MAR: 2,
  APR: 3,
  MAY: 4,
  JUN: 5,
  JUL: 6,
  AUG: 7,
  SEP: 8,
  OCT: 9,
  NOV: 10,
  DEC: 11,
};
function reutersDate(s) {
  const m = /^\s*(\d{1,2})-([A-Z]{3})-(\d{4})\s+(\d{2}):(\d{2}):(\d{2})/.exec(s ?? '');
  if (!m) return null;
  return new Date(Date.UTC(+m[3], MONTHS[m[2]] ?? 0, +m[1], +m[4], +m[5], +m[6])).toISOString();
}
const decode = (s) =>
  s.replace(/&#3;/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').trim();
const wordCount = (s) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
const byPublication = (a, b) =>
  a.published < b.published ? -1 : a.published > b.published ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

const files = readdirSync(REUTERS)
  .filter((f) => f.endsWith('.json.gz'))
  .sort();
const reutersAll = [];
for (const f of files) {
  for (const r of JSON.parse(gunzipSync(readFileSync(join(REUTERS, f))).toString('utf8'))) {
    const body = decode(r.body ?? '');
    if (!body) continue;
    reutersAll.push({
      id: `r${r.attrs?.newid ?? reutersAll.length}`,
      text: body,
      title: r.title ? decode(r.title) : null,
      published: reutersDate(r.date) ?? '1987-03-01T00:00:00.000Z',
      outlet: 'Reuters',
      originalSource: null,
    });
  }
}
reutersAll.sort(byPublication);

// ------------------------------------------------------------------ clean base (ground truth)
/*
 * Reuters-21578 repeats itself: re-sent and corrected stories, updates that carry earlier
 * paragraphs, shared background. Links between such stories are real copying, so with them in the
 * base "every link we did not plant is wrong" would be false. Before planting, the base is cleaned
 * with a criterion that is independent of the detector under test (plain word 8-grams, exact
 * matching, no MinHash, no skeletons, no sentence alignment):
 *
 *   a story is a near-copy of an earlier kept story when
 *     (a) ≥ 50 % of the distinct word 8-grams of either story occur in the other (containment), or
 *     (b) the two share a verbatim run of ≥ 40 words (≥ 33 consecutive shared 8-grams, contiguous
 *         on both sides) — the length the task calls an excerpt, or
 *     (c) same facts in nearly the same words, for short notices whose 8-grams do not survive a
 *         reworded line ("Qtly div 35 cts vs 35 cts prior" / "... in prior qtr"): ≥ 80 % of the
 *         distinct words of one story occur in the other, and so do all of its figures (≥ 2) and
 *         all of its names (capitalised words not opening a sentence); when that story has fewer
 *         than 25 words (a bare notice: "Qtly div 10 cts ... Pay April 30"), the headlines must
 *         also start with the same two words (the issuer). Candidates for (c) share a word
 *         3-gram that holds a figure (grams in > 100 stories skipped).
 *
 * Stories are visited in publication order and a story is dropped when it is a near-copy of a
 * story kept before it, so no two kept stories are near-copies. Candidates come from an inverted
 * index on 8-gram hashes (postings of kept stories only), never all pairs.
 * Template stories (same wording, other names and figures: money-market forecasts, debenture
 * offerings, dividend notices) are NOT dropped unless (a) or (b) holds: they are the hard
 * negatives the detector has to get right.
 */
const CLEAN_GRAM = 8;
const CLEAN_CONTAINMENT = 0.5;
const CLEAN_RUN_WORDS = 40;
const CLEAN_WORD_CONTAINMENT = 0.8;
const CLEAN_MIN_FIGURES = 2;
const CLEAN_FIGURE_GRAM_MAX_POSTING = 100;
const HAS_DIGIT = /\d/;
/** Capitalised words that do not open a sentence or a line. */
const NAME_RE = /(?<![.!?"]\s*|^\s*)\b\p{Lu}[\p{L}-]*/gmu;
const CLEAN_SHORT_WORDS = 25;
function hashWord(t) {
  let h = 0x811c9dc5;
  for (let i = 0; i < t.length; i++) h = Math.imul(h ^ t.charCodeAt(i), 0x01000193);
  return h;
}
/** Words, word 8-gram hashes, and hashes of the word 3-grams that contain a figure. */
function cleanFeatures(text, title) {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const w = words.map(hashWord);
  const grams = [];
  for (let i = 0; i + CLEAN_GRAM <= w.length; i++) {
    let h = w[i];
    for (let j = 1; j < CLEAN_GRAM; j++) h = Math.imul(h, 0x9e3779b1) ^ w[i + j];
    grams.push(h & 0x3fffffff); // 30 bits: small integers stay unboxed in Maps and Sets
  }
  const figureGrams = new Set();
  for (let i = 0; i + 3 <= w.length; i++) {
    if (HAS_DIGIT.test(words[i]) || HAS_DIGIT.test(words[i + 1]) || HAS_DIGIT.test(words[i + 2]))
      figureGrams.add(
        (Math.imul(Math.imul(w[i], 0x9e3779b1) ^ w[i + 1], 0x9e3779b1) ^ w[i + 2]) & 0x3fffffff,
      );
  }
  const vocab = new Set(words);
  const figures = new Set(words.filter((x) => HAS_DIGIT.test(x)));
  const names = new Set((text.match(NAME_RE) ?? []).map((x) => x.toLowerCase()));
  const issuer =
    (title ?? '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu)
      ?.slice(0, 2)
      .join(' ') ?? '';
  return { grams, distinct: new Set(grams), figureGrams, vocab, figures, names, issuer, words: words.length };
}
/** Longest run of consecutive 8-grams of A found at consecutive positions of B, in words. */
function longestSharedRun(ga, posB) {
  let best = 0;
  let run = 0;
  let prev = -2;
  for (const g of ga) {
    const p = posB.get(g);
    if (p === undefined) {
      run = 0;
      prev = -2;
      continue;
    }
    run = p === prev + 1 && run > 0 ? run + 1 : 1;
    prev = p;
    if (run > best) best = run;
  }
  return best ? best + CLEAN_GRAM - 1 : 0;
}
const subsetShare = (a, b) => {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return a.size ? n / a.size : 0;
};
/** (c): one side's words ≥ 80 % inside the other, all its figures (≥ 2) and names too. */
function sameFactsSameWords(x, y) {
  for (const [a, b] of [
    [x, y],
    [y, x],
  ]) {
    if (a.figures.size < CLEAN_MIN_FIGURES) continue;
    if (a.words < CLEAN_SHORT_WORDS && (!a.issuer || a.issuer !== b.issuer)) continue;
    if (
      subsetShare(a.figures, b.figures) === 1 &&
      subsetShare(a.names, b.names) === 1 &&
      subsetShare(a.vocab, b.vocab) >= CLEAN_WORD_CONTAINMENT
    )
      return true;
  }
  return false;
}
function cleanBase(docs) {
  const t0 = performance.now();
  const postings = new Map(); // 8-gram -> indices of kept docs
  const figurePostings = new Map(); // figure 3-gram -> indices of kept docs (capped)
  const keptFeatures = new Map(); // doc index -> features, and first position of each 8-gram
  const kept = [];
  const removed = [];
  const shared = new Map();
  for (let i = 0; i < docs.length; i++) {
    const f = cleanFeatures(docs[i].text, docs[i].title);
    shared.clear();
    for (const g of f.distinct) {
      const p = postings.get(g);
      if (p) for (const j of p) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    for (const g of f.figureGrams) {
      const p = figurePostings.get(g);
      if (p && p.length <= CLEAN_FIGURE_GRAM_MAX_POSTING)
        for (const j of p) if (!shared.has(j)) shared.set(j, 0);
    }
    let hit = null;
    for (const [j, n] of shared) {
      const other = keptFeatures.get(j);
      const cont = n ? Math.max(n / f.distinct.size, n / other.distinct.size) : 0;
      let reason = cont >= CLEAN_CONTAINMENT ? 'containment' : null;
      let run = 0;
      if (!reason && n >= CLEAN_RUN_WORDS - CLEAN_GRAM + 1) {
        run = longestSharedRun(f.grams, other.pos);
        if (run >= CLEAN_RUN_WORDS) reason = 'passage';
      }
      if (!reason && sameFactsSameWords(f, other)) reason = 'same-facts';
      if (reason && (!hit || cont > hit.containment))
        hit = { id: docs[i].id, of: docs[j].id, reason, containment: +cont.toFixed(3), run };
    }
    if (hit) {
      removed.push(hit);
      continue;
    }
    f.pos = new Map();
    f.grams.forEach((g, k) => {
      if (!f.pos.has(g)) f.pos.set(g, k);
    });
    keptFeatures.set(i, f);
    for (const g of f.distinct) {
      const p = postings.get(g);
      if (p) p.push(i);
      else postings.set(g, [i]);
    }
    for (const g of f.figureGrams) {
      const p = figurePostings.get(g);
      if (!p) figurePostings.set(g, [i]);
      else if (p.length <= CLEAN_FIGURE_GRAM_MAX_POSTING) p.push(i);
    }
    kept.push(docs[i]);
  }
  return { kept, removed, ms: performance.now() - t0 };
}
const clean = cleanBase(reutersAll);
const reuters = clean.kept;
// Each planted type adds PER_TYPE documents and the excerpt fillers hold PER_TYPE out: net 3 × PER_TYPE.
const PER_TYPE = process.env.PER_TYPE
  ? Number(process.env.PER_TYPE)
  : Math.max(400, Math.ceil((MIN_DOCUMENTS - reuters.length) / 3));

// ------------------------------------------------------------------ planting
const OUTLETS = [
  'Daily Ledger',
  'Metro Wire',
  'The Courier',
  'Global Times Online',
  'Newsline 24',
  'Market Pulse',
  'Capital Post',
];
const FARMS = ['newsbuzz.example', 'trendfeed.example', 'dailyscoop.example'];
const BLOGS = ['Analyst Notes', 'The Commodity Blog', 'Markets Diary'];
const MENUS = [
  'Home | World | Business | Markets | Politics | Technology | Opinion',
  'Menu\nNews\nBusiness\nSport\nWeather\nSearch',
  'Latest | Economy | Energy | Companies | Video',
];
const SHARES = [
  'Share this article: Facebook Twitter LinkedIn Email',
  'Share\nTweet\nWhatsApp\nPrint',
  'Follow us on Telegram and X',
];
const FOOTERS = [
  '(This story was published from a wire agency feed without modifications to the text.)',
  'All rights reserved. Terms of use | Privacy policy | Contact us',
  'Related articles\nMore from Business\nMost read',
];
const SYNONYMS = [
  ['said', 'stated'],
  ['company', 'firm'],
  ['rose', 'climbed'],
  ['fell', 'dropped'],
  ['increase', 'rise'],
  ['decline', 'fall'],
  ['officials', 'authorities'],
  ['government', 'administration'],
  ['agreement', 'deal'],
  ['announced', 'disclosed'],
  ['expected', 'anticipated'],
  ['purchase', 'buy'],
  ['acquire', 'buy'],
  ['shares', 'stock'],
  ['profit', 'earnings'],
  ['sales', 'revenue'],
  ['year', 'twelve months'],
  ['told', 'informed'],
  ['plans', 'intends'],
  ['increased', 'raised'],
  ['reduced', 'cut'],
  ['large', 'big'],
  ['major', 'key'],
  ['spokesman', 'representative'],
  ['meeting', 'talks'],
  ['talks', 'negotiations'],
  ['export', 'foreign sale'],
  ['prices', 'rates'],
  ['price', 'rate'],
  ['market', 'marketplace'],
  ['percent', 'pct'],
  ['pct', 'percent'],
  ['mln', 'million'],
  ['billion', 'bln'],
  ['about', 'around'],
  ['also', 'additionally'],
  ['however', 'but'],
  ['week', 'seven days'],
  ['month', 'four weeks'],
  ['higher', 'greater'],
  ['lower', 'smaller'],
  ['new', 'fresh'],
  ['total', 'overall'],
  ['corp', 'corporation'],
  ['board', 'directors'],
  ['quarter', 'three months'],
  ['trade', 'commerce'],
  ['production', 'output'],
  ['estimated', 'projected'],
  ['reported', 'posted'],
  ['added', 'continued'],
  ['because', 'as'],
  ['official', 'functionary'],
  ['minister', 'secretary'],
  ['country', 'nation'],
  ['record', 'unprecedented'],
];
const SYN = new Map(SYNONYMS);
const SENT_RE = /(?<=[.!?])\s+(?=[A-Z"(])/;

function sentences(text) {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .split(SENT_RE)
    .filter((s) => s.trim());
}
function misspell(w) {
  const chars = [...w];
  const i = 1 + Math.floor(rnd() * (chars.length - 2));
  const op = Math.floor(rnd() * 4);
  if (op === 0)
    chars[i] = 'aeiou'.includes(chars[i].toLowerCase())
      ? pick([...'aeiou'.replace(chars[i].toLowerCase(), '')])
      : chars[i];
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
const eligible = (min) =>
  order.filter((i) => wordCount(reuters[i].text) >= min && sentences(reuters[i].text).length >= 3);
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
  plantedDocs.push({
    ...s,
    id: `syn${k}`,
    text,
    outlet: pick(OUTLETS),
    originalSource: credit ? 'Reuters' : null,
    published: later(s.published, 2),
  });
  planted.push({ from: `syn${k}`, to: s.id, type: 'syndicated' });
}
for (const [k, i] of take(80, PER_TYPE).entries()) {
  const s = reuters[i];
  plantedDocs.push({
    ...s,
    id: `rew${k}`,
    text: rewriteText(s.text),
    title: s.title ? rewriteText(s.title) : null,
    outlet: pick(FARMS),
    originalSource: null,
    published: later(s.published, 24),
  });
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
  plantedDocs.push({
    id: `exc${k}`,
    text,
    title: reuters[fillers[k]].title,
    outlet: pick(BLOGS),
    originalSource: null,
    published: later(s.published, 48),
  });
  planted.push({ from: `exc${k}`, to: s.id, type: 'excerpt' });
}
const heldOut = new Set(fillers.map((i) => reuters[i].id));
const corpus = [...reuters.filter((d) => !heldOut.has(d.id)), ...plantedDocs].sort(byPublication);

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
const r3 = (x) => (x == null || Number.isNaN(x) ? null : Math.round(x * 1000) / 1000);
const brief = (d) => ({ id: d.id, published: d.published, title: d.title, text: d.text });
/** Alignment figures of a link, for reading false positives and the natural-link sample. */
function details(l, docsById) {
  const { alignment: a } = compareDetailed(docsById.get(l.from), docsById.get(l.to));
  const out = {};
  // Every measure of the alignment, A = from, B = to (passages and variants left out).
  for (const [k, v] of Object.entries(a)) if (typeof v === 'number') out[k] = r3(v);
  return out;
}

// QUICK=1 (development): skip the scaling runs and the untouched-Reuters run.
const QUICK = process.env.QUICK === '1';
const scaling = [];
for (const n of QUICK ? [] : [5000, 10000, 20000]) {
  if (n >= corpus.length) continue;
  const r = run(corpus.slice(0, n));
  scaling.push({
    documents: n,
    seconds: +(r.ms / 1000).toFixed(2),
    cpuSeconds: +(r.cpuMs / 1000).toFixed(2),
    candidatePairs: r.stats.candidatePairs,
    allPairs: (n * (n - 1)) / 2,
  });
}
const full = run(corpus);
const n = corpus.length;
scaling.push({
  documents: n,
  seconds: +(full.ms / 1000).toFixed(2),
  cpuSeconds: +(full.cpuMs / 1000).toFixed(2),
  candidatePairs: full.stats.candidatePairs,
  allPairs: (n * (n - 1)) / 2,
});

// ------------------------------------------------------------------ score
// The base holds no near-copies (see cleanBase), so every link the benchmark did not plant is a
// false positive — including links from a planted copy to a base story other than its source.
const found = new Map(); // pair -> link
for (const l of full.links) found.set(pairKey(l.from, l.to), l);
const perType = {};
for (const t of TYPES)
  perType[t] = {
    planted: 0,
    detected: 0,
    typeCorrect: 0,
    directionCorrect: 0,
    predicted: 0,
    truePositive: 0,
    plantedOtherType: 0,
    unplanted: 0,
    unplantedBaseOnly: 0,
    confusedAs: {},
  };
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
const falsePositives = [];
for (const l of full.links) {
  const s = perType[l.type];
  if (!s) continue;
  s.predicted++;
  const p = plantedByPair.get(pairKey(l.from, l.to));
  if (p) {
    if (p.type === l.type) s.truePositive++;
    else s.plantedOtherType++;
    continue;
  }
  s.unplanted++;
  const baseOnly = !isPlanted(l.from) && !isPlanted(l.to);
  if (baseOnly) s.unplantedBaseOnly++;
  falsePositives.push({
    ...l,
    baseOnly,
    ...details(l, byId),
    fromDoc: brief(byId.get(l.from)),
    toDoc: brief(byId.get(l.to)),
  });
}
const rows = TYPES.map((t) => {
  const s = perType[t];
  return {
    type: t,
    planted: s.planted,
    detectedAnyType: s.detected,
    recall: r3(s.typeCorrect / s.planted),
    precision: r3(s.predicted ? s.truePositive / s.predicted : null),
    directionAccuracy: r3(s.detected ? s.directionCorrect / s.detected : null),
    predicted: s.predicted,
    falsePositives: s.predicted - s.truePositive,
    unplanted: s.unplanted,
    unplantedBaseOnly: s.unplantedBaseOnly,
    confusedAs: s.confusedAs,
  };
});

// ------------------------------------------------------------------ natural links in untouched Reuters
// The detector over all of Reuters-21578 (non-empty bodies, nothing removed, nothing planted):
// how many copy links it finds by type, how many of them the independent 8-gram criterion also
// calls near-copies, and a seeded sample of 20 written out for reading by hand.
const natural = QUICK ? { links: [], ms: 0, cpuMs: 0, stats: { candidatePairs: 0 } } : run(reutersAll);
const reutersById = new Map(reutersAll.map((d) => [d.id, d]));
/** The base-cleaning criterion applied to one pair directly. */
function nearCopyByCriterion(x, y) {
  const a = cleanFeatures(x.text, x.title);
  const b = cleanFeatures(y.text, y.title);
  const n = subsetShare(a.distinct, b.distinct) * a.distinct.size;
  if (n && Math.max(n / a.distinct.size, n / b.distinct.size) >= CLEAN_CONTAINMENT) return true;
  const pos = new Map();
  b.grams.forEach((g, k) => {
    if (!pos.has(g)) pos.set(g, k);
  });
  return longestSharedRun(a.grams, pos) >= CLEAN_RUN_WORDS || sameFactsSameWords(a, b);
}
const naturalPerType = {};
for (const t of TYPES) naturalPerType[t] = { links: 0, alsoNearCopyByCriterion: 0 };
for (const l of natural.links) {
  const s = naturalPerType[l.type];
  if (!s) continue;
  s.links++;
  if (nearCopyByCriterion(reutersById.get(l.from), reutersById.get(l.to))) s.alsoNearCopyByCriterion++;
}
const sampleRnd = mulberry32(SEED + 1);
const pool = [...natural.links];
const naturalSample = [];
while (naturalSample.length < 20 && pool.length) {
  const [l] = pool.splice(Math.floor(sampleRnd() * pool.length), 1);
  naturalSample.push({
    ...l,
    nearCopyByCriterion: nearCopyByCriterion(reutersById.get(l.from), reutersById.get(l.to)),
    ...details(l, reutersById),
    fromDoc: brief(reutersById.get(l.from)),
    toDoc: brief(reutersById.get(l.to)),
  });
}

const result = {
  generatedAt: new Date().toISOString(),
  corpus: 'Reuters-21578, Distribution 1.0 (non-empty bodies), near-copies removed, + planted copies',
  machine: { cpus: os.cpus().length, node: process.version },
  seed: SEED,
  documents: n,
  reutersNonEmpty: reutersAll.length,
  baseClean: {
    criterion: `word ${CLEAN_GRAM}-gram containment >= ${CLEAN_CONTAINMENT} either way, or a shared verbatim run of >= ${CLEAN_RUN_WORDS} words, or >= ${CLEAN_WORD_CONTAINMENT} word containment with all (>= ${CLEAN_MIN_FIGURES}) figures shared; greedy in publication order`,
    removed: clean.removed.length,
    removedByContainment: clean.removed.filter((r) => r.reason === 'containment').length,
    removedByPassage: clean.removed.filter((r) => r.reason === 'passage').length,
    removedBySameFacts: clean.removed.filter((r) => r.reason === 'same-facts').length,
    kept: reuters.length,
    seconds: +(clean.ms / 1000).toFixed(2),
  },
  reutersDocuments: n - plantedDocs.length,
  heldOutFillers: heldOut.size,
  perTypePlanted: PER_TYPE,
  planted: planted.length,
  seconds: +(full.ms / 1000).toFixed(2),
  cpuSeconds: +(full.cpuMs / 1000).toFixed(2),
  loadAverage1m: +os.loadavg()[0].toFixed(2),
  secondsPer10k: +((full.ms / 1000) * (10000 / n)).toFixed(2),
  cpuSecondsPer10k: +((full.cpuMs / 1000) * (10000 / n)).toFixed(2),
  docsPerSecond: Math.round(n / (full.ms / 1000)),
  candidatePairs: full.stats.candidatePairs,
  allPairs: (n * (n - 1)) / 2,
  candidateShareOfAllPairs: full.stats.candidatePairs / ((n * (n - 1)) / 2),
  links: full.links.length,
  perType: rows,
  scaling,
  natural: {
    documents: reutersAll.length,
    seconds: +(natural.ms / 1000).toFixed(2),
    cpuSeconds: +(natural.cpuMs / 1000).toFixed(2),
    candidatePairs: natural.stats.candidatePairs,
    links: natural.links.length,
    perType: naturalPerType,
  },
  falsePositives,
};
mkdirSync(resolve(here, 'out'), { recursive: true });
// DUMP=1 (development): the alignment measures of every planted pair, found or not.
if (process.env.DUMP === '1') {
  const dump = planted.map((p) => ({
    ...p,
    link: found.get(pairKey(p.from, p.to)) ?? null,
    ...details(p, byId),
    fromText: byId.get(p.from).text,
    toText: byId.get(p.to).text,
  }));
  writeFileSync(resolve(here, 'out/copies-planted.json'), JSON.stringify(dump));
}
writeFileSync(resolve(here, 'out/copies.json'), JSON.stringify(result, null, 2));
writeFileSync(resolve(here, 'out/copies-removed.json'), JSON.stringify(clean.removed, null, 1));
writeFileSync(resolve(here, 'out/copies-reuters-sample.json'), JSON.stringify(naturalSample, null, 2));

const pad = (v, w) => String(v ?? '-').padStart(w);
const bc = result.baseClean;
console.log(
  `base: ${reutersAll.length} Reuters stories with a body; ${bc.removed} near-copies removed (${bc.removedByContainment} by 8-gram containment, ${bc.removedByPassage} by a ≥ ${CLEAN_RUN_WORDS}-word shared run, ${bc.removedBySameFacts} by same figures in the same words) in ${bc.seconds} s; ${bc.kept} kept, ${heldOut.size} held out as excerpt fillers`,
);
console.log(
  `copy detection — ${n} documents (${planted.length} planted pairs, ${PER_TYPE} per type), ${result.seconds} s total (${result.cpuSeconds} s CPU, load ${result.loadAverage1m}), ${result.secondsPer10k} s per 10k docs (${result.cpuSecondsPer10k} s CPU), ${result.docsPerSecond} docs/s`,
);
console.log(
  `candidate pairs verified: ${result.candidatePairs} of ${result.allPairs} possible (${(result.candidateShareOfAllPairs * 100).toFixed(4)} %)`,
);
console.log('every unplanted link counts as a false positive');
console.log('');
console.log(
  'type        planted  found  recall  precision  direction  predicted  false+  unplanted(base-base)  confused as',
);
for (const r of rows)
  console.log(
    `${r.type.padEnd(11)} ${pad(r.planted, 7)} ${pad(r.detectedAnyType, 6)} ${pad(r.recall, 7)} ${pad(r.precision, 10)} ${pad(r.directionAccuracy, 10)} ${pad(r.predicted, 10)} ${pad(r.falsePositives, 7)} ${pad(`${r.unplanted}(${r.unplantedBaseOnly})`, 21)}  ${JSON.stringify(r.confusedAs)}`,
  );
console.log('');
console.log('scaling:  documents  seconds  cpu s  candidate pairs  all pairs');
for (const s of scaling)
  console.log(
    `         ${pad(s.documents, 9)} ${pad(s.seconds, 8)} ${pad(s.cpuSeconds, 6)} ${pad(s.candidatePairs, 16)} ${pad(s.allPairs, 11)}`,
  );
console.log('');
const nat = result.natural;
console.log(
  `untouched Reuters (${nat.documents} stories, nothing removed or planted): ${nat.links} links in ${nat.seconds} s (${nat.cpuSeconds} s CPU), ${nat.candidatePairs} candidate pairs`,
);
for (const t of TYPES)
  console.log(
    `  ${t.padEnd(11)} ${pad(nat.perType[t].links, 6)}  (near-copy by the 8-gram criterion too: ${nat.perType[t].alsoNearCopyByCriterion})`,
  );
console.log(
  'sample of 20 natural links: bench/out/copies-reuters-sample.json; false positives: bench/out/copies.json',
);
