import { describe, expect, it } from 'vitest';
import { extractTimes } from './time.js';
import { monthPart, yearPart } from './time-parts.js';

// A Wednesday: the weekend before it is 16-17 August.
const PUB = '2025-08-20';
const read = (text: string, pub: string | null = PUB) =>
  extractTimes(text, pub).map((t) => [t.text, t.value.start, t.value.end]);

describe('parts of months and years', () => {
  it('splits a month in thirds or halves and a year in thirds, halves or quarters', () => {
    expect(monthPart(2024, 2, 'late')).toEqual({ start: '2024-02-21', end: '2024-02-29' });
    expect(monthPart(2025, 4, 'h2')).toEqual({ start: '2025-04-16', end: '2025-04-30' });
    expect(yearPart(2024, 'q3')).toEqual({ start: '2024-07', end: '2024-09' });
    expect(yearPart(2024, 'early')).toEqual({ start: '2024-01', end: '2024-04' });
  });
  it('reads English parts of a month or year', () => {
    expect(read('They met in early May and again in mid-June 2024.')).toEqual([
      ['early May', '2025-05-01', '2025-05-10'],
      ['mid-June 2024', '2024-06-11', '2024-06-20'],
    ]);
    expect(read('It was agreed at the end of last year; a vote is due by the end of the month.')).toEqual([
      ['the end of last year', '2024-09', '2024-12'],
      ['the end of the month', '2025-08-21', '2025-08-31'],
    ]);
    expect(read('Output fell in the second quarter of 2024 and in late 2023, then early this year.')).toEqual(
      [
        ['the second quarter of 2024', '2024-04', '2024-06'],
        ['late 2023', '2023-09', '2023-12'],
        ['early this year', '2025-01', '2025-04'],
      ],
    );
    // "may" the verb and a lower-case "march" are no months
    expect(read('Prices may rise in early may; protesters held an early march.')).toEqual([]);
  });
  it('reads Russian parts, years and counted distances back', () => {
    expect(read('В начале мая и к концу прошлого года, во второй половине 2024 года.')).toEqual([
      ['В начале мая', '2025-05-01', '2025-05-10'],
      ['к концу прошлого года', '2024-09', '2024-12'],
      ['во второй половине 2024 года', '2024-07', '2024-12'],
    ]);
    expect(
      read('В 2023 году соглашение подписали, с 2015 года действует режим, в 2022-2023 годах шли торги.'),
    ).toEqual([
      ['2023 году', '2023', '2023'],
      ['с 2015 года', '2015', '2025-08-20'],
      ['2022-2023 годах', '2022', '2023'],
    ]);
    expect(read('Три дня назад, неделю назад и позавчера.')).toEqual([
      ['Три дня назад', '2025-08-17', '2025-08-17'],
      ['неделю назад', '2025-08-13', '2025-08-13'],
      ['позавчера', '2025-08-18', '2025-08-18'],
    ]);
  });
  it('reads Turkish parts, years and counted distances back', () => {
    expect(read('Mayıs ayının sonunda, 2024 yılının ilk yarısında ve geçen yılın başında.')).toEqual([
      ['Mayıs ayının sonunda', '2025-05-21', '2025-05-31'],
      ['2024 yılının ilk yarısında', '2024-01', '2024-06'],
      ['geçen yılın başında', '2024-01', '2024-04'],
    ]);
    expect(read("2024 yılında ve 2023'te; 2015'ten bu yana.")).toEqual([
      ['2024 yılında', '2024', '2024'],
      ["2023'te", '2023', '2023'],
      ["2015'ten bu yana", '2015', '2025-08-20'],
    ]);
    expect(read('İki hafta önce, üç gün önce ve önceki gün.')).toEqual([
      ['İki hafta önce', '2025-08-06', '2025-08-06'],
      ['üç gün önce', '2025-08-17', '2025-08-17'],
      ['önceki gün', '2025-08-18', '2025-08-18'],
    ]);
  });
});

describe('two days of one month and days counted from the last stated date', () => {
  it('reads "5 и 6 марта", "12-13 Eylül" and "5-6 Mart 2024" as ranges', () => {
    expect(read('Переговоры прошли 5 и 6 марта.')).toEqual([['5 и 6 марта', '2025-03-05', '2025-03-06']]);
    expect(read('Zirve 12-13 Eylül tarihlerinde, toplantı 5-6 Mart 2024 tarihlerinde.')).toEqual([
      ['12-13 Eylül', '2025-09-12', '2025-09-13'],
      ['5-6 Mart 2024', '2024-03-05', '2024-03-06'],
    ]);
  });
  it('counts "на следующий день", "ertesi gün", "üç gün sonra" from the last date stated', () => {
    expect(read('Стороны встретились 3 июня. На следующий день подписали договор.')).toEqual([
      ['3 июня', '2025-06-03', '2025-06-03'],
      ['На следующий день', '2025-06-04', '2025-06-04'],
    ]);
    expect(read('Heyet 3 Haziran’da geldi. Ertesi gün görüştü, üç gün sonra ayrıldı.')).toEqual([
      ['3 Haziran’da', '2025-06-03', '2025-06-03'],
      ['Ertesi gün', '2025-06-04', '2025-06-04'],
      ['üç gün sonra', '2025-06-07', '2025-06-07'],
    ]);
    expect(read('В 2024-м году.')).toEqual([['2024-м году', '2024', '2024']]);
  });
});

describe('weekends, weekdays with a modifier and the day before', () => {
  it('reads weekends in the three languages', () => {
    expect(read('Over the weekend they met; next weekend they meet again.')).toEqual([
      ['Over the weekend', '2025-08-16', '2025-08-17'],
      ['next weekend', '2025-08-23', '2025-08-24'],
    ]);
    expect(read('Last weekend it rained.', '2025-08-17')).toEqual([
      ['Last weekend', '2025-08-09', '2025-08-10'],
    ]);
    expect(read('В минувшие выходные прошли выборы.')).toEqual([
      ['В минувшие выходные', '2025-08-16', '2025-08-17'],
    ]);
    expect(read('Geçen hafta sonu görüştüler; her hafta sonu görüşürler.')).toEqual([
      ['Geçen hafta sonu', '2025-08-16', '2025-08-17'],
    ]);
  });
  it('reads "минувший четверг", "Cuma akşamı" and the day before yesterday', () => {
    expect(read('В минувший четверг и в следующий вторник.')).toEqual([
      ['В минувший четверг', '2025-08-14', '2025-08-14'],
      ['в следующий вторник', '2025-08-26', '2025-08-26'],
    ]);
    expect(read('Cuma akşamı açıklama yaptı.')).toEqual([['Cuma akşamı', '2025-08-15', '2025-08-15']]);
    expect(read('The day before yesterday they met.')).toEqual([
      ['The day before yesterday', '2025-08-18', '2025-08-18'],
    ]);
  });
  it('takes a bare "накануне" for the day before publication, not "накануне визита"', () => {
    expect(read('Накануне Пашинян заявил о переговорах.')).toEqual([
      ['Накануне', '2025-08-19', '2025-08-19'],
    ]);
    expect(read('Накануне визита министр заявил о переговорах.')).toEqual([]);
    // "позавчера" holds "вчера" but is not yesterday
    expect(read('Позавчера стороны встретились.')).toEqual([['Позавчера', '2025-08-18', '2025-08-18']]);
  });
  it('leaves a relative expression unknown without a publication date', () => {
    expect(read('Over the weekend and три дня назад.', null)).toEqual([
      ['Over the weekend', null, null],
      ['три дня назад', null, null],
    ]);
  });
});

describe('the language of the text', () => {
  it('spares an English text the Russian and Turkish rules, and runs them all when the language is not given', () => {
    expect(extractTimes('Он приехал в 2024 году.', PUB, undefined, 'en')).toEqual([]);
    expect(extractTimes('Он приехал в 2024 году.', PUB, undefined, 'ru').map((t) => t.text)).toEqual([
      '2024 году',
    ]);
    expect(extractTimes('Он приехал в 2024 году.', PUB).map((t) => t.text)).toEqual(['2024 году']);
  });
});
