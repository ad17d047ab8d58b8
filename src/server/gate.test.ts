import { describe, expect, it } from 'vitest';
import { RequestGate } from './gate.js';

const tick = () => new Promise((r) => setImmediate(r));

describe('RequestGate', () => {
  it('admits up to the limit, then in arrival order as slots free up', async () => {
    const gate = new RequestGate(2);
    const order: number[] = [];
    const releases: (() => void)[] = [];
    const entries = [0, 1, 2, 3, 4].map((i) => gate.enter().then((release) => {
      order.push(i);
      releases[i] = release;
    }));
    await tick();
    expect(order).toEqual([0, 1]);
    expect(gate.stats).toEqual({ active: 2, waiting: 3 });
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
    expect(gate.stats).toEqual({ active: 0, waiting: 0 });
  });

  it('ignores a second release of the same slot', async () => {
    const gate = new RequestGate(1);
    const a = await gate.enter();
    const b = gate.enter();
    a();
    a();
    const releaseB = await b;
    expect(gate.stats).toEqual({ active: 1, waiting: 0 });
    releaseB();
    expect(gate.stats).toEqual({ active: 0, waiting: 0 });
  });

  it('refuses a limit below one', () => {
    expect(() => new RequestGate(0)).toThrow(RangeError);
  });
});
