/**
 * A cheap language family guess for extractors that receive only the text (quotes, times):
 * which attribution verbs, month names and suffix rules to try. Cleaning stores the real
 * language (franc, src/clean/language.ts) on the Article; this only needs to tell the families
 * whose rules differ, in one pass over the first few thousand characters.
 *
 *  - "ru": mostly Cyrillic (Russian, and Kazakh/Kyrgyz texts, whose news prose uses the same
 *    punctuation and often Russian attribution verbs);
 *  - "tr": Latin with Turkish letters (ı ğ ş İ) at a Turkish rate (Azerbaijani is close enough);
 *  - "en": any other Latin text (the English rules are the default);
 *  - "other": no letters, or another script.
 */
export type LanguageFamily = 'en' | 'ru' | 'tr' | 'other';

const SAMPLE = 3000;

export function languageFamily(text: string): LanguageFamily {
  if (typeof text !== 'string' || !text) return 'other';
  const n = Math.min(text.length, SAMPLE);
  let cyr = 0;
  let latin = 0;
  let turkish = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
    else if (c >= 0x400 && c <= 0x4ff) cyr++;
    else if (c === 0x131 || c === 0x130 || c === 0x11f || c === 0x11e || c === 0x15f || c === 0x15e) {
      latin++;
      turkish++;
    } else if (c >= 0xc0 && c <= 0x24f) latin++;
  }
  if (cyr === 0 && latin === 0) return 'other';
  if (cyr > latin) return 'ru';
  // Turkish prose has roughly one ı/ğ/ş in 25 letters; English names with "ş" stay far below.
  if (turkish >= 3 && turkish / latin > 0.012) return 'tr';
  return 'en';
}

/**
 * The family of a text whose article's language (ISO 639-1, from cleaning's trigram detector) is
 * known: the letter count above misses a short Turkish text with few ı/ğ/ş ("Hakan Fidan,
 * "Müzakereler sürüyor" dedi." has none), which the detector's Turkish trigrams still tell, and
 * takes an English text thick with Turkish names ("Erdoğan", "Kılıçdaroğlu") for Turkish. The
 * article's language settles these two cases; the script decides the rest as above.
 */
export function textFamily(text: string, language?: string | null): LanguageFamily {
  const guess = languageFamily(text);
  const lang = (language ?? '').toLowerCase().slice(0, 2);
  if ((lang === 'tr' || lang === 'az') && guess === 'en') return 'tr';
  if (lang === 'en' && guess === 'tr') return 'en';
  return guess;
}
