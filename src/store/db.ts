/**
 * One SQL dialect, two thin drivers: PGlite (embedded, the default) and node-postgres (a
 * PostgreSQL server when ORBIT_DATABASE_URL is set). Everything above this file speaks `Db`.
 */
import { mkdirSync } from 'node:fs';
import { OrbitError } from '../errors.js';
import { acquireStoreLock, type StoreLock } from './lock.js';
import { pgliteOptions, unpackTemplate } from './pglite-options.js';

export type Row = Record<string, unknown>;

/** Per-call options: `signal` cancels a query whose caller has gone (a client that disconnected). */
export type QueryOptions = { signal?: AbortSignal };

export interface Db {
  readonly kind: 'pglite' | 'postgres';
  /**
   * Runs one statement. With `signal`, an aborted call is not sent at all, or stops waiting for
   * its turn (store thread), or is cancelled on the server (PostgreSQL: pg_cancel_backend).
   */
  query<T extends Row = Row>(sql: string, params?: unknown[], opts?: QueryOptions): Promise<T[]>;
  /** Runs several statements (no parameters). */
  exec(sql: string): Promise<void>;
  /**
   * Appends rows to `table` with COPY (text format: tab-separated `columns`, `\N` for null, one
   * row per line). The embedded store only: COPY writes heap pages several rows at a time and
   * skips the executor's per-row work of `insert … select`. Absent elsewhere (callers insert).
   */
  copyRows?(table: string, columns: string[], text: string): Promise<void>;
  /** Runs fn inside one transaction; a throw rolls everything back. */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** Statements sent and not yet answered (for /api/health: the work really running). */
  inFlight?(): number;
}

/** Thrown for a query whose caller's signal was aborted before or while it ran. */
export class QueryCancelled extends Error {
  constructor() {
    super('query cancelled: the request was abandoned or ran out of time');
    this.name = 'QueryCancelled';
  }
}

export type StoreLocation = { url: string } | { dir: string } | { memory: true };

/** Where the store lives: ORBIT_DATABASE_URL, else --data DIR / ORBIT_DATA, else ./orbit-data. */
export function resolveLocation(opts: { data?: string; url?: string } = {}): StoreLocation {
  const url = opts.url ?? process.env.ORBIT_DATABASE_URL;
  if (url) return { url };
  return { dir: opts.data ?? process.env.ORBIT_DATA ?? './orbit-data' };
}

async function openPglite(dir: string | null): Promise<Db> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  if (dir) mkdirSync(dir, { recursive: true });
  unpackTemplate(dir);
  const pg = new PGlite(dir ?? undefined, {
    extensions: { pg_trgm },
    ...pgliteOptions(PGlite.defaultStartParams),
  });
  await pg.waitReady;
  type Q = { query: typeof pg.query; exec: typeof pg.exec };
  const wrap = (q: Q, top: boolean): Db => ({
    kind: 'pglite',
    async query<T extends Row>(sql: string, params?: unknown[], opts?: QueryOptions) {
      if (opts?.signal?.aborted) throw new QueryCancelled();
      return (await q.query<T>(sql, params)).rows;
    },
    async exec(sql: string) {
      await q.exec(sql);
    },
    async copyRows(table: string, columns: string[], text: string) {
      await q.query(`copy ${table} (${columns.join(', ')}) from '/dev/blob'`, [], { blob: new Blob([text]) });
    },
    async transaction<T>(fn: (tx: Db) => Promise<T>) {
      if (!top) return fn(wrap(q, false));
      return pg.transaction((tx) => fn(wrap(tx as unknown as Q, false)));
    },
    async close() {
      if (top) await pg.close();
    },
  });
  return wrap(pg, true);
}

/** The same store, whose close also releases the folder lock. */
function releasingOnClose(db: Db, lock: StoreLock): Db {
  return {
    ...db,
    kind: db.kind,
    query: db.query.bind(db),
    ...(db.inFlight ? { inFlight: db.inFlight.bind(db) } : {}),
    exec: db.exec.bind(db),
    ...(db.copyRows ? { copyRows: db.copyRows.bind(db) } : {}),
    transaction: db.transaction.bind(db),
    async close() {
      try {
        await db.close();
      } finally {
        lock.release();
      }
    },
  };
}

/**
 * The URL with `-c jit=off` added to its startup options. Orbit's queries are short, and the
 * optional filters ("$1 is null or …") inflate cost estimates past jit_above_cost: PostgreSQL
 * spent ~100 ms compiling a 2 ms entity-events query at 100k documents. A connection string that
 * is not a URL is left as it is.
 */
export function withoutJit(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  const options = u.searchParams.get('options') ?? '';
  if (/\bjit\s*=/.test(options)) return url; // the operator chose
  u.searchParams.set('options', `${options} -c jit=off`.trim());
  return u.toString();
}

async function openPostgres(url: string, poolSize: number): Promise<Db> {
  const pgmod = await import('pg');
  const Pool = pgmod.default.Pool;
  // Keep timestamps and big integers as strings: the same values PGlite returns.
  pgmod.default.types.setTypeParser(20, (v: string) => Number(v));
  const pool = new Pool({ connectionString: withoutJit(url), max: poolSize });
  await pool.query('select 1');
  type Client = { query: (sql: string, params?: unknown[]) => Promise<{ rows: Row[] }> };
  let inFlight = 0;
  /**
   * A query that can be cancelled: it runs on a connection of its own, and an abort asks the
   * server to cancel what that backend is doing (pg_cancel_backend) while the query is running.
   */
  const cancellable = async <T extends Row>(
    sql: string,
    params: unknown[] | undefined,
    signal: AbortSignal,
  ): Promise<T[]> => {
    if (signal.aborted) throw new QueryCancelled();
    const client = await pool.connect();
    let running = true;
    const onAbort = () => {
      const pid = (client as unknown as { processID?: number }).processID;
      if (running && pid) void pool.query('select pg_cancel_backend($1)', [pid]).catch(() => undefined);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    try {
      if (signal.aborted) throw new QueryCancelled();
      return (await client.query(sql, params)).rows as T[];
    } catch (e) {
      throw signal.aborted ? new QueryCancelled() : e;
    } finally {
      running = false;
      signal.removeEventListener('abort', onAbort);
      client.release();
    }
  };
  const wrap = (c: Client, inTx: boolean): Db => ({
    kind: 'postgres',
    async query<T extends Row>(sql: string, params?: unknown[], opts?: QueryOptions) {
      inFlight++;
      try {
        if (opts?.signal && !inTx) return await cancellable<T>(sql, params, opts.signal);
        if (opts?.signal?.aborted) throw new QueryCancelled();
        return (await c.query(sql, params)).rows as T[];
      } finally {
        inFlight--;
      }
    },
    inFlight: () => inFlight,
    async exec(sql: string) {
      await c.query(sql);
    },
    async transaction<T>(fn: (tx: Db) => Promise<T>) {
      if (inTx) return fn(wrap(c, true));
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const r = await fn(wrap(client, true));
        await client.query('COMMIT');
        return r;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    async close() {
      if (!inTx) await pool.end();
    },
  });
  return wrap(pool, false);
}

/**
 * Opens the store. `thread` runs an embedded store on a worker thread (src/store/db-thread.ts),
 * for servers; the CLI and ingest keep it on their own thread.
 */
export async function openDb(
  loc: StoreLocation,
  opts: { poolSize?: number; thread?: boolean } = {},
): Promise<Db> {
  let lock: StoreLock | null = null;
  try {
    if ('url' in loc)
      return await openPostgres(loc.url, opts.poolSize ?? Number(process.env.ORBIT_POOL_SIZE ?? 10));
    const dir = 'dir' in loc ? loc.dir : null;
    if (dir) {
      mkdirSync(dir, { recursive: true });
      // One process per embedded folder (src/store/lock.ts); released when the store closes.
      lock = acquireStoreLock(dir);
    }
    const db = opts.thread
      ? await (await import('./db-thread.js')).openPgliteThread(dir)
      : await openPglite(dir);
    return lock ? releasingOnClose(db, lock) : db;
  } catch (e) {
    lock?.release();
    if (e instanceof OrbitError) throw e;
    const where = 'url' in loc ? loc.url.replace(/\/\/[^@/]*@/, '//***@') : 'dir' in loc ? loc.dir : 'memory';
    throw new OrbitError(
      'ORBIT_E_STORE',
      `cannot open the store at ${where}: ${(e as Error).message}`,
      'url' in loc
        ? 'check ORBIT_DATABASE_URL and that the server is running'
        : 'check that the data directory is writable and not used by another orbit process',
    );
  }
}
