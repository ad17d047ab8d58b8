/**
 * Words that stand for a speaker without naming them, as data: personal pronouns and role nouns
 * ("the president", "the head of state", "глава МИД", "Bakan") in English, Russian and Turkish,
 * each with the office it denotes and, where the word tells, grammatical gender and number.
 *
 * Offices are canonical keys (`president`, `prime minister`, `foreign minister`, …). A key lists
 * the titles it accepts when compared with a person's known roles (`ROLE_TITLES`): "the leader"
 * accepts a president or a prime minister, "the minister" any minister. Matching a person's role
 * title to keys goes through `roleKeysOfTitle`, which reads titles in any of the three languages.
 */

export type Gender = 'm' | 'f';
export type GrammaticalNumber = 'sg' | 'pl';

export type RoleNoun = {
  /** canonical office key */
  role: string;
  gender?: Gender;
  number: GrammaticalNumber;
};

/** Office keys and the role titles (lower case, any language) that hold them. */
export const ROLE_TITLES: Readonly<Record<string, readonly string[]>> = {
  president: [
    'president',
    'head of state',
    'президент',
    'глава государства',
    'cumhurbaşkanı',
    'devlet başkanı',
  ],
  'prime minister': [
    'prime minister',
    'premier',
    'head of government',
    'премьер-министр',
    'премьер',
    'глава правительства',
    'председатель правительства',
    'başbakan',
  ],
  leader: [
    'president',
    'prime minister',
    'premier',
    'leader',
    'head of state',
    'head of government',
    'chairman',
    'king',
    'emir',
    'chancellor',
    'supreme leader',
    'президент',
    'премьер',
    'лидер',
    'cumhurbaşkanı',
    'başbakan',
    'lider',
  ],
  minister: [
    'minister',
    'secretary of state',
    'foreign secretary',
    'министр',
    'глава мид',
    'глава внешнеполитического ведомства',
    'глава минобороны',
    'bakan',
  ],
  'foreign minister': [
    'foreign minister',
    'minister of foreign affairs',
    'secretary of state',
    'foreign secretary',
    'министр иностранных дел',
    'глава мид',
    'глава внешнеполитического ведомства',
    'dışişleri bakanı',
  ],
  'defense minister': [
    'defense minister',
    'defence minister',
    'minister of defense',
    'minister of defence',
    'министр обороны',
    'глава минобороны',
    'savunma bakanı',
    'milli savunma bakanı',
  ],
  spokesperson: [
    'spokesman',
    'spokeswoman',
    'spokesperson',
    'press secretary',
    'official representative',
    'пресс-секретарь',
    'официальный представитель',
    'представитель',
    'sözcü',
  ],
  ambassador: ['ambassador', 'envoy', 'representative', 'посол', 'büyükelçi'],
  diplomat: [
    'diplomat',
    'ambassador',
    'envoy',
    'foreign minister',
    'minister',
    'дипломат',
    'посол',
    'diplomat',
    'büyükelçi',
  ],
  chairman: [
    'chairman',
    'chairwoman',
    'chair',
    'speaker',
    'председатель',
    'спикер',
    'başkan',
    'meclis başkanı',
  ],
  head: [
    'head',
    'chief',
    'director',
    'chairman',
    'leader',
    'president',
    'глава',
    'руководитель',
    'директор',
    'başkan',
  ],
  'secretary general': [
    'secretary general',
    'secretary-general',
    'генеральный секретарь',
    'генсек',
    'genel sekreter',
  ],
  secretary: ['secretary', 'секретарь'],
  official: [
    'official',
    'minister',
    'spokesman',
    'spokeswoman',
    'spokesperson',
    'secretary',
    'deputy',
    'adviser',
    'advisor',
    'aide',
    'head',
    'чиновник',
    'yetkili',
  ],
  aide: ['aide', 'adviser', 'advisor', 'assistant', 'помощник', 'советник', 'danışman'],
  governor: ['governor', 'губернатор', 'vali'],
  mayor: ['mayor', 'мэр', 'аким', 'belediye başkanı'],
  senator: ['senator', 'сенатор', 'senatör'],
  lawmaker: [
    'lawmaker',
    'deputy',
    'mp',
    'member of parliament',
    'congressman',
    'congresswoman',
    'senator',
    'депутат',
    'milletvekili',
  ],
  politician: [
    'politician',
    'deputy',
    'mp',
    'senator',
    'leader',
    'president',
    'prime minister',
    'minister',
    'политик',
    'политолог',
    'siyasetçi',
  ],
  general: [
    'general',
    'commander',
    'chief of staff',
    'colonel-general',
    'генерал',
    'командующий',
    'general',
    'komutan',
  ],
  commander: ['commander', 'general', 'chief', 'командующий', 'командир', 'komutan'],
  expert: [
    'expert',
    'analyst',
    'researcher',
    'director',
    'professor',
    'scholar',
    'political scientist',
    'fellow',
    'эксперт',
    'аналитик',
    'политолог',
    'uzman',
    'analist',
  ],
  analyst: ['analyst', 'expert', 'researcher', 'аналитик', 'эксперт', 'analist'],
  professor: ['professor', 'expert', 'профессор', 'profesör'],
  economist: ['economist', 'expert', 'analyst', 'экономист', 'ekonomist'],
  journalist: [
    'journalist',
    'correspondent',
    'editor',
    'reporter',
    'columnist',
    'журналист',
    'корреспондент',
    'gazeteci',
    'muhabir',
  ],
  king: ['king', 'monarch', 'emir', 'король', 'kral'],
  chancellor: ['chancellor', 'канцлер', 'şansölye'],
  mufti: ['mufti', 'муфтий', 'müftü'],
  lawyer: ['lawyer', 'attorney', 'advocate', 'counsel', 'адвокат', 'юрист', 'avukat'],
  activist: ['activist', 'активист', 'aktivist'],
};

/** English role nouns (singular and plural) -> office. "the head of state" is a phrase. */
export const EN_ROLE_NOUNS: Readonly<Record<string, RoleNoun>> = {
  president: { role: 'president', number: 'sg' },
  presidents: { role: 'president', number: 'pl' },
  'head of state': { role: 'president', number: 'sg' },
  'heads of state': { role: 'president', number: 'pl' },
  'prime minister': { role: 'prime minister', number: 'sg' },
  premier: { role: 'prime minister', number: 'sg' },
  'head of government': { role: 'prime minister', number: 'sg' },
  leader: { role: 'leader', number: 'sg' },
  leaders: { role: 'leader', number: 'pl' },
  minister: { role: 'minister', number: 'sg' },
  ministers: { role: 'minister', number: 'pl' },
  'foreign minister': { role: 'foreign minister', number: 'sg' },
  'top diplomat': { role: 'foreign minister', number: 'sg' },
  'defense minister': { role: 'defense minister', number: 'sg' },
  'defence minister': { role: 'defense minister', number: 'sg' },
  spokesman: { role: 'spokesperson', gender: 'm', number: 'sg' },
  spokeswoman: { role: 'spokesperson', gender: 'f', number: 'sg' },
  spokesperson: { role: 'spokesperson', number: 'sg' },
  'press secretary': { role: 'spokesperson', number: 'sg' },
  ambassador: { role: 'ambassador', number: 'sg' },
  envoy: { role: 'ambassador', number: 'sg' },
  // "the EU's special representative for the South Caucasus, X, said": an envoy by another name
  representative: { role: 'ambassador', number: 'sg' },
  diplomat: { role: 'diplomat', number: 'sg' },
  chairman: { role: 'chairman', gender: 'm', number: 'sg' },
  chairwoman: { role: 'chairman', gender: 'f', number: 'sg' },
  chair: { role: 'chairman', number: 'sg' },
  speaker: { role: 'chairman', number: 'sg' },
  head: { role: 'head', number: 'sg' },
  chief: { role: 'head', number: 'sg' },
  director: { role: 'head', number: 'sg' },
  'secretary general': { role: 'secretary general', number: 'sg' },
  'secretary-general': { role: 'secretary general', number: 'sg' },
  secretary: { role: 'secretary', number: 'sg' },
  official: { role: 'official', number: 'sg' },
  officials: { role: 'official', number: 'pl' },
  aide: { role: 'aide', number: 'sg' },
  adviser: { role: 'aide', number: 'sg' },
  advisor: { role: 'aide', number: 'sg' },
  governor: { role: 'governor', number: 'sg' },
  mayor: { role: 'mayor', number: 'sg' },
  senator: { role: 'senator', number: 'sg' },
  lawmaker: { role: 'lawmaker', number: 'sg' },
  politician: { role: 'politician', number: 'sg' },
  general: { role: 'general', number: 'sg' },
  commander: { role: 'commander', number: 'sg' },
  expert: { role: 'expert', number: 'sg' },
  analyst: { role: 'analyst', number: 'sg' },
  researcher: { role: 'expert', number: 'sg' },
  professor: { role: 'professor', number: 'sg' },
  economist: { role: 'economist', number: 'sg' },
  journalist: { role: 'journalist', number: 'sg' },
  correspondent: { role: 'journalist', number: 'sg' },
  king: { role: 'king', gender: 'm', number: 'sg' },
  queen: { role: 'king', gender: 'f', number: 'sg' },
  emir: { role: 'king', gender: 'm', number: 'sg' },
  chancellor: { role: 'chancellor', number: 'sg' },
  lawyer: { role: 'lawyer', number: 'sg' },
  attorney: { role: 'lawyer', number: 'sg' },
  activist: { role: 'activist', number: 'sg' },
};

/**
 * Russian role nouns: a stem (lower case) that takes the listed case endings, optionally followed
 * by a fixed genitive complement ("глава государства", "глава МИД").
 */
export type RuRoleNoun = { stem: string; endings: readonly string[]; complement?: string; noun: RoleNoun };
const ru = (
  stem: string,
  endings: string[],
  role: string,
  complement?: string,
  extra: Partial<RoleNoun> = {},
): RuRoleNoun => ({ stem, endings, complement, noun: { role, number: 'sg', ...extra } });
const NOUN_M = ['', 'а', 'у', 'ом', 'е'];
const NOUN_A = ['а', 'ы', 'е', 'у', 'ой'];

export const RU_ROLE_NOUNS: readonly RuRoleNoun[] = [
  ru('глав', NOUN_A, 'president', 'государства'),
  ru('глав', NOUN_A, 'prime minister', 'правительства'),
  ru('глав', NOUN_A, 'foreign minister', 'мид'),
  ru('глав', NOUN_A, 'foreign minister', 'внешнеполитического ведомства'),
  ru('глав', NOUN_A, 'defense minister', 'минобороны'),
  ru('президент', NOUN_M, 'president'),
  ru('премьер-министр', NOUN_M, 'prime minister'),
  ru('премьер', NOUN_M, 'prime minister'),
  ru('председател', ['ь', 'я', 'ю', 'ем', 'е'], 'prime minister', 'правительства'),
  ru('министр', NOUN_M, 'minister'),
  ru('пресс-секретар', ['ь', 'я', 'ю', 'ем', 'е'], 'spokesperson'),
  ru('официальн', ['ый представитель', 'ого представителя', 'ому представителю'], 'spokesperson'),
  ru('представител', ['ь', 'я', 'ю', 'ем', 'е'], 'spokesperson'),
  ru('посл', ['а', 'у', 'ом', 'е'], 'ambassador'),
  ru('посол', [''], 'ambassador'),
  ru('дипломат', NOUN_M, 'diplomat'),
  ru('лидер', NOUN_M, 'leader'),
  ru('спикер', NOUN_M, 'chairman'),
  ru('председател', ['ь', 'я', 'ю', 'ем', 'е'], 'chairman'),
  ru('руководител', ['ь', 'я', 'ю', 'ем', 'е'], 'head'),
  ru('генсек', NOUN_M, 'secretary general'),
  ru('политик', NOUN_M, 'politician'),
  ru('политолог', NOUN_M, 'expert'),
  ru('эксперт', NOUN_M, 'expert'),
  ru('аналитик', NOUN_M, 'analyst'),
  ru('депутат', NOUN_M, 'lawmaker'),
  ru('губернатор', NOUN_M, 'governor'),
  ru('помощник', NOUN_M, 'aide'),
  ru('советник', NOUN_M, 'aide'),
];

/** Turkish role nouns (with the 3rd person possessive "-ı/-i/-sı" as written after a country). */
export const TR_ROLE_NOUNS: Readonly<Record<string, RoleNoun>> = {
  cumhurbaşkanı: { role: 'president', number: 'sg' },
  'devlet başkanı': { role: 'president', number: 'sg' },
  başbakan: { role: 'prime minister', number: 'sg' },
  başbakanı: { role: 'prime minister', number: 'sg' },
  bakan: { role: 'minister', number: 'sg' },
  bakanı: { role: 'minister', number: 'sg' },
  'dışişleri bakanı': { role: 'foreign minister', number: 'sg' },
  'savunma bakanı': { role: 'defense minister', number: 'sg' },
  sözcü: { role: 'spokesperson', number: 'sg' },
  sözcüsü: { role: 'spokesperson', number: 'sg' },
  büyükelçi: { role: 'ambassador', number: 'sg' },
  büyükelçisi: { role: 'ambassador', number: 'sg' },
  başkan: { role: 'head', number: 'sg' },
  başkanı: { role: 'head', number: 'sg' },
  lider: { role: 'leader', number: 'sg' },
  lideri: { role: 'leader', number: 'sg' },
  'genel sekreter': { role: 'secretary general', number: 'sg' },
  'genel sekreteri': { role: 'secretary general', number: 'sg' },
  uzman: { role: 'expert', number: 'sg' },
};

/** Turkish case endings a role noun takes as a source: dative ("lidere", "sözcüye", "liderine"),
 * genitive ("liderin", "Bakanı'nın") and ablative ("Sözcüsü'nden"), after an optional apostrophe. */
const TR_ROLE_CASE = /['’]?(?:y[ae]|n[ae]|[ae]|n?[ıiuü]n|nd[ae]n|[dt][ae]n)$/u;

/**
 * The Turkish role noun a phrase ends with, bare or under a case ending ("Türkmen sözcüye göre",
 * "Kazak liderin açıklamasına göre", "Dışişleri Bakanı'na göre"): a speaker referred to by office.
 * Up to the last three words; only a stem that is itself a listed role noun counts.
 */
export function trRoleNounOf(phrase: string): RoleNoun | null {
  const words = phrase.toLocaleLowerCase('tr').replace(/\s+/g, ' ').trim().split(' ');
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const tail = words.slice(-n);
    const last = tail[tail.length - 1];
    for (const w of [last, last.replace(TR_ROLE_CASE, '')]) {
      const noun = TR_ROLE_NOUNS[[...tail.slice(0, -1), w].join(' ')];
      if (noun) return noun;
    }
  }
  return null;
}

/**
 * Turkish nouns for people who speak unnamed ("bir yetkili", "diplomatik kaynaklar", "uzmanlar"):
 * the speaker stays null and the phrase is kept for the reader.
 */
export const TR_UNNAMED_PEOPLE =
  /^(?:yetkili|kaynak|diplomat|uzman|analist|gözlemci|görgü tanığı|tanık|muhabir|temsilci|çalışan)(?:ler|lar)?(?:[ıiuü]|s[ıiuü]|ler[ıi]|lar[ıi])?$/u;

/**
 * Russian nouns for people who speak unnamed ("источник в правительстве", "собеседник агентства",
 * "эксперты", "очевидцы"), in any case and number; the head comes first in the phrase, after at
 * most two adjectives ("высокопоставленный дипломатический источник").
 */
export const RU_UNNAMED_PEOPLE =
  /^(?:источник|собеседник|эксперт|аналитик|наблюдател|очевид|свидетел|чиновник|дипломат|политолог|специалист|осведомител|инсайдер)\p{L}*$/u;

/**
 * What a Russian body speaks through, in the prepositional case after "в"/"на" ("в заявлении",
 * "в совместном коммюнике", "на сайте", "в Telegram-канале"): "говорится в заявлении МИД".
 */
export const RU_DOCUMENT_NOUNS: ReadonlySet<string> = new Set(
  `заявлении сообщении документе коммюнике обращении письме ноте релизе пресс-релизе публикации
  материале тексте докладе отчете отчёте резолюции декларации канале телеграм-канале telegram-канале
  посте комментарии ответе послании справке меморандуме сайте странице аккаунте блоге заключении`.split(
    /\s+/,
  ),
);

/** Personal pronouns that can be the source of an attribution. Turkish "o" carries no gender. */
export const PRONOUNS: Readonly<
  Record<
    'en' | 'ru' | 'tr',
    Readonly<Record<string, { gender?: Gender; number: GrammaticalNumber; personOnly: boolean }>>
  >
> = {
  en: {
    he: { gender: 'm', number: 'sg', personOnly: true },
    she: { gender: 'f', number: 'sg', personOnly: true },
    they: { number: 'pl', personOnly: false },
    it: { number: 'sg', personOnly: false },
    // "according to him", "according to them": the object forms
    him: { gender: 'm', number: 'sg', personOnly: true },
    her: { gender: 'f', number: 'sg', personOnly: true },
    them: { number: 'pl', personOnly: false },
  },
  ru: {
    он: { gender: 'm', number: 'sg', personOnly: true },
    она: { gender: 'f', number: 'sg', personOnly: true },
    они: { number: 'pl', personOnly: false },
    // "по его словам", "по её мнению": the possessive forms
    его: { gender: 'm', number: 'sg', personOnly: true },
    её: { gender: 'f', number: 'sg', personOnly: true },
    ее: { gender: 'f', number: 'sg', personOnly: true },
    их: { number: 'pl', personOnly: false },
  },
  tr: {
    o: { number: 'sg', personOnly: false },
    onlar: { number: 'pl', personOnly: false },
  },
};

/** Nouns naming an institution that speaks as a body ("the ministry said", "the Kremlin said"). */
export const INSTITUTION_NOUNS: Readonly<Record<'en' | 'ru' | 'tr', readonly string[]>> = {
  en: [
    'ministry',
    'committee',
    'agency',
    'bank',
    'company',
    'party',
    'service',
    'department',
    'commission',
    'council',
    'court',
    'office',
    'embassy',
    'administration',
    'government',
    'cabinet',
    'presidency',
    'parliament',
    'side',
    'authorities',
    'leadership',
    'delegation',
    'press service',
    'press office',
    'statement',
    'kremlin',
    'secretariat',
    'mission',
    'organization',
    'organisation',
    'alliance',
    'bloc',
    'union',
    'directorate',
    'prosecutor',
    "prosecutor's office",
    'army',
    'military',
    'police',
    // the bodies of general news: unions, boards, charities, firms ("the association said")
    'association',
    'federation',
    'foundation',
    'board',
    'institute',
    'authority',
    'society',
    'corporation',
    'firm',
    'charity',
    // colleges of physicians, universities, hospitals, leagues of general news ("the college said")
    'college',
    'university',
    'hospital',
    'league',
  ],
  ru: [
    'министерство',
    'мид',
    'минобороны',
    'ведомство',
    'пресс-служба',
    'администрация',
    'правительство',
    'кремль',
    'посольство',
    'сторона',
    'власти',
    'руководство',
    'комитет',
    'парламент',
    'аппарат',
  ],
  tr: [
    'bakanlığı',
    'bakanlık',
    'sözcülüğü',
    'başkanlığı',
    'hükümet',
    'hükümeti',
    'büyükelçiliği',
    'yönetimi',
    'taraf',
    'tarafı',
    'meclis',
    'meclisi',
    'cumhurbaşkanlığı',
    'başbakanlığı',
    'ofisi',
    'basın servisi',
    'sekreterliği',
    'komitesi',
    'parlamentosu',
    'ordusu',
  ],
};

/** Title words that make an office someone else's or a past one ("vice president", "former minister"). */
const NOT_THE_OFFICE =
  /(?<![\p{L}-])(?:vice|deputy|former|ex|acting|first deputy|заместитель|замглавы|вице|бывший|экс|eski|yardımcısı)(?![\p{L}])/iu;

/**
 * The office keys a person's role title denotes ("Foreign Minister" -> foreign minister,
 * minister; "Премьер-министр" -> prime minister). Whole words, lower case; a deputy's or former
 * holder's title denotes no office but `official`.
 */
export function roleKeysOfTitle(title: string): readonly string[] {
  let keys = roleKeysMemo.get(title);
  if (!keys) {
    keys = Object.freeze(computeRoleKeys(title));
    // titles repeat (one person's "President" at every quote): the memo is small and bounded
    if (roleKeysMemo.size >= 5000) roleKeysMemo.clear();
    roleKeysMemo.set(title, keys);
  }
  return keys;
}

/**
 * Speaker resolution asks this for every role of every candidate of every quote, so a long
 * document asked it millions of times for a few hundred distinct titles.
 */
const roleKeysMemo = new Map<string, readonly string[]>();

function computeRoleKeys(title: string): string[] {
  const t = title.toLowerCase().replace(/\s+/g, ' ').trim();
  if (!t) return [];
  if (NOT_THE_OFFICE.test(t)) return ['official'];
  const out: string[] = [];
  // "the minister" is not the prime minister: news calls a head of government "the prime
  // minister" or "the premier", so "minister" counts only outside "prime minister"
  const minister = t.replace(/prime minister/g, 'prime');
  // Turkish writes an office after its body with the possessive ("Dışişleri Bakanlığı Sözcüsü",
  // "Ticaret Bakanı", "Genel Sekreteri"): the bare noun ("sözcü", "bakan") names the same office
  const bare = (s: string) => s.replace(TR_POSSESSIVE, '');
  for (const [key, titles] of Object.entries(ROLE_TITLES)) {
    const hay = key === 'minister' ? minister : t;
    const hays = [hay, bare(hay)];
    if (titles.some((x) => hays.some((h) => wordIn(h, x)))) out.push(key);
  }
  return out;
}

/** the third-person possessive on a word of four letters or more ("sözcü-sü", "bakan-ı", "lider-i") */
const TR_POSSESSIVE = /(?<=\p{L}{4})s?[ıiuü](?![\p{L}])/gu;

function wordIn(hay: string, needle: string): boolean {
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    const before = i === 0 ? ' ' : hay[i - 1];
    const after = i + needle.length >= hay.length ? ' ' : hay[i + needle.length];
    if (!/[\p{L}-]/u.test(before) && !/[\p{L}-]/u.test(after)) return true;
  }
  return false;
}

/**
 * English nouns that name people or groups of people without naming who ("the witness", "some
 * families", "Republicans"): a source headed by one speaks (an unnamed voice, speaker null),
 * unlike a thing ("this visit underscores …"). Singular forms; plurals are read by the caller.
 * Agentive nouns in -ist/-ian/-eer and most in -er/-or are people too (see `isPersonNoun`).
 */
export const EN_PERSON_NOUNS: ReadonlySet<string> = new Set(
  `person people man men woman women child children kid kids family advocate
friend neighbor neighbour star celebrity host anchor pundit comedian citizen voter member aide staff staffer adviser advisor official source analyst expert observer critic
resident witness eyewitness insider commentator activist lawmaker legislator politician scholar economist journalist reporter
candidate nominee delegate senator congressman congresswoman representative governor mayor president minister secretary chairman
chairwoman chair spokesman spokeswoman spokesperson director chief leader head officer general colonel commander soldier veteran
student teacher professor doctor nurse lawyer attorney judge prosecutor investigator detective police policeman worker employee
employer owner founder partner donor supporter opponent rival ally backer fan follower voter constituent immigrant refugee
migrant victim survivor parent mother father son daughter wife husband brother sister relative participant respondent
protester demonstrator organizer organiser operative strategist consultant pollster campaign team crowd audience majority
minority plurality others everyone everybody someone somebody nobody anyone many most some few several both all none those
Republican Democrat Democrats Republicans conservative liberal progressive moderate independent evangelical Christian Muslim Jew
delegation diplomat ambassador envoy negotiator mediator spokespeople authority authorities administration government party
committee council group coalition union association organization organisation agency office department ministry board panel
court company firm bank campaign camp side team network`
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean),
);

/** feminine nouns in -ess that name people (most words in -ess do not: "address", "progress") */
const FEMININE_AGENTS = new Set(
  'actress waitress hostess princess empress heiress duchess countess stewardess governess baroness poetess priestess mistress seamstress'.split(
    ' ',
  ),
);

/** -er/-or nouns that are things, not people ("the paper", "the letter", "the order"). */
const NOT_AGENTS = new Set(
  `paper letter order number matter water power border center centre chamber corner member-state
manner folder computer monitor sector factor error mirror motor vector corridor terror horror interior exterior river
counter tower shelter quarter register parameter cover character charter banner dinner summer winter october november
december september poster flyer filter trigger layer offer answer ledger barrier meter other another together however never
either neither whether rather further over under after ever later former latter upper lower greater better`
    .split(/\s+/)
    .filter(Boolean),
);

/** Is this (lower-case) noun a person or a group of people? Plurals ("families", "witnesses") count. */
export function isPersonNoun(word: string): boolean {
  const w = word.toLowerCase();
  const singulars = [w, w.replace(/ies$/, 'y'), w.replace(/es$/, ''), w.replace(/s$/, '')];
  for (const s of singulars) {
    if (EN_PERSON_NOUNS.has(s)) return true;
    if (NOT_AGENTS.has(s)) return false;
  }
  const s = w.replace(/s$/, '');
  if (s.length < 5) return false;
  if (
    /(?:man|men|person|people)$/.test(w) &&
    !/^(?:human|german|roman|ottoman|shaman|firmament|specimen|abdomen|acumen|omen|regimen)s?$/.test(w)
  )
    return true;
  // "socialist", "journalist" are people; "checklist", "playlist" and the verbs "insist", "resist" are not
  if (
    /(?:ist|ian|eer|ee)$/.test(s) &&
    !/^(?:\p{L}*?(?:check|play|short|wish|hit|black|white|wait|price|book|mailing))?list$|^(?:exist|assist|insist|persist|resist|consist)$/u.test(
      s,
    )
  )
    return true;
  // "the actress", "the duchess": feminine agent nouns
  if (FEMININE_AGENTS.has(w.replace(/es$/, '')) || FEMININE_AGENTS.has(w)) return true;
  return (
    (/(?:[^aeiou]er|or)$/.test(s) &&
      !NOT_AGENTS.has(s) &&
      !/(?:ther|nder|mber|ster|tter|ller|pper)$/.test(s)) ||
    (/(?:ter|ller|ster)$/.test(s) &&
      /(?:voter|writer|reporter|supporter|promoter|protester|caller|teller|seller|killer|bowler|minister|master)$/.test(
        s,
      ))
  );
}
