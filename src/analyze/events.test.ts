import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../resolve/gazetteer.js';
import type { DocLink, OrbitEvent } from '../model/index.js';
import {
  boundUndatedReports,
  coreferEvents,
  keyTerms,
  MAX_DATE_GAP_DAYS,
  participantKeyFn,
  reportBlockKeys,
  type DocEventInput,
} from './events.js';

const gaz = buildGazetteer([
  {
    file: 't.json',
    data: {
      entries: [
        { id: 'country:AA', type: 'country', name: 'Arkadia', aliases: [] },
        { id: 'country:BB', type: 'country', name: 'Borduria', aliases: [] },
        {
          id: 'person:a',
          type: 'person',
          name: 'Anna Arkadi',
          aliases: [],
          roles: [{ title: 'president', of: 'country:AA', from: '2000', to: null }],
        },
        {
          id: 'person:b',
          type: 'person',
          name: 'Boris Bordo',
          aliases: [],
          roles: [{ title: 'president', of: 'country:BB', from: '2000', to: null }],
        },
      ],
    },
  },
]);

const DAY = 86_400_000;
const iso = (n: number) => new Date(Date.UTC(2020, 0, 1) + n * DAY).toISOString().slice(0, 10);

function meeting(
  id: string,
  doc: string,
  day: number,
  text = 'Anna Arkadi met Boris Bordo and discussed the border treaty and railway transit.',
): DocEventInput {
  const event: OrbitEvent = {
    id,
    type: 'CONSULT',
    mode: 'asserted',
    summary: 'Anna Arkadi met Boris Bordo',
    actors: ['person:a'],
    targets: ['person:b'],
    date: { start: iso(day), end: iso(day) },
    evidence: [{ document: doc, start: 0, end: text.length, text }],
  };
  return { docId: doc, event, intensity: 2, mode: 'asserted' };
}

describe('coreferEvents is conservative', () => {
  it('two meetings of the same two leaders on dates more than 2 days apart never merge', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: MAX_DATE_GAP_DAYS + 1, max: 400 }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (day, gap, sameDoc, sameStory, swapSides) => {
          const a = meeting('x', 'D1', day);
          const b = meeting('y', sameDoc ? 'D1' : 'D2', day + gap);
          if (swapSides) b.event = { ...b.event, actors: ['country:BB'], targets: ['country:AA'] };
          const storyOf = new Map(
            sameStory
              ? [
                  ['D1', 's'],
                  ['D2', 's'],
                ]
              : [],
          );
          const docs = [
            { id: 'D1', outlet: 'One', published: null },
            { id: 'D2', outlet: 'Two', published: null },
          ];
          const out = coreferEvents([a, b], [{ from: 'D2', to: 'D1', type: 'duplicate', score: 1 }], docs, {
            gaz,
            storyOf,
          });
          expect(out).toHaveLength(2);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('no chain fuses two dated meetings through an undated report that fits both', () => {
    const undated = meeting('u', 'D1', 0);
    undated.event = { ...undated.event, date: { start: null, end: null } };
    const out = coreferEvents(
      [meeting('x', 'D1', 10), undated, meeting('y', 'D1', 40)],
      [],
      [{ id: 'D1', outlet: null, published: null }],
      { gaz },
    );
    expect(out.filter((e) => e.evidence.length > 0)).toHaveLength(2);
    expect(out.every((e) => !(e.evidence.length === 3))).toBe(true);
  });

  it('undated reports in unrelated documents with nothing in common stay apart', () => {
    const a = meeting('x', 'D1', 0, 'Anna Arkadi met Boris Bordo in the capital.');
    const b = meeting('y', 'D2', 0, 'Anna Arkadi spoke with Boris Bordo by phone about gas prices.');
    for (const r of [a, b]) r.event = { ...r.event, date: { start: null, end: null } };
    const docs = [
      { id: 'D1', outlet: 'One', published: null },
      { id: 'D2', outlet: 'Two', published: null },
    ];
    expect(coreferEvents([a, b], [], docs, { gaz })).toHaveLength(2);
  });

  it('merges reports of one meeting in one story and says why', () => {
    const a = meeting('x', 'D1', 5);
    const b = meeting('y', 'D2', 6);
    const docs = [
      { id: 'D1', outlet: 'One', published: null },
      { id: 'D2', outlet: 'Two', published: null },
    ];
    const out = coreferEvents([a, b], [], docs, {
      gaz,
      storyOf: new Map([
        ['D1', 's'],
        ['D2', 's'],
      ]),
    });
    expect(out).toHaveLength(1);
    expect(out[0].merges).toHaveLength(1);
    expect(out[0].merges[0]).toMatch(
      /x \+ y: consult\/consult, asserted; participants .*; dates 2020-01-06 \/ 2020-01-07; same story/,
    );
  });

  it('key terms are lower-case content words, not names or generic words', () => {
    expect([...keyTerms('President Anna Arkadi signed the border treaty in Arkadia.')].sort()).toEqual([
      'border',
      'signed',
      'treaty',
    ]);
  });
});

describe('coreferEvents keeps directions apart', () => {
  it('"A expelled B\'s diplomats" and "B expelled A\'s" in one document are two events', () => {
    const text =
      'Arkadia expelled four Bordurian diplomats. A month later, Borduria expelled four Arkadian diplomats.';
    const ev = (id: string, actor: string, target: string): DocEventInput => ({
      docId: 'D1',
      intensity: -5,
      mode: 'asserted',
      event: {
        id,
        type: 'SANCTION',
        mode: 'asserted',
        summary: `${actor} expelled diplomats of ${target}`,
        actors: [actor],
        targets: [target],
        date: { start: null, end: null },
        evidence: [{ document: 'D1', start: 0, end: text.length, text }],
      },
    });
    const out = coreferEvents(
      [ev('x', 'country:AA', 'country:BB'), ev('y', 'country:BB', 'country:AA')],
      [],
      [{ id: 'D1', outlet: null, published: null }],
      { gaz },
    );
    expect(out).toHaveLength(2);
    // the same direction twice is one event
    expect(
      coreferEvents(
        [ev('x', 'country:AA', 'country:BB'), ev('y', 'country:AA', 'country:BB')],
        [],
        [{ id: 'D1', outlet: null, published: null }],
        { gaz },
      ),
    ).toHaveLength(1);
  });
});

describe('coreferEvents: the same named place', () => {
  it('merges an undated report with a dated one of the same two sides at the same place, and says so', () => {
    const gaz2 = buildGazetteer([
      {
        file: 't.json',
        data: {
          entries: [
            { id: 'country:AA', type: 'country', name: 'Arkadia', aliases: [] },
            { id: 'country:BB', type: 'country', name: 'Borduria', aliases: [] },
            { id: 'place:hall', type: 'location', name: 'Grand Hall', aliases: [] },
          ],
        },
      },
    ]);
    const ev = (
      id: string,
      doc: string,
      date: { start: string | null; end: string | null },
      location: string | null,
      text: string,
    ): DocEventInput => ({
      docId: doc,
      intensity: 5,
      mode: 'asserted',
      event: {
        id,
        type: 'AGREE',
        mode: 'asserted',
        summary: 's',
        actors: ['country:AA'],
        targets: ['country:BB'],
        location,
        date,
        evidence: [{ document: doc, start: 0, end: text.length, text }],
      },
    });
    const docs = [
      { id: 'D1', outlet: 'One', published: null },
      { id: 'D2', outlet: 'Two', published: null },
    ];
    const a = ev(
      'x',
      'D1',
      { start: '2025-08-08', end: '2025-08-08' },
      'place:hall',
      'Arkadia and Borduria signed a declaration at the Grand Hall.',
    );
    const b = ev(
      'y',
      'D2',
      { start: null, end: null },
      'place:hall',
      'In a breakthrough, Arkadia and Borduria signed a peace deal at the Grand Hall.',
    );
    const out = coreferEvents([a, b], [], docs, { gaz: gaz2 });
    expect(out).toHaveLength(1);
    expect(out[0].merges[0]).toContain('same place Grand Hall');
    // somewhere else, or with two stated dates days apart, they stay two
    expect(
      coreferEvents([a, { ...b, event: { ...b.event, location: null } }], [], docs, { gaz: gaz2 }),
    ).toHaveLength(2);
    expect(
      coreferEvents(
        [a, ev('y', 'D2', { start: '2025-09-20', end: '2025-09-20' }, 'place:hall', 'x')],
        [],
        docs,
        { gaz: gaz2 },
      ),
    ).toHaveLength(2);
  });
});

describe('an undated document borrows the publication day of its story as an inferred bound', () => {
  const undated = (id: string, doc: string, mode = 'asserted'): DocEventInput => {
    const r = meeting(id, doc, 0);
    return { ...r, mode, event: { ...r.event, mode: mode as never, date: { start: null, end: null } } };
  };
  const docs = [
    { id: 'D1', published: null },
    { id: 'D2', published: '2020-03-10' },
    { id: 'D3', published: '2020-03-12T08:00:00' },
    { id: 'D4', published: null },
  ];
  const story = (id: string) => (id === 'D4' ? ['D4'] : ['D1', 'D2', 'D3']);

  it('a report of what was done: "by" the latest day of the story, marked inferred', () => {
    const [out] = boundUndatedReports([undated('x', 'D1')], docs, story, 30);
    expect(out.event.date).toEqual({ start: '2020-02-11', end: '2020-03-12', inferred: true });
  });

  it('a planned or hypothetical report, a stated date, a dated document or a lone document keep theirs', () => {
    const stated = meeting('s', 'D1', 5);
    const inDated = undated('d', 'D2');
    const out = boundUndatedReports(
      [
        undated('p', 'D1', 'intended'),
        undated('h', 'D1', 'hypothetical'),
        stated,
        inDated,
        undated('l', 'D4'),
      ],
      docs,
      story,
      30,
    );
    expect(out.map((r) => r.event.date)).toEqual([
      { start: null, end: null },
      { start: null, end: null },
      stated.event.date,
      { start: null, end: null },
      { start: null, end: null },
    ]);
  });

  it('coreferEvents applies it through the story (and a copy link) of the undated document', () => {
    const out = coreferEvents(
      [undated('x', 'D1'), undated('y', 'D4')],
      [{ from: 'D4', to: 'D2', type: 'duplicate', score: 1 }],
      docs.map((d) => ({ ...d, outlet: null })),
      {
        gaz,
        storyOf: new Map([
          ['D1', 's'],
          ['D2', 's'],
          ['D3', 's'],
        ]),
        inferredWindowDays: 10,
      },
    );
    // D1 is "by 12 Mar" (its story), D4 "by 10 Mar" (its source): one meeting, the windows' overlap
    expect(out.map((e) => e.date)).toEqual([{ start: '2020-03-02', end: '2020-03-10', inferred: true }]);
  });
});

describe('participants: a person and the country of his office are one participant', () => {
  const accuse = (id: string, target: string): DocEventInput => {
    const text = `Anna Arkadi accused ${target} of breaking the border treaty.`;
    return {
      docId: 'D1',
      mode: 'asserted',
      intensity: -3,
      event: {
        id,
        type: 'ACCUSE',
        mode: 'asserted',
        summary: text,
        actors: ['person:a'],
        targets: [target],
        date: { start: null, end: null },
        evidence: [{ document: 'D1', start: 0, end: text.length, text }],
      },
    };
  };
  it('"A accused B" and "A accused C" in one document stay two events', () => {
    const out = coreferEvents(
      [accuse('x', 'country:BB'), accuse('y', 'org:alliance')],
      [],
      [{ id: 'D1', outlet: null, published: null }],
      { gaz },
    );
    expect(out).toHaveLength(2);
  });
  it('"A accused B" twice in one document is one event', () => {
    const out = coreferEvents(
      [accuse('x', 'country:BB'), accuse('y', 'country:BB')],
      [],
      [{ id: 'D1', outlet: null, published: null }],
      { gaz },
    );
    expect(out).toHaveLength(1);
  });
});

describe('type: two reports of different PLOVER types never merge', () => {
  it('an agreement and a cooperation between the same two on the same day stay two events', () => {
    const sign = meeting('x', 'D1', 3, 'Anna Arkadi and Boris Bordo signed the border treaty.');
    const open = meeting('y', 'D1', 3, 'Anna Arkadi and Boris Bordo reopened the border crossings.');
    sign.event = { ...sign.event, type: 'AGREE' };
    open.event = { ...open.event, type: 'COOPERATE' };
    const out = coreferEvents([sign, open], [], [{ id: 'D1', outlet: null, published: null }], { gaz });
    expect(out.map((e) => e.type).sort()).toEqual(['AGREE', 'COOPERATE']);
  });
});

describe('coreference does not depend on the order reports arrive in', () => {
  // Reports of one summit in one story: Erdo (with the OTS), Erdo and Alik (with the OTS and the
  // host country) and Alik alone ("the host"). Erdo-with-OTS and Alik-alone share no participant,
  // so they cannot be in one event, and the two-sided report can join only one of them. Before the
  // merges were ordered by the pair alone, which won depended on the block met first, and so on
  // which other reports were present — the incremental update (a batch resolved against the stored
  // events it shares a blocking key with) grouped the summit differently from the rebuild.
  const docs = ['d0', 'd1', 'd2', 'd3', 'd4', 'd5'].map((id) => ({ id, outlet: id, published: null }));
  const storyOf = new Map(docs.map((d) => [d.id, d.id === 'd0' ? 'other' : 's']));
  const report = (id: string, doc: string, actors: string[], targets: string[], day: number | null) => {
    const text = `${actors.join(' ')} ${targets.join(' ')} summit`;
    const date = day === null ? { start: null, end: null } : { start: iso(day), end: iso(day) };
    const event: OrbitEvent = {
      id,
      type: 'CONSULT',
      mode: 'asserted',
      summary: text,
      actors,
      targets,
      date,
      evidence: [{ document: doc, start: 0, end: text.length, text }],
    };
    return { docId: doc, event, intensity: 2, mode: 'asserted' } as DocEventInput;
  };
  const SUMMIT = [
    // an earlier, unrelated visit of the host: its block ("Alik") comes first in a rebuild
    report('d0:e0', 'd0', ['person:alik'], ['country:XX'], 0),
    report('d1:e0', 'd1', ['person:erdo'], ['org:ots'], 300),
    report('d2:e0', 'd2', ['person:erdo', 'person:alik'], ['org:ots', 'country:AZ'], 300),
    report('d3:e0', 'd3', ['person:alik'], [], 300),
  ];
  const clusters = (events: { reports?: string[] }[]) =>
    events.map((e) => [...(e.reports ?? [])].sort().join('+')).sort();
  const rebuild = (reports: DocEventInput[]) =>
    clusters(coreferEvents(reports, [], docs, { gaz: null, storyOf, members: true }));
  const keysOf = participantKeyFn(null);

  /**
   * The incremental corpus update in small: each batch is clustered with the member reports of
   * the stored events it touches, which replace those events; the others are kept as they are.
   * `closed`: the touched events are those connected to the batch through shared blocking keys,
   * hop after hop (what makes the result exact: coreference only pairs reports sharing a key, and
   * merges in an order fixed by each pair); otherwise one hop, as src/corpus/incremental.ts takes
   * them (a stored event sharing a key with a batch report).
   */
  function incremental(batches: DocEventInput[][], closed: boolean): string[] {
    let stored: { reports: DocEventInput[] }[] = [];
    const keysOfReports = (rs: DocEventInput[]) => new Set(rs.flatMap((r) => reportBlockKeys(r, keysOf)));
    for (const batch of batches) {
      let touched: { reports: DocEventInput[] }[] = [];
      let keys = keysOfReports(batch);
      for (;;) {
        const more = stored.filter(
          (e) =>
            !touched.includes(e) &&
            e.reports.some((r) => reportBlockKeys(r, keysOf).some((k) => keys.has(k))),
        );
        if (!more.length) break;
        touched = [...touched, ...more];
        if (!closed) break;
        keys = keysOfReports(more.flatMap((e) => e.reports));
      }
      const kept = stored.filter((e) => !touched.includes(e));
      const input = [...touched.flatMap((e) => e.reports), ...batch];
      const byId = new Map(input.map((r) => [r.event.id, r]));
      const out = coreferEvents(input, [], docs, { gaz: null, storyOf, members: true });
      stored = [...kept, ...out.map((e) => ({ reports: (e.reports ?? []).map((id) => byId.get(id)!) }))];
    }
    return stored
      .map((e) =>
        e.reports
          .map((r) => r.event.id)
          .sort()
          .join('+'),
      )
      .sort();
  }
  const permutations = <T>(xs: T[]): T[][] =>
    xs.length <= 1
      ? [xs]
      : xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
  const split = (order: DocEventInput[], cuts: boolean[]) => {
    const batches: DocEventInput[][] = [[]];
    order.forEach((r, k) => {
      if (k > 0 && cuts[k]) batches.push([]);
      batches[batches.length - 1].push(r);
    });
    return batches;
  };

  it('one summit: every order of the reports and every split into batches groups them as the rebuild', () => {
    const expected = rebuild(SUMMIT);
    // the two-sided report joins one side only, never both
    expect(expected.filter((c) => c.includes('+'))).toHaveLength(1);
    for (const order of permutations(SUMMIT)) {
      expect(rebuild(order)).toEqual(expected);
      for (let mask = 0; mask < 1 << (SUMMIT.length - 1); mask++) {
        const cuts = [false, ...SUMMIT.slice(1).map((_, k) => (mask & (1 << k)) !== 0)];
        expect(incremental(split(order, cuts), false)).toEqual(expected);
      }
    }
  });

  it('random reports of a few leaders: orders and batch splits give the rebuild groups', () => {
    const people = ['person:alik', 'person:erdo', 'person:toka', 'org:ots', 'country:AZ'];
    const arb = fc.array(
      fc.record({
        doc: fc.integer({ min: 0, max: 5 }),
        actors: fc.subarray(people, { minLength: 1, maxLength: 2 }),
        targets: fc.subarray(people, { maxLength: 2 }),
        day: fc.option(fc.integer({ min: 300, max: 305 }), { nil: null }),
      }),
      { minLength: 2, maxLength: 12 },
    );
    fc.assert(
      fc.property(
        arb,
        fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
        fc.nat(),
        (specs, cuts, seed) => {
          const reports = specs.map((s, k) =>
            report(
              `d${s.doc}:e${k}`,
              `d${s.doc}`,
              s.actors,
              s.targets.filter((t) => !s.actors.includes(t)),
              s.day,
            ),
          );
          const expected = rebuild(reports);
          const order = [...reports];
          for (let i = order.length - 1, s = seed; i > 0; i--) {
            s = (s * 9301 + 49297) % 233280;
            const j = Math.floor((s / 233280) * (i + 1));
            [order[i], order[j]] = [order[j], order[i]];
          }
          expect(rebuild(order)).toEqual(expected);
          expect(incremental(split(order, cuts), true)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('coreferEvents: two countries are two places', () => {
  const gaz3 = buildGazetteer([
    {
      file: 't.json',
      data: {
        entries: [
          { id: 'country:AA', type: 'country', name: 'Arkadia', aliases: [] },
          { id: 'country:BB', type: 'country', name: 'Borduria', aliases: [] },
          { id: 'country:CC', type: 'country', name: 'Carpathia', aliases: [] },
          {
            id: 'place:bcap',
            type: 'location',
            name: 'Bordgrad',
            aliases: [],
            seatOf: 'country:BB',
            country: 'country:BB',
          },
          {
            id: 'place:ccap',
            type: 'location',
            name: 'Carpgrad',
            aliases: [],
            seatOf: 'country:CC',
            country: 'country:CC',
          },
        ],
      },
    },
  ]);
  const drill = (id: string, doc: string, day: number, location: string, text: string): DocEventInput => ({
    docId: doc,
    intensity: -2,
    mode: 'asserted',
    event: {
      id,
      type: 'MOBILIZE',
      mode: 'asserted',
      summary: 's',
      actors: ['country:AA'],
      targets: [],
      location,
      date: { start: iso(day), end: iso(day) },
      evidence: [{ document: doc, start: 0, end: text.length, text }],
    },
  });
  const docs = [
    { id: 'D1', outlet: 'One', published: null },
    { id: 'D2', outlet: 'Two', published: null },
  ];
  it("one side's exercises a day apart in two countries stay two events", () => {
    const a = drill(
      'x',
      'D1',
      10,
      'place:bcap',
      'Arkadia held military exercises near Bordgrad with artillery and drones.',
    );
    const b = drill(
      'y',
      'D2',
      11,
      'place:ccap',
      'Arkadia held military exercises near Carpgrad with artillery and drones.',
    );
    expect(coreferEvents([a, b], [], docs, { gaz: gaz3 })).toHaveLength(2);
    // the same country (a capital and its country) still merges
    const c = drill(
      'z',
      'D2',
      11,
      'country:BB',
      'Arkadia held military exercises in Borduria with artillery and drones.',
    );
    expect(coreferEvents([a, c], [], docs, { gaz: gaz3 })).toHaveLength(1);
  });
});

describe('coreferEvents: two named places below a country are two places', () => {
  const gaz4 = buildGazetteer([
    {
      file: 't.json',
      data: {
        entries: [
          { id: 'country:AA', type: 'country', name: 'Arkadia', aliases: [] },
          { id: 'org:league', type: 'organization', name: 'Steppe League', aliases: [] },
          { id: 'place:acap', type: 'location', name: 'Arkgrad', aliases: [], country: 'country:AA' },
          {
            id: 'place:palace',
            type: 'location',
            name: 'Amber Palace',
            aliases: [],
            country: 'country:AA',
            partOf: 'place:acap',
          },
          { id: 'place:port', type: 'location', name: 'Portvik', aliases: [], country: 'country:AA' },
        ],
      },
    },
  ]);
  const summit = (id: string, doc: string, location: string | null, place: string): DocEventInput => {
    const text = `The meeting of the Steppe League in ${place} backed the customs union.`;
    return {
      docId: doc,
      intensity: 4,
      mode: 'asserted',
      event: {
        id,
        type: 'COOPERATE',
        mode: 'asserted',
        summary: 's',
        actors: ['org:league'],
        targets: [],
        location,
        date: { start: null, end: null },
        evidence: [{ document: doc, start: 0, end: text.length, text }],
      },
    };
  };
  const docs = [
    { id: 'D1', outlet: 'One', published: null },
    { id: 'D2', outlet: 'Two', published: null },
    { id: 'D3', outlet: 'Three', published: null },
  ];
  it('keeps one body meeting in two cities of one country, or in two unknown towns, apart', () => {
    const a = summit('x', 'D1', 'place:acap', 'Arkgrad');
    const b = summit('y', 'D2', 'place:port', 'Portvik');
    expect(coreferEvents([a, b], [], docs, { gaz: gaz4 })).toHaveLength(2);
    const u = summit('u', 'D1', 'location:kolabad', 'Kolabad');
    const v = summit('v', 'D2', 'location:surabad', 'Surabad');
    expect(coreferEvents([u, v], [], docs, { gaz: gaz4 })).toHaveLength(2);
    // with a third report somewhere else, the order they come in still gives the same groups
    const w = summit('w', 'D3', 'location:kolabad', 'Kolabad');
    const groups = (xs: DocEventInput[]) =>
      coreferEvents(xs, [], docs, { gaz: gaz4, members: true })
        .map((e) => [...(e.reports ?? [])].sort().join('+'))
        .sort();
    expect(groups([u, v, w])).toEqual(['u+w', 'v']);
    expect(groups([w, v, u])).toEqual(['u+w', 'v']);
  });
  it('merges a place with the place or country it lies within', () => {
    const a = summit('x', 'D1', 'place:acap', 'Arkgrad');
    const b = summit('y', 'D2', 'place:palace', 'the Amber Palace');
    expect(coreferEvents([a, b], [], docs, { gaz: gaz4 })).toHaveLength(1);
    const c = summit('z', 'D2', 'country:AA', 'Arkadia');
    expect(coreferEvents([b, c], [], docs, { gaz: gaz4 })).toHaveLength(1);
  });
});

describe('sources: independent outlets', () => {
  it('one copied story elsewhere does not make two outlets one source for every event', () => {
    const a = meeting('x', 'A', 5);
    const b = meeting('y', 'B', 5);
    const docs = [
      { id: 'A', outlet: 'Steppe Post', published: null },
      { id: 'B', outlet: 'Valley Herald', published: null },
      { id: 'C', outlet: 'Steppe Post', published: null },
      { id: 'D', outlet: 'Valley Herald', published: null },
    ];
    // D carries C's story: A and B stay two sources
    const links = [{ from: 'C', to: 'D', type: 'syndicated', score: 0.9 }] satisfies DocLink[];
    const [e] = coreferEvents([a, b], links, docs, { gaz });
    expect(e.evidence.map((s) => s.document).sort()).toEqual(['A', 'B']);
    expect(e.sources).toBe(2);
    // the event's own documents of one outlet, or copies of each other, count once
    const c = meeting('z', 'C', 5);
    expect(coreferEvents([a, c], [], docs, { gaz })[0].sources).toBe(1);
    const d = meeting('w', 'D', 5);
    expect(coreferEvents([c, d], links, docs, { gaz })[0].sources).toBe(1);
  });
});
