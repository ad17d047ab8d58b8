/**
 * Language of a cleaned text as ISO 639-1 ("en", "ru", "tr"), "und" when undetermined.
 * franc (trigram profiles, offline) decides, restricted to the languages of the text's
 * dominant script: on short texts that keeps English from being read as Scots or Tagalog and
 * Russian from being read as Bulgarian noise.
 */
import { franc, francAll } from 'franc';

/** ISO 639-3 (as franc reports) -> ISO 639-1, for the languages Orbit's sources use. */
export const ISO3_TO_1: Record<string, string> = {
  eng: 'en',
  rus: 'ru',
  tur: 'tr',
  kaz: 'kk',
  kir: 'ky',
  uzn: 'uz',
  uzb: 'uz',
  azj: 'az',
  azb: 'az',
  hye: 'hy',
  kat: 'ka',
  tgk: 'tg',
  tuk: 'tk',
  ukr: 'uk',
  bel: 'be',
  bul: 'bg',
  srp: 'sr',
  khk: 'mn',
  deu: 'de',
  fra: 'fr',
  spa: 'es',
  ita: 'it',
  por: 'pt',
  pol: 'pl',
  nld: 'nl',
  ron: 'ro',
  ind: 'id',
  zlm: 'ms',
  vie: 'vi',
  ces: 'cs',
  slk: 'sk',
  hun: 'hu',
  swe: 'sv',
  dan: 'da',
  nob: 'nb',
  fin: 'fi',
  cat: 'ca',
  hrv: 'hr',
  slv: 'sl',
  lit: 'lt',
  lvs: 'lv',
  ekk: 'et',
  als: 'sq',
  cmn: 'zh',
  jpn: 'ja',
  kor: 'ko',
  arb: 'ar',
  pes: 'fa',
  urd: 'ur',
  hin: 'hi',
  heb: 'he',
  ell: 'el',
};

/** Candidate languages per script (franc codes). Scripts with one language need no franc. */
const BY_SCRIPT: { name: string; re: RegExp; only: string[] }[] = [
  {
    name: 'Latin',
    re: /\p{Script=Latin}/gu,
    // Major written languages only: franc's long tail (Scots, Tagalog, ...) misreads short English.
    only: [
      'eng',
      'tur',
      'uzn',
      'azj',
      'tuk',
      'deu',
      'fra',
      'spa',
      'ita',
      'por',
      'pol',
      'nld',
      'ron',
      'ind',
      'vie',
      'ces',
      'slk',
      'hun',
      'swe',
      'dan',
      'nob',
      'fin',
      'cat',
      'hrv',
      'slv',
      'lit',
      'lvs',
      'ekk',
      'als',
    ],
  },
  {
    name: 'Cyrillic',
    re: /\p{Script=Cyrillic}/gu,
    only: ['rus', 'ukr', 'kaz', 'kir', 'tgk', 'bel', 'bul', 'srp', 'khk'],
  },
  { name: 'Arabic', re: /\p{Script=Arabic}/gu, only: ['arb', 'pes', 'urd'] },
  { name: 'Armenian', re: /\p{Script=Armenian}/gu, only: ['hye'] },
  { name: 'Georgian', re: /\p{Script=Georgian}/gu, only: ['kat'] },
  { name: 'Han', re: /\p{Script=Han}/gu, only: ['cmn'] },
  { name: 'Hangul', re: /\p{Script=Hangul}/gu, only: ['kor'] },
  { name: 'Kana', re: /[\p{Script=Hiragana}\p{Script=Katakana}]/gu, only: ['jpn'] },
  { name: 'Hebrew', re: /\p{Script=Hebrew}/gu, only: ['heb'] },
  { name: 'Greek', re: /\p{Script=Greek}/gu, only: ['ell'] },
  { name: 'Devanagari', re: /\p{Script=Devanagari}/gu, only: ['hin'] },
];

/** Texts shorter than this (in letters) are "und": too little to tell languages of one script apart. */
export const MIN_LETTERS = 20;
/** franc's trigram profile is stable well before this much text; slicing keeps long documents cheap. */
const SAMPLE = 1500;

/** Function words that make up a large share of any English prose and little of other languages'. */
const ENGLISH_FUNCTION_WORDS = new Set([
  'the',
  'of',
  'and',
  'to',
  'in',
  'a',
  'is',
  'that',
  'for',
  'on',
  'was',
  'with',
  'said',
  'by',
  'it',
  'as',
  'at',
  'from',
  'his',
  'has',
  'have',
  'be',
  'are',
  'will',
  'which',
  'were',
  'its',
  'an',
  'this',
  'had',
]);

/** Plainly English prose (≥ 40 words, ≥ 25% function words) needs no trigram model. */
function plainlyEnglish(sample: string): boolean {
  const words = sample.toLowerCase().match(/[a-z']+/g) ?? [];
  if (words.length < 40) return false;
  let hits = 0;
  for (const w of words) if (ENGLISH_FUNCTION_WORDS.has(w)) hits++;
  return hits / words.length >= 0.25;
}

/** ISO 639-1 code of the text's language, or "und". Never throws. */
export function detectLanguage(text: string): string {
  if (typeof text !== 'string' || text.length === 0) return 'und';
  const sample = text.slice(0, SAMPLE);
  let best: (typeof BY_SCRIPT)[number] | null = null;
  let bestCount = 0;
  let letters = 0;
  for (const s of BY_SCRIPT) {
    const n = sample.match(s.re)?.length ?? 0;
    letters += n;
    if (n > bestCount) {
      best = s;
      bestCount = n;
    }
  }
  if (!best || letters < MIN_LETTERS) return 'und';
  // Kana beats Han for Japanese text that mixes both.
  if (best.name === 'Han' && (sample.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0) > 0)
    return 'ja';
  if (best.only.length === 1) return ISO3_TO_1[best.only[0]] ?? 'und';
  if (best.name === 'Cyrillic') {
    const byLetters = cyrillicByLetters(sample, bestCount);
    if (byLetters) return byLetters;
  } else if (best.name === 'Latin') {
    const byLetters = latinByLetters(sample, bestCount);
    if (byLetters) return byLetters;
    if (plainlyEnglish(sample)) return 'en';
  }
  if (best.name === 'Latin' && bestCount < SHORT_LATIN) {
    // On a sentence or two franc's trigram scores are close together; English (the default
    // language of the sources) wins when it is within a few percent of the best.
    const all = francAll(sample, { only: best.only, minLength: MIN_LETTERS });
    const top = all[0];
    const eng = all.find(([c]) => c === 'eng');
    if (top && eng && eng[1] >= top[1] * ENGLISH_MARGIN) return 'en';
    return ISO3_TO_1[top?.[0] ?? ''] ?? 'und';
  }
  const code = franc(sample, { only: best.only, minLength: MIN_LETTERS });
  if (best.name === 'Cyrillic' && lacksOwnLetters(code, sample)) return 'ru';
  return ISO3_TO_1[code] ?? 'und';
}

/** Latin texts shorter than this many letters get the English margin. */
const SHORT_LATIN = 300;
const ENGLISH_MARGIN = 0.85;

// Letters that only some Cyrillic alphabets have decide faster and better than trigrams on
// short texts: Kazakh ә і ұ ғ қ һ; Kyrgyz ө ү ң without those; Tajik ҷ ӣ ӯ ҳ; Ukrainian є ї ґ.
const KK_ONLY = /[әіұғқһӘІҰҒҚҺ]/gu;
const KY_LETTERS = /[өүңӨҮҢ]/gu;
const TG_ONLY = /[ҷӣӯҳҶӢӮҲ]/gu;
const UK_ONLY = /[єїґЄЇҐ]/gu;

function cyrillicByLetters(sample: string, cyr: number): string | null {
  const min = Math.max(2, cyr / 200);
  const tg = sample.match(TG_ONLY)?.length ?? 0;
  if (tg >= min) return 'tg';
  const kk = sample.match(KK_ONLY)?.length ?? 0;
  if (kk >= min) return 'kk';
  const ky = sample.match(KY_LETTERS)?.length ?? 0;
  if (ky >= min) return 'ky';
  const uk = sample.match(UK_ONLY)?.length ?? 0;
  if (uk >= min) return 'uk';
  return russianOrBulgarian(sample);
}

// Russian and Bulgarian share most letters and many trigrams, and franc confuses them on a
// sentence or two. Bulgarian has no ы, э, ё and writes ъ as a vowel inside words (България,
// към, със); Russian has ъ only as a rare hard sign. A few function words of each settle the rest.
const RU_LETTERS = /[ыэёЫЭЁ]/gu;
const BG_INNER_HARD_SIGN = /\p{L}ъ\p{L}|(?<!\p{L})[ъЪ]\p{L}/gu;
const RU_WORDS = new Set([
  'что',
  'это',
  'как',
  'был',
  'была',
  'было',
  'были',
  'он',
  'она',
  'они',
  'его',
  'её',
  'ее',
  'также',
  'который',
  'которая',
  'которые',
  'если',
  'уже',
  'при',
  'для',
  'заявил',
  'сообщил',
  'году',
  'будет',
  'может',
  'нет',
  'только',
  'после',
  'этом',
]);
const BG_WORDS = new Set([
  'че',
  'са',
  'ще',
  'към',
  'със',
  'това',
  'като',
  'беше',
  'бяха',
  'тя',
  'той',
  'които',
  'която',
  'който',
  'също',
  'година',
  'каза',
  'след',
  'във',
  'тази',
  'този',
  'само',
  'ако',
  'няма',
  'ги',
  'му',
  'нейния',
  'заяви',
  'съобщи',
]);

// Serbian and Macedonian Cyrillic letters that Russian lacks; Serbian prose has them in nearly every line.
const SR_LETTERS = /[јљњћђџѓќѕЈЉЊЋЂЏЃЌЅ]/u;

/**
 * A trigram guess of Bulgarian or Serbian for a text with none of that language's own marks (no
 * inner ъ or Bulgarian function word; no ј, љ, њ …) is a short Russian text misread: the sources'
 * Cyrillic is overwhelmingly Russian.
 */
function lacksOwnLetters(code: string, sample: string): boolean {
  if (code === 'srp') return !SR_LETTERS.test(sample);
  if (code === 'bul') return bulgarianScore(sample) === 0;
  return false;
}

function bulgarianScore(sample: string): number {
  let bg = (sample.match(BG_INNER_HARD_SIGN)?.length ?? 0) * 2;
  for (const w of sample.toLowerCase().match(/\p{Script=Cyrillic}+/gu) ?? []) if (BG_WORDS.has(w)) bg++;
  return bg;
}

/** 'ru' or 'bg' when letters and function words agree clearly; null leaves it to franc. */
export function russianOrBulgarian(sample: string): 'ru' | 'bg' | null {
  let ru = (sample.match(RU_LETTERS)?.length ?? 0) * 2;
  for (const w of sample.toLowerCase().match(/\p{Script=Cyrillic}+/gu) ?? []) if (RU_WORDS.has(w)) ru++;
  const bg = bulgarianScore(sample);
  if (ru >= 2 && ru > 2 * bg) return 'ru';
  if (bg >= 2 && bg > 2 * ru) return 'bg';
  return null;
}

// Turkish ı ğ ş (with Azerbaijani ə), Uzbek oʻ/gʻ: rare enough elsewhere to decide alone.
const TR_LETTERS = /[ığşİĞŞ]/gu;
const AZ_LETTERS = /[əƏ]/gu;
const UZ_DIGRAPHS = /[OoGg][\u02BB\u2018'’]\p{Ll}/gu;

function latinByLetters(sample: string, latin: number): string | null {
  const min = Math.max(3, latin / 50);
  if ((sample.match(AZ_LETTERS)?.length ?? 0) >= min) return 'az';
  if ((sample.match(TR_LETTERS)?.length ?? 0) >= min) return 'tr';
  if ((sample.match(UZ_DIGRAPHS)?.length ?? 0) >= Math.max(1, latin / 400)) return 'uz';
  return null;
}
