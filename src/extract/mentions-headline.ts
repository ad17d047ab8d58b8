/**
 * Names in a headline written in capitals ("YELTSIN SACKS LEBED DEPUTY", "PHILIPS TO CUT 6,000
 * JOBS", "SOCCER - SHEARER SCORES TWICE AS NEWCASTLE WIN"), read from the body under it.
 *
 * Why: in capitals every word looks like an acronym or a name, so neither the rules (which read
 * case) nor the NER model (trained mostly on mixed case) can tell "LEBED" from "DEPUTY". The body
 * can: a headline's names are nearly always written out again below it ("Alexander Lebed",
 * "Philips Electronics NV"). A word sequence of the headline that spells, case aside, a mention
 * of the body, a company's name without its legal form or a person's surname, is a mention of
 * that entity.
 */
import { withoutLegalForm } from './mentions-company.js';
import type { Tokens } from './mentions-tokens.js';

export type KeyedMention = { c: number; key: string; cs: number; ce: number };

/** Words in a sentence before it counts as a headline in capitals. */
const MIN_WORDS = 3;
/** Longest name read from a headline, in words. */
const MAX_NAME_WORDS = 5;

/** Per sentence index: 1 when every word with letters is written in capitals (three words or more). */
export function capsSentences(t: Tokens, sentIdx: Int32Array): Uint8Array {
  const count = t.n ? sentIdx[t.n - 1] + 1 : 0;
  const words = new Int32Array(count);
  const lower = new Uint8Array(count);
  for (let i = 0; i < t.n; i++) {
    const s = sentIdx[i];
    if (!/\p{L}/u.test(t.raw[i])) continue;
    words[s]++;
    if (/\p{Ll}/u.test(t.raw[i])) lower[s] = 1;
  }
  const out = new Uint8Array(count);
  for (let s = 0; s < count; s++) out[s] = words[s] >= MIN_WORDS && !lower[s] ? 1 : 0;
  return out;
}

const fold = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Mentions to add in headlines in capitals: each maximal word sequence (longest first) not yet
 * covered by a mention that spells a name of the body. `isPerson(key)` says whether an entity
 * key is a person's (whose last word alone also names them).
 */
export function capsEchoes(
  t: Tokens,
  text: string,
  sentIdx: Int32Array,
  mentions: readonly KeyedMention[],
  isPerson: (key: string) => boolean,
): KeyedMention[] {
  const caps = capsSentences(t, sentIdx);
  if (!caps.some((x) => x === 1)) return [];
  // what the body calls its entities: surfaces, companies without legal form, surnames
  const names = new Map<string, KeyedMention | null>(); // null: two entities spell it
  const put = (s: string, m: KeyedMention): void => {
    const k = fold(s);
    if (!k || !/\p{L}/u.test(k)) return;
    const old = names.get(k);
    if (old === undefined) names.set(k, m);
    else if (old && old.key !== m.key) names.set(k, null);
  };
  const tokenAt = new Map<number, number>();
  for (let i = 0; i < t.n; i++) tokenAt.set(t.start[i], i);
  const covered = new Uint8Array(t.n);
  for (const m of mentions) {
    const a = tokenAt.get(m.cs);
    if (a === undefined) continue;
    for (let i = a; i < t.n && t.start[i] < m.ce; i++) covered[i] = 1;
    if (caps[sentIdx[a]]) continue;
    const surface = text.slice(m.cs, m.ce);
    put(surface, m);
    put(withoutLegalForm(surface), m);
    const words = surface.split(/\s+/);
    if (isPerson(m.key) && words.length >= 2) put(words[words.length - 1], m);
  }
  const out: KeyedMention[] = [];
  for (let i = 0; i < t.n; i++) {
    if (!caps[sentIdx[i]] || covered[i] || !/\p{L}/u.test(t.raw[i])) continue;
    for (let n = Math.min(MAX_NAME_WORDS, t.n - i); n >= 1; n--) {
      const j = i + n - 1;
      if (sentIdx[j] !== sentIdx[i]) continue;
      let free = true;
      for (let k = i; k <= j && free; k++) free = !covered[k] && (k === i || t.gap[k] === 0);
      if (!free) continue;
      const m = names.get(fold(text.slice(t.start[i], t.end[j])));
      if (!m) continue;
      out.push({ c: m.c, key: m.key, cs: t.start[i], ce: t.end[j] });
      for (let k = i; k <= j; k++) covered[k] = 1;
      i = j;
      break;
    }
  }
  return out;
}
