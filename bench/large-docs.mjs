// Large documents: how time and memory grow with the length of one prose document (0.25–8 MB),
// stage by stage, into an embedded store that already holds the examples. Each size runs in its
// own process (peak RSS is per process). The corpus stage is what `orbit ingest` runs after a
// batch (refreshCorpus: an incremental update, or the rebuild it falls back to; its mode and reason
// are recorded). Also: one-article ingests before and after the large document, wall and CPU
// seconds (later ingests must not get slower), and the data folder's size.
//
//   npm run build && node bench/large-docs.mjs [--sizes 0.25,0.5,1,2,4,8,10] [--threads N]
//
// --threads: processing threads for the annotation of the document's sections (default: what
// ingest uses, ORBIT_INGEST_THREADS else min(2, cores - 1); 0 = all on the main thread).
//
// Results: bench/out/large-docs.json (and the last stdout line), recorded by bench/run.mjs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { article, generateProse, prng, render } from './gen-corpus.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const dist = (p) => import(join(ROOT, 'dist', p));

/** Bytes under a folder (the data folder's size on disk, as `du` would count files). */
function folderBytes(dir) {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    n += e.isDirectory() ? folderBytes(p) : statSync(p).size;
  }
  return n;
}

const secs = (t0) => +((performance.now() - t0) / 1000).toFixed(2);
/** CPU seconds of this process (all its threads, the embedded store's included): on a shared
 * machine the wall time says as much about the neighbours as about Orbit. */
const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const cpuSecs = (c0) => +(cpuNow() - c0).toFixed(2);
/** CPU seconds of the main thread alone (Linux: /proc/self/task/<pid>/stat), else null. */
const mainThreadCpu = () => {
  try {
    const f = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(f[11]) + Number(f[12])) / 100; // utime + stime, in clock ticks of 1/100 s
  } catch {
    return null;
  }
};

/** One size, in this process. */
async function measure(mb, threadsArg) {
  const { parseBytes } = await dist('ingest/index.js');
  const { cleanDocument } = await dist('clean/index.js');
  const { ingestOutcomes, ingestPaths, processLongDocument, refreshCorpus } = await dist('pipeline.js');
  const { ProcessPool, defaultIngestThreads } = await dist('pipeline/process-pool.js');
  const threads = threadsArg === undefined ? defaultIngestThreads() : Number(threadsArg);
  const { linkNewDocuments } = await dist('link/store-link.js');
  const { Store } = await dist('store/store.js');
  const dir = mkdtempSync(join(tmpdir(), 'orbit-large-'));
  const data = join(dir, 'store');
  const store = await Store.open({ data });
  await ingestPaths(store, [join(ROOT, 'examples')]);
  const r = prng(Math.round(mb * 1000));
  const oneArticleCpu = [];
  const oneArticle = async (i) => {
    const t0 = performance.now();
    const c0 = cpuNow();
    const s = await ingestOutcomes(
      store,
      [parseBytes(`one-${i}.txt`, Buffer.from(render(article(r, i), 'txt')))],
      1,
    );
    if (s.ingested !== 1)
      throw new Error(`one-article ingest stored ${s.ingested}: ${JSON.stringify(s.failures)}`);
    oneArticleCpu.push(cpuSecs(c0));
    return secs(t0);
  };
  const before = [await oneArticle(1), await oneArticle(2)];
  const folderBefore = folderBytes(data);

  const bytes = Buffer.from(generateProse(mb * 1048576));
  const stages = {};
  const cpu = {};
  let t0 = performance.now();
  let c0 = cpuNow();
  const [o] = parseBytes('large-report.txt', bytes);
  stages.read = secs(t0);
  cpu.read = cpuSecs(c0);
  t0 = performance.now();
  c0 = cpuNow();
  const articleOut = cleanDocument(o.doc);
  stages.clean = secs(t0);
  cpu.clean = cpuSecs(c0);
  // Clean + annotate as ingest does it (processLongDocument: the sections of a long document on
  // a processing thread and this one at once; --threads 0: all here). The document is cleaned
  // again in there, so annotation is that time less the clean stage above.
  t0 = performance.now();
  c0 = cpuNow();
  const m0 = mainThreadCpu();
  const pool = new ProcessPool(threads);
  // no time budget here (the default, 300 s, would end a 10 MB document on a busy machine)
  const { attempt } = await processLongDocument(o.doc, { timeoutSeconds: 1e6 }, pool);
  await pool.close();
  if (!attempt.ok) throw new Error(`processing failed: ${attempt.code} ${attempt.message}`);
  const ann = attempt.annotations;
  stages.annotate = +(secs(t0) - stages.clean).toFixed(2);
  cpu.annotate = +(cpuSecs(c0) - cpu.clean).toFixed(2);
  // On two idle cores the annotation takes about the larger of the two threads' CPU times.
  const m1 = mainThreadCpu();
  const annotateMainThreadCpu = m0 === null || m1 === null ? null : +(m1 - m0 - cpu.clean).toFixed(2);
  t0 = performance.now();
  c0 = cpuNow();
  await store.transaction(async (tx) => {
    // every statement on the transaction (the store bound to it), as ingestBatch does
    const bound = store.within(tx);
    await bound.insertDocuments([{ raw: o.doc, article: articleOut, ann }]);
    await linkNewDocuments(bound, [articleOut]);
    await bound.bumpCorpusGeneration();
  });
  stages.store = secs(t0);
  cpu.store = cpuSecs(c0);
  t0 = performance.now();
  c0 = cpuNow();
  const refresh = await refreshCorpus(store);
  stages.corpus = secs(t0);
  cpu.corpus = cpuSecs(c0);
  const total = +Object.values(stages)
    .reduce((a, b) => a + b, 0)
    .toFixed(2);
  const after = [await oneArticle(3), await oneArticle(4), await oneArticle(5)];
  const folderAfter = folderBytes(data);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  return {
    mb,
    threads,
    bytes: bytes.length,
    characters: articleOut.text.length,
    mentions: ann.mentions.length,
    quotes: ann.quotes.length,
    events: ann.events.length,
    seconds: total,
    stages,
    cpuSeconds: +Object.values(cpu)
      .reduce((a, b) => a + b, 0)
      .toFixed(2),
    cpuStages: cpu,
    annotateMainThreadCpu,
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    corpusMode: refresh.mode,
    ...(refresh.reason ? { corpusReason: refresh.reason } : {}),
    oneArticleSeconds: { before, after },
    oneArticleCpuSeconds: { before: oneArticleCpu.slice(0, 2), after: oneArticleCpu.slice(2) },
    dataFolderMB: {
      before: +(folderBefore / 1048576).toFixed(1),
      after: +(folderAfter / 1048576).toFixed(1),
    },
  };
}

async function main() {
  const args = process.argv.slice(2);
  const opt = (n, d) => (args.includes(n) ? args[args.indexOf(n) + 1] : d);
  if (args.includes('--child')) {
    process.stdout.write(`${JSON.stringify(await measure(Number(opt('--child', 1)), opt('--threads')))}\n`);
    return;
  }
  const sizes = opt('--sizes', '0.25,0.5,1,2,4,8,10').split(',').map(Number);
  const runs = [];
  const before = loadavg();
  for (const mb of sizes) {
    process.stderr.write(`large-docs: ${mb} MB…\n`);
    const r = spawnSync(
      process.execPath,
      [
        '--max-old-space-size=4096',
        import.meta.filename,
        '--child',
        String(mb),
        ...(args.includes('--threads') ? ['--threads', opt('--threads')] : []),
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 16 << 20 },
    );
    const last = r.stdout.trim().split('\n').pop() ?? '';
    try {
      runs.push(JSON.parse(last));
    } catch {
      runs.push({ mb, error: `exit ${r.status}: ${r.stdout.slice(-500)}` });
    }
    process.stderr.write(`  ${last}\n`);
  }
  // Linear growth: seconds per MB should stay flat from the smallest to the largest size.
  const ok = runs.filter((x) => !x.error);
  const perMb = ok.map((x) => ({
    mb: x.mb,
    secondsPerMB: +(x.seconds / x.mb).toFixed(2),
    cpuSecondsPerMB: +(x.cpuSeconds / x.mb).toFixed(2),
  }));
  const out = {
    runs,
    secondsPerMB: perMb,
    growth:
      ok.length > 1 ? +(ok.at(-1).seconds / ok.at(-1).mb / (ok[0].seconds / ok[0].mb)).toFixed(2) : null,
    cpuGrowth:
      ok.length > 1
        ? +(ok.at(-1).cpuSeconds / ok.at(-1).mb / (ok[0].cpuSeconds / ok[0].mb)).toFixed(2)
        : null,
    loadavgBefore: before,
    loadavgAfter: loadavg(),
    date: new Date().toISOString(),
  };
  mkdirSync(join(ROOT, 'bench', 'out'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'out', 'large-docs.json'), `${JSON.stringify(out, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
