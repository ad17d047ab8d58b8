/**
 * Admission control for API requests: at most `limit` requests work on the store at once, the
 * rest wait in arrival order.
 *
 * Why: the store serves queries one at a time (PGlite) or a pool's worth at a time (PostgreSQL).
 * Without a gate, concurrent requests interleave their queries in the store's queue, so a page
 * made of several queries waits behind every other request once per query. Admitting whole
 * requests in order gives every request roughly (requests ahead × service time).
 *
 * The count is of work really running: a slot is held until the request's handler has finished
 * (not merely until its client hung up), a waiter whose client left is dropped before it runs,
 * and a request that could not be served within `maxWaitMs` (requests ahead × the recent service
 * time) is refused at once as busy, with the wait to retry after, instead of queueing for minutes.
 */
export class GateBusy extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`the server is saturated; retry after ${retryAfterSeconds} s`);
    this.name = 'GateBusy';
  }
}

export class GateCancelled extends Error {
  constructor() {
    super('the request was abandoned while it waited');
    this.name = 'GateCancelled';
  }
}

type Waiter = { admit: () => void; cancel: (e: Error) => void };

export class RequestGate {
  private active = 0;
  private readonly waiting: Waiter[] = [];
  /** Exponentially weighted mean of how long admitted work held a slot (ms). */
  private serviceMs = 0;
  private served = 0;
  private refused = 0;
  private abandoned = 0;

  /** `maxWaitMs`: refuse (GateBusy) a request whose expected wait exceeds this; Infinity never refuses. */
  constructor(
    readonly limit: number,
    readonly maxWaitMs = Infinity,
    private readonly now: () => number = () => performance.now(),
  ) {
    if (!(limit >= 1)) throw new RangeError(`gate limit must be at least 1, got ${limit}`);
  }

  /** Requests being served and waiting, for monitoring and tests. */
  get stats(): {
    active: number;
    waiting: number;
    served: number;
    refused: number;
    abandoned: number;
    serviceMs: number;
  } {
    return {
      active: this.active,
      waiting: this.waiting.length,
      served: this.served,
      refused: this.refused,
      abandoned: this.abandoned,
      serviceMs: Math.round(this.serviceMs),
    };
  }

  /** How long a request arriving now would wait for a slot, from the recent service time (ms). */
  expectedWaitMs(): number {
    if (this.active < this.limit) return 0;
    return ((this.waiting.length + 1) * this.serviceMs) / this.limit;
  }

  /**
   * Resolves when the caller may proceed; call the returned release exactly once when its work is
   * done (later calls are ignored). Rejects with GateBusy when saturated, or GateCancelled when
   * `signal` aborts while waiting (the waiter leaves the queue; no slot is taken).
   */
  async enter(signal?: AbortSignal): Promise<() => void> {
    if (signal?.aborted) {
      this.abandoned++;
      throw new GateCancelled();
    }
    if (this.active < this.limit) this.active++;
    else {
      const wait = this.expectedWaitMs();
      if (wait > this.maxWaitMs) {
        this.refused++;
        throw new GateBusy(Math.max(1, Math.ceil(wait / 1000)));
      }
      await new Promise<void>((resolve, reject) => {
        const w: Waiter = {
          admit: () => {
            signal?.removeEventListener('abort', onAbort);
            resolve(); // the slot is handed over
          },
          cancel: reject,
        };
        const onAbort = () => {
          const i = this.waiting.indexOf(w);
          if (i < 0) return;
          this.waiting.splice(i, 1);
          this.abandoned++;
          reject(new GateCancelled());
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        this.waiting.push(w);
      });
    }
    const t0 = this.now();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const ms = this.now() - t0;
      this.serviceMs = this.served === 0 ? ms : 0.8 * this.serviceMs + 0.2 * ms;
      this.served++;
      const next = this.waiting.shift();
      if (next) next.admit();
      else this.active--;
    };
  }
}
