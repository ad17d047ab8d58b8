/**
 * Fast non-cryptographic 32-bit hashing for shingles and MinHash. Everything stays in int32
 * arithmetic (Math.imul, >>>) so the hot loops never allocate and never touch BigInt.
 */

/** FNV-1a over UTF-16 code units, finished with a murmur3 avalanche so low bits are usable. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** murmur3 finaliser: a cheap bijective mix of all 32 bits. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Order-dependent combination of two 32-bit hashes (for word n-grams). */
export function combine(a: number, b: number): number {
  return fmix32((Math.imul(a, 0x9e3779b1) ^ b) + 0x7f4a7c15);
}

/** Lower-case hex of an unsigned 32-bit value, zero-padded, for compact string keys. */
export function hex32(h: number): string {
  return (h >>> 0).toString(16).padStart(8, '0');
}
