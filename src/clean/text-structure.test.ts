import { describe, expect, it } from 'vitest';
import { isWireDateline, listLines, splitDatePrefix, tableLines, type StructLine } from './text-structure.js';
import { classifyLine, cleanTextDump } from './text.js';

const kinds = (texts: string[]): StructLine[] => texts.map((t) => ({ text: t, kind: classifyLine(t).kind }));
const paras = (text: string): string[] => text.split('\n\n');

describe('splitDatePrefix', () => {
  it('splits a date label printed on the headline or lead line (en, ru, tr)', () => {
    expect(splitDatePrefix(' date 2026-03-05 Ferry traffic resumes on the Caspian'.trim())).toEqual([
      'date 2026-03-05',
      'Ferry traffic resumes on the Caspian',
    ]);
    expect(splitDatePrefix('Дата: 05.03.2026 Паромное сообщение на Каспии возобновлено')).toEqual([
      'Дата: 05.03.2026',
      'Паромное сообщение на Каспии возобновлено',
    ]);
    expect(splitDatePrefix('Yayın tarihi: 5 Mart 2026 Hazar’da feribot seferleri yeniden başladı')).toEqual([
      'Yayın tarihi: 5 Mart 2026',
      'Hazar’da feribot seferleri yeniden başladı',
    ]);
  });
  it('leaves lines alone without a label, with only a date, or with one word after it', () => {
    expect(splitDatePrefix('On 5 March 2026 the ferries sailed again.')).toEqual([
      'On 5 March 2026 the ferries sailed again.',
    ]);
    expect(splitDatePrefix('date 2026-03-05')).toEqual(['date 2026-03-05']);
    expect(splitDatePrefix('Published: 5 March 2026 Updated')).toEqual(['Published: 5 March 2026 Updated']);
    expect(splitDatePrefix('')).toEqual(['']);
  });
});

describe('listLines', () => {
  it('takes the items of a marked list after a colon line, however short', () => {
    const l = kinds([
      'What the accord covers:',
      '- Transit: tariffs',
      '- Water quotas for the summer season',
      '',
      'Officials said more talks would follow in the autumn.',
    ]);
    expect([...listLines(l)].sort()).toEqual([0, 1, 2]);
  });
  it('takes short unmarked items only after a sentence-like intro', () => {
    const ok = kinds([
      'Two new border crossings were opened on the same day:',
      'Dostuk (Road)',
      'Kara-Suu (Rail)',
      'Both had been closed since 2021.',
    ]);
    expect([...listLines(ok)].sort()).toEqual([0, 1, 2]);
    // "Country:" / "Turkey" is a label and its value, not a list
    expect(listLines(kinds(['Country:', 'Turkey', 'Region:', 'Ankara'])).size).toBe(0);
  });
  it('does not read a run of headlines under a plain heading as a list', () => {
    expect(
      listLines(kinds(['More on the region', '- Talks stall over water', '- Ferry line opens'])),
    ).toEqual(new Set());
  });
});

describe('tableLines', () => {
  it('finds a results table with group labels between its rows', () => {
    const l = kinds([
      'Almaty 2 Astana 1',
      'Shymkent 0 Taraz 0',
      'Group B',
      'Osh 3 Naryn 1',
      'Officials said the season would end in May.',
    ]);
    expect([...tableLines(l)].sort()).toEqual([0, 1, 2, 3]);
  });
  it('needs three rows and no sentences', () => {
    expect(tableLines(kinds(['Almaty 2 Astana 1', 'Shymkent 0 Taraz 0'])).size).toBe(0);
    expect(tableLines(kinds(['Section 1:', 'Section 2:', 'Section 3:'])).size).toBe(0);
  });
});

describe('isWireDateline', () => {
  it('accepts a place in capitals before a date', () => {
    expect(isWireDateline('ALMATY 1996-08-30')).toBe(true);
    expect(isWireDateline('AL-AIN , United Arab Emirates 1996-12-06')).toBe(true);
  });
  it('rejects bylines, labels and prose', () => {
    expect(isWireDateline('Jane Roe, 12 May 2021')).toBe(false);
    expect(isWireDateline('Updated 12 May 2021')).toBe(false);
    expect(isWireDateline('12 May 2021')).toBe(false);
    expect(isWireDateline('ALMATY 1996-08-30 officials said the talks were over')).toBe(false);
  });
});

// Invented pages: the article must survive whole (recall first), chrome may not.
const LEAD =
  'Kazakhstan and Kyrgyzstan opened a joint customs post on Friday, ending a two-year dispute over cargo inspections at the border.';
const P2 =
  'The post at Korday will handle up to four hundred trucks a day, according to the customs committee, which expects queues to shorten within weeks.';
const P3 =
  'Traders welcomed the move but asked for longer opening hours during the harvest, when most fruit crosses the border towards Russian markets.';

describe('cleanTextDump keeps the article', () => {
  it('keeps a lead stranded above a repeated headline and a picture credit', () => {
    const r = cleanTextDump(
      [
        'Customs post opens at Korday',
        '',
        LEAD,
        '',
        'Customs post opens at Korday',
        '© Example Agency',
        '',
        P2,
        '',
        P3,
      ].join('\n'),
    );
    expect(r.title).toBe('Customs post opens at Korday');
    expect(paras(r.text)).toEqual([LEAD, P2, P3]);
    const credit = r.lines.find((l) => l.text === '© Example Agency');
    expect(credit?.role).toBe('inner');
    expect(credit?.why).toMatch(/picture/);
  });

  it('keeps bulleted and short list items introduced by a colon (en, ru)', () => {
    const dump = [
      LEAD,
      'What the deal covers:',
      '- Inspections: shared',
      '- Fees: unchanged',
      P2,
      'Two border crossings reopen on the same day:',
      'Korday (Road)',
      'Ak-Tilek (Road)',
      P3,
    ].join('\n');
    const r = cleanTextDump(dump);
    for (const s of [
      '- Inspections: shared',
      '- Fees: unchanged',
      'Korday (Road)',
      'Ak-Tilek (Road)',
      LEAD,
      P3,
    ])
      expect(r.text).toContain(s);
    const ru = [
      'Казахстан и Киргизия открыли совместный таможенный пост в пятницу, завершив двухлетний спор о досмотре грузов на границе.',
      'Вновь открываются два пункта пропуска:',
      'Кордай (авто)',
      'Ак-Тилек (авто)',
      'Трейдеры приветствовали это решение, но попросили продлить часы работы в период сбора урожая.',
    ];
    expect(cleanTextDump(ru.join('\n')).text).toContain('Ак-Тилек (авто)');
  });

  it('keeps the headline, dateline and table of plain wire copy', () => {
    const dump = [
      'FOOTBALL - KAZAKH LEAGUE RESULTS',
      'ALMATY 1996-08-30',
      'Results of Kazakh league matches played on Friday were as follows:',
      'Kairat Almaty 2 Astana 1',
      'Ordabasy 0 Tobol 0',
      'Aktobe 3 Atyrau 1',
    ].join('\n');
    const r = cleanTextDump(dump);
    expect(r.title).toBe('FOOTBALL - KAZAKH LEAGUE RESULTS');
    expect(r.text).toContain('ALMATY 1996-08-30');
    expect(r.text).toContain('Aktobe 3 Atyrau 1');
    expect(r.text).toContain('Kairat Almaty 2 Astana 1');
  });

  it('takes a tokenised wire headline over its dateline as the title, without its set-apart full stop', () => {
    const dump = [
      'KYRGYZSTAN SAYS BORDER TALKS WITH TAJIKISTAN WILL RESUME .',
      '',
      'BISHKEK 1996-08-30',
      '',
      'Kyrgyzstan and Tajikistan will resume talks on the disputed border next week , a government spokesman said on Friday .',
    ].join('\n');
    const r = cleanTextDump(dump);
    expect(r.title).toBe('KYRGYZSTAN SAYS BORDER TALKS WITH TAJIKISTAN WILL RESUME');
    expect(r.text).toContain('BISHKEK 1996-08-30');
  });

  it('takes the date label and the headline from one line (tr)', () => {
    const lead =
      'Türkiye ile Azerbaycan, Nahçıvan üzerinden geçecek yeni demiryolu hattı için anlaşma imzaladı. Hattın 2028’de açılması bekleniyor.';
    const r = cleanTextDump([' date 2026-02-10 Nahçıvan demiryolu için imzalar atıldı', '', lead].join('\n'));
    expect(r.title).toBe('Nahçıvan demiryolu için imzalar atıldı');
    expect(r.text).toBe(lead);
    expect(r.lines[0]).toMatchObject({ text: 'date 2026-02-10', kind: 'meta' });
  });

  it('prefers the headline over a standfirst printed twice under it (ru)', () => {
    const lead =
      'Казахстан готов принять у себя переговоры по водным квотам. Об этом заявил министр водных ресурсов республики.';
    const dump = [
      'Астана предложила площадку для переговоров о воде',
      '',
      'Министр подчеркнул, что страна не будет посредником',
      'Министр подчеркнул, что страна не будет посредником',
      '',
      lead,
    ].join('\n');
    expect(cleanTextDump(dump).title).toBe('Астана предложила площадку для переговоров о воде');
  });

  it('reads a first line that runs straight into the text as the headline, without an aggregator credit', () => {
    const dump = [
      '“We will finish the corridor on time” – the minister, — write: www.example-news.org',
      LEAD,
      P2,
    ].join('\n');
    const r = cleanTextDump(dump);
    expect(r.title).toBe('“We will finish the corridor on time” – the minister');
    // a lead sentence is no headline
    expect(cleanTextDump([LEAD, P2, P3].join('\n')).title).toBeNull();
  });

  it('drops captions with their credit and newsletter promos, and says why', () => {
    const dump = [
      'Customs post opens at Korday',
      'cover Photo: Press Service of the Customs Committee',
      LEAD,
      'Officials at the opening of the new post / example-news.kz',
      P2,
      'Stay Ahead with Example.kzGet our top stories and analysis — straight to your inbox.',
      P3,
    ].join('\n');
    const r = cleanTextDump(dump);
    expect(r.title).toBe('Customs post opens at Korday');
    expect(paras(r.text)).toEqual([LEAD, P2, P3]);
    for (const l of r.lines.filter((x) => x.role !== 'body' && x.text !== r.title))
      expect(l.why, l.text).toBeTruthy();
  });
});
