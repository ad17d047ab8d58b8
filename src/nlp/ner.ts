/**
 * Named-entity recognition for English: a greedy averaged-perceptron BIO tagger over the tokens
 * of the language layer (src/nlp/tokenize.ts), trained on open data (PolNeAR's silver CoreNLP
 * layer and re3d; see scripts/train-ner.mjs and docs/nlp.md).
 *
 * Types: PER, ORG, LOC and MISC (CoNLL-2003 conventions: nationalities and events are MISC).
 * Features: the word, its lower case, shape and affixes, the words and shapes around it, the two
 * previous tags, and a typed name list (the gazetteer) as membership bits, so the list informs
 * the model instead of being the recogniser. A sentence written in capitals (a headline) turns
 * the case-based features into their own "all caps" variants, which training learns from
 * sentences upper-cased on purpose.
 *
 * Document-level consistency runs after tagging: a person's full name makes its last word alone
 * a person everywhere in the document ("Jane Doe … Doe said").
 *
 * The weights live in data/models/ner-en.orbm, read once on first use. Without the file the
 * recogniser answers null (callers keep their previous behaviour); bad input never throws.
 */
import { feature, hashString, mix, seededRandom, shuffle } from './learn/hash.js';
import { packModel, unpackModel } from './learn/model-file.js';
import { AveragedPerceptron, PackedRows } from './learn/perceptron.js';
import { readModelFile } from './models.js';
import type { SentenceSpan } from './tokenize.js';
import { tokenize } from './tokenize.js';

export const NER_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type NerType = (typeof NER_TYPES)[number];
const TYPE_ID = new Map<string, number>(NER_TYPES.map((t, i) => [t, i]));
/** class 0 is O; type t has B = 1 + 2t and I = 2 + 2t */
const CLASSES = 1 + 2 * NER_TYPES.length;
const classType = (c: number) => (c - 1) >> 1;
/** a training tag that teaches nothing: the token lies in a gold mention left out of scoring */
export const NER_IGNORE = 255;
const isInside = (c: number) => c > 0 && (c & 1) === 0;

export const NER_MODEL_FILE = 'ner-en.orbm';
export const NER_MODEL_KIND = 'ner';
export const NER_MODEL_VERSION = 1;
/** Training corpora with conventions of their own get domain-specific feature copies. */
export const NER_DOMAINS = { general: 0, re3d: 0x7e3d, wikigold: 0x3161 } as const;

/** A recognised name: token range `[first, last)`, character span `[start, end)`. */
export type NerSpan = {
  first: number;
  last: number;
  start: number;
  end: number;
  type: NerType;
  source: 'model' | 'consistency';
};

/** What the recogniser reads: a Doc, or any tokenization with its text. */
export type NerInput = {
  text: string;
  length: number;
  starts: Int32Array;
  ends: Int32Array;
  sentences: readonly SentenceSpan[];
  /** sentence index of each token (spans never cross a sentence) */
  sentenceOf?: Int32Array;
};

// ---------------------------------------------------------------------------------------------
// The typed name list (gazetteer) as a feature

/** Bit of each type in lexicon membership masks. */
export const LEX_BIT: Record<NerType, number> = { PER: 1, ORG: 2, LOC: 4, MISC: 8 };

type LexPhrase = { rest: string[]; bits: number };
/** Phrases by their first word (lower case), longest first. */
export type NerLexicon = { byFirst: Map<string, LexPhrase[]>; size: number };

/** Builds the lexicon from names and their types; phrases are tokenized like the text is. */
export function buildNerLexicon(entries: Iterable<{ name: string; type: NerType }>): NerLexicon {
  const byFirst = new Map<string, LexPhrase[]>();
  const seen = new Map<string, LexPhrase>();
  let size = 0;
  for (const { name, type } of entries) {
    if (typeof name !== 'string' || !name.trim() || !TYPE_ID.has(type)) continue;
    const tk = tokenize(name, 'en');
    if (tk.length === 0 || tk.length > 8) continue;
    const words: string[] = [];
    for (let i = 0; i < tk.length; i++) words.push(name.slice(tk.starts[i], tk.ends[i]).toLowerCase());
    const key = words.join(' ');
    const old = seen.get(key);
    if (old) {
      old.bits |= LEX_BIT[type];
      continue;
    }
    const p: LexPhrase = { rest: words.slice(1), bits: LEX_BIT[type] };
    seen.set(key, p);
    const list = byFirst.get(words[0]!) ?? [];
    list.push(p);
    byFirst.set(words[0]!, list);
    size++;
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.rest.length - a.rest.length);
  return { byFirst, size };
}

/**
 * Lexicon atoms per token: bits of the types of the longest phrase starting there (low nibble),
 * of the phrase the token continues (next nibble), and 256 when the phrase has several words.
 * Only capitalised tokens (or digits) start a match, so "turkey" and "us" are not names.
 */
function lexiconAtoms(lower: string[], capital: Uint8Array, lex: NerLexicon | null): Uint16Array {
  const n = lower.length;
  const out = new Uint16Array(n);
  if (!lex || lex.size === 0) return out;
  return lexiconInto(lower, capital, lex, out);
}

function lexiconInto(lower: string[], capital: Uint8Array, lex: NerLexicon, out: Uint16Array): Uint16Array {
  const n = lower.length;
  for (let i = 0; i < n; i++) {
    if (!capital[i]) continue;
    const list = lex.byFirst.get(lower[i]!);
    if (!list) continue;
    for (const p of list) {
      const len = p.rest.length;
      if (i + len >= n) continue;
      let ok = true;
      for (let k = 0; k < len && ok; k++) if (lower[i + 1 + k] !== p.rest[k]) ok = false;
      if (!ok) continue;
      out[i] |= p.bits | (len > 0 ? 256 : 0);
      for (let k = 1; k <= len; k++) out[i + k] |= (p.bits << 4) | 256;
      break;
    }
  }
  return out;
}

const LEX_MASK = 511;
const DOC_CASE_SHIFT = 9;

/**
 * Document case evidence per token, in bits 9-10 of the atoms: the word also occurs elsewhere in
 * the document inside a sentence in lower case (1) or capitalised (2), counting only sentences
 * not written in capitals. A capitalised first word or a headline word reads it: "Reports" at a
 * sentence start is a common noun when "reports" occurs later.
 */
function addDocumentCase(
  forms: string[],
  lower: string[],
  sentences: readonly { first: number; last: number }[],
  atoms: Uint16Array,
): void {
  const seen = documentCase(forms, lower, sentences, -1);
  for (let i = 0; i < forms.length; i++)
    atoms[i] = (atoms[i]! & LEX_MASK) | ((seen.get(lower[i]!) ?? 0) << DOC_CASE_SHIFT);
}

/** Case flags of each word over the document's sentences (all but sentence `skip`). */
function documentCase(
  forms: string[],
  lower: string[],
  sentences: readonly { first: number; last: number }[],
  skip: number,
): Map<string, number> {
  const seen = new Map<string, number>();
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    if (k === skip || capsRange(forms, s.first, s.last)) continue;
    for (let i = s.first + 1; i < s.last; i++) {
      const w = forms[i]!;
      const c = w.charCodeAt(0);
      if (!(c > 64)) continue;
      const flag = HAS_UPPER_START.test(w) ? 2 : HAS_LOWER_START.test(w) ? 1 : 0;
      if (flag) seen.set(lower[i]!, (seen.get(lower[i]!) ?? 0) | flag);
    }
  }
  return seen;
}
const HAS_UPPER_START = /^\p{Lu}/u;
const HAS_LOWER_START = /^\p{Ll}/u;

function capsRange(forms: string[], first: number, last: number): boolean {
  let words = 0;
  let caps = 0;
  for (let i = first; i < last; i++) {
    const w = forms[i]!;
    if (w.length >= 2 && HAS_LETTER.test(w)) {
      words++;
      if (!HAS_LOWER.test(w)) caps++;
    }
  }
  return words >= 3 && caps >= 0.8 * words;
}

// ---------------------------------------------------------------------------------------------
// Features

const T = {
  bias: 0,
  lower: 1,
  form: 2,
  shape: 3,
  short: 4,
  pre2: 5,
  pre3: 6,
  suf2: 7,
  suf3: 8,
  suf4: 9,
  lowerM1: 10,
  lowerP1: 11,
  lowerM2: 12,
  lowerP2: 13,
  shapeM1: 14,
  shapeP1: 15,
  bigramM: 16,
  bigramP: 17,
  lex: 18,
  lexM1: 19,
  lexP1: 20,
  initial: 21,
  shapeTri: 22,
  m1shape: 23,
  shapeP1w: 24,
  lexLower: 25,
  shortM1P1: 26,
  common: 27,
  docCase: 28,
  docCommon: 29,
  clusterMid: 30,
  clusterFine: 31,
  clusterM1: 32,
  clusterP1: 33,
  clusterShape: 34,
  // dynamic
  prev: 40,
  prev2: 41,
  prevLower: 42,
  prevShape: 43,
  prevLex: 44,
} as const;
const STATIC = 35;
/** the last templates of the static block read word clusters */
const CLUSTER_TEMPLATES = 5;
const DYNAMIC = 5;

const BOS = hashString('<s>');
const UNKNOWN = hashString('<unk>');
const EOS = hashString('</s>');
const BOS2 = hashString('<s2>');
const EOS2 = hashString('</s2>');

function shapeOf(w: string, capsSentence: boolean): { shape: string; short: string } {
  let shape = '';
  let short = '';
  let last = '';
  let run = 0;
  for (let i = 0; i < w.length && shape.length < 12; i++) {
    const ch = w[i]!;
    let c: string;
    if (ch >= 'a' && ch <= 'z') c = 'x';
    else if (ch >= 'A' && ch <= 'Z') c = 'X';
    else if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch.toLowerCase() !== ch) c = 'X';
    else if (ch.toUpperCase() !== ch) c = 'x';
    else c = ch;
    if (c === last) run++;
    else {
      run = 1;
      short += c;
    }
    if (run <= 3) shape += c;
    last = c;
  }
  if (capsSentence) return { shape: `C${shape}`, short: `C${short}` };
  return { shape, short };
}

const HAS_LOWER = /\p{Ll}/u;
const HAS_LETTER = /\p{L}/u;
const STARTS_UPPER = /^[\p{Lu}\p{N}]/u;

/** Per-token atoms of one sentence, then the static features. */
class SentenceFeatures {
  n = 0;
  lowerH = new Uint32Array(64);
  shapeH = new Uint32Array(64);
  lexA = new Uint16Array(64);
  feats = new Uint32Array(64 * STATIC);

  /** training only: the share of capitalised words whose identity is hidden (unseen-name practice) */
  dropout = 0;
  random: (() => number) | null = null;

  compute(
    forms: string[],
    lower: string[],
    lexAtoms: Uint16Array,
    offset: number,
    n: number,
    common: ReadonlySet<string> | null,
    clusters: ReadonlyMap<string, ClusterIds> | null = null,
    lazy = false,
  ): void {
    this.n = n;
    if (this.lowerH.length < n) {
      const size = Math.max(n, this.lowerH.length * 2);
      this.lowerH = new Uint32Array(size);
      this.shapeH = new Uint32Array(size);
      this.lexA = new Uint16Array(size);
      this.feats = new Uint32Array(size * STATIC);
    }
    // a sentence in capitals: at least three words of two letters or more, 80 % without lower case
    const capsSentence = capsRange(forms, offset, offset + n);
    const formH = (this.formH = new Uint32Array(n));
    const shortH = (this.shortH = new Uint32Array(n));
    this.pre2 = new Uint32Array(n);
    this.pre3 = new Uint32Array(n);
    this.suf2 = new Uint32Array(n);
    this.suf3 = new Uint32Array(n);
    this.suf4 = new Uint32Array(n);
    this.docCase = new Uint8Array(n);
    this.commonA = new Uint8Array(n);
    const cMid = (this.cMid = new Uint32Array(n));
    const cFine = (this.cFine = new Uint32Array(n));
    const lowerStart = (this.lowerStart = new Uint8Array(n));
    for (let i = 0; i < n; i++) {
      const w = forms[offset + i]!;
      const l = lower[offset + i]!;
      const hide =
        this.dropout > 0 && this.random !== null && STARTS_UPPER.test(w) && this.random() < this.dropout;
      this.lowerH[i] = hide ? UNKNOWN : hashString(l);
      const s = shapeOf(w, capsSentence);
      this.shapeH[i] = hashString(s.shape);
      shortH[i] = hashString(s.short);
      this.lexA[i] = lexAtoms[offset + i]! & LEX_MASK;
      if (!lazy) {
        formH[i] = hide ? UNKNOWN : capsSentence ? this.lowerH[i]! ^ 0x5bd1e995 : hashString(w);
        this.ownAtoms(i, l, lexAtoms[offset + i]!, common);
      }
      const cl = clusters?.get(l);
      if (cl) {
        cMid[i] = cl.mid;
        cFine[i] = cl.fine;
      }
      lowerStart[i] = STARTS_UPPER.test(w) ? 0 : 1;
    }
    this.ctx = lazy ? { forms, lower, lexAtoms, offset, common, capsSentence } : null;
    if (!lazy) for (let i = 0; i < n; i++) this.featuresAt(i);
  }

  /** what featuresAt() needs to compute a token's own atoms on demand (run time) */
  private ctx: {
    forms: string[];
    lower: string[];
    lexAtoms: Uint16Array;
    offset: number;
    common: ReadonlySet<string> | null;
    capsSentence: boolean;
  } | null = null;

  /** Atoms read by the token's own features only: affixes, document case, common word. */
  private ownAtoms(i: number, l: string, lexAtom: number, common: ReadonlySet<string> | null): void {
    this.pre2[i] = hashString(l.slice(0, 2));
    this.pre3[i] = hashString(l.slice(0, 3));
    this.suf2[i] = hashString(l.slice(-2));
    this.suf3[i] = hashString(l.slice(-3));
    this.suf4[i] = hashString(l.slice(-4));
    this.docCase[i] = lexAtom >> DOC_CASE_SHIFT;
    this.commonA[i] = common && common.has(l) ? 1 : 0;
  }

  formH = new Uint32Array(0);
  shortH = new Uint32Array(0);
  pre2 = new Uint32Array(0);
  pre3 = new Uint32Array(0);
  suf2 = new Uint32Array(0);
  suf3 = new Uint32Array(0);
  suf4 = new Uint32Array(0);
  docCase = new Uint8Array(0);
  commonA = new Uint8Array(0);
  cMid = new Uint32Array(0);
  cFine = new Uint32Array(0);
  /** the token does not start with a capital or a digit */
  lowerStart = new Uint8Array(0);

  /** The static features of token i into `feats[i * STATIC …]`. */
  featuresAt(i: number): void {
    const n = this.n;
    const ctx = this.ctx;
    if (ctx) {
      const w = ctx.forms[ctx.offset + i]!;
      const l = ctx.lower[ctx.offset + i]!;
      this.formH[i] = ctx.capsSentence ? this.lowerH[i]! ^ 0x5bd1e995 : hashString(w);
      this.ownAtoms(i, l, ctx.lexAtoms[ctx.offset + i]!, ctx.common);
    }
    const { formH, shortH, pre2, pre3, suf2, suf3, suf4, docCase, commonA, cMid, cFine } = this;
    const f = this.feats;
    {
      const o = i * STATIC;
      const lw = this.lowerH[i]!;
      const sh = this.shapeH[i]!;
      const lm1 = i > 0 ? this.lowerH[i - 1]! : BOS;
      const lm2 = i > 1 ? this.lowerH[i - 2]! : i > 0 ? BOS : BOS2;
      const lp1 = i + 1 < n ? this.lowerH[i + 1]! : EOS;
      const lp2 = i + 2 < n ? this.lowerH[i + 2]! : i + 1 < n ? EOS : EOS2;
      const sm1 = i > 0 ? this.shapeH[i - 1]! : BOS;
      const sp1 = i + 1 < n ? this.shapeH[i + 1]! : EOS;
      const shm1 = i > 0 ? shortH[i - 1]! : BOS;
      const shp1 = i + 1 < n ? shortH[i + 1]! : EOS;
      const lx = this.lexA[i]!;
      const initial = i === 0 ? 1 : 0;
      f[o] = feature(T.bias, 1);
      f[o + 1] = feature(T.lower, lw);
      f[o + 2] = feature(T.form, formH[i]!);
      f[o + 3] = feature(T.shape, sh);
      f[o + 4] = feature(T.short, shortH[i]!);
      f[o + 5] = feature(T.pre2, pre2[i]!);
      f[o + 6] = feature(T.pre3, pre3[i]!);
      f[o + 7] = feature(T.suf2, suf2[i]!);
      f[o + 8] = feature(T.suf3, suf3[i]!);
      f[o + 9] = feature(T.suf4, suf4[i]!);
      f[o + 10] = feature(T.lowerM1, lm1);
      f[o + 11] = feature(T.lowerP1, lp1);
      f[o + 12] = feature(T.lowerM2, lm2);
      f[o + 13] = feature(T.lowerP2, lp2);
      f[o + 14] = feature(T.shapeM1, sm1);
      f[o + 15] = feature(T.shapeP1, sp1);
      f[o + 16] = feature(T.bigramM, lm1, lw);
      f[o + 17] = feature(T.bigramP, lw, lp1);
      f[o + 18] = feature(T.lex, lx);
      f[o + 19] = feature(T.lexM1, i > 0 ? this.lexA[i - 1]! : 999);
      f[o + 20] = feature(T.lexP1, i + 1 < n ? this.lexA[i + 1]! : 999);
      f[o + 21] = feature(T.initial, initial, shortH[i]!);
      f[o + 22] = feature(T.shapeTri, shm1, shortH[i]!, shp1);
      f[o + 23] = feature(T.m1shape, lm1, sh);
      f[o + 24] = feature(T.shapeP1w, sh, lp1);
      f[o + 25] = feature(T.lexLower, lx, shortH[i]!);
      f[o + 26] = feature(T.shortM1P1, shm1, shp1, lx);
      f[o + 27] = feature(T.common, commonA[i]!, shortH[i]!, initial);
      f[o + 28] = feature(T.docCase, docCase[i]!, shortH[i]!, initial);
      f[o + 29] = feature(T.docCommon, docCase[i]!, commonA[i]!, lx);
      f[o + 30] = feature(T.clusterMid, cMid[i]!);
      f[o + 31] = feature(T.clusterFine, cFine[i]!);
      f[o + 32] = feature(T.clusterM1, i > 0 ? cFine[i - 1]! : 1, cMid[i]!);
      f[o + 33] = feature(T.clusterP1, cMid[i]!, i + 1 < n ? cFine[i + 1]! : 1);
      f[o + 34] = feature(T.clusterShape, cFine[i]!, shortH[i]!);
    }
  }
}

/** I-X may only follow B-X or I-X. */
function allowedAfter(prev: number, c: number): boolean {
  if (!isInside(c)) return true;
  return prev > 0 && classType(prev) === classType(c);
}

// ---------------------------------------------------------------------------------------------
// Word clusters learnt from unlabelled text (scripts/train-clusters.mjs): a word unseen in the
// NER training data still shares the weights of the words it is distributed like.

export const CLUSTERS_FILE = 'en-clusters.tsv';
export type ClusterIds = { mid: number; fine: number };

/** Reads data/models/en-clusters.tsv ("word<TAB>coarse.mid.fine"); null when absent. */
export function loadClusters(): Map<string, ClusterIds> | null {
  const bytes = readModelFile(CLUSTERS_FILE);
  if (!bytes) return null;
  const out = new Map<string, ClusterIds>();
  for (const line of new TextDecoder().decode(bytes).split('\n')) {
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    const path = line
      .slice(tab + 1)
      .trim()
      .split('.');
    if (path.length < 3) continue;
    out.set(line.slice(0, tab), { mid: hashString(`m${path[1]}`), fine: hashString(`f${path[2]}`) });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The model

export class NerModel {
  /** the learner, for a model being trained (`fresh()`); null for one read from a file */
  readonly perceptron: AveragedPerceptron | null;
  /** what tagging scores with: the learner itself, or the packed rows of a model file */
  private readonly scorer: AveragedPerceptron | PackedRows;
  readonly meta: Record<string, unknown>;
  /** words seen in lower case inside sentences of the training text ("meets", "house") */
  common: ReadonlySet<string> | null = null;
  /** unlabelled-text word clusters (data/models/en-clusters.tsv), when the model was trained with them */
  clusters: ReadonlyMap<string, ClusterIds> | null = null;
  private readonly sf = new SentenceFeatures();
  /** training only: the passive-aggressive cap C, or 0 for plain perceptron updates */
  paC = 0;
  private readonly scratch = new Uint32Array(2 * (STATIC + DYNAMIC));
  private readonly scores = new Float32Array(CLASSES);

  constructor(weights: AveragedPerceptron | PackedRows, meta: Record<string, unknown> = {}) {
    if (weights.classes !== CLASSES) throw new RangeError(`an NER model has ${CLASSES} classes`);
    this.perceptron = weights instanceof AveragedPerceptron ? weights : null;
    this.scorer = weights;
    this.meta = meta;
  }

  setDropout(rate: number, random: (() => number) | null): void {
    this.sf.dropout = rate;
    this.sf.random = random;
  }

  static fresh(bits = 20): NerModel {
    return new NerModel(new AveragedPerceptron({ classes: CLASSES, bits }));
  }

  static fromBytes(bytes: Uint8Array): NerModel {
    const file = unpackModel(bytes, NER_MODEL_KIND, NER_MODEL_VERSION);
    const weights = file.blocks.get('weights');
    if (!weights) throw new RangeError('NER model has no weights block');
    // the inference form: kept rows only (the dense table is for training), same scores
    const model = new NerModel(PackedRows.fromSerialized(weights), file.meta);
    const common = file.blocks.get('common');
    if (common && common.byteLength) model.common = new Set(new TextDecoder().decode(common).split('\n'));
    if (file.meta.clusters) model.clusters = loadClusters();
    return model;
  }

  toBytes(meta: Record<string, unknown>, prune: number): Uint8Array {
    if (!this.perceptron) throw new TypeError('only a model being trained is written');
    const common = new TextEncoder().encode(this.common ? [...this.common].sort().join('\n') : '');
    return packModel(
      NER_MODEL_KIND,
      NER_MODEL_VERSION,
      { ...meta, types: NER_TYPES },
      { weights: this.perceptron.serialize(prune), common },
    );
  }

  /**
   * Tags one sentence (tokens `[offset, offset+n)` of the arrays) into `out` (class ids). With
   * `gold`, also learns from it (greedy, with the predicted history); returns the errors made.
   * A `domain` other than 0 adds a copy of every feature specific to that domain (Daumé's
   * feature augmentation): a corpus with its own conventions (re3d) trains its copies without
   * bending the general weights much, and run time reads the general ones only.
   */
  tagSentence(
    forms: string[],
    lower: string[],
    lexAtoms: Uint16Array,
    offset: number,
    n: number,
    out: Uint8Array,
    gold?: Uint8Array,
    domain = 0,
  ): number {
    const sf = this.sf;
    // at run time, features are built only for the tokens that are scored (see below)
    const lazy = !gold;
    sf.compute(forms, lower, lexAtoms, offset, n, this.common, this.clusters, lazy);
    const learner = this.perceptron;
    if (gold && !learner) throw new TypeError('a model read from a file does not learn');
    const scorer = this.scorer;
    const scores = this.scores;
    const x = this.scratch;
    const feats = sf.feats;
    let errors = 0;
    let p1 = 0;
    let p2 = 0;
    // a model trained without clusters reads the first templates only
    const ns = this.clusters ? STATIC : STATIC - CLUSTER_TEMPLATES;
    for (let i = 0; i < n; i++) {
      if (lazy) {
        // a word in lower case (or punctuation) after no name is no name: names start with a
        // capital or a digit, and only a name's inside ("Bank of America") continues in lower
        // case, so most tokens of a text need no scoring at all
        if (p1 === 0 && sf.lowerStart[i]) {
          out[offset + i] = 0;
          p2 = p1;
          continue;
        }
        sf.featuresAt(i);
      }
      for (let k = 0, o = i * STATIC; k < ns; k++) x[k] = feats[o + k]!;
      x[ns] = feature(T.prev, p1);
      x[ns + 1] = feature(T.prev2, p1, p2);
      x[ns + 2] = feature(T.prevLower, p1, sf.lowerH[i]!);
      x[ns + 3] = feature(T.prevShape, p1, sf.shapeH[i]!);
      x[ns + 4] = feature(T.prevLex, p1, sf.lexA[i]!);
      let count = ns + DYNAMIC;
      if (domain) {
        for (let k = 0; k < ns + DYNAMIC; k++) x[count + k] = mix(x[k]!, domain);
        count *= 2;
      }
      scorer.scores(x, count, scores);
      // the best class allowed after the previous one (first of equal scores)
      let guess = -1;
      let top = -Infinity;
      for (let c = 0; c < CLASSES; c++) {
        if (scores[c]! > top && allowedAfter(p1, c)) {
          top = scores[c]!;
          guess = c;
        }
      }
      let tag = guess;
      if (gold && learner) {
        learner.tick();
        const truth = gold[i]!;
        if (truth !== guess && truth !== NER_IGNORE) errors++;
        if (truth === NER_IGNORE) {
          // a token of a gold mention left out of scoring teaches nothing
        } else if (this.paC > 0) {
          // passive-aggressive (PA-I, Crammer et al. 2006): whenever the truth does not beat the
          // best other allowed class by a margin of 1, move both by the step that would just
          // reach it (capped at C). Each update is as large as the token's loss, so a noisy
          // silver label moves the weights once, as little as needed, instead of by a full
          // perceptron step on every pass.
          let rival = -1;
          let rivalScore = -Infinity;
          for (let c = 0; c < CLASSES; c++)
            if (c !== truth && scores[c]! > rivalScore && allowedAfter(p1, c)) {
              rivalScore = scores[c]!;
              rival = c;
            }
          const loss = 1 - (scores[truth]! - rivalScore);
          if (rival >= 0 && loss > 0) {
            // features are binary, so |Φ(truth) − Φ(rival)|² = 2 × count
            const tau = Math.min(this.paC, loss / (2 * count));
            learner.add(truth, x, count, tau);
            learner.add(rival, x, count, -tau);
          }
        } else if (truth !== guess) learner.update(truth, guess, x, count);
        tag = guess; // learn with the predicted history
      }
      out[offset + i] = tag;
      p2 = p1;
      p1 = tag;
    }
    return errors;
  }
}

// ---------------------------------------------------------------------------------------------
// Running over a document

const CAPITAL = /^[\p{Lu}\p{Lt}\p{N}]/u;

/** Word arrays of a tokenized text: forms, lower case, capital flags. */
function wordsOf(input: NerInput): { forms: string[]; lower: string[]; capital: Uint8Array } {
  const n = input.length;
  const forms = new Array<string>(n);
  const lower = new Array<string>(n);
  const capital = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const w = input.text.slice(input.starts[i], input.ends[i]);
    forms[i] = w;
    lower[i] = w.toLowerCase();
    capital[i] = CAPITAL.test(w) ? 1 : 0;
  }
  return { forms, lower, capital };
}

/** Longest sentence the tagger reads at once; longer ones are cut (1 MB without a full stop). */
const MAX_SENTENCE = 400;

function decodeSpans(input: NerInput, tags: Uint8Array): NerSpan[] {
  const spans: NerSpan[] = [];
  const n = input.length;
  let i = 0;
  while (i < n) {
    const c = tags[i]!;
    if (c === 0) {
      i++;
      continue;
    }
    const type = classType(c);
    let j = i + 1;
    const sent = sentenceOfToken(input, i);
    while (j < n && isInside(tags[j]!) && classType(tags[j]!) === type && sentenceOfToken(input, j) === sent)
      j++;
    spans.push({
      first: i,
      last: j,
      start: input.starts[i]!,
      end: input.ends[j - 1]!,
      type: NER_TYPES[type]!,
      source: 'model',
    });
    i = j;
  }
  return spans;
}

function sentenceOfToken(input: NerInput, i: number): number {
  return input.sentenceOf ? input.sentenceOf[i]! : 0;
}

/** Tags every sentence of the input; class ids per token. */
export function tagTokens(
  model: NerModel,
  input: NerInput,
  lexicon: NerLexicon | null,
  domain = 0,
): Uint8Array {
  const { forms, lower, capital } = wordsOf(input);
  const atoms = lexiconAtoms(lower, capital, lexicon);
  const tags = new Uint8Array(input.length);
  const ranges = input.sentences.length
    ? input.sentences
    : [{ start: 0, end: input.text.length, first: 0, last: input.length }];
  addDocumentCase(forms, lower, ranges, atoms);
  for (const s of ranges) {
    for (let a = s.first; a < s.last; a += MAX_SENTENCE) {
      const n = Math.min(MAX_SENTENCE, s.last - a);
      model.tagSentence(forms, lower, atoms, a, n, tags, undefined, domain);
    }
  }
  return tags;
}

const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
const SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/**
 * Document-level consistency: the last word of a multi-word person name, written alone with a
 * capital elsewhere in the document and left untagged by the model, is that person ("Jane Doe …
 * Doe said"). A word the model typed otherwise keeps its type, and a word next to another
 * capitalised word belongs to a longer name ("Doe Street"), so neither changes.
 */
export function surnameConsistency(input: NerInput, spans: NerSpan[]): NerSpan[] {
  const surnames = new Set<string>();
  for (const s of spans) {
    if (s.type !== 'PER' || s.last - s.first < 2) continue;
    let k = s.last - 1;
    let w = input.text.slice(input.starts[k], input.ends[k]);
    if (SUFFIXES.has(w.toLowerCase()) && k - 1 > s.first) {
      k--;
      w = input.text.slice(input.starts[k], input.ends[k]);
    }
    if (w.length >= 2 && NAME_WORD.test(w) && HAS_LOWER.test(w)) surnames.add(w);
  }
  if (surnames.size === 0) return spans;
  const owned = new Uint8Array(input.length);
  for (const s of spans) owned.fill(1, s.first, s.last);
  const sameSentence = (a: number, b: number) =>
    !input.sentenceOf || input.sentenceOf[a] === input.sentenceOf[b];
  const capitalAt = (k: number) => CAPITAL_WORD.test(input.text.slice(input.starts[k], input.ends[k]));
  const added: NerSpan[] = [];
  for (let i = 0; i < input.length; i++) {
    if (owned[i]) continue;
    const w = input.text.slice(input.starts[i], input.ends[i]);
    if (!surnames.has(w)) continue;
    if (i > 0 && sameSentence(i - 1, i) && capitalAt(i - 1) && input.starts[i]! - input.ends[i - 1]! <= 1)
      continue;
    if (
      i + 1 < input.length &&
      sameSentence(i, i + 1) &&
      capitalAt(i + 1) &&
      input.starts[i + 1]! - input.ends[i]! <= 1
    )
      continue;
    added.push({
      first: i,
      last: i + 1,
      start: input.starts[i]!,
      end: input.ends[i]!,
      type: 'PER',
      source: 'consistency',
    });
  }
  if (!added.length) return spans;
  return [...spans, ...added].sort((a, b) => a.first - b.first);
}

const CAPITAL_WORD = /^\p{Lu}\p{L}/u;

/** Recognises names in a tokenized text: model spans plus document-level consistency. */
export function recognizeWith(
  model: NerModel,
  input: NerInput,
  lexicon: NerLexicon | null,
  consistency = true,
  domain = 0,
): NerSpan[] {
  const tags = tagTokens(model, input, lexicon, domain);
  const spans = decodeSpans(input, tags);
  return consistency ? surnameConsistency(input, spans) : spans;
}

let loaded: NerModel | null | undefined;

/** The shipped English model, read on first call; null when the file is absent. */
export function englishNerModel(): NerModel | null {
  if (loaded === undefined) {
    const bytes = readModelFile(NER_MODEL_FILE);
    loaded = bytes ? NerModel.fromBytes(bytes) : null;
  }
  return loaded;
}

/**
 * Names in a tokenized English text with the shipped model; null when there is no model for
 * the language (the caller keeps its own recognisers). Never throws on its input.
 */
export function recognizeNames(
  input: NerInput,
  lang: string,
  lexicon: NerLexicon | null = null,
): NerSpan[] | null {
  if (lang !== 'en') return null;
  const model = englishNerModel();
  if (!model) return null;
  if (!input || typeof input.text !== 'string' || !(input.length > 0)) return [];
  return recognizeWith(model, input, lexicon);
}

// ---------------------------------------------------------------------------------------------
// Training

export type NerTrainOptions = {
  epochs: number;
  seed: number;
  bits?: number;
  /** share of sentences upper-cased on the fly, so headlines in capitals are learnt */
  capsRate?: number;
  /** share of capitalised words whose identity features are hidden during training */
  dropout?: number;
  /** a word seen this many times in lower case inside a sentence is a common word (default 3) */
  commonMin?: number;
  /** word clusters to use as features (loadClusters()); the model file records that it needs them */
  clusters?: ReadonlyMap<string, ClusterIds> | null;
  onEpoch?: (epoch: number, errors: number, tokens: number, model: NerModel) => void;
  /** models trained with consecutive seeds whose weights are averaged (default 1) */
  ensemble?: number;
  /**
   * Passive-aggressive updates with this cap C (PA-I); 0 or absent: plain perceptron updates.
   * On PolNeAR's silver labels PA gains 0.03 F1 over the perceptron (docs/nlp.md).
   */
  passiveAggressive?: number;
};

/** A training document: words, gold class ids, lexicon atoms, sentences as token ranges. */
export type NerTrainDoc = {
  forms: string[];
  tags: Uint8Array;
  lexAtoms: Uint16Array;
  sentences: { first: number; last: number }[];
  domain?: number;
};

/**
 * Trains a model on documents whose tokens carry gold class ids (see `classOf`). Deterministic.
 * With `ensemble` k > 1, k models are trained with seeds `seed`, `seed + 1`… (document order,
 * headline sampling) and their weights averaged into one of the same size. A single greedy
 * perceptron's F1 moves by ±0.01-0.02 with the seed alone (PolNeAR dev, wikigold); averaging
 * three did not measurably narrow that (docs/nlp.md gives the draws).
 */
export function trainNer(docs: NerTrainDoc[], options: NerTrainOptions): NerModel {
  const k = Math.max(1, Math.floor(options.ensemble ?? 1));
  const model = trainOne(docs, options, options.seed);
  for (let e = 1; e < k; e++) {
    const other = trainOne(docs, options, options.seed + e);
    model.perceptron!.addWeights(other.perceptron!, 1);
  }
  if (k > 1) model.perceptron!.scaleWeights(1 / k);
  return model;
}

function trainOne(docs: NerTrainDoc[], options: NerTrainOptions, seed: number): NerModel {
  const model = NerModel.fresh(options.bits ?? 20);
  model.common = commonWords(docs, options.commonMin ?? 3);
  model.clusters = options.clusters ?? null;
  model.perceptron!.beginTraining();
  model.paC = Math.max(0, options.passiveAggressive ?? 0);
  const random = seededRandom(seed);
  model.setDropout(options.dropout ?? 0, seededRandom(seed + 1));
  const order = docs.map((_, i) => i);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffle(order, random);
    let errors = 0;
    let tokens = 0;
    for (const d of order) {
      const doc = docs[d]!;
      const lower = doc.forms.map((w) => w.toLowerCase());
      const out = new Uint8Array(doc.forms.length);
      for (let si = 0; si < doc.sentences.length; si++) {
        const s = doc.sentences[si]!;
        for (let a = s.first; a < s.last; a += MAX_SENTENCE) {
          const n = Math.min(MAX_SENTENCE, s.last - a);
          const gold = doc.tags.subarray(a, a + n);
          if (options.capsRate && random() < options.capsRate) {
            // the sentence as a headline in capitals: its own words no longer count as case evidence
            const forms = doc.forms.slice(a, a + n).map((w) => w.toUpperCase());
            const low = lower.slice(a, a + n);
            const seen = documentCase(doc.forms, lower, doc.sentences, si);
            const atoms = doc.lexAtoms.slice(a, a + n);
            for (let k = 0; k < n; k++)
              atoms[k] = (atoms[k]! & LEX_MASK) | ((seen.get(low[k]!) ?? 0) << DOC_CASE_SHIFT);
            errors += model.tagSentence(forms, low, atoms, 0, n, new Uint8Array(n), gold, doc.domain ?? 0);
          } else {
            errors += model.tagSentence(doc.forms, lower, doc.lexAtoms, a, n, out, gold, doc.domain ?? 0);
          }
          tokens += n;
        }
      }
    }
    options.onEpoch?.(epoch, errors, tokens, model);
  }
  model.perceptron!.finish();
  model.setDropout(0, null);
  model.paC = 0;
  return model;
}

/** Words seen at least `min` times in lower case after the first word of a sentence. */
function commonWords(docs: NerTrainDoc[], min: number): Set<string> {
  const counts = new Map<string, number>();
  for (const d of docs) {
    for (const s of d.sentences) {
      for (let i = s.first + 1; i < s.last; i++) {
        const w = d.forms[i]!;
        if (HAS_LOWER_START.test(w) && !HAS_UPPER.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
      }
    }
  }
  const out = new Set<string>();
  for (const [w, c] of counts) if (c >= min) out.add(w);
  return out;
}
const HAS_UPPER = /\p{Lu}/u;

/** Class id of a BIO tag ("B-PER", "I-ORG", "O"); unknown types are O. */
export function classOf(bio: 'B' | 'I', type: string): number {
  const t = TYPE_ID.get(type);
  if (t === undefined) return 0;
  return bio === 'B' ? 1 + 2 * t : 2 + 2 * t;
}

/** Word arrays and lexicon atoms of a tokenized text, for training (same as at run time). */
export function trainingView(
  input: NerInput,
  lexicon: NerLexicon | null,
): { forms: string[]; lexAtoms: Uint16Array } {
  const { forms, lower, capital } = wordsOf(input);
  const atoms = lexiconAtoms(lower, capital, lexicon);
  addDocumentCase(forms, lower, input.sentences, atoms);
  return { forms, lexAtoms: atoms };
}
