/**
 * CLI commands of the distributed mode: `orbit worker`, `orbit queue status|corpus|install`, and
 * `orbit ingest --enqueue` (runEnqueue). `orbit migrate` also installs the queue's schema when
 * ORBIT_DATABASE_URL is set.
 */
import { InvalidArgumentError, type Command, type Option } from 'commander';
import { Store } from '../store/store.js';
import { EXIT, failureLine, json, table } from '../cli/output.js';
import { workerConfig } from './config.js';
import { corpusState } from './corpus-job.js';
import { enqueuePaths, type EnqueueSummary } from './enqueue.js';
import { CORPUS_QUEUE, openQueue, queueCounts } from './queue.js';
import { startWorker } from './worker.js';

const int = (name: string, min: number, max: number) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new InvalidArgumentError(`${name} must be an integer between ${min} and ${max}`);
  return n;
};

/** `orbit ingest --enqueue PATH...`: queue the inputs for workers; exit 1 when some inputs failed to read. */
export async function runEnqueue(
  paths: string[],
  opts: { json?: boolean; quiet?: boolean; maxBytes?: number },
): Promise<number> {
  const cfg = workerConfig();
  const store = await Store.open({ url: cfg.url });
  let summary: EnqueueSummary;
  try {
    const queue = await openQueue(cfg);
    try {
      summary = await enqueuePaths(store, queue, cfg, paths, { maxBytes: opts.maxBytes });
    } finally {
      await queue.boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    }
  } finally {
    await store.close();
  }
  if (opts.json) json(summary);
  else {
    for (const f of summary.failures) process.stderr.write(failureLine(f));
    if (!opts.quiet) {
      process.stdout.write(
        `queued ${summary.queuedDocuments} documents in ${summary.queuedJobs} jobs (${summary.existingJobs} jobs already queued, ` +
          `${summary.alreadyPresent} documents already stored), failed ${summary.failed} (${summary.files} input files, ${summary.seconds.toFixed(1)} s)\n`,
      );
    }
  }
  return summary.failed > 0 ? EXIT.PARTIAL : EXIT.OK;
}

export function registerWorkerCommands(program: Command, dataOpt: () => Option): void {
  void dataOpt; // the queue needs PostgreSQL; --data (embedded store) does not apply here

  program
    .command('worker')
    .description('run ingest and corpus jobs from the PostgreSQL job queue (needs ORBIT_DATABASE_URL)')
    .option(
      '--concurrency <n>',
      'ingest jobs at a time in this process (default ORBIT_WORKER_CONCURRENCY or 2)',
      int('--concurrency', 1, 64),
    )
    .addHelpText(
      'after',
      `
Examples:
  $ export ORBIT_DATABASE_URL=postgres://orbit@db:5432/orbit
  $ orbit ingest --enqueue 'feeds/**/*.xml'
  $ orbit worker --concurrency 2

Stops gracefully on SIGTERM or SIGINT (jobs in flight finish). A worker killed outright loses
nothing: its job expires after ORBIT_JOB_EXPIRE_SECONDS and another worker retries it.`,
    )
    .action(async (o: { concurrency?: number }) => {
      const cfg = workerConfig(process.env, { concurrency: o.concurrency });
      const handle = await startWorker(cfg);
      await new Promise<void>((resolve) => {
        const onSignal = () => {
          process.off('SIGTERM', onSignal);
          process.off('SIGINT', onSignal);
          void handle.stop().then(resolve);
        };
        process.on('SIGTERM', onSignal);
        process.on('SIGINT', onSignal);
      });
    });

  const queue = program
    .command('queue')
    .description('inspect and drive the job queue (needs ORBIT_DATABASE_URL)');
  queue
    .command('status')
    .description('jobs per queue and state, and whether the corpus facts are up to date')
    .option('--json', 'print JSON')
    .action(async (o: { json?: boolean }) => {
      const cfg = workerConfig();
      const store = await Store.open({ url: cfg.url });
      try {
        const q = await openQueue(cfg);
        try {
          const counts = await queueCounts(q);
          const corpus = await corpusState(store);
          const documents = await store.documentCount();
          if (o.json) json({ queues: counts, corpus, documents });
          else {
            process.stdout.write(
              `${table(
                Object.entries(counts).map(([name, c]) => [
                  name,
                  String(c.created),
                  String(c.retry),
                  String(c.active),
                  String(c.completed),
                  String(c.failed),
                ]),
                ['queue', 'created', 'retry', 'active', 'completed', 'failed'],
              )}\n`,
            );
            process.stdout.write(
              `documents ${documents}; corpus generation ${corpus.generation}, built ${corpus.built ?? 'never'}${corpus.builtAt ? ` at ${corpus.builtAt}` : ''}\n`,
            );
          }
        } finally {
          await q.boss.stop({ graceful: false, wait: true }).catch(() => undefined);
        }
      } finally {
        await store.close();
      }
    });
  queue
    .command('corpus')
    .description('queue a forced corpus rebuild (entities, stories, alignment); a worker runs it')
    .action(async () => {
      const cfg = workerConfig();
      const q = await openQueue(cfg);
      try {
        const id = await q.boss.send(
          CORPUS_QUEUE,
          { force: true },
          { expireInSeconds: cfg.corpusExpireSeconds, retryLimit: cfg.retryLimit },
        );
        process.stdout.write(id ? `queued corpus job ${id}\n` : 'a corpus job is already queued\n');
      } finally {
        await q.boss.stop({ graceful: false, wait: true }).catch(() => undefined);
      }
    });
  queue
    .command('install')
    .description(
      "create or upgrade the queue's schema (also done by `orbit migrate`, `orbit worker` and `--enqueue`)",
    )
    .action(async () => {
      const q = await openQueue(workerConfig());
      process.stdout.write(`queue schema ${q.schema} is ready\n`);
      await q.boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    });

  // `orbit migrate` on a server also installs the queue, so one command prepares a deployment.
  const migrate = program.commands.find((c) => c.name() === 'migrate');
  migrate?.hook('postAction', async () => {
    if (!process.env.ORBIT_DATABASE_URL) return;
    const q = await openQueue(workerConfig());
    process.stdout.write(`queue schema ${q.schema} is ready\n`);
    await q.boss.stop({ graceful: false, wait: true }).catch(() => undefined);
  });
}
