import { describe, expect, it } from 'vitest';
import {
  agencyInCredit,
  cleanAuthor,
  cleanOutletName,
  cleanTitle,
  findAuthor,
  findDateline,
  findOriginalSource,
  findOutlet,
  findPublished,
  isPersonName,
  personCredit,
  type MetaLine,
} from './metadata.js';

type Role = MetaLine['role'];
/** Build lines from a compact spec: "h:" header, "b:" body, "i:" inner, "f:" footer. */
function L(...spec: string[]): MetaLine[] {
  const roles: Record<string, Role> = { h: 'header', b: 'body', i: 'inner', f: 'footer' };
  return spec.map((s) => ({ role: roles[s[0]], text: s.slice(2) }));
}
const PROSE =
  'b:The two governments signed a memorandum on water sharing after three days of talks in the capital.';

describe('findPublished', () => {
  it('prefers the created date over the updated one on a credit line', () => {
    const r = findPublished(
      L('h:PTI | Almaty | Updated: 05-03-2023 18:20 IST | Created: 04-03-2023 09:10 IST', PROSE),
    );
    expect(r.value).toBe('2023-03-04T09:10:00+05:30');
    expect(r.diagnostics).toEqual([]);
  });
  it('uses an unlabelled date over an updated one', () => {
    const r = findPublished(L('h:Updated 2 June 2021 10:00', 'h:1 June 2021 08:30', PROSE));
    expect(r.value).toBe('2021-06-01T08:30:00');
  });
  it('does not take the date of a picture caption', () => {
    const r = findPublished(
      L(
        'h:Updated 9:41 AM EST, December 3, 2026',
        "h:Kazakhstan's president speaks in Astana, Kazakhstan, Wednesday, Dec. 2, 2026. (AP Photo/Jane Roe)",
        PROSE,
      ),
    );
    expect(r.value).toBe('2026-12-03T09:41:00-05:00');
  });
  it('joins a zone printed on the following line', () => {
    const r = findPublished(L('h:Olga Petrova', 'h:12.09.2022 16:45', 'h:(Moscow time), Kazan', PROSE));
    expect(r.value).toBe('2022-09-12T16:45:00+03:00');
  });
  it('reads a date opening the first paragraph when the page has no date line', () => {
    expect(
      findPublished(L('b:ASTANA, 5 May 2023 — The senate approved the budget amendments on Thursday.')).value,
    ).toBe('2023-05-05');
  });
  it('reads a wire dateline alone on the first line of the story', () => {
    expect(findPublished(L('b:MOSCOW 1996-08-24', PROSE)).value).toBe('1996-08-24');
    expect(
      findPublished(L('b:RUSSIA SAYS IT WILL KEEP ITS TROOPS .', 'b:MOSCOW 1996-08-24', PROSE)).value,
    ).toBe('1996-08-24');
    expect(findPublished(L(PROSE, 'b:MOSCOW 1996-08-24')).value).toBeNull();
  });
  it('never takes dates from the article prose', () => {
    const r = findPublished(
      L('h:Some headline here', 'b:On 12 March 2022 the ministers met in Baku and agreed on a new route.'),
    );
    expect(r.value).toBeNull();
    expect(r.diagnostics[0].code).toBe('ORBIT_W_NO_DATE');
  });
  it('ignores unlabelled footer dates (related links) but reads labelled ones', () => {
    expect(findPublished(L(PROSE, 'f:Another story — 3 May 2021')).value).toBeNull();
    expect(findPublished(L(PROSE, 'f:Published: 3 May 2021')).value).toBe('2021-05-03');
  });
  it('reports an impossible date with a diagnostic and returns null', () => {
    const r = findPublished(L('h:31.04.2022 10:00', PROSE));
    expect(r.value).toBeNull();
    expect(r.diagnostics[0].code).toBe('ORBIT_W_BAD_DATE');
  });
  it('handles empty input', () => {
    expect(findPublished([]).value).toBeNull();
  });
  it('never takes a site clock above the headline over the byline date', () => {
    const r = findPublished(
      L('h:• 11/05/2026 21:40', 'h:Customs post opens at Korday', 'h:ByJane Roe', 'h:Feb 3, 2026', PROSE),
    );
    expect(r.value).toBe('2026-02-03');
  });
  it('refines a labelled day with the time printed for the same day elsewhere in the header (ru)', () => {
    const r = findPublished(
      L('h:date 2026-02-03', 'h:Таможенный пост открыт', 'h:Политика', 'h:3 февраля 2026 г. 10:12', PROSE),
    );
    expect(r.value).toBe('2026-02-03T10:12:00');
    // a time on another day does not refine it
    expect(findPublished(L('h:date 2026-02-03', 'h:4 февраля 2026 г. 10:12', PROSE)).value).toBe(
      '2026-02-03',
    );
  });
});

describe('isPersonName', () => {
  it('accepts personal names and rejects chrome and agencies', () => {
    expect(isPersonName('Olga Petrova')).toBe(true);
    expect(isPersonName('J. R. Smith')).toBe(true);
    expect(isPersonName('Omar al-Hakim')).toBe(true);
    expect(isPersonName('Give Feedback')).toBe(false);
    expect(isPersonName('Central Asia')).toBe(false);
    expect(isPersonName('Latest News')).toBe(false);
    expect(isPersonName('Reuters')).toBe(false);
    expect(isPersonName('Olga')).toBe(false);
    expect(isPersonName('olga petrova')).toBe(false);
  });
});

describe('findAuthor: glued labels', () => {
  it('reads a byline whose label is glued to the name', () => {
    expect(findAuthor(L('h:ByJane Roe', 'h:Feb 3, 2026', PROSE))).toBe('Jane Roe');
    expect(findAuthor(L('h:Bystander reports', PROSE))).toBeNull();
  });
});

describe('findAuthor', () => {
  it('reads bylines', () => {
    expect(findAuthor(L('h:By Daniel Moreau', PROSE))).toBe('Daniel Moreau');
    expect(findAuthor(L('h:Author: Aigerim Sadykova', PROSE))).toBe('Aigerim Sadykova');
    expect(findAuthor(L('h:By Daniel Moreau, Reuters', PROSE))).toBe('Daniel Moreau');
  });
  it('reads a name line next to the date', () => {
    expect(findAuthor(L('h:Talks resume over water', 'h:Olga Petrova.', 'h:12.09.2022 16:45', PROSE))).toBe(
      'Olga Petrova',
    );
  });
  it('reads a name line above an author bio after the text', () => {
    expect(
      findAuthor(L(PROSE, 'f:Timur Bekov', 'f:Timur is a reporter at a regional weekly and covers energy.')),
    ).toBe('Timur Bekov');
    expect(findAuthor(L(PROSE, 'f:Lena Park is a correspondent based in Tashkent.'))).toBe('Lena Park');
  });
  it('does not take agencies, buttons or lone names without context', () => {
    expect(findAuthor(L('h:By Reuters', PROSE))).toBeNull();
    expect(findAuthor(L(PROSE, 'f:Give Feedback'))).toBeNull();
    expect(findAuthor(L('h:Olga Petrova', PROSE))).toBeNull();
    expect(findAuthor([])).toBeNull();
  });
});

describe('findOutlet', () => {
  it('reads feed disclaimers', () => {
    expect(
      findOutlet(
        L(
          PROSE,
          'f:(This story has not been edited by Newsdesk Hub staff and is auto-generated from a syndicated feed.)',
        ),
      ),
    ).toBe('Newsdesk Hub');
  });
  it('reads copyright footers in both orders', () => {
    expect(findOutlet(L(PROSE, 'f:Steppe Herald © 2024'))).toBe('Steppe Herald');
    expect(findOutlet(L(PROSE, 'f:© 2018-2024 Caspian Ledger. All rights reserved.'))).toBe('Caspian Ledger');
  });
  it('reads reuse conditions and subscription prompts', () => {
    expect(
      findOutlet(L('h:Any use of materials is allowed only with a hyperlink to Example.kz', PROSE)),
    ).toBe('Example.kz');
    expect(findOutlet(L(PROSE, 'i:Subscribe to SilkRoadWire news on Telegram'))).toBe('SilkRoadWire');
  });
  it('reads a domain-like signature right after the text', () => {
    expect(findOutlet(L(PROSE, 'f:Vostok.Info', 'f:Views: 12'))).toBe('Vostok.Info');
  });
  it('returns null when the page does not say', () => {
    expect(findOutlet(L('h:Home', PROSE, 'f:Leave a Reply'))).toBeNull();
    expect(findOutlet(L(PROSE, 'f:Copyright © 2024'))).toBeNull();
  });
});

describe('personCredit and agencyInCredit', () => {
  it('joins person names and drops what is not one', () => {
    expect(personCredit('Jane Roe and John Doe')).toBe('Jane Roe and John Doe');
    expect(personCredit('Jane Roe, John Doe & Ali Karimov')).toBe('Jane Roe, John Doe and Ali Karimov');
    expect(personCredit('Ирина Соколова и Олег Ким')).toBe('Ирина Соколова and Олег Ким');
    expect(personCredit('Jane Roe, Almaty')).toBe('Jane Roe');
    expect(personCredit('Reuters')).toBeNull();
  });
  it('finds an agency named in a byline', () => {
    expect(agencyInCredit('By Jane Roe, Reuters')).toBe('Reuters');
    expect(agencyInCredit('AFP')).toBe('AFP');
    expect(agencyInCredit('Reuters Staff')).toBe('Reuters');
    expect(agencyInCredit('Jane Roe')).toBeNull();
    expect(agencyInCredit(null)).toBeNull();
  });
});

describe('findOriginalSource', () => {
  it('reads a leading credit line', () => {
    expect(findOriginalSource(L('h:IANS | Tashkent | Updated: 01-02-2023 10:00 IST', PROSE))).toBe('IANS');
  });
  it('reads wire datelines and trailing credits', () => {
    expect(
      findOriginalSource(
        L('b:BAKU, March 3 (Reuters) - Azerbaijan said on Friday it would expand gas exports.'),
      ),
    ).toBe('Reuters');
    expect(findOriginalSource(L(PROSE, 'b:The talks will continue next week, officials said. (AFP)'))).toBe(
      'AFP',
    );
    expect(findOriginalSource(L(PROSE, 'b:The delegation is expected to return on Monday. — TASS'))).toBe(
      'TASS',
    );
    expect(
      findOriginalSource(L('b:ASTANA, May 2. /TASS/. The president held a meeting with the governors.')),
    ).toBe('TASS');
  });
  it('reads prose credits', () => {
    expect(
      findOriginalSource(
        L("b:Excerpted from a report published by Iran's Tasnim News Agency on the border dispute."),
      ),
    ).toBe('Tasnim News Agency');
    expect(
      findOriginalSource(
        L('b:The plan was leaked, according to Kommersant, which first reported the talks.'),
      ),
    ).toBe('Kommersant');
    expect(findOriginalSource(L(PROSE, 'f:Source: Xinhua'))).toBe('Xinhua');
    expect(
      findOriginalSource(
        L(PROSE, 'b:This article first appeared in The Steppe Review and is republished here.'),
      ),
    ).toBe('The Steppe Review');
  });
  it('reads "— writes: <site>" closing credits, naming a known domain by its outlet', () => {
    expect(
      findOriginalSource(L('h:“We will keep talking,” the minister said — write: www.rferl.org', PROSE)),
    ).toBe('Radio Free Europe/Radio Liberty');
    expect(findOriginalSource(L(PROSE, 'b:Переговоры продолжатся в марте, — пишет: steppe-news.kz'))).toBe(
      'steppe-news.kz',
    );
  });
  it('reads "- X with reference to Y" headline credits', () => {
    expect(
      findOriginalSource(
        L('h:The border will reopen in spring - Steppe Radio with reference to the deputy minister', PROSE),
      ),
    ).toBe('Steppe Radio');
    expect(findOriginalSource(L('h:The talks were a success, the minister said', PROSE))).toBeNull();
  });
  it('reads capitalised agency datelines', () => {
    expect(
      findOriginalSource(L('b:ASTANA. KAZINFORM - The senate approved the budget amendments on Thursday.')),
    ).toBe('Kazinform');
    expect(
      findOriginalSource(L('b:YEREVAN, MAY 3, ARMENPRESS. The government approved a new road programme.')),
    ).toBe('Armenpress');
    expect(
      findOriginalSource(
        L('b:BAKU, Azerbaijan, May 3. By Jane Roe - Trend: Azerbaijan increased its exports.'),
      ),
    ).toBe('Trend');
  });
  it('reads agency credits in the lead or the closing paragraph', () => {
    expect(
      findOriginalSource(
        L('b:Azerbaijan and Kazakhstan plan a joint ferry line, Trend reports citing the ministry.', PROSE),
      ),
    ).toBe('Trend');
    expect(
      findOriginalSource(L(PROSE, 'b:Most of the grain will come from Kazakhstan, according to TASS.')),
    ).toBe('TASS');
    expect(findOriginalSource(L('b:Стороны обсудили строительство моста, сообщает ТАСС.', PROSE))).toBe(
      'TASS',
    );
    expect(findOriginalSource(L('b:По данным Интерфакса, переговоры продолжатся в декабре.', PROSE))).toBe(
      'Interfax',
    );
    expect(
      findOriginalSource(L("b:Anadolu Ajansı'nın haberine göre toplantı Ankara'da yapıldı.", PROSE)),
    ).toBe('Anadolu Agency');
    expect(findOriginalSource(L(PROSE, 'b:via Kazinform'))).toBe('Kazinform');
  });
  it('does not take an agency cited in the middle of the text, or a menu of codes, as the source', () => {
    expect(
      findOriginalSource(
        L(PROSE, PROSE.replace('b:', 'b:A '), 'b:The figure was disputed, according to TASS.', PROSE, PROSE),
      ),
    ).toBeNull();
    expect(findOriginalSource(L('h:NEWS | Business | Culture', PROSE))).toBeNull();
    expect(
      findOriginalSource(L(PROSE, 'b:Trends reported by analysts show slower growth this year.')),
    ).toBeNull();
    expect(findOriginalSource(L(PROSE, 'b:via Telegram'))).toBeNull();
  });
  it('ignores image credits and plain prose', () => {
    expect(findOriginalSource(L('h:Representative Image . Image Credit: ANI', PROSE))).toBeNull();
    expect(findOriginalSource(L(PROSE))).toBeNull();
  });
});

describe('findAuthor: CMS bylines', () => {
  it('reads "Submitted by X on <date>" and labelled reporter lines', () => {
    expect(findAuthor(L('h:Submitted by Nodira Yusupova on Mon, 11/23/2026 - 10:42', PROSE))).toBe(
      'Nodira Yusupova',
    );
    expect(findAuthor(L('h:Muhabir: Ayşe Demir Giriş: 23 Kasım 2026 09:30', PROSE))).toBe('Ayşe Demir');
    expect(findAuthor(L('h:By Laura Finch and Omar Haidari', PROSE))).toBe('Laura Finch and Omar Haidari');
  });
});

describe('findPublished: CMS date lines', () => {
  it('reads Drupal, DLE and Turkish date lines', () => {
    expect(findPublished(L('h:Submitted by Jane Roe on Mon, 11/23/2026 - 10:42', PROSE)).value).toBe(
      '2026-11-23T10:42:00',
    );
    expect(findPublished(L('h:23-11-2026, 08:15', PROSE)).value).toBe('2026-11-23T08:15:00');
    expect(
      findPublished(L('h:Güncelleme: 24 Kasım 2026 Salı, 11:10 Giriş: 23 Kasım 2026 Pazartesi, 09:30', PROSE))
        .value,
    ).toBe('2026-11-23T09:30:00');
    expect(findPublished(L('h:Published: 23.11.2026 | 15:40 (GMT+5)', PROSE)).value).toBe(
      '2026-11-23T15:40:00+05:00',
    );
  });
});

describe('findDateline', () => {
  it('reads the place of a wire dateline alone on its line', () => {
    expect(findDateline(L('b:TASHKENT 1996-08-24', PROSE))).toBe('Tashkent');
    expect(findDateline(L('b:AL-AIN , United Arab Emirates 1996-12-06', PROSE))).toBe('Al-Ain');
  });
  it('reads no dateline in a sports headline in capitals ("SOCCER - …")', () => {
    expect(findDateline(L('b:HOCKEY - NORDIC LEAGUE RESULTS .', PROSE))).toBeNull();
    expect(findDateline(L('b:GOLF - LEADING SCORES AFTER FIRST ROUND .', 'b:OSLO 1996-08-24', PROSE))).toBe(
      'Oslo',
    );
  });
  it('reads wire datelines and credit lines', () => {
    expect(
      findDateline(L('b:BISHKEK, Feb 14 (Reuters) - Kyrgyzstan said on Tuesday that the border was calm.')),
    ).toBe('Bishkek');
    expect(findDateline(L('h:IANS | Tashkent | Updated: 01-02-2023 10:00 IST', PROSE))).toBe('Tashkent');
    expect(
      findDateline(L('b:Dushanbe, 14 February - Tajikistan reopened the road on Tuesday after repairs.')),
    ).toBe('Dushanbe');
    expect(
      findDateline(L('b:ASTANA. KAZINFORM - The senate approved the budget amendments on Thursday.')),
    ).toBe('Astana');
    expect(findDateline(L('b:MOSCOW. Feb 14 (Interfax) - The ministry said the talks would resume.'))).toBe(
      'Moscow',
    );
  });
  it('reads a place after the zone of a date line', () => {
    expect(findDateline(L('h:12.09.2022 16:45', 'h:(Moscow time), Kazan', PROSE))).toBe('Kazan');
  });
  it('reads Cyrillic and dash-only datelines', () => {
    expect(findDateline(L('b:АСТАНА, 12 октября — Министры обсудили новый проект дороги.'))).toBe('Астана');
    expect(findDateline(L('b:ANKARA — Ministers discussed the new railway on Tuesday.'))).toBe('Ankara');
    expect(findDateline(L('b:NATO said on Tuesday that the exercise would go ahead.'))).toBeNull();
  });
  it('reads a place before the date on a date line', () => {
    expect(findDateline(L('h:Kazan, 12 September 2022', PROSE))).toBe('Kazan');
  });
  it('returns null without one', () => {
    expect(findDateline(L(PROSE))).toBeNull();
  });
});

describe('cleanTitle', () => {
  it('strips a suffix or prefix naming the outlet', () => {
    expect(cleanTitle('Gas talks stall - Steppe Herald', 'Steppe Herald')).toBe('Gas talks stall');
    expect(cleanTitle('Gas talks stall | Example.kz', 'Example.kz')).toBe('Gas talks stall');
    expect(cleanTitle('Gas talks stall | Example', 'Example.kz')).toBe('Gas talks stall');
    expect(cleanTitle('Steppe Herald | Gas talks stall', 'Steppe Herald')).toBe('Gas talks stall');
  });
  it('keeps dashes that are part of the headline', () => {
    expect(cleanTitle('East or West - which way for Astana?', 'Steppe Herald')).toBe(
      'East or West - which way for Astana?',
    );
    expect(cleanTitle('East or West - which way for Astana?', null)).toBe(
      'East or West - which way for Astana?',
    );
  });
  it('returns null for nothing', () => {
    expect(cleanTitle(null, 'X')).toBeNull();
    expect(cleanTitle('  --- ', null)).toBeNull();
  });
});

describe('cleanAuthor and cleanOutletName', () => {
  it('tidies author credits', () => {
    expect(cleanAuthor('By Jane Roe | May 5, 2020')).toBe('Jane Roe');
    expect(cleanAuthor('Jane Roe Published 10:15 AM')).toBe('Jane Roe');
    expect(cleanAuthor('by')).toBeNull();
    expect(cleanAuthor('admin')).toBeNull();
    expect(cleanAuthor('  ')).toBeNull();
    expect(cleanAuthor(null)).toBeNull();
    // a role, agency or place after the name is no part of it; several names are one credit
    expect(cleanAuthor('Jane Roe, Staff Writer')).toBe('Jane Roe');
    expect(cleanAuthor('Timur Saidov, Reuters')).toBe('Timur Saidov');
    expect(cleanAuthor('Laura Finch, Omar Haidari')).toBe('Laura Finch and Omar Haidari');
    // desks and roles name no person
    for (const desk of [
      'Staff Writer',
      'Our Correspondent',
      'News Desk',
      'Reuters Staff',
      'Editorial Board',
      'Редакция',
      'Haber Merkezi',
    ]) {
      expect(cleanAuthor(desk), desk).toBeNull();
    }
    expect(cleanAuthor('Muhabir: Ayşe Demir')).toBe('Ayşe Demir');
    expect(cleanAuthor('Jane RoeNovember 15, 2019')).toBe('Jane Roe');
    expect(cleanAuthor('Name (required)')).toBeNull();
  });
  it('keeps the site name before a tagline', () => {
    expect(cleanOutletName('Steppe Herald | Daily news from the region')).toBe('Steppe Herald');
    expect(cleanOutletName('Example.kz')).toBe('Example.kz');
    expect(cleanOutletName('')).toBeNull();
  });
});

describe("bylines, credits and sources of other outlets' layouts", () => {
  it('reads a byline set in capitals as names', () => {
    expect(findAuthor(L('h:By JANE ROE and ALI VALIYEV', PROSE))).toBe('Jane Roe and Ali Valiyev');
  });
  it('takes no date label for a name', () => {
    expect(
      findAuthor(L('h:Giriş Tarihi: 07.12.2026 14:05', 'h:Son Güncelleme: 07.12.2026 15:20', PROSE)),
    ).toBeNull();
  });
  it("takes a name over the reporter's role, not the name of a portrait beside its credit", () => {
    expect(findAuthor(L('h:Jane Roe', 'h:Central Asia correspondent, Almaty', PROSE))).toBe('Jane Roe');
    expect(
      findAuthor(
        L(
          'h:7 декабря 2026, 14:05',
          'h:Стороны обсудили тарифы',
          'h:Иван Петров',
          'h:© Сергей Иванов/ТАСС',
          PROSE,
        ),
      ),
    ).toBeNull();
    // a byline right under the date keeps its name, whatever picture follows
    expect(findAuthor(L('h:7 December 2026', 'h:Jane Roe', 'h:Photo: John Doe/Steppe Media.', PROSE))).toBe(
      'Jane Roe',
    );
  });
  it('takes no photographer and agency for the site', () => {
    expect(findOutlet(L('h:© Сергей Иванов/ТАСС', PROSE, 'f:© 2026 ТАСС. Все права защищены'))).toBe('ТАСС');
  });
  it('reads the outlet of "Source: X and news agencies", "По материалам X" and a closing agency line', () => {
    expect(findOriginalSource(L(PROSE, 'f:Source: Steppe Herald and news agencies'))).toBe('Steppe Herald');
    expect(findOriginalSource(L(PROSE, 'f:По материалам Арменпресс', 'f:Другие новости'))).toBe('Armenpress');
    expect(findOriginalSource(L(PROSE, 'f:DHA', 'f:Abone Ol'))).toBe('DHA');
  });
});

describe('findPublished: a date printed under the story', () => {
  it('reads an unlabelled date line right after the text when the header has none', () => {
    expect(findPublished(L('h:Politics', PROSE, 'f:14:05, 7 December 2026', 'f:Read more')).value).toBe(
      '2026-12-07T14:05:00',
    );
    // a header date still wins, and a date further down the footer does not count
    expect(findPublished(L('h:5 December 2026', PROSE, 'f:14:05, 7 December 2026')).value).toBe('2026-12-05');
    expect(findPublished(L(PROSE, 'f:Read more', 'f:7 December 2026')).value).toBeNull();
  });
});

describe('original source: a government press office is no outlet', () => {
  it('does not take a press service named as source for the original source', () => {
    expect(findOriginalSource(L(PROSE, 'f:Source: Akorda'))).toBeNull();
    expect(findOriginalSource(L(PROSE, 'f:Источник: Акорда'))).toBeNull();
    expect(findOriginalSource(L(PROSE, 'f:Источник: пресс-служба президента Узбекистана'))).toBeNull();
    expect(findOriginalSource(L(PROSE, 'f:Kaynak: Cumhurbaşkanlığı İletişim Başkanlığı'))).toBeNull();
    expect(findOriginalSource(L(PROSE, 'f:Source', 'f:president.kg'))).toBeNull();
  });
  it('still takes an agency or a site named as source', () => {
    expect(findOriginalSource(L(PROSE, 'f:Source', 'f:Uza.uz'))).toBe('Uza.uz');
    expect(findOriginalSource(L(PROSE, 'f:Kaynak: AA'))).toBe('Anadolu Agency');
  });
});

describe('findAuthor: more byline layouts', () => {
  it('does not take a reading prompt for a name', () => {
    expect(findAuthor(L('h:Haberin Devamı', 'h:05.12.2026 - 09:15', PROSE))).toBeNull();
  });
  it('reads a byline with the section and date after the name', () => {
    expect(findAuthor(L('h:By Dana Kemelova in Nation on 3 December 2026', PROSE))).toBe('Dana Kemelova');
  });
  it('reads a name under a byline label alone on its line, also after the text', () => {
    expect(findAuthor(L(PROSE, 'f:Author', 'f:Dana Kemelova', 'f:Steppe News Agency'))).toBe('Dana Kemelova');
  });
  it('reads a name over the outlet and place the reporter works for', () => {
    expect(findAuthor(L('h:2 days ago', 'h:Share', 'h:Dana Kemelova', 'h:BBC News, Tbilisi', PROSE))).toBe(
      'Dana Kemelova',
    );
  });
  it('reads a name after the date and a separator', () => {
    expect(findAuthor(L('h:December 2, 2026 | Dana Kemelova', PROSE))).toBe('Dana Kemelova');
  });
});

describe('findAuthor: roles and regions on name-like lines', () => {
  it('drops the role after a byline in capitals', () => {
    expect(findAuthor(L('h:By JANE ROE FOREIGN CORRESPONDENT', PROSE))).toBe('Jane Roe');
  });
  it('does not take a region in the menu for a name', () => {
    expect(
      findAuthor(
        L(
          'h:Кыргызстан',
          'h:Центральная Азия',
          'h:Министры обсудили новую дорогу',
          'h:06/12/2026 14:06',
          PROSE,
        ),
      ),
    ).toBeNull();
  });
});
