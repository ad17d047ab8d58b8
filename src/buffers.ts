/**
 * Large temporary buffers of start-up (model weights, the store template), allocated and let go
 * so that the process does not keep their memory.
 *
 * `gunzipWhole`: plain `gunzipSync` inflates into 16 KB chunks and then copies them into the
 * result, so a 46 MB model briefly held twice its size, and the thousands of small chunks came
 * from the C heap, which keeps pages once used. Here the output size is read from the gzip
 * trailer (ISIZE, the length mod 2^32) and zlib writes into one buffer of that size: one
 * allocation, no copy. A trailer that lies (several members, over 4 GB) only costs the chunked
 * path again; the bytes are the same either way.
 *
 * `collectGarbage`: a buffer nothing refers to any more is freed only by V8's next full garbage
 * collection, which, with a JS heap of a few tens of MB, may come long after the 47 + 20 MB of
 * decompressed models and their compressed files became garbage (V8 counts such memory only
 * loosely): it stayed resident through the whole ingest (the peak of `orbit ingest examples/`,
 * median of 10 runs: 395 MB before, 379 after). One full collection right after the models load frees it; it costs
 * 0.1–0.2 s (measured on a busy machine) once per process (or processing thread).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gunzipSync } from 'node:zlib';

/** Largest single output buffer asked for (bigger files fall back to zlib's chunks). */
const MAX_WHOLE = 1 << 30;

export function gunzipWhole(gz: Uint8Array): Buffer {
  const n = gz.byteLength;
  const isize =
    n >= 18 ? (gz[n - 4]! | (gz[n - 3]! << 8) | (gz[n - 2]! << 16) | (gz[n - 1]! << 24)) >>> 0 : 0;
  // +1: zlib reports the end only when it has room left, so an exactly full buffer would be
  // followed by a second one of the same size
  if (isize === 0 || isize + 1 > MAX_WHOLE) return gunzipSync(gz);
  return gunzipSync(gz, { chunkSize: Math.max(64, isize + 1) });
}

let gc: (() => void) | null | undefined;

/**
 * Runs a full garbage collection now; returns whether it could. Node exposes `gc` only under
 * --expose-gc; the flag, set at run time, gives it to new contexts, and a throwaway context hands
 * it back. Without it (an embedder that forbids the flag) nothing happens.
 */
export function collectGarbage(): boolean {
  if (gc === undefined) {
    const own = (globalThis as { gc?: unknown }).gc;
    if (typeof own === 'function') gc = own as () => void;
    else {
      try {
        setFlagsFromString('--expose-gc');
        const fn: unknown = runInNewContext('gc');
        gc = typeof fn === 'function' ? (fn as () => void) : null;
      } catch {
        gc = null;
      }
    }
  }
  gc?.();
  return gc !== null;
}
