/**
 * Admission control for API requests: at most `limit` requests work on the store at once, the
 * rest wait in arrival order.
 *
 * Why: the store serves queries one at a time (PGlite) or a pool's worth at a time (PostgreSQL).
 * Without a gate, concurrent requests interleave their queries in the store's queue, so a page
 * made of several queries waits behind every other request once per query. Admitting whole
 * requests in order gives every request roughly (requests ahead × service time).
 */
export class RequestGate {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly limit: number) {
    if (!(limit >= 1)) throw new RangeError(`gate limit must be at least 1, got ${limit}`);
  }

  /** Requests being served and waiting, for monitoring and tests. */
  get stats(): { active: number; waiting: number } {
    return { active: this.active, waiting: this.waiting.length };
  }

  /** Resolves when the caller may proceed; call the returned release exactly once when done. */
  async enter(): Promise<() => void> {
    if (this.active < this.limit) this.active++;
    else await new Promise<void>((resolve) => this.waiting.push(resolve)); // the slot is handed over
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    };
  }
}
