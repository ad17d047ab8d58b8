/**
 * Turkish common words that spell a place in the gazetteer ("kabul" accept / Kabul, "mali"
 * financial / Mali), read as names only when capitalised: in a headline written in capitals
 * ("RUSYA ANLAŞMAYI KABUL ETTİ", "MALİ DESTEK PAKETİ") or in title case ("Anlaşmayı Kabul Etti").
 *
 * Why not a list of such words: the text says which reading it means. A noun before the light
 * verb "etmek" ("kabul etti", "Kabul Edecek") is half of a verb, never a place, which would take a
 * case ending ("Kabil'e"); and a headline word in capitals that the body writes in lower case
 * ("… anlaşmayı kabul etti", "mali destek") is that ordinary word, since a name is never written
 * in lower case.
 */
import { GAP, type Tokens } from './mentions-tokens.js';
import { TR_ROLE_NOUNS } from '../nlp/lexicon/speaker-roles.js';

/** forms of the light verb "etmek" after a noun: "etti", "etmedi", "ettiğini", "eder", "edecek", "edildi", "ediyor" */
const LIGHT_VERB = /^(?:et(?:t|m|s)|ed(?:[ie]|il|er))\p{L}*$/u;

export type CommonWordCheck = {
  t: Tokens;
  /** is token i in a sentence written in capitals? */
  capsSentence: (i: number) => boolean;
};

/** Lower-case words of a text (Turkish case folding), built once per text. */
const lowerWordsMemo = new WeakMap<Tokens, Set<string>>();
function lowerWords(t: Tokens): Set<string> {
  let set = lowerWordsMemo.get(t);
  if (!set) {
    set = new Set();
    for (let i = 0; i < t.n; i++) if (/^\p{Ll}+$/u.test(t.raw[i])) set.add(t.raw[i]);
    lowerWordsMemo.set(t, set);
  }
  return set;
}

/**
 * Is the one-word gazetteer match at token i a Turkish common word? Only a bare word (no case
 * ending after an apostrophe) is asked about.
 */
export function turkishCommonWordAt(c: CommonWordCheck, i: number): boolean {
  const { t } = c;
  if (t.poss[i]) return false;
  const next = i + 1;
  if (next < t.n && t.gap[next] === 0 && LIGHT_VERB.test(t.raw[next].toLocaleLowerCase('tr'))) return true;
  if (roleNounAsSubject(t, i)) return true;
  return t.upper[i] && c.capsSentence(i) && lowerWords(t).has(t.raw[i].toLocaleLowerCase('tr'));
}

/** words between a sentence-opening subject and its clause: "Sözcü ise …", "Sözcü de …" */
const SUBJECT_PARTICLE = /^(?:ise|de|da|ayrıca)$/u;

/**
 * "Sözcü, “…” dedi.", "Sözcü ise …": an office's noun (the name of a newspaper too) opening a
 * sentence bare, before the subject's comma or particle, is the office's holder speaking; the
 * newspaper is named in a case ("Sözcü'ye konuşan", "Sözcü'nün haberine göre") or as "Sözcü gazetesi".
 */
function roleNounAsSubject(t: Tokens, i: number): boolean {
  if (!TR_ROLE_NOUNS[t.raw[i].toLocaleLowerCase('tr')]) return false;
  if (i > 0 && !(t.gap[i] & (GAP.STOP | GAP.NEWLINE))) return false;
  const next = i + 1;
  if (next >= t.n) return false;
  if (t.gap[next] & GAP.COMMA) return true;
  return t.gap[next] === 0 && SUBJECT_PARTICLE.test(t.raw[next].toLocaleLowerCase('tr'));
}
