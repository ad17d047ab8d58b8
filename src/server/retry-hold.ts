/**
 * Clients that ignore Retry-After: a connection refused as busy (503 with Retry-After) that asks
 * again before that time has passed is held until then — at most `maxHoldMs` — and its request is
 * then admitted or refused as any other.
 *
 * Why: a refusal costs the server little, but a client that asks again at once (a load tester, a
 * script in a loop, a proxy retrying) turns each refusal into its next request. 100 such
 * connections sent ~4,000 requests/s that were all refused, and the CPU those took from the work
 * being admitted cut what the server answered to a fifth of its capacity (bench/load.mjs over
 * Reuters): each refusal made the next one likelier. Held, a request costs a timer. A client that
 * honours Retry-After, or a new connection, is never held.
 */
export class RetryHold {
  private readonly until = new WeakMap<object, number>();

  constructor(
    readonly maxHoldMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** How long a request arriving now on `conn` is held before admission is tried (0: not held). */
  holdMs(conn: object): number {
    const until = this.until.get(conn);
    if (until === undefined) return 0;
    const ms = until - this.now();
    if (ms <= 0) this.until.delete(conn);
    return Math.min(this.maxHoldMs, Math.max(0, ms));
  }

  /** `conn` was refused with this Retry-After: a request it sends sooner is held. */
  refused(conn: object, retryAfterSeconds: number): void {
    this.until.set(conn, this.now() + retryAfterSeconds * 1000);
  }
}
