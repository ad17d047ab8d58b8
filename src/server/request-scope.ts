/**
 * Cancellation of store work that nobody waits for any more.
 *
 * Each API read runs in a scope that carries its request's AbortSignal (Fastify aborts it when
 * the client disconnects or the request's time budget runs out). The store handed to the routes
 * passes that signal with every query: a query of an abandoned request is not sent, stops waiting
 * for its turn on the store thread, or is cancelled on a PostgreSQL server. Without this, a burst
 * of abandoned searches kept the embedded store busy for ~90 s after their clients had gone.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Db, QueryOptions, Row } from '../store/db.js';

const scope = new AsyncLocalStorage<{ signal: AbortSignal }>();

/** Runs `fn` (and everything it starts) with `signal` as the cancellation of its store queries. */
export const runInRequestScope = <T>(signal: AbortSignal, fn: () => T): T => scope.run({ signal }, fn);

/** The current request's signal, if this code runs for a request. */
export const requestSignal = (): AbortSignal | undefined => scope.getStore()?.signal;

/** The same store, whose queries outside transactions carry the current request's signal. */
export function cancellableDb(db: Db): Db {
  return {
    kind: db.kind,
    query<T extends Row = Row>(sql: string, params?: unknown[], opts?: QueryOptions) {
      return db.query<T>(sql, params, { signal: opts?.signal ?? requestSignal() });
    },
    exec: (sql: string) => db.exec(sql),
    transaction: (fn) => db.transaction(fn),
    close: () => db.close(),
    inFlight: () => db.inFlight?.() ?? 0,
  };
}
