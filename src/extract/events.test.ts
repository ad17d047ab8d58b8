import { describe, expect, it } from 'vitest';
import { splitSentences } from '../nlp/sentences.js';
import { buildGazetteer } from '../resolve/gazetteer.js';
import { extractEvents } from './events.js';
import type { DocEntity, DocMention, TimeExpression } from '../model/index.js';
import type { EntityType } from '../model/index.js';

// A tiny gazetteer: two countries with demonyms and capitals, so capitals and "the Kyrgyz side" resolve.
const gaz = buildGazetteer([
  {
    file: 'test.json',
    data: {
      entries: [
        { id: 'country:KG', type: 'country', name: 'Kyrgyzstan', aliases: [], demonyms: ['Kyrgyz'] },
        { id: 'country:TJ', type: 'country', name: 'Tajikistan', aliases: [], demonyms: ['Tajik'] },
        { id: 'country:TR', type: 'country', name: 'Turkey', aliases: [], demonyms: ['Turkish'] },
        { id: 'place:bishkek', type: 'location', name: 'Bishkek', aliases: [], seatOf: 'country:KG' },
        { id: 'place:dushanbe', type: 'location', name: 'Dushanbe', aliases: [], seatOf: 'country:TJ' },
        { id: 'place:ankara', type: 'location', name: 'Ankara', aliases: [], seatOf: 'country:TR' },
      ],
    },
  },
]);

type Spec = [surface: string, type: EntityType, gazetteerId?: string];

/** Entities and mentions for every occurrence of each surface in the fixture text. */
function annotate(text: string, specs: Spec[]) {
  const entities: DocEntity[] = [];
  const mentions: DocMention[] = [];
  specs.forEach(([surface, type, gid], i) => {
    const ref = `e${i + 1}`;
    entities.push({
      ref,
      type,
      name: surface,
      aliases: [surface],
      gazetteerId: gid ?? null,
      roles: [],
      reasons: [],
    });
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + surface.length)) {
      mentions.push({ ref, start: at, end: at + surface.length, text: surface });
    }
  });
  mentions.sort((a, b) => a.start - b.start);
  return { entities, mentions };
}

function run(
  text: string,
  specs: Spec[],
  times: TimeExpression[] = [],
  published: string | null = '2024-03-20',
) {
  const { entities, mentions } = annotate(text, specs);
  const events = extractEvents(text, splitSentences(text), entities, mentions, times, published, { gaz });
  const name = new Map(entities.map((e) => [e.ref, e.name]));
  return events.map((e) => ({
    ...e,
    actors: e.actorRefs.map((r) => name.get(r)),
    targets: e.targetRefs.map((r) => name.get(r)),
    location: e.locationRef ? name.get(e.locationRef) : null,
  }));
}

const P = (s: string): Spec => [s, 'person'];
const C = (s: string, id?: string): Spec => [s, 'country', id];
const L = (s: string, id?: string): Spec => [s, 'location', id];

describe('extractEvents: one project-written sentence per PLOVER type', () => {
  const cases: [string, Spec[], string, string[], string[]][] = [
    [
      'Arstan Bekov met Lena Ivanova in Osh.',
      [P('Arstan Bekov'), P('Lena Ivanova'), L('Osh')],
      'CONSULT',
      ['Arstan Bekov'],
      ['Lena Ivanova'],
    ],
    [
      'Freedonia signed a trade agreement with Sylvania.',
      [C('Freedonia'), C('Sylvania')],
      'AGREE',
      ['Freedonia'],
      ['Sylvania'],
    ],
    [
      'Freedonia expressed support for Sylvania.',
      [C('Freedonia'), C('Sylvania')],
      'SUPPORT',
      ['Freedonia'],
      ['Sylvania'],
    ],
    [
      'Freedonia made concessions to Sylvania.',
      [C('Freedonia'), C('Sylvania')],
      'CONCEDE',
      ['Freedonia'],
      ['Sylvania'],
    ],
    [
      'Freedonia will expand cooperation with Sylvania.',
      [C('Freedonia'), C('Sylvania')],
      'COOPERATE',
      ['Freedonia'],
      ['Sylvania'],
    ],
    [
      'Freedonia sent humanitarian aid to Sylvania.',
      [C('Freedonia'), C('Sylvania')],
      'AID',
      ['Freedonia'],
      ['Sylvania'],
    ],
    [
      'Freedonia withdrew its troops from Sylvania.',
      [C('Freedonia'), C('Sylvania')],
      'RETREAT',
      ['Freedonia'],
      [],
    ],
    [
      'Freedonia asked Sylvania to extradite the suspect.',
      [C('Freedonia'), C('Sylvania')],
      'REQUEST',
      ['Freedonia'],
      ['Sylvania'],
    ],
    [
      'Freedonia accused Sylvania of espionage.',
      [C('Freedonia'), C('Sylvania')],
      'ACCUSE',
      ['Freedonia'],
      ['Sylvania'],
    ],
    [
      'Freedonia rejected Sylvania proposals.',
      [C('Freedonia'), C('Sylvania')],
      'REJECT',
      ['Freedonia'],
      ['Sylvania'],
    ],
    [
      'Freedonia threatened Sylvania with retaliation.',
      [C('Freedonia'), C('Sylvania')],
      'THREATEN',
      ['Freedonia'],
      ['Sylvania'],
    ],
    ['Mass protests took place in Sylvania on Monday.', [C('Sylvania')], 'PROTEST', [], []],
    [
      'Freedonia imposed sanctions on Sylvania.',
      [C('Freedonia'), C('Sylvania')],
      'SANCTION',
      ['Freedonia'],
      ['Sylvania'],
    ],
    [
      'Freedonia deployed troops to Sylvania.',
      [C('Freedonia'), C('Sylvania')],
      'MOBILIZE',
      ['Freedonia'],
      ['Sylvania'],
    ],
    [
      'Freedonia closed the border with Sylvania.',
      [C('Freedonia'), C('Sylvania')],
      'COERCE',
      ['Freedonia'],
      ['Sylvania'],
    ],
    ['Freedonia bombed Sylvania.', [C('Freedonia'), C('Sylvania')], 'ASSAULT', ['Freedonia'], ['Sylvania']],
  ];
  for (const [text, specs, type, actors, targets] of cases) {
    it(`${type}: ${text}`, () => {
      const ev = run(text, specs).find((e) => e.type === type);
      expect(ev, JSON.stringify(run(text, specs))).toBeDefined();
      expect(ev!.actors).toEqual(actors);
      for (const t of targets) expect(ev!.targets).toContain(t);
      expect(text.slice(ev!.evidence.start, ev!.evidence.end)).toBe(text.trim());
      expect(ev!.summary.length).toBeGreaterThan(3);
    });
  }
  it('PROTEST without an actor takes the place as location', () => {
    const ev = run('Mass protests took place in Sylvania on Monday.', [C('Sylvania')])[0];
    expect(ev.location).toBe('Sylvania');
  });
});

describe('extractEvents: modes', () => {
  const spec = [C('Freedonia'), C('Sylvania')];
  const modeOf = (text: string, type: string) => run(text, spec).find((e) => e.type === type)?.mode;
  it('asserted', () =>
    expect(modeOf('Freedonia sent humanitarian aid to Sylvania.', 'AID')).toBe('asserted'));
  it('negated', () =>
    expect(modeOf('Freedonia will not help Sylvania circumvent sanctions.', 'COOPERATE')).toBe('negated'));
  it('negated with did not', () =>
    expect(modeOf('Freedonia did not sign an agreement with Sylvania.', 'AGREE')).toBe('negated'));
  it('hypothetical', () =>
    expect(modeOf('Freedonia could impose sanctions on Sylvania.', 'SANCTION')).toBe('hypothetical'));
  it('hypothetical from a leading if', () =>
    expect(modeOf('If talks fail, Freedonia will impose sanctions on Sylvania.', 'SANCTION')).toBe(
      'hypothetical',
    ));
  it('intended', () =>
    expect(modeOf('Freedonia plans to sign an agreement with Sylvania.', 'AGREE')).toBe('intended'));
  it('offered', () =>
    expect(modeOf('Freedonia is ready to provide Sylvania with assistance.', 'AID')).toBe('offered'));
  it('offered by verb', () =>
    expect(modeOf('Freedonia offered Sylvania its military assistance.', 'AID')).toBe('offered'));
  it('intensity: a refused cooperation is negative, a denied hostility is zero', () => {
    const refused = run('Freedonia will not help Sylvania circumvent sanctions.', spec)[0];
    expect(refused.intensity).toBeLessThan(0);
    const denied = run('Freedonia will not sever ties with Sylvania.', spec).find(
      (e) => e.type === 'SANCTION',
    )!;
    expect(denied.mode).toBe('negated');
    expect(denied.intensity).toBe(0);
    const asserted = run('Freedonia sent humanitarian aid to Sylvania.', spec)[0];
    expect(asserted.intensity).toBeGreaterThan(0);
  });
});

describe('extractEvents: participants, places and dates', () => {
  it('a meeting between X and Y took place in Z', () => {
    const text = 'A meeting between Arstan Bekov and Lena Ivanova took place in Osh.';
    const ev = run(text, [P('Arstan Bekov'), P('Lena Ivanova'), L('Osh')])[0];
    expect(ev.type).toBe('CONSULT');
    expect(ev.actors).toEqual(['Arstan Bekov']);
    expect(ev.targets).toEqual(['Lena Ivanova']);
    expect(ev.location).toBe('Osh');
    expect(ev.summary).toContain('Osh');
  });
  it('capitals act for their country; demonym + side resolves to the country', () => {
    const text =
      'Clashes between Bishkek and Dushanbe continued. The Turkish side offered Kyrgyzstan its assistance.';
    const evs = run(text, [
      L('Bishkek', 'place:bishkek'),
      L('Dushanbe', 'place:dushanbe'),
      C('Kyrgyzstan', 'country:KG'),
      C('Tajikistan', 'country:TJ'),
      C('Turkey', 'country:TR'),
    ]);
    // Tajikistan is not mentioned as such, but Dushanbe maps through seatOf only when the country is a document entity
    const clash = evs.find((e) => e.type === 'ASSAULT')!;
    expect(clash.actors).toEqual(['Kyrgyzstan']);
    expect(clash.targets).toEqual(['Tajikistan']);
    const aid = evs.find((e) => e.type === 'AID')!;
    expect(aid.actors).toEqual(['Turkey']);
    expect(aid.targets).toEqual(['Kyrgyzstan']);
  });
  it('takes the date from the sentence, the same-day anchor, or an inferred window — never the publication as fact', () => {
    const text =
      'On 13 May Freedonia signed an agreement with Sylvania. On the same day Freedonia sent humanitarian aid to Sylvania. Freedonia accused Sylvania of espionage.';
    const t: TimeExpression = {
      start: 3,
      end: 9,
      text: '13 May',
      value: { start: '2024-05-13', end: '2024-05-13' },
      kind: 'date',
      vague: false,
    };
    const evs = run(text, [C('Freedonia'), C('Sylvania')], [t], '2024-05-20');
    expect(evs.find((e) => e.type === 'AGREE')!.date).toEqual({ start: '2024-05-13', end: '2024-05-13' });
    expect(evs.find((e) => e.type === 'AID')!.date).toEqual({ start: '2024-05-13', end: '2024-05-13' });
    const acc = evs.find((e) => e.type === 'ACCUSE')!.date as {
      start: string;
      end: string;
      inferred?: boolean;
    };
    expect(acc.inferred).toBe(true);
    expect(acc.end).toBe('2024-05-20');
    const noPub = run(
      'Freedonia accused Sylvania of espionage.',
      [C('Freedonia'), C('Sylvania')],
      [],
      null,
    )[0];
    expect(noPub.date).toEqual({ start: null, end: null });
  });
  it('needs a resolved participant; a question is never an event that happened', () => {
    expect(run('They met in the evening.', [])).toEqual([]);
    const asked = run('Will Freedonia impose sanctions on Sylvania?', [C('Freedonia'), C('Sylvania')]);
    expect(asked.map((e) => e.mode)).toEqual(['hypothetical']);
  });
  it('a person qualified by a country keeps the person as participant', () => {
    const text = 'Freedonian President Arstan Bekov met the head of Sylvania Lena Ivanova.';
    const ev = run(text, [C('Sylvania'), P('Arstan Bekov'), P('Lena Ivanova')])[0];
    expect(ev.actors).toEqual(['Arstan Bekov']);
    expect(ev.targets).toEqual(['Lena Ivanova']);
  });
  it('bad input returns no events instead of throwing', () => {
    expect(extractEvents('', [], [], [], [], null, { gaz })).toEqual([]);
    expect(extractEvents(null as unknown as string, [], [], [], [], null, { gaz })).toEqual([]);
    const text = 'Freedonia met Sylvania.';
    expect(() =>
      extractEvents(
        text,
        splitSentences(text),
        [],
        [{ ref: 'zz', start: 0, end: 9, text: 'Freedonia' }],
        [],
        null,
        { gaz },
      ),
    ).not.toThrow();
  });
});

describe('extractEvents: official and wire prose', () => {
  it('reads "received <titles> X" as a meeting, but not receiving a loan', () => {
    const ev = run('President Arstan Bekov received Kyrgyz Prime Minister Lena Ivanova in Bishkek.', [
      P('Arstan Bekov'),
      P('Lena Ivanova'),
      C('Kyrgyz', 'country:KG'),
      L('Bishkek', 'place:bishkek'),
    ]);
    expect(ev.find((e) => e.type === 'CONSULT')).toMatchObject({
      actors: ['Arstan Bekov'],
      targets: ['Lena Ivanova'],
    });
    expect(
      run('Freedonia received a large loan from Sylvania last year.', [C('Freedonia'), C('Sylvania')]),
    ).toEqual([]);
  });

  it('reads a passive "the memorandum was signed by X and his counterpart Y"', () => {
    const ev = run(
      'The memorandum was signed by Energy Minister Arstan Bekov and his Tajik counterpart Lena Ivanova.',
      [P('Arstan Bekov'), P('Lena Ivanova')],
    );
    expect(ev.find((e) => e.type === 'AGREE')).toMatchObject({
      actors: ['Arstan Bekov'],
      targets: ['Lena Ivanova'],
    });
  });

  it('keeps "his <demonym> counterpart, X" as the person, not the country', () => {
    const ev = run('Arstan Bekov held talks with his Kyrgyz counterpart, Lena Ivanova, in Osh.', [
      P('Arstan Bekov'),
      P('Lena Ivanova'),
      C('Kyrgyz', 'country:KG'),
      L('Osh'),
    ]);
    expect(ev.find((e) => e.type === 'CONSULT')).toMatchObject({
      actors: ['Arstan Bekov'],
      targets: ['Lena Ivanova'],
    });
  });

  it('reads protests after a dateline with "May 1" as asserted, at the dateline city', () => {
    const ev = run('BISHKEK, May 1 — Thousands of people protested outside parliament.', [
      L('BISHKEK', 'place:bishkek'),
    ]);
    expect(ev.find((e) => e.type === 'PROTEST')).toMatchObject({ mode: 'asserted', location: 'BISHKEK' });
    const rally = run('Residents of the Osh region held a rally on Wednesday.', [L('Osh')]);
    expect(rally.find((e) => e.type === 'PROTEST')).toMatchObject({ location: 'Osh' });
  });

  it('reads arrests of people by a named body, and not by the last entity of an earlier clause', () => {
    const ev = run('Officers of the Security Service detained three residents of Osh on Monday.', [
      ['Security Service', 'organization'],
      L('Osh'),
    ]);
    expect(ev.find((e) => e.type === 'COERCE')).toMatchObject({ actors: ['Security Service'] });
    expect(
      run('Thousands marched against the Freedonian law, and police detained at least 30 people.', [
        C('Freedonian'),
      ]).filter((e) => e.type === 'COERCE'),
    ).toEqual([]);
  });

  it('resolves "he"/"she" and "the two countries" to the people and countries named before', () => {
    const ev = run(
      'Lena Ivanova was less diplomatic. Writing on Telegram, she accused Sylvania of provocations.',
      [P('Lena Ivanova'), C('Sylvania')],
    );
    expect(ev.find((e) => e.type === 'ACCUSE')).toMatchObject({
      actors: ['Lena Ivanova'],
      targets: ['Sylvania'],
    });
    const two = run(
      'Sylvania has not commented. Freedonia said last week that the two countries had agreed on the border line.',
      [C('Freedonia'), C('Sylvania')],
    );
    const agree = two.find((e) => e.type === 'AGREE')!;
    expect([...agree.actors, ...agree.targets].sort()).toEqual(['Freedonia', 'Sylvania']);
  });

  it('takes "the two leaders" as the two heads of state, not any two people', () => {
    const text =
      'President Arstan Bekov received Prime Minister Lena Ivanova. Adviser Omar Sayid told reporters that the two leaders discussed trade with Sylvania.';
    const { entities, mentions } = annotate(text, [
      P('Arstan Bekov'),
      P('Lena Ivanova'),
      P('Omar Sayid'),
      C('Sylvania'),
    ]);
    entities[0].roles = [{ title: 'President', ofRef: null, evidence: { start: 0, end: 9 } }];
    entities[1].roles = [{ title: 'Prime Minister', ofRef: null, evidence: { start: 40, end: 54 } }];
    const evs = extractEvents(text, splitSentences(text), entities, mentions, [], '2024-03-20', { gaz });
    const talks = evs.find((e) => e.type === 'CONSULT' && e.trigger === 'discussed')!;
    expect([...talks.actorRefs].sort()).toEqual(['e1', 'e2']);
    // a first deputy prime minister is not one of "the two presidents"
    const t2 =
      'President Arstan Bekov was welcomed by First Deputy Prime Minister Lena Ivanova. Later the two presidents held a meeting.';
    const a2 = annotate(t2, [P('Arstan Bekov'), P('Lena Ivanova')]);
    a2.entities[0].roles = [{ title: 'President', ofRef: null, evidence: { start: 0, end: 9 } }];
    a2.entities[1].roles = [
      { title: 'First Deputy Prime Minister', ofRef: null, evidence: { start: 40, end: 67 } },
    ];
    expect(
      extractEvents(t2, splitSentences(t2), a2.entities, a2.mentions, [], '2024-03-20', { gaz }).filter(
        (e) => e.trigger === 'meeting',
      ),
    ).toEqual([]);
  });

  it('takes "the presidents" (no "two") as a pair just named together, and "they" after it too', () => {
    const text =
      'President Arstan Bekov and President Mara Lind opened a border post. The presidents also held talks in Osh, where they signed a declaration.';
    const { entities, mentions } = annotate(text, [P('Arstan Bekov'), P('Mara Lind')]);
    entities[0].roles = [{ title: 'President', ofRef: null, evidence: { start: 0, end: 9 } }];
    entities[1].roles = [{ title: 'President', ofRef: null, evidence: { start: 27, end: 36 } }];
    const evs = extractEvents(text, splitSentences(text), entities, mentions, [], '2024-03-20', { gaz });
    for (const type of ['CONSULT', 'AGREE']) {
      const ev = evs.find((e) => e.type === type)!;
      expect([...ev.actorRefs, ...ev.targetRefs].sort(), type).toEqual(['e1', 'e2']);
    }
    // "the sides" with no pair named together names nobody; "the leaders of X and Y" say who they are
    const t2 = 'Freedonia hosted a forum. Sylvania sent observers. The sides discussed trade.';
    const a2 = annotate(t2, [C('Freedonia'), C('Sylvania')]);
    expect(
      extractEvents(t2, splitSentences(t2), a2.entities, a2.mentions, [], '2024-03-20', { gaz }).filter(
        (e) => e.trigger === 'discussed',
      ),
    ).toEqual([]);
  });

  it('"X and Y fought a (border) war", "went to war", "waged a war": an armed conflict between the two', () => {
    for (const text of [
      'Freedonia and Sylvania fought a brief border war in the autumn.',
      'Freedonia and Sylvania went to war over the valley.',
      'Freedonia waged a long war against Sylvania.',
    ]) {
      const war = run(text, [C('Freedonia'), C('Sylvania')]).filter((e) => e.type === 'ASSAULT');
      expect(
        war.map((e) => [...e.actors, ...e.targets].sort()),
        text,
      ).toEqual([['Freedonia', 'Sylvania']]);
    }
  });

  it('takes "the sides", "the parties", "the ministers" after a meeting of two as the two who met', () => {
    const text =
      'Freedonian Foreign Minister Arstan Bekov held talks with his Sylvanian counterpart Mara Lind in Osh. The ministers discussed transit fees. Following the talks, the sides signed a memorandum on customs. The parties also condemned the attack on the pipeline.';
    const { entities, mentions } = annotate(text, [
      C('Freedonia'),
      P('Arstan Bekov'),
      C('Sylvania'),
      P('Mara Lind'),
    ]);
    // (the mention stage reads the demonyms as the countries' mentions, and "his counterpart" as the
    // office of the first)
    for (const [surface, ref] of [
      ['Freedonian', 'e1'],
      ['Sylvanian', 'e3'],
    ] as const)
      mentions.push({
        ref,
        start: text.indexOf(surface),
        end: text.indexOf(surface) + surface.length,
        text: surface,
      });
    mentions.sort((a, b) => a.start - b.start);
    entities[1].roles = [{ title: 'Foreign Minister', ofRef: 'e1', evidence: { start: 0, end: 27 } }];
    entities[3].roles = [{ title: 'Foreign Minister', ofRef: 'e3', evidence: { start: 60, end: 82 } }];
    const evs = extractEvents(text, splitSentences(text), entities, mentions, [], '2024-03-20', { gaz });
    const parties = (trigger: RegExp) => {
      const ev = evs.find((e) => trigger.test(e.trigger));
      return ev ? [...ev.actorRefs, ...ev.targetRefs].sort() : null;
    };
    expect(parties(/^discussed$/)).toEqual(['e2', 'e4']);
    expect(parties(/^signed/)).toEqual(['e1', 'e3']);
    expect(parties(/^condemned$/)).toEqual(['e1', 'e3']);
  });

  it('a name after a topic noun is what a meeting was about ("discussed financing from X")', () => {
    const text =
      'Freedonia and Sylvania signed a deal. The sides also discussed financing from the Steppe Bank.';
    const { entities, mentions } = annotate(text, [
      C('Freedonia'),
      C('Sylvania'),
      ['Steppe Bank', 'organization'],
    ]);
    const talks = extractEvents(text, splitSentences(text), entities, mentions, [], '2024-03-20', {
      gaz,
    }).find((e) => e.trigger === 'discussed')!;
    expect([...talks.actorRefs, ...talks.targetRefs].sort()).toEqual(['e1', 'e2']);
  });

  it('ignores a capital naming a declaration, a place inside a quotation, and a definite past reference', () => {
    expect(
      run('Leaders signed the Bishkek Declaration.', [
        L('Bishkek', 'place:bishkek'),
        C('Kyrgyzstan', 'country:KG'),
      ]),
    ).toEqual([]);
    const q = run('"We will meet again in Osh," said Arstan Bekov, who arrived in Kyrgyzstan on Wednesday.', [
      P('Arstan Bekov'),
      L('Osh'),
      C('Kyrgyzstan', 'country:KG'),
    ]);
    expect(q.find((e) => e.type === 'CONSULT')).toMatchObject({
      actors: ['Arstan Bekov'],
      targets: ['Kyrgyzstan'],
      location: null,
    });
    expect(
      run('They want compensation for houses damaged during the 2022 clashes near Osh.', [L('Osh')]),
    ).toEqual([]);
  });

  it('does not date an event by a time inside a relative clause about someone else', () => {
    const t: TimeExpression = {
      start: 0,
      end: 0,
      text: 'December',
      value: { start: '2023-12', end: '2023-12' },
      kind: 'date',
      vague: false,
    };
    const text =
      'Freedonia threatened to challenge the measures in court, according to Arstan Bekov, who chaired the cabinet until December.';
    t.start = text.indexOf('December');
    t.end = t.start + 'December'.length;
    const ev = run(text, [C('Freedonia'), P('Arstan Bekov')], [t]).find((e) => e.type === 'THREATEN')!;
    expect((ev.date as { inferred?: boolean }).inferred).toBe(true);
  });

  it('takes both places of "in X or Y" as targets', () => {
    const ev = run('The army has not deployed troops in Freedonia or Sylvania.', [
      C('Freedonia'),
      C('Sylvania'),
      ['The army', 'organization'],
    ]);
    expect(ev[0]).toMatchObject({ mode: 'negated', targets: ['Freedonia', 'Sylvania'] });
  });
});

describe('extractEvents: precision guards from unseen styles', () => {
  it('does not read "declined to comment" as a rejection, nor a participle "proposed by X" as a passive agent', () => {
    expect(run('The Freedonia security service declined to comment on the case.', [C('Freedonia')])).toEqual(
      [],
    );
    const ev = run('Freedonia declined to join the alliance proposed by Sylvania.', [
      C('Freedonia'),
      C('Sylvania'),
    ]);
    expect(ev.map((e) => e.actors)).toEqual([['Freedonia']]);
  });

  it('reads signed cooperation plans and meetings with long titled counterparts', () => {
    expect(
      run('Freedonia has signed a military cooperation plan with Sylvania.', [
        C('Freedonia'),
        C('Sylvania'),
      ])[0],
    ).toMatchObject({ type: 'AGREE', actors: ['Freedonia'], targets: ['Sylvania'] });
    const met = run(
      'Arstan Bekov met with European Commissioner for International Partnerships Lena Ivanova on Tuesday.',
      [P('Arstan Bekov'), P('Lena Ivanova')],
    );
    expect(met[0]).toMatchObject({ type: 'CONSULT', actors: ['Arstan Bekov'], targets: ['Lena Ivanova'] });
  });

  it('never takes "he"/"she" as the object of a trigger, nor "both sides" as a place', () => {
    const ev = run('Lena Ivanova, who ran a newspaper, was arrested after she criticized Sylvania.', [
      P('Lena Ivanova'),
      C('Sylvania'),
    ]);
    expect(ev.filter((e) => e.type === 'COERCE' && e.actors.includes('Lena Ivanova'))).toEqual([]);
    const sides = run('When Freedonian and Sylvanian forces clashed, Borduria sold drones to both sides.', [
      C('Freedonian'),
      C('Sylvanian'),
      C('Borduria'),
    ]);
    expect(sides.find((e) => e.type === 'ASSAULT')!.location).toBeNull();
  });
});

describe('extractEvents: a capital before a meeting noun', () => {
  it('is the place of "the Bishkek talks", not a participant', () => {
    const ev = run('Freedonia joined the Bishkek talks with Sylvania on Monday.', [
      L('Bishkek', 'place:bishkek'),
      C('Kyrgyzstan', 'country:KG'),
      C('Freedonia'),
      C('Sylvania'),
    ]);
    const talks = ev.find((e) => e.type === 'CONSULT')!;
    expect(talks).toMatchObject({ actors: ['Freedonia'], targets: ['Sylvania'] });
  });
});

describe('extractEvents: places before a verb and plural anaphors across sentences', () => {
  it('does not take "activists in <capital>" as the capital acting', () => {
    expect(
      run('Environmental activists in Bishkek criticized the project on Monday.', [
        L('Bishkek', 'place:bishkek'),
        C('Kyrgyzstan', 'country:KG'),
      ]),
    ).toEqual([]);
  });

  it('does not take a destination after "to" as the subject of a purpose infinitive', () => {
    const ev = run('President Arstan Bekov flew to Bishkek on Monday to meet Lena Ivanova.', [
      P('Arstan Bekov'),
      P('Lena Ivanova'),
      L('Bishkek', 'place:bishkek'),
      C('Kyrgyzstan', 'country:KG'),
    ]);
    expect(ev.find((e) => e.type === 'CONSULT')).toMatchObject({
      actors: ['Arstan Bekov'],
      targets: ['Lena Ivanova'],
    });
  });

  it('reads "a state visit by X to <capital>" as X visiting the capital', () => {
    const ev = run('The deal was signed during a state visit by Arstan Bekov to Bishkek on Thursday.', [
      P('Arstan Bekov'),
      L('Bishkek', 'place:bishkek'),
    ]);
    expect(ev.find((e) => e.type === 'CONSULT')).toMatchObject({
      actors: ['Arstan Bekov'],
      targets: ['Bishkek'],
    });
  });

  it('takes the person, not the organization naming the office, as the object ("Union President X")', () => {
    const ev = run('Arstan Bekov met Steppe Union President Lena Ivanova in Osh.', [
      P('Arstan Bekov'),
      ['Steppe Union', 'organization'],
      P('Lena Ivanova'),
    ]);
    expect(ev.find((e) => e.type === 'CONSULT')).toMatchObject({
      actors: ['Arstan Bekov'],
      targets: ['Lena Ivanova'],
    });
  });

  it('finds "the two leaders" named in earlier sentences', () => {
    const text =
      'President Arstan Bekov arrived in Osh. Lena Ivanova thanked Bekov for his support. The two leaders also discussed gas supplies.';
    const { entities, mentions } = annotate(text, [
      P('Arstan Bekov'),
      P('Lena Ivanova'),
      P('Bekov'),
      L('Osh'),
    ]);
    entities[0].roles = [{ title: 'President', ofRef: null, evidence: { start: 0, end: 9 } }];
    entities[1].roles = [{ title: 'President', ofRef: null, evidence: { start: 0, end: 9 } }];
    entities[2].roles = entities[0].roles;
    const talks = extractEvents(text, splitSentences(text), entities, mentions, [], '2024-03-20', {
      gaz,
    }).find((e) => e.trigger === 'discussed');
    expect(talks).toBeDefined();
    expect([...talks!.actorRefs, ...talks!.targetRefs]).toContain('e2');
  });
});

describe("extractEvents: dates from the event's own clause", () => {
  const t = (text: string, surface: string, value: string, published = '2024-03-20'): TimeExpression => {
    const start = text.indexOf(surface);
    void published;
    return {
      start,
      end: start + surface.length,
      text: surface,
      value: { start: value, end: value },
      kind: value.length === 4 ? 'date' : 'relative',
      vague: false,
    };
  };
  it('history in passing keeps its own year and does not date the news', () => {
    const text =
      'Freedonia signed a border agreement with Sylvania on Monday, years after the clashes in 2021.';
    const evs = run(
      text,
      [C('Freedonia'), C('Sylvania')],
      [t(text, 'on Monday', '2024-03-18'), t(text, 'in 2021', '2021')],
    );
    expect(evs.find((e) => e.type === 'AGREE')!.date).toEqual({ start: '2024-03-18', end: '2024-03-18' });
    const text2 = 'Arstan Bekov met Lena Ivanova, years after the clashes in 2021 between their countries.';
    const evs2 = run(text2, [P('Arstan Bekov'), P('Lena Ivanova')], [t(text2, 'in 2021', '2021')]);
    const met = evs2.find((e) => e.type === 'CONSULT')!;
    // the meeting is dated only by publication ("by 2024-03-20"), never 2021
    expect(met.date).toMatchObject({ end: '2024-03-20', inferred: true });
  });
  it('a photo caption neither dates an event nor reports one', () => {
    const text =
      'Photo: Arstan Bekov and Lena Ivanova met in Osh, 12 May 2023. (Agency)\nArstan Bekov met Lena Ivanova on Monday.\nThe same day, they signed an agreement.';
    const times = [t(text, '12 May 2023', '2023-05-12')];
    const evs = run(text, [P('Arstan Bekov'), P('Lena Ivanova'), L('Osh')], times);
    expect(evs.every((e) => e.evidence.start > text.indexOf('\n'))).toBe(true);
    for (const e of evs) expect(e.date.start === '2023-05-12' || e.date.end === '2023-05-12').toBe(false);
  });
});

describe('extractEvents: subjects from quotations, coordination and nominal attacks', () => {
  it('reads "we" inside a quotation as its speaker', () => {
    const text =
      '"We call on the government of Sylvania to respect the rights of its citizens," Arstan Bekov said.';
    const { entities, mentions } = annotate(text, [P('Arstan Bekov'), C('Sylvania')]);
    const quotes = [
      {
        start: 1,
        end: text.indexOf('," '),
        text: text.slice(1, text.indexOf('," ')),
        direct: true,
        speakerRef: 'e1',
        reportedByRefs: [],
        cue: 'said',
      },
    ];
    const evs = extractEvents(text, splitSentences(text), entities, mentions, [], '2024-03-20', {
      gaz,
      quotes,
    });
    const req = evs.find((e) => e.type === 'REQUEST');
    expect(req?.actorRefs).toEqual(['e1']);
    expect(req?.targetRefs).toEqual(['e2']);
    // without the quotation's speaker nobody calls on anyone
    expect(run(text, [P('Arstan Bekov'), C('Sylvania')]).some((e) => e.type === 'REQUEST')).toBe(false);
  });
  it('gives a coordinated verb the clause subject across a quoted phrase', () => {
    const text =
      'Arstan Bekov criticised the “kidnapping” of a deserter by the police of Sylvania, and threatened Sylvania with “consequences”.';
    const t = run(text, [P('Arstan Bekov'), C('Sylvania')]).find((e) => e.type === 'THREATEN');
    expect(t?.actors).toEqual(['Arstan Bekov']);
    expect(t?.targets).toEqual(['Sylvania']);
  });
  it('reads "an attack on the country\'s embassy in <capital>" as an attack on the sentence\'s country, there', () => {
    const text =
      'Kyrgyzstan’s relations with Tajikistan were strained following an attack on the country’s embassy in Dushanbe.';
    const a = run(text, [
      C('Kyrgyzstan', 'country:KG'),
      C('Tajikistan', 'country:TJ'),
      L('Dushanbe', 'place:dushanbe'),
    ]).find((e) => e.type === 'ASSAULT');
    expect(a?.actors).toEqual([]);
    expect(a?.targets).toEqual(['Kyrgyzstan']);
    expect(a?.location).toBe('Dushanbe');
  });
  it('does not date an event by a year inside a quotation that follows it', () => {
    const text =
      'Arstan Bekov rebuked Sylvania: “The statements remind us of false statements made in 2020-2023,” he said.';
    const times: TimeExpression[] = [
      {
        start: text.indexOf('2020'),
        end: text.indexOf('2020') + 9,
        text: '2020-2023',
        value: { start: '2020', end: '2023' },
        kind: 'range',
        vague: false,
      },
    ];
    const e = run(text, [P('Arstan Bekov'), C('Sylvania')], times).find((x) => x.type === 'ACCUSE');
    expect(e?.actors).toEqual(['Arstan Bekov']);
    expect(e?.date.start).not.toBe('2020');
  });
  it('reads "slammed" and "rebuked" as accusations and "the right to peaceful protest" as no protest', () => {
    const text = 'Arstan Bekov slammed Sylvania. Sylvania must respect the right to peaceful protest.';
    const evs = run(text, [P('Arstan Bekov'), C('Sylvania')]);
    expect(evs.map((e) => e.type)).toEqual(['ACCUSE']);
  });
});

describe('extractEvents: constructions (issue 15)', () => {
  it('a hyphenated pair of countries is both of them ("the Freedonian-Sylvanian border")', () => {
    const ev = run('The Freedonia-Sylvania border was closed after the floods.', [
      C('Freedonia'),
      C('Sylvania'),
    ]);
    const closed = ev.find((e) => e.type === 'COERCE');
    expect([...closed!.actors, ...closed!.targets].sort()).toEqual(['Freedonia', 'Sylvania']);
  });

  describe('English arguments from the dependency tree', () => {
    const ppl = [P('Dalia Verin'), P('Tomas Ardo'), C('Borduria')];
    const parts = (e: { actors: (string | undefined)[]; targets: (string | undefined)[] }) => ({
      actors: e.actors,
      targets: e.targets,
    });

    it('the subject, not the nearest name before the verb, is the actor', () => {
      const ev = run('Dalia Verin, speaking after Tomas Ardo, condemned Borduria.', ppl);
      expect(parts(ev.find((e) => e.type === 'ACCUSE')!)).toEqual({
        actors: ['Dalia Verin'],
        targets: ['Borduria'],
      });
    });

    it('a participle clause without a subject takes the subject of the main clause', () => {
      const ev = run(
        'Accusing Borduria of running a smear campaign against her, Verin said that the talks were over.',
        [P('Verin'), C('Borduria')],
      );
      expect(parts(ev.find((e) => e.type === 'ACCUSE')!)).toEqual({
        actors: ['Verin'],
        targets: ['Borduria'],
      });
    });

    it('coordinated subjects stay one group', () => {
      const ev = run('Dalia Verin and Tomas Ardo signed a border treaty on Monday.', ppl);
      const signed = ev.find((e) => e.type === 'AGREE')!;
      expect([...signed.actors, ...signed.targets].sort()).toEqual(['Dalia Verin', 'Tomas Ardo']);
    });

    it('who condemns an attack did not make it', () => {
      const ev = run('Dalia Verin condemned the attack on Borduria.', ppl);
      expect(ev.find((e) => e.type === 'ACCUSE')?.actors).toEqual(['Dalia Verin']);
      expect(ev.filter((e) => e.type === 'ASSAULT' && e.actors.includes('Dalia Verin'))).toEqual([]);
    });
  });

  it('"expressed concern that/over" is a mild accusation of the one it is about', () => {
    const ev = run('Freedonia has voiced serious concern that Sylvania is arming the rebels.', [
      C('Freedonia'),
      C('Sylvania'),
    ]);
    const concern = ev.find((e) => e.type === 'ACCUSE')!;
    expect([concern.actors, concern.targets]).toEqual([['Freedonia'], ['Sylvania']]);
    expect(concern.intensity).toBeLessThan(0);
    expect(concern.intensity).toBeGreaterThan(-3);
  });

  it('a planned meeting or agreement needs both sides ("we will sign this agreement" is no event)', () => {
    const one = run('Freedonia will sign the agreement in the near future.', [C('Freedonia'), C('Sylvania')]);
    expect(one.filter((e) => e.type === 'AGREE')).toEqual([]);
    const two = run('Freedonia will sign an agreement with Sylvania next month.', [
      C('Freedonia'),
      C('Sylvania'),
    ]);
    expect(two.find((e) => e.type === 'AGREE')?.mode).toBe('intended');
  });
});

describe('extractEvents: Russian subjects and places', () => {
  const ru = (text: string, specs: Spec[]) => {
    const { entities, mentions } = annotate(text, specs);
    const name = new Map(entities.map((e) => [e.ref, e.name]));
    return extractEvents(text, splitSentences(text, 'ru'), entities, mentions, [], '2024-03-20', {
      gaz,
      language: 'ru',
    }).map((e) => ({
      type: e.type,
      actors: e.actorRefs.map((r) => name.get(r)),
      targets: e.targetRefs.map((r) => name.get(r)),
      location: e.locationRef ? name.get(e.locationRef) : null,
    }));
  };

  it('"Он осудил …": the pronoun is the man named before (not the woman named last)', () => {
    const ev = ru('Арстан Беков и Лена Иванова прибыли в Ош. Он осудил решение Таджикистана.', [
      P('Арстан Беков'),
      P('Лена Иванова'),
      C('Таджикистана', 'country:TJ'),
    ]);
    expect(ev.filter((e) => e.type === 'ACCUSE')).toEqual([
      { type: 'ACCUSE', actors: ['Арстан Беков'], targets: ['Таджикистана'], location: null },
    ]);
  });

  it('"Бишкек призвал Душанбе …": a capital as subject speaks for its state', () => {
    const ev = ru('Бишкек призвал Душанбе открыть границу.', [
      L('Бишкек', 'place:bishkek'),
      L('Душанбе', 'place:dushanbe'),
    ]);
    expect(ev.filter((e) => e.type === 'REQUEST')).toEqual([
      { type: 'REQUEST', actors: ['Бишкек'], targets: ['Душанбе'], location: null },
    ]);
  });

  it('a meeting talked about ("вопрос о переговорах с X") or a country\'s adjective in its topic is no side', () => {
    const ev = ru(
      'Арстан Беков ответил на вопрос о переговорах с Таджикистаном. Беков и Лена Иванова обсудят поставки таджикского газа.',
      [
        P('Арстан Беков'),
        P('Беков'),
        P('Лена Иванова'),
        C('Таджикистаном', 'country:TJ'),
        C('таджикского', 'country:TJ'),
      ],
    );
    expect(ev.filter((e) => e.type === 'CONSULT').map((e) => [e.actors, e.targets])).toEqual([
      [['Беков'], ['Лена Иванова']],
    ]);
  });

  it('"посетит Бишкек": the capital visited stands for its country and is where the visit is', () => {
    const ev = ru('Арстан Беков посетит Бишкек в мае. Киргизия ждет гостя.', [
      P('Арстан Беков'),
      L('Бишкек', 'place:bishkek'),
      C('Киргизия', 'country:KG'),
    ]);
    expect(ev.filter((e) => e.type === 'CONSULT')).toEqual([
      { type: 'CONSULT', actors: ['Арстан Беков'], targets: ['Киргизия'], location: 'Бишкек' },
    ]);
  });
});
