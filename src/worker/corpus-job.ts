/**
 * The corpus job: resolution, stories and alignment over the whole store (`rebuildCorpus`).
 * Runs under a session-level PostgreSQL advisory lock held on its own connection, so only one
 * rebuild runs at a time across all workers, and the lock dies with a killed worker's socket.
 *
 * Staleness is the store's counter (Store.bumpCorpusGeneration): every ingest job bumps
 * `meta.corpus_generation` in its own transaction; a rebuild records the generation it started
 * from in `meta.corpus_built`.
 * A rebuild whose generation is already built is skipped, so the many requests a busy queue
 * sends cost one cheap query each, and the request sent after the last ingest job always finds
 * its change (committed before the request was sent) and rebuilds.
 */
import { rebuildCorpus } from '../pipeline.js';
import type { Store } from '../store/store.js';

/** Advisory lock key of the corpus rebuild ("orbit" + 1). */
export const CORPUS_LOCK_KEY = 4242101;

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
  | { outcome: 'rebuilt'; generation: number; seconds: number }
  | { outcome: 'up-to-date'; generation: number }
  | { outcome: 'deferred'; pending: number };

export async function runCorpusJob(store: Store, opts: CorpusJobOptions): Promise<CorpusJobResult> {
  const pg = (await import('pg')).default;
  const lock = new pg.Client({ connectionString: opts.url });
  await lock.connect();
  try {
    // Blocks while another worker rebuilds; afterwards the generation check usually skips.
    await lock.query('select pg_advisory_lock($1)', [CORPUS_LOCK_KEY]);
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
    await rebuildCorpus(store, opts.onStep);
    return { outcome: 'rebuilt', generation: state.generation, seconds: (performance.now() - t0) / 1000 };
  } finally {
    await lock.query('select pg_advisory_unlock($1)', [CORPUS_LOCK_KEY]).catch(() => undefined);
    await lock.end().catch(() => undefined);
  }
}
