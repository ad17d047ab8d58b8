import { describe, expect, it } from 'vitest';
import { RetryHold } from './retry-hold.js';

describe('RetryHold', () => {
  it('holds a connection that asks again before its Retry-After, until then and no longer', () => {
    let now = 0;
    const hold = new RetryHold(5000, () => now);
    const a = {};
    const b = {};
    expect(hold.holdMs(a)).toBe(0); // never refused: not held
    hold.refused(a, 2);
    now = 500;
    expect(hold.holdMs(a)).toBe(1500);
    expect(hold.holdMs(b)).toBe(0); // another connection is not held
    now = 2000;
    expect(hold.holdMs(a)).toBe(0); // it waited as told
    expect(hold.holdMs(a)).toBe(0);
  });

  it('holds at most maxHoldMs, however long the Retry-After', () => {
    let now = 0;
    const hold = new RetryHold(5000, () => now);
    const a = {};
    hold.refused(a, 30);
    expect(hold.holdMs(a)).toBe(5000);
    now = 28_000;
    expect(hold.holdMs(a)).toBe(2000);
  });

  it('a later refusal replaces the earlier one', () => {
    let now = 0;
    const hold = new RetryHold(10_000, () => now);
    const a = {};
    hold.refused(a, 1);
    now = 900;
    hold.refused(a, 3);
    expect(hold.holdMs(a)).toBe(3000);
  });
});
