import { describe, expect, it } from 'vitest';
import { cleanDocument } from './index.js';
import { findCreditedOutlet, findPageOutlet, isPressOffice, knownOutlet, outletFromUrl } from './outlet.js';
import type { MetaLine } from './metadata.js';

const clean = (body: string, hints: Record<string, string> = {}) =>
  cleanDocument({
    id: 'x',
    source: 'x.txt',
    format: 'text',
    encoding: 'utf-8',
    bytes: body.length,
    body,
    hints,
  });

const LEAD_EN =
  'The foreign ministers of the two countries met in the capital on Tuesday and agreed to reopen the border crossing that has been closed since the spring.';
const MORE_EN =
  'Officials said the crossing would first open for freight traffic, with passenger traffic to follow once customs posts are staffed and equipped.';
const LEAD_RU =
  'Министры иностранных дел двух стран встретились во вторник в столице и договорились вновь открыть пограничный переход, закрытый с весны.';
const MORE_RU =
  'По словам чиновников, сначала переход откроют для грузового транспорта, а затем и для пассажиров, когда таможенные посты будут готовы.';
const LEAD_TR =
  'İki ülkenin dışişleri bakanları salı günü başkentte bir araya gelerek bahardan bu yana kapalı olan sınır kapısını yeniden açma kararı aldı.';
const MORE_TR =
  'Yetkililer, kapının önce yük taşımacılığına, gümrük noktaları hazır olduğunda ise yolculara açılacağını söyledi.';

describe('outlet identification', () => {
  it('reads the site from the URL domain through the media gazetteer', () => {
    expect(outletFromUrl('https://www.tass.ru/politika/123')?.name).toBe('TASS');
    expect(outletFromUrl('https://en.trend.az/azerbaijan/politics/1')?.name).toBe('Trend');
    expect(outletFromUrl('https://unknown-site.example/a')).toBeNull();
    expect(outletFromUrl('not a url')).toBeNull();
    expect(
      clean(`Border to reopen\n\n${LEAD_EN}\n\n${MORE_EN}`, { url: 'https://kaztag.kz/en/news/1' }).outlet,
    ).toBe('KazTAG');
  });

  it('takes the site named alone on a chrome line (logo), not a source label', () => {
    const a = clean(
      `Home\nBM.GE\nBorder to reopen\n\n${LEAD_EN}\n\n${MORE_EN}\n\nSource\nUza.uz\n\nBack to top`,
    );
    expect(a.outlet).toBe('BM.GE');
    expect(a.originalSource).toBe('Uza.uz');
    // two different sites alone in the chrome are a partner list: neither is the site
    expect(
      clean(`Border to reopen\n\n${LEAD_EN}\n\n${MORE_EN}\n\nLenta.ru\nKursiv.media\nBM.GE`).outlet,
    ).toBeNull();
    // a plain word that is also an outlet's name is a menu item when alone
    expect(clean(`Report\nBorder to reopen\n\n${LEAD_EN}\n\n${MORE_EN}`).outlet).toBeNull();
  });

  it('reads newsletter promos and captions credited to the site', () => {
    expect(
      clean(
        `Border to reopen\n\n${LEAD_EN}\n\nStay ahead with Steppewire.kzGet our top stories straight to your inbox.\n\n${MORE_EN}`,
      ).outlet,
    ).toBe('Steppewire.kz');
    expect(
      clean(
        `Border to reopen\n\nThe border crossing near the capital on Tuesday / Kursiv.media\n\n${LEAD_EN}\n\n${MORE_EN}`,
      ).outlet,
    ).toBe('Kursiv.media');
  });

  it('reads the site and the agency from a dateline pair', () => {
    const a = clean(
      `Border to reopen\n\nMOSCOW (UrduPoint News / Sputnik - 08th March, 2023) ${LEAD_EN}\n\n${MORE_EN}`,
    );
    expect(a.outlet).toBe('UrduPoint News');
    expect(a.originalSource).toBe('Sputnik');
  });

  it('falls back to the outlet a wire story is credited to (en, ru, tr)', () => {
    const en = clean(`Border to reopen\n\nAstana. July 4. KazTAG - ${LEAD_EN}\n\n${MORE_EN}`);
    expect([en.outlet, en.originalSource]).toEqual(['KazTAG', 'KazTAG']);
    expect(
      clean(`Border to reopen\n\n${LEAD_EN.replace(/\.$/, ', Orda.kz reports.')}\n\n${MORE_EN}`).outlet,
    ).toBe('Orda.kz');
    const ru = clean(
      `Переход откроют\n\n${LEAD_RU.replace(/\.$/, ', сообщает азербайджанский портал Report.')}\n\n${MORE_RU}`,
    );
    expect([ru.outlet, ru.originalSource]).toEqual(['Report', 'Report']);
    const tr = clean(`Sınır kapısı açılıyor\n\nAnadolu Ajansı'nın haberine göre, ${LEAD_TR}\n\n${MORE_TR}`);
    expect([tr.outlet, tr.originalSource]).toEqual(['Anadolu Agency', 'Anadolu Agency']);
  });

  it('reads an outlet speaking of itself, but not one credited with "как"', () => {
    expect(
      clean(
        `Переход откроют\n\n${LEAD_RU}\n\n${MORE_RU} «Лента.ру» обратила внимание, что переговоры шли на английском.`,
      ).outlet,
    ).toBe('Лента.ру');
    expect(
      clean(
        `Border to reopen\n\n${LEAD_EN} Orda.kz has learned that the talks lasted five hours.\n\n${MORE_EN}`,
      ).outlet,
    ).toBe('Orda.kz');
  });

  it('leaves the outlet unknown when nothing names it', () => {
    const a = clean(`Border to reopen\n\n${LEAD_EN}\n\n${MORE_EN}`);
    expect(a.outlet).toBeNull();
    expect(a.originalSource).toBeNull();
    // a country or an unknown organisation "reports" is no outlet
    expect(
      clean(`Border to reopen\n\n${LEAD_EN.replace(/\.$/, ', Kazakhstan reports.')}\n\n${MORE_EN}`).outlet,
    ).toBeNull();
    expect(clean(`Sınır kapısı açılıyor\n\n${LEAD_TR}\n\n${MORE_TR}`).outlet).toBeNull();
  });

  it('knows outlets by name, alias, domain and logo spelling only', () => {
    expect(knownOutlet('Interfax')?.id).toMatch(/^media:/);
    expect(knownOutlet('kaztag.kz')?.name).toBe('KazTAG');
    expect(knownOutlet('TuraNews')?.id).toMatch(/^media:/);
    expect(knownOutlet('Turkmenistan')).toBeNull();
    expect(knownOutlet('')).toBeNull();
    const lines: MetaLine[] = [
      {
        text: 'Kazakhstan reported a rise in exports, the ministry said in a statement on Tuesday evening.',
        role: 'body',
      },
    ];
    expect(findCreditedOutlet(lines)).toBeNull();
    expect(findPageOutlet([])).toBeNull();
  });
});

describe('outlet identification: a logo over the menu', () => {
  it('takes a known outlet on the first line over a menu, and the site next to a closing agency credit', () => {
    expect(clean(`Eurasianet\nMenu\nSearch\nBorder to reopen\n\n${LEAD_EN}\n\n${MORE_EN}`).outlet).toBe(
      'Eurasianet',
    );
    const a = clean(
      `SÖZCÜ\nGündem\nDünya\nSınır kapısı açılıyor\n\n${LEAD_TR}\n\n${MORE_TR}\n\nDHA\n\nAbone Ol`,
    );
    expect(a.outlet).toBe('SÖZCÜ');
    expect(a.originalSource).toBe('DHA');
  });
});

describe('the site in logos and prompts of other layouts', () => {
  it('reads the logo under a skip link and a logo with its alternative text', () => {
    expect(
      clean(
        [
          'Skip to main content',
          'Eurasianet',
          'Search',
          '',
          'Border crossing reopens',
          '',
          LEAD_EN,
          '',
          MORE_EN,
        ].join('\n'),
      ).outlet,
    ).toBe('Eurasianet');
    expect(
      clean(
        [
          'BBC Homepage',
          'Skip to content',
          'Home',
          'News',
          '',
          'Border crossing reopens',
          '',
          LEAD_EN,
          '',
          MORE_EN,
        ].join('\n'),
      ).outlet,
    ).toBe('BBC');
  });
  it('reads the logo over a follow prompt', () => {
    expect(
      clean(
        [
          'Milliyet',
          "Google News'te Takip Et",
          'Dünya',
          '',
          'Sınır kapısı yeniden açılıyor',
          '',
          LEAD_TR,
          '',
          MORE_TR,
        ].join('\n'),
      ).outlet,
    ).toBe('Milliyet');
  });
  it('reads the site from its follow prompt', () => {
    expect(
      clean(
        [
          'Home',
          'News',
          '',
          'Border crossing reopens',
          '',
          LEAD_EN,
          '',
          MORE_EN,
          '',
          'Follow Kun.uz on Telegram',
        ].join('\n'),
      ).outlet,
    ).toBe('Kun.uz');
  });
});

describe('isPressOffice', () => {
  it.each([
    'Akorda',
    'Акорда',
    'пресс-служба президента',
    "Prime Minister's Office",
    'İletişim Başkanlığı',
    'president.kg',
    'kremlin.ru',
  ])('%s is a press office', (n) => expect(isPressOffice(n)).toBe(true));
  it.each(['Uza.uz', 'AA', 'Reuters', 'Kazinform', 'Tengrinews.kz', 'DHA', 'NBN'])('%s is not', (n) =>
    expect(isPressOffice(n)).toBe(false),
  );
});

describe('the site from its logo and slogan', () => {
  it('reads the name before a slogan about news on the first line', () => {
    const page = [
      'Steppe Ledger — independent news from Central Asia',
      'Politics Energy Opinion',
      '',
      'Border crossing reopens',
      '',
      LEAD_EN,
      '',
      MORE_EN,
    ];
    expect(clean(page.join('\n')).outlet).toBe('Steppe Ledger');
  });
  it('does not take a headline with a dash for a logo', () => {
    const page = [
      'Menu',
      '',
      'Border crossing reopens — officials hope for more trade',
      '',
      LEAD_EN,
      '',
      MORE_EN,
    ];
    expect(clean(page.join('\n')).outlet).toBeNull();
  });
  it('does not take a menu row for a logo and its slogan', () => {
    const page = [
      'Start | News | Opinion | Sport | Contacts',
      'Border crossing reopens after the spring closure',
      '',
      LEAD_EN,
      '',
      MORE_EN,
    ];
    expect(clean(page.join('\n')).outlet).toBeNull();
  });
});

describe('a site credited with its wires under the headline', () => {
  it('reads "X with AA" as the site and its agency, never as the headline', () => {
    const page = [
      'Border crossing reopens after the spring closure',
      'Daily Sabah with AA',
      'ISTANBUL',
      '',
      LEAD_EN,
      '',
      MORE_EN,
    ];
    const a = clean(page.join('\n'));
    expect(a.title).toBe('Border crossing reopens after the spring closure');
    expect(a.outlet).toBe('Daily Sabah');
    expect(a.originalSource).toBe('Anadolu Agency');
  });
  it('reads a credit in capitals with unnamed agencies: the site only, in its usual spelling', () => {
    const page = [
      'Border crossing reopens after the spring closure',
      'DAILY SABAH WITH AGENCIES',
      '',
      LEAD_EN,
      '',
      MORE_EN,
    ];
    const a = clean(page.join('\n'));
    expect(a.title).toBe('Border crossing reopens after the spring closure');
    expect(a.outlet).toBe('Daily Sabah');
    expect(a.originalSource).toBeNull();
  });
  it('leaves a headline that ends on "and agencies" words alone when it is a sentence', () => {
    const page = ['Ministers agree on border with neighbours and agencies', '', LEAD_EN, '', MORE_EN];
    expect(clean(page.join('\n')).title).toBe('Ministers agree on border with neighbours and agencies');
  });
});
