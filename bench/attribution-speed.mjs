#!/usr/bin/env node
// The attribution stage's share of ingest time (issue 14 asks attribution to add <= 10%): the
// annotate stage run in-process on Reuters stories, each step timed (sentences, entities,
// times+amounts, quotes, events, relations), and within quotes the dependency-parse reader
// (src/extract/quotes-en-syntax.ts: units tagged, units parsed, tokens, ms; the English model
// load is counted once, apart). Store writes and cleaning are not in the denominator, so the share
// printed is an upper bound of the share of `orbit ingest` time. Reported, never asserted.
//
// The quote step pays for the sentence parses it asks for first, and the event step then gets
// the same Docs from the language layer's recent-Doc cache (src/nlp/analyze.ts): the step times
// overstate what attribution adds. `marginal` measures it: the annotate loop run in two fresh
// processes, with and without the quote step (events then get no quotations), in CPU time
// (process.cpuUsage, so a loaded machine inflates both alike); share = (with - without) / with.
//
//   node bench/attribution-speed.mjs [--docs N] [--no-marginal]     (after npm run build)
//   node bench/attribution-speed.mjs --docs N --cpu-only [--without-quotes]   (one child run)
//
// Prints one JSON line: {"attributionSpeed":{docs, annotateMs, stepsMs, quotesShareOfAnnotate,
// tree:{…}, marginal:{withQuotesCpuMs, withoutQuotesCpuMs, share}}}
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { REUTERS_DIR, loadReuters } from './reuters.mjs';

const args = process.argv.slice(2);
const n = args.includes('--docs') ? Number(args[args.indexOf('--docs') + 1]) : 1000;
const cpuOnly = args.includes('--cpu-only');
const withoutQuotes = args.includes('--without-quotes');
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
const cpu0 = process.cpuUsage();

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
  const qs = withoutQuotes
    ? []
    : extractQuotes(text, sentences, entities, mentions, { published, gazetteer: gaz });
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
if (cpuOnly) {
  const u = process.cpuUsage(cpu0);
  console.log(JSON.stringify({ cpuMs: r((u.user + u.system) / 1000), quotes }));
  process.exit(0);
}
/** The annotate loop's CPU time in a fresh process, with or without the quote step. */
function child(without) {
  const argv = [
    import.meta.filename,
    '--docs',
    String(n),
    '--cpu-only',
    ...(without ? ['--without-quotes'] : []),
  ];
  const p = spawnSync(process.execPath, argv, { encoding: 'utf8' });
  const line = (p.stdout ?? '').trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line).cpuMs;
  } catch {
    return null;
  }
}
let marginal = null;
if (!args.includes('--no-marginal')) {
  const withQ = child(false);
  const withoutQ = child(true);
  marginal =
    withQ && withoutQ
      ? {
          withQuotesCpuMs: withQ,
          withoutQuotesCpuMs: withoutQ,
          share: +((withQ - withoutQ) / withQ).toFixed(3),
        }
      : null;
}
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
      marginal,
    },
  }),
);
