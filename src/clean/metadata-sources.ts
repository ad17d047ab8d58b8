/**
 * News agencies and the phrases copies use to credit them. Data, not per-site rules: a copy on
 * any site says "(Reuters)", "ANI | Delhi |", "— TASS" or "according to X, which first reported".
 */

/** Agencies by canonical name, with the spellings copies use (matched case-sensitively as words). */
export const AGENCIES: { name: string; forms: string[] }[] = [
  { name: 'Reuters', forms: ['Reuters', 'REUTERS', 'Рейтер'] },
  { name: 'AFP', forms: ['AFP', 'Agence France-Presse', 'Agence France Presse', 'Франс Пресс', 'АФП'] },
  { name: 'AP', forms: ['AP', 'Associated Press', 'Ассошиэйтед Пресс'] },
  { name: 'ANI', forms: ['ANI', 'Asian News International'] },
  { name: 'PTI', forms: ['PTI', 'Press Trust of India'] },
  { name: 'IANS', forms: ['IANS'] },
  { name: 'UNI', forms: ['UNI', 'United News of India'] },
  { name: 'TASS', forms: ['TASS', 'ТАСС', 'ITAR-TASS'] },
  { name: 'RIA Novosti', forms: ['RIA Novosti', 'РИА Новости', 'RIA'] },
  { name: 'Interfax', forms: ['Interfax', 'Интерфакс'] },
  { name: 'Sputnik', forms: ['Sputnik', 'Спутник'] },
  { name: 'Xinhua', forms: ['Xinhua', 'Синьхуа'] },
  { name: 'Anadolu Agency', forms: ['Anadolu Agency', 'Anadolu Ajansı', 'Anadolu', 'AA'] },
  { name: 'Kazinform', forms: ['Kazinform', 'Казинформ'] },
  { name: 'Kabar', forms: ['Kabar', 'Кабар'] },
  { name: 'AKIpress', forms: ['AKIpress', 'АКИpress'] },
  { name: 'Khovar', forms: ['Khovar', 'Ховар'] },
  { name: 'UzA', forms: ['UzA', 'УзА'] },
  { name: 'Trend', forms: ['Trend News Agency', 'Trend'] },
  { name: '24.kg', forms: ['24.kg'] },
  { name: 'Azernews', forms: ['Azernews', 'AzerNews'] },
  { name: 'Report', forms: ['Report.az'] },
  { name: 'RFE/RL', forms: ['RFE/RL', 'Radio Free Europe/Radio Liberty'] },
  { name: 'Kun.uz', forms: ['Kun.uz'] },
  { name: 'Tengrinews', forms: ['Tengrinews', 'Tengrinews.kz'] },
  { name: 'Asia-Plus', forms: ['Asia-Plus', 'Asia Plus'] },
  { name: 'Turkmenistan.ru', forms: ['Turkmenistan.ru'] },
  { name: 'APA', forms: ['APA'] },
  { name: 'Azertac', forms: ['Azertac', 'AZERTAC', 'АзерТАдж'] },
  { name: 'Armenpress', forms: ['Armenpress', 'Арменпресс'] },
  { name: 'BelTA', forms: ['BelTA', 'БелТА'] },
  { name: 'Ukrinform', forms: ['Ukrinform', 'Укринформ'] },
  { name: 'IRNA', forms: ['IRNA'] },
  { name: 'Yonhap', forms: ['Yonhap'] },
  { name: 'Kyodo', forms: ['Kyodo'] },
  { name: 'dpa', forms: ['dpa', 'DPA'] },
  { name: 'EFE', forms: ['EFE'] },
  { name: 'ANSA', forms: ['ANSA'] },
  { name: 'Bloomberg', forms: ['Bloomberg'] },
  { name: 'UPI', forms: ['UPI'] },
  { name: 'DHA', forms: ['DHA', 'Demirören Haber Ajansı', 'Demirören News Agency'] },
  { name: 'İHA', forms: ['İHA', 'İhlas Haber Ajansı', 'Ihlas News Agency'] },
  { name: 'ANKA', forms: ['ANKA', 'ANKA Haber Ajansı'] },
  { name: 'Interpressnews', forms: ['Interpressnews', 'InterPressNews', 'Интерпресньюс'] },
];

/** form -> canonical agency name */
export const AGENCY_BY_FORM: Map<string, string> = new Map();
for (const a of AGENCIES) {
  for (const f of a.forms) {
    AGENCY_BY_FORM.set(f, a.name);
    // Wire datelines print agency names in capitals ("ASTANA. KAZINFORM -"); short forms are
    // already capitals, and capitalising them again would add nothing.
    if (f.length > 3) AGENCY_BY_FORM.set(f.toUpperCase(), a.name);
  }
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const AGENCY_ALT = [...AGENCY_BY_FORM.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escapeRe)
  .join('|');

/**
 * Words that, capitalised, still do not make a person's name: chrome labels, sections,
 * organisations and places that sit on name-like lines.
 */
export const NON_NAME_WORDS: Set<string> = new Set(
  (
    'news|feedback|give|share|related|articles|article|latest|home|politics|economy|society|world|analytics|' +
    'opinion|review|comments|comment|reply|subscribe|follow|read|more|also|top|back|button|tags|views|' +
    'agency|press|times|post|daily|media|group|service|staff|editor|editorial|desk|team|online|today|' +
    'central|asia|europe|east|west|north|south|region|republic|federation|state|states|union|ministry|' +
    'government|president|minister|office|news agency|international|national|world|the|and|of|for|in|on|' +
    'photo|image|video|source|credit|country|city|main|menu|search|login|contact|about|privacy|policy|' +
    'january|february|march|april|may|june|july|august|september|october|november|december|' +
    'monday|tuesday|wednesday|thursday|friday|saturday|sunday|breaking|live|update|updated|exclusive|' +
    'новости|политика|экономика|общество|мир|главная|haberler|gündem|dünya|ekonomi|siyaset|' +
    // date and credit labels: "Giriş Tarihi: 07.12.2026", "Son Güncelleme", "Дата публикации"
    'published|posted|date|tarihi|tarih|giriş|güncelleme|güncellenme|oluşturulma|yayınlanma|yayın|son|' +
    'saat|kaynak|haber|fotoğraf|foto|дата|публикации|обновлено|опубликовано|источник|фото|текст|' +
    // reading prompts on name-like lines: "Haberin Devamı" (the rest of the story), "Devamını Oku"
    'haberin|devamı|devamını|oku|okuyun|ilgili|читать|далее|подробнее' +
    // regions and roles on name-like menu and byline lines ("Центральная Азия", "Foreign Correspondent")
    '|центральная|азия|европа|кавказ|южный|регион|orta|asya|avrupa|kafkasya|bölge|' +
    'correspondent|reporter|writer|columnist|корреспондент|обозреватель|muhabiri'
  ).split('|'),
);

/**
 * A site's credit for a story written with wire copy, alone on a line under the headline: "Daily
 * Sabah with AA", "DAILY SABAH WITH AGENCIES", "Hürriyet Daily News with Reuters", "Euronews and
 * AFP". Group 1 names the site, group 2 the agency (undefined for unnamed "agencies" / "wires").
 */
export const SITE_WITH_WIRES = new RegExp(
  `^((?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}.&'’-]*\\s+){0,3}[\\p{Lu}\\p{N}][\\p{L}\\p{N}.&'’-]*)\\s+(?:[Ww]ith|WITH|and|AND|\\+|&)\\s+(?:(${AGENCY_ALT})|(?:(?:[Oo]ther|OTHER)\\s+)?(?:(?:[Nn]ews|NEWS)\\s+)?(?:[Aa]gencies|AGENCIES|[Ww]ires|WIRES))\\.?$`,
  'u',
);
