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

/** Russian month names in the genitive, after a day ("25 мая") or a part ("в начале мая"), as a regex alternation. */
export const RU_MONTH_GEN =
  'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря';
/** Russian month names in the prepositional ("в мае"), as a regex alternation. */
export const RU_MONTH_PREP =
  'январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре';
/** Turkish month names as a regex alternation. */
export const TR_MONTH_ALT = TR_MONTHS.join('|');

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
/** Russian weekdays in the accusative a date takes ("в среду"), Sunday first like EN_WEEKDAYS. */
export const RU_WEEKDAYS = [
  'воскресенье',
  'понедельник',
  'вторник',
  'среду',
  'четверг',
  'пятницу',
  'субботу',
];
