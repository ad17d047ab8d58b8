/**
 * The corpus job: brings the corpus facts up to date (`refreshCorpus`: incremental updates of the
 * queued documents, or a full rebuild when forced or when an update cannot be exact).
 * Runs under a session-level PostgreSQL advisory lock held on its own connection, so only one
 * corpus update runs at a time across all workers (the same key the CLI's and API's updates take
 * per transaction), and the lock dies with a killed worker's socket. A killed update rolls back:
 * its documents stay in corpus_queue for the next job.
 *
 * Staleness is the store's counter (Store.bumpCorpusGeneration): every ingest job bumps
 * `meta.corpus_generation` in its own transaction; a rebuild records the generation it started
 * from in `meta.corpus_built`.
 * A rebuild whose generation is already built is skipped, so the many requests a busy queue
 * sends cost one cheap query each, and the request sent after the last ingest job always finds
 * its change (committed before the request was sent) and rebuilds.
 */
import { CORPUS_LOCK_ARGS, CORPUS_LOCK_KEY, refreshCorpus } from '../pipeline.js';
import type { Store } from '../store/store.js';

export { CORPUS_LOCK_KEY };

export type CorpusState = { generation: number; built: number | null; builtAt: string | null };

export async function corpusState(store: Store): Promise<CorpusState> {
  const rows = await store.db.query<{ key: string; value: unknown }>(
    `select key, value from meta where key in ('corpus_generation', 'corpus_built', 'corpus_built_at')`,
  );
  const get = (k: string) => rows.find((r) => r.key === k)?.value;
  const gen = get('corpus_generation');
  const built = get('corpus_built');
  const at = get('corpus_built_at');
  return {
    generation: gen == null ? 0 : Number(gen),
    built: built == null ? null : Number(built),
    builtAt: typeof at === 'string' ? at : null,
  };
}

export type CorpusJobOptions = {
  url: string;
  force?: boolean;
  /** Ingest jobs still pending; with a recent rebuild they defer this one (see minIntervalSeconds). */
  pendingIngest?: () => Promise<number>;
  minIntervalSeconds?: number;
  onStep?: (step: string) => void;
};

export type CorpusJobResult =
  | {
      outcome: 'rebuilt';
      generation: number;
      seconds: number;
      /** incremental update of `documents` queued documents, or a full rebuild (and why) */
      mode: 'incremental' | 'rebuild' | 'up-to-date';
      reason?: string;
      documents: number;
    }
  | { outcome: 'up-to-date'; generation: number }
  | { outcome: 'deferred'; pending: number };

export async function runCorpusJob(store: Store, opts: CorpusJobOptions): Promise<CorpusJobResult> {
  const pg = (await import('pg')).default;
  const lock = new pg.Client({ connectionString: opts.url });
  await lock.connect();
  try {
    // Blocks while another worker rebuilds; afterwards the generation check usually skips.
    await lock.query(`select pg_advisory_lock(${CORPUS_LOCK_ARGS})`, [CORPUS_LOCK_KEY]);
    const state = await corpusState(store);
    if (!opts.force && state.built !== null && state.built >= state.generation)
      return { outcome: 'up-to-date', generation: state.generation };
    if (!opts.force && opts.pendingIngest && state.builtAt) {
      // A large backlog would make every debounce slot rebuild a growing corpus; keep to one
      // rebuild per interval and let the caller queue a later request.
      const age = (Date.now() - Date.parse(state.builtAt)) / 1000;
      const pending = age < (opts.minIntervalSeconds ?? 0) ? await opts.pendingIngest() : 0;
      if (pending > 0) return { outcome: 'deferred', pending };
    }
    const t0 = performance.now();
    // Records the generation it started from in meta.corpus_built (the store's staleness counter).
    const r = await refreshCorpus(store, {
      onStep: opts.onStep,
      lockHeld: true,
      ...(opts.force ? { mode: 'rebuild' as const } : {}),
    });
    return {
      outcome: 'rebuilt',
      generation: state.generation,
      seconds: (performance.now() - t0) / 1000,
      mode: r.mode,
      ...(r.reason ? { reason: r.reason } : {}),
      documents: r.documents,
    };
  } finally {
    await lock
      .query(`select pg_advisory_unlock(${CORPUS_LOCK_ARGS})`, [CORPUS_LOCK_KEY])
      .catch(() => undefined);
    await lock.end().catch(() => undefined);
  }
}
