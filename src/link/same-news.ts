/**
 * Same news across outlets and languages. Two reports are of the same news when they share the
 * actors that matter (entities resolved across scripts), say the same things in their headline and
 * lead (key terms brought to one language by a small bilingual lexicon of general news vocabulary,
 * names by transliteration), and nothing sets them apart: publication dates too far apart, another
 * day named for the event ("September 2" against "January 23"), another numbered occurrence ("the
 * 12th summit" against "the 8th"). Every decision carries its reasons.
 */
import { STOPWORDS, foldWord } from './normalize.js';
import { conceptOf } from './news-lexicon.js';
import { translit } from '../resolve/fold.js';
import { enMonthIndex, ruMonthIndex, trMonthIndex } from '../nlp/lexicon/months.js';

export type NewsDoc = {
  id: string;
  title: string | null;
  text: string;
  published: string | null;
  /** Resolved entity keys mentioned in the document (gazetteer ids or corpus ids). */
  entityKeys: string[];
  /** ISO 639-1 language; guessed from the script when absent */
  language?: string | null;
};

export type NewsProfile = {
  id: string;
  time: number | null;
  /** concept and word keys of the headline and lead, with counts */
  terms: Map<string, number>;
  ents: Set<string>;
  /** ordinal numbers in the lead ("12th", "12.", "12-й", "12'nci") */
  ordinals: Set<number>;
  /** month-day dates named in the first paragraph ("03-13") */
  days: Set<string>;
  /** the language (or script) of the text: which words two leads can share */
  lang: string;
};

export type NewsEvidence = { score: number; reasons: string[] };
/** The judgement with its measures: term cosine, weighted entity overlap, whether across languages. */
export type NewsJudgement = NewsEvidence & {
  same: boolean;
  cosine: number;
  entityDice: number;
  cross: boolean;
};

const WORD_RE = /[\p{L}\p{N}]+/gu;
const LEAD_WORDS = 160;
const DAY = 86_400_000;
/** Russian and Turkish function words: as common as English stopwords, no evidence of anything. */
const OTHER_STOPWORDS = new Set(
  (
    'что это как его она они оно был была были было быть также который которая которые которое этот эта эти ' +
    'при для или над под без после перед между только уже еще ещё более менее этом этой того чтобы если ' +
    'так все всех всего свой свои своей своих нас вас них ним ней него нее неё об про через сказал заявил ' +
    'bir bu şu ile için gibi daha kadar olarak olan oldu ancak ise ama veya hem çok her ilk son sonra önce ' +
    'diye dedi etti eden ettiği üzere göre karşı arasında tarafından'
  ).split(/\s+/),
);

const MONTH_EN =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const MONTH_RU = '(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)';
const MONTH_TR = '(ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık)';
const DAY_MONTH = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,2})\\s+(?:${MONTH_EN}|${MONTH_RU}|${MONTH_TR})(?![\\p{L}])`,
  'giu',
);
const MONTH_DAY = new RegExp(`(?<![\\p{L}\\p{N}])${MONTH_EN}\\s+(\\d{1,2})(?![\\p{N}])`, 'giu');
const MONTH_NEAR = new RegExp(`(?<![\\p{L}])(?:${MONTH_EN}|${MONTH_RU}|${MONTH_TR})(?![\\p{L}])`, 'iu');
const ORDINAL =
  /(?<![\p{L}\p{N}.,])(\d{1,3})(?:st|nd|rd|th|-?(?:й|го|ого|ый|ий|ой|я|е|м)|\.(?=\s+\p{L})|['’](?:n?[ciıuü]|[iıuü]nc[iıuü]|nc[iıuü]))(?![\p{L}\p{N}])/gu;

/** 0-based month of a month word in any of the three languages, -1 when none. */
function monthIndex(word: string): number {
  return (enMonthIndex(word) || trMonthIndex(word) || ruMonthIndex(word)) - 1;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Month-day dates named in a text ("March 13", "13 марта", "13 Mart"), as "MM-DD". */
export function namedDays(text: string): Set<string> {
  const out = new Set<string>();
  const add = (day: string, month: string | undefined) => {
    const d = Number(day);
    const m = month ? monthIndex(month) : -1;
    if (m >= 0 && d >= 1 && d <= 31) out.add(`${pad(m + 1)}-${pad(d)}`);
  };
  for (const m of text.matchAll(DAY_MONTH)) add(m[1]!, m[2] ?? m[3] ?? m[4]);
  for (const m of text.matchAll(MONTH_DAY)) add(m[2]!, m[1]);
  return out;
}

/** Ordinal numbers in a text ("the 12th summit", "12. Zirvesi", "12-й саммит", "12'nci"), not years. */
export function ordinals(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(ORDINAL)) {
    // "March 16. The summit…", "16 марта.": a day after or before a month name is a date.
    const around = `${text.slice(Math.max(0, m.index - 12), m.index)} ${text.slice(m.index, m.index + m[0].length + 12)}`;
    if (MONTH_NEAR.test(around)) continue;
    const n = Number(m[1]);
    if (n >= 1 && n <= 200) out.add(n);
  }
  return out;
}

function leadOf(text: string): string {
  let n = 0;
  for (const m of text.matchAll(new RegExp(WORD_RE.source, 'gu')))
    if (++n >= LEAD_WORDS) return text.slice(0, m.index + m[0].length);
  return text;
}

/** The key of one word: its concept in the lexicon, else a Latin prefix (Cyrillic transliterated). */
export function termKey(word: string): string | null {
  const w = foldWord(word);
  if (w.length < 3 || /^\p{N}+$/u.test(w) || STOPWORDS.has(w) || OTHER_STOPWORDS.has(w)) return null;
  const c = conceptOf(w);
  if (c) return `c:${c}`;
  if (w.length < 4) return null;
  const latin = /\p{Script=Cyrillic}/u.test(w) ? foldWord(translit(w)) : w;
  return `w:${latin.slice(0, 6)}`;
}

/** Without a stated language: Cyrillic, Turkish (Latin with 1.5% of its own letters) or other Latin. */
function scriptOf(text: string): string {
  const cyr = (text.match(/\p{Script=Cyrillic}/gu) ?? []).length;
  const lat = (text.match(/\p{Script=Latin}/gu) ?? []).length;
  if (cyr > lat) return 'ru';
  return (text.match(/[ğışĞİŞ]/gu) ?? []).length > 0.015 * lat ? 'tr' : 'en';
}

/** Concepts every political report has: across languages they say nothing about which news. */
const GENERIC_CONCEPTS = new Set([
  'c:president',
  'c:minister',
  'c:prime_minister',
  'c:organization',
  'c:foreign',
]);

const time = (s: string | null): number | null => {
  if (!s) return null;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : t;
};

export function newsProfile(d: NewsDoc): NewsProfile {
  const text = typeof d.text === 'string' ? d.text : '';
  const lead = leadOf(text);
  const firstPara = text
    .split(/\n\s*\n/)
    .slice(0, 2)
    .join('\n');
  const terms = new Map<string, number>();
  for (const src of [d.title ?? '', lead]) {
    for (const m of src.matchAll(WORD_RE)) {
      const k = termKey(m[0]);
      if (k) terms.set(k, (terms.get(k) ?? 0) + 1);
    }
  }
  return {
    id: d.id,
    time: time(d.published),
    terms,
    ents: new Set((Array.isArray(d.entityKeys) ? d.entityKeys : []).filter((k) => typeof k === 'string')),
    ordinals: ordinals(`${d.title ?? ''}\n${lead}`),
    days: namedDays(firstPara.slice(0, 600)),
    lang: typeof d.language === 'string' && /^[a-z]{2}$/.test(d.language) ? d.language : scriptOf(lead),
  };
}

/** Inverse document frequencies of terms and entities over a set of profiles. */
export type NewsIdf = { term: (k: string) => number; ent: (k: string) => number };
export function newsIdf(ps: NewsProfile[]): NewsIdf {
  const tdf = new Map<string, number>();
  const edf = new Map<string, number>();
  for (const p of ps) {
    for (const k of p.terms.keys()) tdf.set(k, (tdf.get(k) ?? 0) + 1);
    for (const k of p.ents) edf.set(k, (edf.get(k) ?? 0) + 1);
  }
  return idfFromCounts(
    ps.length,
    (k) => tdf.get(k),
    (k) => edf.get(k),
  );
}

/**
 * The same weights from document frequencies kept elsewhere (the incremental corpus update reads
 * them from the store): `n` documents, and how many carry a term / an entity key.
 */
export function idfFromCounts(
  docs: number,
  termDf: (k: string) => number | undefined,
  entityDf: (k: string) => number | undefined,
): NewsIdf {
  // Smoothed, with a floor for tiny corpora: a word in every one of three documents still counts a little.
  const n = Math.max(docs, 1);
  const idf = (df: number | undefined) => Math.log((n + 1) / ((df ?? 0) + 0.5)) + 0.1;
  return { term: (k) => idf(termDf(k)), ent: (k) => idf(entityDf(k)) };
}

export const SAME_NEWS = {
  /** publication dates further apart than this are different news */
  windowDays: 3,
  /** weighted term cosine that makes two leads one story, with at least two shared entities */
  minTermCosine: 0.3,
  /** a lower term cosine suffices when the entities agree this well (weighted Dice) */
  minTermCosineStrongEntities: 0.25,
  minEntityDice: 0.45,
  minSharedEntities: 2,
  /** across languages (lexicon concepts only, generic ones left out) */
  crossCosine: 0.35,
  crossEntityDice: 0.33,
  /** and at least this many shared concepts: one word in common ("summit") is a topic, not a story */
  crossMinConcepts: 2,
  /** with an anchor (the same day named, the same ordinal) */
  anchoredCosine: 0.1,
  anchoredEntityDice: 0.2,
};

function cosine(
  a: Map<string, number>,
  b: Map<string, number>,
  w: (k: string) => number,
): { cos: number; top: string[] } {
  let dot = 0;
  let na = 0;
  let nb = 0;
  const contrib: [string, number][] = [];
  for (const [k, x] of a) {
    const wx = (1 + Math.log(x)) * w(k);
    na += wx * wx;
    const y = b.get(k);
    if (y) {
      const wy = (1 + Math.log(y)) * w(k);
      dot += wx * wy;
      contrib.push([k, wx * wy]);
    }
  }
  for (const [k, y] of b) {
    const wy = (1 + Math.log(y)) * w(k);
    nb += wy * wy;
  }
  const cos = na && nb ? dot / Math.sqrt(na * nb) : 0;
  return {
    cos,
    top: contrib
      .sort((x, y) => y[1] - x[1])
      .slice(0, 5)
      .map(([k]) => k.slice(2)),
  };
}

/** The judgement on two reports: same news or not, with the reasons either way. */
export function judgeNews(a: NewsProfile, b: NewsProfile, idf: NewsIdf): NewsJudgement {
  const no = (why: string): NewsJudgement => ({
    same: false,
    score: 0,
    reasons: [why],
    cosine: 0,
    entityDice: 0,
    cross: a.lang !== b.lang,
  });
  if (a.time !== null && b.time !== null && Math.abs(a.time - b.time) > SAME_NEWS.windowDays * DAY)
    return no('published too far apart');
  if (a.days.size && b.days.size && ![...a.days].some((x) => b.days.has(x)))
    return no(`different days named: ${[...a.days]} / ${[...b.days]}`);
  if (a.ordinals.size && b.ordinals.size && ![...a.ordinals].some((x) => b.ordinals.has(x)))
    return no(`different ordinals: ${[...a.ordinals]} / ${[...b.ordinals]}`);
  const shared = [...a.ents].filter((k) => b.ents.has(k));
  if (shared.length < SAME_NEWS.minSharedEntities) return no(`${shared.length} shared entities`);
  const wsum = (ks: Iterable<string>) => {
    let t = 0;
    for (const k of ks) t += idf.ent(k);
    return t;
  };
  const entDice = (2 * wsum(shared)) / (wsum(a.ents) + wsum(b.ents) || 1);
  // Across languages only lexicon concepts can meet (names meet as entities).
  const cross = a.lang !== b.lang;
  const only = (m: Map<string, number>) =>
    cross ? new Map([...m].filter(([k]) => k.startsWith('c:') && !GENERIC_CONCEPTS.has(k))) : m;
  const { cos, top } = cosine(only(a.terms), only(b.terms), idf.term);
  // An anchor: the same day named for the event, or the same numbered occurrence ("12th summit").
  const anchor = [...a.days].some((x) => b.days.has(x)) || [...a.ordinals].some((x) => b.ordinals.has(x));
  const T = SAME_NEWS;
  const same =
    (anchor && cos >= T.anchoredCosine && entDice >= T.anchoredEntityDice) ||
    (cross
      ? cos >= T.crossCosine && entDice >= T.crossEntityDice && top.length >= T.crossMinConcepts
      : cos >= T.minTermCosine || (cos >= T.minTermCosineStrongEntities && entDice >= T.minEntityDice));
  const reasons = [
    `${shared.length} shared entities (weighted overlap ${entDice.toFixed(2)})`,
    `${cross ? `${a.lang}/${b.lang} lexicon concepts` : 'headline and lead terms'} cosine ${cos.toFixed(2)}: ${top.join(', ')}`,
  ];
  if (a.time !== null && b.time !== null)
    reasons.push(`published ${Math.round(Math.abs(a.time - b.time) / DAY)} day(s) apart`);
  const sameDay = [...a.days].filter((x) => b.days.has(x));
  if (sameDay.length) reasons.push(`the same day named: ${sameDay.join(', ')}`);
  const sameOrd = [...a.ordinals].filter((x) => b.ordinals.has(x));
  if (sameOrd.length) reasons.push(`the same ordinal: ${sameOrd.join(', ')}`);
  return {
    same,
    score: Math.round((0.6 * cos + 0.4 * entDice) * 1000) / 1000,
    reasons,
    cosine: cos,
    entityDice: entDice,
    cross,
  };
}

/** Same news: the evidence, or null when the reports are not (or a conflict sets them apart). */
export function compareNews(a: NewsProfile, b: NewsProfile, idf: NewsIdf): NewsEvidence | null {
  const j = judgeNews(a, b, idf);
  return j.same ? { score: j.score, reasons: j.reasons } : null;
}
