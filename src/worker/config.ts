/**
 * Worker and queue settings, from the environment with validated defaults. Every knob is an
 * environment variable so the same image runs as an API server, a worker or an enqueuer.
 */
import { OrbitError } from '../errors.js';

export type WorkerConfig = {
  /** PostgreSQL connection string (ORBIT_DATABASE_URL); the queue needs a server. */
  url: string;
  /** Connections in the store's pool per process (ORBIT_POOL_SIZE). */
  poolSize: number;
  /** Ingest jobs one worker process runs at a time (ORBIT_WORKER_CONCURRENCY). */
  concurrency: number;
  /** An active ingest job whose worker went silent this long is failed and retried (ORBIT_JOB_EXPIRE_SECONDS). */
  jobExpireSeconds: number;
  /** The same for the corpus job, which can run for minutes on a large corpus (ORBIT_CORPUS_EXPIRE_SECONDS). */
  corpusExpireSeconds: number;
  /** How often a worker looks for expired jobs (ORBIT_QUEUE_MAINTENANCE_SECONDS). */
  maintenanceSeconds: number;
  /** Corpus requests within this window collapse into one job (ORBIT_CORPUS_DEBOUNCE_SECONDS). */
  corpusDebounceSeconds: number;
  /** While ingest jobs are pending, rebuild the corpus at most this often (ORBIT_CORPUS_MIN_INTERVAL_SECONDS). */
  corpusMinIntervalSeconds: number;
  /** Documents per ingest job (ORBIT_ENQUEUE_BATCH). */
  batchDocs: number;
  /** Retries before a job is left failed (ORBIT_JOB_RETRIES). */
  retryLimit: number;
  /**
   * Who takes new documents into the corpus facts (ORBIT_WORKER_CORPUS): 'job' (default) — the
   * corpus job, in batches of up to 200; 'inline' — also each ingest job, right after its commit,
   * by one incremental update of its own documents when the corpus lock is free within 2 s
   * (`takeInDocuments`), the corpus job handling the rest. Measured (bench/corpus-workers.mjs):
   * batches of one job's few documents cost more per document than the corpus job's larger ones.
   */
  corpus: 'inline' | 'job';
};

type Env = Record<string, string | undefined>;

function intVar(env: Env, name: string, dflt: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return dflt;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new OrbitError(
      'ORBIT_E_USAGE',
      `${name} must be an integer between ${min} and ${max}, got "${raw}"`,
    );
  }
  return n;
}

function corpusVar(env: Env): 'inline' | 'job' {
  const raw = (env.ORBIT_WORKER_CORPUS ?? '').trim();
  if (raw === '' || raw === 'job') return 'job';
  if (raw === 'inline') return 'inline';
  throw new OrbitError('ORBIT_E_USAGE', `ORBIT_WORKER_CORPUS must be inline or job, got "${raw}"`);
}

/** Reads the configuration; throws ORBIT_E_USAGE for a missing URL or a malformed number. */
export function workerConfig(env: Env = process.env, overrides: Partial<WorkerConfig> = {}): WorkerConfig {
  const url = overrides.url ?? env.ORBIT_DATABASE_URL;
  if (!url) {
    throw new OrbitError(
      'ORBIT_E_USAGE',
      'the job queue needs a PostgreSQL server',
      'set ORBIT_DATABASE_URL=postgres://user@host:5432/db (the embedded store cannot be shared by several processes)',
    );
  }
  if (!/^postgres(ql)?:\/\//.test(url))
    throw new OrbitError('ORBIT_E_USAGE', 'ORBIT_DATABASE_URL must start with postgres:// or postgresql://');
  return {
    url,
    poolSize: intVar(env, 'ORBIT_POOL_SIZE', 10, 1, 1000),
    concurrency: intVar(env, 'ORBIT_WORKER_CONCURRENCY', 2, 1, 64),
    jobExpireSeconds: intVar(env, 'ORBIT_JOB_EXPIRE_SECONDS', 300, 5, 86400),
    corpusExpireSeconds: intVar(env, 'ORBIT_CORPUS_EXPIRE_SECONDS', 3600, 10, 86400),
    maintenanceSeconds: intVar(env, 'ORBIT_QUEUE_MAINTENANCE_SECONDS', 30, 1, 3600),
    corpusDebounceSeconds: intVar(env, 'ORBIT_CORPUS_DEBOUNCE_SECONDS', 5, 1, 3600),
    corpusMinIntervalSeconds: intVar(env, 'ORBIT_CORPUS_MIN_INTERVAL_SECONDS', 300, 0, 86400),
    batchDocs: intVar(env, 'ORBIT_ENQUEUE_BATCH', 25, 1, 1000),
    retryLimit: intVar(env, 'ORBIT_JOB_RETRIES', 5, 0, 100),
    corpus: corpusVar(env),
    ...Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)),
  };
}
