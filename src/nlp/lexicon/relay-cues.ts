/**
 * Relay cues as data: the words that name the outlet or person in between a speaker and the
 * reader ("told France 24", "Reuters reported", "со ссылкой на ТАСС", "AA muhabirine konuşan").
 * Whatever they name goes to a quote's `reportedBy`, never to its speaker.
 *
 * Phrases are lower case; the extractors anchor them on word boundaries and read the noun phrase
 * on the side the entry says (`after` the phrase: "told <X>", or `before` it: "<X> reported").
 */

/** English. */
export const EN_RELAY = {
  /** the hearer after these is a relay when it is a medium: "told <Reuters>", "in an interview with <TASS>" */
  hearer: ['told', 'tells', 'telling', 'said to', 'says to', 'saying to', 'speaking to', 'spoke to', 'speaks to', 'talking to', 'talked to',
    'in an interview with', 'in an interview to', 'in an interview for', 'in an exclusive interview with', 'in a television interview with',
    'in an interview on', 'interview with', 'in comments to', 'in remarks to', 'in a statement to', 'in a comment to', 'wrote in', 'writing in',
    'said on', 'speaking on', 'in a post on', 'wrote on', 'posted on', 'said in an interview with', 'interviewed by'],
  /** "<X> quoted <Y> as saying": X relays, Y speaks */
  quoting: ['quoted', 'quotes', 'quoting', 'cited', 'cites'],
  /** "citing <Y>", "with reference to <Y>": the subject relays Y */
  citing: ['citing', 'with reference to', 'referring to'],
  /** "<X> reported", "reported <X>", "as <X> reported": X relays the clause */
  reporting: ['reported', 'reports', 'reporting', 'wrote', 'writes', 'has learned', 'learned', 'learnt', 'informed', 'informs', 'published'],
  /** "as reported by <X>", "according to <X>" (when X is a medium) */
  passive: ['reported by', 'as reported by', 'quoted by', 'cited by', 'carried by', 'published by', 'according to'],
  /** nouns that introduce a medium's name: "told the state news agency Kabar" */
  mediaDescriptors: ['news agency', 'agency', 'newspaper', 'daily', 'weekly', 'channel', 'tv channel', 'television channel', 'television', 'tv',
    'broadcaster', 'outlet', 'news outlet', 'website', 'news website', 'portal', 'news portal', 'radio', 'radio station', 'magazine',
    'publication', 'news service', 'service', 'state media', 'media', 'paper', 'network', 'newswire', 'wire service', 'blog', 'site'],
} as const;

/** Russian. */
export const RU_RELAY = {
  /** "…, сообщает ТАСС": the medium after the verb relays the sentence */
  verbsBefore: ['сообщает', 'сообщают', 'сообщил', 'сообщила', 'сообщило', 'сообщили', 'передает', 'передаёт', 'передают', 'передал', 'передало',
    'пишет', 'пишут', 'написал', 'написало', 'информирует', 'цитирует', 'цитируют', 'приводит', 'приводят', 'уточняет', 'отмечает', 'говорится'],
  /** "со ссылкой на <X>", "по данным <X>": X after the phrase */
  prepositions: ['со ссылкой на', 'ссылаясь на', 'по данным', 'по информации', 'по сообщению', 'как сообщает', 'как сообщают', 'как сообщил', 'как сообщило',
    'как передает', 'как передаёт', 'как пишет', 'как говорится на', 'как говорится в', 'в интервью', 'в эфире', 'в беседе с', 'в разговоре с', 'в комментарии',
    'в интервью изданию', 'в интервью телеканалу', 'в интервью агентству', 'в интервью газете', 'в эфире телеканала', 'в эфире радио'],
  /** "Его слова приводит <X>": the whole previous attribution is relayed by X */
  wordsOf: ['слова приводит', 'слова приводят', 'слова передает', 'слова передаёт', 'цитирует', 'цитату приводит'],
  /** nouns before a medium's name: "агентство ТАСС", "телеканал Аль-Арабия" */
  mediaDescriptors: ['агентство', 'агентства', 'агентству', 'издание', 'издания', 'изданию', 'газета', 'газеты', 'газете', 'телеканал', 'телеканала',
    'телеканалу', 'портал', 'портала', 'порталу', 'сайт', 'сайта', 'радио', 'радиостанция', 'радиостанции', 'журнал', 'журнала', 'журналу', 'сми'],
} as const;

/** Turkish. Suffixes follow the name after an apostrophe or directly ("AA muhabirine"). */
export const TR_RELAY = {
  /** "<X>'a konuşan Y", "<X>'a açıklama yapan Y": X is the hearer medium */
  hearerAfterDative: ['konuşan', 'açıklama yapan', 'açıklamada bulunan', 'yaptığı açıklamada', 'verdiği röportajda', 'verdiği mülakatta',
    'verdiği demeçte', 'verdiği özel röportajda', 'demeç veren', 'değerlendirmede bulunan'],
  /** "<X> muhabirine": the agency's reporter is the hearer */
  reporterNouns: ['muhabirine', 'muhabirimize', 'muhabirlerine'],
  /** "<X>'ın haberine göre", "<X>'ın aktardığına göre" */
  reportGenitive: ['haberine göre', 'aktardığına göre', 'bildirdiğine göre', 'yayınladığı habere göre', 'haberinde', 'sitesinde yer alan'],
  /** "… <X> bildirdi / aktardı" at the end of a sentence */
  verbsAfter: ['bildirdi', 'aktardı', 'duyurdu', 'yazdı', 'haberi verdi'],
} as const;
