import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../model/index.js';
import { cleanDocument } from './index.js';
import { cleanTextDump } from './text.js';
import { unwrapLines } from './unwrap.js';

// Invented hard-wrapped texts in the shapes wire services, archives and e-mail give.
const paras = (text: string): string[] => text.split('\n\n');
const lines = (s: string): string[] => s.split('\n');

function doc(body: string, title?: string): RawDocument {
  return {
    id: 'w1',
    source: 'test/w1.txt',
    format: 'text',
    body,
    encoding: 'utf-8',
    bytes: body.length,
    hints: title ? { title } : {},
  };
}

/** Reuters-21578 shape: the dateline was cut off the first line; paragraphs open indented. */
const INDENTED = [
  'Acme Grain Corp is not under',
  'pressure to sell its stake in the Caspian terminal and would',
  'do well to wait for better prices, traders said on Tuesday.',
  '    The company has not commented on the talks with buyers',
  'from Kazakhstan and Azerbaijan, which began in early March,',
  'according to people close to the talks.',
  '    Shares in the company fell two percent on Tuesday after',
  'a report that throughput at the terminal had dropped again.',
  ' Reuter',
].join('\n');

describe('unwrapLines: hard-wrapped paragraphs', () => {
  it('keeps the short opening line of an indentation-marked body under a known headline', () => {
    const a = cleanDocument(doc(INDENTED, 'ACME GRAIN NOT PRESSED TO SELL TERMINAL STAKE'));
    expect(paras(a.text)).toEqual([
      'ACME GRAIN NOT PRESSED TO SELL TERMINAL STAKE',
      'Acme Grain Corp is not under pressure to sell its stake in the Caspian terminal and would do well to wait for better prices, traders said on Tuesday.',
      'The company has not commented on the talks with buyers from Kazakhstan and Azerbaijan, which began in early March, according to people close to the talks.',
      'Shares in the company fell two percent on Tuesday after a report that throughput at the terminal had dropped again.',
    ]);
  });

  it('keeps it without a headline too, and a headline line given first is not joined', () => {
    expect(paras(cleanTextDump(INDENTED).text)[0]).toMatch(/^Acme Grain Corp is not under pressure to sell/);
    const titled = cleanDocument(
      doc(`Acme Grain not pressed to sell\n${INDENTED}`, 'Acme Grain not pressed to sell'),
    );
    expect(paras(titled.text).slice(0, 2)).toEqual([
      'Acme Grain not pressed to sell',
      expect.stringMatching(/^Acme Grain Corp is not under pressure/),
    ]);
  });

  it('joins a short wire item whose next line starts in lower case', () => {
    const item = [
      'Rockwell Tractor Corp has',
      'received a 28 mln dlr contract to supply tractors to farms in',
      'the Kostanay region, the regional administration said.',
      ' Reuter',
    ].join('\n');
    expect(cleanDocument(doc(item, 'ROCKWELL TRACTOR GETS KAZAKH CONTRACT')).text).toContain(
      'Rockwell Tractor Corp has received a 28 mln dlr contract',
    );
  });

  it('joins wrapped lines under a dateline', () => {
    const wire = [
      "ASTANA, March 3 (Wire) - Kazakhstan's energy ministry said on",
      'Monday it would raise oil exports through the Caspian pipeline',
      'by ten percent next year, citing higher output at Tengiz.',
      '    The ministry gave no figures for the Baku-Tbilisi-Ceyhan',
      'route, which Kazakh oil has used since 2008.',
    ].join('\n');
    expect(paras(cleanTextDump(wire).text)).toEqual([
      "ASTANA, March 3 (Wire) - Kazakhstan's energy ministry said on Monday it would raise oil exports through the Caspian pipeline by ten percent next year, citing higher output at Tengiz.",
      'The ministry gave no figures for the Baku-Tbilisi-Ceyhan route, which Kazakh oil has used since 2008.',
    ]);
  });

  it('takes e-mail quote markers off and keeps quoted paragraphs apart', () => {
    const mail = [
      'Please find below the statement issued by the ministry this',
      'morning, for your information and for the briefing notes.',
      '',
      '> The Ministry of Foreign Affairs of Georgia welcomes the',
      '> agreement reached in Brussels on Tuesday between the two',
      '> delegations and calls on all parties to implement it.',
      '>',
      '> The Ministry stresses that the agreement must respect the',
      '> territorial integrity of Georgia within its borders.',
    ].join('\n');
    expect(paras(cleanTextDump(mail).text)).toEqual([
      'Please find below the statement issued by the ministry this morning, for your information and for the briefing notes.',
      'The Ministry of Foreign Affairs of Georgia welcomes the agreement reached in Brussels on Tuesday between the two delegations and calls on all parties to implement it.',
      'The Ministry stresses that the agreement must respect the territorial integrity of Georgia within its borders.',
    ]);
  });

  it('leaves short lines that are paragraphs of their own apart: list items, addresses, headings', () => {
    const text = [
      'Ministers from the five Central Asian states met in Tashkent',
      'on Friday and agreed on a joint plan for water sharing in the',
      'Aral Sea basin, according to a statement from the host.',
      'The plan covers:',
      '- the Amu Darya',
      '- the Syr Darya',
      'The statement was signed by the foreign ministers of all five',
      'countries and will be sent to their parliaments for approval',
      'before the end of the year, the host government said.',
      'Ministry of Foreign Affairs',
      '9 Mustaqillik Street',
      'Tashkent 100029',
    ];
    const out = unwrapLines(text);
    expect(out).toEqual([
      'Ministers from the five Central Asian states met in Tashkent on Friday and agreed on a joint plan for water sharing in the Aral Sea basin, according to a statement from the host.',
      'The plan covers:',
      '- the Amu Darya',
      '- the Syr Darya',
      'The statement was signed by the foreign ministers of all five countries and will be sent to their parliaments for approval before the end of the year, the host government said.',
      'Ministry of Foreign Affairs',
      '9 Mustaqillik Street',
      'Tashkent 100029',
    ]);
    // A short heading over a flush paragraph in indentation-marked text stays a heading.
    const headed = unwrapLines(
      lines(
        [
          'Background',
          'The pipeline was first proposed in 1998 by the governments of',
          'Azerbaijan, Georgia and Turkey as a route around Russia.',
          '    Construction began in 2002 and the first oil reached the',
          'Mediterranean terminal at Ceyhan in 2006.',
        ].join('\n'),
      ),
    );
    expect(headed[0]).toBe('Background');
  });

  it('leaves page dumps (long lines) as they are', () => {
    const long = 'x '.repeat(120).trim();
    expect(unwrapLines(['Menu', long, 'home', long])).toEqual(['Menu', long, 'home', long]);
  });
});

describe('cleanTextDump: around hard-wrapped bodies', () => {
  it('keeps a results table that opens the text under the headline', () => {
    const body = [
      'Shr 34 cts vs 1.19 dlrs',
      '    Net 807,000 vs 2,858,000',
      '    Assets 510.2 mln vs 479.7 mln',
      '    Deposits 472.3 mln vs 440.3 mln',
      '    Note: fourth quarter figures are not available. The year',
      'includes an extraordinary gain from a tax carry forward.',
    ].join('\n');
    const r = cleanTextDump(body, { title: 'ACME BANK YEAR NET' });
    expect(paras(r.text)[0]).toBe('Shr 34 cts vs 1.19 dlrs');
  });

  it('does not take "per share on" in prose for a share prompt', () => {
    const body = [
      'Acme Oil Corp reported fourth quarter net income of 790,000 dlrs',
      'or seven cts per share on revenues of 7.7 mln dlrs.',
      '    For the year it reported a net loss of 6.5 mln dlrs after',
      'writedowns in the book value of its oil and gas properties.',
    ].join('\n');
    expect(paras(cleanTextDump(body).text)[0]).toMatch(/^Acme Oil Corp reported .* per share on revenues/);
  });

  it("does not join a page dump's headline to the next short line when its prose runs on one line", () => {
    // A news page copied from a browser: a long menu of short lines, a headline, a relative time,
    // and paragraphs each on one long line. Its 90th-percentile width is that of its headings.
    const body = [
      'Новости',
      'Казахстан',
      'Мир',
      'Спорт',
      'Новости Казахстана',
      'Казахстан и Узбекистан договорились о совместной водной стратегии',
      'Сегодня, 14:05',
      '12 345',
      'Фото: пресс-служба',
      'Президенты двух стран договорились разработать совместную стратегию по использованию водных ресурсов региона, говорится в сообщении пресс-службы.',
      '"Мы должны вместе решать проблему нехватки воды", - заявил президент.',
      'Стороны также договорились увеличить товарооборот в ближайшие годы.',
      'Если вы стали очевидцем интересного события, присылайте информацию нам',
      'Поделиться',
    ];
    expect(unwrapLines(body)).toContain('Казахстан и Узбекистан договорились о совместной водной стратегии');
    expect(cleanTextDump(body.join('\n')).title).toBe(
      'Казахстан и Узбекистан договорились о совместной водной стратегии',
    );
  });
});

describe('unwrapLines: a headline over its standfirst in a hard-wrapped page', () => {
  const BODY = [
    'Turkmenistan has invited energy ministers from Afghanistan, Pakistan and India to',
    'a new round of talks on the gas pipeline, the Turkmen foreign ministry said on a',
    'Friday, adding that the talks would focus on financing and on the security of the',
    'Afghan section of the route, which has been discussed for more than three decades.',
  ];
  it('does not join the headline to a standfirst whose first word would have fit', () => {
    const out = unwrapLines([
      'Turkmenistan opens gas pipeline talks with its southern neighbours',
      'Ashgabat hopes the long-delayed project can finally move to construction next year.',
      '',
      ...BODY,
    ]);
    expect(out[0]).toBe('Turkmenistan opens gas pipeline talks with its southern neighbours');
    expect(out[1]).toMatch(/^Ashgabat hopes/);
    expect(out[3]).toMatch(/^Turkmenistan has invited .* three decades\.$/);
  });
  it('still joins a headline broken after a word that cannot end it', () => {
    const out = unwrapLines([
      'Iran and Russia agree to speed up the North-South rail link through',
      'Azerbaijan',
      'The two sides will finance the missing section of the railway by 2028.',
      '',
      ...BODY,
    ]);
    expect(out[0]).toBe('Iran and Russia agree to speed up the North-South rail link through Azerbaijan');
  });
});
