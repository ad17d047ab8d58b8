/**
 * The Doc every stage reads: the tokens of one text with character offsets, their sentences,
 * and the annotations of the models (UPOS and XPOS tags, lemmas, a labelled dependency tree).
 *
 * Storage follows wink-nlp: a token is a position in packed typed arrays (offsets, tag ids,
 * head, label id), nothing is an object until asked for (`token(i)`), and the helpers are thin
 * functions over those arrays. Components annotate a Doc in place (spaCy style): the tagger
 * fills `uposIds`/`xposIds`/`lemmas`, the parser `heads`/`deprelIds`.
 *
 * Unknown stays null: an untagged or unparsed Doc (Russian and Turkish today, or English without
 * model files) answers null for tags, lemmas, heads and labels, never a guess.
 *
 * ## The stable API (what the extractors build on)
 *
 *   const doc = analyze(text, 'en')            // src/nlp/analyze.ts; lazyDoc(text, lang, sentences)
 *                                              // gives a () => Doc computed on first call
 *   doc.length, doc.sentences[s]               // tokens; sentence spans {start, end, first, last}
 *   doc.token(i)  → { index, start, end, text, sentence, upos, xpos, lemma, head, deprel }
 *   doc.form(i), doc.upos(i), doc.xpos(i), doc.lemma(i)
 *   doc.head(i)                                // token index of the head; -1 for a root; null unparsed
 *   doc.deprel(i)                              // full UD label ("nsubj:pass"); null unparsed
 *   doc.children(i)                            // dependents in text order
 *   doc.dependents(i, 'nsubj', 'obj')          // dependents with these labels (or their subtypes)
 *   doc.subtree(i) → {first, last}             // token range of i and its descendants
 *   doc.span({first, last}) → {start, end}     // character span, for evidence
 *   doc.dominates(a, b), doc.root(s)           // ancestry; root token of sentence s (-1 unparsed)
 *   doc.tokenAt(offset), doc.tokensIn(start, end), doc.sentenceTokens(s)
 *   doc.tagged, doc.parsed                     // whether the language had models
 *
 * Tags are UD English EWT's: UPOS (17) and Penn XPOS; labels are UD v2 with EWT's subtypes
 * (nsubj:pass, obl:tmod, compound:prt, acl:relcl, nmod:poss…). English text is parsed sentence by
 * sentence; a "sentence" of more than 250 tokens (text without punctuation) is parsed in windows
 * of 250 tokens, each with its own root. Trees are projective.
 */
import type { SentenceSpan, Tokenization } from './tokenize.js';

/** The 17 Universal POS tags; a tag id is an index into this list. */
export const UPOS = [
  'ADJ',
  'ADP',
  'ADV',
  'AUX',
  'CCONJ',
  'DET',
  'INTJ',
  'NOUN',
  'NUM',
  'PART',
  'PRON',
  'PROPN',
  'PUNCT',
  'SCONJ',
  'SYM',
  'VERB',
  'X',
] as const;
export type Upos = (typeof UPOS)[number];
const UPOS_ID = new Map<string, number>(UPOS.map((t, i) => [t, i]));

/** Tag id of an untagged token. */
export const NO_TAG = 255;
/** Head of an unparsed token; the root of a sentence has head -1. */
export const NO_HEAD = -2;
export const ROOT = -1;

export function uposId(tag: string): number {
  return UPOS_ID.get(tag) ?? NO_TAG;
}

/** One token as a plain object: for printing and tests; hot code reads the arrays. */
export type TokenView = {
  index: number;
  start: number;
  end: number;
  text: string;
  sentence: number;
  upos: Upos | null;
  xpos: string | null;
  lemma: string | null;
  /** token index of the head, -1 for the root, null when unparsed */
  head: number | null;
  deprel: string | null;
};

/** A token range `[first, last)`. */
export type TokenRange = { first: number; last: number };

export class Doc {
  readonly text: string;
  readonly lang: string;
  /** number of tokens */
  readonly length: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly sentenceOf: Int32Array;
  readonly sentences: readonly SentenceSpan[];
  readonly uposIds: Uint8Array;
  readonly xposIds: Uint8Array;
  readonly lemmas: (string | null)[];
  readonly heads: Int32Array;
  readonly deprelIds: Uint8Array;
  /** names of the XPOS and dependency label ids (the tagger's and parser's label sets) */
  xposNames: readonly string[] = [];
  deprelNames: readonly string[] = [];
  tagged = false;
  parsed = false;
  private childIndex: { offsets: Int32Array; children: Int32Array } | null = null;

  constructor(text: string, lang: string, tokens: Tokenization) {
    this.text = text;
    this.lang = lang;
    this.length = tokens.length;
    this.starts = tokens.starts;
    this.ends = tokens.ends;
    this.sentenceOf = tokens.sentenceOf;
    this.sentences = tokens.sentences;
    const n = tokens.length;
    this.uposIds = new Uint8Array(n).fill(NO_TAG);
    this.xposIds = new Uint8Array(n).fill(NO_TAG);
    this.lemmas = new Array<string | null>(n).fill(null);
    this.heads = new Int32Array(n).fill(NO_HEAD);
    this.deprelIds = new Uint8Array(n).fill(NO_TAG);
  }

  // -- one token ------------------------------------------------------------------------------

  form(i: number): string {
    return this.text.slice(this.starts[i], this.ends[i]);
  }

  upos(i: number): Upos | null {
    const id = this.uposIds[i];
    return id === undefined || id === NO_TAG ? null : (UPOS[id] ?? null);
  }

  xpos(i: number): string | null {
    const id = this.xposIds[i];
    return id === undefined || id === NO_TAG ? null : (this.xposNames[id] ?? null);
  }

  lemma(i: number): string | null {
    return this.lemmas[i] ?? null;
  }

  /** Head token index, -1 for a sentence root, null when the token is not parsed. */
  head(i: number): number | null {
    const h = this.heads[i];
    return h === undefined || h === NO_HEAD ? null : h;
  }

  /** Full UD label, subtype included ("nsubj:pass", "obl:tmod"); null when unparsed. */
  deprel(i: number): string | null {
    const id = this.deprelIds[i];
    return id === undefined || id === NO_TAG ? null : (this.deprelNames[id] ?? null);
  }

  token(i: number): TokenView {
    return {
      index: i,
      start: this.starts[i]!,
      end: this.ends[i]!,
      text: this.form(i),
      sentence: this.sentenceOf[i]!,
      upos: this.upos(i),
      xpos: this.xpos(i),
      lemma: this.lemma(i),
      head: this.head(i),
      deprel: this.deprel(i),
    };
  }

  tokens(): TokenView[] {
    const out: TokenView[] = [];
    for (let i = 0; i < this.length; i++) out.push(this.token(i));
    return out;
  }

  // -- positions ------------------------------------------------------------------------------

  /** The token whose span contains character `offset`, or -1 (whitespace, out of range). */
  tokenAt(offset: number): number {
    const i = this.firstEndingAfter(offset);
    return i < this.length && this.starts[i]! <= offset ? i : -1;
  }

  /** Tokens overlapping the character span `[start, end)`; empty (first = last) if none. */
  tokensIn(start: number, end: number): TokenRange {
    const first = this.firstEndingAfter(start);
    let last = first;
    while (last < this.length && this.starts[last]! < end) last++;
    return { first, last };
  }

  /** Token range of sentence `s`. */
  sentenceTokens(s: number): TokenRange {
    const sent = this.sentences[s];
    return sent ? { first: sent.first, last: sent.last } : { first: 0, last: 0 };
  }

  /** Character span of tokens `[first, last)`. */
  span(range: TokenRange): { start: number; end: number } {
    if (range.last <= range.first) return { start: 0, end: 0 };
    return { start: this.starts[range.first]!, end: this.ends[range.last - 1]! };
  }

  /** First token whose end is after `offset` (binary search). */
  private firstEndingAfter(offset: number): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.ends[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  // -- the tree -------------------------------------------------------------------------------

  /** Dependents of token `i` in text order (empty when unparsed). */
  children(i: number): number[] {
    const index = this.children_();
    const out: number[] = [];
    for (let k = index.offsets[i]!; k < index.offsets[i + 1]!; k++) out.push(index.children[k]!);
    return out;
  }

  /**
   * Dependents of `i` whose label is `label` or one of its subtypes: "nsubj" matches "nsubj" and
   * "nsubj:pass"; "obl:tmod" matches only itself. Several labels may be given.
   */
  dependents(i: number, ...labels: string[]): number[] {
    return this.children(i).filter((c) => {
      const rel = this.deprel(c);
      return rel !== null && labels.some((l) => rel === l || (rel.startsWith(l) && rel[l.length] === ':'));
    });
  }

  /** Token range covered by `i` and all its descendants (their min and max, for any tree). */
  subtree(i: number): TokenRange {
    let first = i;
    let last = i + 1;
    const stack = [i];
    const index = this.children_();
    while (stack.length) {
      const t = stack.pop()!;
      for (let k = index.offsets[t]!; k < index.offsets[t + 1]!; k++) {
        const c = index.children[k]!;
        if (c < first) first = c;
        if (c + 1 > last) last = c + 1;
        stack.push(c);
      }
    }
    return { first, last };
  }

  /** Is `a` an ancestor of `b` (or `b` itself)? */
  dominates(a: number, b: number): boolean {
    for (let t = b, steps = 0; t >= 0 && steps <= this.length; t = this.heads[t]!, steps++)
      if (t === a) return true;
    return false;
  }

  /** The root token of sentence `s`, or -1 when unparsed. */
  root(s: number): number {
    const { first, last } = this.sentenceTokens(s);
    for (let i = first; i < last; i++) if (this.heads[i] === ROOT) return i;
    return -1;
  }

  /** Child lists as CSR arrays, built once after parsing. */
  private children_(): { offsets: Int32Array; children: Int32Array } {
    if (this.childIndex) return this.childIndex;
    const n = this.length;
    const offsets = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      const h = this.heads[i]!;
      if (h >= 0 && h < n) offsets[h + 1]!++;
    }
    for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
    const fill = offsets.slice(0, n);
    const children = new Int32Array(offsets[n]!);
    for (let i = 0; i < n; i++) {
      const h = this.heads[i]!;
      if (h >= 0 && h < n) children[fill[h]!++] = i;
    }
    this.childIndex = { offsets, children };
    return this.childIndex;
  }

  /** Back to untagged and unparsed (every annotation null). */
  clearAnnotations(): void {
    this.uposIds.fill(NO_TAG);
    this.xposIds.fill(NO_TAG);
    this.lemmas.fill(null);
    this.heads.fill(NO_HEAD);
    this.deprelIds.fill(NO_TAG);
    this.tagged = false;
    this.parsed = false;
    this.childIndex = null;
  }

  /** Drops cached indexes after the tree changed (the parser calls it). */
  invalidate(): void {
    this.childIndex = null;
  }
}
