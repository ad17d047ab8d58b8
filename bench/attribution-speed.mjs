#!/usr/bin/env node
// What attribution adds to ingest time (issue 14 asks <= 10% in `npm run bench`).
//
// `marginal.ingest` is the figure for the acceptance line: `orbit ingest`'s own code
// (src/pipeline.ts ingestPaths: read, clean, annotate, resolve, store, copy links, corpus facts)
// loading Reuters stories, as JSON Lines feed files, into a fresh embedded (PGlite) store, in
// fresh processes with and without attribution (the ingest option `attribution: false`: no
// quotation stage, events then see no quotations). CPU time of the ingest call
// (process.cpuUsage: a loaded machine inflates both sides alike; the store runs in-process), each
// side `--repeat` times alternately and its fastest run kept; share = (with - without) / with.
// `marginal.cleanAnnotate` is the same for the per-document stages alone (src/pipeline.ts
// processDocument: clean + annotate, no store): an upper bound of the ingest share. The English
// models are loaded before the clock starts in both, as a worker holds them.
//
// The rest is for finding where the time goes, in this process: per-stage wall times of annotate
// (its `timings`), the quote stage's share of annotate, the dependency-parse reader of quotes
// (src/extract/quotes-en-syntax.ts treeStats: units tagged, units parsed, tokens parsed, ms,
// units whose parse gave or mended an attribution), what
// the models did for all stages (src/nlp/sentence-docs.ts sentenceDocStats; the children print it
// too, so with minus without is what attribution asked of them), and `quoteLogicCpuMs`: the quote
// stage's own code with every sentence already tagged and parsed (fastest of 5 rounds).
// `cpu` splits attribution's marginal time in this process, on a CPU clock (with and without,
// alternately): the models' share (tagging and parsing asked for by attribution, net of what the
// event stage would have asked anyway) and the rest, with each stage's difference.
// The quote stage's step time includes sentences it tags and parses first that the event stage
// then reads from the document's shared sentence Docs (src/nlp/sentence-docs.ts): step times
// overstate what attribution adds; `marginal` does not.
//
//   node bench/attribution-speed.mjs [--docs N] [--repeat R] [--no-marginal] [--no-ingest] [--no-cpu]
//   node bench/attribution-speed.mjs --docs N --child ingest|annotate [--without-attribution]
//
// Prints one JSON line: {"attributionSpeed":{docs, quotes, cleanMs, annotateMs, stepsMs,
// quotesShareOfAnnotate, tree:{…}, models:{…}, quoteLogicCpuMs, cpu:{with, without, marginal:{share,
// cpuMs, models, rest, stages}}, modelLoadMs, marginal:{ingest:{withCpuMs, withoutCpuMs, share,
// runs}, cleanAnnotate:{…}}}}   (after npm run build)
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REUTERS_DIR, loadReuters } from './reuters.mjs';

const args = process.argv.slice(2);
const arg = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const n = Number(arg('--docs', 1000));
const repeat = Math.max(1, Number(arg('--repeat', 2)));
const childKind = arg('--child', null);
const attribution = !args.includes('--without-attribution');
if (!existsSync(REUTERS_DIR)) {
  console.log(JSON.stringify({ skipped: `Reuters not found at ${REUTERS_DIR}` }));
  process.exit(0);
}
const { parseBytes } = await import('../dist/ingest/index.js');
const { cleanDocument } = await import('../dist/clean/index.js');
const { annotate } = await import('../dist/extract/annotate.js');
const { loadGazetteer } = await import('../dist/resolve/gazetteer.js');
const { pipelineFor } = await import('../dist/nlp/analyze.js');
const { treeStats } = await import('../dist/extract/quotes-en-syntax.js');
const { sentenceDocStats } = await import('../dist/nlp/sentence-docs.js');

// the stories as feed dumps of 1,000 (as bench/ingest.mjs writes them), read by the ingest reader
const lines = loadReuters(n).map((d) =>
  JSON.stringify({ title: d.title, body: d.body, date: d.date, url: `reuters:${d.newid}` }),
);
const feeds = [];
for (let i = 0; i < lines.length; i += 1000) feeds.push(`${lines.slice(i, i + 1000).join('\n')}\n`);

loadGazetteer();
let t = performance.now();
pipelineFor('en'); // the English models, loaded once per process (as in a worker)
const modelLoadMs = performance.now() - t;
treeStats.ms = 0;
const r = (x) => Math.round(x);
const cpuMs = (since) => {
  const u = process.cpuUsage(since);
  return r((u.user + u.system) / 1000);
};

if (childKind === 'ingest') {
  const { Store } = await import('../dist/store/store.js');
  const { ingestPaths } = await import('../dist/pipeline.js');
  const dir = mkdtempSync(join(tmpdir(), 'orbit-attrspeed-in-'));
  const data = mkdtempSync(join(tmpdir(), 'orbit-attrspeed-store-'));
  feeds.forEach((f, i) => writeFileSync(join(dir, `part-${String(i).padStart(3, '0')}.jsonl`), f));
  const store = await Store.open({ data });
  const cpu0 = process.cpuUsage();
  const summary = await ingestPaths(store, [dir], { attribution });
  const ms = cpuMs(cpu0);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(data, { recursive: true, force: true });
  console.log(JSON.stringify({ cpuMs: ms, documents: summary.ingested }));
  process.exit(0);
}

const raws = feeds.flatMap((f, i) =>
  parseBytes(`part-${i}.jsonl`, Buffer.from(f, 'utf8'))
    .filter((o) => o.ok)
    .map((o) => o.doc),
);
if (childKind === 'annotate') {
  const cpu0 = process.cpuUsage();
  let quotes = 0;
  for (const raw of raws) quotes += annotate(cleanDocument(raw), { attribution }).quotes.length;
  console.log(JSON.stringify({ cpuMs: cpuMs(cpu0), quotes, models: sentenceDocStats }));
  process.exit(0);
}

const timings = {};
let cleanMs = 0;
let quotes = 0;
for (const raw of raws) {
  t = performance.now();
  const article = cleanDocument(raw);
  cleanMs += performance.now() - t;
  quotes += annotate(article, { timings }).quotes.length;
}
const annotateMs = Object.values(timings).reduce((a, b) => a + b, 0);
// the annotate loop's figures, before the logic rounds below add to the counters
const tree = { ...treeStats, ms: r(treeStats.ms) };
const models = { ...sentenceDocStats, ms: r(sentenceDocStats.ms), cpuMs: r(sentenceDocStats.cpuMs) };

/**
 * Where attribution's marginal CPU time goes, in this process (warm, no store): the articles
 * annotated with and without attribution alternately, `repeat` rounds each, stage times on a CPU
 * clock; each side's fastest round kept. `marginal.models` is the models' CPU time attribution adds
 * (net of the sentences the event stage would have parsed anyway), `marginal.rest` the remainder
 * (the quote readers and resolver, the sentences' tokenization for the models, the garbage they
 * leave), `marginal.stages` each stage's difference (the stages other than quotes and events do
 * the same work on both sides: what they show is noise, or the caches and heap the others left).
 */
function cpuSplit() {
  const articles = raws.map((raw) => cleanDocument(raw));
  const clock = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const best = {};
  for (let i = 0; i < repeat; i++) {
    for (const side of ['with', 'without']) {
      const stages = {};
      const m0 = sentenceDocStats.cpuMs;
      const c0 = clock();
      for (const a of articles) annotate(a, { attribution: side === 'with', timings: stages, clock });
      const total = clock() - c0;
      if (best[side] && best[side].total <= total) continue;
      best[side] = { total, models: sentenceDocStats.cpuMs - m0, stages };
    }
  }
  const rounded = (x) => ({
    totalCpuMs: r(x.total),
    modelsCpuMs: r(x.models),
    stagesCpuMs: Object.fromEntries(Object.entries(x.stages).map(([k, v]) => [k, r(v)])),
  });
  const w = best.with;
  const wo = best.without;
  return {
    with: rounded(w),
    without: rounded(wo),
    marginal: {
      share: +((w.total - wo.total) / w.total).toFixed(3),
      cpuMs: r(w.total - wo.total),
      models: r(w.models - wo.models),
      rest: r(w.total - wo.total - (w.models - wo.models)),
      stages: Object.fromEntries(Object.keys(w.stages).map((k) => [k, r(w.stages[k] - (wo.stages[k] ?? 0))])),
    },
  };
}
const cpu = args.includes('--no-cpu') ? null : cpuSplit();

/**
 * The quote stage's own code, the models left out: extractQuotes re-run on every story whose
 * sentences are already tagged and parsed (shared SentenceDocs), fastest CPU time of 5 rounds.
 */
async function quoteLogicCpuMs() {
  const { splitSentences } = await import('../dist/nlp/sentences.js');
  const { extractEntities } = await import('../dist/extract/mentions.js');
  const { extractQuotes } = await import('../dist/extract/quotes.js');
  const { SentenceDocs } = await import('../dist/nlp/sentence-docs.js');
  const gaz = loadGazetteer();
  const docs = raws.map((raw) => {
    const a = cleanDocument(raw);
    const sentences = splitSentences(a.text, a.language);
    const { entities, mentions } = extractEntities(a.text, sentences, gaz, {
      published: a.published,
      language: a.language,
    });
    return {
      a,
      sentences,
      entities,
      mentions,
      sentenceDocs: new SentenceDocs(a.text, a.language, sentences),
    };
  });
  const round = () => {
    for (const d of docs)
      extractQuotes(d.a.text, d.sentences, d.entities, d.mentions, {
        published: d.a.published,
        gazetteer: gaz,
        sentenceDocs: d.sentenceDocs,
      });
  };
  round(); // tags and parses, once
  let best = Infinity;
  for (let k = 0; k < 5; k++) {
    const cpu0 = process.cpuUsage();
    round();
    best = Math.min(best, cpuMs(cpu0));
  }
  return best;
}
const quoteLogic = await quoteLogicCpuMs();

/** CPU time of one child run (`kind`: ingest or annotate) in a fresh process; null when it failed. */
function child(kind, withAttribution) {
  const argv = [import.meta.filename, '--docs', String(n), '--child', kind];
  if (!withAttribution) argv.push('--without-attribution');
  const p = spawnSync(process.execPath, ['--max-old-space-size=4096', ...argv], { encoding: 'utf8' });
  const line = (p.stdout ?? '').trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line).cpuMs ?? null;
  } catch {
    return null;
  }
}

/** With and without attribution, alternately, `repeat` times; each side's fastest run. */
function marginalOf(kind) {
  const runs = { with: [], without: [] };
  for (let i = 0; i < repeat; i++) {
    runs.with.push(child(kind, true));
    runs.without.push(child(kind, false));
  }
  const best = (xs) => (xs.every((x) => typeof x === 'number') ? Math.min(...xs) : null);
  const withCpuMs = best(runs.with);
  const withoutCpuMs = best(runs.without);
  if (!withCpuMs || !withoutCpuMs) return { error: 'a child run failed', runs };
  return { withCpuMs, withoutCpuMs, share: +((withCpuMs - withoutCpuMs) / withCpuMs).toFixed(3), runs };
}

const marginal = args.includes('--no-marginal')
  ? null
  : {
      ingest: args.includes('--no-ingest') ? null : marginalOf('ingest'),
      cleanAnnotate: marginalOf('annotate'),
    };
console.log(
  JSON.stringify({
    attributionSpeed: {
      docs: raws.length,
      quotes,
      cleanMs: r(cleanMs),
      annotateMs: r(annotateMs),
      stepsMs: Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, r(v)])),
      quotesShareOfAnnotate: +((timings.quotes ?? 0) / annotateMs).toFixed(3),
      tree,
      models,
      quoteLogicCpuMs: quoteLogic,
      cpu,
      modelLoadMs: r(modelLoadMs),
      marginal,
    },
  }),
);
