/**
 * Month names of the three languages, in the one place every stage reads them from (time
 * expressions, same-news day matching). Indices are 1-based months; 0 means "not a month".
 */

/** English month abbreviations: every full name and abbreviation starts with one. */
export const EN_MONTH_ABBR = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];

/** Russian month stems shared by every case form the press uses ("25 мая", "в мае", "март"). */
export const RU_MONTH_STEMS = [
  'январ',
  'феврал',
  'март',
  'апрел',
  'ма',
  'июн',
  'июл',
  'август',
  'сентябр',
  'октябр',
  'ноябр',
  'декабр',
];

/** Turkish month names; suffixed forms ("eylülde", "Nisan'da") start with one. */
export const TR_MONTHS = [
  'ocak',
  'şubat',
  'mart',
  'nisan',
  'mayıs',
  'haziran',
  'temmuz',
  'ağustos',
  'eylül',
  'ekim',
  'kasım',
  'aralık',
];

export function enMonthIndex(word: string): number {
  const w = word.toLowerCase();
  return EN_MONTH_ABBR.findIndex((m) => w.startsWith(m)) + 1;
}

export function ruMonthIndex(word: string): number {
  const w = word.toLowerCase();
  if (w.startsWith('мар')) return 3; // "ма" (May) is a prefix of March's stem
  if (/^ма[йяе]$/.test(w)) return 5;
  return RU_MONTH_STEMS.findIndex((st) => w.startsWith(st)) + 1;
}

export function trMonthIndex(word: string): number {
  const w = word.toLocaleLowerCase('tr');
  return TR_MONTHS.findIndex((m) => w.startsWith(m)) + 1;
}

/** English weekday names, Sunday first (index = JavaScript's getUTCDay()). */
export const EN_WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** Turkish weekday names, Sunday first. */
export const TR_WEEKDAYS = ['pazar', 'pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma', 'cumartesi'];
