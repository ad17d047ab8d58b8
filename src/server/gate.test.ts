import { describe, expect, it } from 'vitest';
import { GateBusy, GateCancelled, RequestGate } from './gate.js';

const tick = () => new Promise((r) => setImmediate(r));

describe('RequestGate', () => {
  it('admits up to the limit, then in arrival order as slots free up', async () => {
    const gate = new RequestGate(2);
    const order: number[] = [];
    const releases: (() => void)[] = [];
    const entries = [0, 1, 2, 3, 4].map((i) =>
      gate.enter().then((release) => {
        order.push(i);
        releases[i] = release;
      }),
    );
    await tick();
    expect(order).toEqual([0, 1]);
    expect(gate.stats).toMatchObject({ active: 2, waiting: 3 });
    releases[1]();
    await tick();
    expect(order).toEqual([0, 1, 2]);
    releases[0]();
    releases[2]();
    await tick();
    expect(order).toEqual([0, 1, 2, 3, 4]);
    releases[3]();
    releases[4]();
    await Promise.all(entries);
    expect(gate.stats).toMatchObject({ active: 0, waiting: 0 });
  });

  it('ignores a second release of the same slot', async () => {
    const gate = new RequestGate(1);
    const a = await gate.enter();
    const b = gate.enter();
    a();
    a();
    const releaseB = await b;
    expect(gate.stats).toMatchObject({ active: 1, waiting: 0 });
    releaseB();
    expect(gate.stats).toMatchObject({ active: 0, waiting: 0 });
  });

  it('refuses a limit below one', () => {
    expect(() => new RequestGate(0)).toThrow(RangeError);
  });

  it('drops a waiter whose client left before it was admitted, without taking a slot', async () => {
    const gate = new RequestGate(1);
    const first = await gate.enter();
    const ac = new AbortController();
    const gone = gate.enter(ac.signal);
    const next = gate.enter();
    expect(gate.stats).toMatchObject({ active: 1, waiting: 2 });
    ac.abort();
    await expect(gone).rejects.toBeInstanceOf(GateCancelled);
    expect(gate.stats).toMatchObject({ active: 1, waiting: 1, abandoned: 1 });
    first();
    const release = await next;
    expect(gate.stats).toMatchObject({ active: 1, waiting: 0 });
    release();
    expect(gate.stats).toMatchObject({ active: 0, waiting: 0 });
    await expect(gate.enter(ac.signal)).rejects.toBeInstanceOf(GateCancelled);
  });

  it('counts a slot as busy until its work is released, not until its client leaves', async () => {
    const gate = new RequestGate(1);
    const ac = new AbortController();
    const release = await gate.enter(ac.signal);
    ac.abort(); // the client hung up while the handler still runs
    expect(gate.stats).toMatchObject({ active: 1 });
    release();
    expect(gate.stats).toMatchObject({ active: 0 });
  });

  it('refuses at once, with a retry time, when the expected wait exceeds its budget', async () => {
    let clock = 0;
    const gate = new RequestGate(1, 1000, () => clock);
    // one request that held its slot for 300 ms sets the service time
    const r = await gate.enter();
    clock += 300;
    r();
    const hold = await gate.enter();
    // expected waits of about 300, 600 and 900 ms fit the 1 s budget; the next (1.2 s) does not
    const queued = [gate.enter(), gate.enter(), gate.enter()];
    expect(gate.stats.waiting).toBe(3);
    const refused = await gate.enter().catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(GateBusy);
    expect((refused as GateBusy).retryAfterSeconds).toBe(2);
    expect(gate.stats).toMatchObject({ refused: 1, waiting: 3 });
    hold();
    for (const q of queued) (await q)();
    expect(gate.stats).toMatchObject({ active: 0, waiting: 0 });
  });
});
