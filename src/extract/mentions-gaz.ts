/**
 * A phrase index over the gazetteer for the mention extractor: surfaces split into word keys
 * and hashed by their first word, so matching costs one Map lookup per capitalised word.
 * Built once per Gazetteer object (WeakMap cache).
 */
import type { GazEntry, Gazetteer } from '../resolve/gazetteer.js';
import { editDistance, fullNameKey } from '../resolve/names.js';
import { tokenize } from './mentions-tokens.js';

export type Phrase = {
  /** word keys; a word that carried a possessive in the surface ends in "'s" */
  toks: string[];
  entries: GazEntry[];
  caseSensitive: boolean;
  folded: string; // the whole surface key, for fuzzy comparison
  /** the British-press title-case form of an acronym ("Opec" for OPEC): English text only */
  titleCase?: boolean;
};

export type GazIndex = {
  /** folded first word -> phrases, longest first */
  byFirst: Map<string, Phrase[]>;
  /** raw (case-sensitive) first word of acronyms -> phrases, longest first */
  acroFirst: Map<string, Phrase[]>;
  /** folded demonym -> country */
  demonyms: Map<string, GazEntry>;
  /** folded word -> multi-word organisation/media phrases containing it (fuzzy matching) */
  byWord: Map<string, Phrase[]>;
  /** folded last word of a multi-word person name -> the people bearing it (namesakes) */
  bySurname: Map<string, GazEntry[]>;
  /**
   * Spelling-variant keys (`nameKey` per word) of every person name and alias -> the people
   * bearing it: "Mariya Zaharova", "Dmitriy Peskov", "Zaharova" find the gazetteer's "Maria
   * Zakharova" spellings through the romanisation rules, not through one more alias each.
   */
  personByKey: Map<string, GazEntry[]>;
};

const cache = new WeakMap<object, GazIndex>();

function phraseTokens(surface: string, fold: boolean): string[] {
  const t = tokenize(surface, null);
  const out: string[] = [];
  for (let i = 0; i < t.n; i++) {
    const k = fold ? t.key[i] : t.raw[i];
    out.push(t.poss[i] ? `${k}'s` : k);
  }
  return out;
}

function add(map: Map<string, Phrase[]>, p: Phrase): void {
  const first = p.toks[0];
  const list = map.get(first);
  if (list) list.push(p);
  else map.set(first, [p]);
}

function sortLists(map: Map<string, Phrase[]>): void {
  for (const list of map.values()) list.sort((a, b) => b.toks.length - a.toks.length);
}

/** The phrase index of a gazetteer (cached). */
export function gazIndex(gaz: Gazetteer): GazIndex {
  const hit = cache.get(gaz);
  if (hit) return hit;
  const byFirst = new Map<string, Phrase[]>();
  const acroFirst = new Map<string, Phrase[]>();
  const byWord = new Map<string, Phrase[]>();
  const bySurname = new Map<string, GazEntry[]>();
  for (const [key, entries] of gaz.surfaceIndex()) {
    const toks = phraseTokens(key, true);
    if (!toks.length) continue;
    const p: Phrase = { toks, entries, caseSensitive: false, folded: toks.join(' ') };
    add(byFirst, p);
    if (toks.length >= 2) {
      const last = toks[toks.length - 1];
      for (const e of entries) {
        if (e.type !== 'person') continue;
        const list = bySurname.get(last);
        if (!list) bySurname.set(last, [e]);
        else if (!list.includes(e)) list.push(e);
      }
    }
    if (toks.length >= 2 && entries.some((e) => e.type === 'organization' || e.type === 'media')) {
      for (const w of new Set(toks)) {
        if (w.length < 4) continue;
        const list = byWord.get(w);
        if (list) list.push(p);
        else byWord.set(w, [p]);
      }
    }
  }
  const personByKey = new Map<string, GazEntry[]>();
  for (const e of gaz.entries) {
    if (e.type !== 'person') continue;
    for (const surface of [e.name, ...e.aliases]) {
      const k = fullNameKey(surface);
      if (!k) continue;
      const list = personByKey.get(k);
      if (!list) personByKey.set(k, [e]);
      else if (!list.includes(e)) list.push(e);
    }
  }
  for (const [raw, entries] of gaz.acronymIndex()) {
    const toks = phraseTokens(raw, false);
    if (!toks.length) continue;
    add(acroFirst, { toks, entries, caseSensitive: true, folded: raw });
  }
  // British outlets write an acronym of four or more letters said as a word in title case
  // ("Opec", "Nasa", "Unicef"): that spelling names the same body, unless it is the spelling of
  // another gazetteer name ("Guam") or a surface of its own
  for (const [raw, entries] of gaz.acronymIndex()) {
    if (!/^[A-Z]{4,}$/.test(raw)) continue;
    const title = raw[0] + raw.slice(1).toLowerCase();
    if (byFirst.get(title.toLowerCase())?.some((p) => p.toks.length === 1) || acroFirst.has(title)) continue;
    if (!entries.some((e) => e.type === 'organization' || e.type === 'group' || e.type === 'media')) continue;
    add(acroFirst, { toks: [title], entries, caseSensitive: true, folded: raw, titleCase: true });
  }
  sortLists(byFirst);
  sortLists(acroFirst);
  const idx: GazIndex = { byFirst, acroFirst, demonyms: gaz.demonymIndex(), byWord, bySurname, personByKey };
  cache.set(gaz, idx);
  return idx;
}

/**
 * A gazetteer organisation/media entry whose multi-word name differs from `words` by a typo:
 * same word count, at least one identical word of 4+ letters, differing words share their first
 * letter, and the whole folded surface is within 1 edit (2 edits for 20+ characters).
 */
export function fuzzyGaz(
  idx: GazIndex,
  words: readonly string[],
): { entry: GazEntry; distance: number; surface: string } | null {
  if (words.length < 2) return null;
  const joined = words.join(' ');
  const allowed = joined.length >= 20 ? 2 : joined.length >= 10 ? 1 : 0;
  if (!allowed) return null;
  let best: { entry: GazEntry; distance: number; surface: string } | null = null;
  const seen = new Set<Phrase>();
  for (const w of words) {
    for (const p of idx.byWord.get(w) ?? []) {
      if (seen.has(p) || p.toks.length !== words.length) continue;
      seen.add(p);
      let ok = true;
      for (let i = 0; i < words.length && ok; i++)
        if (p.toks[i] !== words[i] && p.toks[i].charAt(0) !== words[i].charAt(0)) ok = false;
      if (!ok) continue;
      const d = editDistance(joined, p.folded, allowed);
      if (d > 0 && d <= allowed && (!best || d < best.distance)) {
        const entry = p.entries.find((e) => e.type === 'organization' || e.type === 'media') ?? p.entries[0];
        best = { entry, distance: d, surface: p.folded };
      }
    }
  }
  return best;
}
