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
    const form = forms[i]!.length > 60 ? forms[i]!.slice(0, 60) : forms[i]!;
    const norm = normalize(form);
    a.norms[i] = norm;
    a.word[i] = hashString(norm);
    a.shape[i] = h(shape(form));
    a.pre1[i] = h(norm.slice(0, 1));
    a.pre2[i] = h(norm.slice(0, 2));
    a.pre3[i] = h(norm.slice(0, 3));
    a.suf1[i] = h(norm.slice(-1));
    a.suf2[i] = h(norm.slice(-2));
    a.suf3[i] = h(norm.slice(-3));
    a.suf4[i] = h(norm.slice(-4));
    const path = clusters?.get(norm);
    if (path) {
      const dot1 = path.indexOf('.');
      const dot2 = path.indexOf('.', dot1 + 1);
      a.c4[i] = h('c' + (dot1 > 0 ? path.slice(0, dot1) : path));
      a.c8[i] = h('c' + (dot2 > 0 ? path.slice(dot1 + 1, dot2) : path));
      a.cAll[i] = h('c' + path);
    }
    let f = 0;
    const first = form.charAt(0);
    if (first.toLowerCase() !== first) f |= 1;
    if (form.length > 1 && form.toUpperCase() === form && form.toLowerCase() !== form) f |= 2;
    if (/\d/.test(form)) f |= 4;
    if (form.length > 1 && form.includes('-')) f |= 8;
    if (i === 0) f |= 16;
    a.flags[i] = f;
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
