/**
 * `orbit worker`: runs ingest jobs (`concurrency` at a time) and corpus jobs from the queue
 * until stopped. Logs one JSON line per job on stdout, and a final line with the peak RSS.
 */
import { Store } from '../store/store.js';
import type { WorkerConfig } from './config.js';
import { runCorpusJob } from './corpus-job.js';
import { IngestJobSchema, runIngestJob, type IngestJobData } from './ingest-job.js';
import { CORPUS_QUEUE, INGEST_QUEUE, openQueue, pendingJobs, requestCorpus, type Queue } from './queue.js';

export type WorkerLog = (line: Record<string, unknown>) => void;

export type WorkerHandle = {
  queue: Queue;
  store: Store;
  stats: {
    jobs: number;
    documents: number;
    ingested: number;
    failedJobs: number;
    corpusRuns: number;
    /** documents this worker's ingest jobs took into the corpus facts themselves */
    takenIn: number;
  };
  /** Stops fetching, waits for jobs in flight (up to timeoutMs), closes connections. */
  stop: (timeoutMs?: number) => Promise<void>;
};

const defaultLog: WorkerLog = (line) =>
  process.stdout.write(`${JSON.stringify({ t: new Date().toISOString(), pid: process.pid, ...line })}\n`);

export const maxRssMB = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

/** Tables whose planner statistics decide between an index lookup and a full scan per document. */
const HOT_TABLES = ['copy_keys', 'copy_sketches', 'documents', 'annotations', 'links'];

/**
 * ANALYZE the hot tables of this store when a fifth of their rows changed since the last
 * analyze. Autovacuum normally does this, but where it is off or lags behind a bulk ingest the
 * planner keeps the estimates of an empty table and the copy-candidate lookup scans all of
 * copy_keys (then copy_bands) for every document (measured: 118 ms instead of 1.2 ms at 3.7k documents).
 */
export async function analyzeIfStale(store: Store): Promise<string[]> {
  const rows = await store.db.query<{ relname: string }>(
    `select relname from pg_stat_user_tables
      where schemaname = current_schema() and relname = any($1::text[])
        and n_mod_since_analyze > greatest(500, 0.2 * n_live_tup)`,
    [HOT_TABLES],
  );
  for (const r of rows) await store.db.exec(`analyze ${r.relname.replace(/[^a-z_]/g, '')}`);
  return rows.map((r) => r.relname);
}

export async function startWorker(cfg: WorkerConfig, log: WorkerLog = defaultLog): Promise<WorkerHandle> {
  const store = await Store.open({ url: cfg.url });
  let queue: Queue;
  try {
    queue = await openQueue(cfg, {
      supervise: true,
      onError: (e) => log({ event: 'queue-error', message: e.message }),
    });
  } catch (e) {
    await store.close();
    throw e;
  }
  const stats = { jobs: 0, documents: 0, ingested: 0, failedJobs: 0, corpusRuns: 0, takenIn: 0 };
  let lastAnalyzeCheck = 0;

  const ingestHandler = async (jobs: { id: string; data: unknown }[]) => {
    for (const job of jobs) {
      const t0 = performance.now();
      const parsed = IngestJobSchema.safeParse(job.data);
      if (!parsed.success) {
        stats.failedJobs++;
        log({
          event: 'job-rejected',
          queue: INGEST_QUEUE,
          job: job.id,
          code: 'ORBIT_E_MALFORMED',
          message: parsed.error.issues[0]?.message,
        });
        // A malformed payload will not get better on retry; complete it with the reason.
        return { code: 'ORBIT_E_MALFORMED', issues: parsed.error.issues.slice(0, 5) };
      }
      let r;
      try {
        r = await runIngestJob(store, parsed.data as IngestJobData, {
          takeIn: cfg.corpus === 'inline',
          // under the corpus lock, before the update's first statement
          onUpdate: (documents) => log({ event: 'corpus-update', job: job.id, documents }),
        });
      } catch (e) {
        stats.failedJobs++;
        log({ event: 'job-failed', queue: INGEST_QUEUE, job: job.id, message: (e as Error).message });
        throw e; // the queue retries it
      }
      stats.jobs++;
      stats.documents += r.documents;
      stats.ingested += r.ingested;
      for (const f of r.failed) log({ event: 'document-failed', job: job.id, ...f });
      if (r.corpus?.mode === 'incremental') stats.takenIn += r.corpus.documents;
      // After the commit: ask for a corpus run (debounced; a no-op if another request is pending,
      // cheap when the job took its documents in: the run finds the facts up to date).
      await requestCorpus(queue, cfg);
      if (Date.now() - lastAnalyzeCheck > 10_000) {
        lastAnalyzeCheck = Date.now();
        const analyzed = await analyzeIfStale(store).catch(() => []);
        if (analyzed.length) log({ event: 'analyze', tables: analyzed });
      }
      log({
        event: 'job',
        queue: INGEST_QUEUE,
        job: job.id,
        documents: r.documents,
        ingested: r.ingested,
        present: r.alreadyPresent,
        failed: r.failed.length,
        links: r.links,
        recheckLinks: r.recheckLinks,
        ...r.timings,
        ...(r.corpus
          ? {
              corpus: r.corpus.mode,
              ...(r.corpus.mode === 'deferred' ? { corpusReason: r.corpus.reason } : {}),
              ...(r.corpus.mode === 'incremental' ? { corpusMs: r.corpus.update.ms } : {}),
              corpusSeconds: r.corpus.seconds,
            }
          : {}),
        ms: Math.round(performance.now() - t0),
        rssMB: Math.round(process.memoryUsage().rss / 1048576),
      });
      return r;
    }
    return null;
  };

  const corpusHandler = async (jobs: { id: string; data: unknown }[]) => {
    for (const job of jobs) {
      const force = !!(
        job.data &&
        typeof job.data === 'object' &&
        (job.data as { force?: unknown }).force === true
      );
      const r = await runCorpusJob(store, {
        url: cfg.url,
        force,
        minIntervalSeconds: cfg.corpusMinIntervalSeconds,
        pendingIngest: () => pendingJobs(queue, INGEST_QUEUE),
        onStep: (step) => log({ event: 'corpus-step', job: job.id, step }),
      });
      if (r.outcome === 'deferred') await requestCorpus(queue, cfg);
      if (r.outcome === 'rebuilt') stats.corpusRuns++;
      log({ event: 'corpus', job: job.id, ...r });
      return r;
    }
    return null;
  };

  const workOpts = { batchSize: 1, pollingIntervalSeconds: 0.5 };
  for (let i = 0; i < cfg.concurrency; i++) await queue.boss.work(INGEST_QUEUE, workOpts, ingestHandler);
  await queue.boss.work(CORPUS_QUEUE, workOpts, corpusHandler);
  log({ event: 'started', concurrency: cfg.concurrency, queueSchema: queue.schema });

  let stopping: Promise<void> | null = null;
  const stop = (timeoutMs = 30_000) => {
    stopping ??= (async () => {
      await queue.boss.stop({ graceful: true, wait: true, timeout: timeoutMs }).catch(() => undefined);
      await store.close().catch(() => undefined);
      log({ event: 'stopped', ...stats, maxRssMB: maxRssMB() });
    })();
    return stopping;
  };
  return { queue, store, stats, stop };
}
