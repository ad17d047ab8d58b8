#!/usr/bin/env node
// Speed and memory of the language layer (`npm run bench`, entry "nlp"; reported, not asserted):
// model load time, RSS growth, and analyze(text, 'en') throughput (tokenizer, tagger, parser and
// whatever other components the English pipeline has, NER included once it is there) on Reuters
// stories. Throughput is given per CPU second of this single-threaded process (the one-core
// figure the issue asks for; the machine is shared, so wall time says more about the neighbours)
// and per wall second.
//
//   node bench/nlp-speed.mjs [--docs N]
import { existsSync } from 'node:fs';
import { REUTERS_DIR, loadReuters } from './reuters.mjs';

const args = process.argv.slice(2);
const docs = args.includes('--docs') ? Number(args[args.indexOf('--docs') + 1]) : 2000;
if (!existsSync(REUTERS_DIR)) {
  console.log(JSON.stringify({ skipped: `Reuters not found at ${REUTERS_DIR}` }));
  process.exit(0);
}
const stories = loadReuters(docs).map((d) => `${d.title}\n\n${d.body}`);
const { analyze, pipelineFor } = await import('../dist/nlp/analyze.js');
const { tokenize } = await import('../dist/nlp/tokenize.js');

const cpuMs = (u) => (u.user + u.system) / 1000;
globalThis.gc?.();
const rss0 = process.memoryUsage().rss;
let w = performance.now();
let c = process.cpuUsage();
const pipeline = pipelineFor('en');
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
for (let i = 0; i < stories.length; i++) {
  const doc = analyze(stories[i], 'en');
  if (doc.parsed) tagged += doc.length;
  if (i % 200 === 0) peak = Math.max(peak, process.memoryUsage().rss);
}
const analyzeCpuMs = cpuMs(process.cpuUsage(c));
const analyzeWallMs = performance.now() - w;
peak = Math.max(peak, process.memoryUsage().rss);
const MB = (b) => Math.round(b / 1e5) / 10;
console.log(
  JSON.stringify({
    docs: stories.length,
    tokens,
    components: Object.entries(pipeline)
      .filter(([, v]) => v)
      .map(([k, v]) => `${k}:${v.name}`),
    parsedTokens: tagged,
    loadMs: Math.round(loadWallMs),
    loadCpuMs: Math.round(loadCpuMs),
    tokensPerCpuSecond: Math.round(tokens / (analyzeCpuMs / 1000)),
    modelTokensPerCpuSecond: Math.round(tokens / (Math.max(1, analyzeCpuMs - tokenizeCpuMs) / 1000)),
    tokensPerWallSecond: Math.round(tokens / (analyzeWallMs / 1000)),
    rssModelsMB: MB(rssAfterLoad - rss0),
    rssPeakGrowthMB: MB(peak - rss0),
  }),
);
