#!/usr/bin/env node
// The attribution stage's share of ingest time (issue 14 asks attribution to add <= 10%): the
// annotate stage run in-process on Reuters stories, each step timed (sentences, entities,
// times+amounts, quotes, events, relations), and within quotes the dependency-parse reader
// (src/extract/quotes-en-syntax.ts: units tagged, units parsed, tokens, ms; the English model
// load is counted once, apart). Store writes and cleaning are not in the denominator, so the share
// printed is an upper bound of the share of `orbit ingest` time. Reported, never asserted.
//
//   node bench/attribution-speed.mjs [--docs N]     (after npm run build)
//
// Prints one JSON line: {"attributionSpeed":{docs, annotateMs, quotesMs, quotesShare, tree:{…}}}
import { existsSync } from 'node:fs';
import { REUTERS_DIR, loadReuters } from './reuters.mjs';

const args = process.argv.slice(2);
const n = args.includes('--docs') ? Number(args[args.indexOf('--docs') + 1]) : 1000;
if (!existsSync(REUTERS_DIR)) {
  console.log(JSON.stringify({ skipped: `Reuters not found at ${REUTERS_DIR}` }));
  process.exit(0);
}
const stories = loadReuters(n).map((d) => ({ text: `${d.title}\n\n${d.body}`, published: null }));
const { splitSentences } = await import('../dist/nlp/sentences.js');
const { extractTimes } = await import('../dist/nlp/time.js');
const { extractAmounts } = await import('../dist/nlp/amounts.js');
const { extractEntities } = await import('../dist/extract/mentions.js');
const { extractQuotes } = await import('../dist/extract/quotes.js');
const { extractEvents } = await import('../dist/extract/events.js');
const { extractRelations } = await import('../dist/extract/relations.js');
const { loadGazetteer } = await import('../dist/resolve/gazetteer.js');
const { pipelineFor } = await import('../dist/nlp/analyze.js');
const { treeStats } = await import('../dist/extract/quotes-en-syntax.js');

const gaz = loadGazetteer();
let t = performance.now();
pipelineFor('en'); // the English models, loaded once per process (as in a worker)
const modelLoadMs = performance.now() - t;
treeStats.ms = 0;

const ms = { sentences: 0, entities: 0, timesAmounts: 0, quotes: 0, events: 0, relations: 0 };
let quotes = 0;
for (const { text, published } of stories) {
  t = performance.now();
  const sentences = splitSentences(text);
  ms.sentences += performance.now() - t;
  t = performance.now();
  const { entities, mentions } = extractEntities(text, sentences, gaz, { published });
  ms.entities += performance.now() - t;
  t = performance.now();
  const times = extractTimes(text, published, sentences);
  extractAmounts(text);
  ms.timesAmounts += performance.now() - t;
  t = performance.now();
  const qs = extractQuotes(text, sentences, entities, mentions, { published, gazetteer: gaz });
  ms.quotes += performance.now() - t;
  quotes += qs.length;
  t = performance.now();
  extractEvents(text, sentences, entities, mentions, times, published, { language: 'en', quotes: qs });
  ms.events += performance.now() - t;
  t = performance.now();
  extractRelations(text, sentences, entities, mentions);
  ms.relations += performance.now() - t;
}
const annotateMs = Object.values(ms).reduce((a, b) => a + b, 0);
const r = (x) => Math.round(x);
console.log(
  JSON.stringify({
    attributionSpeed: {
      docs: stories.length,
      quotes,
      annotateMs: r(annotateMs),
      stepsMs: Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, r(v)])),
      quotesShareOfAnnotate: +(ms.quotes / annotateMs).toFixed(3),
      tree: { ...treeStats, ms: r(treeStats.ms) },
      modelLoadMs: r(modelLoadMs),
    },
  }),
);
