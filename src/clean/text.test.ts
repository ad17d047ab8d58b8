import { describe, expect, it } from 'vitest';
import { classifyLine, cleanTextDump, isHeadingLike } from './text.js';

// Invented page dumps. Paragraph lines are long, as browsers copy them.
const P1 =
  'Officials from Kazakhstan and Uzbekistan met in Shymkent on Tuesday to discuss a new railway corridor that would link the two countries with ports on the Caspian Sea.';
const P2 =
  'The project, estimated at several billion dollars, has been under discussion for years, but financing talks stalled after a dispute over tariffs and the route through the border region.';
const P3 =
  '"We are ready to move from words to construction," one of the deputy ministers told reporters after the meeting, adding that a feasibility study would be ready by the end of the year.';
const P4 =
  'Analysts say the corridor would reduce dependence on older routes and attract new cargo from China.';

const paras = (text: string): string[] => text.split('\n\n');

describe('classifyLine', () => {
  it('classifies prose, headings, chrome and metadata', () => {
    expect(classifyLine(P1).kind).toBe('prose');
    expect(classifyLine('Railway talks resume in Shymkent').kind).toBe('heading');
    expect(classifyLine('Share on Facebook').kind).toBe('chrome');
    expect(classifyLine('15.03.2023 10:20').kind).toBe('meta');
    expect(classifyLine('Region:').kind).toBe('meta');
    expect(classifyLine('Opinion, Transport, Kazakhstan, Uzbekistan').kind).toBe('meta');
    expect(classifyLine('').kind).toBe('blank');
  });
  it('reads a paragraph that closes with a wire credit as prose', () => {
    expect(classifyLine('Both sides agreed to study a joint customs zone, officials said. — AFP').kind).toBe(
      'prose',
    );
    expect(classifyLine('The delegation returns on Monday. - TASS').kind).toBe('prose');
    expect(isHeadingLike('Talks resume in Baku — AFP')).toBe(true);
  });
  it('isHeadingLike accepts question headlines and rejects sentences', () => {
    expect(isHeadingLike('Will the corridor be built? Experts doubt it')).toBe(true);
    expect(isHeadingLike('The ministers met on Tuesday.')).toBe(false);
    expect(isHeadingLike('12345')).toBe(false);
  });
});

describe('cleanTextDump', () => {
  it('keeps wire copy whole: its headline in capitals and a short last sentence', () => {
    const wire = [
      'TEXTILE GROUP SEES WEAKER YEAR .',
      'LYON , France 1996-09-03',
      'French textile maker Dumoulin SA said on Tuesday that orders from its German customers had fallen sharply since the spring .',
      'Chairman Pierre Vasseur told reporters the group would close two plants in the north of the country .',
      'Unions declined to comment .',
    ].join('\n');
    const d = cleanTextDump(wire);
    expect(d.title).toBe('TEXTILE GROUP SEES WEAKER YEAR');
    expect(d.text.startsWith('TEXTILE GROUP SEES WEAKER YEAR .')).toBe(true);
    expect(d.text.endsWith('Unions declined to comment .')).toBe(true);
    // straight over the lead, or over a byline, without a dateline
    const sports = cleanTextDump(
      [
        'HOCKEY - OSLO CLUB WIN IN OVERTIME .',
        'Karl Berg',
        'Frisk Asker beat Stjernen 4-3 in overtime on Sunday to go top of the Norwegian league table for the first time this season .',
      ].join('\n'),
    );
    expect(sports.title).toBe('HOCKEY - OSLO CLUB WIN IN OVERTIME');
    // the rows of a results table stay rows, however alike their lengths
    const rows = [
      'Varnholm Rovers 0 Kestrelby United 1',
      'Lindqvist Athletic 2 Brannock Town 1',
      'Sundby 0 Harrowgate Wanderers 0',
      'Eastmere 1 Fallowfield 0',
    ];
    const table = cleanTextDump(
      [
        'HOCKEY - NORDIC LEAGUE RESULTS .',
        'OSLO 1996-09-03',
        'Results of Nordic league matches on Sunday :',
        ...rows,
      ].join('\n'),
    );
    expect(table.text.split('\n\n').slice(-4)).toEqual(rows);
    expect(sports.text.startsWith('HOCKEY - OSLO CLUB WIN IN OVERTIME .')).toBe(true);
  });
  it('finds the body among menus, share lines and footers', () => {
    const dump = [
      'Home',
      'Politics',
      'Economy',
      'facebook',
      'twitter',
      '',
      'Railway talks resume in Shymkent',
      '',
      'Dana Ospanova',
      '15.03.2023 10:20',
      'Views: 311',
      '',
      P1,
      '',
      P2,
      '',
      P3,
      '',
      'Share this article',
      '',
      P4,
      '',
      'Tags: rail, transport',
      'Related Articles',
      'Another headline that belongs to another story',
      'Leave a Reply',
      'Your email address will not be published.',
      'Example News © 2024',
    ].join('\n');
    const r = cleanTextDump(dump);
    expect(r.title).toBe('Railway talks resume in Shymkent');
    expect(paras(r.text)).toEqual([P1, P2, P3, P4]);
    expect(r.diagnostics).toEqual([]);
    for (const p of r.paragraphs) expect(r.text.slice(p.start, p.end)).not.toMatch(/^\s|\s$/);
    expect(r.paragraphs.map((p) => r.text.slice(p.start, p.end))).toEqual([P1, P2, P3, P4]);
  });

  it('keeps a standfirst repeated as the first paragraph once, and drops a repeated title', () => {
    const dump = [
      'Corridor deal close',
      '',
      P1,
      '',
      'REUTERS | Tashkent | 15-03-2023 10:20 IST',
      'Corridor deal close',
      '',
      P1,
      '',
      P2,
      '',
      P3,
    ].join('\n');
    const r = cleanTextDump(dump);
    expect(r.title).toBe('Corridor deal close');
    expect(r.text.split(P1).length - 1).toBe(1);
    expect(r.text).not.toContain('Corridor deal close');
    expect(r.text).toContain(P3);
  });

  it('drops a truncated teaser that repeats the first paragraph', () => {
    const teaser = P1.slice(0, 90) + '...';
    const r = cleanTextDump(
      [
        'Corridor deal close',
        '',
        P1,
        '',
        teaser,
        '',
        'Subscribe to Example News on Telegram',
        '',
        P2,
        '',
        P3,
      ].join('\n'),
    );
    expect(paras(r.text)).toEqual([P1, P2, P3]);
  });

  it('stops at comment rules and archive calendars', () => {
    const r = cleanTextDump(
      [
        P1,
        '',
        P2,
        '',
        'If you find an error, please select the text and press Ctrl + Enter.',
        'Dear readers, the rules for publishing comments have been tightened: comments with insults are prohibited and will be deleted without notice.',
        'March 2024',
        'Mon Tue Wed Thu Fri Sat Sun',
        '12345',
        '6789101112',
      ].join('\n'),
    );
    expect(paras(r.text)).toEqual([P1, P2]);
  });

  it('drops an author bio after the text and keeps a subheading inside it', () => {
    const r = cleanTextDump(
      [
        P1,
        '',
        'What the deal means',
        '',
        P2,
        '',
        'Dana Ospanova',
        '',
        'Dana is a journalist at a regional weekly and covers transport.',
        '',
        'Related Articles',
      ].join('\n'),
    );
    expect(paras(r.text)).toEqual([P1, 'What the deal means', P2]);
    expect(r.lines.find((l) => l.text === 'Dana Ospanova')?.role).toBe('footer');
  });

  it('does not take a far-away menu heading as the title', () => {
    const menu = Array.from({ length: 20 }, (_, i) => `Section number ${i + 1}`);
    const r = cleanTextDump(
      ['Regional Transport News', ...menu.map((m) => `${m}:`), '', P1, '', P2].join('\n'),
    );
    expect(r.title).toBeNull();
    expect(paras(r.text)).toEqual([P1, P2]);
  });

  it('keeps a byline inside the text out of the paragraphs', () => {
    const r = cleanTextDump(
      ['Corridor deal close', '', P1, '', 'By Dana Ospanova', '', P2, '', P3].join('\n'),
    );
    expect(paras(r.text)).toEqual([P1, P2, P3]);
  });

  it('joins hard-wrapped paragraphs', () => {
    const wrapped = [
      'Officials from Kazakhstan and Uzbekistan met in Shymkent on Tuesday to',
      'discuss a new railway corridor that would link the two countries with',
      'ports on the Caspian Sea, according to a statement from the ministry.',
      '',
      'The project has been under discussion for years, but financing talks',
      'stalled after a dispute over tariffs and the route through the border',
      'region, officials said.',
    ].join('\n');
    const r = cleanTextDump(wrapped);
    expect(r.paragraphs).toHaveLength(2);
    expect(paras(r.text)[0]).toContain('Tuesday to discuss a new railway');
    expect(paras(r.text)[1]).toMatch(/border region, officials said\.$/);
  });

  it('reports ORBIT_E_NO_TEXT for chrome-only or empty input and never throws', () => {
    for (const input of [
      '',
      '   \n\n',
      'Home\nMenu\nfacebook\nLeave a Reply',
      null as unknown as string,
      '\u0000\u0001',
    ]) {
      const r = cleanTextDump(input);
      expect(r.text).toBe('');
      expect(r.paragraphs).toEqual([]);
      expect(r.diagnostics.map((d) => d.code)).toContain('ORBIT_E_NO_TEXT');
    }
  });

  it('handles Windows line ends and no-break spaces', () => {
    const r = cleanTextDump(`Title of a story here\r\n\r\n${P1.replace(/ /g, '\u00A0')}\r\n\r\n${P2}`);
    expect(paras(r.text)).toEqual([P1, P2]);
  });

  it('keeps a short last paragraph between long ones but not chrome headings after the text', () => {
    const r = cleanTextDump(
      [P1, '', 'He declined to comment.', '', P2, '', 'ANALYTICS', 'More from the authors of this site'].join(
        '\n',
      ),
    );
    expect(paras(r.text)).toEqual([P1, 'He declined to comment.', P2]);
  });
});

describe('cleanTextDump: headlines among captions, bylines and standfirsts', () => {
  const title = (lines: string[]): string | null => cleanTextDump(lines.join('\n')).title;

  it('takes the headline, not the caption next to a picture credit', () => {
    // Broadcaster layout: headline, relative time, byline with role, credit, then the caption.
    expect(
      title([
        'Home',
        'News',
        'Border talks: Ministers meet in Gabala for second round',
        '3 hours ago',
        'Share',
        'Jane Roe',
        'Central Asia correspondent, Almaty',
        'Getty Images',
        'Delegations arrived at the lakeside resort on Monday morning',
        P1,
        P2,
      ]),
    ).toBe('Border talks: Ministers meet in Gabala for second round');
    // Agency layout: the caption is a name over the credit "© Name/Agency".
    expect(
      title([
        'Новости',
        'Министры обсудили строительство железной дороги в Шымкенте',
        '7 декабря 2026, 14:05',
        'Стороны также затронули вопросы тарифов на перевозку грузов',
        'Иван Петров',
        '© Сергей Иванов/ТАСС',
        P1,
        P2,
      ]),
    ).toBe('Министры обсудили строительство железной дороги в Шымкенте');
  });

  it('drops captions closed by a bracketed credit or marked as archive pictures', () => {
    for (const caption of [
      'Deputy ministers at the signing ceremony [File: Jane Roe/Reuters]',
      'Deputy ministers at the signing ceremony (AP Photo/Jane Roe)',
      'Активисты у здания акимата. Фото из архива',
    ]) {
      const r = cleanTextDump(['Railway talks resume in Shymkent', caption, P1, P2].join('\n'));
      expect(r.title).toBe('Railway talks resume in Shymkent');
      expect(r.text).not.toContain(caption);
    }
  });

  it('does not take a labelled byline for the headline', () => {
    for (const byline of ['Текст: Иван Петров', 'Haber: Mehmet Demir', 'Muhabir: Ayşe Kaya']) {
      expect(title(['Menü', 'Railway talks resume in Shymkent', byline, P1, P2])).toBe(
        'Railway talks resume in Shymkent',
      );
    }
  });
});

describe('cleanTextDump: a lead printed twice', () => {
  it('keeps once a summary repeated after the dateline of the first paragraph', () => {
    const lead = 'Officials from Kazakhstan and Uzbekistan met in Shymkent on Tuesday to discuss a railway.';
    const r = cleanTextDump(
      ['Railway talks resume in Shymkent', lead, `SHYMKENT (AA) - ${lead} ${P2}`, P3].join('\n'),
    );
    expect(paras(r.text)[0]).toBe(`SHYMKENT (AA) - ${lead} ${P2}`);
  });
});

describe('cleanTextDump: the end of the text past inline links and short closings', () => {
  const body = (lines: string[]): string[] => paras(cleanTextDump(lines.join('\n')).text);
  const LAST = 'The ministry said the study would be published in March.';

  it('keeps the paragraphs after an inline "Read also" with its teaser, without the teaser', () => {
    for (const label of ['Read also', 'Also Read:', 'Читайте также']) {
      const r = body([
        'Railway talks resume in Shymkent',
        P1,
        P2,
        label,
        'Uzbekistan opens new border post',
        LAST,
        'Tags',
      ]);
      expect(r).toContain(LAST);
      expect(r).not.toContain('Uzbekistan opens new border post');
    }
  });

  it('keeps the paragraph after a "continue reading" label and a short closing sentence', () => {
    expect(body(['Railway talks resume in Shymkent', P1, P2, 'Haberin Devamı', LAST, 'Yorumlar'])).toContain(
      LAST,
    );
    expect(
      body(['Railway talks resume in Shymkent', P1, P2, 'Baku confirmed the deal.', 'Partner news']),
    ).toContain('Baku confirmed the deal.');
  });

  it('does not go past a separator, a wire credit or an outlet describing itself', () => {
    const r = body([
      'Railway talks resume in Shymkent',
      P1,
      P2,
      '___',
      'JANE ROE',
      'Roe covers Central Asia for The Steppe Wire.',
      'The Steppe Wire is an independent global news organization dedicated to factual reporting.',
    ]);
    expect(r.join(' ')).not.toMatch(/covers Central Asia|independent global news/);
    expect(
      body([
        'Railway talks resume in Shymkent',
        P1,
        P2,
        'Reporting by Jane Roe; Editing by John Doe',
        'Our Standards: The Trust Principles.',
      ]).join(' '),
    ).not.toContain('Our Standards');
  });
});

describe('cleanTextDump: headline over its standfirst and a dateline credit line', () => {
  it('takes the shorter heading over a longer standfirst above the date line', () => {
    const r = cleanTextDump(
      [
        'Политика',
        'Министры обсудили новую железную дорогу',
        'Стороны договорились подготовить технико-экономическое обоснование к концу года',
        '7 дек. 2026 14:05',
        P1,
        P2,
      ].join('\n'),
    );
    expect(r.title).toBe('Министры обсудили новую железную дорогу');
  });
  it('a menu row over the headline is no headline over a standfirst', () => {
    const r = cleanTextDump(
      [
        'News Sport Culture Log in',
        'Ministers agree on the new railway line',
        '7 Dec 2026 14:05',
        P1,
        P2,
      ].join('\n'),
    );
    expect(r.title).toBe('Ministers agree on the new railway line');
  });
  it('does not take "Place. Day Month. AGENCY" for the headline', () => {
    const r = cleanTextDump(
      ['Railway talks resume in Shymkent', 'Shymkent. 7 December. STEPPEWIRE.KZ', P1, P2].join('\n'),
    );
    expect(r.title).toBe('Railway talks resume in Shymkent');
    expect(r.text).not.toContain('STEPPEWIRE');
  });
});

describe('cleanTextDump: rubrics and standfirsts around the headline', () => {
  it('takes the headline over a two-word rubric above the date line', () => {
    const r = cleanTextDump(
      [
        'Politics',
        'Economy',
        'Ministers agree on the new railway line',
        'Foreign policy',
        '7 December 2026 14:05',
        P1,
        P2,
      ].join('\n'),
    );
    expect(r.title).toBe('Ministers agree on the new railway line');
    expect(r.text).not.toContain('Foreign policy');
  });
  it('takes the headline over a standfirst of as many words but more letters', () => {
    const r = cleanTextDump(
      [
        'Политика',
        'Министры обсудили новую железную дорогу',
        'Стороны затронули транзитные пограничные маршруты',
        '7 декабря 2026, 14:05',
        P1,
        P2,
      ].join('\n'),
    );
    expect(r.title).toBe('Министры обсудили новую железную дорогу');
  });
  it('keeps the standfirst that a byline and a date line part from the text', () => {
    const r = cleanTextDump(
      [
        'Gündem',
        'Ministers agree on the new railway line',
        'The two sides will prepare a feasibility study by the end of the year',
        'Ayşe Demir |07.12.2026 - Güncelleme : 07.12.2026',
        'Ankara',
        P1,
        P2,
      ].join('\n'),
    );
    expect(r.title).toBe('Ministers agree on the new railway line');
    expect(paras(r.text)).toEqual([
      'The two sides will prepare a feasibility study by the end of the year',
      P1,
      P2,
    ]);
  });
  it('does not take a caption over its picture credit for a standfirst', () => {
    const r = cleanTextDump(
      [
        'Ministers agree on the new railway line',
        'The ministers at the signing ceremony in Shymkent on Tuesday',
        'Photo: press service',
        '7 December 2026',
        P1,
        P2,
      ].join('\n'),
    );
    expect(paras(r.text)).toEqual([P1, P2]);
  });
});

describe('cleanTextDump: date lines without a year', () => {
  it('reads "December 5, 12:10 UTC+3" as the date line under headline and standfirst', () => {
    expect(classifyLine('December 5, 12:10 UTC+3').kind).toBe('meta');
    expect(classifyLine('5 декабря, 12:30').kind).toBe('meta');
    expect(classifyLine('December 5, the ministers met again in Astana to sign the deal.').kind).toBe(
      'prose',
    );
    const r = cleanTextDump(
      [
        'World',
        'Ministers agree on the new railway line — Kremlin',
        'The sides will discuss the terms of the lease after 2050, the spokesman said',
        'December 5, 12:10 UTC+3',
        P1,
        P2,
      ].join('\n'),
    );
    expect(r.title).toBe('Ministers agree on the new railway line — Kremlin');
    expect(r.text).not.toContain('12:10');
  });
});

describe('cleanTextDump: headline, standfirst and byline of more layouts', () => {
  it('takes the headline over its standfirst when a byline in capitals follows them', () => {
    const r = cleanTextDump(
      [
        'World News',
        'Ministers clash over new shipping rules',
        'Ankara rejects the call for inspections of grain ships in the straits',
        'By JANE ROE FOREIGN CORRESPONDENT',
        'Published: 14:05 GMT, 3 December 2026',
        P1,
        P2,
      ].join('\n'),
    );
    expect(r.title).toBe('Ministers clash over new shipping rules');
    expect(paras(r.text)[0]).toBe('Ankara rejects the call for inspections of grain ships in the straits');
  });
  it('keeps the headline beside a picture credit when only a rubric stands above it', () => {
    const r = cleanTextDump(
      [
        'В мире',
        'Министры обсудили новую железную дорогу',
        '© Агентство / Иван Петров',
        '15:20 06.12.2026',
        P1,
        P2,
      ].join('\n'),
    );
    expect(r.title).toBe('Министры обсудили новую железную дорогу');
  });
  it('keeps a five-word standfirst', () => {
    const r = cleanTextDump(
      [
        'Казахстан ограничил вывоз топлива',
        'Правительство ввело запрет на полгода',
        '05.12.2026, 16:45',
        'Иван Петров',
        P1,
        P2,
      ].join('\n'),
    );
    expect(paras(r.text)[0]).toBe('Правительство ввело запрет на полгода');
  });
});
