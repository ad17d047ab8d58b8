import { describe, expect, it } from 'vitest';
import { findDates, parseDate, zoneOffset } from './metadata-dates.js';

const first = (s: string, follow = ''): string | null => findDates(s, follow)[0]?.value ?? null;

describe('parseDate: two-digit years', () => {
  it('reads day.month.two-digit-year only with a time after it', () => {
    expect(first('14.02.26 18:24')).toBe('2026-02-14T18:24:00');
    expect(first('Обновлено 14.02.26 в 18:24')).toBe('2026-02-14T18:24:00');
    expect(first('see section 1.2.26 of the treaty')).toBeNull();
    expect(first('14.02.26')).toBeNull();
  });
});

describe('parseDate: copies of pages', () => {
  it('reads a year run together with the time or the date printed after it', () => {
    expect(first('December 4, 20263:12 PM GMT+4Updated 2 hours ago')).toBe('2026-12-04T15:12:00+04:00');
    expect(first('Published On 5 Dec 20265 Dec 2026')).toBe('2026-12-05');
    expect(first('Invoice 20265 of the register')).toBeNull();
  });
  it('reads a two-digit year after a slash when a time follows', () => {
    expect(first('05/12/26 11:20, bishkek')).toBe('2026-12-05T11:20:00');
    expect(first('see note 5/12/26 of the annex')).toBeNull();
  });
  it('reads slash dates month-first for a US outlet only', () => {
    expect(first('12/04/2026 9:15 AM')).toBe('2026-04-12T09:15:00');
    expect(findDates('12/04/2026 9:15 AM', '', { slashMonthFirst: true })[0].value).toBe(
      '2026-12-04T09:15:00',
    );
    expect(findDates('12.04.2026 9:15', '', { slashMonthFirst: true })[0].value).toBe('2026-04-12T09:15:00');
  });
});

describe('parseDate: formats', () => {
  it('reads numeric dates with a time and a stated zone as ISO with offset', () => {
    expect(first('Posted: 03-02-2023 09:15 IST')).toBe('2023-02-03T09:15:00+05:30');
    expect(first('14.11.2020 08:05 MSK')).toBe('2020-11-14T08:05:00+03:00');
    expect(first('07/06/2019 17:40 GMT')).toBe('2019-06-07T17:40:00+00:00');
  });
  it('takes a zone printed on the next line', () => {
    expect(first('14.11.2020 08:05', '(Moscow time), Kazan')).toBe('2020-11-14T08:05:00+03:00');
    expect(first('14.11.2020 08:05', 'Some other line')).toBe('2020-11-14T08:05:00');
  });
  it('keeps local time without an offset when no zone is stated', () => {
    expect(first('3 March 2021 09:07')).toBe('2021-03-03T09:07:00');
    expect(first('3 March 2021, 09:07')).toBe('2021-03-03T09:07:00');
  });
  it('reads written-out dates in English, Russian and Turkish as date only', () => {
    expect(parseDate('March 9, 2020')).toBe('2020-03-09');
    expect(parseDate('Sept. 30, 2019')).toBe('2019-09-30');
    expect(parseDate('2nd of August 2018')).toBe('2018-08-02');
    expect(parseDate('12 октября 2021 г.')).toBe('2021-10-12');
    expect(parseDate('1 Mayıs 2019')).toBe('2019-05-01');
    expect(parseDate('23 Ağustos 2017')).toBe('2017-08-23');
    expect(parseDate('2018-12-31')).toBe('2018-12-31');
  });
  it('reads ISO date-times including Z and numeric offsets', () => {
    expect(first('2023-06-01T04:30:00Z')).toBe('2023-06-01T04:30:00+00:00');
    expect(first('2023-06-01 04:30 +06:00')).toBe('2023-06-01T04:30:00+06:00');
    expect(first('1 Jun 2023 04:30 GMT+4')).toBe('2023-06-01T04:30:00+04:00');
  });
  it('reads a weekday or a separator between the date and the time', () => {
    expect(first('23 Kasım 2026 Pazartesi, 09:30')).toBe('2026-11-23T09:30:00');
    expect(first('23 ноября 2026, понедельник, 14:05')).toBe('2026-11-23T14:05:00');
    expect(first('Mon, 11/23/2026 - 10:42')).toBe('2026-11-23T10:42:00');
    expect(first('23.11.2026 | 15:40')).toBe('2026-11-23T15:40:00');
  });
  it('reads a time printed before the date', () => {
    expect(first('09:12 17.08.2020')).toBe('2020-08-17T09:12:00');
    expect(first('09:12 AZT, 17 August 2020')).toBe('2020-08-17T09:12:00+04:00');
  });
  it('converts 12-hour clock times', () => {
    expect(first('June 3, 2021 at 4:05 pm EDT')).toBe('2021-06-03T16:05:00-04:00');
    expect(first('June 3, 2021 12:10 am')).toBe('2021-06-03T00:10:00');
  });
});

describe('parseDate: day-first vs month-first', () => {
  it('lets a component above 12 decide', () => {
    expect(parseDate('28/04/2022')).toBe('2022-04-28');
    expect(parseDate('04/28/2022')).toBe('2022-04-28');
  });
  it('reads dotted and dashed dates day-first', () => {
    expect(parseDate('03.04.2022')).toBe('2022-04-03');
    expect(parseDate('03-04-2022')).toBe('2022-04-03');
  });
  it('reads ambiguous slash dates day-first, month-first next to a US zone', () => {
    expect(parseDate('03/04/2022')).toBe('2022-04-03');
    expect(first('03/04/2022 10:00 EST')).toBe('2022-03-04T10:00:00-05:00');
  });
});

describe('parseDate: bad and absent dates', () => {
  it('returns null with a problem for impossible dates', () => {
    const d = findDates('Published 30.02.2021');
    expect(d).toHaveLength(1);
    expect(d[0].value).toBeNull();
    expect(d[0].problem).toMatch(/impossible/);
    expect(parseDate('2021-13-01')).toBeNull();
    expect(parseDate('29.02.2021')).toBeNull();
    expect(parseDate('29.02.2024')).toBe('2024-02-29');
  });
  it('finds nothing in text without a full date', () => {
    expect(findDates('May 2024')).toEqual([]);
    expect(findDates('on May 8-9 the president visited')).toEqual([]);
    expect(findDates('')).toEqual([]);
    expect(findDates('Score 3:1, 12345')).toEqual([]);
  });
  it('drops an impossible time but keeps the date', () => {
    expect(first('5 May 2022 25:61')).toBe('2022-05-05');
  });
});

describe('zones', () => {
  it('maps names and abbreviations to offsets', () => {
    expect(zoneOffset('TRT')?.offset).toBe(180);
    expect(zoneOffset('(Bishkek time)')?.offset).toBe(360);
    expect(zoneOffset('UZT')?.offset).toBe(300);
    expect(zoneOffset('CEST')?.offset).toBe(120);
    expect(zoneOffset('PST')?.us).toBe(true);
    expect(zoneOffset('no zone here')).toBeNull();
  });
  it('applies the 2024 change of Kazakhstan time', () => {
    expect(first('10.01.2023 12:00 ALMT')).toBe('2023-01-10T12:00:00+06:00');
    expect(first('10.04.2024 12:00 Astana time')).toBe('2024-04-10T12:00:00+05:00');
  });
});

describe('parseDate: a time with a dot before its zone', () => {
  it('reads "14.05 GMT" as a time, but not a dotted number alone', () => {
    expect(first('Mon 7 Dec 2026 14.05 GMT')).toBe('2026-12-07T14:05:00+00:00');
    expect(first('Sun 6 Dec 2026 09.30 BST')).toBe('2026-12-06T09:30:00+01:00');
    expect(first('7 December 2026 14.05')).toBe('2026-12-07');
  });
});
