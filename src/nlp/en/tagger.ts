/**
 * The English part-of-speech tagger: a greedy left-to-right averaged perceptron that predicts the
 * UPOS and the XPOS (Penn) tag jointly, as one class per (UPOS, XPOS) pair seen in UD English
 * EWT. Features: the word, its affixes, shape and cluster; the two words on each side; the two
 * previous predicted tags; and tag-ambiguity classes (the tags a frequent word took in training)
 * of the word and its neighbours, which give the greedy tagger a look at what lies ahead.
 */
import { feature, mix, seededRandom, shuffle } from '../learn/hash.js';
import { RowTable } from '../learn/row-table.js';
import { CompactPerceptron, SparsePerceptron } from '../learn/sparse.js';
import { wordAtoms, type Clusters, type WordAtoms } from './words.js';

export type Scorer = {
  readonly classes: number;
  scores(features: ArrayLike<number>, count: number, out: Float32Array): Float32Array;
};

export type TagClass = { upos: string; xpos: string };

export type TaggerModel = {
  classes: TagClass[];
  weights: Scorer;
  /** the second, bidirectional pass: sees the first pass's tags of the words to the right */
  second: Scorer | null;
  /** normalised word → hash of the set of classes it took in training (frequent words only) */
  ambiguity: Map<string, number>;
  clusters: Clusters | null;
  /**
   * Ambiguity hashes of the words that took one class in training (≥ 95% of ≥ 3 occurrences) →
   * that class. Run time only (set when a model file is loaded, never while training, so the
   * epoch chosen on dev does not depend on it): when the first pass gives such a word its one
   * class, the second pass keeps it without scoring (see tagSentence).
   */
  settled?: Map<number, number>;
  /**
   * Run time only, like `settled`: the second pass keeps, unscored, the first pass's tag of a word
   * whose first-pass score beats every other class by at least this much (SURE_MARGIN).
   */
  sureMargin?: number;
};

/**
 * The first-pass margin (best score minus the next) from which the second pass keeps the first
 * pass's tag: chosen on EWT dev among 5, 10, 20, 25, 30, 40, 50 and 60 (30: dev UPOS and UAS
 * highest; 86% of the words are kept, against 55% with settled words alone).
 */
export const SURE_MARGIN = 30;

const MAX_FEATURES = 96;
const NONE = 0x9e3779b9;

/**
 * Features of position `i` given the two previous predicted classes (-1 before the start) and,
 * in the second pass, the first pass's classes of the whole sentence (`first`).
 */
export function tagFeatures(
  a: WordAtoms,
  amb: Uint32Array,
  i: number,
  p1: number,
  p2: number,
  first: Int32Array | null,
  out: Uint32Array,
  /** leave out the word-only features 0..10 (the caller has their summed scores) */
  skipWord = false,
): number {
  let k = 0;
  const n = a.n;
  const w = a.word;
  const at = (arr: Uint32Array, j: number) => (j >= 0 && j < n ? arr[j]! : j < 0 ? NONE : NONE + 1);
  const wi = w[i]!;
  const t1 = p1 + 1;
  const t2 = p2 + 1;
  if (skipWord) k = WORD_FEATURES;
  else {
    out[k++] = feature(0, 0);
    out[k++] = feature(1, wi);
    out[k++] = feature(2, a.suf1[i]!);
    out[k++] = feature(3, a.suf2[i]!);
    out[k++] = feature(4, a.suf3[i]!);
    out[k++] = feature(5, a.suf4[i]!);
    out[k++] = feature(6, a.pre1[i]!);
    out[k++] = feature(7, a.pre2[i]!);
    out[k++] = feature(8, a.pre3[i]!);
    out[k++] = feature(9, a.shape[i]!);
    out[k++] = feature(10, a.flags[i]!);
  }
  out[k++] = feature(11, t1);
  out[k++] = feature(12, t1, t2);
  out[k++] = feature(13, t1, wi);
  out[k++] = feature(14, at(w, i - 1));
  out[k++] = feature(15, at(w, i + 1));
  out[k++] = feature(16, at(w, i - 2));
  out[k++] = feature(17, at(w, i + 2));
  out[k++] = feature(18, at(a.suf3, i - 1));
  out[k++] = feature(19, at(a.suf3, i + 1));
  out[k++] = feature(20, at(w, i - 1), wi);
  out[k++] = feature(21, wi, at(w, i + 1));
  out[k++] = feature(22, t1, at(w, i + 1));
  out[k++] = feature(23, amb[i]!);
  out[k++] = feature(24, at(amb, i + 1));
  out[k++] = feature(25, at(amb, i + 2));
  out[k++] = feature(26, amb[i]!, at(amb, i + 1));
  out[k++] = feature(27, t1, amb[i]!);
  out[k++] = feature(28, t1, amb[i]!, at(amb, i + 1));
  out[k++] = feature(29, a.flags[i]!, a.suf3[i]!);
  out[k++] = feature(30, t1, a.suf3[i]!);
  out[k++] = feature(31, at(a.shape, i + 1));
  out[k++] = feature(32, at(a.shape, i - 1));
  out[k++] = feature(33, wi, amb[i]!);
  out[k++] = feature(34, at(a.suf2, i + 1), amb[i]!);
  if (a.c4[i]) {
    out[k++] = feature(40, a.c4[i]!);
    out[k++] = feature(41, a.c8[i]!);
    out[k++] = feature(42, a.cAll[i]!);
    out[k++] = feature(43, t1, a.c8[i]!);
  }
  const cn = i + 1 < n ? a.c8[i + 1]! : 0;
  if (cn) out[k++] = feature(44, cn);
  const cp = i > 0 ? a.c8[i - 1]! : 0;
  if (cp) out[k++] = feature(45, cp);
  if (cn && a.c8[i]) out[k++] = feature(46, a.c8[i]!, cn);
  out[k++] = feature(47, at(w, i - 1), t1);
  out[k++] = feature(48, a.suf4[i]!, at(amb, i + 1));
  out[k++] = feature(49, i > 0 ? a.flags[i - 1]! : 99, a.flags[i]!, at(a.shape, i + 1));
  if (first) {
    const q = (j: number) => (j >= 0 && j < n ? first[j]! + 1 : j < 0 ? 0 : 999);
    const q1 = q(i + 1);
    const q2 = q(i + 2);
    out[k++] = feature(60, q1);
    out[k++] = feature(61, q1, q2);
    out[k++] = feature(62, wi, q1);
    out[k++] = feature(63, t1, q1);
    out[k++] = feature(64, q(i));
    out[k++] = feature(65, wi, q(i));
    out[k++] = feature(66, q(i), q1);
    out[k++] = feature(67, t1, q(i), q1);
    out[k++] = feature(68, amb[i]!, q1);
    out[k++] = feature(69, q(i + 3), q2, q1);
    out[k++] = feature(70, a.suf3[i]!, q1);
    out[k++] = feature(71, at(w, i + 1), q(i));
  }
  return k;
}

function ambiguityOf(
  model: Pick<TaggerModel, 'ambiguity'>,
  a: WordAtoms,
  /** set to 1 for the words in the table (the others get a hash of their ending) */
  known?: Uint8Array,
): Uint32Array {
  const amb = new Uint32Array(a.n);
  for (let i = 0; i < a.n; i++) {
    const h = model.ambiguity.get(a.norms[i]!);
    if (h === undefined) amb[i] = a.suf2[i]! ^ 0x55555555;
    else {
      amb[i] = h;
      if (known) known[i] = 1;
    }
  }
  return amb;
}

/**
 * Features 0..10 of tagFeatures (bias, word, affixes, shape, flags) depend on the word's form and
 * on whether it opens the sentence, nothing else: their summed scores are kept per frequent form
 * (sums in the same order, so the scores are the same floats), saving about a quarter of the
 * tagger's row lookups and most of its multiply-adds (these rows are the densest).
 */
const WORD_FEATURES = 11;
const WORD_CACHE_SIZE = 4096;
const wordCaches = new WeakMap<RowTable, Map<string, Float32Array>>();

/**
 * The ambiguity hash of each single class (buildAmbiguity's hash of a one-class set) → the class:
 * a word whose hash is one of these took that class in ≥ 95% of its training occurrences.
 */
export function settledClasses(classes: number): Map<number, number> {
  const out = new Map<number, number>();
  for (let c = 0; c < classes; c++) out.set(classHash([c]), c);
  return out;
}

/** buildAmbiguity's hash of a set of classes (ascending). */
function classHash(kept: readonly number[]): number {
  let hsh = 0x1234567;
  for (const c of kept) hsh = mix(hsh, c + 1);
  return hsh;
}

function greedy(
  weights: Scorer,
  a: WordAtoms,
  amb: Uint32Array,
  first: Int32Array | null,
  /** second pass: per word, the class it keeps without scoring (-1: scored) */
  keep: Int32Array | null = null,
  margins: Float32Array | null = null,
): Int32Array {
  const out = new Int32Array(a.n);
  const feats = new Uint32Array(MAX_FEATURES);
  const scores = new Float32Array(weights.classes);
  const table = weights instanceof RowTable ? weights : null;
  // the word-only sums of a form that the full cache cannot keep
  const scratch = new Float32Array(weights.classes);
  let cache = table ? wordCaches.get(table) : undefined;
  if (table && !cache) wordCaches.set(table, (cache = new Map()));
  let p1 = -1;
  let p2 = -1;
  for (let i = 0; i < a.n; i++) {
    if (keep && keep[i]! >= 0) {
      out[i] = keep[i]!;
      p2 = p1;
      p1 = keep[i]!;
      continue;
    }
    if (table && cache) {
      const key = i === 0 ? '\u0000' + a.forms[i]! : a.forms[i]!;
      const part = cache.get(key);
      if (part) {
        // the word-only features are not even hashed
        const count = tagFeatures(a, amb, i, p1, p2, first, feats, true);
        scores.set(part);
        table.add(feats, WORD_FEATURES, count, scores);
      } else {
        const count = tagFeatures(a, amb, i, p1, p2, first, feats);
        const full = cache.size >= WORD_CACHE_SIZE;
        const sum = full ? scratch.fill(0) : new Float32Array(table.classes);
        table.add(feats, 0, WORD_FEATURES, sum);
        if (!full) cache.set(key, sum);
        scores.set(sum);
        table.add(feats, WORD_FEATURES, count, scores);
      }
    } else weights.scores(feats, tagFeatures(a, amb, i, p1, p2, first, feats), scores);
    // the best class (the first of the highest) and, in the same pass, the highest score of the
    // other classes (a later class equal to the best's score is one of them)
    let best = 0;
    let top = scores[0]!;
    let next = -Infinity;
    for (let c = 1; c < scores.length; c++) {
      const v = scores[c]!;
      if (v > top) {
        next = top;
        top = v;
        best = c;
      } else if (v > next) next = v;
    }
    if (margins) margins[i] = top - next;
    out[i] = best;
    p2 = p1;
    p1 = best;
  }
  return out;
}

/** Tags one sentence: the class index of each word (first pass only with `firstOnly`). */
export function tagSentence(
  model: TaggerModel,
  forms: readonly string[],
  atoms?: WordAtoms,
  firstOnly = false,
): Int32Array {
  const a = atoms ?? wordAtoms(forms, model.clusters);
  const known = model.settled ? new Uint8Array(a.n) : undefined;
  const amb = ambiguityOf(model, a, known);
  const margins = model.second && !firstOnly && model.sureMargin !== undefined ? new Float32Array(a.n) : null;
  const first = greedy(model.weights, a, amb, null, null, margins);
  if (!model.second || firstOnly) return first;
  const keep = keptWords(model, amb, known, first, margins);
  return greedy(model.second, a, amb, first, keep);
}

/**
 * Per word, the first pass's class when the second pass need not score it (else -1), or null when
 * it scores all. A word is kept when
 * - it took one class in training and the first pass gave it that class (settled): the second
 *   pass, which sees the first pass's tags to the right, changes these in about 3 of 100,000
 *   words (EWT test: 9 of 25,094 words, 4 of them to the gold tag; 81 of 309k words of 2,000
 *   Reuters stories), and they are about half of all words (47-55%);
 * - or the first pass was sure of it (margin ≥ sureMargin): with both, 86% of the words.
 */
function keptWords(
  model: TaggerModel,
  amb: Uint32Array,
  known: Uint8Array | undefined,
  first: Int32Array,
  margins: Float32Array | null,
): Int32Array | null {
  const settled = model.settled;
  const sure = model.sureMargin ?? Infinity;
  if (!(settled && known) && !margins) return null;
  const keep = new Int32Array(first.length).fill(-1);
  for (let i = 0; i < first.length; i++) {
    if (margins && margins[i]! >= sure) keep[i] = first[i]!;
    else if (settled && known?.[i] && settled.get(amb[i]!) === first[i]) keep[i] = first[i]!;
  }
  return keep;
}

// ---------------------------------------------------------------------------------------------
// Training

export type TaggedSentence = { forms: string[]; upos: string[]; xpos: string[] };

const classKey = (upos: string, xpos: string) => `${upos}\t${xpos}`;

/** The joint classes of a training set, most frequent first (ties by name). */
export function tagClasses(sentences: readonly TaggedSentence[]): TagClass[] {
  const counts = new Map<string, number>();
  for (const s of sentences)
    s.upos.forEach((u, i) =>
      counts.set(classKey(u, s.xpos[i]!), (counts.get(classKey(u, s.xpos[i]!)) ?? 0) + 1),
    );
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([k]) => ({ upos: k.split('\t')[0]!, xpos: k.split('\t')[1]! }));
}

function classIds(classes: readonly TagClass[], s: TaggedSentence): number[] {
  const index = new Map(classes.map((c, i) => [classKey(c.upos, c.xpos), i]));
  return s.upos.map((u, i) => index.get(classKey(u, s.xpos[i]!)) ?? -1);
}

export type TaggerTrainOptions = {
  epochs: number;
  seed: number;
  clusters: Clusters | null;
  /** evaluate after each epoch (returns accuracy); the best epoch's weights are kept */
  dev?: TaggedSentence[];
  prune?: number;
  log?: (line: string) => void;
  /** train a second pass on these first-pass classes (jackknifed) of the training sentences */
  firstPass?: Int32Array[];
  /** the first-pass model (for the dev evaluation of a second pass) */
  firstModel?: TaggerModel;
};

/** The ambiguity table: words seen ≥ `minCount` times, their classes with ≥ 5% share. */
export function buildAmbiguity(
  classes: readonly TagClass[],
  sentences: readonly TaggedSentence[],
  minCount = 3,
): Map<string, number> {
  const counts = new Map<string, Map<number, number>>();
  for (const s of sentences) {
    const a = wordAtoms(s.forms, null);
    classIds(classes, s).forEach((c, i) => {
      const norm = a.norms[i]!;
      let m = counts.get(norm);
      if (!m) counts.set(norm, (m = new Map()));
      m.set(c, (m.get(c) ?? 0) + 1);
    });
  }
  const out = new Map<string, number>();
  for (const [word, m] of counts) {
    let total = 0;
    for (const v of m.values()) total += v;
    if (total < minCount) continue;
    const kept = [...m.entries()]
      .filter(([, v]) => v >= total * 0.05)
      .map(([c]) => c)
      .sort((x, y) => x - y);
    out.set(word, classHash(kept));
  }
  return out;
}

export function trainTagger(
  classes: TagClass[],
  train: TaggedSentence[],
  options: TaggerTrainOptions,
): TaggerModel {
  const log = options.log ?? (() => {});
  const ambiguity = options.firstModel?.ambiguity ?? buildAmbiguity(classes, train);
  const learner = new SparsePerceptron(classes.length);
  const secondPass = !!options.firstPass;
  const model: TaggerModel = secondPass
    ? { ...options.firstModel!, second: learner }
    : { classes, weights: learner, second: null, ambiguity, clusters: options.clusters };
  const prepared = train.map((s, k) => {
    const a = wordAtoms(s.forms, options.clusters);
    return {
      a,
      amb: ambiguityOf(model, a),
      gold: classIds(classes, s),
      first: options.firstPass?.[k] ?? null,
    };
  });
  const random = seededRandom(options.seed);
  const feats = new Uint32Array(MAX_FEATURES);
  const scores = new Float32Array(classes.length);
  let best: { acc: number; weights: CompactPerceptron } | null = null;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    let right = 0;
    let total = 0;
    for (const s of shuffle([...prepared], random)) {
      let p1 = -1;
      let p2 = -1;
      for (let i = 0; i < s.a.n; i++) {
        const count = tagFeatures(s.a, s.amb, i, p1, p2, s.first, feats);
        learner.scores(feats, count, scores);
        let guess = 0;
        for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[guess]!) guess = c;
        const truth = s.gold[i]!;
        learner.tick();
        if (truth >= 0) learner.update(truth, guess, feats, count);
        if (guess === truth) right++;
        total++;
        p2 = p1;
        p1 = guess;
      }
    }
    const compact = learner.compact(options.prune ?? 0);
    let line = `tagger${secondPass ? ' (second pass)' : ''} epoch ${epoch + 1}: train ${(right / total).toFixed(4)} features ${compact.size}`;
    if (options.dev) {
      const acc = taggerAccuracy(
        secondPass ? { ...model, second: compact } : { ...model, weights: compact },
        options.dev,
      );
      line += ` dev ${acc.joint.toFixed(4)} (upos ${acc.upos.toFixed(4)})`;
      if (!best || acc.joint > best.acc) best = { acc: acc.joint, weights: compact };
    } else best = { acc: 0, weights: compact };
    log(line);
  }
  const weights = best ? best.weights : learner.compact(options.prune ?? 0);
  return secondPass ? { ...model, second: weights } : { ...model, weights };
}

export function taggerAccuracy(
  model: TaggerModel,
  sentences: readonly TaggedSentence[],
): { joint: number; upos: number; xpos: number } {
  let joint = 0;
  let upos = 0;
  let xpos = 0;
  let total = 0;
  for (const s of sentences) {
    const tags = tagSentence(model, s.forms);
    tags.forEach((c, i) => {
      const p = model.classes[c]!;
      if (p.upos === s.upos[i]) upos++;
      if (p.xpos === s.xpos[i]) xpos++;
      if (p.upos === s.upos[i] && p.xpos === s.xpos[i]) joint++;
      total++;
    });
  }
  return {
    joint: joint / Math.max(1, total),
    upos: upos / Math.max(1, total),
    xpos: xpos / Math.max(1, total),
  };
}
