/**
 * Person-name keys and comparisons shared by within-document and cross-document resolution.
 *
 * The press spells the same Central Asian, Russian and Turkish names in several ways
 * (Japarov / Zhaparov / Dzhaparov, Tokayev / Tokaev / Toqaev, Aleksandr / Alexander,
 * Andrei / Andrey, Viktoria / Victoria). `nameKey` maps such variants of one token to one
 * key by a handful of documented rewrite rules; `editDistance` measures what is left over
 * (typos of content-farm rewrites: "Aker" for "Akar").
 */
import { ruNameNominative } from '../nlp/morph.js';
import { fold, translit } from './fold.js';
import { isEnglishGivenName } from '../nlp/lexicon/given-names-en.js';

/**
 * Rewrite rules applied in order to a folded Latin token. Each rule removes one systematic
 * difference between romanisation systems; none of them is specific to one name.
 */
const KEY_RULES: [RegExp, string][] = [
  [/[^a-z]/g, ''], // apostrophes, hyphens, digits
  [/dzh|dj/g, 'j'], // Dzhaparov / Djaparov -> Japarov
  [/zh/g, 'j'], // Zhaparov -> Japarov, Azhikeyev -> Ajikeev
  [/kh/g, 'h'], // Mukhtar / Muhtar
  [/gh/g, 'g'], // Georgian, Persian, Arabic ღ/غ: Gharibashvili / Garibashvili, Ghani / Gani
  [/x/g, 'ks'], // Alexander -> Aleksander
  [/q/g, 'k'], // Qasym -> Kasym
  [/ck/g, 'k'],
  [/c(?=[aouklrt]|$)/g, 'k'], // Victoria -> Viktoria (but keep "ch", "ce", "ci")
  [/ph/g, 'f'],
  [/w/g, 'v'], // Wladimir
  [/(sk)(iy|ii|ij|i|y)$/g, '$1y'], // Kobrinskiy / Kobrinski -> Kobrinsky
  [/iy$|ii$|ij$/g, 'y'], // Dmitriy -> Dmitry
  [/iya/g, 'ia'], // Mariya -> Maria
  [/([aeiou])i(?![aeiou])/g, '$1y'], // Andrei -> Andrey, Suleimenov -> Suleymenov
  [/([aeiou])y([ae])/g, '$1$2'], // Tokayev -> Tokaev, Azhikeyev -> Azhikeev
  [/(.)\1+/g, '$1'], // Hassaan -> Hasan, Boobek -> Bobek
  [/andr$/g, 'ander'], // Aleksandr -> Aleksander
  [/sh/g, 's'], // Turkish ş, press sh: Çavuşoğlu / Cavusoglu / Chavushoglu
  [/ch/g, 'c'],
  [/c(?=[aouklrt]|$)/g, 'k'], // again, for the c that "ch" left
  [/([^aeiou])y(?![aeiou])/g, '$1i'], // Turkish ı / Kyrgyz ы: Sadır / Sadyr, Dmitry / Dmitri
];

/**
 * Turkish letters whose press spelling differs from their folded form: ç and ş are "ch" and
 * "sh" in English-language and Russian-transliterated spellings (Çavuşoğlu, Chavushoglu).
 */
const TR_LETTERS = /[çÇşŞ]/g;
const TR_MAP: Record<string, string> = { ç: 'ch', Ç: 'Ch', ş: 'sh', Ş: 'Sh' };

/** The spelling-variant key of one name token ("Zhaparov" and "Japarov" give the same key). */
export function nameKey(token: string): string {
  const hit = keyCache.get(token);
  if (hit !== undefined) return hit;
  let s = fold(translit(ruNameNominative(token)).replace(TR_LETTERS, (c) => TR_MAP[c] ?? c));
  for (const [re, to] of KEY_RULES) s = s.replace(re, to);
  // bounded memo: names repeat across a corpus, and the rules cost ~1 µs per token
  if (keyCache.size >= 100_000) keyCache.clear();
  keyCache.set(token, s);
  return s;
}
const keyCache = new Map<string, string>();

/** Keys of every token of a full name, joined by spaces. */
export function fullNameKey(name: string): string {
  return splitName(name).map(nameKey).filter(Boolean).join(' ');
}

/** Name tokens: whitespace-separated, keeping hyphenated given names ("Kassym-Jomart") whole. */
export function splitName(name: string): string[] {
  return name.split(/\s+/).filter((t) => t.length > 0);
}

/**
 * Levenshtein distance with an early exit: returns `max + 1` as soon as the distance must
 * exceed `max`. O(len(a) * len(b)) worst case on short tokens only.
 */
export function editDistance(a: string, b: string, max = 3): number {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  let prev = new Array<number>(lb + 1);
  let cur = new Array<number>(lb + 1);
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[lb];
}

/**
 * True when two surname keys look like one name misspelled: same first letter, both at
 * least 4 letters, and at most 1 edit (2 edits when both are 7+ letters long).
 */
export function surnamesClose(a: string, b: string): { close: boolean; distance: number } {
  if (a.length < 4 || b.length < 4 || a.charCodeAt(0) !== b.charCodeAt(0))
    return { close: false, distance: 99 };
  const allowed = Math.min(a.length, b.length) >= 7 ? 2 : 1;
  const d = editDistance(a, b, allowed);
  return { close: d <= allowed, distance: d };
}

/**
 * Suffixes that mark a token as a (Slavic, Turkic, Caucasian, Iranian) surname or patronymic;
 * used as evidence that an unknown capitalised phrase names a person.
 */
const SURNAME_SUFFIX =
  /(?:ov|ev|ova|eva|ovа|yev|yeva|in|ina|sky|ski|skiy|skaya|uly|ulu|kyzy|qyzy|oglu|oğlu|ogly|zade|zoda|enko|chuk|yan|ian|dze|shvili|ovich|evich|ovna|evna|bayev|bekov|aliyev|ayev|iyev)$/i;

/** Surname-looking token (at least 5 letters so "Ivan", "Lin" do not count). */
export function hasSurnameSuffix(token: string): boolean {
  return (
    token.length >= 5 &&
    SURNAME_SUFFIX.test(/^[\x20-\x7e]*$/.test(token) ? token : fold(translit(ruNameNominative(token))))
  );
}

/**
 * Common given names of the region and of international news, folded and keyed. Evidence only:
 * an unknown capitalised pair whose first token is here is likely a person.
 */
const GIVEN = `
aleksandr alexander alexandr alexei aleksei alexey andrei andrey anatoly anna anton arkady artem
boris dmitry dmitri denis elena yelena evgeny yevgeny galina igor ilya irina ivan kirill konstantin
leonid lyudmila maria marina maxim mikhail natalia natalya nikolai nikolay oleg olga pavel petr pyotr
roman ruslan sergei sergey stanislav svetlana tatiana tatyana valentina valery vasily viktor victor
vladimir vyacheslav yuri yury zakhar victoria viktoria veronika ekaterina yekaterina nadezhda
sadyr almazbek kurmanbek askar akylbek ulukbek kamchybek boobek adylbek talant tashiev kanybek
kassym jomart nursultan mukhtar berik timur marat erlan askar dariga karim kairat daniyar asset
aidos yerlan yerzhan ainur aigul gulnara madina saule zhanna bakhyt serik nurlan bolat dauren
arman aibek aybek nurzhan azamat ermek yermek aidar daulet kanat bauyrzhan
emomali rustam shavkat islam abdulaziz sardor jamshid akmal bakhtiyor gurbanguly serdar berdimuhamedov
ilham heydar mehriban jeyhun elmar hikmat nazim farhad rovshan ramiz ali
nikol serzh robert levon armen ararat mirzoyan zurab irakli giorgi salome mikheil bidzina
recep tayyip mevlut hulusi ahmet mehmet mustafa rifat ibrahim kemal ismail ismet hakan fuat devlet
ekrem binali abdullah suleyman murat omer fatih yusuf hasan huseyin ergun numan hassaan
joe joseph donald barack hillary chelsea antony anthony john james william george michael david richard
charles thomas mark paul peter jean emmanuel olaf angela boris rishi keir ursula josep jens mark
xi li wang zhang liu chen yang zhao huang zhou wu sun
narendra shehbaz imran ebrahim hassan ali mohammad mohammed ahmad ahmed abdul
`;

const GIVEN_KEYS = new Set(GIVEN.split(/\s+/).filter(Boolean).map(nameKey));

/**
 * True when the token is a known given name: of the region (compared by spelling-variant key) or
 * common in English-speaking countries ("Faith", "Grace": ordinary people quoted by the press).
 * `regionOnly` leaves the English list out: it names many places too ("Washington", "Regina").
 */
export function isGivenName(token: string, regionOnly = false): boolean {
  const first = token.split('-')[0];
  if (GIVEN_KEYS.has(nameKey(first))) return true;
  if (regionOnly) return false;
  // "Luís", "José", "Jürgen", "Łukasz": the English list spells them without diacritics
  return isEnglishGivenName(first) || (/[^\x00-\x7f]/.test(first) && isEnglishGivenName(fold(first)));
}

/** Two given names are compatible when their keys agree or one is an initial of the other. */
export function givenNamesCompatible(a: string, b: string): boolean {
  const ka = nameKey(a);
  const kb = nameKey(b);
  if (ka === kb) return true;
  const ia = /^[A-Z]\.?$/.test(a);
  const ib = /^[A-Z]\.?$/.test(b);
  if (ia || ib) return ka.charAt(0) === kb.charAt(0);
  return false;
}

/**
 * Two multi-word organisation/media names that differ by a typo ("Nejavisimaya Gazeta" /
 * "Nezavisimaya Gazeta"): same word count, at least one identical word, differing words share
 * their first letter, whole folded names within 1 edit (2 edits for 20+ characters).
 */
export function phrasesClose(a: string, b: string): { close: boolean; distance: number } {
  const fa = fold(a);
  const fb = fold(b);
  if (fa === fb) return { close: true, distance: 0 };
  const wa = fa.split(' ');
  const wb = fb.split(' ');
  if (wa.length < 2 || wa.length !== wb.length) return { close: false, distance: 99 };
  let same = 0;
  for (let i = 0; i < wa.length; i++) {
    if (wa[i] === wb[i]) same++;
    else if (wa[i].charAt(0) !== wb[i].charAt(0)) return { close: false, distance: 99 };
  }
  if (!same) return { close: false, distance: 99 };
  const len = Math.min(fa.length, fb.length);
  const allowed = len >= 20 ? 2 : len >= 10 ? 1 : 0;
  if (!allowed) return { close: false, distance: 99 };
  const d = editDistance(fa, fb, allowed);
  return { close: d <= allowed, distance: d };
}
