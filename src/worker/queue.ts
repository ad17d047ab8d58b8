/**
 * The job queue: pg-boss on the same PostgreSQL server as the store. Chosen over graphile-worker
 * because every pg-boss job carries its own expiry (`expireInSeconds`): when a worker is
 * SIGKILLed, its active job is failed by the next maintenance pass and retried within
 * expiry + maintenance interval, instead of staying locked for hours.
 *
 * The queue's tables live in their own schema next to the store's: `pgboss` when the store is in
 * `public`, else `<store schema>_queue`, so several stores on one server (tests, tenants) never
 * share a queue.
 */
import type PgBoss from 'pg-boss';
import { OrbitError } from '../errors.js';
import type { WorkerConfig } from './config.js';

export const INGEST_QUEUE = 'orbit-ingest';
export const CORPUS_QUEUE = 'orbit-corpus';
/** Debounce key of the corpus job: one pending rebuild per time slot. */
export const CORPUS_KEY = 'corpus';

export type Queue = { boss: PgBoss; schema: string };

/** The schema the store's connections write to (honours `options=-c search_path=…` in the URL). */
export async function storeSchema(url: string): Promise<string> {
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ s: string }>('select current_schema() as s');
    return rows[0]?.s ?? 'public';
  } finally {
    await client.end();
  }
}

export function queueSchemaFor(store: string): string {
  return store === 'public' ? 'pgboss' : `${store}_queue`;
}

/**
 * Starts pg-boss (installing or upgrading its schema under its own advisory lock) and creates
 * Orbit's two queues. `supervise` runs the maintenance that expires jobs of dead workers.
 */
export async function openQueue(
  cfg: WorkerConfig,
  opts: { supervise?: boolean; onError?: (e: Error) => void } = {},
): Promise<Queue> {
  let schema: string;
  try {
    schema = queueSchemaFor(await storeSchema(cfg.url));
  } catch (e) {
    throw new OrbitError(
      'ORBIT_E_STORE',
      `cannot reach PostgreSQL for the job queue: ${(e as Error).message}`,
      'check ORBIT_DATABASE_URL and that the server is running',
    );
  }
  // Loaded on demand: every other CLI command starts without the queue library.
  const PgBossCtor = (await import('pg-boss')).default;
  const boss = new PgBossCtor({
    connectionString: cfg.url,
    schema,
    max: 4,
    supervise: opts.supervise ?? false,
    schedule: false,
    maintenanceIntervalSeconds: cfg.maintenanceSeconds,
    // Completed jobs stay visible for a day (monitoring, idempotent re-enqueue), then archive.
    archiveCompletedAfterSeconds: 24 * 3600,
  });
  boss.on('error', opts.onError ?? ((e: Error) => process.stderr.write(`queue error: ${e.message}\n`)));
  try {
    await boss.start();
    await boss.createQueue(INGEST_QUEUE, {
      name: INGEST_QUEUE,
      retryLimit: cfg.retryLimit,
      expireInSeconds: cfg.jobExpireSeconds,
    });
    await boss.createQueue(CORPUS_QUEUE, {
      name: CORPUS_QUEUE,
      retryLimit: cfg.retryLimit,
      expireInSeconds: cfg.corpusExpireSeconds,
    });
  } catch (e) {
    await boss.stop({ graceful: false, wait: false }).catch(() => undefined);
    throw new OrbitError('ORBIT_E_STORE', `cannot start the job queue: ${(e as Error).message}`);
  }
  return { boss, schema };
}

export type QueueCounts = Record<
  string,
  { created: number; retry: number; active: number; completed: number; failed: number; cancelled: number }
>;

/** Job counts per queue and state, straight from the queue's table (for `orbit queue status`). */
export async function queueCounts(q: Queue): Promise<QueueCounts> {
  const { rows } = await q.boss
    .getDb()
    .executeSql(
      `select name, state::text as state, count(*)::int as n from ${q.schema}.job where name = any($1::text[]) group by 1, 2`,
      [[INGEST_QUEUE, CORPUS_QUEUE]],
    );
  const out: QueueCounts = {};
  for (const name of [INGEST_QUEUE, CORPUS_QUEUE])
    out[name] = { created: 0, retry: 0, active: 0, completed: 0, failed: 0, cancelled: 0 };
  for (const r of rows as { name: string; state: keyof QueueCounts[string]; n: number }[]) {
    if (out[r.name] && r.state in out[r.name]) out[r.name][r.state] = Number(r.n);
  }
  return out;
}

/** Jobs not yet finished (created, retry or active) in one queue. */
export async function pendingJobs(q: Queue, name: string): Promise<number> {
  const { rows } = await q.boss
    .getDb()
    .executeSql(
      `select count(*)::int as n from ${q.schema}.job where name = $1 and state in ('created', 'retry', 'active')`,
      [name],
    );
  return Number((rows[0] as { n: number } | undefined)?.n ?? 0);
}

/** Asks for a corpus rebuild: at most one pending request per debounce slot. */
export async function requestCorpus(
  q: Queue,
  cfg: WorkerConfig,
  data: { force?: boolean } = {},
): Promise<string | null> {
  return q.boss.sendDebounced(
    CORPUS_QUEUE,
    data,
    { expireInSeconds: cfg.corpusExpireSeconds, retryLimit: cfg.retryLimit },
    cfg.corpusDebounceSeconds,
    CORPUS_KEY,
  );
}
