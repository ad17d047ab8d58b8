/**
 * Attribution cues as data: the verbs (and a few fixed phrases) that introduce what someone
 * said or thought, in English, Russian and Turkish.
 *
 * Every entry says
 *  - `kind`: `speech` (said, stressed, заявил, söyledi), `thought` (believes, hopes, считает,
 *    düşünüyor: kept apart so a reader can tell a statement from an attributed belief) or
 *    `report` (reported, quoted, сообщает, aktardı: verbs whose subject is usually a relay);
 *  - `frames`: the complements the verb takes, which is where its content is:
 *      `clause`  "said (that) …", "заявил, что …"
 *      `obj`     "told reporters (that) …", "assured him that …" (a hearer, then a clause)
 *      `np`      "noted the progress in …", "announced the suspension of …"
 *      `to`      "urged Baku to …", "promised to …"
 *      `as`      "described the deal as …", "called it …"
 *      `bare`    the clause may come without "that" ("said Uzbekistan was ready"); other verbs
 *                need "that", a colon or a quotation for a clause
 *      `quoted`  a noun phrase counts only when it holds quoted words ("thanked him “for …”",
 *                "accused Y of “…”"): evaluative acts are statements only through their words
 *      `of`      "accused Y of supporting …": a gerund clause after "of" is the claim
 *      `quote`   only introduces quoted words or a colon ("continued: …", "asked: …").
 * English entries are lemmas; `englishVerbForms` builds their inflections (irregular ones are
 * listed). Russian and Turkish entries list their forms (the usual 3rd person, past, gerund and
 * participle forms used in news prose), so matching is a set lookup on a lower-case word.
 */

export type CueKind = 'speech' | 'thought' | 'report';
export type CueFrame = 'clause' | 'bare' | 'obj' | 'np' | 'to' | 'as' | 'of' | 'quoted' | 'quote';

export type SpeechVerb = { lemma: string; kind: CueKind; frames: readonly CueFrame[] };

const v = (lemma: string, kind: CueKind, ...frames: CueFrame[]): SpeechVerb => ({ lemma, kind, frames });

/** English verbs of saying, writing and thinking (lemmas). */
export const EN_SPEECH_VERBS: readonly SpeechVerb[] = [
  v('say', 'speech', 'clause', 'bare', 'quote'),
  v('tell', 'speech', 'obj', 'bare', 'quote'),
  v('add', 'speech', 'clause', 'quote'),
  v('note', 'speech', 'clause', 'np'),
  v('stress', 'speech', 'clause', 'np'),
  v('emphasize', 'speech', 'clause', 'np'),
  v('emphasise', 'speech', 'clause', 'np'),
  v('underline', 'speech', 'clause', 'np'),
  v('underscore', 'speech', 'clause', 'np'),
  v('highlight', 'speech', 'clause', 'np'),
  v('explain', 'speech', 'clause', 'quote'),
  v('state', 'speech', 'clause', 'quote'),
  v('recall', 'speech', 'clause'),
  v('declare', 'speech', 'clause', 'np', 'quote'),
  v('announce', 'speech', 'clause', 'np'),
  v('warn', 'speech', 'clause', 'bare', 'obj', 'quote'),
  v('argue', 'speech', 'clause', 'bare', 'quote'),
  v('write', 'speech', 'clause', 'quote'),
  v('tweet', 'speech', 'clause', 'quote'),
  v('post', 'speech', 'quote'),
  // what a document says: '“…,” the statement reads.', 'The letter read: “…”'
  v('read', 'speech', 'quote'),
  v('reply', 'speech', 'clause', 'quote'),
  v('respond', 'speech', 'clause', 'quote'),
  v('answer', 'speech', 'quote'),
  v('retort', 'speech', 'clause', 'quote'),
  v('insist', 'speech', 'clause', 'bare', 'quote'),
  v('claim', 'speech', 'clause', 'bare', 'quote'),
  v('allege', 'speech', 'clause'),
  v('assert', 'speech', 'clause', 'quote'),
  v('maintain', 'speech', 'clause'),
  v('contend', 'speech', 'clause'),
  v('continue', 'speech', 'quote'),
  // what a crowd chants or someone shouts is quoted speech ('protesters chanted "Resign!"')
  v('chant', 'speech', 'quote'),
  v('shout', 'speech', 'quote'),
  v('yell', 'speech', 'quote'),
  v('exclaim', 'speech', 'quote'),
  v('conclude', 'speech', 'clause', 'quote'),
  v('comment', 'speech', 'clause', 'quote'),
  v('remark', 'speech', 'clause', 'quote'),
  v('observe', 'speech', 'clause', 'quote'),
  v('admit', 'speech', 'clause', 'bare', 'quote'),
  v('concede', 'speech', 'clause', 'quote'),
  v('acknowledge', 'speech', 'clause', 'np'),
  v('confirm', 'speech', 'clause'),
  v('reaffirm', 'speech', 'clause', 'np'),
  v('affirm', 'speech', 'clause'),
  v('reiterate', 'speech', 'clause', 'np'),
  v('repeat', 'speech', 'clause'),
  v('assure', 'speech', 'obj'),
  v('reassure', 'speech', 'obj'),
  v('inform', 'speech', 'obj'),
  v('remind', 'speech', 'obj'),
  v('notify', 'speech', 'obj'),
  v('point out', 'speech', 'clause', 'quote'),
  v('deny', 'speech', 'clause', 'np'),
  v('suggest', 'speech', 'clause', 'bare'),
  v('propose', 'speech', 'clause'),
  v('recommend', 'speech', 'clause'),
  v('predict', 'speech', 'clause'),
  v('forecast', 'speech', 'clause'),
  v('estimate', 'speech', 'clause'),
  v('promise', 'speech', 'clause', 'to'),
  v('pledge', 'speech', 'clause', 'to'),
  v('vow', 'speech', 'clause', 'to'),
  v('threaten', 'speech', 'to'),
  v('mention', 'speech', 'clause'),
  v('reveal', 'speech', 'clause'),
  v('disclose', 'speech', 'clause'),
  v('complain', 'speech', 'clause'),
  v('lament', 'speech', 'clause'),
  v('testify', 'speech', 'clause'),
  v('clarify', 'speech', 'clause'),
  v('specify', 'speech', 'clause'),
  v('indicate', 'speech', 'clause'),
  v('signal', 'speech', 'clause'),
  v('hint', 'speech', 'clause'),
  v('agree', 'speech', 'clause'),
  v('ask', 'speech', 'to', 'quoted', 'quote'),
  v('urge', 'speech', 'to'),
  v('instruct', 'speech', 'to'),
  v('order', 'speech', 'to'),
  v('demand', 'speech', 'clause'),
  v('call on', 'speech', 'to'),
  v('call for', 'speech', 'np'),
  v('call', 'speech', 'as', 'quoted'),
  v('describe', 'speech', 'as'),
  v('characterize', 'speech', 'as'),
  v('characterise', 'speech', 'as'),
  v('dub', 'speech', 'as'),
  v('label', 'speech', 'as'),
  v('brand', 'speech', 'as'),
  v('term', 'speech', 'as'),
  v('thank', 'speech', 'quoted'),
  v('accuse', 'speech', 'quoted', 'of'),
  v('express', 'speech', 'quoted'),
  v('voice', 'speech', 'quoted'),
  v('welcome', 'speech', 'quoted'),
  v('praise', 'speech', 'quoted'),
  v('criticize', 'speech', 'quoted'),
  v('criticise', 'speech', 'quoted'),
  v('condemn', 'speech', 'quoted'),
  // thoughts and intentions: attributed, but not statements
  v('believe', 'thought', 'clause', 'bare'),
  v('think', 'thought', 'clause', 'bare'),
  v('hope', 'thought', 'clause', 'bare'),
  v('expect', 'thought', 'clause', 'bare'),
  v('fear', 'thought', 'clause', 'bare'),
  v('feel', 'thought', 'clause', 'bare'),
  v('doubt', 'thought', 'clause'),
  v('suspect', 'thought', 'clause'),
  v('worry', 'thought', 'clause'),
  v('want', 'thought', 'to'),
  v('wish', 'thought', 'to'),
  v('intend', 'thought', 'to'),
  v('plan', 'thought', 'to'),
  v('consider', 'thought', 'clause'),
  v('know', 'thought', 'clause'),
  // verbs whose subject usually relays someone else's words
  v('report', 'report', 'clause'),
  v('quote', 'report', 'quote'),
  v('cite', 'report', 'quote'),
];

/** Nouns after "expressed"/"voiced" that make a thought or statement of the clause after "that". */
export const EN_EXPRESSED_NOUNS: Readonly<Record<string, CueKind>> = {
  hope: 'thought',
  confidence: 'thought',
  belief: 'thought',
  conviction: 'thought',
  optimism: 'thought',
  fear: 'thought',
  doubt: 'thought',
  satisfaction: 'speech',
  concern: 'speech',
  concerns: 'speech',
  regret: 'speech',
  gratitude: 'speech',
  surprise: 'speech',
  readiness: 'speech',
};

/**
 * English nouns naming a statement, whose complement is what was stated ("Trump's claim that …",
 * "a report that …", "his promise to …", "her comments about …"), singular and plural. Read
 * for the attribution layer only (quotes-en-other.ts), never as quotes.
 */
export const EN_STATEMENT_NOUNS: ReadonlySet<string> = new Set(
  `claim assertion allegation statement announcement report comment remark warning promise pledge vow
threat denial insistence argument suggestion question answer testimony tweet mention complaint
accusation admission acknowledgment acknowledgement explanation prediction declaration`
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((n) => [n, n + 's']),
);

/**
 * English lemmas whose 3rd-person and base forms are also common nouns ("member states", "his
 * report"): as verbs they need a subject-like word right before them.
 */
export const EN_NOUN_HOMOGRAPHS: ReadonlySet<string> = new Set([
  'state',
  'note',
  'report',
  'claim',
  'call',
  'answer',
  'comment',
  'estimate',
  'forecast',
  'order',
  'post',
  'demand',
  'promise',
  'pledge',
  'vow',
  'hope',
  'fear',
  'plan',
  'wish',
  'doubt',
  'signal',
  'hint',
  'label',
  'brand',
  'term',
  'remark',
  'reply',
  'thank',
  'welcome',
  'respond',
  'concern',
  'stress',
  'warn',
  'quote',
  'cite',
  'tweet',
  'record',
  'insist',
  'deny',
  'praise',
  'voice',
  'question',
  'address',
  'express',
]);

/** "X was quoted as saying", "X is convinced that": multiword cues that are not a verb + particle. */
export const EN_PHRASE_CUES: readonly { phrase: string; kind: CueKind; frames: readonly CueFrame[] }[] = [
  { phrase: 'according to', kind: 'speech', frames: ['clause'] },
  { phrase: 'as saying', kind: 'speech', frames: ['clause', 'quote'] },
  { phrase: 'is convinced', kind: 'thought', frames: ['clause'] },
  { phrase: 'was convinced', kind: 'thought', frames: ['clause'] },
  { phrase: 'is confident', kind: 'thought', frames: ['clause'] },
  { phrase: 'was confident', kind: 'thought', frames: ['clause'] },
  { phrase: 'made clear', kind: 'speech', frames: ['clause'] },
  { phrase: 'made it clear', kind: 'speech', frames: ['clause'] },
];

/** Irregular English forms: [lemma, 3rd person singular, past, past participle, -ing]. */
const EN_IRREGULAR: Record<string, [string, string, string, string]> = {
  say: ['says', 'said', 'said', 'saying'],
  tell: ['tells', 'told', 'told', 'telling'],
  write: ['writes', 'wrote', 'written', 'writing'],
  think: ['thinks', 'thought', 'thought', 'thinking'],
  feel: ['feels', 'felt', 'felt', 'feeling'],
  know: ['knows', 'knew', 'known', 'knowing'],
  speak: ['speaks', 'spoke', 'spoken', 'speaking'],
  read: ['reads', 'read', 'read', 'reading'],
  forecast: ['forecasts', 'forecast', 'forecast', 'forecasting'],
};

export type EnglishVerbForm = 'base' | 'third' | 'past' | 'participle' | 'gerund';

/**
 * The inflected forms of an English lemma (regular rules: -s/-es, -ed with e-drop, y->ied and
 * doubling after a short stressed vowel, -ing). A particle verb ("point out") inflects its first
 * word.
 */
export function englishVerbForms(lemma: string): { form: string; type: EnglishVerbForm }[] {
  const [head, ...rest] = lemma.split(' ');
  const tail = rest.length ? ' ' + rest.join(' ') : '';
  const irr = EN_IRREGULAR[head];
  let third: string, past: string, part: string, ing: string;
  if (irr) [third, past, part, ing] = irr;
  else {
    third = /(?:s|sh|ch|x|z)$/.test(head)
      ? head + 'es'
      : /[^aeiou]y$/.test(head)
        ? head.slice(0, -1) + 'ies'
        : head + 's';
    const doubled = DOUBLING.has(head) ? head + head[head.length - 1] : head;
    past = /e$/.test(head)
      ? head + 'd'
      : /[^aeiou]y$/.test(head)
        ? head.slice(0, -1) + 'ied'
        : doubled + 'ed';
    part = past;
    ing = /ie$/.test(head)
      ? head.slice(0, -2) + 'ying'
      : /[^e]e$/.test(head)
        ? head.slice(0, -1) + 'ing'
        : doubled + 'ing';
  }
  return [
    { form: head + tail, type: 'base' },
    { form: third + tail, type: 'third' },
    { form: past + tail, type: 'past' },
    { form: part + tail, type: 'participle' },
    { form: ing + tail, type: 'gerund' },
  ];
}
/** Regular verbs that double their last consonant (admit -> admitted). */
const DOUBLING = new Set([
  'admit',
  'regret',
  'plan',
  'label',
  'signal',
  'dub',
  'omit',
  'commit',
  'prefer',
  'refer',
  'occur',
]);

/**
 * Russian verbs of saying and thinking. `past` stems take -л/-ла/-ли/-ло ("заяви" -> заявил,
 * заявила, заявили); `forms` are the other forms used in news (present, gerund, participles).
 */
export type RuSpeechVerb = {
  lemma: string;
  kind: CueKind;
  past: readonly string[];
  forms: readonly string[];
};
const r = (lemma: string, kind: CueKind, past: string[], forms: string[] = []): RuSpeechVerb => ({
  lemma,
  kind,
  past,
  forms,
});

export const RU_SPEECH_VERBS: readonly RuSpeechVerb[] = [
  r('заявить', 'speech', ['заяви', 'заявля'], ['заявляет', 'заявляют', 'заявив', 'заявляя']),
  r('сказать', 'speech', ['сказа'], ['сказав']),
  r('говорить', 'speech', ['говори'], ['говорит', 'говорят', 'говоря']),
  r('отметить', 'speech', ['отмети', 'отмеча'], ['отмечает', 'отмечают', 'отметив', 'отмечая']),
  r(
    'подчеркнуть',
    'speech',
    ['подчеркну', 'подчеркива', 'подчёркива'],
    ['подчеркивает', 'подчёркивает', 'подчеркивают', 'подчеркнув', 'подчеркивая'],
  ),
  r('сообщить', 'speech', ['сообщи'], ['сообщив']),
  r('добавить', 'speech', ['добави'], ['добавляет', 'добавив']),
  r('пояснить', 'speech', ['поясни'], ['поясняет', 'пояснив']),
  r('указать', 'speech', ['указа', 'указыва'], ['указывает', 'указав', 'указывая']),
  r('заверить', 'speech', ['завери'], ['заверяет', 'заверив']),
  r('призвать', 'speech', ['призва'], ['призывает', 'призвав']),
  r('потребовать', 'speech', ['потребова', 'требова'], ['требует', 'требуют', 'потребовав', 'требуя']),
  r('напомнить', 'speech', ['напомни'], ['напоминает', 'напомнив']),
  r('признать', 'speech', ['призна'], ['признает', 'признаёт', 'признав']),
  r('констатировать', 'speech', ['констатирова'], ['констатирует', 'констатировав']),
  r('предупредить', 'speech', ['предупреди'], ['предупреждает', 'предупредив']),
  r('уточнить', 'speech', ['уточни'], ['уточняет', 'уточнив']),
  r('рассказать', 'speech', ['рассказа'], ['рассказывает', 'рассказав']),
  r('написать', 'speech', ['написа'], ['написав']),
  r('ответить', 'speech', ['ответи'], ['отвечает', 'ответив']),
  r('объявить', 'speech', ['объяви'], ['объявляет', 'объявив']),
  r('обвинить', 'speech', ['обвини'], ['обвиняет', 'обвинив']),
  r('заметить', 'speech', ['замети'], ['замечает', 'заметив']),
  r('утверждать', 'speech', ['утвержда'], ['утверждает', 'утверждают', 'утверждая']),
  r('настаивать', 'speech', ['настаива'], ['настаивает', 'настаивая']),
  r('пообещать', 'speech', ['пообеща'], ['обещает', 'пообещав']),
  r('выразить', 'speech', ['вырази'], ['выражает', 'выразив']),
  r('высказаться', 'speech', [], ['высказался', 'высказалась', 'высказались']),
  r('назвать', 'speech', ['назва'], ['называет', 'назвав']),
  r('охарактеризовать', 'speech', ['охарактеризова'], []),
  r('упомянуть', 'speech', ['упомяну'], ['упоминает']),
  r('уверить', 'speech', ['увери'], []),
  r('акцентировать', 'speech', ['акцентирова'], []),
  r('резюмировать', 'speech', ['резюмирова'], []),
  r('подтвердить', 'speech', ['подтверди', 'подтвержда'], ['подтверждает', 'подтверждают', 'подтвердив']),
  r('объяснить', 'speech', ['объясни', 'объясня'], ['объясняет', 'объяснив']),
  r('прокомментировать', 'speech', ['прокомментирова', 'комментирова'], ['комментирует']),
  r('посетовать', 'speech', ['посетова', 'сетова'], ['сетует']),
  r('опровергнуть', 'speech', ['опровергну', 'опроверга'], ['опроверг', 'опровергает', 'опровергнув']),
  r('допустить', 'thought', ['допусти'], ['допускает', 'допускают']),
  r('исключить', 'thought', ['исключи'], ['исключает', 'исключают']),
  r('скрывать', 'speech', ['скрыва'], ['скрывает']),
  r('считать', 'thought', ['счита'], ['считает', 'считают']),
  r('полагать', 'thought', ['полага'], ['полагает', 'полагают']),
  r('надеяться', 'thought', [], ['надеется', 'надеются', 'надеялся', 'надеялась']),
  r('ожидать', 'thought', ['ожида'], ['ожидает', 'ожидают']),
  r('сообщать', 'report', ['сообща'], ['сообщает', 'сообщают']),
  r('передавать', 'report', [], ['передает', 'передаёт', 'передают']),
  r('писать', 'report', [], ['пишет', 'пишут', 'писал', 'писала', 'писало', 'писали']),
];

/** Russian predicative adjectives of conviction: "уверен, что …". */
export const RU_THOUGHT_PREDICATES: readonly string[] = [
  'уверен',
  'уверена',
  'уверены',
  'убежден',
  'убеждён',
  'убеждена',
  'убеждены',
];

/**
 * Turkish verbs of saying. Forms are listed: finite past (söyledi), the progressive (söylüyor),
 * the reported past (söylemiş), the past perfect of background statements (söylemişti), the subject participle that ends a preposed clause
 * ("…-dığını söyleyen Erdoğan"), the converb ("belirterek") and light-verb phrases ("ifade etti").
 */
export type TrSpeechVerb = { lemma: string; kind: CueKind; forms: readonly string[] };
const t = (lemma: string, kind: CueKind, forms: string[]): TrSpeechVerb => ({ lemma, kind, forms });

export const TR_SPEECH_VERBS: readonly TrSpeechVerb[] = [
  t('demek', 'speech', [
    'dedi',
    'der',
    'diyor',
    'demiş',
    'diyen',
    'diye',
    'dedi ki',
    'diyerek',
    'dediler',
    'demişti',
  ]),
  t('söylemek', 'speech', [
    'söyledi',
    'söylüyor',
    'söylemiş',
    'söyleyen',
    'söyleyerek',
    'söylediler',
    'söylemişti',
  ]),
  t('açıklamak', 'speech', [
    'açıkladı',
    'açıklıyor',
    'açıklamış',
    'açıklamıştı',
    'açıklayan',
    'açıklayarak',
    'açıklama yaptı',
    'açıklamasında bulundu',
    'açıklamada bulundu',
    // "X, “…” açıklamasını yaptı": the quotation is the statement's words
    'açıklamasını yaptı',
    'açıklamalarını yaptı',
    'şeklinde açıklama yaptı',
  ]),
  // "X, “…” mesajını verdi" (gave the message …)
  t('mesaj vermek', 'speech', ['mesajını verdi', 'mesajlarını verdi', 'mesajını veren', 'mesajını vererek']),
  t('belirtmek', 'speech', ['belirtti', 'belirtiyor', 'belirtmiş', 'belirtmişti', 'belirten', 'belirterek']),
  t('vurgulamak', 'speech', [
    'vurguladı',
    'vurguluyor',
    'vurgulamış',
    'vurgulamıştı',
    'vurgulayan',
    'vurgulayarak',
  ]),
  t('kaydetmek', 'speech', ['kaydetti', 'kaydediyor', 'kaydetmişti', 'kaydeden', 'kaydederek']),
  t('ifade etmek', 'speech', [
    'ifade etti',
    'ifade etmişti',
    'ifade ediyor',
    'ifade eden',
    'ifade ederek',
    'ifadelerini kullandı',
    'ifadesini kullandı',
  ]),
  t('dile getirmek', 'speech', ['dile getirdi', 'dile getirmişti', 'dile getiren', 'dile getirerek']),
  t('konuşmak', 'speech', ['konuştu', 'diye konuştu', 'şeklinde konuştu', 'şöyle konuştu', 'konuşan']),
  t('bildirmek', 'speech', ['bildirdi', 'bildirmişti', 'bildiren', 'bildirerek']),
  t('hatırlatmak', 'speech', ['hatırlattı', 'hatırlatan', 'hatırlatarak']),
  // "X'i «…» olarak nitelendirdi" (called it …): the characterisation in quotation marks is said
  t('nitelendirmek', 'speech', ['nitelendirdi', 'nitelendiren', 'nitelendirerek']),
  t('uyarmak', 'speech', ['uyardı', 'uyaran', 'uyararak']),
  // "… sorusuna “…” yanıtını verdi" (gave the answer …)
  t('yanıtlamak', 'speech', [
    'yanıtladı',
    'yanıtlayan',
    'yanıt verdi',
    'cevap verdi',
    'yanıtını verdi',
    'cevabını verdi',
    'yanıtını veren',
    'cevabını veren',
  ]),
  t('savunmak', 'speech', ['savundu', 'savunan', 'savunarak']),
  t('iddia etmek', 'speech', ['iddia etti', 'iddia eden', 'iddia ederek']),
  t('duyurmak', 'speech', ['duyurdu', 'duyurmuştu', 'duyuran', 'duyurarak']),
  // "X şöyle devam etti: “…”" (X went on thus): a colon after "şöyle" makes a plain "continued" a
  // verb of saying; "devam etti" alone is any continuing
  t('sözlerini sürdürmek', 'speech', [
    'sözlerini sürdürdü',
    'sözlerini şöyle sürdürdü',
    'şöyle sürdürdü',
    'sözlerine şöyle devam etti',
    'şöyle devam etti',
    'şu sözlerle devam etti',
    'diye devam etti',
  ]),
  t('yazmak', 'speech', ['yazdı', 'yazan', 'yazarak']),
  t('paylaşmak', 'speech', ['paylaştı', 'paylaşımında bulundu']),
  t('değerlendirmek', 'speech', [
    'değerlendirdi',
    'değerlendiren',
    'değerlendirerek',
    'değerlendirmesinde bulundu',
  ]),
  t('eklemek', 'speech', ['ekledi', 'ekleyen', 'ekleyerek', 'diye ekledi', 'sözlerine ekledi']),
  t('öne sürmek', 'speech', [
    'öne sürdü',
    'öne süren',
    'öne sürerek',
    'ileri sürdü',
    'ileri süren',
    'ileri sürerek',
  ]),
  t('altını çizmek', 'speech', ['altını çizdi', 'altını çizen', 'altını çizerek']),
  t('dikkat çekmek', 'speech', ['dikkat çekti', 'dikkat çeken', 'dikkat çekerek']),
  t('işaret etmek', 'speech', ['işaret etti', 'işaret eden', 'işaret ederek']),
  t('yer vermek', 'speech', ['ifadelerine yer verdi', 'görüşlerine yer verdi', 'sözlerine yer verdi']),
  t('iletmek', 'speech', ['iletti', 'ileten', 'ileterek']),
  t('yinelemek', 'speech', [
    'yineledi',
    'yineleyen',
    'yineleyerek',
    'tekrarladı',
    'tekrarlayan',
    'tekrarlayarak',
  ]),
  t('anımsatmak', 'speech', ['anımsattı', 'anımsatan', 'anımsatarak']),
  t('doğrulamak', 'speech', [
    'doğruladı',
    'doğrulayan',
    'doğrulayarak',
    'teyit etti',
    'teyit eden',
    'teyit ederek',
  ]),
  t('yalanlamak', 'speech', ['yalanladı', 'yalanlayan', 'yalanlayarak']),
  t('düşünmek', 'thought', ['düşünüyor', 'düşündüğünü']),
  t('inanmak', 'thought', ['inanıyor', 'inandığını']),
  t('aktarmak', 'report', ['aktardı', 'aktaran']),
];

/**
 * Turkish passives of verbs of saying that end a sentence reporting a statement ("Açıklamada, …
 * olduğu belirtildi.", "… ifadesine yer verildi."): the statement phrase names the speaker
 * (src/extract/quotes-tr-statement.ts). Lower case, words joined by one space.
 */
export const TR_PASSIVE_CUES: ReadonlySet<string> = new Set([
  'belirtildi',
  'belirtiliyor',
  'kaydedildi',
  'kaydediliyor',
  'vurgulandı',
  'vurgulanıyor',
  'denildi',
  'denildi ki',
  'deniliyor',
  'bildirildi',
  'bildiriliyor',
  'açıklandı',
  'duyuruldu',
  'aktarıldı',
  'hatırlatıldı',
  'ifade edildi',
  'ifade ediliyor',
  'dile getirildi',
  'altı çizildi',
  'not edildi',
  'ifadesine yer verildi',
  'ifadelerine yer verildi',
  'görüşlerine yer verildi',
  'ifadeleri kullanıldı',
  'ifadesi kullanıldı',
]);

// ------------------------------------------------------------------ lookups

export type CueEntry = {
  lemma: string;
  kind: CueKind;
  frames: readonly CueFrame[];
  form: EnglishVerbForm | 'finite' | 'gerund' | 'participle';
};

let enIndex: Map<string, CueEntry> | null = null;
/** English word form (lower case; "point out" as two words) -> its verb entry and form. */
export function englishCueIndex(): ReadonlyMap<string, CueEntry> {
  if (enIndex) return enIndex;
  enIndex = new Map();
  for (const e of EN_SPEECH_VERBS) {
    for (const f of englishVerbForms(e.lemma)) {
      // the first reading wins ("said" is a past form before it is a participle)
      if (!enIndex.has(f.form))
        enIndex.set(f.form, { lemma: e.lemma, kind: e.kind, frames: e.frames, form: f.type });
    }
  }
  return enIndex;
}

let ruIndex: Map<string, CueEntry> | null = null;
/** Russian word form (lower case, ё kept as written and as е) -> its verb entry. */
export function russianCueIndex(): ReadonlyMap<string, CueEntry> {
  if (ruIndex) return ruIndex;
  ruIndex = new Map();
  const add = (form: string, e: RuSpeechVerb, type: CueEntry['form']) => {
    for (const f of [form, form.replace(/ё/g, 'е')])
      if (!ruIndex!.has(f))
        ruIndex!.set(f, { lemma: e.lemma, kind: e.kind, frames: ['clause', 'quote'], form: type });
  };
  for (const e of RU_SPEECH_VERBS) {
    for (const stem of e.past) for (const end of ['л', 'ла', 'ли', 'ло']) add(stem + end, e, 'finite');
    for (const f of e.forms)
      add(f, e, /(?:в|я)$/.test(f) && !/(?:ет|ют|ят|ит)$/.test(f) ? 'gerund' : 'finite');
  }
  return ruIndex;
}

/**
 * The reported past and the past perfect of a finite past form ("hatırlattı" -> "hatırlatmış",
 * "hatırlatmıştı"; "ifade etti" -> "ifade etmiş", "ifade etmişti"): background statements in
 * Turkish news ("…, … olduğunu hatırlatmıştı") use them for every verb of saying, so they are
 * derived rather than listed verb by verb. The suffix follows the stem's last vowel (-mış/-miş/
 * -muş/-müş); the stem is the past form without its -DI. Other forms give nothing.
 */
export function turkishReportedPast(form: string): string[] {
  const m = /^(.*?)([dt][ıiuü])$/u.exec(form);
  if (!m || form.endsWith('diye') || !/\p{L}{2}$/u.test(m[1])) return [];
  const stem = m[1];
  const vowel = /[aeıioöuü](?=[^aeıioöuü]*$)/u.exec(stem)?.[0];
  if (!vowel) return [];
  const h = 'aı'.includes(vowel) ? 'ı' : 'ei'.includes(vowel) ? 'i' : 'ou'.includes(vowel) ? 'u' : 'ü';
  return [`${stem}m${h}ş`, `${stem}m${h}şt${h}`];
}

let trIndex: Map<string, CueEntry> | null = null;
/** Turkish form (lower case, possibly two words) -> its verb entry; participles and converbs marked. */
export function turkishCueIndex(): ReadonlyMap<string, CueEntry> {
  if (trIndex) return trIndex;
  trIndex = new Map();
  for (const e of TR_SPEECH_VERBS) {
    for (const f of [...e.forms, ...e.forms.flatMap(turkishReportedPast)]) {
      const type: CueEntry['form'] = /(?:an|en)$/.test(f)
        ? 'participle'
        : /(?:arak|erek|yerek|yarak|diye)$/.test(f)
          ? 'gerund'
          : 'finite';
      if (!trIndex.has(f))
        trIndex.set(f, { lemma: e.lemma, kind: e.kind, frames: ['clause', 'quote'], form: type });
    }
  }
  return trIndex;
}
