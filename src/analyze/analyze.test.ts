import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../resolve/gazetteer.js';
import { gazetteerRelations } from '../resolve/relations.js';
import type { Entity, Export, Mention, OrbitEvent, Quote } from '../model/index.js';
import { coreferEvents, datesCompatible } from './events.js';
import { blocPhrase, computeAlignment } from './alignment.js';
import { buildTimeline, timelineLine } from './timeline.js';
import { buildBriefing } from './brief.js';

const gaz = buildGazetteer([
  {
    file: 't.json',
    data: {
      entries: [
        { id: 'country:RU', type: 'country', name: 'Russia', aliases: [] },
        { id: 'country:KG', type: 'country', name: 'Kyrgyzstan', aliases: [] },
        { id: 'country:KZ', type: 'country', name: 'Kazakhstan', aliases: [] },
        { id: 'country:CN', type: 'country', name: 'China', aliases: [] },
        {
          id: 'org:csto',
          type: 'organization',
          name: 'Collective Security Treaty Organization',
          aliases: ['CSTO'],
        },
        { id: 'org:sco', type: 'organization', name: 'Shanghai Cooperation Organization', aliases: ['SCO'] },
        {
          id: 'person:lead-ru',
          type: 'person',
          name: 'Ivan Leader',
          aliases: [],
          roles: [{ title: 'president', of: 'country:RU', from: '2000', to: null }],
        },
        {
          id: 'person:lead-kg',
          type: 'person',
          name: 'Asan Leader',
          aliases: [],
          roles: [{ title: 'president', of: 'country:KG', from: '2020', to: null }],
        },
      ],
      memberships: [
        { member: 'country:KZ', org: 'org:csto', type: 'member_of', from: '1994', to: null },
        { member: 'country:KG', org: 'org:csto', type: 'member_of', from: '1994', to: null },
        { member: 'country:CN', org: 'org:sco', type: 'member_of', from: '2001', to: null },
      ],
      blocs: [
        { id: 'russia', name: 'Russia-led', leader: 'country:RU', members: ['country:RU', 'org:csto'] },
        { id: 'china', name: 'China-led', leader: 'country:CN', members: ['country:CN', 'org:sco'] },
      ],
    },
  },
]);

const ent = (id: string, type: Entity['type'], name: string, extra: Partial<Entity> = {}): Entity => ({
  id,
  type,
  name,
  aliases: [],
  ...extra,
});
const entities: Entity[] = [
  ent('country:RU', 'country', 'Russia'),
  ent('country:KG', 'country', 'Kyrgyzstan'),
  ent('country:KZ', 'country', 'Kazakhstan'),
  ent('org:csto', 'organization', 'Collective Security Treaty Organization', { aliases: ['CSTO'] }),
  ent('person:lead-ru', 'person', 'Ivan Leader', { roles: [{ title: 'President', of: 'country:RU' }] }),
  ent('person:lead-kg', 'person', 'Asan Leader', { roles: [{ title: 'President', of: 'country:KG' }] }),
];

const textA = 'Ivan Leader met Asan Leader in Sochi on 24 May. Kazakhstan is a member of the CSTO.';
const textB = 'The presidents of Russia and Kyrgyzstan held talks on Monday.';
const textC = 'Ivan Leader met Asan Leader in Sochi on 24 May.';
const docs = [
  { id: 'A', outlet: 'Alpha', published: '2021-05-25', text: textA },
  { id: 'B', outlet: 'Beta', published: '2021-05-25', text: textB },
  { id: 'C', outlet: 'Gamma', published: '2021-05-26', text: textC },
];
const evA: OrbitEvent = {
  id: 'A:e0',
  type: 'CONSULT',
  mode: 'asserted',
  summary: 'Ivan Leader met Asan Leader in Sochi',
  actors: ['person:lead-ru'],
  targets: ['person:lead-kg'],
  date: { start: '2021-05-24', end: '2021-05-24' },
  evidence: [{ document: 'A', start: 0, end: 47, text: textA.slice(0, 47) }],
};
const evB: OrbitEvent = {
  id: 'B:e0',
  type: 'CONSULT',
  mode: 'asserted',
  summary: 'Russia held talks with Kyrgyzstan',
  actors: ['country:RU'],
  targets: ['country:KG'],
  date: { start: '2021-05-24', end: '2021-05-24' },
  evidence: [{ document: 'B', start: 0, end: textB.length, text: textB }],
};
const evC: OrbitEvent = {
  ...evA,
  id: 'C:e0',
  evidence: [{ document: 'C', start: 0, end: textC.length, text: textC }],
};
const evOther: OrbitEvent = { ...evB, id: 'B:e1', date: { start: '2021-03-01', end: '2021-03-01' } };

describe('coreferEvents', () => {
  it('merges reports of the same meeting and counts independent sources (copies count once)', () => {
    const out = coreferEvents(
      [evA, evB, evC, evOther].map((event) => ({
        docId: event.evidence[0].document,
        event,
        intensity: 2,
        mode: 'asserted',
      })),
      [{ from: 'C', to: 'A', type: 'syndicated', score: 0.95 }],
      docs,
      { gaz },
    );
    expect(out).toHaveLength(2);
    const merged = out.find((e) => e.evidence.length === 3)!;
    expect(merged.sources).toBe(2);
    expect(merged.date).toEqual({ start: '2021-05-24', end: '2021-05-24' });
    expect(new Set(merged.evidence.map((s) => s.document))).toEqual(new Set(['A', 'B', 'C']));
  });
  it('gives the same events whatever order the reports come in', () => {
    const reports = [evA, evB, evC, evOther].map((event) => ({
      docId: event.evidence[0].document,
      event,
      intensity: 2,
      mode: 'asserted',
    }));
    const links = [{ from: 'C', to: 'A', type: 'syndicated' as const, score: 0.95 }];
    const expected = JSON.stringify(coreferEvents(reports, links, docs, { gaz }));
    for (const order of [
      [3, 2, 1, 0],
      [1, 3, 0, 2],
      [2, 0, 3, 1],
    ]) {
      expect(
        JSON.stringify(
          coreferEvents(
            order.map((i) => reports[i]),
            links,
            [...docs].reverse(),
            { gaz },
          ),
        ),
      ).toBe(expected);
    }
  });
  it('does not merge opposite acts or different modes', () => {
    const req = (id: string, intensity: number, mode = 'asserted') => ({
      docId: 'A',
      intensity,
      mode,
      event: { ...evB, id, type: 'REQUEST' as const },
    });
    expect(coreferEvents([req('x', 4), req('y', -5)], [], docs, { gaz })).toHaveLength(2);
    expect(coreferEvents([req('x', 4), req('y', 4, 'negated')], [], docs, { gaz })).toHaveLength(2);
  });
  it('inferred windows are compatible with dates up to publication', () => {
    expect(
      datesCompatible(
        { start: '2022-01-02', end: '2022-01-07' },
        { start: '2022-01-18', end: '2022-04-18', inferred: true },
      ),
    ).toBe(true);
    expect(
      datesCompatible(
        { start: '2022-05-02', end: '2022-05-07' },
        { start: '2022-01-18', end: '2022-04-18', inferred: true },
      ),
    ).toBe(false);
    expect(
      datesCompatible({ start: '2021-05-08', end: '2021-05-09' }, { start: '2021-05-24', end: '2021-05-24' }),
    ).toBe(false);
  });
  it('empty or malformed input gives no events', () => {
    expect(coreferEvents([], [], [], { gaz })).toEqual([]);
    expect(coreferEvents(null as never, null as never, null as never, { gaz })).toEqual([]);
  });
});

describe('gazetteerRelations', () => {
  const mentions: Mention[] = [
    { document: 'A', start: 48, end: 58, text: 'Kazakhstan', entity: 'country:KZ' },
    { document: 'A', start: 79, end: 83, text: 'CSTO', entity: 'org:csto' },
  ];
  it('adds memberships between corpus entities only, with text support when a sentence states it', () => {
    const rels = gazetteerRelations(entities, [], gaz, docs, mentions);
    const kz = rels.find((r) => r.from === 'country:KZ' && r.to === 'org:csto')!;
    expect(kz.source).toBe('text');
    expect(kz.evidence[0].text).toBe('Kazakhstan is a member of the CSTO.');
    const kg = rels.find((r) => r.from === 'country:KG' && r.to === 'org:csto')!;
    expect(kg.source).toBe('gazetteer');
    expect(kg.evidence).toEqual([]);
    expect(rels.some((r) => r.from === 'country:CN')).toBe(false); // China is not in the corpus
  });
  it('merges duplicate text relations and drops dangling ones', () => {
    const span = { document: 'A', start: 0, end: 5, text: textA.slice(0, 5) };
    const rels = gazetteerRelations(
      entities,
      [
        { type: 'ally_of', from: 'country:KG', to: 'country:RU', evidence: [span], source: 'text' },
        {
          type: 'ally_of',
          from: 'country:RU',
          to: 'country:KG',
          evidence: [{ ...span, start: 1 }],
          source: 'text',
        },
        { type: 'ally_of', from: 'country:XX', to: 'country:RU', evidence: [span], source: 'text' },
      ],
      gaz,
      docs,
      [],
    );
    const ally = rels.filter((r) => r.type === 'ally_of');
    expect(ally).toHaveLength(1);
    expect(ally[0].evidence).toHaveLength(2);
  });
});

describe('computeAlignment', () => {
  const quotes: Quote[] = [
    {
      id: 'q1',
      document: 'A',
      text: 'Russia is our main ally',
      start: 0,
      end: 10,
      direct: true,
      speaker: 'person:lead-kg',
      reportedBy: [],
    },
  ];
  it('scores a country toward a bloc from events with its officials and ally quotes, with evidence and explanation', () => {
    const events = [{ ...evA, sources: 2, intensity: 2 }];
    const out = computeAlignment({ entities, events, quotes, relations: [], docs, links: [], gaz });
    const kg = out.find((a) => a.entity === 'country:KG' && a.bloc === 'russia' && a.period === '2021-05')!;
    expect(kg.score).toBeGreaterThan(0);
    expect(kg.score).toBeLessThanOrEqual(1);
    expect(kg.evidence.length).toBeGreaterThan(0);
    expect(kg.explanation!.join('\n')).toContain('Ivan Leader met Asan Leader');
    // the closing line names the bloc once, as a phrase (this gazetteer's bloc is "Russia-led")
    expect(kg.explanation!.at(-1)).toMatch(/moved toward Russia-led in May 2021 /);
    expect(out.some((a) => a.entity === 'country:RU' && a.bloc === 'russia')).toBe(false);
  });
  it('reads "ours" in Russian and Turkish quotations, with the member named in any case', () => {
    const withAliases = entities.map((e) =>
      e.id === 'country:RU' ? { ...e, aliases: ['Россия', 'Rusya'] } : e,
    );
    const said = (id: string, text: string): Quote => ({
      id,
      document: id,
      text,
      start: 0,
      end: text.length,
      direct: true,
      speaker: 'person:lead-kg',
      reportedBy: [],
    });
    const cases = [
      ['R1', 'Мы считаем Россию нашим главным стратегическим союзником', '2023-01-10', 1],
      ['R2', 'Россия больше не является нашим союзником', '2023-02-10', -1],
      [
        'T1',
        "Rusya stratejik ortağımızdır ve Türkiye'yi de dost ve kardeş ülke olarak görüyoruz",
        '2023-03-10',
        1,
      ],
      ['R3', 'Мы не будем ничего менять: Россия — наш друг', '2023-04-10', 1],
    ] as const;
    const out = computeAlignment({
      entities: withAliases,
      events: [],
      quotes: cases.map(([id, text]) => said(id, text)),
      relations: [],
      docs: cases.map(([id, text, published]) => ({ id, outlet: id, published, text })),
      links: [],
      gaz,
    });
    for (const [, , published, sign] of cases) {
      const cell = out.find(
        (a) => a.entity === 'country:KG' && a.bloc === 'russia' && a.period === published.slice(0, 7),
      );
      expect(Math.sign(cell?.score ?? 0)).toBe(sign);
    }
  });

  it('names blocs as phrases: "the West", "the China-led bloc", "Turkey and the Turkic world"', () => {
    expect(blocPhrase('The West')).toBe('the West');
    expect(blocPhrase('China-led bloc')).toBe('the China-led bloc');
    expect(blocPhrase('Turkey and the Turkic world')).toBe('Turkey and the Turkic world');
  });
  it('ignores events that did not happen: negated, hypothetical, intended, offered', () => {
    const base: OrbitEvent & { intensity: number } = {
      ...evB,
      id: 'r',
      type: 'COOPERATE',
      actors: ['country:KZ'],
      targets: ['country:RU'],
      intensity: 5,
      date: { start: '2022-04-01', end: '2022-04-01' },
    };
    for (const mode of ['negated', 'hypothetical', 'intended', 'offered'] as const) {
      const out = computeAlignment({
        entities,
        events: [{ ...base, mode, intensity: mode === 'negated' ? -3 : 2 }],
        quotes: [],
        relations: [],
        docs,
        links: [],
        gaz,
      });
      expect(
        out.filter((a) => a.entity === 'country:KZ'),
        mode,
      ).toEqual([]);
    }
    const asserted = computeAlignment({
      entities,
      events: [{ ...base, mode: 'asserted' }],
      quotes: [],
      relations: [],
      docs,
      links: [],
      gaz,
    });
    const kz = asserted.find((a) => a.entity === 'country:KZ' && a.period === '2022-04')!;
    expect(kz.score).toBeGreaterThan(0);
    // a sentence an analyst can read, not a formula
    expect(kz.explanation![0]).toBe('+0.50: Russia held talks with Kyrgyzstan (1 Apr 2022, 1 source)');
    expect(kz.explanation!.join(' ')).not.toMatch(/tanh|=/);
  });
  it('scores an event dated by its year alone for that year', () => {
    const out = computeAlignment({
      entities,
      events: [
        {
          ...evB,
          id: 'y',
          type: 'COOPERATE',
          mode: 'asserted',
          actors: ['country:KZ'],
          targets: ['country:RU'],
          intensity: 5,
          date: { start: '2019', end: '2019' },
        },
      ],
      quotes: [],
      relations: [],
      docs,
      links: [],
      gaz,
    });
    expect(out.filter((a) => a.entity === 'country:KZ').map((a) => [a.bloc, a.period])).toEqual([
      ['russia', '2019'],
    ]);
  });
  it('everyone named in an agreement signed it with everyone else', () => {
    const pact: OrbitEvent & { intensity: number } = {
      ...evB,
      id: 'p',
      type: 'AGREE',
      mode: 'asserted',
      actors: ['country:KZ'],
      targets: ['country:KG', 'country:CN'],
      intensity: 5,
      date: { start: '2022-04-01', end: '2022-04-01' },
    };
    const out = computeAlignment({
      entities,
      events: [pact],
      quotes: [],
      relations: [],
      docs,
      links: [],
      gaz,
    });
    expect(out.find((a) => a.entity === 'country:KG' && a.bloc === 'china')!.score).toBeGreaterThan(0);
    expect(out.find((a) => a.entity === 'country:KZ' && a.bloc === 'china')!.score).toBeGreaterThan(0);
  });
  it('a hedged report counts half', () => {
    const base: OrbitEvent & { intensity: number } = {
      ...evB,
      id: 'r',
      type: 'COOPERATE',
      mode: 'asserted',
      actors: ['country:KZ'],
      targets: ['country:RU'],
      intensity: 5,
      date: { start: '2022-04-01', end: '2022-04-01' },
    };
    const plain = computeAlignment({
      entities,
      events: [base],
      quotes: [],
      relations: [],
      docs,
      links: [],
      gaz,
    })[0];
    const hedged = computeAlignment({
      entities,
      events: [{ ...base, hedged: true }],
      quotes: [],
      relations: [],
      docs,
      links: [],
      gaz,
    })[0];
    expect(hedged.score).toBeLessThan(plain.score);
    expect(hedged.explanation![0]).toContain('reportedly');
  });
  it('troops of an alliance the country belongs to count as support', () => {
    const deploy: OrbitEvent & { intensity: number } = {
      ...evB,
      id: 'd',
      type: 'MOBILIZE',
      actors: ['org:csto'],
      targets: ['country:KZ'],
      intensity: -4,
      date: { start: '2022-01-06', end: '2022-01-06' },
    };
    const out = computeAlignment({
      entities,
      events: [deploy],
      quotes: [],
      relations: [],
      docs,
      links: [],
      gaz,
    });
    expect(out.find((a) => a.entity === 'country:KZ')!.score).toBeGreaterThan(0);
  });
  it('counts a statement repeated by a copy of the article once, keeping both as evidence', () => {
    const copyDocs = [
      ...docs,
      { id: 'A2', published: '2021-05-25', outlet: 'Copier', text: 'Russia is our main ally, he said.' },
    ];
    const copied: Quote[] = [...quotes, { ...quotes[0], id: 'q2', document: 'A2' }];
    const once = computeAlignment({
      entities,
      events: [],
      quotes,
      relations: [],
      docs: copyDocs,
      links: [],
      gaz,
    });
    const withCopy = computeAlignment({
      entities,
      events: [],
      quotes: copied,
      relations: [],
      docs: copyDocs,
      links: [{ from: 'A2', to: 'A', type: 'syndicated', score: 0.95 }],
      gaz,
    });
    const unlinked = computeAlignment({
      entities,
      events: [],
      quotes: copied,
      relations: [],
      docs: copyDocs,
      links: [],
      gaz,
    });
    const cell = (out: typeof once) => out.find((a) => a.entity === 'country:KG' && a.bloc === 'russia')!;
    expect(cell(withCopy).score).toBe(cell(once).score);
    expect(
      cell(withCopy)
        .evidence.map((e) => e.document)
        .sort(),
    ).toEqual(['A', 'A2']);
    expect(cell(unlinked).score).toBeGreaterThan(cell(once).score);
  });
  it('returns nothing without blocs', () => {
    expect(
      computeAlignment({
        entities,
        events: [],
        quotes: [],
        relations: [],
        docs,
        links: [],
        gaz: { ...gaz, blocs: [] },
      }),
    ).toEqual([]);
  });
});

describe('timeline and briefing', () => {
  const events = [
    { ...evA, sources: 2, intensity: 2 },
    { ...evOther, sources: 1, intensity: 2 },
  ];
  it('orders by date and filters by entity, period and type', () => {
    const all = buildTimeline(events, entities);
    expect(all.map((t) => t.event.id)).toEqual(['B:e1', 'A:e0']);
    expect(buildTimeline(events, entities, { entity: 'Ivan Leader' }).map((t) => t.event.id)).toEqual([
      'A:e0',
    ]);
    expect(
      buildTimeline(events, entities, { from: '2021-05', to: '2021-05' }).map((t) => t.event.id),
    ).toEqual(['A:e0']);
    expect(buildTimeline(events, entities, { types: ['AID'] })).toEqual([]);
    expect(buildTimeline(events, entities, { entity: 'nobody' })).toEqual([]);
  });
  it('a timeline line says "by <date>" for an inferred date and names a mode other than asserted', () => {
    const ev = {
      type: 'AGREE',
      summary: 'Freedonia signed an agreement with Sylvania (negated)',
      evidence: [{ document: 'abcdef123456' }],
    };
    const inferred = timelineLine({
      ...ev,
      mode: 'negated',
      date: { start: '2024-01-01', end: '2024-03-31', inferred: true },
    });
    expect(inferred.startsWith('by 2024-03-31')).toBe(true);
    expect(inferred).toContain('[NEGATED] Freedonia signed an agreement with Sylvania  [1 source: abcdef12]');
    expect(inferred).not.toContain('(negated)');
    const stated = timelineLine({
      ...ev,
      summary: 'Freedonia signed an agreement with Sylvania',
      mode: 'asserted',
      date: { start: '2024-03-02', end: '2024-03-02' },
    });
    expect(stated.startsWith('2024-03-02 ')).toBe(true);
    expect(stated).toMatch(/AGREE\s+Freedonia/);
    expect(timelineLine({ ...ev, mode: 'intended', date: { start: null, end: null }, sources: 2 })).toMatch(
      /^undated\s+AGREE\s+\[INTENDED\] .*\[2 sources/,
    );
    expect(
      timelineLine({ ...ev, mode: 'asserted', hedged: true, date: { start: '2024', end: '2024' } }),
    ).toContain('[REPORTEDLY]');
  });
  const exp: Export = {
    version: 1,
    generatedAt: '2024-01-01T00:00:00Z',
    documents: [
      {
        id: 'A',
        source: 'a.txt',
        title: 'Leaders <b>meet</b>',
        published: '2021-05-25',
        author: null,
        outlet: 'Alpha',
        originalSource: null,
        language: 'en',
        text: textA,
      },
    ],
    entities,
    mentions: [],
    quotes: [],
    events,
    relations: [],
    links: [],
    stories: [{ id: 's1', documents: ['A'], title: 'Sochi <script>alert(1)</script> talks' }],
    alignment: [],
  };
  it('builds a cited markdown briefing', () => {
    const md = buildBriefing(exp, { from: '2021-05-01', to: '2021-05-31', format: 'md' });
    expect(md).toContain('## Key events');
    expect(md).toContain('Ivan Leader met Asan Leader');
    expect(md).toContain('Ivan Leader met Asan Leader in Sochi on 24 May.');
  });
  it('links each citation when given an address, with the citation text escaped', () => {
    const citeHref = (c: { document: string; start: number; end: number }) =>
      `/#/doc/${c.document}?at=${c.start}-${c.end}`;
    const md = buildBriefing(exp, { from: '2021-05-01', to: '2021-05-31', format: 'md', citeHref });
    // The story's citation: escaped brackets inside the link text, then the address.
    expect(md).toMatch(/\[\\\[Leaders \\<b\\>meet\\<\/b\\>, “[^”]+”\\\]\]\(\/#\/doc\/A\?at=\d+-\d+\)/);
    expect(buildBriefing(exp, { from: '2021-05-01', to: '2021-05-31', format: 'md' })).not.toContain('](');
    const html = buildBriefing(exp, { from: '2021-05-01', to: '2021-05-31', format: 'html', citeHref });
    expect(html).toMatch(/<cite><a href="\/#\/doc\/A\?at=\d+-\d+">\[Leaders &lt;b&gt;meet/);
  });
  it('escapes article text in HTML', () => {
    const html = buildBriefing(exp, { from: '2021-05-01', to: '2021-05-31', format: 'html' });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('Leaders &lt;b&gt;meet&lt;/b&gt;');
  });
  it('survives an empty export', () => {
    expect(buildBriefing({} as Export, { format: 'md' })).toContain('Nothing in this period.');
  });
});

describe('computeAlignment: a bloc organization stands behind its bodies and its officials', () => {
  const gaz2 = buildGazetteer([
    {
      file: 't.json',
      data: {
        entries: [
          { id: 'country:KG', type: 'country', name: 'Kyrgyzstan', aliases: [] },
          { id: 'country:US', type: 'country', name: 'United States', aliases: [] },
          { id: 'org:union', type: 'organization', name: 'Western Union of States', aliases: [] },
          {
            id: 'org:union-assembly',
            type: 'organization',
            name: 'Union Assembly',
            aliases: [],
            partOf: 'org:union',
          },
          {
            id: 'person:lead-kg',
            type: 'person',
            name: 'Asan Leader',
            aliases: [],
            roles: [{ title: 'president', of: 'country:KG', from: '2020', to: null }],
          },
        ],
        blocs: [{ id: 'west', name: 'The West', leader: 'country:US', members: ['country:US', 'org:union'] }],
      },
    },
  ]);
  const ents: Entity[] = [
    ent('country:KG', 'country', 'Kyrgyzstan'),
    ent('org:union-assembly', 'organization', 'Union Assembly'),
    ent('person:lead-kg', 'person', 'Asan Leader', { roles: [{ title: 'President', of: 'country:KG' }] }),
    ent('person:envoy', 'person', 'Mara Envoy', {
      roles: [{ title: 'foreign policy chief', of: 'org:union' }],
    }),
  ];
  const text = 'Asan Leader accused the Union Assembly of blackmail. Asan Leader met Mara Envoy.';
  const ev = (
    id: string,
    type: OrbitEvent['type'],
    target: string,
    start: number,
    end: number,
    intensity: number,
  ) => ({
    id,
    type,
    mode: 'asserted' as const,
    summary: id,
    actors: ['person:lead-kg'],
    targets: [target],
    date: { start: '2024-11-28', end: '2024-11-28' },
    evidence: [{ document: 'D', start, end, text: text.slice(start, end) }],
    sources: 1,
    intensity,
  });
  it('counts a body of the organization and a person holding its office toward the bloc', () => {
    const cell = (events: ReturnType<typeof ev>[]) =>
      computeAlignment({
        entities: ents,
        events,
        quotes: [],
        relations: [],
        docs: [{ id: 'D', outlet: 'Dee', published: '2024-11-29', text }],
        links: [],
        gaz: gaz2,
      }).find((a) => a.entity === 'country:KG' && a.bloc === 'west' && a.period === '2024-11');
    expect(Math.sign(cell([ev('e1', 'ACCUSE', 'org:union-assembly', 0, 51, -3)])?.score ?? 0)).toBe(-1);
    expect(Math.sign(cell([ev('e2', 'CONSULT', 'person:envoy', 52, 80, 2)])?.score ?? 0)).toBe(1);
  });
});
