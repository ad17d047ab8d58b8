/**
 * Russian attribution constructions met in agency copy (ТАСС, Интерфакс, Kazinform, Report):
 * each block is one class of construction, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../nlp/sentences.js';
import { loadGazetteer } from '../resolve/gazetteer.js';
import { quoteRecords, quoteRows } from '../testing/quote-rows.js';
import { extractEntities } from './mentions.js';
import { extractQuotes } from './quotes.js';

const gaz = loadGazetteer();

/** Quotes of a Russian text published on 2026-05-14 as [direct, speaker name, cue, quoted text]. */
const quotes = (text: string) => quoteRows(text, { language: 'ru', published: '2026-05-14' });
/** [speaker, relays, text] of each quote, the quote stage run bare */
const rows = (text: string) =>
  quoteRecords(text, { language: 'ru', strict: true, published: null }).map((q) => [
    q.speaker,
    q.reportedBy,
    q.text,
  ]);

describe('impersonal cues of a document ("говорится в заявлении МИД")', () => {
  it('the body named after the document speaks, before or after the content', () => {
    expect(
      quotes('«Стороны подтвердили союзнические обязательства», — отмечается в сообщении МИД России.'),
    ).toEqual([
      [true, 'Russian Foreign Ministry', 'отмечается', 'Стороны подтвердили союзнические обязательства'],
    ]);
    expect(quotes('В заявлении МИД России говорится, что Москва рассчитывает на диалог с Бишкеком.')).toEqual(
      [[false, 'Russian Foreign Ministry', 'говорится', 'Москва рассчитывает на диалог с Бишкеком']],
    );
    expect(quotes('Как говорится в совместном заявлении МИД России, учения пройдут в июне.')).toEqual([
      [false, 'Russian Foreign Ministry', 'как говорится', 'учения пройдут в июне'],
    ]);
    expect(
      quotes('Переговоры прошли в конструктивной атмосфере, подчеркивается в сообщении МИД России.'),
    ).toEqual([
      [false, 'Russian Foreign Ministry', 'подчеркивается', 'Переговоры прошли в конструктивной атмосфере'],
    ]);
  });

  it('"Об этом говорится в сообщении X": the sentence before is the body\'s', () => {
    expect(quotes('Лавров провёл переговоры с Мирзояном. Об этом говорится в сообщении МИД России.')).toEqual(
      [[false, 'Russian Foreign Ministry', 'говорится', 'Лавров провёл переговоры с Мирзояном']],
    );
  });

  it('"в сообщении ведомства": a document of no named body is the last speaker\'s', () => {
    const t =
      'Как говорится в заявлении МИД России, Москва рассчитывает на диалог.\n\n«Позиция России остается неизменной», — говорится в сообщении ведомства.';
    expect(quotes(t).map((q) => q[1])).toEqual(['Russian Foreign Ministry', 'Russian Foreign Ministry']);
  });

  it('without a document it is no attribution ("как говорится", "говорится о встрече")', () => {
    expect(
      quotes('Как говорится, поживем - увидим. В сообщении говорится о встрече Путина и Токаева.'),
    ).toEqual([]);
  });
});

describe('an outlet told, in quotation marks ("сообщил «Интерфаксу», что …")', () => {
  it('is a relay, and the clause after it is the content', () => {
    expect(
      quotes('Сергей Лавров сообщил «Интерфаксу», что Москва не получала официальных уведомлений.'),
    ).toEqual([[false, 'Sergey Lavrov', 'сообщил', 'Москва не получала официальных уведомлений']]);
    expect(quotes('Сергей Лавров рассказал «Известиям»: «Мы не оставим союзников».')).toEqual([
      [true, 'Sergey Lavrov', 'рассказал', 'Мы не оставим союзников'],
    ]);
  });
  it('a short quotation after the cue is still the content when no clause follows', () => {
    expect(quotes('Сергей Лавров ответил: «Нет». Он сказал «Посмотрим».')).toEqual([
      [true, 'Sergey Lavrov', 'ответил', 'Нет'],
      [true, 'Sergey Lavrov', 'сказал', 'Посмотрим'],
    ]);
  });
});

describe('a name after a prepositional phrase of the title ("Посол Казахстана в России Даурен Абаев")', () => {
  it('is the speaker, not the place the preposition governs', () => {
    expect(
      quotes(
        'Посол Казахстана в России Даурен Абаев заявил, что Астана не получала официальных уведомлений.',
      ),
    ).toEqual([[false, 'Даурен Абаев', 'заявил', 'Астана не получала официальных уведомлений']]);
  });
});

describe('a name whose nominative ends like a case form ("Айдос Сарым")', () => {
  it('is the subject of its sentence, and "он" after it is that person', () => {
    const t =
      '«Мы не видим угроз», — сказал Дмитрий Песков.\n\nДепутат мажилиса Айдос Сарым раскритиковал решение правительства. Он считает, что это ударит по малому бизнесу.';
    expect(quotes(t).map((q) => q[1])).toEqual(['Dmitry Peskov', 'Айдос Сарым']);
  });
});

describe('a line of dialogue opened by a dash ("— …, — добавила Захарова.")', () => {
  it('is direct speech without the dash, and goes on after the attribution', () => {
    const t =
      'Мария Захарова прокомментировала отмену встречи.\n\n— Мы рассчитываем, что встреча пройдет в ближайшее время, — добавила Захарова.\n\n— Решение принято по просьбе партнеров, — сказала она, — и мы его уважаем.';
    expect(quotes(t)).toEqual([
      [true, 'Maria Zakharova', 'добавила', 'Мы рассчитываем, что встреча пройдет в ближайшее время'],
      [
        true,
        'Maria Zakharova',
        'сказала',
        'Решение принято по просьбе партнеров, — сказала она, — и мы его уважаем',
      ],
    ]);
  });
});

describe('"«…», — цитирует министра Интерфакс", "— приводит слова X агентство"', () => {
  it('the person or role after the verb speaks, the outlet relays', () => {
    const t =
      'Министр иностранных дел России Сергей Лавров прокомментировал отношения с Ереваном. «Мы уважаем суверенный выбор Еревана», — цитирует министра Интерфакс.';
    expect(quotes(t)).toEqual([[true, 'Sergey Lavrov', 'цитирует', 'Мы уважаем суверенный выбор Еревана']]);
    const u =
      'Хикмет Гаджиев дал интервью. «Реформа в Армении — это не наше требование», — приводит слова Гаджиева агентство Report.';
    expect(quotes(u)).toEqual([
      [true, 'Hikmet Hajiyev', 'приводит', 'Реформа в Армении — это не наше требование'],
    ]);
  });
});

describe('Russian ministry abbreviations before a country ("МИД Киргизии")', () => {
  it("are that country's ministry, named as in English, and speak as the ministry", () => {
    const t =
      'МИД Киргизии заявил, что Бишкек рассчитывает на диалог. В Минобороны Армении это не комментировали.';
    const sentences = splitSentences(t, 'ru');
    const { entities, mentions } = extractEntities(t, sentences, gaz, { strict: true });
    const kg = entities.find((e) => e.name === 'Kyrgyz Foreign Ministry');
    expect(kg?.type).toBe('organization');
    expect(kg?.aliases).toContain('МИД Киргизии');
    expect(mentions.filter((m) => m.ref === kg?.ref).map((m) => m.text)).toEqual(['МИД Киргизии']);
    expect(entities.find((e) => e.name === 'Armenian Defence Ministry')?.type).toBe('organization');
    expect(quotes(t)[0][1]).toBe('Kyrgyz Foreign Ministry');
  });
});

describe('a medium told, after its descriptor ("сообщил агентству Kazinform, что …")', () => {
  it('is the relay of the statement', () => {
    const text = 'Сергей Лавров сообщил агентству Kazinform, что переговоры продолжатся.';
    const sentences = splitSentences(text, 'ru');
    const { entities, mentions } = extractEntities(text, sentences, gaz, { strict: true });
    const q = extractQuotes(text, sentences, entities, mentions);
    const name = (r: string) => entities.find((e) => e.ref === r)?.name;
    expect(q.map((x) => [name(x.speakerRef!), x.reportedByRefs.map(name), x.text])).toEqual([
      ['Sergey Lavrov', ['Kazinform'], 'переговоры продолжатся'],
    ]);
  });
});

describe("a title with a portfolio after «по» before the speaker's name", () => {
  it('the name after "по санкциям" is the title holder, not the object of "по"', () => {
    expect(
      quotes('Спецпредставитель Фридонии по санкциям Ерлан Сапаров заявил, что мониторинг продолжится.'),
    ).toEqual([[false, 'Ерлан Сапаров', 'заявил', 'мониторинг продолжится']]);
    expect(
      quotes('Представитель ЕС по вопросам климата Ерлан Сапаров заявил, что мониторинг продолжится.'),
    ).toEqual([[false, 'Ерлан Сапаров', 'заявил', 'мониторинг продолжится']]);
  });
});

describe('an outlet named in quotation marks after the verb ("агентству «Интерфакс»")', () => {
  it('is the relay, not the content, before "что", in an interview and ending the sentence', () => {
    expect(rows('Ерлан Сапаров заявил агентству «Интерфакс», что переговоры продолжатся.')).toEqual([
      ['Ерлан Сапаров', ['Interfax'], 'переговоры продолжатся'],
    ]);
    expect(
      rows('Ерлан Сапаров заявил в интервью агентству «Интерфакс», что переговоры продолжатся.'),
    ).toEqual([['Ерлан Сапаров', ['Interfax'], 'переговоры продолжатся']]);
    for (const told of ['агентству «Интерфакс»', '«Интерфаксу»'])
      expect(rows(`Переговоры продолжатся в мае. Об этом Ерлан Сапаров сообщил ${told}.`)).toEqual([
        ['Ерлан Сапаров', ['Interfax'], 'Переговоры продолжатся в мае'],
      ]);
  });

  it('"Как сообщил агентству «Интерфакс» X, …": the outlet relays, X speaks', () => {
    expect(
      rows('Как сообщил агентству «Интерфакс» источник в правительстве, переговоры продолжатся.'),
    ).toEqual([[null, ['Interfax'], 'переговоры продолжатся']]);
  });

  it('"Об этом в пятницу X сообщил журналистам": the subject before the verb speaks', () => {
    expect(
      rows('Переговоры продолжатся в мае. Об этом в пятницу Ерлан Сапаров сообщил журналистам.'),
    ).toEqual([['Ерлан Сапаров', [], 'Переговоры продолжатся в мае']]);
  });
});

describe('a medium told on either side of the source ("сообщил ТАСС источник", "сказал X Интерфаксу")', () => {
  it('before an unnamed source, post-posed, after "Об этом" and after "Как"', () => {
    expect(
      rows('Заседание совета пройдет в Минске в июне, сообщил «Известиям» источник в аппарате союза.'),
    ).toEqual([[null, ['Izvestia'], 'Заседание совета пройдет в Минске в июне']]);
    expect(
      rows('Делегация прибудет в Бишкек в среду. Об этом сообщил ТАСС источник, знакомый с ситуацией.'),
    ).toEqual([[null, ['TASS'], 'Делегация прибудет в Бишкек в среду']]);
    expect(
      rows('Как сообщил Интерфаксу источник в правительстве, уведомление пока не направлялось.'),
    ).toEqual([[null, ['Interfax'], 'уведомление пока не направлялось']]);
  });

  it('after the speaker\'s name, and whom he told ("журналистам") is no part of the source', () => {
    expect(rows('«Мяч сейчас на стороне партнеров», — сказал Сергей Лавров Интерфаксу.')).toEqual([
      ['Sergey Lavrov', ['Interfax'], 'Мяч сейчас на стороне партнеров'],
    ]);
    const t = 'Сергей Лавров прибыл в Баку. «Переговоры были полезными», — сказал Лавров журналистам.';
    expect(rows(t)).toEqual([['Sergey Lavrov', [], 'Переговоры были полезными']]);
  });

  it('"сообщили APA в МИД X": the body after "в" speaks, the medium relays', () => {
    expect(
      rows('Министр посетит Вашингтон на следующей неделе. Об этом сообщили APA в МИД Азербайджана.'),
    ).toEqual([['Azerbaijani Foreign Ministry', ['APA'], 'Министр посетит Вашингтон на следующей неделе']]);
  });

  it('"X, в свою очередь, заявил «Известиям», что …": the subject before the parenthetical speaks', () => {
    expect(rows('Сергей Лавров, в свою очередь, заявил «Известиям», что диалог будет продолжен.')).toEqual([
      ['Sergey Lavrov', ['Izvestia'], 'диалог будет продолжен'],
    ]);
  });
});

describe('a body named by what it is ("в пресс-службе госкорпорации", "как сообщили в Кремле")', () => {
  it('the voice of a generic body is the organisation of that kind named before', () => {
    const t =
      'Госкорпорация «Росатом» и МИД Киргизии подписали меморандум.\n\n«Работы начнутся весной», — сообщили в пресс-службе госкорпорации.\n\nКак сообщили в пресс-службе ведомства, посол вручил ноту.';
    expect(quotes(t).map((q) => q[1])).toEqual(['Rosatom', 'Kyrgyz Foreign Ministry']);
  });

  it('"как сообщили в X": the body after "в" speaks, not nobody', () => {
    expect(quotes('Как сообщили в Кремле, визит пока не планируется.')).toEqual([
      [false, 'Kremlin', 'как сообщили', 'визит пока не планируется'],
    ]);
  });
});

describe('an interview phrase before the source ("в интервью РБК", "в беседе с «Известиями»")', () => {
  it('names the medium told (a relay), and the speaker after it, after "как" and after a dash', () => {
    expect(rows('Как заявил в интервью РБК министр транспорта Ерлан Сапаров, тарифы вырастут.')).toEqual([
      ['Ерлан Сапаров', ['RBC'], 'тарифы вырастут'],
    ]);
    expect(
      rows('«Тарифы вырастут в мае», — отметил в беседе с «Известиями» вице-премьер Ерлан Сапаров.'),
    ).toEqual([['Ерлан Сапаров', ['Izvestia'], 'Тарифы вырастут в мае']]);
  });

  it('a qualified role noun ("европейский дипломат") is someone unnamed, not the person named before', () => {
    expect(
      rows(
        'Министр Ерлан Сапаров посетил Брюссель.\n\n«Решение будет принято до конца года», — сказал РБК высокопоставленный европейский дипломат.',
      ),
    ).toEqual([[null, ['RBC'], 'Решение будет принято до конца года']]);
  });
});

describe('an office named by its ministry ("глава МИД Турции", "глава китайского МИД") is its holder', () => {
  const rows = (text: string) =>
    quoteRecords(text, { language: 'ru', strict: true, published: '2025-06-01' }).map((q) => [
      q.speaker,
      q.text,
    ]);

  it('the holder the gazetteer knows speaks, not the ministry, after a genitive or a demonym adjective', () => {
    expect(
      rows(
        'Переговоры прошли с Хаканом Фиданом и Ван И.\n\nРанее глава МИД Турции заявил, что Анкара готова к посредничеству. Глава китайского МИД, в свою очередь, отметил, что Пекин выступает за диалог.',
      ),
    ).toEqual([
      ['Hakan Fidan', 'Анкара готова к посредничеству'],
      ['Wang Yi', 'Пекин выступает за диалог'],
    ]);
  });
});

describe('the press service or office of an office-holder ("пресс-служба президента X")', () => {
  it('speaks for the holder the text names, before or right after it, else for the state', () => {
    expect(
      quotes(
        'Как сообщила пресс-служба президента Кыргызстана, Садыр Жапаров провел телефонный разговор с Мирзиёевым.',
      ).map((q) => q[1]),
    ).toEqual(['Sadyr Japarov']);
    expect(
      quotes(
        'Президент Таджикистана Эмомали Рахмон прибыл в Душанбе.\n\nВ администрации президента Таджикистана сообщили, что визит продлится два дня.',
      ).map((q) => q[1]),
    ).toEqual(['Emomali Rahmon']);
    expect(
      quotes(
        '«Мы открыты к диалогу со всеми соседями», — говорится в заявлении пресс-службы президента Туркменистана.',
      ).map((q) => q[1]),
    ).toEqual(['Turkmenistan']);
  });
});

describe('a post-posed source followed by adverbials ("…, заявил X на брифинге в среду")', () => {
  it("the words before the cue are the source's; an interview's medium relays", () => {
    expect(
      quotes(
        'Переговоры с Бишкеком продолжатся в апреле, заявила официальный представитель МИД России Мария Захарова на брифинге в среду.',
      ),
    ).toEqual([[false, 'Maria Zakharova', 'заявила', 'Переговоры с Бишкеком продолжатся в апреле']]);
    expect(
      quotes(
        'Ташкент не будет вступать в новые блоки, сообщил министр иностранных дел Узбекистана Бахтиёр Саидов в интервью РИА Новости.',
      ).map((q) => q.slice(2)),
    ).toEqual([['сообщил', 'Ташкент не будет вступать в новые блоки']]);
    expect(
      quotes('Визит прошел успешно, сообщил Песков журналистам по итогам переговоров.').map((q) => q[3]),
    ).toEqual(['Визит прошел успешно']);
    // a clause of its own after the source is no adverbial
    expect(
      quotes('Визит прошел успешно, сообщил Песков, который вернулся из Минска.').map((q) => q[3]),
    ).not.toContain('Визит прошел успешно');
  });

  it('"…, заявил X, отметив, что …": the first content ends at the first cue', () => {
    expect(
      quotes('Россия не будет повышать цены на газ, заявил Песков, отметив, что контракты соблюдаются.').map(
        (q) => q[3],
      ),
    ).toEqual(['Россия не будет повышать цены на газ', 'контракты соблюдаются']);
  });
});

describe('"со ссылкой на компанию «X»": a body named by its kind and its name in guillemets', () => {
  it('the cited source is the whole phrase; a name the gazetteer lacks still keeps the quote', () => {
    expect(
      quoteRecords(
        'Казахстан увеличит экспорт нефти, сообщает Kun.uz со ссылкой на компанию «Казмунайгаз».',
        {
          language: 'ru',
          strict: true,
          published: null,
        },
      ).map((q) => q.speakerText),
    ).toEqual(['компанию «Казмунайгаз»']);
    expect(
      quoteRecords(
        'Строительство станции начнется весной, сообщает Kun.uz со ссылкой на агентство «Фредатом».',
        {
          language: 'ru',
          strict: true,
          published: null,
        },
      ).map((q) => q.speakerText),
    ).toEqual(['агентство «Фредатом»']);
  });
});

describe('a body named by its kind and its name in guillemets as the subject ("Компания «X» сообщила")', () => {
  it('the phrase before the cue is the source, the name in guillemets no quotation', () => {
    const got = (text: string) =>
      quoteRecords(text, { language: 'ru', strict: true, published: null }).map((q) => [
        q.speakerText,
        q.text,
      ]);
    expect(got('Компания «Сильвагаз» сообщила, что поставки газа выросли на треть.')).toEqual([
      ['Компания «Сильвагаз»', 'поставки газа выросли на треть'],
    ]);
    expect(got('Позднее телеканал «Фредон-ТВ» сообщил, что мэр ушел в отставку.')).toEqual([
      ['телеканал «Фредон-ТВ»', 'мэр ушел в отставку'],
    ]);
  });
});

describe('"X назвал Y «Z»": the quoted evaluation of what was named', () => {
  it('is a direct partial quote of the one who named it; a quoted name is none', () => {
    const got = (text: string) =>
      quoteRecords(text, { language: 'ru', strict: true, published: null }).map((q) => [
        q.speakerText,
        q.text,
        q.direct,
      ]);
    expect(got('Министр Арман Беков назвал новый газопровод «стратегическим проектом» для региона.')).toEqual(
      [['Министр Арман Беков', 'стратегическим проектом', true]],
    );
    expect(got('Арман Беков охарактеризовал переговоры как «трудные, но полезные».')).toEqual([
      ['Арман Беков', 'трудные, но полезные', true],
    ]);
    expect(got('Арман Беков назвал компанию «Сильвагаз» главным поставщиком.')).toEqual([]);
  });
});

describe('the head of a body named after the cue ("— сказал глава «X»", "— сказал глава X")', () => {
  it('is the holder named before with that title; a quoted name after the title belongs to the source', () => {
    const got = (text: string) =>
      quoteRecords(text, { language: 'ru', strict: true, published: null }).map((q) => [
        q.speaker,
        q.speakerText,
      ]);
    expect(
      got(
        'Глава Росатома Алексей Лихачев прибыл во Фредон. «Мы готовы начать строительство уже весной», — сказал глава Росатома.',
      ),
    ).toEqual([['Alexei Likhachev', 'глава Росатома']]);
    expect(
      got(
        '«Мы готовы начать строительство уже весной», — сказал генеральный директор «Сильвагаза» Арман Беков.',
      ),
    ).toEqual([['Арман Беков', 'генеральный директор «Сильвагаза» Арман Беков']]);
  });
});

describe('"Как сообщили <medium> в <body>, …": the body told the medium', () => {
  it('the body after "в" speaks and the medium relays', () => {
    expect(
      rows('Как сообщили РИА Новости в пресс-службе МИД Азербайджана, стороны обсудили мирный процесс.'),
    ).toEqual([['Azerbaijani Foreign Ministry', ['RIA Novosti'], 'стороны обсудили мирный процесс']]);
  });
});

describe('"Как передает <outlet>, X предложил …": the outlet relays what the subject said', () => {
  it('the subject of a verb of saying or proposing speaks, the outlet relays', () => {
    expect(
      rows(
        'Президент Казахстана Касым-Жомарт Токаев провел совещание.\n\nКак передает Kazinform, глава государства предложил создать региональный центр по водным ресурсам.',
      ),
    ).toEqual([['Kassym-Jomart Tokayev', ['Kazinform'], 'создать региональный центр по водным ресурсам']]);
    expect(
      rows('Как сообщает ТАСС, Ерлан Сапаров призвал соседей объединить усилия в борьбе с засухой.'),
    ).toEqual([['Ерлан Сапаров', ['TASS'], 'соседей объединить усилия в борьбе с засухой']]);
    expect(rows('Как пишет «Коммерсант», Ерлан Сапаров предложил перенести встречу на весну.')).toEqual([
      ['Ерлан Сапаров', ['Kommersant'], 'перенести встречу на весну'],
    ]);
  });

  it("a clause of no saying stays the outlet's own report", () => {
    expect(rows('Как сообщает ТАСС, Ерлан Сапаров прибыл в Баку с официальным визитом.')).toEqual([
      ['TASS', [], 'Ерлан Сапаров прибыл в Баку с официальным визитом'],
    ]);
  });
});

describe('"Как сообщает <outlet> в своем Telegram-канале, …": where it published is no part of the outlet', () => {
  it('the outlet speaks or relays', () => {
    expect(rows('Как сообщает ТАСС в своем Telegram-канале, Ерлан Сапаров прибыл в Баку.')).toEqual([
      ['TASS', [], 'Ерлан Сапаров прибыл в Баку'],
    ]);
    expect(
      rows('Как пишет «Коммерсант» на своем сайте, Ерлан Сапаров заявил, что переговоры продолжатся.'),
    ).toEqual([['Ерлан Сапаров', ['Kommersant'], 'переговоры продолжатся']]);
  });
});

describe('"Назвав X «Y», Z заявил …": a gerund phrase opening the sentence', () => {
  it('shares the subject of the main clause after it', () => {
    expect(
      rows(
        'Ерлан Сапаров прибыл в Баку.\n\nНазвав соглашение «прорывом», вице-премьер Арман Беков заявил, что регион вступает в новую эпоху.',
      ),
    ).toEqual([
      ['Арман Беков', [], 'прорывом'],
      ['Арман Беков', [], 'регион вступает в новую эпоху'],
    ]);
  });
});

describe('an agency dateline before the lede ("БАКУ /Trend/ - …", "Бишкек. 12 мая. ИНТЕРФАКС - …")', () => {
  it('is no part of the words reported', () => {
    expect(rows('БАКУ /Trend/ - Переговоры продолжатся в июне, заявил министр Ерлан Сапаров.')).toEqual([
      ['Ерлан Сапаров', [], 'Переговоры продолжатся в июне'],
    ]);
    expect(
      rows(
        'Бишкек. 12 мая. ИНТЕРФАКС - Стороны откроют два пункта пропуска, сообщил министр Ерлан Сапаров.',
      ).map((r) => r[2]),
    ).toEqual(['Стороны откроют два пункта пропуска']);
  });
  it('a capitalised word before a dash mid-paragraph is content', () => {
    expect(
      rows('Ерлан Сапаров прибыл в Баку. ОДКБ - оборонительный союз, заявил министр Ерлан Сапаров.').map(
        (r) => r[2],
      ),
    ).toEqual(['ОДКБ - оборонительный союз']);
  });
});

describe('a long adverbial after a post-posed source ("…, заявил X на пресс-конференции по итогам …")', () => {
  it('still leaves the clause before the cue to the source', () => {
    expect(
      rows(
        'Переговоры продолжатся в июне, заявил министр Ерлан Сапаров на пресс-конференции по итогам переговоров с министром иностранных дел соседней страны.',
      ),
    ).toEqual([['Ерлан Сапаров', [], 'Переговоры продолжатся в июне']]);
  });
});

describe('a quotation left open at the end of a paragraph and closed in the next', () => {
  it('is direct speech in both paragraphs, without the closing mark', () => {
    expect(
      quotes(
        'Министр Ерлан Сапаров прибыл в Баку. «Наша цель — стать центром торговли газом.\n\nБез соседей это невозможно», — сказал министр.',
      ).map((q) => [q[0], q[1], q[3]]),
    ).toEqual([
      [true, 'Ерлан Сапаров', 'Наша цель — стать центром торговли газом.'],
      [true, 'Ерлан Сапаров', 'Без соседей это невозможно'],
    ]);
  });
});

describe('a participle phrase describing a source ("источник, знакомый с ходом переговоров, …")', () => {
  it('is neither the content nor part of it', () => {
    expect(
      rows('Как рассказал ТАСС источник, знакомый с ходом переговоров, стороны не договорились о цене.'),
    ).toEqual([[null, ['TASS'], 'стороны не договорились о цене']]);
    expect(
      rows('Соглашение не предусматривает гарантий, уточнил источник ТАСС, знакомый с условиями сделки.'),
    ).toEqual([[null, ['TASS'], 'Соглашение не предусматривает гарантий']]);
  });
});

describe('an envoy\'s post between the office and the name ("посол Ирана в России X")', () => {
  it('the name after the place is the speaker', () => {
    expect(
      rows('Тегеран готов к переговорам, заявил посол Ирана в Казахстане Ерлан Сапаров.').map((r) => [
        r[0],
        r[2],
      ]),
    ).toEqual([['Ерлан Сапаров', 'Тегеран готов к переговорам']]);
  });
});

describe('"глава «X»", "по словам главы X": the head of a body named before with its holder', () => {
  it('is the person named right after the title and the body', () => {
    const t =
      'Генеральный директор госкорпорации «Росатом» Ерлан Сапаров прибыл в Ташкент.\n\n«Мы начнем стройку в 2028 году», — сказал глава «Росатома».';
    expect(rows(t).map((r) => r[0])).toEqual(['Ерлан Сапаров']);
  });
});

describe('"Источник издания отметил …": an unnamed source of the outlet named before', () => {
  it('speaks through that outlet', () => {
    const t =
      'Как пишет Tengrinews.kz, переговоры продолжатся. Источник издания в правительстве отметил, что сроки не определены.';
    expect(rows(t)[1]).toEqual([null, ['Tengrinews'], 'сроки не определены']);
  });
});

describe('"Об этом РБК сообщили в пресс-службе X": a medium before a plural cue', () => {
  it('is whom the body after "в" told', () => {
    const t =
      'Стороны подписали соглашение о строительстве станции. Об этом ТАСС сообщили в пресс-службе МИД России.';
    expect(rows(t)).toEqual([
      ['Russian Foreign Ministry', ['TASS'], 'Стороны подписали соглашение о строительстве станции'],
    ]);
  });
});

describe('"Как писала ранее «X», …": a past form of "писать" and a time adverb before the outlet', () => {
  it('the outlet speaks, or relays the attribution it holds', () => {
    expect(rows('Как писала ранее «Независимая газета», отношения двух стран были заморожены.')).toEqual([
      ['Nezavisimaya Gazeta', [], 'отношения двух стран были заморожены'],
    ]);
    expect(
      rows('Как писал «Коммерсант», министр Ерлан Сапаров заявил, что отношения были заморожены.'),
    ).toEqual([['Ерлан Сапаров', ['Kommersant'], 'отношения были заморожены']]);
  });
});
