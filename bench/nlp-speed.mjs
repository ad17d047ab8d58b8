#!/usr/bin/env node
// Speed and memory of the language layer (`npm run bench`, entry "nlp"; reported, not asserted):
// model load time, RSS growth, and the throughput of analyze(text, 'en') (tokenizer, tagger,
// parser) followed by the NER (recognizeNames over the same Doc, with the gazetteer's typed name
// list, as the mention extractor calls it) on Reuters stories. Throughput is given per CPU
// second of this single-threaded process (the one-core figure the issue asks for; the machine is
// shared, so wall time says more about the neighbours) and per wall second; `nlpTokensPerCpuSecond`
// is tagger+parser+NER (the figure), the others split it by stage.
//
//   node bench/nlp-speed.mjs [--docs N] [--no-ner]
import { existsSync } from 'node:fs';
import { REUTERS_DIR, loadReuters } from './reuters.mjs';

const args = process.argv.slice(2);
const docs = args.includes('--docs') ? Number(args[args.indexOf('--docs') + 1]) : 2000;
const withNer = !args.includes('--no-ner');
if (!existsSync(REUTERS_DIR)) {
  console.log(JSON.stringify({ skipped: `Reuters not found at ${REUTERS_DIR}` }));
  process.exit(0);
}
const stories = loadReuters(docs).map((d) => `${d.title}\n\n${d.body}`);
const { analyze, pipelineFor } = await import('../dist/nlp/analyze.js');
const { tokenize } = await import('../dist/nlp/tokenize.js');
const { englishNerModel, recognizeNames } = await import('../dist/nlp/ner.js');
// the typed name list is built from the gazetteer once per process, outside the model load
const lexicon = withNer
  ? (await import('../dist/resolve/ner-lexicon.js')).nerLexiconOf(
      (await import('../dist/resolve/gazetteer.js')).loadGazetteer(),
    )
  : null;

const cpuMs = (u) => (u.user + u.system) / 1000;
globalThis.gc?.();
const rss0 = process.memoryUsage().rss;
let w = performance.now();
let c = process.cpuUsage();
const pipeline = pipelineFor('en');
const ner = withNer ? englishNerModel() : null;
const loadWallMs = performance.now() - w;
const loadCpuMs = cpuMs(process.cpuUsage(c));
const rssAfterLoad = process.memoryUsage().rss;

// tokenizer alone, to separate its cost from the models'
c = process.cpuUsage();
let tokens = 0;
for (const s of stories) tokens += tokenize(s, 'en').length;
const tokenizeCpuMs = cpuMs(process.cpuUsage(c));

w = performance.now();
c = process.cpuUsage();
let peak = rssAfterLoad;
let tagged = 0;
let names = 0;
let nerCpuMs = 0;
for (let i = 0; i < stories.length; i++) {
  const doc = analyze(stories[i], 'en');
  if (doc.parsed) tagged += doc.length;
  if (ner) {
    const n = process.cpuUsage();
    names += recognizeNames(doc, 'en', lexicon)?.length ?? 0;
    nerCpuMs += cpuMs(process.cpuUsage(n));
  }
  if (i % 200 === 0) peak = Math.max(peak, process.memoryUsage().rss);
}
const totalCpuMs = cpuMs(process.cpuUsage(c));
const analyzeCpuMs = totalCpuMs - nerCpuMs;
const analyzeWallMs = performance.now() - w;
peak = Math.max(peak, process.memoryUsage().rss);
const MB = (b) => Math.round(b / 1e5) / 10;
console.log(
  JSON.stringify({
    docs: stories.length,
    tokens,
    components: Object.entries(pipeline)
      .filter(([, v]) => v)
      .map(([k, v]) => `${k}:${v.name}`)
      .concat(ner ? ['ner:ner-en'] : []),
    parsedTokens: tagged,
    names: ner ? names : null,
    loadMs: Math.round(loadWallMs),
    loadCpuMs: Math.round(loadCpuMs),
    // tagger + parser + NER (the tokenizer's share taken out): the one-core figure
    nlpTokensPerCpuSecond: ner ? Math.round(tokens / (Math.max(1, totalCpuMs - tokenizeCpuMs) / 1000)) : null,
    nerTokensPerCpuSecond: ner ? Math.round(tokens / (Math.max(1, nerCpuMs) / 1000)) : null,
    // analyze() alone: tokenizer, tagger and parser, then tagger and parser without the tokenizer
    tokensPerCpuSecond: Math.round(tokens / (analyzeCpuMs / 1000)),
    modelTokensPerCpuSecond: Math.round(tokens / (Math.max(1, analyzeCpuMs - tokenizeCpuMs) / 1000)),
    tokensPerWallSecond: Math.round(tokens / (analyzeWallMs / 1000)),
    rssModelsMB: MB(rssAfterLoad - rss0),
    rssPeakGrowthMB: MB(peak - rss0),
  }),
);
