import { describe, expect, it } from 'vitest';
import {
  CHROME_RULES,
  isBioLine,
  isCalendarLine,
  isSeparatorLine,
  isTagList,
  matchChrome,
  normalizeLine,
} from './boilerplate.js';

const kind = (line: string): string | null => matchChrome(normalizeLine(line))?.kind ?? null;

describe('normalizeLine', () => {
  it('unifies odd spaces, trims and removes bullets', () => {
    expect(normalizeLine('\u00A0 • Region:\u00A0 ')).toBe('Region:');
    expect(normalizeLine('a\t\tb   c')).toBe('a b c');
    expect(normalizeLine('')).toBe('');
  });
});

describe('chrome rules', () => {
  it('every rule documents why it exists', () => {
    for (const r of CHROME_RULES) expect(r.why.length).toBeGreaterThan(5);
  });
  it.each([
    ['Share this on WhatsApp and Facebook'],
    ['Spread the love'],
    ['Liked the article? Share it with your friends!'],
    ['Follow us on Telegram'],
    ['telegram'],
    ['Facebook | Twitter | Email'],
    ['google play'],
    ['Subscribe to Daily Steppe News on Telegram, VK and Viber.'],
    ['Back to top button'],
    ['Read more'],
    ['WHAT ARE YOU LOOKING FOR?'],
    ['kz'],
    ['EN | RU | KZ'],
    ['Link copied'],
    ['Getty Images'],
    ['AFP via Getty Images'],
    ['Save articles to read later and create your own reading list.'],

    ['Views: 1 203'],
    ['Просмотров: 88'],
    ['Image credit: Some Wire'],
    ['File photo: parliament building'],
    ['© Photo: Example Wire / Jane Roe'],
    ['Photo © Example Wire'],
    ['Read also: Ministers to meet again in June'],
    ['(Reporting by Jane Roe; Editing by John Doe)'],
    ['Tweet'],
    ['By Jane Roe'],
    ['By Jane Roe and John Doe, Example Wire'],
    ['Author: Aigerim Sadykova'],
    ['We use cookies to improve your experience. By continuing you agree to our cookie policy.'],
    ['A cargo ferry at the port of Alat. Photo: Example Daily'],
    ['A bakery in Tashkent. (Photo: Example Daily)'],
    ['İlgili Haber Özbek pamuğuna talep artıyor'],
    ['İLGİLİ HABER: Ankara zirvesi başladı'],
    ['Also read'],
    ['Get the Ledger daily briefing'],
    ["Get our free newsletter with the week's most important stories."],
    ['Like what you read? Support independent journalism. Donate today'],
  ])('drops %s', (line) => {
    expect(kind(line)).toBe('drop');
  });

  it.each([
    ['Steppe Herald © 2024'],
    ['© 2019-2024 Example Media. All rights reserved.'],
    ['Reproduction of materials is permitted only with a hyperlink to example.kz'],
    ['Tags: energy, pipelines'],
    ['Related Posts'],
    ['You may also like'],
    ['Читайте также'],
    ['Give Feedback'],
    ['Tags'],
    ['İlgili Haberler'],
    ['Haberle ilgili daha fazlası:'],
    ['Dear visitors, the rules for publishing comments have been tightened.'],
    ['Comments containing insults are prohibited and will be removed.'],
    ['The site administration reserves the right to remove any post.'],
  ])('marks %s as tail chrome', (line) => {
    expect(kind(line)).toBe('tail');
  });

  it.each([
    ['Leave a Reply'],
    ['Your email address will not be published. Required fields are marked *'],
    ['Comments (12)'],
    ['Noticed a typo? If you find an error, select it and press Ctrl+Enter.'],
    ['(This report has not been edited by Example Wire staff and is auto-generated from a syndicated feed.)'],
    ['12 bloggers like this:'],
    ['Log in to post comments'],
    ['A Message from The Example Times:'],
    ['Steppe Ajansı web sitesinde, HAS üzerinden abonelere sunulan haberler, özetlenerek yayımlanmaktadır.'],
  ])('marks %s as the end of the article', (line) => {
    expect(kind(line)).toBe('end');
  });

  it.each([
    ['Click here to share on social media'],
    ["By RFE/RL's Kyrgyz Service"],
    ['Share or comment on this article:'],
    ["Google News'te Takip Et"],
    ['Перейти в фотобанк'],
    ['share2'],
    ['Next news'],
    ['Предыдущая новость'],
    ['Önceki haber'],
    ['Purchase Licensing Rights, opens new tab'],
    [
      'Item 1 of 2 Kazakh officials attend a meeting in Astana, Kazakhstan, November 12, 2026. REUTERS/Jane Roe/File Photo',
    ],
    [
      '[1/2]Kazakh officials attend a meeting in Astana. REUTERS/Jane Roe Purchase Licensing Rights, opens new tab',
    ],
    ['Save Click here to share on social media share2 Share'],
    ['Copy/paste the article video embed link below:'],
    ['Перейти в медиабанк'],
    ['Курс валют: USD 498.12 EUR 540.36 RUB 5.62'],
    ['USD 12 915.47 • EUR 14 010.22 • RUB 146.02'],
    ['Dolar 34,35 Euro 37,44 Altın 3.022,15'],
    ['Читайте Example Daily в Telegram'],
    ['Follow Example.kz on Telegram and never miss the news!'],
    ['The new bridge over the river. Image via the regional administration.'],
    ['Choose to support open, independent, quality journalism and subscribe on a monthly basis.'],
    ['Подписаться'],
    ['Jane Roe / Example News Agency'],
  ])('drops the widget or gallery caption: %s', (line) => {
    expect(kind(line)).toBe('drop');
  });

  it.each([
    ['The minister said the comments were taken out of context and would not change the talks.'],
    ['Officials will share the results of the survey with regional partners next month.'],
    ['Turkey and Azerbaijan signed an agreement on energy transit and cooperation in the region.'],
    ['Following the talks, the delegations agreed to meet again in the autumn.'],
    ['He said the rules on foreign investment would be published in March.'],
    ['By the end of the year the corridor should carry its first cargo trains.'],
    ['By Tuesday, the ministers had agreed on a draft.'],
    ['Officials get a daily briefing from the ministry on the state of the dams.'],
    ['The dollar rose to 498 tenge and the euro to 540 tenge on Wednesday.'],
    ['Read the full statement on the ministry website.'],
    ['The photo shows the delegations at the signing ceremony in Baku.'],
    ['Read also the statement by the foreign ministry, which was published on Monday.'],
    ['The next news conference is due on Friday, the ministry said.'],
    ['The agency quoted a spokesman for REUTERS/Ipsos polling on the vote.'],
  ])('keeps prose: %s', (line) => {
    expect(kind(line)).toBeNull();
  });
});

describe('calendars, separators, tag lists, bios', () => {
  it('recognises archive-calendar lines', () => {
    expect(isCalendarLine('June 2023')).toBe(true);
    expect(isCalendarLine('« March')).toBe(true);
    expect(isCalendarLine('Mon Tue Wed Thu Fri Sat Sun')).toBe(true);
    expect(isCalendarLine('891011121314')).toBe(true);
    expect(isCalendarLine('June 2023 was a hot month')).toBe(false);
  });
  it('recognises separators', () => {
    expect(isSeparatorLine('* * *')).toBe(true);
    expect(isSeparatorLine('-----')).toBe(true);
    expect(isSeparatorLine('A')).toBe(false);
  });
  it('recognises tag and category lists but not sentences', () => {
    expect(isTagList('Opinion, Energy, Kazakhstan, China, Pipelines')).toBe(true);
    expect(isTagList('Kazakhstan, Kyrgyzstan, Uzbekistan and Tajikistan met in Astana.')).toBe(false);
    expect(isTagList('Energy, Oil')).toBe(false);
  });
  it('recognises author bios', () => {
    expect(isBioLine('Maria Lopez is a freelance journalist covering Central Asia.')).toBe(true);
    expect(isBioLine('She is an analyst at a think tank in Almaty.')).toBe(true);
    expect(isBioLine('The minister is a former journalist, officials said.')).toBe(false);
    expect(isBioLine('Kazakhstan is a key partner for the European Union.')).toBe(false);
  });
});
