/**
 * The English dependency parser: greedy arc-hybrid transitions (Kuhlmann et al. 2011) with the
 * root at the end of the buffer (Ballesteros & Nivre 2013), trained with the dynamic oracle of
 * Goldberg & Nivre (2013) and an averaged perceptron; the label of each arc comes from a
 * separate perceptron when the arc is made, so later decisions see the labels of the children.
 *
 * Transitions (s0 = stack top, s1 below it, b0 = buffer front; the buffer is the suffix b0..n):
 *   SHIFT  push b0;                      invalid when b0 is the root
 *   LEFT   pop s0, head(s0) = b0;        at the root only when s0 is the last item of the stack
 *   RIGHT  pop s0, head(s0) = s1
 * Every sentence gets one root: the one word attached to the root position. Non-projective gold
 * trees are lifted to projective ones for training (a word whose arc crosses another attaches to
 * its head's head); the parser itself only builds projective trees.
 */
import { feature, hashString, mix, seededRandom, shuffle } from '../learn/hash.js';
import { CompactPerceptron, SparsePerceptron } from '../learn/sparse.js';
import { GroupCache } from '../learn/group-cache.js';
import { certainArgmax } from '../learn/rounding.js';
import type { Scorer } from './tagger.js';
import { wordAtoms, type Clusters, type WordAtoms } from './words.js';

export type ParserModel = {
  labels: string[];
  moves: Scorer;
  labeller: Scorer;
  clusters: Clusters | null;
};

const SHIFT = 0;
const LEFT = 1;
const RIGHT = 2;
const MAX_FEATURES = 160;
const NO_WORD = hashString('<none>');
const ROOT_WORD = hashString('<root>');

/** Parser input: the words with their atoms and tag ids (0 = none; the root gets its own id). */
export type ParseInput = { atoms: WordAtoms; tags: Int32Array; upos: Int32Array };

/**
 * The mutable configuration; arrays of at least n + 1 items (index n is the root). The parser
 * reuses one State from sentence to sentence (`reset`), so a sentence allocates no arrays.
 */
class State {
  n = 0;
  stack: Int32Array;
  sp = 0;
  b0 = 0;
  heads: Int32Array;
  labels: Int32Array;
  lc1: Int32Array;
  lc2: Int32Array;
  rc1: Int32Array;
  rc2: Int32Array;
  nl: Uint16Array;
  nr: Uint16Array;
  lset: Uint32Array;
  rset: Uint32Array;

  constructor(n: number, capacity = n + 1) {
    this.stack = new Int32Array(capacity);
    this.heads = new Int32Array(capacity);
    this.labels = new Int32Array(capacity);
    this.lc1 = new Int32Array(capacity);
    this.lc2 = new Int32Array(capacity);
    this.rc1 = new Int32Array(capacity);
    this.rc2 = new Int32Array(capacity);
    this.nl = new Uint16Array(capacity);
    this.nr = new Uint16Array(capacity);
    this.lset = new Uint32Array(capacity);
    this.rset = new Uint32Array(capacity);
    this.reset(n);
  }

  /** The initial configuration of a sentence of `n` words (n < the arrays' length). */
  reset(n: number): void {
    this.n = n;
    this.sp = 0;
    this.b0 = 0;
    const end = n + 1;
    this.heads.fill(-1, 0, end);
    this.labels.fill(-1, 0, end);
    this.lc1.fill(-1, 0, end);
    this.lc2.fill(-1, 0, end);
    this.rc1.fill(-1, 0, end);
    this.rc2.fill(-1, 0, end);
    this.nl.fill(0, 0, end);
    this.nr.fill(0, 0, end);
    this.lset.fill(0, 0, end);
    this.rset.fill(0, 0, end);
  }

  get done(): boolean {
    return this.b0 >= this.n && this.sp === 0;
  }

  s(k: number): number {
    return this.sp > k ? this.stack[this.sp - 1 - k]! : -1;
  }

  valid(move: number): boolean {
    if (move === SHIFT) return this.b0 < this.n;
    if (move === LEFT) return this.sp > 0 && (this.b0 < this.n || this.sp === 1);
    return this.sp > 1;
  }

  /** Attaches `d` to `h` with `label` (children lists kept for features). */
  attach(h: number, d: number, label: number): void {
    this.heads[d] = h;
    this.labels[d] = label;
    const lh = labelHash(label);
    if (d < h) {
      if (this.lc1[h] === -1 || d < this.lc1[h]!) {
        this.lc2[h] = this.lc1[h]!;
        this.lc1[h] = d;
      } else if (this.lc2[h] === -1 || d < this.lc2[h]!) this.lc2[h] = d;
      this.nl[h]!++;
      this.lset[h] = (this.lset[h]! + lh) >>> 0;
    } else {
      if (this.rc1[h] === -1 || d > this.rc1[h]!) {
        this.rc2[h] = this.rc1[h]!;
        this.rc1[h] = d;
      } else if (this.rc2[h] === -1 || d > this.rc2[h]!) this.rc2[h] = d;
      this.nr[h]!++;
      this.rset[h] = (this.rset[h]! + lh) >>> 0;
    }
  }

  /** The arc `move` would make: [head, dependent], or null for SHIFT. */
  arc(move: number): [number, number] | null {
    if (move === LEFT) return [this.b0, this.s(0)];
    if (move === RIGHT) return [this.s(1), this.s(0)];
    return null;
  }

  apply(move: number, label: number): void {
    if (move === SHIFT) {
      this.stack[this.sp++] = this.b0++;
      return;
    }
    const [h, d] = this.arc(move)!;
    this.attach(h, d, label);
    this.sp--;
  }
}

const LABEL_HASH: number[] = [];
function labelHash(label: number): number {
  if (label < 0) return 0;
  return (LABEL_HASH[label] ??= hashString('L' + label));
}

function distBucket(d: number): number {
  const a = Math.abs(d);
  return a <= 5 ? a : a <= 7 ? 6 : a <= 10 ? 7 : a <= 15 ? 8 : 9;
}

/** scratch: the nine children whose word, tag and label are features (no array per move) */
const KIDS = new Int32Array(9);

/** Transition features of a configuration. */
function moveFeatures(x: ParseInput, st: State, out: Uint32Array): number {
  const n = st.n;
  const a = x.atoms;
  const W = (i: number) => (i < 0 ? NO_WORD : i === n ? ROOT_WORD : a.word[i]!);
  const T = (i: number) => (i < 0 ? 0 : i === n ? 1 : x.tags[i]! + 2);
  const L = (i: number) => (i < 0 ? 0 : labelHash(st.labels[i]!));
  const s0 = st.s(0);
  const s1 = st.s(1);
  const s2 = st.s(2);
  const b0 = st.b0;
  const b1 = b0 + 1 <= n ? b0 + 1 : -1;
  const b2 = b0 + 2 <= n ? b0 + 2 : -1;
  const s0w = W(s0),
    s0t = T(s0),
    s1w = W(s1),
    s1t = T(s1),
    s2t = T(s2);
  const b0w = W(b0),
    b0t = T(b0),
    b1w = W(b1),
    b1t = T(b1),
    b2t = T(b2),
    b2w = W(b2);
  const s0wt = mix(s0w, s0t),
    s1wt = mix(s1w, s1t),
    b0wt = mix(b0w, b0t);
  const s0l = s0 >= 0 ? st.lc1[s0]! : -1;
  const s0l2 = s0 >= 0 ? st.lc2[s0]! : -1;
  const s0r = s0 >= 0 ? st.rc1[s0]! : -1;
  const s0r2 = s0 >= 0 ? st.rc2[s0]! : -1;
  const s1l = s1 >= 0 ? st.lc1[s1]! : -1;
  const s1r = s1 >= 0 ? st.rc1[s1]! : -1;
  const s1r2 = s1 >= 0 ? st.rc2[s1]! : -1;
  const b0l = st.lc1[b0]!;
  const b0l2 = st.lc2[b0]!;
  const d1 = s0 >= 0 ? distBucket(b0 - s0) : 15;
  const d2 = s1 >= 0 ? distBucket(s0 - s1) : 15;
  let k = 0;
  out[k++] = feature(0, 0);
  out[k++] = feature(1, s0w);
  out[k++] = feature(2, s0t);
  out[k++] = feature(3, s0wt);
  out[k++] = feature(4, s1w);
  out[k++] = feature(5, s1t);
  out[k++] = feature(6, s1wt);
  out[k++] = feature(7, b0w);
  out[k++] = feature(8, b0t);
  out[k++] = feature(9, b0wt);
  out[k++] = feature(10, b1w);
  out[k++] = feature(11, b1t);
  out[k++] = feature(12, mix(b1w, b1t));
  out[k++] = feature(13, b2w);
  out[k++] = feature(14, b2t);
  out[k++] = feature(15, s2t);
  out[k++] = feature(16, W(s2));
  out[k++] = feature(20, s0wt, b0wt);
  out[k++] = feature(21, s0wt, b0w);
  out[k++] = feature(22, s0w, b0wt);
  out[k++] = feature(23, s0wt, b0t);
  out[k++] = feature(24, s0t, b0wt);
  out[k++] = feature(25, s0w, b0w);
  out[k++] = feature(26, s0t, b0t);
  out[k++] = feature(27, b0t, b1t);
  out[k++] = feature(28, s1wt, s0wt);
  out[k++] = feature(29, s1wt, s0w);
  out[k++] = feature(30, s1w, s0wt);
  out[k++] = feature(31, s1wt, s0t);
  out[k++] = feature(32, s1t, s0wt);
  out[k++] = feature(33, s1w, s0w);
  out[k++] = feature(34, s1t, s0t);
  out[k++] = feature(40, b0t, b1t, b2t);
  out[k++] = feature(41, s0t, b0t, b1t);
  out[k++] = feature(42, s1t, s0t, b0t);
  out[k++] = feature(43, s2t, s1t, s0t);
  out[k++] = feature(44, s0t, T(s0l), b0t);
  out[k++] = feature(45, s0t, T(s0r), b0t);
  out[k++] = feature(46, s0t, b0t, T(b0l));
  out[k++] = feature(47, s1t, T(s1r), s0t);
  out[k++] = feature(48, s1t, T(s1l), s0t);
  out[k++] = feature(49, s1t, s0t, T(s0l));
  out[k++] = feature(50, s1t, s0t, T(s0r));
  out[k++] = feature(51, s0w, b0t, b1t);
  out[k++] = feature(52, s0t, b0w, b1t);
  out[k++] = feature(53, s1w, s0t, b0t);
  out[k++] = feature(54, s1t, s0w, b0t);
  out[k++] = feature(55, s1t, s0t, b0w);
  out[k++] = feature(56, s1t, s0t, b1t);
  out[k++] = feature(60, s0w, d1);
  out[k++] = feature(61, s0t, d1);
  out[k++] = feature(62, b0w, d1);
  out[k++] = feature(63, b0t, d1);
  out[k++] = feature(64, mix(s0w, b0w), d1);
  out[k++] = feature(65, s0t, b0t, d1);
  out[k++] = feature(66, s1w, d2);
  out[k++] = feature(67, s1t, d2);
  out[k++] = feature(68, s0w, d2);
  out[k++] = feature(69, s0t, d2);
  out[k++] = feature(70, s1t, s0t, d2);
  out[k++] = feature(71, mix(s1w, s0w), d2);
  const vl = (i: number) => (i >= 0 ? Math.min(st.nl[i]!, 5) : 9);
  const vr = (i: number) => (i >= 0 ? Math.min(st.nr[i]!, 5) : 9);
  out[k++] = feature(80, s0w, vr(s0));
  out[k++] = feature(81, s0t, vr(s0));
  out[k++] = feature(82, s0w, vl(s0));
  out[k++] = feature(83, s0t, vl(s0));
  out[k++] = feature(84, b0w, vl(b0));
  out[k++] = feature(85, b0t, vl(b0));
  out[k++] = feature(86, s1w, vr(s1));
  out[k++] = feature(87, s1t, vr(s1));
  out[k++] = feature(88, s1t, vl(s1));
  const kids = KIDS;
  kids[0] = s0l;
  kids[1] = s0r;
  kids[2] = s0l2;
  kids[3] = s0r2;
  kids[4] = s1l;
  kids[5] = s1r;
  kids[6] = s1r2;
  kids[7] = b0l;
  kids[8] = b0l2;
  for (let j = 0, t = 90; j < 9; j++, t += 3) {
    const c = kids[j]!;
    out[k++] = feature(t, W(c));
    out[k++] = feature(t + 1, T(c));
    out[k++] = feature(t + 2, L(c));
  }
  out[k++] = feature(120, s0t, T(s0l), T(s0l2));
  out[k++] = feature(121, s0t, T(s0r), T(s0r2));
  out[k++] = feature(122, s1t, T(s1r), T(s1r2));
  out[k++] = feature(123, b0t, T(b0l), T(b0l2));
  out[k++] = feature(124, s0t, L(s0l), L(s0l2));
  out[k++] = feature(125, s0t, L(s0r), L(s0r2));
  out[k++] = feature(126, s1t, L(s1r), L(s1r2));
  out[k++] = feature(127, b0t, L(b0l), L(b0l2));
  const ls = (i: number) => (i >= 0 ? st.lset[i]! : 7);
  const rs = (i: number) => (i >= 0 ? st.rset[i]! : 7);
  out[k++] = feature(130, s0w, ls(s0));
  out[k++] = feature(131, s0t, ls(s0));
  out[k++] = feature(132, s0w, rs(s0));
  out[k++] = feature(133, s0t, rs(s0));
  out[k++] = feature(134, b0w, ls(b0));
  out[k++] = feature(135, b0t, ls(b0));
  out[k++] = feature(136, s1t, rs(s1));
  out[k++] = feature(137, s1w, rs(s1));
  // coarse tags (UPOS) and clusters generalise the word features
  const U = (i: number) => (i < 0 ? 0 : i === n ? 1 : x.upos[i]! + 2);
  out[k++] = feature(140, U(s0), U(b0));
  out[k++] = feature(141, U(s1), U(s0));
  out[k++] = feature(142, U(s1), U(s0), U(b0));
  out[k++] = feature(143, U(s0), U(b0), U(b1));
  const C = (i: number) => (i < 0 || i >= n ? 0 : a.c8[i]!);
  const s0c = C(s0),
    b0c = C(b0),
    s1c = C(s1);
  if (s0c || b0c) {
    out[k++] = feature(150, s0c, b0c);
    out[k++] = feature(151, s0c, b0t);
    out[k++] = feature(152, s0t, b0c);
  }
  if (s1c || s0c) {
    out[k++] = feature(153, s1c, s0c);
    out[k++] = feature(154, s1c, s0t);
    out[k++] = feature(155, s1t, s0c);
  }
  return k;
}

// ---------------------------------------------------------------------------------------------
// Move scores from cached groups (the same features as moveFeatures, summed in another order)

/** A move scorer that can sum rows as doubles (BucketTable): the fast path needs it. */
type WideScorer = Scorer & {
  addWide(features: ArrayLike<number>, from: number, to: number, out: Float64Array, at: number): void;
};
const isWide = (s: Scorer): s is WideScorer => typeof (s as Partial<WideScorer>).addWide === 'function';

/**
 * Most move features are determined by a few atoms that recur from move to move and from
 * sentence to sentence: a word and its tag in one role (s0, s1, b0, b1, b2, s2), a child in one
 * slot (its word, tag and label), the tags around the stack top, a pair of words with their tags
 * and distance, the tags, labels and valency of the children of s0, of s1 and of b0, the word of
 * s0, b0 and s1 with its valency and its children's label sets. Their summed rows are cached per
 * group (about 116 of 125 features in 24 groups), so a move costs 24 cache probes, the ~12 other
 * features and one decision check (table lookups per token 91 -> 76 with the last three groups,
 * which hit 77% of the time on Reuters stories): the sums differ
 * from the reference's (features in moveFeatures order, float32) by rounding only, and
 * certainArgmax takes the move only when rounding cannot change it (else the reference way).
 */
type MoveCaches = {
  role: GroupCache;
  kid: GroupCache;
  tags: GroupCache;
  pair: GroupCache;
  state: GroupCache;
  s0: GroupCache;
  s1: GroupCache;
  b0: GroupCache;
};
const moveCaches = new WeakMap<Scorer, MoveCaches>();

function cachesOf(moves: Scorer): MoveCaches {
  let c = moveCaches.get(moves);
  if (!c) {
    c = {
      role: new GroupCache(14, 3),
      kid: new GroupCache(14, 3),
      tags: new GroupCache(14, 3),
      pair: new GroupCache(15, 3),
      state: new GroupCache(15, 3),
      s0: new GroupCache(14, 3),
      s1: new GroupCache(14, 3),
      b0: new GroupCache(14, 3),
    };
    moveCaches.set(moves, c);
  }
  return c;
}

/** The features of one word in one role (0 s0, 1 s1, 2 b0, 3 b1, 4 b2, 5 s2) of moveFeatures. */
function roleFeatures(role: number, w: number, t: number, out: Uint32Array): number {
  switch (role) {
    case 0:
    case 1:
    case 2:
    case 3: {
      const base = 1 + role * 3;
      out[0] = feature(base, w);
      out[1] = feature(base + 1, t);
      out[2] = feature(base + 2, mix(w, t));
      return 3;
    }
    case 4:
      out[0] = feature(13, w);
      out[1] = feature(14, t);
      return 2;
    default:
      out[0] = feature(15, t);
      out[1] = feature(16, w);
      return 2;
  }
}

/** The features of the child in slot `j` (word, tag, label; see KIDS). */
function kidFeatures(j: number, w: number, t: number, l: number, out: Uint32Array): number {
  const base = 90 + 3 * j;
  out[0] = feature(base, w);
  out[1] = feature(base + 1, t);
  out[2] = feature(base + 2, l);
  return 3;
}

/** The features of the tags (and coarse tags) of s1, s0, b0 and b1, and the bias. */
function tagContextFeatures(
  s1t: number,
  s0t: number,
  b0t: number,
  b1t: number,
  us1: number,
  us0: number,
  ub0: number,
  ub1: number,
  out: Uint32Array,
): number {
  out[0] = feature(0, 0);
  out[1] = feature(26, s0t, b0t);
  out[2] = feature(27, b0t, b1t);
  out[3] = feature(34, s1t, s0t);
  out[4] = feature(41, s0t, b0t, b1t);
  out[5] = feature(42, s1t, s0t, b0t);
  out[6] = feature(56, s1t, s0t, b1t);
  out[7] = feature(140, us0, ub0);
  out[8] = feature(141, us1, us0);
  out[9] = feature(142, us1, us0, ub0);
  out[10] = feature(143, us0, ub0, ub1);
  return 11;
}

/**
 * The features of a word pair with its distance bucket: (s0, b0, d1) when `second` is false
 * (templates 20-25, 60-65), (s1, s0, d2) when true (28-33, 66-71); a is the left item.
 */
function pairFeatures(
  second: boolean,
  aw: number,
  at: number,
  bw: number,
  bt: number,
  d: number,
  out: Uint32Array,
): number {
  const awt = mix(aw, at);
  const bwt = mix(bw, bt);
  if (!second) {
    out[0] = feature(20, awt, bwt);
    out[1] = feature(21, awt, bw);
    out[2] = feature(22, aw, bwt);
    out[3] = feature(23, awt, bt);
    out[4] = feature(24, at, bwt);
    out[5] = feature(25, aw, bw);
    out[6] = feature(60, aw, d);
    out[7] = feature(61, at, d);
    out[8] = feature(62, bw, d);
    out[9] = feature(63, bt, d);
    out[10] = feature(64, mix(aw, bw), d);
    out[11] = feature(65, at, bt, d);
  } else {
    out[0] = feature(28, awt, bwt);
    out[1] = feature(29, awt, bw);
    out[2] = feature(30, aw, bwt);
    out[3] = feature(31, awt, bt);
    out[4] = feature(32, at, bwt);
    out[5] = feature(33, aw, bw);
    out[6] = feature(66, aw, d);
    out[7] = feature(67, at, d);
    out[8] = feature(68, bw, d);
    out[9] = feature(69, bt, d);
    out[10] = feature(70, at, bt, d);
    out[11] = feature(71, mix(aw, bw), d);
  }
  return 12;
}

/**
 * The features of one word with its valency and the label sets of its children (templates 80,
 * 82, 130-133 for s0; 84, 134, 135 for b0; 86, 136, 137 for s1): `item` 0 s0, 1 b0, 2 s1; vl, vr
 * valencies, ls, rs label sets (as moveFeatures computes them).
 */
function stateFeatures(
  item: number,
  w: number,
  t: number,
  vl: number,
  vr: number,
  ls: number,
  rs: number,
  out: Uint32Array,
): number {
  if (item === 0) {
    out[0] = feature(80, w, vr);
    out[1] = feature(82, w, vl);
    out[2] = feature(130, w, ls);
    out[3] = feature(131, t, ls);
    out[4] = feature(132, w, rs);
    out[5] = feature(133, t, rs);
    return 6;
  }
  if (item === 1) {
    out[0] = feature(84, w, vl);
    out[1] = feature(134, w, ls);
    out[2] = feature(135, t, ls);
    return 3;
  }
  out[0] = feature(86, w, vr);
  out[1] = feature(136, t, rs);
  out[2] = feature(137, w, rs);
  return 3;
}

/** The features of moveFeatures in no group (one word with tags; the tags of s2, s1 and s0; clusters). */
function restFeatures(x: ParseInput, st: State, out: Uint32Array): number {
  const n = st.n;
  const a = x.atoms;
  const W = (i: number) => (i < 0 ? NO_WORD : i === n ? ROOT_WORD : a.word[i]!);
  const T = (i: number) => (i < 0 ? 0 : i === n ? 1 : x.tags[i]! + 2);
  const s0 = st.s(0);
  const s1 = st.s(1);
  const b0 = st.b0;
  const b1 = b0 + 1 <= n ? b0 + 1 : -1;
  const s0w = W(s0),
    s0t = T(s0),
    s1w = W(s1),
    s1t = T(s1),
    b0w = W(b0),
    b0t = T(b0),
    b1t = T(b1);
  let k = 0;
  out[k++] = feature(43, T(st.s(2)), s1t, s0t);
  out[k++] = feature(51, s0w, b0t, b1t);
  out[k++] = feature(52, s0t, b0w, b1t);
  out[k++] = feature(53, s1w, s0t, b0t);
  out[k++] = feature(54, s1t, s0w, b0t);
  out[k++] = feature(55, s1t, s0t, b0w);
  const C = (i: number) => (i < 0 || i >= n ? 0 : a.c8[i]!);
  const s0c = C(s0),
    b0c = C(b0),
    s1c = C(s1);
  if (s0c || b0c) {
    out[k++] = feature(150, s0c, b0c);
    out[k++] = feature(151, s0c, b0t);
    out[k++] = feature(152, s0t, b0c);
  }
  if (s1c || s0c) {
    out[k++] = feature(153, s1c, s0c);
    out[k++] = feature(154, s1c, s0t);
    out[k++] = feature(155, s1t, s0c);
  }
  return k;
}

/**
 * The features of s0's children's tags and labels and its valency, with b0's tag (templates 44,
 * 45, 81, 83, 120, 121, 124, 125); T values are tags, L label hashes, v valencies.
 */
function s0Features(
  s0t: number,
  b0t: number,
  tl: number,
  tl2: number,
  tr: number,
  tr2: number,
  ll: number,
  ll2: number,
  lr: number,
  lr2: number,
  vl: number,
  vr: number,
  out: Uint32Array,
): number {
  out[0] = feature(44, s0t, tl, b0t);
  out[1] = feature(45, s0t, tr, b0t);
  out[2] = feature(81, s0t, vr);
  out[3] = feature(83, s0t, vl);
  out[4] = feature(120, s0t, tl, tl2);
  out[5] = feature(121, s0t, tr, tr2);
  out[6] = feature(124, s0t, ll, ll2);
  out[7] = feature(125, s0t, lr, lr2);
  return 8;
}

/** s1's children's tags and labels and valency, with s0 and its outer children's tags (47-50, 87, 88, 122, 126). */
function s1Features(
  s1t: number,
  s0t: number,
  tl: number,
  tr: number,
  tr2: number,
  s0tl: number,
  s0tr: number,
  lr: number,
  lr2: number,
  vl: number,
  vr: number,
  out: Uint32Array,
): number {
  out[0] = feature(47, s1t, tr, s0t);
  out[1] = feature(48, s1t, tl, s0t);
  out[2] = feature(49, s1t, s0t, s0tl);
  out[3] = feature(50, s1t, s0t, s0tr);
  out[4] = feature(87, s1t, vr);
  out[5] = feature(88, s1t, vl);
  out[6] = feature(122, s1t, tr, tr2);
  out[7] = feature(126, s1t, lr, lr2);
  return 8;
}

/** b0's left children's tags and labels and valency, with the tags of s0, b1 and b2 (40, 46, 85, 123, 127). */
function b0Features(
  b0t: number,
  s0t: number,
  b1t: number,
  b2t: number,
  tl: number,
  tl2: number,
  ll: number,
  ll2: number,
  vl: number,
  out: Uint32Array,
): number {
  out[0] = feature(40, b0t, b1t, b2t);
  out[1] = feature(46, s0t, b0t, tl);
  out[2] = feature(85, b0t, vl);
  out[3] = feature(123, b0t, tl, tl2);
  out[4] = feature(127, b0t, ll, ll2);
  return 5;
}

/**
 * The slot of a group's sums in `cache.values` when cached (added into `acc` already), or the
 * bitwise complement of a claimed slot whose sums the caller computes and then adds (`fillGroup`).
 */
function probe(cache: GroupCache, k0: number, k1: number, k2: number, k3: number, acc: Float64Array): number {
  const slot = cache.slot(k0, k1, k2, k3);
  if (!cache.has(slot, k0, k1, k2, k3)) return ~cache.claim(slot, k0, k1, k2, k3);
  addSums(cache.values, slot * 4, acc);
  return slot * 4;
}

function fillGroup(
  moves: WideScorer,
  cache: GroupCache,
  at: number,
  feats: Uint32Array,
  count: number,
  acc: Float64Array,
): void {
  moves.addWide(feats, 0, count, cache.values, at);
  addSums(cache.values, at, acc);
}

function addSums(v: Float64Array, at: number, acc: Float64Array): void {
  acc[0]! += v[at]!;
  acc[1]! += v[at + 1]!;
  acc[2]! += v[at + 2]!;
  acc[3]! += v[at + 3]!;
}

/** scratch: the items of the six roles of roleFeatures */
const ROLES = new Int32Array(6);

/**
 * The three move scores of a configuration as doubles in acc[0..3), and the sum of the absolute
 * values of their terms in acc[3]; the terms are those of moveFeatures (test: en.test.ts).
 */
function wideMoveScores(
  x: ParseInput,
  st: State,
  moves: WideScorer,
  caches: MoveCaches,
  feats: Uint32Array,
  acc: Float64Array,
): void {
  acc.fill(0);
  const n = st.n;
  const a = x.atoms;
  const W = (i: number) => (i < 0 ? NO_WORD : i === n ? ROOT_WORD : a.word[i]!);
  const T = (i: number) => (i < 0 ? 0 : i === n ? 1 : x.tags[i]! + 2);
  const U = (i: number) => (i < 0 ? 0 : i === n ? 1 : x.upos[i]! + 2);
  const L = (i: number) => (i < 0 ? 0 : labelHash(st.labels[i]!));
  const s0 = st.s(0);
  const s1 = st.s(1);
  const b0 = st.b0;
  const b1 = b0 + 1 <= n ? b0 + 1 : -1;
  const roles = ROLES;
  roles[0] = s0;
  roles[1] = s1;
  roles[2] = b0;
  roles[3] = b1;
  roles[4] = b0 + 2 <= n ? b0 + 2 : -1;
  roles[5] = st.s(2);
  for (let role = 0; role < 6; role++) {
    const i = roles[role]!;
    const w = W(i);
    const t = T(i);
    const at = probe(caches.role, role, w, t, 0, acc);
    if (at < 0) fillGroup(moves, caches.role, ~at, feats, roleFeatures(role, w, t, feats), acc);
  }
  const s0t = T(s0),
    s1t = T(s1),
    b0t = T(b0),
    b1t = T(b1);
  const us1 = U(s1),
    us0 = U(s0),
    ub0 = U(b0),
    ub1 = U(b1);
  // tags below 512 and coarse tags below 256 (checked per sentence): the packing is exact
  let at = probe(
    caches.tags,
    s1t | (s0t << 9) | (b0t << 18),
    b1t,
    us1 | (us0 << 8) | (ub0 << 16) | (ub1 << 24),
    0,
    acc,
  );
  if (at < 0)
    fillGroup(
      moves,
      caches.tags,
      ~at,
      feats,
      tagContextFeatures(s1t, s0t, b0t, b1t, us1, us0, ub0, ub1, feats),
      acc,
    );
  const s0w = W(s0),
    s1w = W(s1),
    b0w = W(b0);
  const d1 = s0 >= 0 ? distBucket(b0 - s0) : 15;
  const d2 = s1 >= 0 ? distBucket(s0 - s1) : 15;
  at = probe(caches.pair, d1, s0w, b0w, (s0t << 16) | b0t, acc);
  if (at < 0)
    fillGroup(moves, caches.pair, ~at, feats, pairFeatures(false, s0w, s0t, b0w, b0t, d1, feats), acc);
  at = probe(caches.pair, 16 + d2, s1w, s0w, (s1t << 16) | s0t, acc);
  if (at < 0)
    fillGroup(moves, caches.pair, ~at, feats, pairFeatures(true, s1w, s1t, s0w, s0t, d2, feats), acc);
  const ls = (i: number) => (i >= 0 ? st.lset[i]! : 7);
  const rs = (i: number) => (i >= 0 ? st.rset[i]! : 7);
  const vl0 = s0 >= 0 ? Math.min(st.nl[s0]!, 5) : 9;
  const vr0 = s0 >= 0 ? Math.min(st.nr[s0]!, 5) : 9;
  const vlb = Math.min(st.nl[b0]!, 5);
  const vr1 = s1 >= 0 ? Math.min(st.nr[s1]!, 5) : 9;
  const sc = caches.state;
  at = probe(sc, s0w, 0 | (s0t << 2) | (vl0 << 11) | (vr0 << 15), ls(s0), rs(s0), acc);
  if (at < 0)
    fillGroup(moves, sc, ~at, feats, stateFeatures(0, s0w, s0t, vl0, vr0, ls(s0), rs(s0), feats), acc);
  at = probe(sc, b0w, 1 | (b0t << 2) | (vlb << 11), ls(b0), 0, acc);
  if (at < 0) fillGroup(moves, sc, ~at, feats, stateFeatures(1, b0w, b0t, vlb, 0, ls(b0), 0, feats), acc);
  at = probe(sc, s1w, 2 | (s1t << 2) | (vr1 << 15), 0, rs(s1), acc);
  if (at < 0) fillGroup(moves, sc, ~at, feats, stateFeatures(2, s1w, s1t, 0, vr1, 0, rs(s1), feats), acc);
  const kids = KIDS;
  kids[0] = s0 >= 0 ? st.lc1[s0]! : -1;
  kids[1] = s0 >= 0 ? st.rc1[s0]! : -1;
  kids[2] = s0 >= 0 ? st.lc2[s0]! : -1;
  kids[3] = s0 >= 0 ? st.rc2[s0]! : -1;
  kids[4] = s1 >= 0 ? st.lc1[s1]! : -1;
  kids[5] = s1 >= 0 ? st.rc1[s1]! : -1;
  kids[6] = s1 >= 0 ? st.rc2[s1]! : -1;
  kids[7] = st.lc1[b0]!;
  kids[8] = st.lc2[b0]!;
  for (let j = 0; j < 9; j++) {
    const c = kids[j]!;
    const w = W(c);
    const t = T(c);
    const l = L(c);
    at = probe(caches.kid, j, w, t, l, acc);
    if (at < 0) fillGroup(moves, caches.kid, ~at, feats, kidFeatures(j, w, t, l, feats), acc);
  }
  // children's tags and labels, valencies: keyed by tags, label ids + 1 (below 64, checked per
  // sentence) and valencies (0-5 or 9), each in its own bits
  const lab = (i: number) => (i < 0 ? 0 : st.labels[i]! + 1);
  const vl = (i: number) => (i >= 0 ? Math.min(st.nl[i]!, 5) : 9);
  const vr = (i: number) => (i >= 0 ? Math.min(st.nr[i]!, 5) : 9);
  const b2t = T(b0 + 2 <= n ? b0 + 2 : -1);
  const s0l = kids[0]!,
    s0r = kids[1]!,
    s0l2 = kids[2]!,
    s0r2 = kids[3]!,
    s1l = kids[4]!,
    s1r = kids[5]!,
    s1r2 = kids[6]!,
    b0l = kids[7]!,
    b0l2 = kids[8]!;
  let k0 = s0t | (b0t << 9) | (T(s0l) << 18);
  let k1 = T(s0l2) | (T(s0r) << 9) | (T(s0r2) << 18);
  let k2 =
    vl(s0) | (vr(s0) << 4) | (lab(s0l) << 8) | (lab(s0l2) << 14) | (lab(s0r) << 20) | (lab(s0r2) << 26);
  at = probe(caches.s0, k0, k1, k2, 0, acc);
  if (at < 0) {
    const count = s0Features(
      s0t,
      b0t,
      T(s0l),
      T(s0l2),
      T(s0r),
      T(s0r2),
      L(s0l),
      L(s0l2),
      L(s0r),
      L(s0r2),
      vl(s0),
      vr(s0),
      feats,
    );
    fillGroup(moves, caches.s0, ~at, feats, count, acc);
  }
  k0 = s1t | (s0t << 9) | (T(s1l) << 18);
  k1 = T(s1r) | (T(s1r2) << 9) | (T(s0l) << 18);
  k2 = T(s0r) | (vl(s1) << 9) | (vr(s1) << 13) | (lab(s1r) << 17) | (lab(s1r2) << 23);
  at = probe(caches.s1, k0, k1, k2, 0, acc);
  if (at < 0) {
    const count = s1Features(
      s1t,
      s0t,
      T(s1l),
      T(s1r),
      T(s1r2),
      T(s0l),
      T(s0r),
      L(s1r),
      L(s1r2),
      vl(s1),
      vr(s1),
      feats,
    );
    fillGroup(moves, caches.s1, ~at, feats, count, acc);
  }
  k0 = b0t | (T(b0l) << 9) | (T(b0l2) << 18);
  k1 = s0t | (b1t << 9) | (b2t << 18);
  k2 = vl(b0) | (lab(b0l) << 4) | (lab(b0l2) << 10);
  at = probe(caches.b0, k0, k1, k2, 0, acc);
  if (at < 0) {
    const count = b0Features(b0t, s0t, b1t, b2t, T(b0l), T(b0l2), L(b0l), L(b0l2), vl(b0), feats);
    fillGroup(moves, caches.b0, ~at, feats, count, acc);
  }
  moves.addWide(feats, 0, restFeatures(x, st, feats), acc, 0);
}

// ---------------------------------------------------------------------------------------------
// Label scores from a cached group (the same features as labelFeatures, summed in another order)

/**
 * Label features determined by few atoms are cached in two groups: the dependent's word, tag,
 * affix and flags with the direction (templates 0, 3, 4, 10, 22, 23), and the tags, coarse tags,
 * direction and distance of the pair (8, 9, 11, 32, 33); the 25 others are read each time;
 * certainArgmax decides as for the moves.
 */
type LabelCaches = { dep: GroupCache; tags: GroupCache };
const labelCaches = new WeakMap<Scorer, LabelCaches>();

function labelCachesOf(labeller: Scorer): LabelCaches {
  let c = labelCaches.get(labeller);
  if (!c) {
    c = { dep: new GroupCache(13, labeller.classes), tags: new GroupCache(12, labeller.classes) };
    labelCaches.set(labeller, c);
  }
  return c;
}

/** The dependent's group (see above). */
function labelDepFeatures(
  dw: number,
  dt: number,
  dir: number,
  suf3: number,
  flags: number,
  out: Uint32Array,
): number {
  out[0] = feature(0, dir);
  out[1] = feature(3, dw);
  out[2] = feature(4, dt, dir);
  out[3] = feature(10, dw, dir);
  out[4] = feature(22, suf3, dt);
  out[5] = feature(23, flags, dt, dir);
  return 6;
}

/** The pair's tag group (see above). */
function labelTagFeatures(
  ht: number,
  dt: number,
  dir: number,
  dist: number,
  uh: number,
  ud: number,
  first: number,
  out: Uint32Array,
): number {
  out[0] = feature(8, ht, dt, dir);
  out[1] = feature(9, ht, dt, dist);
  out[2] = feature(11, dt, dir, dist);
  out[3] = feature(32, first, dt, ht);
  out[4] = feature(33, uh, ud, dir);
  return 5;
}

/** The label features of labelFeatures outside the two groups. */
function labelRestFeatures(x: ParseInput, st: State, h: number, d: number, out: Uint32Array): number {
  const n = st.n;
  const a = x.atoms;
  const W = (i: number) => (i < 0 || i > n ? NO_WORD : i === n ? ROOT_WORD : a.word[i]!);
  const T = (i: number) => (i < 0 || i > n ? 0 : i === n ? 1 : x.tags[i]! + 2);
  const L = (i: number) => (i < 0 ? 0 : labelHash(st.labels[i]!));
  const hw = W(h),
    ht = T(h),
    dw = W(d),
    dt = T(d);
  const dir = d < h ? 1 : 2;
  let k = 0;
  out[k++] = feature(1, hw);
  out[k++] = feature(2, ht, dir);
  out[k++] = feature(5, hw, dt);
  out[k++] = feature(6, ht, dw);
  out[k++] = feature(7, hw, dw);
  out[k++] = feature(12, dt, st.lset[d]!);
  out[k++] = feature(13, dt, st.rset[d]!);
  out[k++] = feature(14, dt, T(st.lc1[d]!), L(st.lc1[d]!));
  out[k++] = feature(15, dt, T(st.rc1[d]!), L(st.rc1[d]!));
  out[k++] = feature(16, ht, st.lset[h]!, dir);
  out[k++] = feature(17, ht, st.rset[h]!, dir);
  out[k++] = feature(18, T(d - 1), dt, dir);
  out[k++] = feature(19, dt, T(d + 1), dir);
  out[k++] = feature(20, T(h - 1), ht, dir);
  out[k++] = feature(21, ht, T(h + 1), dir);
  out[k++] = feature(24, hw, dt, dir);
  out[k++] = feature(25, ht, dw, dir);
  out[k++] = feature(26, ht, dt, mix(st.nl[d]!, st.nr[d]!));
  out[k++] = feature(27, ht, dt, L(st.lc1[h]!));
  out[k++] = feature(28, ht, dt, L(st.rc1[h]!));
  out[k++] = feature(29, dt, T(st.lc1[d]!), T(st.lc2[d]!));
  out[k++] = feature(30, h < n ? a.suf3[h]! : 0, ht, dt);
  out[k++] = feature(31, dw, T(st.lc1[d]!));
  const dc = d < n ? a.c8[d]! : 0;
  if (dc) out[k++] = feature(34, dc, ht, dir);
  const hc = h < n ? a.c8[h]! : 0;
  if (hc) out[k++] = feature(35, hc, dt, dir);
  return k;
}

/** Adds a label group's cached sums into `acc`, computing them first on a miss (count >= 0). */
function addLabelGroup(
  labeller: WideScorer,
  cache: GroupCache,
  k0: number,
  k1: number,
  k2: number,
  k3: number,
  feats: Uint32Array,
  count: number,
  acc: Float64Array,
): void {
  const width = cache.width;
  const v = cache.values;
  const slot = cache.slot(k0, k1, k2, k3);
  let at = slot * width;
  if (count >= 0) {
    at = cache.claim(slot, k0, k1, k2, k3);
    labeller.addWide(feats, 0, count, v, at);
  }
  for (let c = 0; c < width; c++) acc[c]! += v[at + c]!;
}

function cachedGroup(cache: GroupCache, k0: number, k1: number, k2: number, k3: number): boolean {
  return cache.has(cache.slot(k0, k1, k2, k3), k0, k1, k2, k3);
}

/** The label scores of the arc h → d as doubles in acc[0..classes), the absolute sum after them. */
function wideLabelScores(
  x: ParseInput,
  st: State,
  h: number,
  d: number,
  labeller: WideScorer,
  caches: LabelCaches,
  feats: Uint32Array,
  acc: Float64Array,
): void {
  acc.fill(0);
  const n = st.n;
  const a = x.atoms;
  const W = (i: number) => (i < 0 || i > n ? NO_WORD : i === n ? ROOT_WORD : a.word[i]!);
  const T = (i: number) => (i < 0 || i > n ? 0 : i === n ? 1 : x.tags[i]! + 2);
  const U = (i: number) => (i < 0 || i > n ? 0 : i === n ? 1 : x.upos[i]! + 2);
  const ht = T(h),
    dw = W(d),
    dt = T(d),
    uh = U(h),
    ud = U(d);
  const dir = d < h ? 1 : 2;
  const dist = distBucket(h === n ? 0 : h - d);
  const suf3 = d < n ? a.suf3[d]! : 0;
  const flags = d < n ? a.flags[d]! : 0;
  const first = d === 0 ? 1 : 0;
  // tags below 512, coarse tags below 256 (packable), dir 1-2, dist 0-9, flags a byte: each in
  // its own bits
  let k2 = dt | (dir << 9) | (flags << 11);
  let c = caches.dep;
  let count = cachedGroup(c, dw, suf3, k2, 0) ? -1 : labelDepFeatures(dw, dt, dir, suf3, flags, feats);
  addLabelGroup(labeller, c, dw, suf3, k2, 0, feats, count, acc);
  const k0 = ht | (dt << 9) | (dir << 18) | (dist << 20) | (first << 24);
  k2 = uh | (ud << 8);
  c = caches.tags;
  count = cachedGroup(c, k0, k2, 0, 0) ? -1 : labelTagFeatures(ht, dt, dir, dist, uh, ud, first, feats);
  addLabelGroup(labeller, c, k0, k2, 0, 0, feats, count, acc);
  labeller.addWide(feats, 0, labelRestFeatures(x, st, h, d, feats), acc, 0);
}

/** Whether a sentence's tag ids and the label ids fit the packed keys of the caches. */
function packable(x: ParseInput, labels: number): boolean {
  if (labels >= 63) return false;
  for (let i = 0; i < x.tags.length; i++)
    if (!(x.tags[i]! + 2 >= 0 && x.tags[i]! + 2 < 512 && x.upos[i]! + 2 >= 0 && x.upos[i]! + 2 < 256))
      return false;
  return true;
}

/** Features of the arc head → dep about to be made. */
function labelFeatures(x: ParseInput, st: State, h: number, d: number, out: Uint32Array): number {
  const n = st.n;
  const a = x.atoms;
  const W = (i: number) => (i < 0 || i > n ? NO_WORD : i === n ? ROOT_WORD : a.word[i]!);
  const T = (i: number) => (i < 0 || i > n ? 0 : i === n ? 1 : x.tags[i]! + 2);
  const L = (i: number) => (i < 0 ? 0 : labelHash(st.labels[i]!));
  const hw = W(h),
    ht = T(h),
    dw = W(d),
    dt = T(d);
  const dir = d < h ? 1 : 2;
  const dist = distBucket(h === n ? 0 : h - d);
  let k = 0;
  out[k++] = feature(0, dir);
  out[k++] = feature(1, hw);
  out[k++] = feature(2, ht, dir);
  out[k++] = feature(3, dw);
  out[k++] = feature(4, dt, dir);
  out[k++] = feature(5, hw, dt);
  out[k++] = feature(6, ht, dw);
  out[k++] = feature(7, hw, dw);
  out[k++] = feature(8, ht, dt, dir);
  out[k++] = feature(9, ht, dt, dist);
  out[k++] = feature(10, dw, dir);
  out[k++] = feature(11, dt, dir, dist);
  out[k++] = feature(12, dt, st.lset[d]!);
  out[k++] = feature(13, dt, st.rset[d]!);
  out[k++] = feature(14, dt, T(st.lc1[d]!), L(st.lc1[d]!));
  out[k++] = feature(15, dt, T(st.rc1[d]!), L(st.rc1[d]!));
  out[k++] = feature(16, ht, st.lset[h]!, dir);
  out[k++] = feature(17, ht, st.rset[h]!, dir);
  out[k++] = feature(18, T(d - 1), dt, dir);
  out[k++] = feature(19, dt, T(d + 1), dir);
  out[k++] = feature(20, T(h - 1), ht, dir);
  out[k++] = feature(21, ht, T(h + 1), dir);
  out[k++] = feature(22, d < n ? a.suf3[d]! : 0, dt);
  out[k++] = feature(23, d < n ? a.flags[d]! : 0, dt, dir);
  out[k++] = feature(24, hw, dt, dir);
  out[k++] = feature(25, ht, dw, dir);
  out[k++] = feature(26, ht, dt, mix(st.nl[d]!, st.nr[d]!));
  out[k++] = feature(27, ht, dt, L(st.lc1[h]!));
  out[k++] = feature(28, ht, dt, L(st.rc1[h]!));
  out[k++] = feature(29, dt, T(st.lc1[d]!), T(st.lc2[d]!));
  out[k++] = feature(30, h < n ? a.suf3[h]! : 0, ht, dt);
  out[k++] = feature(31, dw, T(st.lc1[d]!));
  out[k++] = feature(32, d === 0 ? 1 : 0, dt, ht);
  const U = (i: number) => (i < 0 || i > n ? 0 : i === n ? 1 : x.upos[i]! + 2);
  out[k++] = feature(33, U(h), U(d), dir);
  const dc = d < n ? a.c8[d]! : 0;
  if (dc) out[k++] = feature(34, dc, ht, dir);
  const hc = h < n ? a.c8[h]! : 0;
  if (hc) out[k++] = feature(35, hc, dt, dir);
  return k;
}

/**
 * For tests: follows the parse of `x` and, at each configuration, compares the cached grouped
 * move scores with the rows of moveFeatures summed in order, both as doubles, and the same for
 * the label scores of the arc made (labelFeatures); returns
 * the largest difference relative to the sum of absolute terms, abs sums included (about 1e-16
 * when both sum the same terms; a forgotten or doubled feature shows as 1e-7 or more).
 */
export function moveScoreGap(model: ParserModel, x: ParseInput): number {
  if (!isWide(model.moves) || !isWide(model.labeller))
    throw new TypeError('moveScoreGap needs scorers that sum as doubles (the loaded model)');
  const moves = model.moves;
  const labeller = model.labeller;
  const lcaches = labelCachesOf(labeller);
  const lacc = new Float64Array(labeller.classes + 1);
  const lref = new Float64Array(labeller.classes + 1);
  const caches = cachesOf(moves);
  const st = new State(x.atoms.n);
  const feats = new Uint32Array(MAX_FEATURES);
  const acc = new Float64Array(4);
  const ref = new Float64Array(4);
  let gap = 0;
  while (!st.done) {
    wideMoveScores(x, st, moves, caches, feats, acc);
    ref.fill(0);
    moves.addWide(feats, 0, moveFeatures(x, st, feats), ref, 0);
    for (let m = 0; m < 4; m++) gap = Math.max(gap, Math.abs(acc[m]! - ref[m]!) / Math.max(ref[3]!, 1e-30));
    let move = -1;
    for (let m = 0; m < 3; m++) if (st.valid(m) && (move < 0 || ref[m]! > ref[move]!)) move = m;
    let label = -1;
    if (move !== SHIFT) {
      // the label scores of the arc, from the label groups and from labelFeatures
      const h = move === LEFT ? st.b0 : st.s(1);
      wideLabelScores(x, st, h, st.s(0), labeller, lcaches, feats, lacc);
      lref.fill(0);
      labeller.addWide(feats, 0, labelFeatures(x, st, h, st.s(0), feats), lref, 0);
      const k = labeller.classes;
      for (let c = 0; c <= k; c++)
        gap = Math.max(gap, Math.abs(lacc[c]! - lref[c]!) / Math.max(lref[k]!, 1e-30));
      label = 0;
      for (let c = 1; c < k; c++) if (lref[c]! > lref[label]!) label = c;
    }
    st.apply(move, label);
  }
  return gap;
}

/** Moves scored the reference way because rounding could have changed them (for reports). */
export let fallbacks = 0;

function argmax(scores: Float32Array, k: number): number {
  let best = 0;
  for (let c = 1; c < k; c++) if (scores[c]! > scores[best]!) best = c;
  return best;
}

/** Parses one sentence: head index of each word (-1 for the root) and label ids. */
export function parseSentence(model: ParserModel, x: ParseInput): { heads: Int32Array; labels: Int32Array } {
  const n = x.atoms.n;
  const st = n < spare.heads.length ? spare : (spare = new State(n, Math.max(n + 1, 2 * spare.heads.length)));
  st.reset(n);
  const feats = new Uint32Array(MAX_FEATURES);
  const mscores = new Float32Array(3);
  const lscores = new Float32Array(model.labeller.classes);
  const rootLabel = model.labels.indexOf('root');
  const wide = isWide(model.moves) && packable(x, model.labels.length) ? model.moves : null;
  const caches = wide ? cachesOf(wide) : null;
  const acc = new Float64Array(4);
  const labeller = wide && isWide(model.labeller) ? model.labeller : null;
  const lcache = labeller ? labelCachesOf(labeller) : null;
  const lacc = new Float64Array(model.labeller.classes + 1);
  while (!st.done) {
    let move = -1;
    let valid = 0;
    let allowed = 0;
    for (let m = 0; m < 3; m++) {
      if (!st.valid(m)) continue;
      move = m;
      valid++;
      allowed |= 1 << m;
    }
    // a forced move (empty stack: SHIFT; buffer at the root: the one reduction allowed) needs no
    // scores — about one move in ten
    let sure = -1;
    if (valid > 1 && wide && caches) {
      wideMoveScores(x, st, wide, caches, feats, acc);
      sure = certainArgmax(acc, 3, allowed, acc[3]!, MAX_FEATURES);
      if (sure >= 0) move = sure;
      else fallbacks++;
    }
    if (valid > 1 && sure < 0) {
      const count = moveFeatures(x, st, feats);
      model.moves.scores(feats, count, mscores);
      move = -1;
      for (let m = 0; m < 3; m++) if (st.valid(m) && (move < 0 || mscores[m]! > mscores[move]!)) move = m;
    }
    let label = -1;
    if (move !== SHIFT) {
      const h = move === LEFT ? st.b0 : st.s(1);
      if (h === n && rootLabel >= 0) label = rootLabel;
      else {
        label = -1;
        if (labeller && lcache) {
          // the reference takes the best label but the root's (argmax, then secondBest)
          wideLabelScores(x, st, h, st.s(0), labeller, lcache, feats, lacc);
          label = certainArgmax(lacc, labeller.classes, -1, lacc[labeller.classes]!, MAX_FEATURES, rootLabel);
          if (label < 0) fallbacks++;
        }
        if (label < 0) {
          const lc = labelFeatures(x, st, h, st.s(0), feats);
          model.labeller.scores(feats, lc, lscores);
          label = argmax(lscores, lscores.length);
          if (label === rootLabel) label = secondBest(lscores, rootLabel);
        }
      }
    }
    st.apply(move, label);
  }
  const heads = new Int32Array(n);
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    heads[i] = st.heads[i] === n ? -1 : st.heads[i]!;
    labels[i] = st.labels[i]!;
  }
  return { heads, labels };
}

/** The State parseSentence reuses (grown for a longer sentence). */
let spare = new State(0, 256);

function secondBest(scores: Float32Array, not: number): number {
  let best = -1;
  for (let c = 0; c < scores.length; c++) if (c !== not && (best < 0 || scores[c]! > scores[best]!)) best = c;
  return best;
}

// ---------------------------------------------------------------------------------------------
// Training

/** A training sentence: forms, predicted (or gold) tag ids, gold heads (-1 root) and labels. */
export type TreeSentence = {
  forms: string[];
  tags: number[];
  upos: number[];
  heads: number[];
  labels: number[];
};

/** Lifts crossing arcs until the tree is projective (heads -1 = root). */
export function projectivize(heads: readonly number[]): number[] {
  const h = [...heads];
  const n = h.length;
  const H = (i: number) => (h[i]! < 0 ? n : h[i]!);
  const dominates = (a: number, b: number) => {
    for (let t = b, steps = 0; steps <= n + 1; steps++) {
      if (t === a) return true;
      if (t === n) return false;
      t = H(t);
    }
    return false;
  };
  for (let round = 0; round < n * n; round++) {
    let worst = -1;
    let worstLen = Infinity;
    for (let d = 0; d < n; d++) {
      const head = H(d);
      const lo = Math.min(head, d);
      const hi = Math.max(head, d);
      let crossing = false;
      for (let k = lo + 1; k < hi && !crossing; k++) if (!dominates(head, k)) crossing = true;
      if (crossing && hi - lo < worstLen) {
        worst = d;
        worstLen = hi - lo;
      }
    }
    if (worst < 0) break;
    const head = H(worst);
    h[worst] = head === n ? -1 : h[head]!;
  }
  return h;
}

function isProjective(heads: readonly number[]): boolean {
  return projectivize(heads).every((v, i) => v === heads[i]);
}

/** Costs of the three moves under the dynamic oracle (Infinity when invalid). */
function costs(st: State, gold: Int32Array, out: number[]): void {
  const n = st.n;
  const s0 = st.s(0);
  const s1 = st.s(1);
  const b0 = st.b0;
  // dependents of s0 still in the buffer
  let s0deps = 0;
  if (s0 >= 0) for (let d = b0; d < n; d++) if (gold[d] === s0) s0deps++;
  out[SHIFT] = Infinity;
  out[LEFT] = Infinity;
  out[RIGHT] = Infinity;
  if (st.valid(SHIFT)) {
    let c = 0;
    const gh = gold[b0]!;
    for (let k = 0; k < st.sp; k++) {
      const t = st.stack[k]!;
      if (gold[t] === b0) c++;
      if (t === gh && t !== s0) c++;
    }
    out[SHIFT] = c;
  }
  if (st.valid(LEFT)) {
    const gh = gold[s0]!;
    out[LEFT] = s0deps + (gh === s1 || gh > b0 ? 1 : 0);
  }
  if (st.valid(RIGHT)) {
    const gh = gold[s0]!;
    out[RIGHT] = s0deps + (gh >= b0 ? 1 : 0);
  }
}

export type ParserTrainOptions = {
  epochs: number;
  seed: number;
  labels: string[];
  clusters: Clusters | null;
  /** first epoch with exploration (following the model's own moves) */
  exploreFrom?: number;
  dev?: TreeSentence[];
  prune?: number;
  log?: (line: string) => void;
};

export function toInput(
  s: Pick<TreeSentence, 'forms' | 'tags' | 'upos'>,
  clusters: Clusters | null,
): ParseInput {
  return {
    atoms: wordAtoms(s.forms, clusters),
    tags: Int32Array.from(s.tags),
    upos: Int32Array.from(s.upos),
  };
}

export function trainParser(train: TreeSentence[], options: ParserTrainOptions): ParserModel {
  const log = options.log ?? (() => {});
  const labels = options.labels;
  const rootLabel = labels.indexOf('root');
  const moves = new SparsePerceptron(3);
  const labeller = new SparsePerceptron(labels.length);
  const random = seededRandom(options.seed);
  const prepared = train.map((s) => {
    const proj = projectivize(s.heads);
    const n = s.forms.length;
    const gold = Int32Array.from(proj, (v) => (v < 0 ? n : v));
    return { x: toInput(s, options.clusters), gold, labels: s.labels };
  });
  log(
    `parser: ${prepared.length} sentences, ${train.filter((s) => !isProjective(s.heads)).length} non-projective (lifted)`,
  );
  const feats = new Uint32Array(MAX_FEATURES);
  const lfeats = new Uint32Array(MAX_FEATURES);
  const mscores = new Float32Array(3);
  const lscores = new Float32Array(labels.length);
  const cost = [0, 0, 0];
  let best: { las: number; model: ParserModel } | null = null;
  const exploreFrom = options.exploreFrom ?? 1;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    let right = 0;
    let total = 0;
    for (const s of shuffle([...prepared], random)) {
      const n = s.x.atoms.n;
      const st = new State(n);
      while (!st.done) {
        const count = moveFeatures(s.x, st, feats);
        moves.scores(feats, count, mscores);
        costs(st, s.gold, cost);
        let guess = -1;
        let zero = -1;
        for (let m = 0; m < 3; m++) {
          if (cost[m] === Infinity) continue;
          if (guess < 0 || mscores[m]! > mscores[guess]!) guess = m;
        }
        let minCost = Infinity;
        for (let m = 0; m < 3; m++) minCost = Math.min(minCost, cost[m]!);
        for (let m = 0; m < 3; m++)
          if (cost[m] === minCost && (zero < 0 || mscores[m]! > mscores[zero]!)) zero = m;
        moves.tick();
        if (cost[guess] !== minCost) moves.update(zero, guess, feats, count);
        else right++;
        total++;
        const move = epoch >= exploreFrom && random() < 0.9 ? guess : zero;
        const arc = st.arc(move);
        let label = -1;
        if (arc) {
          const [h, d] = arc;
          if (h === n) label = rootLabel;
          else {
            const lc = labelFeatures(s.x, st, h, d, lfeats);
            labeller.scores(lfeats, lc, lscores);
            label = argmax(lscores, labels.length);
            if (label === rootLabel) label = secondBest(lscores, rootLabel);
            if (s.gold[d] === h) {
              labeller.tick();
              labeller.update(s.labels[d]!, label, lfeats, lc);
            }
          }
        }
        st.apply(move, label);
      }
    }
    const model: ParserModel = {
      labels,
      moves: moves.compact(options.prune ?? 0),
      labeller: labeller.compact(options.prune ?? 0),
      clusters: options.clusters,
    };
    let line = `parser epoch ${epoch + 1}: moves right ${(right / total).toFixed(4)} features ${moves.size}+${labeller.size}`;
    if (options.dev) {
      const score = parserScore(model, options.dev);
      line += ` dev UAS ${score.uas.toFixed(4)} LAS ${score.las.toFixed(4)}`;
      if (!best || score.las > best.las) best = { las: score.las, model };
    } else best = { las: 0, model };
    log(line);
  }
  return best!.model;
}

export function parserScore(
  model: ParserModel,
  sentences: readonly TreeSentence[],
): { uas: number; las: number } {
  let uas = 0;
  let las = 0;
  let total = 0;
  for (const s of sentences) {
    const out = parseSentence(model, toInput(s, model.clusters));
    for (let i = 0; i < s.forms.length; i++) {
      total++;
      if (out.heads[i] === s.heads[i]) {
        uas++;
        if (out.labels[i] === s.labels[i]) las++;
      }
    }
  }
  return { uas: uas / Math.max(1, total), las: las / Math.max(1, total) };
}

export { CompactPerceptron };

/**
 * Follows the dynamic oracle's zero-cost moves from the start (no model): on a projective tree
 * it rebuilds the tree exactly. For tests of the oracle and the projectiviser.
 */
export function oracleParse(heads: readonly number[]): number[] {
  const n = heads.length;
  const gold = Int32Array.from(projectivize(heads), (v) => (v < 0 ? n : v));
  const st = new State(n);
  const cost = [0, 0, 0];
  while (!st.done) {
    costs(st, gold, cost);
    let move = -1;
    for (let m = 0; m < 3; m++) if (cost[m] !== Infinity && (move < 0 || cost[m]! < cost[move]!)) move = m;
    st.apply(move, 0);
  }
  return [...st.heads.subarray(0, n)].map((h) => (h === n ? -1 : h));
}
