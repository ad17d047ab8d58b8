/** Unit tests for the UI's document, timeline, network and entity helpers (no browser). */
import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown, safeHref } from '../../web/src/lib/markdown';
import { findTerms, highlightTerms, queryTerms } from '../../web/src/lib/highlight';
import { communities } from '../../web/src/lib/communities';
import {
  mergeRoles,
  periodsText,
  relationGroup,
  relationSentence,
  titleInSentence,
} from '../../web/src/lib/relations';
import { dateSpan, monthIndex, monthTicks, rangeSpan, timeTicks } from '../../web/src/lib/timescale';

describe('parseMarkdown', () => {
  it('reads headings, bullet lists and paragraphs', () => {
    const blocks = parseMarkdown('# Title\n\n## Key events\n\n- one\n- two\n\nNothing in this period.\n');
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'heading', 'list', 'para']);
    expect(blocks[1]).toMatchObject({ kind: 'heading', level: 2 });
    expect(blocks[2]).toMatchObject({ kind: 'list', ordered: false });
    expect(blocks[2].kind === 'list' && blocks[2].items.length).toBe(2);
  });

  it('keeps escaped characters literal and markup as text', () => {
    expect(parseInline('a \\*b\\* \\<script\\> \\[x\\]')).toEqual([
      { kind: 'text', text: 'a *b* <script> [x]' },
    ]);
    expect(parseInline('<img src=x onerror=alert(1)>')).toEqual([
      { kind: 'text', text: '<img src=x onerror=alert(1)>' },
    ]);
  });

  it('reads a briefing citation: escaped brackets inside the link text, the reader address as href', () => {
    const [link] = parseInline('[\\[Leaders \\<b\\>meet, “They met.”\\]](/#/doc/abc?at=3-9)');
    expect(link).toEqual({
      kind: 'link',
      href: '#/doc/abc?at=3-9',
      children: [{ kind: 'text', text: '[Leaders <b>meet, “They met.”]' }],
    });
  });

  it('drops links to anything but the app and http(s), keeping their text', () => {
    expect(parseInline('[click](javascript:alert(1))')).toEqual([
      { kind: 'text', text: 'click' },
      { kind: 'text', text: ')' },
    ]);
    expect(safeHref('data:text/html,x')).toBeNull();
    expect(safeHref('https://example.org/a')).toBe('https://example.org/a');
    expect(safeHref('#/entity/x')).toBe('#/entity/x');
  });

  it('reads emphasis, strong and code, and leaves unclosed markers as text', () => {
    expect(parseInline('window.__orbitXss=7 __x__')).toEqual([
      { kind: 'text', text: 'window.__orbitXss=7 __x__' },
    ]);
    expect(parseInline('*a* **b** `c` * d snake_case_name')).toEqual([
      { kind: 'em', children: [{ kind: 'text', text: 'a' }] },
      { kind: 'text', text: ' ' },
      { kind: 'strong', children: [{ kind: 'text', text: 'b' }] },
      { kind: 'text', text: ' ' },
      { kind: 'code', text: 'c' },
      { kind: 'text', text: ' * d snake_case_name' },
    ]);
  });

  it('survives empty and non-string input', () => {
    expect(parseMarkdown('')).toEqual([]);
    expect(parseMarkdown(null)).toEqual([]);
  });
});

describe('roles and relation sentences', () => {
  it('merges roles that differ in case or only lack dates, keeping every dated period', () => {
    const merged = mergeRoles([
      { title: 'President', of: 'country:KZ', ofName: 'Kazakhstan' },
      { title: 'foreign minister', of: 'country:KZ', from: '1994-10', to: '1999-03' },
      { title: 'president', of: 'country:KZ', from: '2019-03-20', to: null },
      { title: 'foreign minister', of: 'country:KZ', from: '2002-01', to: '2007-01' },
      { title: 'OSCE', of: null },
    ]);
    expect(merged.map((r) => r.title)).toEqual(['president', 'OSCE', 'foreign minister']);
    expect(merged[0]).toMatchObject({ ofName: 'Kazakhstan', periods: [{ from: '2019-03-20', to: null }] });
    expect(periodsText(merged[2].periods)).toBe('1994-10 – 1999-03 and 2002-01 – 2007-01');
    expect(periodsText(merged[1].periods)).toBe('');
    expect(titleInSentence('Press Secretary')).toBe('press secretary');
    expect(titleInSentence('EU Special Envoy')).toBe('EU special envoy');
    expect(mergeRoles(null)).toEqual([]);
  });

  it("reads a relation with its stated subject first, on either entity's page", () => {
    const r = {
      type: 'holds_role',
      from: 'person:berik-uali',
      fromName: 'Berik Uali',
      to: 'country:KZ',
      toName: 'Kazakhstan',
      roles: [{ title: 'press secretary' }],
    };
    const onCountry = relationSentence(r, 'country:KZ');
    expect(`${onCountry.subject.name} ${onCountry.verb} ${onCountry.object.name}`).toBe(
      'Berik Uali is press secretary of Kazakhstan',
    );
    expect(onCountry.selfIs).toBe('object');
    expect(relationSentence(r, 'person:berik-uali').selfIs).toBe('subject');
    const bare = relationSentence({ ...r, roles: undefined }, 'country:KZ');
    expect(`${bare.subject.name} ${bare.verb} ${bare.object.name}`).toBe(
      'Berik Uali holds a role of Kazakhstan',
    );
    const member = relationSentence(
      {
        type: 'member_of',
        from: 'country:KZ',
        fromName: 'Kazakhstan',
        to: 'org:csto',
        toName: 'CSTO',
        validFrom: '2002-10-07',
      },
      'org:csto',
      '2025-01-01',
    );
    expect(`${member.subject.name} ${member.verb} ${member.object.name} (${member.when})`).toBe(
      'Kazakhstan is a member of CSTO (since 2002-10-07)',
    );
    const left = relationSentence(
      { type: 'member_of', from: 'country:GE', to: 'org:cis', validFrom: '1993', validTo: '2009-08-18' },
      'country:GE',
      '2025-01-01',
    );
    expect(left.verb).toBe('was a member of');
    expect(relationGroup('member_of', 'object')).toBe('Members');
    expect(relationGroup('holds_role', 'object')).toBe('People in office');
  });
});

describe('time scales', () => {
  it('turns dates of any precision into the instants they cover', () => {
    expect(dateSpan('2022')).toEqual([Date.UTC(2022, 0, 1), Date.UTC(2023, 0, 1)]);
    expect(dateSpan('2022-09')).toEqual([Date.UTC(2022, 8, 1), Date.UTC(2022, 9, 1)]);
    expect(dateSpan('2022-09-14')).toEqual([Date.UTC(2022, 8, 14), Date.UTC(2022, 8, 15)]);
    expect(dateSpan('2022-13')).toBeNull();
    expect(dateSpan('soon')).toBeNull();
    expect(rangeSpan('2021-02-24', '2021-05-25')).toEqual([Date.UTC(2021, 1, 24), Date.UTC(2021, 4, 26)]);
    expect(rangeSpan(null, '2021')).toEqual([Date.UTC(2021, 0, 1), Date.UTC(2022, 0, 1)]);
    expect(rangeSpan(null, null)).toBeNull();
  });

  it('places months by the calendar: 2022-01, 2022-04 and 2023-03 are 3 and 11 months apart', () => {
    const [a, b, c] = ['2022-01', '2022-04', '2023-03'].map((m) => monthIndex(m)!);
    expect([b - a, c - b]).toEqual([3, 11]);
    expect(monthIndex('2022-00')).toBeNull();
    expect(monthTicks(a, c, 8).every((m) => (m - a) % 1 === 0)).toBe(true);
    expect(monthTicks(a, c, 8).length).toBeLessThanOrEqual(8);
  });

  it('ticks on calendar boundaries, finer as the span shrinks', () => {
    const years = timeTicks(Date.UTC(2015, 5, 1), Date.UTC(2025, 5, 1), 12);
    expect(years.map((t) => t.label)).toEqual([
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
    ]);
    const months = timeTicks(Date.UTC(2022, 0, 10), Date.UTC(2022, 6, 10), 10);
    expect(months.map((t) => t.label)).toEqual([
      'Feb 2022',
      'Mar 2022',
      'Apr 2022',
      'May 2022',
      'Jun 2022',
      'Jul 2022',
    ]);
    const days = timeTicks(Date.UTC(2022, 8, 12), Date.UTC(2022, 8, 16), 10);
    expect(days.map((t) => t.label)).toEqual(['12 Sep', '13 Sep', '14 Sep', '15 Sep', '16 Sep']);
    for (const list of [years, months, days])
      for (let i = 1; i < list.length; i++) expect(list[i].t).toBeGreaterThan(list[i - 1].t);
    expect(timeTicks(5, 5)).toEqual([]);
  });
});

describe('search words carried into the article', () => {
  it('takes the query words without operators or exclusions, then the forms the snippet marked', () => {
    expect(queryTerms('"gas pipeline" OR oil -Russia')).toEqual(['gas', 'pipeline', 'oil']);
    expect(highlightTerms('sanction', '…new \u0002sanctions\u0003 on \u0002Sanctioned\u0003 firms')).toEqual([
      'sanction',
      'sanctions',
      'sanctioned',
    ]);
    expect(queryTerms('')).toEqual([]);
  });

  it('finds word starts, case-insensitively, with short endings, and nothing inside other words', () => {
    const text = 'Kazakhstan and the Kazakh side; sanctions were sanctioned. Pakistan is not Kazakh-led.';
    const hits = (terms: string[]) => findTerms(text, terms).map((h) => text.slice(h.start, h.end));
    expect(hits(['kazakh'])).toEqual(['Kazakhstan', 'Kazakh', 'Kazakh']);
    expect(hits(['sanctions'])).toEqual(['sanctions', 'sanctioned']);
    expect(hits(['stan'])).toEqual([]);
    expect(hits(['(x'])).toEqual([]);
    expect(findTerms('', ['a'])).toEqual([]);
  });
});

describe('network communities', () => {
  it('finds two cliques joined by one weak edge, largest first, and leaves isolated nodes alone', () => {
    const edges = [
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'c'],
      ['c', 'd'],
      ['a', 'd'],
      ['x', 'y'],
      ['y', 'z'],
      ['x', 'z'],
    ].map(([source, target]) => ({ source, target, weight: 3 }));
    edges.push({ source: 'd', target: 'x', weight: 1 });
    const c = communities(['a', 'b', 'c', 'd', 'x', 'y', 'z', 'lonely'], edges);
    expect(new Set(['a', 'b', 'c', 'd'].map((n) => c.get(n)))).toEqual(new Set([0]));
    expect(new Set(['x', 'y', 'z'].map((n) => c.get(n)))).toEqual(new Set([1]));
    expect(c.get('lonely')).toBe(2);
    // Deterministic.
    expect([...communities(['a', 'b', 'c', 'd', 'x', 'y', 'z', 'lonely'], edges)]).toEqual([...c]);
  });

  it('survives no edges, unknown ends and self loops', () => {
    expect([...communities(['a', 'b'], [])].map(([, v]) => v).sort()).toEqual([0, 1]);
    expect(
      communities(
        ['a'],
        [
          { source: 'a', target: 'a' },
          { source: 'a', target: 'zz' },
        ],
      ).get('a'),
    ).toBe(0);
    expect(communities([], []).size).toBe(0);
  });
});
