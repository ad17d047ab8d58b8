/**
 * Integer hashing for feature templates. A feature is an unsigned 32-bit number built by mixing
 * a template id with the hashes of its atoms (word, suffix, tag…), so extracting features never
 * concatenates strings: each atom string is hashed once per token, the templates only mix
 * integers. FNV-1a for strings, the murmur3 finaliser to mix.
 */

/** FNV-1a over UTF-16 code units; stable across runs and platforms. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/*
 * The mixing below works on signed 32-bit integers and converts to unsigned only on the way out:
 * the bits are the same, but V8 keeps an int32 in a register, while an unsigned value above 2^31
 * between two steps is a double (and a heap number when it crosses a call that is not inlined).
 * Feature extraction mixes hundreds of these per parser move: the signed form is 3-5x faster.
 */

/** murmur3's 32-bit finaliser: spreads every input bit over the output (signed result). */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** `mix` with a signed result (same bits). */
function mix32(h: number, x: number): number {
  return fmix32((Math.imul(h ^ 0x9e3779b9, 31) + x) | 0);
}

/** Mixes one more 32-bit value into a running hash (order matters: mix(a,b) != mix(b,a)). */
export function mix(h: number, x: number): number {
  return mix32(h, x) >>> 0;
}

/** Feature hash of a template id and up to three atoms. */
export function feature(template: number, a: number, b = 0, c = 0): number {
  return mix32(mix32(mix32(template + 1, a), b), c) >>> 0;
}

/** A deterministic PRNG (mulberry32) for shuffling training data with a fixed seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle in place with the given random source. */
export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = items[i]!;
    items[i] = items[j]!;
    items[j] = t;
  }
  return items;
}
