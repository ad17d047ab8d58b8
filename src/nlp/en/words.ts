/**
 * Word atoms shared by the English tagger and parser: a normalised form (lower case, typographic
 * quotes and apostrophes as ASCII, so Orbit's tokens of news text look like the treebank's), its
 * shape, affixes and unlabelled-text cluster, each hashed once per token.
 */
import { hashString } from '../learn/hash.js';

/** Lower case with ’‘ → ' and “”„« » → " (EWT mostly writes ASCII quotes). */
export function normalize(form: string): string {
  let s = form;
  if (/[’‘`´]/.test(s)) s = s.replace(/[’‘´]/g, "'");
  if (/[“”„«»]/.test(s)) s = s.replace(/[“”„«»]/g, '"');
  if (s === '``' || s === "''") s = '"';
  return s.toLowerCase();
}

/** Word shape with runs collapsed past two: "Obama" → "Xxx", "F-16" → "X-dd", "1,000" → "d,dd". */
export function shape(form: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of form) {
    let c: string;
    if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch.toLowerCase() !== ch) c = 'X';
    else if (ch.toUpperCase() !== ch) c = 'x';
    else c = ch;
    if (c === last) {
      if (++run > 2) continue;
    } else {
      last = c;
      run = 1;
    }
    out += c;
    if (out.length >= 12) break;
  }
  return out;
}

/** Hashes of a sentence's words computed once: everything the feature templates mix. */
export type WordAtoms = {
  n: number;
  forms: string[];
  norms: string[];
  word: Uint32Array; // normalised form
  shape: Uint32Array;
  pre1: Uint32Array;
  pre2: Uint32Array;
  pre3: Uint32Array;
  suf1: Uint32Array;
  suf2: Uint32Array;
  suf3: Uint32Array;
  suf4: Uint32Array;
  /** unlabelled-text clusters "coarse.mid.fine": coarse, mid and the whole path; 0 when none */
  c4: Uint32Array;
  c8: Uint32Array;
  cAll: Uint32Array;
  /** bit flags: 1 capitalised, 2 all caps, 4 has digit, 8 has hyphen, 16 first word */
  flags: Uint8Array;
};

export type Clusters = Map<string, string>;

const cache = new Map<string, number>();
/** Hash with a small memo for frequent strings (affixes, shapes). */
function h(s: string): number {
  let v = cache.get(s);
  if (v === undefined) {
    v = hashString(s);
    if (cache.size < 200_000) cache.set(s, v);
  }
  return v;
}

/** What wordAtoms() derives from one form alone (everything but the first-word flag). */
type FormAtoms = {
  norm: string;
  word: number;
  shape: number;
  pre1: number;
  pre2: number;
  pre3: number;
  suf1: number;
  suf2: number;
  suf3: number;
  suf4: number;
  c4: number;
  c8: number;
  cAll: number;
  flags: number;
};

/**
 * The atoms of recent forms, per cluster table: news text repeats its words, and a form's atoms
 * (normalisation, shape, seven affix hashes, cluster lookup) cost more than one map lookup.
 * Emptied when full, so memory stays bounded whatever the text.
 */
const FORM_CACHE_SIZE = 50_000;
const formCaches = new WeakMap<Clusters, Map<string, FormAtoms>>();
const noClusterForms = new Map<string, FormAtoms>();

function formAtoms(form: string, clusters: Clusters | null): FormAtoms {
  let cache = clusters ? formCaches.get(clusters) : noClusterForms;
  if (!cache) formCaches.set(clusters!, (cache = new Map()));
  let a = cache.get(form);
  if (a) return a;
  const cut = form.length > 60 ? form.slice(0, 60) : form;
  const norm = normalize(cut);
  a = {
    norm,
    word: hashString(norm),
    shape: h(shape(cut)),
    pre1: h(norm.slice(0, 1)),
    pre2: h(norm.slice(0, 2)),
    pre3: h(norm.slice(0, 3)),
    suf1: h(norm.slice(-1)),
    suf2: h(norm.slice(-2)),
    suf3: h(norm.slice(-3)),
    suf4: h(norm.slice(-4)),
    c4: 0,
    c8: 0,
    cAll: 0,
    flags: 0,
  };
  const path = clusters?.get(norm);
  if (path) {
    const dot1 = path.indexOf('.');
    const dot2 = path.indexOf('.', dot1 + 1);
    a.c4 = h('c' + (dot1 > 0 ? path.slice(0, dot1) : path));
    a.c8 = h('c' + (dot2 > 0 ? path.slice(dot1 + 1, dot2) : path));
    a.cAll = h('c' + path);
  }
  let f = 0;
  const first = cut.charAt(0);
  if (first.toLowerCase() !== first) f |= 1;
  if (cut.length > 1 && cut.toUpperCase() === cut && cut.toLowerCase() !== cut) f |= 2;
  if (/\d/.test(cut)) f |= 4;
  if (cut.length > 1 && cut.includes('-')) f |= 8;
  a.flags = f;
  if (cache.size >= FORM_CACHE_SIZE) cache.clear();
  cache.set(form, a);
  return a;
}

export function wordAtoms(forms: readonly string[], clusters: Clusters | null): WordAtoms {
  const n = forms.length;
  const a: WordAtoms = {
    n,
    forms: forms as string[],
    norms: new Array<string>(n),
    word: new Uint32Array(n),
    shape: new Uint32Array(n),
    pre1: new Uint32Array(n),
    pre2: new Uint32Array(n),
    pre3: new Uint32Array(n),
    suf1: new Uint32Array(n),
    suf2: new Uint32Array(n),
    suf3: new Uint32Array(n),
    suf4: new Uint32Array(n),
    c4: new Uint32Array(n),
    c8: new Uint32Array(n),
    cAll: new Uint32Array(n),
    flags: new Uint8Array(n),
  };
  for (let i = 0; i < n; i++) {
    const f = formAtoms(forms[i]!, clusters);
    a.norms[i] = f.norm;
    a.word[i] = f.word;
    a.shape[i] = f.shape;
    a.pre1[i] = f.pre1;
    a.pre2[i] = f.pre2;
    a.pre3[i] = f.pre3;
    a.suf1[i] = f.suf1;
    a.suf2[i] = f.suf2;
    a.suf3[i] = f.suf3;
    a.suf4[i] = f.suf4;
    a.c4[i] = f.c4;
    a.c8[i] = f.c8;
    a.cAll[i] = f.cAll;
    a.flags[i] = i === 0 ? f.flags | 16 : f.flags;
  }
  return a;
}

/** Parses a clusters file: one "word<TAB>coarse.mid.fine" per line (scripts/train-clusters.mjs). */
export function readClusters(text: string): Clusters {
  const out: Clusters = new Map();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) out.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return out;
}
