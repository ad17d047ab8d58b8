/**
 * Historic events whose year is general knowledge, for reading "the 80th anniversary of the
 * Victory" as a year (src/nlp/doc-year.ts). Each entry lists every year the same name can mean in
 * this region's press: "the Victory" is 1945 in Russian and Central Asian outlets and 2020 in
 * Azerbaijani ones; the anniversary's number then picks the one that gives a plausible year.
 *
 * `names` is matched against the words after "anniversary of" (English, Russian) or before
 * "yıl dönümü" (Turkish), so it need not anchor at their start. `needs`, when present, must also
 * match there (an independence day is only dated when the country is named).
 */
export type DatedEvent = {
  id: string;
  years: number[];
  names: RegExp;
  needs?: RegExp;
};

/** Post-Soviet states whose independence dates from 1991 (and, for three, also from 1918). */
const INDEPENDENCE_1991 =
  /uzbek|kazakh|kyrgyz|kirghiz|tajik|turkmen|ukrain|belarus|moldov|узбек|казах|кыргыз|киргиз|таджик|туркмен|украин|беларус|белорус|молдов|özbek|kazak|kırgız|tacik|türkmen|ukrayna|moldova/i;
const INDEPENDENCE_1918_1991 =
  /azerbaijan|armenia|georgia|азербайдж|армени|грузи|azerbaycan|ermenistan|gürcistan/i;

export const DATED_EVENTS: DatedEvent[] = [
  {
    id: 'victory',
    // 1945 (the Second World War); 2020 (Azerbaijan's "Patriotic War"); 1922 (Turkey's 30 August)
    years: [1945, 2020],
    names:
      /^(?:the\s+)?(?:Great\s+)?Victory\b|Second World War|World War II\b|WWII|Great Patriotic War|^(?:Великой\s+)?Побед|Великой Отечественной|Второй мировой|İkinci Dünya Savaşı/u,
  },
  { id: 'victory-tr', years: [1922], names: /Zafer Bayram|Büyük Taarruz/u },
  {
    id: 'republic-of-turkey',
    years: [1923],
    names: /Cumhuriyet|Republic of (?:Turkey|Türkiye)|Turkish Republic|Турецкой Республики/u,
  },
  {
    id: 'independence-1991',
    years: [1991],
    names: /independence|независимост|bağımsızl/iu,
    needs: INDEPENDENCE_1991,
  },
  {
    id: 'independence-1918-1991',
    years: [1918, 1991],
    names: /independence|независимост|bağımsızl/iu,
    needs: INDEPENDENCE_1918_1991,
  },
  {
    id: 'un',
    years: [1945],
    names:
      /^(?:the\s+)?(?:founding of the\s+)?(?:United Nations|UN\b)|^(?:создания\s+)?ООН|Организации Объединённых Наций|Birleşmiş Milletler/u,
  },
  { id: 'nato', years: [1949], names: /^(?:the\s+)?(?:founding of\s+)?NATO\b|^(?:создания\s+)?НАТО/u },
  {
    id: 'sco',
    years: [2001],
    names:
      /Shanghai Cooperation Organi[sz]ation|^(?:the\s+)?SCO\b|ШОС|Шанхайской организации|Şanghay İşbirliği/u,
  },
  {
    id: 'cis',
    years: [1991],
    names:
      /Commonwealth of Independent States|^(?:the\s+)?CIS\b|СНГ|Содружества Независимых|Bağımsız Devletler Topluluğu/u,
  },
  {
    id: 'turkic-council',
    // the Nakhchivan Agreement of 2009 founded the Turkic Council, now the Organization of Turkic States
    years: [2009],
    names:
      /Nakh(?:ch|ich)ivan Agreement|Turkic Council|Organi[sz]ation of Turkic States|Нахчыванского соглашения|Тюркского совета|Организации тюркских государств|Nahçıvan Anlaşması|Türk Konseyi|Türk Devletleri Teşkilatı/u,
  },
  {
    id: 'helsinki-final-act',
    years: [1975],
    names: /Helsinki Final Act|Хельсинкского заключительного акта|Helsinki Nihai Senedi/u,
  },
  { id: 'asean', years: [1967], names: /^(?:the\s+)?(?:founding of\s+)?ASEAN\b|^АСЕАН/u },
];
