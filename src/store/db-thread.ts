/**
 * The embedded store (PGlite) in a worker thread, for `orbit serve`.
 *
 * Why: PGlite executes SQL in WebAssembly on the thread that calls it. In the server process
 * that is the thread that also accepts and reads HTTP connections, and under many concurrent
 * clients a saturated event loop serves some connections very late (measured: 36 of 2,120
 * requests timed out at 30 s with 100 connections). With the database on its own thread the
 * event loop only parses, routes and serialises, and the second core does the SQL.
 *
 * The worker's code is a string run with `eval` so it needs no build step of its own (the same
 * source works under the TypeScript build and under vitest); it loads PGlite by resolved URL.
 * Transactions keep PGlite's semantics: the worker opens `pg.transaction` and runs the
 * statements the caller sends for that transaction until it commits or rolls back; other
 * statements wait for it, as they would in-thread.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { QueryCancelled, type Db, type QueryOptions, type Row } from './db.js';
import { PGLITE_SETTINGS, unpackTemplate } from './pglite-options.js';

/** What the caller asks of the store thread (each message also carries a numeric id). */
type Op =
  | { op: 'query'; sql: string; params?: unknown[]; tx: number | null }
  | { op: 'exec'; sql: string; tx: number | null }
  | { op: 'begin'; tx: number }
  | { op: 'end'; tx: number; commit: boolean }
  | { op: 'close' }
  | { op: 'cancel'; target: number };
type Reply =
  { id: number; ok: true; rows?: Row[] } | { id: number; ok: false; message: string; cancelled?: boolean };

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const { PGlite } = await import(workerData.pglite);
  const { pg_trgm } = await import(workerData.trgm);
  const startParams = [...PGlite.defaultStartParams, ...workerData.settings.flatMap((s) => ['-c', s])];
  const pg = new PGlite(workerData.dir ?? undefined, { extensions: { pg_trgm }, startParams });
  await pg.waitReady;
  const txs = new Map();
  const target = (tx) => (tx === null || tx === undefined ? pg : txs.get(tx)?.handle);
  const reply = (m) => parentPort.postMessage(m);
  // Statements outside a transaction wait here, one at a time, rather than in PGlite's own queue:
  // here a cancelled one (its HTTP client left, or its time ran out) can still be dropped unrun.
  // Statements of an open transaction bypass it (they must run while the transaction holds PGlite).
  const queue = [];
  let busy = false;
  const pump = async () => {
    if (busy) return;
    busy = true;
    while (queue.length) await run(queue.shift());
    busy = false;
  };
  const run = async (m) => {
    try {
      if (m.op === 'query') {
        const t = target(m.tx);
        if (!t) throw new Error('transaction ' + m.tx + ' is not open');
        reply({ id: m.id, ok: true, rows: (await t.query(m.sql, m.params)).rows });
      } else if (m.op === 'exec') {
        const t = target(m.tx);
        if (!t) throw new Error('transaction ' + m.tx + ' is not open');
        await t.exec(m.sql);
        reply({ id: m.id, ok: true });
      } else if (m.op === 'begin') {
        let opened;
        const ready = new Promise((r) => (opened = r));
        const entry = {};
        entry.done = pg.transaction((handle) => {
          entry.handle = handle;
          opened();
          return new Promise((resolve, reject) => { entry.finish = (commit) => (commit ? resolve() : reject(new Error('rollback'))); });
        }).then(() => true, (e) => { if (e && e.message === 'rollback') return false; throw e; });
        txs.set(m.tx, entry);
        await Promise.race([ready, entry.done]);
        reply({ id: m.id, ok: true });
      } else if (m.op === 'end') {
        const entry = txs.get(m.tx);
        if (!entry) throw new Error('transaction ' + m.tx + ' is not open');
        entry.finish(m.commit);
        try { await entry.done; } finally { txs.delete(m.tx); }
        reply({ id: m.id, ok: true });
      } else if (m.op === 'close') {
        await pg.close();
        reply({ id: m.id, ok: true });
      }
    } catch (e) {
      reply({ id: m.id, ok: false, message: (e && e.message) || String(e) });
    }
  };
  parentPort.on('message', (m) => {
    if (m.op === 'cancel') {
      const i = queue.findIndex((q) => q.id === m.target);
      if (i >= 0) reply({ id: queue.splice(i, 1)[0].id, ok: false, message: 'cancelled', cancelled: true });
      return;
    }
    if ((m.op === 'query' || m.op === 'exec') && (m.tx === null || m.tx === undefined)) {
      queue.push(m);
      void pump();
    } else void run(m);
  });
  parentPort.postMessage({ id: 0, ok: true });
})().catch((e) => parentPort.postMessage({ id: 0, ok: false, message: (e && e.message) || String(e) }));
`;

const resolvePackage = (name: string): string =>
  pathToFileURL(createRequire(import.meta.url).resolve(name)).href;

export async function openPgliteThread(dir: string | null): Promise<Db> {
  if (dir) mkdirSync(dir, { recursive: true });
  unpackTemplate(dir);
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    // Resolved here (the worker's eval code has no module location of its own to resolve from).
    workerData: {
      dir,
      pglite: resolvePackage('@electric-sql/pglite'),
      trgm: resolvePackage('@electric-sql/pglite/contrib/pg_trgm'),
      settings: PGLITE_SETTINGS,
    },
  });
  const pending = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  let dead: Error | null = null;
  const ready = new Promise<void>((resolve, reject) => {
    pending.set(0, { resolve: (r) => (r.ok ? resolve() : reject(new Error(r.message))), reject });
  });
  worker.on('message', (r: Reply) => {
    const p = pending.get(r.id);
    pending.delete(r.id);
    p?.resolve(r);
  });
  const fail = (e: Error) => {
    dead = e;
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the store thread exited (${code})`)));
  await ready;

  /**
   * Sends one operation. An abort of `signal` stops waiting at once and asks the thread to drop
   * the statement if it has not started (PGlite cannot interrupt one that runs).
   */
  const call = (req: Op, signal?: AbortSignal): Promise<Reply> => {
    if (dead) return Promise.reject(dead);
    if (signal?.aborted) return Promise.reject(new QueryCancelled());
    const id = nextId++;
    return new Promise<Reply>((resolve, reject) => {
      const onAbort = () => {
        pending.delete(id);
        worker.postMessage({ op: 'cancel', target: id, id: -1 });
        reject(new QueryCancelled());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      pending.set(id, {
        resolve: (r) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(r);
        },
        reject,
      });
      worker.postMessage({ ...req, id });
    }).then((r) => {
      if (!r.ok) throw r.cancelled ? new QueryCancelled() : new Error(r.message);
      return r;
    });
  };
  let nextTx = 1;
  const wrap = (tx: number | null): Db => ({
    kind: 'pglite',
    async query<T extends Row>(sql: string, params?: unknown[], opts?: QueryOptions) {
      return (
        (await call({ op: 'query', sql, params, tx }, tx === null ? opts?.signal : undefined)) as {
          rows: T[];
        }
      ).rows;
    },
    inFlight: () => pending.size,
    async exec(sql: string) {
      await call({ op: 'exec', sql, tx });
    },
    async transaction<T>(fn: (tx: Db) => Promise<T>) {
      if (tx !== null) return fn(wrap(tx));
      const t = nextTx++;
      await call({ op: 'begin', tx: t });
      let result: T;
      try {
        result = await fn(wrap(t));
      } catch (e) {
        await call({ op: 'end', tx: t, commit: false }).catch(() => undefined);
        throw e;
      }
      await call({ op: 'end', tx: t, commit: true });
      return result;
    },
    async close() {
      if (tx !== null) return;
      await call({ op: 'close' }).catch(() => undefined);
      await worker.terminate();
    },
  });
  return wrap(null);
}
