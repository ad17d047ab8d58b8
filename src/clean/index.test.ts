import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../model/index.js';
import { authorFromHint, withHeadline, cleanDocument, normalizeHintDate } from './index.js';

const P1 =
  'The foreign ministers of the five Central Asian states met in Ashgabat on Friday and agreed to hold regular consultations on water, energy and transport.';
const P2 =
  'The meeting, the first of its kind in two years, ended with a joint statement that called for closer cooperation with neighbouring countries and international lenders.';

function raw(body: string, extra: Partial<RawDocument> = {}): RawDocument {
  return {
    id: 'doc1',
    source: 'test/doc1.txt',
    format: 'text',
    body,
    encoding: 'utf-8',
    bytes: body.length,
    hints: {},
    ...extra,
  };
}

const DUMP = [
  'Menu',
  'twitter',
  '',
  'Ministers agree on regular consultations',
  '',
  'IANS | Ashgabat | Updated: 07-04-2023 18:00 IST | Created: 07-04-2023 16:30 IST',
  '',
  P1,
  '',
  P2,
  '',
  '(This story has not been edited by Example Daily staff and is auto-generated from a syndicated feed.)',
].join('\n');

describe('cleanDocument (text)', () => {
  it('keeps the standfirst as text and still reads the credit of the lead under it', () => {
    const page = [
      'Gündem',
      'Ministers agree on the new railway line',
      'The two sides will prepare a feasibility study by the end of the year',
      'Ayşe Demir |07.12.2026 - Güncelleme : 07.12.2026',
      `ANKARA (AA) - ${P1}`,
      P2,
    ].join('\n');
    const a = cleanDocument(raw(page));
    expect(a.text).toContain('The two sides will prepare a feasibility study');
    expect(a.originalSource).toBe('Anadolu Agency');
  });
  it('reads slash dates month-first on a US outlet, day-first elsewhere', () => {
    const page = (site: string) =>
      [
        'Menu',
        site,
        '',
        'Ministers agree on regular consultations',
        '12/04/2026 9:15 AM',
        '',
        P1,
        '',
        P2,
      ].join('\n');
    expect(cleanDocument(raw(page('Voice of America'))).published).toBe('2026-12-04T09:15:00');
    expect(cleanDocument(raw(page('Steppe Herald'))).published).toBe('2026-04-12T09:15:00');
  });

  it('cleans a dump and fills the metadata', () => {
    const a = cleanDocument(raw(DUMP));
    expect(a.id).toBe('doc1');
    expect(a.source).toBe('test/doc1.txt');
    expect(a.title).toBe('Ministers agree on regular consultations');
    expect(a.published).toBe('2023-04-07T16:30:00+05:30');
    expect(a.outlet).toBe('Example Daily');
    expect(a.originalSource).toBe('IANS');
    expect(a.dateline).toBe('Ashgabat');
    expect(a.author).toBeNull();
    expect(a.language).toBe('en');
    // the headline opens the text as its own paragraph, once
    expect(a.text).toBe(`Ministers agree on regular consultations\n\n${P1}\n\n${P2}`);
    expect(a.paragraphs.map((p) => a.text.slice(p.start, p.end))).toEqual([
      'Ministers agree on regular consultations',
      P1,
      P2,
    ]);
    expect(a.diagnostics).toEqual([]);
  });

  it('does not repeat a headline the body already starts with', () => {
    const w = withHeadline('Talks resume', 'Talks resume in Baku\n\nMore text.', [
      { start: 0, end: 20 },
      { start: 22, end: 32 },
    ]);
    expect(w.text).toBe('Talks resume in Baku\n\nMore text.');
    const x = withHeadline('Talks resume', 'Body text.', [{ start: 0, end: 10 }]);
    expect(x.paragraphs.map((p) => x.text.slice(p.start, p.end))).toEqual(['Talks resume', 'Body text.']);
    expect(withHeadline(null, 'Body.', [{ start: 0, end: 5 }]).text).toBe('Body.');
  });

  it('lets hints from structured inputs win', () => {
    const a = cleanDocument(
      raw(DUMP, {
        hints: {
          title: 'Stated title',
          published: 'Fri, 07 Apr 2023 11:00:00 +0000',
          author: 'Jane Roe',
          outlet: 'Feed Outlet',
          language: 'en-GB',
        },
      }),
    );
    expect(a.title).toBe('Stated title');
    expect(a.published).toBe('2023-04-07T11:00:00+00:00');
    expect(a.author).toBe('Jane Roe');
    expect(a.outlet).toBe('Feed Outlet');
    expect(a.language).toBe('en');
  });

  it('falls back to the page when a hint is empty or unreadable', () => {
    const a = cleanDocument(raw(DUMP, { hints: { title: '  ', published: 'not a date' } }));
    expect(a.title).toBe('Ministers agree on regular consultations');
    expect(a.published).toBe('2023-04-07T16:30:00+05:30');
    expect(a.diagnostics.map((d) => d.code)).toContain('ORBIT_W_BAD_DATE');
  });

  it('reports missing date and text with stable codes', () => {
    const a = cleanDocument(raw('Home\nfacebook\nLeave a Reply'));
    expect(a.text).toBe('');
    expect(a.language).toBe('und');
    const codes = a.diagnostics.map((d) => d.code);
    expect(codes).toContain('ORBIT_E_NO_TEXT');
    expect(codes).toContain('ORBIT_W_NO_DATE');
  });

  it('never throws on malformed documents', () => {
    for (const bad of [
      null,
      undefined,
      {},
      { id: 1, body: 5 },
      { id: 'x', body: 'x', hints: null, format: 'text' },
    ]) {
      const a = cleanDocument(bad as unknown as RawDocument);
      expect(a.text).toBe('');
      expect(a.diagnostics.length).toBeGreaterThan(0);
    }
  });
});

describe('cleanDocument (html)', () => {
  const html = `<!doctype html><html lang="en"><head><title>Ministers agree - Example Daily</title>
    <meta property="og:site_name" content="Example Daily"></head><body>
    <nav><a href="/">Home</a> <a href="/w">World</a></nav>
    <article><h1>Ministers agree</h1><p>${P1}</p><p>Share this article</p><p>${P2}</p><p>${P1}</p></article>
    <footer><p>Example Daily © 2024</p></footer></body></html>`;
  it('uses the HTML extractor, then the shared chrome filters', () => {
    const a = cleanDocument(raw(html, { format: 'html' }));
    expect(a.text).toContain(P1);
    expect(a.text).toContain(P2);
    expect(a.text).not.toContain('Share this article');
    expect(a.text.split(P1).length - 1).toBe(1);
    expect(a.text).not.toContain('©');
    expect(a.outlet).toBe('Example Daily');
    expect(a.language).toBe('en');
    for (const p of a.paragraphs) expect(a.text.slice(p.start, p.end).length).toBeGreaterThan(0);
  });
  it('drops a date-only line but keeps a dated timeline entry, and reads the date from it', () => {
    const page = `<html><head><title>Talks resume - Example Daily</title></head><body><article><h1>Talks resume</h1>
      <p>November 23, 2026</p><p>${P1}</p><p>November 20, 2026: the ministers agreed on an agenda for the talks.</p><p>${P2}</p></article></body></html>`;
    const a = cleanDocument(raw(page, { format: 'html' }));
    expect(a.text).not.toMatch(/^November 23, 2026$/m);
    expect(a.text).toContain('November 20, 2026: the ministers agreed');
    expect(a.published).toBe('2026-11-23');
    expect(a.outlet).toBe('Example Daily');
  });
  it('returns ORBIT_E_NO_TEXT for an empty page', () => {
    const a = cleanDocument(raw('<html><body></body></html>', { format: 'html' }));
    expect(a.text).toBe('');
    expect(a.diagnostics.map((d) => d.code)).toContain('ORBIT_E_NO_TEXT');
  });
});

describe('normalizeHintDate', () => {
  it('passes ISO through and reads feed dates', () => {
    const d: never[] = [];
    expect(normalizeHintDate('2022-01-10T14:58:00+05:30', d)).toBe('2022-01-10T14:58:00+05:30');
    expect(normalizeHintDate('2022-01-10', d)).toBe('2022-01-10');
    expect(normalizeHintDate('Mon, 10 Jan 2022 14:58:00 +0530', d)).toBe('2022-01-10T14:58:00+05:30');
    expect(d).toEqual([]);
  });
});

describe('cleanDocument on hostile input', () => {
  // Deterministic pseudo-random generator: same inputs on every run.
  let seed = 12345;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const ALPHABET = [
    'a',
    'Z',
    ' ',
    '\n',
    '\n\n',
    '.',
    '©',
    '|',
    '(',
    ')',
    '12',
    '2022',
    ':',
    '—',
    'Ж',
    'ş',
    '\u00A0',
    '\t',
    '...',
    'By ',
    'IST',
    '<p>',
    '</p>',
    '<',
    '&amp;',
  ];
  it('never throws and keeps paragraph offsets valid on random text and HTML', () => {
    for (let k = 0; k < 200; k++) {
      const parts: string[] = [];
      const len = rand(400);
      for (let i = 0; i < len; i++) parts.push(ALPHABET[rand(ALPHABET.length)]);
      const body = parts.join('');
      for (const format of ['text', 'html'] as const) {
        const a = cleanDocument(raw(body, { format }));
        expect(typeof a.text).toBe('string');
        expect(typeof a.language).toBe('string');
        for (const p of a.paragraphs) {
          expect(p.start).toBeGreaterThanOrEqual(0);
          expect(p.end).toBeLessThanOrEqual(a.text.length);
          expect(p.start).toBeLessThan(p.end);
        }
      }
    }
  });
  it('handles a very long single line and many lines without blowing up', () => {
    const long = 'word '.repeat(100_000);
    expect(cleanDocument(raw(long)).text.length).toBeGreaterThan(0);
    const many = Array.from({ length: 20_000 }, (_, i) => (i % 7 === 0 ? P1 : `Menu item ${i}`)).join('\n');
    expect(cleanDocument(raw(many)).paragraphs.length).toBeGreaterThan(0);
  });
});

describe('authorFromHint', () => {
  it('takes the name from an RSS author e-mail and drops bare addresses', () => {
    expect(authorFromHint('desk@paper.example (Jane Roe)')).toBe('Jane Roe');
    expect(authorFromHint('desk@paper.example')).toBeNull();
    expect(authorFromHint('Jane Roe')).toBe('Jane Roe');
    expect(authorFromHint(null)).toBeNull();
  });
});

describe('structured bodies', () => {
  it('keeps a declared body of figures that the page-dump heuristics would drop', () => {
    const body = 'Shr 34 cts vs 1.19 dlrs\n    Net 807,000 vs 2,858,000\n    Assets 510.2 mln vs 479.7 mln';
    const r: RawDocument = {
      id: 'f1',
      source: 'wire.jsonl#1',
      format: 'text',
      body,
      encoding: 'utf-8',
      bytes: body.length,
      hints: { title: 'Quarterly figures' },
    };
    const a = cleanDocument(r);
    expect(a.text).toContain('Net 807,000 vs 2,858,000');
    expect(a.diagnostics.map((d) => d.code)).not.toContain('ORBIT_E_NO_TEXT');
    // a bare text file with the same content has no declared body: still no article
    expect(cleanDocument({ ...r, source: 'figures.txt', hints: {} }).text).toBe('');
  });
});

describe('relative dates (policy in metadata-dates.ts)', () => {
  it.each([
    '2 hours ago',
    'Вчера, 18:40',
    'Dün 21:10',
    '3 saat önce',
    'Yesterday at 9:41 AM EST',
    'Сегодня в 14:05 (МСК)',
  ])('"%s" names no day and is a date line, not the headline or text', (rel) => {
    const a = cleanDocument(
      raw(['Menu', 'Ministers agree on regular consultations', rel, '', P1, '', P2].join('\n')),
    );
    expect(a.published).toBeNull();
    expect(a.title).toBe('Ministers agree on regular consultations');
    expect(a.text).not.toContain(rel);
  });
  it('an absolute date beside a relative one dates the page', () => {
    const a = cleanDocument(
      raw(
        [
          'Ministers agree on regular consultations',
          'December 4, 20263:12 PM GMT+4Updated 2 hours ago',
          '',
          P1,
          '',
          P2,
        ].join('\n'),
      ),
    );
    expect(a.published).toBe('2026-12-04T15:12:00+04:00');
  });
});

describe('cleanDocument: pages of outlets not seen before', () => {
  const page = (head: string, article: string): string =>
    `<!doctype html><html lang="en"><head>${head}</head><body><nav><a href="/">Home</a> <a href="/w">World</a></nav><article>${article}</article></body></html>`;
  it('takes the writer, not the photographer, from "author" classes, and every co-author from the meta tags', () => {
    const a = cleanDocument(
      raw(
        page(
          '<title>Ministers agree</title>',
          `<h1>Ministers agree</h1><div class="article__main-image"><img src="a.jpg"><div class="article__main-image__author">Photo: Jane Roe / Example Wire</div></div><p>${P1}</p><p>${P2}</p><div class="article__authors">By John Doe</div>`,
        ),
        { format: 'html' },
      ),
    );
    expect(a.author).toBe('John Doe');
    const b = cleanDocument(
      raw(
        page(
          '<title>Ministers agree</title><meta name="article:author" content="Jane Roe"><meta name="article:author" content="https://example.org/staff/jane-roe"><meta name="article:author" content="John Doe">',
          `<h1>Ministers agree</h1><p>${P1}</p><p>${P2}</p>`,
        ),
        { format: 'html' },
      ),
    );
    expect(b.author).toBe('Jane Roe and John Doe');
  });
  it('drops a line of labelled published and updated dates, and dates the page by it', () => {
    const line = 'Giriş Tarihi: 12 Mart 2026 Perşembe 14:05 Son Güncelleme: 12 Mart 2026 Perşembe 14:31';
    const a = cleanDocument(
      raw(
        page(
          '<title>Ministers agree</title>',
          `<h1>Ministers agree</h1><div class="date">${line}</div><p>${P1}</p><p>${P2}</p>`,
        ),
        {
          format: 'html',
        },
      ),
    );
    expect(a.text).not.toContain('Giriş Tarihi');
    expect(a.published).toBe('2026-03-12T14:05:00');
  });
  it('names the outlet, not its address, when the site name is a lower-case domain the gazetteer knows', () => {
    const a = cleanDocument(
      raw(
        page(
          '<title>Ministers agree</title><meta property="og:site_name" content="dw.com">',
          `<h1>Ministers agree</h1><p>${P1}</p><p>${P2}</p>`,
        ),
        {
          format: 'html',
        },
      ),
    );
    expect(a.outlet).toBe('Deutsche Welle');
  });
  it("credits no original source on an agency's own story, but does on a copy", () => {
    const body = `<h1>Ministers agree</h1><p>MOSCOW, March 12. /TASS/. ${P1}</p><p>${P2}</p>`;
    const own = cleanDocument(
      raw(page('<meta property="og:site_name" content="TASS">', body), { format: 'html' }),
    );
    expect(own.outlet).toBe('TASS');
    expect(own.originalSource).toBeNull();
    const copy = cleanDocument(
      raw(page('<meta property="og:site_name" content="Example Daily">', body), { format: 'html' }),
    );
    expect(copy.originalSource).toBe('TASS');
  });
  it('reads "Source" in a menu as no credit, and "Source: X" before the date as one', () => {
    const menu = [
      'Example Times',
      'China',
      'Source',
      'Opinion',
      'World',
      'Ministers agree',
      'March 12, 2026',
      '',
      P1,
      '',
      P2,
    ];
    expect(cleanDocument(raw(menu.join('\n'))).originalSource).toBeNull();
    const credit = [
      'Example Times',
      'China',
      'World',
      'Ministers agree',
      'Source: Xinhua Published: Mar 12, 2026 09:05 PM',
      '',
      P1,
      '',
      P2,
    ];
    const a = cleanDocument(raw(credit.join('\n')));
    expect(a.originalSource).toBe('Xinhua');
    expect(a.published).toBe('2026-03-12T21:05:00');
  });
  it('does not take a follow button for the site beside its logo and the wire credit', () => {
    const dump = [
      'Hürriyet',
      'Gündem',
      'Ekonomi',
      'Ministers agree',
      '',
      P1,
      '',
      P2,
      'DHA',
      'Abone Ol',
      'Google News',
    ];
    const a = cleanDocument(raw(dump.join('\n')));
    expect(a.outlet).toBe('Hürriyet');
    expect(a.originalSource).toBe('DHA');
  });
  it("keeps every time-stamped entry of a live page, under the page's headline", () => {
    const dump = [
      'Menu',
      'Talks live: Ministers agree on regular consultations',
      'By Jane Roe',
      '12 Mar 2026 - 14:05 GMT',
      'Ministers agree on regular consultations',
      P1,
      '12 Mar 2026 - 13:40 GMT',
      'Lenders promise support for the corridor',
      P2,
      'Advertisement',
      '12 Mar 2026 - 12:55 GMT',
      'Border crossing reopens after repairs',
      'The border crossing between the two countries reopened on Thursday morning after three weeks of repairs.',
    ];
    const a = cleanDocument(raw(dump.join('\n')));
    expect(a.title).toBe('Talks live: Ministers agree on regular consultations');
    expect(a.text).toContain(P2);
    expect(a.text).toContain('reopened on Thursday morning');
    expect(a.text).toContain('Lenders promise support for the corridor');
    expect(a.text).not.toContain('Advertisement');
  });
});

describe('cleanDocument: headline, standfirst and credit lines of unseen layouts', () => {
  it('reads "Jane Roe | AA" as the reporter and the agency', () => {
    const a = cleanDocument(
      raw(
        [
          'Menu',
          'Ministers agree on regular consultations',
          'Jane Roe | AA',
          '12 March 2026 14:05',
          '',
          P1,
          '',
          P2,
        ].join('\n'),
      ),
    );
    expect(a.author).toBe('Jane Roe');
    expect(a.originalSource).toBe('Anadolu Agency');
  });
  it('reads a dateline credit alone on its line ("Baku, March 12, Trend")', () => {
    const a = cleanDocument(
      raw(
        [
          'Example Daily',
          'Menu',
          'Ministers agree on regular consultations',
          'Baku, March 12, Trend',
          P1,
          '',
          P2,
        ].join('\n'),
      ),
    );
    expect(a.originalSource).toBe('Trend');
  });
  it('takes a three-word headline over a longer standfirst and the date line', () => {
    const a = cleanDocument(
      raw(
        [
          'Menu',
          'Tashkent chooses Brussels',
          'Uzbekistan signs an enhanced partnership agreement with the European Union',
          '12.03.2026, 22:10',
          '',
          P1,
          '',
          P2,
        ].join('\n'),
      ),
    );
    expect(a.title).toBe('Tashkent chooses Brussels');
  });
  it('takes the headline over its date line and keeps the longer standfirst under it as text', () => {
    const sf = 'The agreement runs until 2030 and sets the priorities of the regional water policy';
    const a = cleanDocument(
      raw(
        [
          'Menu',
          'Ministers agree on regular consultations',
          '12:05 12.03.2026',
          'Подписаться',
          sf,
          P1,
          '',
          P2,
        ].join('\n'),
      ),
    );
    expect(a.title).toBe('Ministers agree on regular consultations');
    expect(a.text).toContain(sf);
  });
});
