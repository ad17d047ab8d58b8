import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { collectGarbage, gunzipWhole } from './buffers.js';

describe('gunzipWhole', () => {
  const bytes = Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 251));

  it('gives the bytes gunzipSync gives, in one buffer of their size', () => {
    const out = gunzipWhole(gzipSync(bytes));
    expect(out.equals(bytes)).toBe(true);
    expect(out.buffer.byteLength).toBeLessThanOrEqual(bytes.length + 1);
  });

  it('reads files whose trailer does not give the whole length (several members, empty)', () => {
    const two = Buffer.concat([gzipSync(bytes.subarray(0, 1000)), gzipSync(bytes.subarray(1000))]);
    expect(gunzipWhole(two).equals(gunzipSync(two))).toBe(true);
    expect(gunzipWhole(gzipSync(Buffer.alloc(0))).length).toBe(0);
  });

  it('refuses what is not gzip, as gunzipSync does', () => {
    expect(() => gunzipWhole(Buffer.from('not gzip data at all, but long enough'))).toThrow();
  });
});

describe('collectGarbage', () => {
  it('runs a full collection without --expose-gc', () => {
    expect(collectGarbage()).toBe(true);
    expect(collectGarbage()).toBe(true);
  });
});
