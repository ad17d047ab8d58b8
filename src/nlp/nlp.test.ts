import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';
import { extractTimes } from './time.js';
import { extractAmounts } from './amounts.js';

const texts = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('reads a Turkish ordinal ("12. Zirvesi") inside the sentence, in Turkish only', () => {
    const t = "Bakan, Konseyin 12. Zirvesi'nde konuştu. Sonra 3. Forum'a geçti.\nListe 4.\nYeni satır.";
    const tr = splitSentences(t, 'tr').map((s) => t.slice(s.start, s.end));
    expect(tr).toEqual([
      "Bakan, Konseyin 12. Zirvesi'nde konuştu.",
      "Sonra 3. Forum'a geçti.",
      'Liste 4.',
      'Yeni satır.',
    ]);
    // other languages keep the plain rule
    expect(splitSentences(t, 'en').length).toBeGreaterThan(tr.length);
  });
  it('keeps titles, initials and acronyms inside sentences', () => {
    const t =
      'Gen. Ivanov met Mr. Smith and Dr. Lee in the U.S. capital. M. Rifat spoke next. Col. Ray agreed.';
    expect(texts(t)).toEqual([
      'Gen. Ivanov met Mr. Smith and Dr. Lee in the U.S. capital.',
      'M. Rifat spoke next.',
      'Col. Ray agreed.',
    ]);
  });
  it('ends a sentence at the platform X ("wrote on X.") but not at an initial X', () => {
    const t = '“Time is short,” the minister wrote on X. “We must act now.” Malcolm X. Jones spoke.';
    expect(texts(t)).toEqual([
      '“Time is short,” the minister wrote on X.',
      '“We must act now.”',
      'Malcolm X. Jones spoke.',
    ]);
  });
  it('handles decimals, months, numbers, e.g./i.e. and ellipses', () => {
    const t =
      'Growth was 3.5 percent on Jan. 5 under decree No. 12, e.g. in the south… Then it fell. Talks resumed...';
    expect(texts(t)).toEqual([
      'Growth was 3.5 percent on Jan. 5 under decree No. 12, e.g. in the south…',
      'Then it fell.',
      'Talks resumed...',
    ]);
  });
  it('keeps closing quotes with the sentence and does not split at ," or ?" he', () => {
    const t = '“We are ready.” He left. "Why?" she asked. "Fine," he said.';
    expect(texts(t)).toEqual(['“We are ready.”', 'He left.', '"Why?" she asked.', '"Fine," he said.']);
  });
  it('ends a sentence at a dotted acronym only before a sentence opener', () => {
    expect(texts('He lives in the U.S. The weather is fine.')).toEqual([
      'He lives in the U.S.',
      'The weather is fine.',
    ]);
  });
  it('always splits at paragraph breaks, even without punctuation', () => {
    const t = 'A headline without a period\n\nThe body starts here. And goes on';
    expect(texts(t)).toEqual(['A headline without a period', 'The body starts here.', 'And goes on']);
  });
  it('handles Russian abbreviations and guillemets', () => {
    const t =
      'Встреча прошла в г. Москва на ул. Ленина, т.е. в центре. «Мы готовы.» Он ушёл. Это было в 2015 г. Потом всё изменилось.';
    expect(texts(t)).toEqual([
      'Встреча прошла в г. Москва на ул. Ленина, т.е. в центре.',
      '«Мы готовы.»',
      'Он ушёл.',
      'Это было в 2015 г.',
      'Потом всё изменилось.',
    ]);
  });
  it('returns offsets into the text and survives bad input', () => {
    const t = '  First one.  Second one.  ';
    for (const s of splitSentences(t)) expect(t.slice(s.start, s.end).trim()).toBe(t.slice(s.start, s.end));
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(null as unknown as string)).toEqual([]);
  });
});

describe('extractTimes', () => {
  const pub = '2021-05-25T13:55:00+03:00'; // a Tuesday
  const one = (t: string, p: string | null = pub) => extractTimes(t, p);
  it('dates without a year take the publication year', () => {
    const [t] = one('The talks are set for January 11.', '2022-01-10T14:58:00+05:30');
    expect(t).toMatchObject({
      text: 'January 11',
      kind: 'date',
      value: { start: '2022-01-11', end: '2022-01-11' },
    });
    expect(one('It happened on May 13.')[0].value.start).toBe('2021-05-13');
    expect(one('It happened on December 28.')[0].value.start).toBe('2020-12-28');
  });
  it('a number far outside any year after a day and month is a counter, not the year', () => {
    const [t] = one('02 September 5718 4 minutes read');
    expect(t).toMatchObject({ text: '02 September', value: { start: '2020-09-02', end: '2020-09-02' } });
    expect(one('Signed on 2 September 1878.')[0].value.start).toBe('1878-09-02');
  });
  it('reads numeric dates, preferring the reading nearest to publication', () => {
    expect(one('Updated: 10-01-2022', '2022-01-10')[0].value.start).toBe('2022-01-10');
    expect(one('Posted 25.05.2021 13:55')[0].value.start).toBe('2021-05-25');
  });
  it('reads ranges', () => {
    expect(one('Riots took place on January 2-7.', '2022-01-10')[0]).toMatchObject({
      kind: 'range',
      value: { start: '2022-01-02', end: '2022-01-07' },
    });
    expect(one('Fighting went on from April 29 to May 1.')[0].value).toEqual({
      start: '2021-04-29',
      end: '2021-05-01',
    });
    expect(one('He visited on May 8-9.')[0].value).toEqual({ start: '2021-05-08', end: '2021-05-09' });
    expect(one('It was held between March 3 and March 5.')[0].value).toEqual({
      start: '2021-03-03',
      end: '2021-03-05',
    });
  });
  it('resolves relative expressions against the publication date', () => {
    expect(one('The day before, they met.')[0].value.start).toBe('2021-05-24');
    expect(one('He left yesterday.')[0].value.start).toBe('2021-05-24');
    expect(one('They met last Monday.')[0].value.start).toBe('2021-05-24');
    expect(one('The minister went there on Friday.')[0].value.start).toBe('2021-05-21');
    expect(one('Prices rose this week.')[0].value).toEqual({ start: '2021-05-24', end: '2021-05-30' });
    expect(one('Prices rose last month.')[0].value).toEqual({ start: '2021-04', end: '2021-04' });
    expect(one('It rained three days ago.')[0].value.start).toBe('2021-05-22');
  });
  it('resolves "later" and "the same day" against the last anchored date', () => {
    const ts = one(
      'On May 1 the talks began. Two weeks later a deal was signed. On the same day, troops left.',
    );
    expect(ts.map((t) => t.value.start)).toEqual(['2021-05-01', '2021-05-15', '2021-05-15']);
  });
  it('reads since, years and vague expressions', () => {
    expect(one('Since 2015, the army has grown.')[0]).toMatchObject({
      kind: 'since',
      value: { start: '2015', end: '2021-05-25' },
    });
    expect(one('It began in 2015.')[0]).toMatchObject({
      kind: 'date',
      value: { start: '2015', end: '2015' },
    });
    const v = one('Recently, roads closed in recent days and it will end soon.');
    expect(v.map((t) => [t.text, t.vague])).toEqual([
      ['Recently', true],
      ['in recent days', true],
      ['soon', true],
    ]);
    expect(v[1].value).toEqual({ start: '2021-05-18', end: '2021-05-25' });
    expect(v[0].value).toEqual({ start: null, end: null });
  });
  it('leaves relative values unknown without a publication date', () => {
    const ts = one('The day before, on Monday, and on January 11 2022 and on March 3.', null);
    // a date without a year takes the year of a date stated earlier in the text; relative ones stay unknown
    expect(ts.map((t) => t.value.start)).toEqual([null, null, '2022-01-11', '2022-03-03']);
    expect(
      one('On March 3 they met; on January 11 2022 they signed.', null).map((t) => t.value.start),
    ).toEqual([null, '2022-01-11']);
  });
  it('reads two days of one month with the year after both, and "a month later" after a month', () => {
    expect(one('Putin paid a visit on November 27 and 28, 2024.', null).map((t) => t.value)).toEqual([
      { start: '2024-11-27', end: '2024-11-28' },
    ]);
    expect(
      one('In April 2023, A expelled diplomats. A month later, B did.', null).map((t) => t.value.start),
    ).toEqual(['2023-04', '2023-05']);
  });
  it('dates an undated text from the year its own words fix, and a stated year still wins after it', () => {
    const text =
      'On September 2 the two presidents met. They marked the 80th anniversary of the Victory. On March 3, 2021 they had met before; on May 5 they spoke.';
    expect(one(text, null).map((t) => t.value.start)).toEqual(['2025-09-02', '2021-03-03', '2021-05-05']);
    // no clue: unknown stays unknown
    expect(one('On September 2 the two presidents met.', null)[0].value.start).toBeNull();
    // a publication date is never overridden by the text's clue
    expect(one(text, '2030-09-10')[0].value.start).toBe('2030-09-02');
  });
  it('gives every month and day the pivot year', () => {
    for (const y of [2023, 2024])
      for (const [m, d] of [
        [1, 1],
        [2, 29],
        [10, 27],
        [12, 31],
      ] as const) {
        if (y === 2023 && m === 2) continue;
        const text = `On ${['', 'January', 'February', '', '', '', '', '', '', '', 'October', '', 'December'][m]} ${d} they met on the ${y - 1945}th anniversary of the Victory.`;
        expect(one(text, null)[0].value.start).toBe(
          `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
        );
      }
  });
  it('reads seasons as their three months, with or without a year, in all three languages', () => {
    const v = (t: string, p: string | null = '2025-08-18') =>
      one(t, p).map((x) => [x.text, x.value.start, x.value.end]);
    expect(v('The draft was settled earlier in the spring.')).toEqual([['the spring', '2025-03', '2025-05']]);
    expect(v('Talks resume this summer; last winter they stalled.', '2025-05-14')).toEqual([
      ['this summer', '2025-06', '2025-08'],
      ['last winter', '2024-12', '2025-02'],
    ]);
    expect(v('This winter was hard.', '2025-01-20')).toEqual([['This winter', '2024-12', '2025-02']]);
    expect(v('In the winter of 2022 gas ran short; in early spring 2024 it did not. Fall 2023 too.')).toEqual(
      [
        ['the winter of 2022', '2022-12', '2023-02'],
        ['early spring 2024', '2024-03', '2024-03'],
        ['Fall 2023', '2023-09', '2023-11'],
      ],
    );
    // no season: a verb, an event named after one, a bare noun
    expect(
      v('After the fall of the old regime, prices fall. The Arab Spring began; spring is here.'),
    ).toEqual([]);
    expect(
      v('Весной 2024 года стороны договорились, а летом прошлого года и этой осенью встречались.'),
    ).toEqual([
      ['Весной 2024 года', '2024-03', '2024-05'],
      ['летом прошлого года', '2024-06', '2024-08'],
      ['этой осенью', '2025-09', '2025-11'],
    ]);
    expect(v('Bu yaz görüşmeler yapılacak; 2024 yazında ve sonbaharda da yapıldı. Bu yazı okudu.')).toEqual([
      ['Bu yaz', '2025-06', '2025-08'],
      ['2024 yazında', '2024-06', '2024-08'],
      ['sonbaharda', '2025-09', '2025-11'],
    ]);
    // unknown publication date: a season without its year stays unknown
    expect(v('They met in the summer.', null)).toEqual([['the summer', null, null]]);
  });
  it('does not take the modal "may" for a month and survives bad input', () => {
    expect(one('Turkey may now swing to the other side.')).toEqual([]);
    expect(extractTimes('', pub)).toEqual([]);
    expect(extractTimes('On May 3 it rained.', 'not a date')[0].value.start).toBeNull();
  });
});

describe('extractAmounts', () => {
  const a = (t: string) => extractAmounts(t).map((x) => [x.text, x.value, x.unit]);
  it('reads currencies in words, signs and Russian', () => {
    expect(a('The loss exceeded 87 billion tenge (about $ 200 million).')).toEqual([
      ['87 billion tenge', 87e9, 'KZT'],
      ['$ 200 million', 2e8, 'USD'],
    ]);
    expect(a('It cost €5 bn and 1.5 trillion roubles.')).toEqual([
      ['€5 bn', 5e9, 'EUR'],
      ['1.5 trillion roubles', 1.5e12, 'RUB'],
    ]);
    expect(a('Ущерб составил 87 млрд тенге.')).toEqual([['87 млрд тенге', 87e9, 'KZT']]);
    expect(a('They paid 500 som and 20 lari.')).toEqual([
      ['500 som', 500, 'KGS'],
      ['20 lari', 20, 'GEL'],
    ]);
  });
  it('reads grouping styles, scale words and counted nouns', () => {
    expect(a('It killed 33,275 fighters; 4,70,000 of whom fled.')).toEqual([
      ['33,275 fighters', 33275, 'fighters'],
      ['4,70,000', 470000, null],
    ]);
    expect(a('about 40 thousand residents and about a million refugees')).toEqual([
      ['40 thousand residents', 40000, 'residents'],
      ['a million refugees', 1e6, 'refugees'],
    ]);
    expect(a('190 citizens were hurt and 36 people died; 25 foreign taxpayers paid 28% of taxes.')).toEqual([
      ['190 citizens', 190, 'citizens'],
      ['36 people', 36, 'people'],
      ['25 foreign taxpayers', 25, 'taxpayers'],
      ['28%', 28, '%'],
    ]);
  });
  it('skips dates, times, years and malformed groupings', () => {
    expect(a('On May 13 2021, at 14:58, since 2015, in the 2022 budget, on 10-01-2022')).toEqual([]);
    expect(a('a code 12,34 here')).toEqual([]);
    expect(extractAmounts(undefined as unknown as string)).toEqual([]);
  });
});
