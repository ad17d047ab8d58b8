import { describe, expect, it } from 'vitest';
import { extractAmounts } from './amounts.js';
import { languageFamily, textFamily } from './lang.js';
import {
  isTurkishSuffix,
  ruBaseForms,
  ruCaseEnding,
  ruGenitiveNameNominative,
  ruGivenNominative,
  ruNameNominative,
} from './morph.js';
import { splitSentences } from './sentences.js';
import { extractTimes } from './time.js';
import { fold } from '../resolve/fold.js';

const sentencesOf = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));
const timeValues = (t: string, pub: string | null) =>
  extractTimes(t, pub).map((x) => [x.text, x.value.start, x.value.end]);

describe('ruBaseForms', () => {
  it.each([
    ['России', 'россия'],
    ['Россию', 'россия'],
    ['Казахстана', 'казахстан'],
    ['Казахстане', 'казахстан'],
    ['Таджикистану', 'таджикистан'],
    ['Афганистаном', 'афганистан'],
    ['Анкаре', 'анкара'],
    ['Москвы', 'москва'],
    ['Токаевым', 'токаев'],
    ['Организации', 'организация'],
    ['Евразийского', fold('евразийский')],
    ['таджикским', fold('таджикский')],
    ['российской', fold('российский')],
    // feminine and masculine adjectives of region names ("в Центральной Азии", "Средней Азии",
    // "на Южном Кавказе", "на Ближнем Востоке")
    ['Центральной', fold('центральная')],
    ['Средней', fold('средняя')],
    ['Южном', fold('южный')],
    ['Ближнем', fold('ближний')],
  ])('%s -> %s', (word, base) => {
    expect(ruBaseForms(fold(word))).toContain(base);
  });

  it('never returns the word itself and ignores short, Latin and empty input', () => {
    expect(ruBaseForms('россия')).not.toContain('россия');
    expect(ruBaseForms('ома')).toEqual([]);
    expect(ruBaseForms('kazakhstan')).toEqual([]);
    expect(ruBaseForms('')).toEqual([]);
  });
});

describe('ruNameNominative', () => {
  it.each([
    ['Кулубаевым', 'Кулубаев'],
    ['Токаеву', 'Токаев'],
    ['Путиным', 'Путин'],
    ['Мухриддином', 'Мухриддин'],
    ['Жээнбеком', 'Жээнбек'],
    // a woman's oblique -ой is never a case of the masculine -ов
    ['Ковалевой', 'Ковалева'],
    ['Нурлановой', 'Нурланова'],
    // ambiguous or nominative forms stay as they are
    ['Петрова', 'Петрова'],
    ['Рустем', 'Рустем'],
    ['Токаев', 'Токаев'],
    ['Tokayev', 'Tokayev'],
  ])('%s -> %s', (w, n) => {
    expect(ruNameNominative(w)).toBe(n);
  });
  it('reports the removed ending', () => {
    expect(ruCaseEnding('Кулубаевым')).toBe('ым');
    expect(ruCaseEnding('Кулубаев')).toBe('');
    expect(ruCaseEnding('Ковалевой')).toBe('ой');
  });
});

describe('ruGenitiveNameNominative', () => {
  it('reads a full name in -ова/-ева/-ина as the genitive of a man', () => {
    expect(ruGenitiveNameNominative(['Ерлана', 'Сапарова'])).toEqual(['Ерлан', 'Сапаров']);
    expect(ruGenitiveNameNominative(['Сергея', 'Петрова'])).toEqual(['Сергей', 'Петров']);
    expect(ruGenitiveNameNominative(['Игоря', 'Исаева'])).toEqual(['Игорь', 'Исаев']);
    expect(ruGenitiveNameNominative(['Сапарова'])).toEqual(['Сапаров']);
    // (a woman's "Анна Петрова" has the same shape: callers need the man named in the document)
    expect(ruGenitiveNameNominative(['Айгуль', 'Петрова'])).toBeNull();
    expect(ruGenitiveNameNominative(['Ерлан', 'Сапаров'])).toBeNull();
  });
});

describe('isTurkishSuffix', () => {
  it('accepts case and possessive suffixes and rejects other apostrophe tails', () => {
    for (const s of [
      'nin',
      'ın',
      'a',
      'ya',
      'da',
      'te',
      'dan',
      'ten',
      'ı',
      'yi',
      'la',
      'yla',
      'deki',
      'nın',
      'u',
      // after a possessive vowel: "Bakanlığı'na", "Konseyi'nde", "Bakanlığı'ndan", "Senatosu'ndaki"
      'na',
      'nde',
      'ndan',
      'ndaki',
    ])
      expect(isTurkishSuffix(s), s).toBe(true);
    for (const s of ['t', 'm', 'Neill', 're', 've', 'll', 'an', '', 'abcdefghij'])
      expect(isTurkishSuffix(s), s).toBe(false);
  });
});

describe('languageFamily', () => {
  it('tells Russian, Turkish and English prose apart', () => {
    expect(languageFamily('Министр заявил, что переговоры продолжатся.')).toBe('ru');
    expect(languageFamily('Bakan, görüşmelerin süreceğini söyledi ve açıklama yaptı.')).toBe('tr');
    expect(languageFamily('The minister said that talks with Erdoğan would continue.')).toBe('en');
    expect(languageFamily('12345 !!!')).toBe('other');
    expect(languageFamily(undefined as unknown as string)).toBe('other');
  });

  it("the article's language settles a short Turkish text and an English one thick with Turkish names", () => {
    const tr = 'Hakan Fidan, "Müzakereler sürüyor" dedi.';
    expect(languageFamily(tr)).toBe('en');
    expect(textFamily(tr, 'tr')).toBe('tr');
    expect(textFamily(tr, null)).toBe('en');
    const en = 'Erdoğan, Kılıçdaroğlu and Bahçeli met in Beşiktaş.';
    expect(languageFamily(en)).toBe('tr');
    expect(textFamily(en, 'en')).toBe('en');
    expect(textFamily('Министр заявил, что переговоры продолжатся.', 'tr')).toBe('ru');
  });
});

describe('sentences: Russian and Turkish', () => {
  it('keeps a dash attribution with the quote and knows Russian and Turkish abbreviations', () => {
    expect(sentencesOf('«Мы победим!» — заявил он. Потом он уехал.')).toEqual([
      '«Мы победим!» — заявил он.',
      'Потом он уехал.',
    ]);
    expect(sentencesOf('Он приехал в т.ч. в Москву. Потом уехал.')).toEqual([
      'Он приехал в т.ч. в Москву.',
      'Потом уехал.',
    ]);
    expect(sentencesOf('Tahıl, pamuk vb. ürünler satıldı. Bakan geldi.')).toEqual([
      'Tahıl, pamuk vb. ürünler satıldı.',
      'Bakan geldi.',
    ]);
  });
});

describe('times: Russian and Turkish', () => {
  it('reads explicit dates with and without "года"', () => {
    expect(timeValues('Встреча прошла 25 мая 2021 года в Бишкеке.', null)).toEqual([
      ['25 мая 2021 года', '2021-05-25', '2021-05-25'],
    ]);
    expect(timeValues('Встреча прошла 25 мая 2021 в Бишкеке.', null)).toEqual([
      ['25 мая 2021', '2021-05-25', '2021-05-25'],
    ]);
    expect(timeValues('Görüşme 18 Nisan 2022 tarihinde yapıldı.', null)).toEqual([
      ['18 Nisan 2022', '2022-04-18', '2022-04-18'],
    ]);
    expect(timeValues('Дата: 25.05.2021.', null)).toEqual([['25.05.2021', '2021-05-25', '2021-05-25']]);
  });
  it('anchors weekdays, yesterday and relative periods on the publication date', () => {
    // 2022-05-12 is a Thursday
    expect(timeValues('Он прилетел в понедельник.', '2022-05-12')).toEqual([
      ['в понедельник', '2022-05-09', '2022-05-09'],
    ]);
    expect(timeValues('Он прилетел вчера.', '2022-05-12')).toEqual([['вчера', '2022-05-11', '2022-05-11']]);
    expect(timeValues("Bakan dün Ankara'ya geldi.", '2022-05-12')).toEqual([
      ['dün', '2022-05-11', '2022-05-11'],
    ]);
    expect(timeValues('Bakan salı günü geldi.', '2022-05-12')).toEqual([
      ['salı günü', '2022-05-10', '2022-05-10'],
    ]);
    expect(timeValues('Товарооборот вырос в прошлом году.', '2022-05-12')).toEqual([
      ['в прошлом году', '2021', '2021'],
    ]);
    expect(timeValues('Ticaret geçen yıl arttı.', '2022-05-12')).toEqual([['geçen yıl', '2021', '2021']]);
    expect(timeValues('Саммит пройдёт в мае.', '2022-05-12')).toEqual([['в мае', '2022-05', '2022-05']]);
  });
  it('leaves relative dates unknown without a publication date and ignores lookalikes', () => {
    expect(timeValues('Он прилетел в понедельник.', null)).toEqual([['в понедельник', null, null]]);
    expect(timeValues('Dünya ekonomisi büyüdü.', '2022-05-12')).toEqual([]);
    expect(timeValues('Дата 31 февраля 2021 года неверна.', null)).toEqual([]);
  });
});

describe('amounts: Russian and Turkish', () => {
  const amounts = (t: string) => extractAmounts(t).map((a) => [a.text, a.value, a.unit]);
  it('reads scale words and currencies in both languages', () => {
    expect(amounts('вложили 87 млрд тенге')).toEqual([['87 млрд тенге', 87e9, 'KZT']]);
    expect(amounts('проекты на 1,5 млн долларов')).toEqual([['1,5 млн долларов', 1.5e6, 'USD']]);
    expect(amounts('87 milyar tenge yatırım')).toEqual([['87 milyar tenge', 87e9, 'KZT']]);
    expect(amounts('1,5 milyar dolarlık projeler')).toEqual([['1,5 milyar dolarlık', 1.5e9, 'USD']]);
    expect(amounts('10 milyar dolara çıkarma')).toEqual([['10 milyar dolara', 1e10, 'USD']]);
    expect(amounts('1,1 milyar ruble ayırdı')).toEqual([['1,1 milyar ruble', 1.1e9, 'RUB']]);
  });
});

describe('ruGivenNominative', () => {
  it("puts a given name or patronymic in the nominative by its surname's case ending", () => {
    expect(ruGivenNominative('Сергею', 'у')).toBe('Сергей');
    expect(ruGivenNominative('Ильхаму', 'у')).toBe('Ильхам');
    expect(ruGivenNominative('Викторовичу', 'у')).toBe('Викторович');
    expect(ruGivenNominative('Сергеем', 'ым')).toBe('Сергей');
    expect(ruGivenNominative('Шавкатом', 'ым')).toBe('Шавкат');
    expect(ruGivenNominative('Сергее', 'е')).toBe('Сергей');
    // a woman's name in the case of her surname in -ой
    expect(ruGivenNominative('Мариной', 'ой')).toBe('Марина');
    expect(ruGivenNominative('Натальей', 'ой')).toBe('Наталья');
    expect(ruGivenNominative('Марии', 'ой')).toBe('Мария');
    expect(ruGivenNominative('Ольги', 'ой')).toBe('Ольга');
    expect(ruGivenNominative('Айгуль', 'ой')).toBe('Айгуль');
    // no case to follow, or an ending that is part of the name: unchanged
    expect(ruGivenNominative('Сергей', '')).toBe('Сергей');
    expect(ruGivenNominative('Никола', 'у')).toBe('Никола');
  });
});
