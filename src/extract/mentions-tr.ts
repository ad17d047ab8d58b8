/**
 * Rules of the mention extractor that read Turkish copy only: Turkey's own state bodies, which
 * Turkish writes without the country ("Dışişleri Bakanlığı"), and places told by the case ending
 * after the apostrophe before a meeting or a journey ("Gebele'de görüştü", "Gebele'ye gitti").
 *
 * Why a module of their own: they depend on Turkish spelling and grammar (case endings after an
 * apostrophe, possessive heads, the habit of leaving Turkey unnamed) that no other language
 * shares, so keeping them apart from the language-neutral passes of mentions.ts keeps each side
 * readable, and lets the tables grow without touching the general extractor. The words a Turkish
 * headline capitalises without naming anything are in mentions-tr-common.ts.
 */
import { GAP, type Tokens } from './mentions-tokens.js';
import { turkishCueIndex } from '../nlp/lexicon/speech-verbs.js';

/** One Turkish state body: its folded token keys and the English name the gazetteer uses. */
export type TurkishStateBody = readonly [keys: readonly string[], body: string];

/**
 * Turkish names (folded token keys) of state bodies that every country has, with the English name
 * the other languages and the gazetteer use ("Kazakistan Dışişleri Bakanlığı" = "Kazakh Foreign Ministry").
 * A longer name comes before a shorter one of the same first word ("Sınır Muhafız Servisi").
 */
export const TR_STATE_BODIES: readonly TurkishStateBody[] = [
  [['disisleri', 'bakanligi'], 'Foreign Ministry'],
  [['milli', 'savunma', 'bakanligi'], 'Defence Ministry'],
  [['savunma', 'bakanligi'], 'Defence Ministry'],
  [['icisleri', 'bakanligi'], 'Interior Ministry'],
  [['hazine', 've', 'maliye', 'bakanligi'], 'Finance Ministry'],
  [['maliye', 'bakanligi'], 'Finance Ministry'],
  [['ekonomi', 'bakanligi'], 'Economy Ministry'],
  [['enerji', 'bakanligi'], 'Energy Ministry'],
  [['adalet', 'bakanligi'], 'Justice Ministry'],
  [['ticaret', 'bakanligi'], 'Trade Ministry'],
  [['merkez', 'bankasi'], 'Central Bank'],
  [['silahli', 'kuvvetleri'], 'Armed Forces'],
  [['ulusal', 'guvenlik', 'komitesi'], 'National Security Committee'],
  [['devlet', 'guvenlik', 'komitesi'], 'State Security Committee'],
  [['sinir', 'servisi'], 'Border Service'],
  [['sinir', 'muhafiz', 'servisi'], 'Border Guard Service'],
];

/** The bodies by their first key, in table order: a token is tried only against the bodies it can open. */
function byFirstKey(bodies: readonly TurkishStateBody[]): Map<string, TurkishStateBody[]> {
  const m = new Map<string, TurkishStateBody[]>();
  for (const b of bodies) {
    const list = m.get(b[0][0]);
    if (list) list.push(b);
    else m.set(b[0][0], [b]);
  }
  return m;
}
const BODIES_BY_FIRST = byFirstKey(TR_STATE_BODIES);
/**
 * Ministries only, for Turkey's own bodies: the other bodies are written with Turkey's name
 * ("Türk Silahlı Kuvvetleri") or have other names in Turkey ("Ulusal Güvenlik Komitesi" is a
 * foreign committee), so a bare one is no Turkish body.
 */
const MINISTRIES_BY_FIRST = byFirstKey(
  TR_STATE_BODIES.filter(([keys]) => keys[keys.length - 1] === 'bakanligi'),
);

/**
 * The Turkish state body of `index` whose name starts at token i, or null: every word free (no
 * mention owns it) and the words after the first written without punctuation between them.
 */
function bodyAt(
  index: Map<string, TurkishStateBody[]>,
  t: Tokens,
  owner: ArrayLike<number>,
  i: number,
): TurkishStateBody | null {
  const list = index.get(t.key[i]);
  if (!list) return null;
  return (
    list.find(
      ([keys]) =>
        i + keys.length <= t.n &&
        keys.every((k, n) => t.key[i + n] === k && owner[i + n] < 0 && (n === 0 || t.gap[i + n] === 0)),
    ) ?? null
  );
}

/**
 * "Kazakistan Dışişleri Bakanlığı", "Kırgızistan'ın Savunma Bakanlığı": the state body named right
 * after a country at token i (capitalised, no punctuation before it), or null.
 */
export function turkishStateBodyAfter(
  t: Tokens,
  owner: ArrayLike<number>,
  i: number,
): TurkishStateBody | null {
  const j = i + 1;
  if (j >= t.n || t.gap[j] !== 0 || !t.cap[j]) return null;
  return bodyAt(BODIES_BY_FIRST, t, owner, j);
}

export type DomesticBodyScan = {
  t: Tokens;
  /** the mention candidate owning each token, or -1 */
  owner: ArrayLike<number>;
  /** is the word at token i (already found) a country, or a country's demonym? */
  countryAt: (i: number) => boolean;
  /** does the text name another country's body of this kind (its English name)? */
  foreign: (body: string) => boolean;
};

/**
 * "Dışişleri Bakanlığı", "Milli Savunma Bakanlığı'ndan": Turkish copy names another country's
 * body with the country ("Rusya Dışişleri Bakanlığı") and Turkey's own without it, so a bare
 * Turkish ministry in a Turkish text is Turkey's ("Turkish Foreign Ministry") — unless the text
 * names another country's body of that kind, which a bare repetition may stand for. Returns the
 * spans [a, end) of Turkey's bodies with their English names.
 */
export function turkishDomesticBodies(scan: DomesticBodyScan): { a: number; end: number; body: string }[] {
  const { t, owner } = scan;
  const out: { a: number; end: number; body: string }[] = [];
  for (let i = 0; i + 1 < t.n; i++) {
    if (!t.cap[i] || owner[i] >= 0) continue;
    const found = bodyAt(MINISTRIES_BY_FIRST, t, owner, i);
    if (!found) continue;
    // "Kazakistan'ın Dışişleri Bakanlığı", "Azerbaycan Savunma Bakanlığı": a country owns it
    if (i > 0 && t.gap[i] === 0 && scan.countryAt(i - 1)) continue;
    const [keys, body] = found;
    const end = i + keys.length;
    if (!scan.foreign(body)) out.push({ a: i, end, body });
    i = end - 1;
  }
  return out;
}

/** A folded Turkish noun with a possessive, the buffer n and a locative or ablative: "mesajinda", "konusmasindan". */
const TR_INFLECTED_OPENER = /^\p{L}{3,}[iu]nd[ae]n?$/u;
/** A folded Turkish word of seven letters or more in the locative or ablative: "gorusmede", "toplantida", "zirveden". */
const TR_LOCATIVE_OPENER = /^\p{L}{4,}[dt][ae]n?$/u;

/**
 * "Görüşmede Erdoğan, …", "Toplantıda Fidan …", "Konuşmasında Tokayev …", "Zirveden Aliyev …": a
 * Turkish common noun opening the sentence in the locative or ablative (the meeting or statement
 * the sentence is about) is no part of the name after it: a name takes its case ending after an
 * apostrophe ("Ankara'da"), a common noun without one, and only the sentence start capitalises
 * it. Short words are left alone, since given names end in the same letters ("Seda", "Funda",
 * "Hamide"); the caller also keeps known given names and the first words of gazetteer names.
 * `key` is the folded token.
 */
export function turkishCaseOpener(key: string): boolean {
  return TR_INFLECTED_OPENER.test(key) || (key.length >= 7 && TR_LOCATIVE_OPENER.test(key));
}

/** after a place in the locative: a meeting or an event held there ("Gebele'de görüştü", "… düzenlenen zirve") */
const TR_HELD_AT =
  /^(?:görüş|bir\s+araya|düzenlen|yapıl|gerçekleştiril|topla[nd]|ağırla|temas|buluş|imzala|bulun|resmi\s+törenle|törenle)/u;
/** institutions written capitalised ("Meclis'te", "Kongre'de", "Konsey'de"), folded: no places by their case */
const TR_INSTITUTION_NOUNS =
  /^(?:meclis|kongre|senato|parlamento|hukumet|bakanlik|konsey|kurul|zirve|forum|divan|mahkeme|komisyon|komite|sekreterlik|baskanlik|cumhurbaskanligi|teskilat|orgut|birlik|ittifak)$/u;
/** after a place in the dative: a journey to it ("Gebele'ye gitti", "… resmi ziyarette bulundu") */
const TR_JOURNEY_TO =
  /^(?:gi[dt](?:ti|ecek|eceğ|iyor|miş)|gel(?:di|ecek|eceğ|iyor|miş)|vard[ıi]|uçtu|resmi\s+ziyaret|ziyaret|hareket\s+et)/u;
/** after a place in the ablative: leaving it ("Gebele'den ayrıldı") */
const TR_DEPARTURE = /^(?:ayrıl|dön|hareket\s+et)/u;

/** "Meclis", "Konsey", "Zirve" (folded key): an institution written capitalised, never a place by its case. */
export function turkishInstitutionNoun(key: string): boolean {
  return TR_INSTITUTION_NOUNS.test(key);
}

/**
 * "Gebele'de bir araya geldi", "Gebele'deki zirve", "Gebele'ye gitti", "Gebele'den ayrıldı": a
 * capitalised word whose case ending after the apostrophe is the locative before a meeting or
 * an event held there, the dative before a journey, or the ablative before a departure, names a
 * place (a person takes these cases only in other constructions: "Aliyev'le görüştü", "Aliyev'e
 * söyledi").
 */
export function turkishPlaceCaseAt(t: Tokens, text: string, i: number): boolean {
  if (!t.poss[i] || t.upper[i] || i + 1 >= t.n || t.gap[i + 1] & ~GAP.COMMA) return false;
  const sfx = /^['’](\p{Ll}+)/u.exec(text.slice(t.end[i], t.end[i] + 12))?.[1];
  if (!sfx) return false;
  const next = text.slice(t.start[i + 1], t.start[i + 1] + 40).toLocaleLowerCase('tr');
  if (/^[dt][ae]ki$/u.test(sfx)) return !t.cap[i + 1] && (t.gap[i + 1] & GAP.COMMA) === 0;
  if (/^[dt][ae]$/u.test(sfx)) return TR_HELD_AT.test(next);
  if (/^y?[ae]$/u.test(sfx)) return TR_JOURNEY_TO.test(next);
  if (/^[dt][ae]n$/u.test(sfx)) return TR_DEPARTURE.test(next);
  return false;
}

/** a closing quotation mark right after a sentence stop ("… ediyor.” dedi"): the sentence goes on */
const STOP_IN_QUOTE = /[.!?…]\s*["”»’]/u;

/**
 * Does a finite Turkish verb of saying end at token j ("söyledi", "dedi", "ifade etti", "diye
 * konuştu": the last word, or the last two)? Words after a gap of punctuation do not join.
 */
export function turkishFiniteCueEndsAt(t: Tokens, j: number): boolean {
  if (j < 0 || j >= t.n) return false;
  const idx = turkishCueIndex();
  const w = (i: number) => t.raw[i].toLocaleLowerCase('tr');
  const finite = (k: string) => idx.get(k)?.form === 'finite';
  return finite(w(j)) || (j > 0 && t.gap[j] === 0 && finite(`${w(j - 1)} ${w(j)}`));
}

/**
 * "Seda Kaya, toplantının verimli geçtiğini söyledi.", "Seda Kaya, “Süreç sürüyor” dedi.": the
 * name before token b is followed by a comma and a clause that ends the sentence on a finite verb
 * of saying: the name is the subject of that verb. Quotation marks inside the clause (and a stop
 * closed by them) are part of it.
 */
export function turkishSpeechClauseAfter(t: Tokens, text: string, b: number): boolean {
  if (b >= t.n || !(t.gap[b] & GAP.COMMA) || t.gap[b] & (GAP.STOP | GAP.NEWLINE)) return false;
  let j = b + 1;
  for (; j < t.n && j - b < 40; j++) {
    const g = t.gap[j];
    if (g & GAP.NEWLINE) break;
    if (g & GAP.STOP && !STOP_IN_QUOTE.test(text.slice(t.end[j - 1], t.start[j]))) break;
  }
  if (j - b >= 40) return false;
  // the clause must end the sentence (a stop or the end of the text), not run into the next line
  if (j < t.n && !(t.gap[j] & GAP.STOP)) return false;
  return turkishFiniteCueEndsAt(t, j - 1);
}

/**
 * "“…”, dedi Seda Kaya.", "“…”, ifade etti Seda Kaya.", "“…”, diye konuştu Seda Kaya.": a name
 * [a, b) right after a finite verb of saying and closing the sentence spoke (the post-posed
 * subject of Turkish press style).
 */
export function turkishSpeechBefore(t: Tokens, a: number, b: number): boolean {
  if (a === 0 || t.gap[a] !== 0 || !turkishFiniteCueEndsAt(t, a - 1)) return false;
  return b >= t.n || (t.gap[b] & (GAP.STOP | GAP.NEWLINE)) !== 0;
}
