/**
 * Verification of one candidate pair: aligned passages and coverage measures.
 *
 * Two alignments, both linear in the texts' length (hash lookups, no DP over whole texts):
 *  - exact: maximal runs of identical tokens (found from 4-gram hash anchors, extended greedily),
 *    merged into passages when the gaps between runs are small on both sides and in order.
 *    Catches duplicates, syndicated copies and excerpts.
 *  - fuzzy: each segment of A is matched to its best segment of B by content words, where two
 *    words match when equal, when their consonant skeletons agree, or at edit distance ≤ 1
 *    (≤ 2 for long words). Catches rewrites: synonym swaps, reordering, garbled names.
 */
import { skeleton, type Tokens } from './normalize.js';
import { combine } from './hash.js';

const ANCHOR = 4;
/** Runs shorter than this are chance (common phrases), not copying. */
export const MIN_RUN = 6;
/** Runs separated by at most this many tokens on both sides belong to the same passage. */
const MAX_GAP = 6;
const MAX_POSITIONS = 16;
export const FUZZY_MIN_SIM = 0.5;

export type Passage = {
  aStart: number; // char offsets into A's text
  aEnd: number;
  bStart: number; // char offsets into B's text
  bEnd: number;
  tokens: number; // tokens of A inside matched runs
};

/** A spelling difference between aligned words: evidence of garbling on one side. */
export type Variant = { a: string; b: string };

export type Alignment = {
  tokensA: number;
  tokensB: number;
  /** Fraction of tokens of A / B covered by exact runs ≥ MIN_RUN. */
  exactCovA: number;
  exactCovB: number;
  passages: Passage[];
  /** Longest passage, in tokens of A. */
  longestPassage: number;
  /**
   * Whether the longest passage stands in quotation marks in A / B (an opening quote just before
   * it): the text that quotes a passage is the one that took it from the other.
   */
  longestQuotedA: boolean;
  longestQuotedB: boolean;
  /** Number of exact runs: 1 for a verbatim copy, one more for every edit that breaks the text. */
  runs: number;
  /** Fraction of content words of A / B in fuzzily matched segments. */
  fuzzyCovA: number;
  fuzzyCovB: number;
  matchedSegments: number;
  /** Names/figures in matched segments of A replaced by other names/figures in B, per specific. */
  conflictRate: number;
  /** The same, as a count: "credit guarantees to Jordan" / "credit guarantees to North Yemen". */
  conflicts: number;
  meanSegmentSim: number;
  /** Share of matched segment pairs that keep their relative order (LIS / matched). */
  order: number;
  /**
   * Share of the distinct specific words of A / B (names: capitalised words not opening a
   * sentence; numbers) that the other text also has, allowing misspellings. Texts built on one
   * template ("X is issuing a N mln dlr eurobond…") share sentences but not their specifics.
   */
  specificCovA: number;
  specificCovB: number;
  /**
   * Gaps between consecutive exact runs (in order on both sides, ≤ GAP_CONFLICT_SPAN tokens) where
   * each side has a name or figure the other lacks: "arrange | two billion | dlrs of" against
   * "arrange | 1.5 billion | dlrs of". A copy never does this; a template filled in twice does.
   */
  gapConflicts: number;
  /**
   * Segments of A whose best counterpart in B has the same words (similarity ≥ FUZZY_MIN_SIM
   * when figures are ignored) but other figures — one template sentence reporting other facts.
   */
  figureClashes: number;
  /** Share of the distinct figures (tokens with digits) of A / B that the other text has (1 when none). */
  figureCovA: number;
  figureCovB: number;
  /** Prose tokens of A / B not covered by exact runs: added text that is not page chrome. */
  uncoveredProseA: number;
  uncoveredProseB: number;
  variants: Variant[];
};

type Run = { a: number; b: number; len: number };

/**
 * Whole-document counts of a side that is aligned through windows (a long document compared
 * with a short one: only the passages around their shared keys are tokenised, see windows.ts).
 * Coverage shares and added prose are then taken against the whole document, not the windows.
 */
export type DocTotals = {
  /** tokens */
  tokens: number;
  /** tokens in prose segments of ≥ 8 tokens (what `uncoveredProse` counts when nothing is covered) */
  proseTokens: number;
  /** content words (what the fuzzy coverage divides by) */
  contentWords: number;
};

/** The whole-document counts of a tokenised text. */
export function docTotals(t: Tokens): DocTotals {
  let contentWords = 0;
  for (let i = 0; i < t.content.length; i++) contentWords += t.content[i]!;
  return {
    tokens: t.words.length,
    proseTokens: uncoveredProse(t, new Uint8Array(t.words.length)),
    contentWords,
  };
}

function gramHashes(t: Tokens): Uint32Array {
  const n = t.hashes.length - ANCHOR + 1;
  if (n <= 0) return new Uint32Array(0);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = t.hashes[i]!;
    for (let j = 1; j < ANCHOR; j++) h = combine(h, t.hashes[i + j]!);
    out[i] = h;
  }
  return out;
}

/** Greedy maximal runs of identical tokens, scanning A left to right. */
export function exactRuns(A: Tokens, B: Tokens): Run[] {
  const ga = gramHashes(A);
  const gb = gramHashes(B);
  const index = new Map<number, number[]>();
  for (let j = 0; j < gb.length; j++) {
    const h = gb[j]!;
    const list = index.get(h);
    if (list === undefined) index.set(h, [j]);
    else if (list.length < MAX_POSITIONS) list.push(j);
  }
  const runs: Run[] = [];
  const na = A.words.length;
  const nb = B.words.length;
  let i = 0;
  while (i < ga.length) {
    const list = index.get(ga[i]!);
    if (list === undefined) {
      i++;
      continue;
    }
    let bestLen = 0;
    let bestJ = -1;
    for (const j of list) {
      let l = 0;
      while (i + l < na && j + l < nb && A.words[i + l] === B.words[j + l]) l++;
      if (l > bestLen) {
        bestLen = l;
        bestJ = j;
      }
    }
    if (bestLen >= MIN_RUN) {
      runs.push({ a: i, b: bestJ, len: bestLen });
      i += bestLen;
    } else i++;
  }
  return runs;
}

/** Gaps longer than this (tokens, on either side) are not compared for conflicting specifics. */
const GAP_CONFLICT_SPAN = 12;

/** 1 for a token that states a specific fact: a figure, or a capitalised word not opening a segment. */
function specificMask(t: Tokens): Uint8Array {
  const m = new Uint8Array(t.words.length);
  for (let s = 0; s + 1 < t.segStarts.length; s++) {
    for (let i = t.segStarts[s]!; i < t.segStarts[s + 1]!; i++) {
      const w = t.words[i]!;
      if (DIGIT_RE.test(w) || (i > t.segStarts[s]! && t.capital[i] === 1 && t.content[i] === 1)) m[i] = 1;
    }
  }
  return m;
}

/**
 * Whether the tokens between two runs state other facts on each side: A's gap has a name or figure
 * B's gap lacks, and the other way round (a substitution, not an insertion or a deletion). A
 * misspelt name is the same name (fuzzyWordMatch); figures must be equal.
 */
function gapConflict(
  A: Tokens,
  a0: number,
  a1: number,
  specA: Uint8Array,
  B: Tokens,
  b0: number,
  b1: number,
  specB: Uint8Array,
): boolean {
  if (a1 <= a0 || b1 <= b0) return false;
  let onlyA = false;
  for (let i = a0; i < a1 && !onlyA; i++) {
    if (specA[i] !== 1) continue;
    let found = false;
    for (let j = b0; j < b1 && !found; j++) found = fuzzyWordMatch(A.words[i]!, B.words[j]!);
    if (!found) onlyA = true;
  }
  if (!onlyA) return false;
  for (let j = b0; j < b1; j++) {
    if (specB[j] !== 1) continue;
    let found = false;
    for (let i = a0; i < a1 && !found; i++) found = fuzzyWordMatch(A.words[i]!, B.words[j]!);
    if (!found) return true;
  }
  return false;
}

/** Consecutive in-order runs whose gaps state other facts on each side. */
function countGapConflicts(runs: Run[], A: Tokens, specA: Uint8Array, B: Tokens, specB: Uint8Array): number {
  let n = 0;
  for (let k = 1; k < runs.length; k++) {
    const p = runs[k - 1]!;
    const r = runs[k]!;
    const a0 = p.a + p.len;
    const b0 = p.b + p.len;
    if (r.a < a0 || r.b < b0 || r.a - a0 > GAP_CONFLICT_SPAN || r.b - b0 > GAP_CONFLICT_SPAN) continue;
    if (gapConflict(A, a0, r.a, specA, B, b0, r.b, specB)) n++;
  }
  return n;
}

function mergeRuns(runs: Run[], A: Tokens, B: Tokens, specA: Uint8Array, specB: Uint8Array): Passage[] {
  const passages: Passage[] = [];
  let cur: { a0: number; a1: number; b0: number; b1: number; tokens: number } | null = null;
  for (const r of runs) {
    // Runs join one passage across small edits, but not across other names or figures: the
    // same sentence frame around other facts is a template, not a quotation.
    if (
      cur !== null &&
      r.a >= cur.a1 &&
      r.a - cur.a1 <= MAX_GAP &&
      r.b >= cur.b1 &&
      r.b - cur.b1 <= MAX_GAP &&
      !gapConflict(A, cur.a1, r.a, specA, B, cur.b1, r.b, specB)
    ) {
      cur.a1 = r.a + r.len;
      cur.b1 = r.b + r.len;
      cur.tokens += r.len;
      continue;
    }
    if (cur !== null) passages.push(toPassage(cur, A, B));
    cur = { a0: r.a, a1: r.a + r.len, b0: r.b, b1: r.b + r.len, tokens: r.len };
  }
  if (cur !== null) passages.push(toPassage(cur, A, B));
  return passages;
}

function toPassage(
  c: { a0: number; a1: number; b0: number; b1: number; tokens: number },
  A: Tokens,
  B: Tokens,
): Passage {
  return {
    aStart: A.starts[c.a0]!,
    aEnd: A.ends[c.a1 - 1]!,
    bStart: B.starts[c.b0]!,
    bEnd: B.ends[c.b1 - 1]!,
    tokens: c.tokens,
  };
}

/** Levenshtein distance bounded by max (returns max+1 when larger); short strings only. */
export function boundedEdit(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  // Optimal string alignment distance: a swap of two adjacent letters counts as one edit.
  let prev2 = new Array<number>(lb + 1).fill(0);
  let prev = new Array<number>(lb + 1);
  let cur = new Array<number>(lb + 1);
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb)
        v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[lb]!;
}

/** Whether two different words are plausibly one word misspelt. */
export function fuzzyWordMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const l = Math.min(a.length, b.length);
  if (l < 4 || /\d/.test(a) || /\d/.test(b)) return false;
  if (a[0] !== b[0] && l < 6) return false;
  if (skeleton(a) === skeleton(b)) return true;
  // Four-letter words differ by a vowel at most ("Akar"/"Aker"), never by a consonant
  // ("Iran"/"Iraq"); or they are a five-letter word with one letter dropped ("Houe"/"House").
  if (l < 5) return a.length !== b.length && boundedEdit(a, b, 1) <= 1;
  return boundedEdit(a, b, l >= 7 ? 2 : 1) <= (l >= 7 ? 2 : 1);
}

type Seg = { words: string[]; caps: number[]; features: Set<string>; numbers: Set<string> };
const DIGIT_RE = /\d/;

function contentSegments(t: Tokens): Seg[] {
  const segs: Seg[] = [];
  for (let s = 0; s + 1 < t.segStarts.length; s++) {
    const words: string[] = [];
    const caps: number[] = [];
    const features = new Set<string>();
    const numbers = new Set<string>();
    for (let i = t.segStarts[s]!; i < t.segStarts[s + 1]!; i++) {
      if (t.content[i] !== 1) continue;
      const w = t.words[i]!;
      if (DIGIT_RE.test(w)) numbers.add(w);
      words.push(w);
      caps.push(t.capital[i]!);
      features.add(skeleton(w));
    }
    segs.push({ words, caps, features, numbers });
  }
  return segs;
}

/** Dice similarity of two segments' content words with fuzzy word matching; collects variants. */
type SegScore = { sim: number; conflicts: number; specifics: number; figureClash: boolean };
const isSpecific = (s: Seg, i: number): boolean => DIGIT_RE.test(s.words[i]!) || (i > 0 && s.caps[i] === 1);

/** Whether two segments that both state figures state other ones (most not shared). */
function figuresClash(a: Seg, b: Seg): boolean {
  if (a.numbers.size === 0 || b.numbers.size === 0) return false;
  let common = 0;
  for (const x of a.numbers) if (b.numbers.has(x)) common++;
  const substituted = Math.min(a.numbers.size - common, b.numbers.size - common);
  return common * 2 < Math.max(a.numbers.size, b.numbers.size) || (substituted > 0 && substituted >= common);
}

/**
 * Dice similarity of two segments' content words with fuzzy word matching; collects variants.
 * `conflicts` counts specifics (names, figures) replaced by other specifics — "Hokkaido Bank
 * issues 30 mln" against "Gunma Bank issues 50 mln" — which a paraphrase does not do.
 */
function segmentScore(a: Seg, b: Seg, variants: Variant[] | null, ignoreFigures = false): SegScore {
  const zero = { sim: 0, conflicts: 0, specifics: 0, figureClash: false };
  if (a.words.length === 0 || b.words.length === 0) return zero;
  // Sentences built on one template but with other figures ("rose 5 pct to 120 mln" / "fell 2 pct
  // to 98 mln") report different facts: a paraphrase keeps the numbers it repeats.
  const figureClash = figuresClash(a, b);
  if (figureClash && !ignoreFigures) return { ...zero, figureClash };
  const used = new Uint8Array(b.words.length);
  const usedA = new Uint8Array(a.words.length);
  const pendingA: number[] = [];
  let matched = 0;
  const pos = new Map<string, number[]>();
  b.words.forEach((w, j) => {
    const l = pos.get(w);
    if (l) l.push(j);
    else pos.set(w, [j]);
  });
  for (let i = 0; i < a.words.length; i++) {
    const l = pos.get(a.words[i]!);
    const j = l?.find((x) => used[x] === 0);
    if (j !== undefined) {
      used[j] = 1;
      usedA[i] = 1;
      matched++;
    } else pendingA.push(i);
  }
  for (const i of pendingA) {
    const wa = a.words[i]!;
    for (let j = 0; j < b.words.length; j++) {
      if (used[j] === 1) continue;
      const wb = b.words[j]!;
      if (fuzzyWordMatch(wa, wb) || isAbbreviation(wa, wb)) {
        used[j] = 1;
        usedA[i] = 1;
        matched++;
        if (variants !== null && (a.caps[i] === 1 || b.caps[j] === 1)) variants.push({ a: wa, b: wb });
        break;
      }
    }
  }
  let specifics = 0;
  let freeA = 0;
  let freeB = 0;
  for (let i = 0; i < a.words.length; i++) {
    if (!isSpecific(a, i)) continue;
    specifics++;
    if (usedA[i] === 0) freeA++;
  }
  for (let j = 0; j < b.words.length; j++) if (used[j] === 0 && isSpecific(b, j)) freeB++;
  return {
    sim: (2 * matched) / (a.words.length + b.words.length),
    conflicts: Math.min(freeA, freeB),
    specifics,
    figureClash,
  };
}

function lisLength(seq: number[]): number {
  const tails: number[] = [];
  for (const x of seq) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = x;
  }
  return tails.length;
}

function uncoveredProse(t: Tokens, covered: Uint8Array): number {
  let n = 0;
  for (let s = 0; s + 1 < t.segStarts.length; s++) {
    const from = t.segStarts[s]!;
    const to = t.segStarts[s + 1]!;
    if (t.segProse[s] !== 1 || to - from < 8) continue;
    for (let i = from; i < to; i++) if (covered[i] === 0) n++;
  }
  return n;
}

function specifics(t: Tokens): Set<string> {
  const out = new Set<string>();
  const segStart = new Set<number>();
  for (let s = 0; s + 1 < t.segStarts.length; s++) segStart.add(t.segStarts[s]!);
  for (let i = 0; i < t.words.length; i++) {
    if (t.content[i] !== 1) continue;
    const w = t.words[i]!;
    if (DIGIT_RE.test(w)) out.add(w);
    else if (t.capital[i] === 1 && !segStart.has(i) && w.length >= 3) out.add(w);
  }
  return out;
}

function specificCover(a: Set<string>, b: Set<string>, byFirst: Map<string, string[]>): number {
  if (a.size === 0) return 1;
  let n = 0;
  for (const w of a) {
    if (b.has(w)) {
      n++;
      continue;
    }
    if (DIGIT_RE.test(w) || w.length < 3) continue;
    const bucket = byFirst.get(w[0]!);
    // Misspelt, or abbreviated/expanded ("Corp"/"Corporation"): the same name.
    if (bucket?.some((x) => fuzzyWordMatch(w, x) || isAbbreviation(w, x))) n++;
  }
  return n / a.size;
}

/** Whether one word is a prefix abbreviation of the other ("corp"/"corporation", "dept"/"department"). */
function isAbbreviation(a: string, b: string): boolean {
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  return s.length >= 3 && l.length >= s.length + 2 && l.startsWith(s);
}

/** Share of the figures in `a` that `b` has too (1 when `a` has none). */
function figureCover(a: Set<string>, b: Set<string>): number {
  let n = 0;
  let f = 0;
  for (const w of a) {
    if (!DIGIT_RE.test(w)) continue;
    f++;
    if (b.has(w)) n++;
  }
  return f ? n / f : 1;
}

function firstLetterIndex(s: Set<string>): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const w of s) {
    const l = m.get(w[0]!);
    if (l) l.push(w);
    else m.set(w[0]!, [w]);
  }
  return m;
}

const OPENING_QUOTE_RE = /["“«„'‘]\s*$/;
/** Whether an opening quotation mark stands right before offset `at` (a few characters back). */
function opensQuote(text: string, at: number): boolean {
  return OPENING_QUOTE_RE.test(text.slice(Math.max(0, at - 3), at));
}

/**
 * Align two tokenised documents. Cost is linear in their sizes (bounded candidate lists). A side
 * given `whole` totals is a window of a longer document: its shares are of the whole document.
 */
export function align(A: Tokens, B: Tokens, whole: { a?: DocTotals; b?: DocTotals } = {}): Alignment {
  const na = A.words.length;
  const nb = B.words.length;
  const runs = exactRuns(A, B);
  const covA = new Uint8Array(na);
  const covB = new Uint8Array(nb);
  for (const r of runs) {
    covA.fill(1, r.a, r.a + r.len);
    covB.fill(1, r.b, r.b + r.len);
  }
  let ca = 0;
  let cb = 0;
  for (let i = 0; i < na; i++) ca += covA[i]!;
  for (let j = 0; j < nb; j++) cb += covB[j]!;
  const specMaskA = specificMask(A);
  const specMaskB = specificMask(B);
  const passages = mergeRuns(runs, A, B, specMaskA, specMaskB);
  const gapConflicts = countGapConflicts(runs, A, specMaskA, B, specMaskB);
  let longest = 0;
  let longestP: Passage | null = null;
  for (const p of passages)
    if (p.tokens > longest) {
      longest = p.tokens;
      longestP = p;
    }

  // Fuzzy segment alignment through an inverted index of B's skeleton features.
  const segA = contentSegments(A);
  const segB = contentSegments(B);
  const inv = new Map<string, number[]>();
  segB.forEach((s, j) => {
    for (const f of s.features) {
      const l = inv.get(f);
      if (l) l.push(j);
      else inv.set(f, [j]);
    }
  });
  const counts = new Int32Array(segB.length);
  const variants: Variant[] = [];
  const pairs: { i: number; j: number; sim: number }[] = [];
  let totalA = 0;
  let totalB = 0;
  for (const s of segA) totalA += s.words.length;
  for (const s of segB) totalB += s.words.length;
  if (whole.a) totalA = whole.a.contentWords;
  if (whole.b) totalB = whole.b.contentWords;
  const matchedB = new Uint8Array(segB.length);
  let conflicts = 0;
  let specificsInPairs = 0;
  let figureClashes = 0;
  for (let i = 0; i < segA.length; i++) {
    const sa = segA[i]!;
    if (sa.words.length < 3) continue;
    const touched: number[] = [];
    for (const f of sa.features) {
      const l = inv.get(f);
      if (!l) continue;
      for (const j of l) {
        if (counts[j] === 0) touched.push(j);
        counts[j]!++;
      }
    }
    // Only the few segments sharing most features can reach the similarity threshold.
    touched.sort((x, y) => counts[y]! - counts[x]! || x - y);
    let best = -1;
    let bestSim = 0;
    let clashSim = 0; // best similarity among candidates rejected only for their figures
    for (let k = 0; k < Math.min(3, touched.length); k++) {
      const j = touched[k]!;
      if (counts[j]! * 2 < FUZZY_MIN_SIM * 0.6 * (sa.features.size + segB[j]!.features.size)) continue;
      const sc = segmentScore(sa, segB[j]!, null, true);
      if (sc.figureClash) {
        if (sc.sim > clashSim) clashSim = sc.sim;
        continue;
      }
      if (sc.sim > bestSim) {
        bestSim = sc.sim;
        best = j;
      }
    }
    for (const j of touched) counts[j] = 0;
    if (clashSim >= FUZZY_MIN_SIM && clashSim > bestSim) figureClashes++;
    if (best >= 0 && bestSim >= FUZZY_MIN_SIM) {
      const sc = segmentScore(sa, segB[best]!, variants);
      conflicts += sc.conflicts;
      specificsInPairs += sc.specifics;
      pairs.push({ i, j: best, sim: bestSim });
      matchedB[best] = 1;
    }
  }
  let fa = 0;
  let simSum = 0;
  for (const p of pairs) {
    fa += segA[p.i]!.words.length;
    simSum += p.sim;
  }
  let fb = 0;
  for (let j = 0; j < segB.length; j++) if (matchedB[j] === 1) fb += segB[j]!.words.length;

  const specA = specifics(A);
  const specB = specifics(B);
  const tokensA = whole.a?.tokens ?? na;
  const tokensB = whole.b?.tokens ?? nb;
  // Added prose of a windowed side: its whole prose less what the runs cover inside the windows.
  const outside = (t: Tokens, cov: Uint8Array, w: DocTotals | undefined): number => {
    const uncovered = uncoveredProse(t, cov);
    if (!w) return uncovered;
    return Math.max(0, w.proseTokens - (uncoveredProse(t, new Uint8Array(t.words.length)) - uncovered));
  };
  return {
    gapConflicts,
    figureClashes,
    figureCovA: figureCover(specA, specB),
    figureCovB: figureCover(specB, specA),
    specificCovA: specificCover(specA, specB, firstLetterIndex(specB)),
    specificCovB: specificCover(specB, specA, firstLetterIndex(specA)),
    tokensA,
    tokensB,
    exactCovA: tokensA ? ca / tokensA : 0,
    exactCovB: tokensB ? cb / tokensB : 0,
    passages,
    longestPassage: longest,
    longestQuotedA: longestP !== null && opensQuote(A.text, longestP.aStart),
    longestQuotedB: longestP !== null && opensQuote(B.text, longestP.bStart),
    runs: runs.length,
    fuzzyCovA: totalA ? fa / totalA : 0,
    fuzzyCovB: totalB ? Math.min(1, fb / totalB) : 0,
    matchedSegments: pairs.length,
    conflictRate: specificsInPairs ? conflicts / specificsInPairs : 0,
    conflicts,
    meanSegmentSim: pairs.length ? simSum / pairs.length : 0,
    order: pairs.length ? lisLength(pairs.map((p) => p.j)) / pairs.length : 1,
    uncoveredProseA: outside(A, covA, whole.a),
    uncoveredProseB: outside(B, covB, whole.b),
    variants,
  };
}
