import { describe, expect, it } from 'vitest';
import { EMPTY_GAZETTEER, entitiesFromSurfaces, eventsOfSurfaces } from '../testing/doc-fixture.js';
import { buildGazetteer } from '../resolve/gazetteer.js';
import { extractEvents } from './events.js';
import { splitSentences } from '../nlp/sentences.js';
import type { EntityType, TimeExpression } from '../model/index.js';
import { extractTimes } from '../nlp/time.js';

// Project-written sentences about invented countries, people and organizations: one per class of
// construction and language (addressing a summit, setting a condition, counting oneself outside
// an organization), each read the way an analyst would file it.
const gaz = EMPTY_GAZETTEER;

type Spec = [surface: string, type: EntityType];
const C = (s: string): Spec => [s, 'country'];
const P = (s: string): Spec => [s, 'person'];
const O = (s: string): Spec => [s, 'organization'];

function run(
  text: string,
  specs: Spec[],
  language: string,
  published: string | null = '2024-03-20',
  times: TimeExpression[] = [],
  quoted: { text: string; speaker: string } | null = null,
) {
  // one reported quotation: the first occurrence of `quoted.text`, spoken by the entity named `speaker`
  const at = quoted ? text.indexOf(quoted.text) : -1;
  return eventsOfSurfaces(text, specs, {
    language,
    published,
    times,
    gaz,
    quoted: quoted ? [{ start: at, end: at + quoted.text.length, speaker: quoted.speaker }] : [],
  });
}

type Case = [lang: string, text: string, specs: Spec[], actor: string, target: string];

function expectEvent(type: string, [lang, text, specs, actor, target]: Case) {
  const ev = run(text, specs, lang).filter((e) => e.type === type);
  expect(
    ev.map((e) => [e.actors, e.targets]),
    `${type} in: ${text}`,
  ).toContainEqual([[actor], [target]]);
}

describe('addressing a summit or its leaders is taking part in it (CONSULT)', () => {
  const cases: Case[] = [
    [
      'en',
      'Arstan Bekov told Mara Lind and other heads of state that trade would grow.',
      [P('Arstan Bekov'), P('Mara Lind')],
      'Arstan Bekov',
      'Mara Lind',
    ],
    [
      'en',
      'Arstan Bekov addressed the Steppe Union plenary session on Friday.',
      [P('Arstan Bekov'), O('Steppe Union')],
      'Arstan Bekov',
      'Steppe Union',
    ],
    [
      'ru',
      'Арстан Беков выступил на саммите Степного союза в пятницу.',
      [P('Арстан Беков'), O('Степного союза')],
      'Арстан Беков',
      'Степного союза',
    ],
  ];
  for (const c of cases) it(`${c[0]}: ${c[1]}`, () => expectEvent('CONSULT', c));

  it('en: telling reporters about a summit is no address to it', () => {
    const ev = run(
      'Arstan Bekov told reporters the summit with Mara Lind went well.',
      [P('Arstan Bekov'), P('Mara Lind')],
      'en',
    );
    expect(ev.filter((e) => e.trigger === 'told')).toEqual([]);
  });
});

describe('setting a condition on the other side is a demand (REQUEST, pressure)', () => {
  const cases: Case[] = [
    [
      'en',
      'Freedonia insisted that Sylvania amend its constitution.',
      [C('Freedonia'), C('Sylvania')],
      'Freedonia',
      'Sylvania',
    ],
    [
      'en',
      "Freedonia makes the treaty conditional on a change of Sylvania's constitution.",
      [C('Freedonia'), C('Sylvania')],
      'Freedonia',
      'Sylvania',
    ],
    [
      'ru',
      'Фридония назвала условие подписания мирного договора с Сильванией.',
      [C('Фридония'), C('Сильванией')],
      'Фридония',
      'Сильванией',
    ],
    [
      'ru',
      'Фридония требует убрать из конституции Сильвании ссылку на декларацию.',
      [C('Фридония'), C('Сильвании')],
      'Фридония',
      'Сильвании',
    ],
    ['tr', "Fredonya, Silvanya'ya şart koştu.", [C('Fredonya'), C('Silvanya')], 'Fredonya', 'Silvanya'],
  ];
  for (const c of cases)
    it(`${c[0]}: ${c[1]}`, () => {
      expectEvent('REQUEST', c);
      const req = run(c[1], c[2], c[0]).find((e) => e.type === 'REQUEST')!;
      expect(req.intensity).toBeLessThan(0);
    });
});

describe('counting oneself outside an organization is a retreat from it (RETREAT)', () => {
  const cases: Case[] = [
    [
      'en',
      'Freedonia considers itself outside the Steppe Union.',
      [C('Freedonia'), O('Steppe Union')],
      'Freedonia',
      'Steppe Union',
    ],
    [
      'ru',
      'Фридония фактически считает себя вне Степного союза.',
      [C('Фридония'), O('Степного союза')],
      'Фридония',
      'Степного союза',
    ],
    [
      'tr',
      "Fredonya kendini Bozkır Birliği'nin dışında görüyor.",
      [C('Fredonya'), O('Bozkır Birliği')],
      'Fredonya',
      'Bozkır Birliği',
    ],
  ];
  for (const c of cases) it(`${c[0]}: ${c[1]}`, () => expectEvent('RETREAT', c));
});

describe('saying that something harms relations accuses whoever does it (ACCUSE)', () => {
  const cases: Case[] = [
    [
      'en',
      'The Freedonian Foreign Ministry said that such statements harm relations with Sylvania.',
      [O('Freedonian Foreign Ministry'), C('Sylvania')],
      'Freedonian Foreign Ministry',
      'Sylvania',
    ],
    [
      'en',
      'Freedonia said Sylvania is damaging bilateral ties.',
      [C('Freedonia'), C('Sylvania')],
      'Freedonia',
      'Sylvania',
    ],
    [
      'ru',
      'Фридония заявила, что такие заявления наносят ущерб отношениям с Сильванией.',
      [C('Фридония'), C('Сильванией')],
      'Фридония',
      'Сильванией',
    ],
    [
      'tr',
      "Fredonya, Silvanya'nın açıklamalarının ilişkilere zarar verdiğini söyledi.",
      [C('Fredonya'), C('Silvanya')],
      'Fredonya',
      'Silvanya',
    ],
  ];
  for (const c of cases) it(`${c[0]}: ${c[1]}`, () => expectEvent('ACCUSE', c));

  it('en: a harm nobody is said to judge is no accusation', () => {
    const ev = run('Such statements harm relations with Sylvania.', [C('Sylvania')], 'en');
    expect(ev.filter((e) => e.type === 'ACCUSE')).toEqual([]);
  });
});

describe('"the <event>" with part of a reported event\'s participants refers back to it', () => {
  it('en: "Freedonia described the signing of the treaty as historic" is no second, one-sided signing', () => {
    const ev = run(
      'Freedonia and Sylvania signed a border treaty. Freedonia described the signing of the border treaty as historic.',
      [C('Freedonia'), C('Sylvania')],
      'en',
    ).filter((e) => e.type === 'AGREE');
    expect(ev.map((e) => [...e.actors, ...e.targets].sort())).toEqual([['Freedonia', 'Sylvania']]);
  });

  it('en: a signing with a date of its own is reported, not referred to', () => {
    const text =
      'Freedonia and Sylvania signed a border treaty. Freedonia recalled the signing of the trade treaty on 12 May 2019.';
    const at = text.indexOf('12 May 2019');
    const may: TimeExpression = {
      start: at,
      end: at + 11,
      text: '12 May 2019',
      value: { start: '2019-05-12', end: '2019-05-12' },
      kind: 'date',
      vague: false,
    };
    const ev = run(text, [C('Freedonia'), C('Sylvania')], 'en', '2024-03-20', [may]).filter(
      (e) => e.type === 'AGREE',
    );
    expect(ev).toHaveLength(2);
  });
});

describe("force a speaker calls likely or planned is the speaker's accusation, not force used", () => {
  const cases: [lang: string, text: string, quote: string, specs: Spec[], accused: string][] = [
    [
      'en',
      'Arstan Bekov said a fresh Freedonian attack on Sylvania was very likely.',
      'a fresh Freedonian attack on Sylvania was very likely',
      [P('Arstan Bekov'), C('Freedonian'), C('Sylvania')],
      'Freedonian',
    ],
    [
      'en',
      'Arstan Bekov said two Steppe Union members had helped Freedonia prepare for war against Sylvania.',
      'two Steppe Union members had helped Freedonia prepare for war against Sylvania',
      [P('Arstan Bekov'), O('Steppe Union'), C('Freedonia'), C('Sylvania')],
      'Steppe Union',
    ],
    [
      'ru',
      'Арстан Беков заявил, что Фридония может напасть на Сильванию.',
      'Фридония может напасть на Сильванию',
      [P('Арстан Беков'), C('Фридония'), C('Сильванию')],
      'Фридония',
    ],
    [
      'tr',
      "Arstan Bekov, Fredonya'nın Silvanya'ya saldırması muhtemel dedi.",
      "Fredonya'nın Silvanya'ya saldırması muhtemel",
      [P('Arstan Bekov'), C('Fredonya'), C('Silvanya')],
      'Fredonya',
    ],
  ];
  for (const [lang, text, quote, specs, accused] of cases)
    it(`${lang}: ${text}`, () => {
      const ev = run(text, specs, lang, '2024-03-20', [], { text: quote, speaker: specs[0][0] });
      expect(ev.filter((e) => e.type === 'ASSAULT')).toEqual([]);
      const acc = ev.find((e) => e.type === 'ACCUSE');
      expect([acc?.actors, acc?.targets, acc?.mode]).toEqual([[specs[0][0]], [accused], 'asserted']);
    });

  it('en: force the speaker announces for his own side stays planned force', () => {
    const text = 'Arstan Bekov said Freedonia will attack Sylvania.';
    const ev = run(text, [P('Arstan Bekov'), C('Freedonia'), C('Sylvania')], 'en', '2024-03-20', [], {
      text: 'Freedonia will attack Sylvania',
      speaker: 'Freedonia',
    });
    expect(ev.find((e) => e.type === 'ASSAULT')?.mode).toBe('intended');
  });
});

describe('a Turkish meeting noun in the locative with a lone participant is no meeting', () => {
  it('tr: "Ahmet Kaya ise gözlemci olarak zirvede yer aldı" names nobody he met', () => {
    const ev = run('Ahmet Kaya ise gözlemci olarak zirvede yer aldı.', [P('Ahmet Kaya')], 'tr');
    expect(ev.filter((e) => e.type === 'CONSULT')).toEqual([]);
  });

  it('tr: with the meeting\'s owner named, it stays ("Bozkır Birliği Zirvesi\'nde")', () => {
    const ev = run(
      "Ahmet Kaya, Bozkır Birliği 8. Zirvesi'nde konuştu.",
      [P('Ahmet Kaya'), O('Bozkır Birliği')],
      'tr',
    );
    expect(ev.filter((e) => e.type === 'CONSULT').map((e) => [e.actors, e.targets])).toEqual([
      [['Ahmet Kaya'], ['Bozkır Birliği']],
    ]);
  });
});

describe('summoning an envoy is a diplomatic protest against the envoy’s country (ACCUSE)', () => {
  const cases: Case[] = [
    [
      'en',
      "Freedonia's Foreign Ministry summoned Sylvania's ambassador on Monday over the remarks.",
      [C('Freedonia'), O('Foreign Ministry'), C('Sylvania')],
      'Foreign Ministry',
      'Sylvania',
    ],
    [
      'en',
      "Freedonia summoned the Sylvania charge d'affaires after the border incident.",
      [C('Freedonia'), C('Sylvania')],
      'Freedonia',
      'Sylvania',
    ],
  ];
  for (const c of cases) it(c[1], () => expectEvent('ACCUSE', c));
});

describe('light verbs and agents of event nouns', () => {
  const consult: Case[] = [
    [
      'en',
      'Arstan Bekov held a phone conversation with Mara Lind on Monday.',
      [P('Arstan Bekov'), P('Mara Lind')],
      'Arstan Bekov',
      'Mara Lind',
    ],
    [
      'en',
      'Arstan Bekov had a telephone conversation with Mara Lind.',
      [P('Arstan Bekov'), P('Mara Lind')],
      'Arstan Bekov',
      'Mara Lind',
    ],
    [
      'en',
      'The ministers prepared the upcoming visit of President Arstan Bekov to Sylvania.',
      [P('Arstan Bekov'), C('Sylvania')],
      'Arstan Bekov',
      'Sylvania',
    ],
  ];
  for (const c of consult) it(c[1], () => expectEvent('CONSULT', c));
  it('deporting a foreign national is coercion', () =>
    expectEvent('COERCE', [
      'en',
      'Freedonia deported a Sylvania journalist last week.',
      [C('Freedonia'), C('Sylvania')],
      'Freedonia',
      'Sylvania',
    ]));
});

describe('headlines: a comma for "and", verbs in the present', () => {
  const cases: [string, string, Case][] = [
    [
      'CONSULT',
      'two names joined by a comma are one subject',
      [
        'en',
        'Bekov, Lind discuss water sharing in phone call\n\nThe leaders spoke on Monday.',
        [P('Bekov'), P('Lind')],
        'Bekov',
        'Lind',
      ],
    ],
    [
      'AGREE',
      '"agree to" in the present',
      [
        'en',
        'Freedonia, Sylvania agree to boost trade\n\nThe deal was announced on Monday.',
        [C('Freedonia'), C('Sylvania')],
        'Freedonia',
        'Sylvania',
      ],
    ],
  ];
  for (const [type, name, c] of cases) it(name, () => expectEvent(type, c));
  it('keeps a comma list in running prose one-sided', () => {
    const ev = run('Officials said Bekov, Lind met on Monday.', [P('Bekov'), P('Lind')], 'en');
    expect(ev.filter((e) => e.type === 'CONSULT').map((e) => [e.actors, e.targets])).not.toContainEqual([
      ['Bekov'],
      ['Lind'],
    ]);
  });
});

describe('more verbs of diplomacy: hosting, finalizing, recalling an envoy', () => {
  const cases: [string, Case][] = [
    [
      'CONSULT',
      [
        'en',
        'Bekov hosts Lind in Vostok\n\nThe talks lasted two hours.',
        [P('Bekov'), P('Lind')],
        'Bekov',
        'Lind',
      ],
    ],
    [
      'CONSULT',
      [
        'en',
        'Arstan Bekov receives Sylvanian envoy Mara Lind.',
        [P('Arstan Bekov'), P('Mara Lind')],
        'Arstan Bekov',
        'Mara Lind',
      ],
    ],
    [
      'AGREE',
      [
        'en',
        'Freedonia and Sylvania finalized a border treaty on Monday.',
        [C('Freedonia'), C('Sylvania')],
        'Freedonia',
        'Sylvania',
      ],
    ],
    [
      'SANCTION',
      [
        'en',
        'Freedonia recalled its ambassador from Sylvania last year.',
        [C('Freedonia'), C('Sylvania')],
        'Freedonia',
        'Sylvania',
      ],
    ],
  ];
  for (const [type, c] of cases) it(`${type}: ${c[1]}`, () => expectEvent(type, c));
});

describe('ratifying, lifting restrictions, leaving an agreement, lending, joint naval drills', () => {
  const cases: [string, Case][] = [
    [
      'AGREE',
      [
        'en',
        'Freedonia ratified a free trade agreement with Sylvania on Thursday.',
        [C('Freedonia'), C('Sylvania')],
        'Freedonia',
        'Sylvania',
      ],
    ],
    [
      'CONCEDE',
      [
        'en',
        'Freedonia has lifted sanctions on Sylvania, the ministry said.',
        [C('Freedonia'), C('Sylvania')],
        'Freedonia',
        'Sylvania',
      ],
    ],
    [
      'RETREAT',
      [
        'en',
        'Freedonia has withdrawn from a Steppe Union agreement on military cooperation.',
        [C('Freedonia'), O('Steppe Union')],
        'Freedonia',
        'Steppe Union',
      ],
    ],
    [
      'AID',
      [
        'en',
        'The Steppe Bank approved a $500 million loan to Sylvania on Monday.',
        [O('Steppe Bank'), C('Sylvania')],
        'Steppe Bank',
        'Sylvania',
      ],
    ],
    [
      'COOPERATE',
      [
        'en',
        'Freedonia and Sylvania held joint naval exercises last week.',
        [C('Freedonia'), C('Sylvania')],
        'Freedonia',
        'Sylvania',
      ],
    ],
  ];
  for (const [type, c] of cases) it(`${type}: ${c[1]}`, () => expectEvent(type, c));

  it('en: one joint exercise is as much cooperation as several ("began a joint peacekeeping exercise")', () => {
    expectEvent('COOPERATE', [
      'en',
      'Freedonia and Sylvania began a joint peacekeeping exercise on Monday.',
      [C('Freedonia'), C('Sylvania')],
      'Freedonia',
      'Sylvania',
    ]);
  });

  it('en: joint naval exercises are no show of force (no MOBILIZE)', () => {
    const ev = run(
      'Freedonia and Sylvania held joint naval exercises last week.',
      [C('Freedonia'), C('Sylvania')],
      'en',
    );
    expect(ev.filter((e) => e.type === 'MOBILIZE')).toEqual([]);
  });
});

describe('hosting a base, troops or refugees is no meeting', () => {
  it('en: "X hosts Y\'s largest military base" gives no CONSULT; "X hosted President Z" does', () => {
    const specs = [C('Freedonia'), C('Sylvania'), P('Mara Lind')];
    expect(
      run("Freedonia hosts Sylvania's largest military base abroad.", specs, 'en').filter(
        (e) => e.type === 'CONSULT',
      ),
    ).toEqual([]);
    expect(
      run('Freedonia hosted President Mara Lind on Monday.', specs, 'en')
        .filter((e) => e.type === 'CONSULT')
        .map((e) => e.targets),
    ).toEqual([['Mara Lind']]);
  });
});

describe('travelling to a country is a visit; private travellers pay none', () => {
  it('en: "X will travel to / travelled to / flew to <capital or country>" is a CONSULT with it', () => {
    const specs = [P('Arstan Bekov'), C('Sylvania'), C('Borduria')];
    for (const [text, mode] of [
      ['Arstan Bekov will travel to Sylvania next week.', 'intended'],
      ['Arstan Bekov is expected to travel to Sylvania for talks.', 'intended'],
      ['Arstan Bekov travelled to Sylvania on Monday.', 'asserted'],
      ['Arstan Bekov flew to Borduria on Tuesday.', 'asserted'],
    ] as const) {
      const ev = run(text, specs, 'en').filter((e) => e.type === 'CONSULT');
      expect(
        ev.map((e) => [e.actors, e.targets.length ? e.targets : [e.locationRef], e.mode]),
        text,
      ).toHaveLength(1);
      expect(ev[0].actors, text).toEqual(['Arstan Bekov']);
      expect(ev[0].mode, text).toBe(mode);
    }
  });

  it('en: "Sylvanian tourists travelled to Borduria", "Freedonians have visited Borduria" give no CONSULT', () => {
    for (const [text, specs] of [
      [
        'Sylvanian tourists travelled to Borduria in record numbers last year.',
        [C('Sylvanian'), C('Borduria')],
      ],
      ['Sylvanian citizens visited Borduria last year.', [C('Sylvanian'), C('Borduria')]],
      [
        'Thousands of Freedonians have visited Borduria since 2022.',
        [['Freedonians', 'group'], C('Borduria')],
      ],
    ] as [string, Spec[]][])
      expect(
        run(text, specs, 'en').filter((e) => e.type === 'CONSULT'),
        text,
      ).toEqual([]);
  });
});

describe('a journey and the meeting it was made for are one event', () => {
  const specs = [P('Arstan Bekov'), C('Sylvania'), P('Mara Lind')];
  it('en: "X will travel to A, where he will meet Y" / "X visited A on Monday to meet Y": one CONSULT X -> Y in A', () => {
    for (const [text, mode] of [
      ['Arstan Bekov will travel to Sylvania on Friday, where he will meet Mara Lind.', 'intended'],
      ['Arstan Bekov visited Sylvania on Monday to meet Mara Lind.', 'asserted'],
    ] as const) {
      const ev = run(text, specs, 'en', '2024-03-20', extractTimes(text, '2024-03-20')).filter(
        (e) => e.type === 'CONSULT',
      );
      expect(
        ev.map((e) => [e.actors, e.targets, e.locationRef, e.mode, !!e.date.start]),
        text,
      ).toEqual([[['Arstan Bekov'], ['Mara Lind'], 'e2', mode, true]]);
    }
  });

  it('en: a meeting dated apart from the arrival stays its own event', () => {
    const text = 'Arstan Bekov, who arrived in Sylvania on Sunday, met Mara Lind on Monday.';
    const ev = run(text, specs, 'en', '2024-03-20', extractTimes(text, '2024-03-20')).filter(
      (e) => e.type === 'CONSULT',
    );
    expect(ev.map((e) => e.targets)).toContainEqual(['Mara Lind']);
    expect(ev.find((e) => e.targets.includes('Mara Lind'))!.date.start).toBe('2024-03-18');
  });
});

describe('a deed told in the past tense lies before publication', () => {
  const specs = [P('Arstan Bekov'), P('Mara Lind'), C('Sylvania')];
  const pub = '2024-06-02';
  const dated = (text: string) =>
    run(text, specs, 'en', pub, extractTimes(text, pub))
      .filter((e) => e.type === 'CONSULT')
      .map((e) => e.date.start);
  it('en: "met in July" in a June article is last July; "will meet in July" and "met on June 1" stay', () => {
    expect(dated('Arstan Bekov and Mara Lind last met in Sylvania in July.')).toEqual(['2023-07']);
    expect(dated('Arstan Bekov visited Sylvania on July 10.')).toEqual(['2023-07-10']);
    expect(dated('Arstan Bekov will meet Mara Lind in July.')).toEqual(['2024-07']);
    expect(dated('Arstan Bekov met Mara Lind on June 1.')).toEqual(['2024-06-01']);
  });
});

describe('a summons to protest, an attributive "detained", "is due to"', () => {
  const specs = [C('Sylvania'), C('Borduria'), P('Mara Lind'), P('Arstan Bekov'), O('Sylvanian Parliament')];
  it('en: "X summoned the Y ambassador to protest against …" is the summons only (no PROTEST by the envoy)', () => {
    const text = 'Sylvania summoned the Bordurian ambassador, Mara Lind, to protest against her remarks.';
    const ev = run(text, [...specs, C('Bordurian')], 'en');
    expect(ev.filter((e) => e.type === 'PROTEST')).toEqual([]);
    expect(ev.filter((e) => e.type === 'ACCUSE').map((e) => e.actors)).toEqual([['Sylvania']]);
  });

  it('en: "the release of detained opposition leaders" names no arrest; "Sylvania detained …" does', () => {
    const text =
      'Protesters rallied outside the Sylvanian Parliament, demanding the release of detained opposition leaders.';
    expect(run(text, specs, 'en').filter((e) => e.type === 'COERCE')).toEqual([]);
    expect(
      run('Sylvania detained opposition leaders on Monday.', specs, 'en')
        .filter((e) => e.type === 'COERCE')
        .map((e) => e.actors),
    ).toEqual([['Sylvania']]);
  });

  it('en: "X is due to meet Y" is planned; "due to sanctions, X cut trade with Y" is not', () => {
    const due = run('Arstan Bekov is due to meet Mara Lind on Monday.', specs, 'en').filter(
      (e) => e.type === 'CONSULT',
    );
    expect(due.map((e) => e.mode)).toEqual(['intended']);
    const cut = run('Due to sanctions, Sylvania cut trade with Borduria.', specs, 'en').filter(
      (e) => e.type === 'SANCTION',
    );
    expect(cut.map((e) => e.mode)).toEqual(['asserted']);
  });
});

describe('a border named by its country is a place', () => {
  it('en: "a joint exercise near the Bordurian border" is held there, not with Borduria', () => {
    const text = 'Freedonian and Sylvanian troops held a joint exercise near the Bordurian border on Monday.';
    const ev = run(text, [C('Freedonian'), C('Sylvanian'), C('Bordurian')], 'en').filter(
      (e) => e.type === 'COOPERATE',
    );
    expect(ev.map((e) => [[...e.actors, ...e.targets].sort(), e.locationRef])).toEqual([
      [['Freedonian', 'Sylvanian'], 'e3'],
    ]);
  });
});

describe('wire constructions of other outlets', () => {
  it('en: "X later travelled to Y on Thursday for talks with Z": Z is whom X met, Y where', () => {
    const text =
      'Sylvanian President Ivo Marek later travelled to Zenda on Thursday for talks with Anna Holt.';
    const ev = run(
      text,
      [C('Sylvanian'), P('Ivo Marek'), ['Zenda', 'location'], P('Anna Holt')],
      'en',
    ).filter((e) => e.type === 'CONSULT');
    expect(ev.map((e) => [e.actors, e.targets])).toEqual([[['Ivo Marek'], ['Anna Holt']]]);
  });

  it('en: "a Sylvanian diplomat accused of espionage": the one blamed is the target, nobody named blamed him', () => {
    const text = 'Freedonia expelled a Sylvanian diplomat accused of espionage.';
    const ev = run(text, [C('Freedonia'), C('Sylvanian')], 'en').filter((e) => e.type === 'ACCUSE');
    expect(ev.map((e) => [e.actors, e.targets])).toEqual([[[], ['Sylvanian']]]);
  });

  it('en: "Sylvanian state television accused Freedonia": the medium accuses, not the country', () => {
    const text = 'Sylvanian state television accused Freedonia of provoking tensions.';
    const ev = run(text, [C('Sylvanian'), C('Freedonia')], 'en').filter((e) => e.type === 'ACCUSE');
    expect(ev.map((e) => [e.actors, e.targets])).toEqual([[[], ['Freedonia']]]);
  });
});

describe('a meeting in the phrase that opens the sentence', () => {
  it('en: "After talks with X in Zenda, Y told reporters …": Y held the talks with X', () => {
    const text =
      'After talks with Anna Holt in Zenda, Sylvanian President Ivo Marek told reporters the road would open.';
    const ev = run(
      text,
      [P('Anna Holt'), ['Zenda', 'location'], C('Sylvanian'), P('Ivo Marek')],
      'en',
    ).filter((e) => e.type === 'CONSULT');
    expect(ev.map((e) => [e.actors, e.targets])).toEqual([[['Ivo Marek'], ['Anna Holt']]]);
  });

  it('en: "Speaking at a news conference after talks with X, Y said …": Y held the talks', () => {
    const text =
      'Speaking at a news conference after talks with Anna Holt, Ivo Marek said the road would open.';
    const ev = run(text, [P('Anna Holt'), P('Ivo Marek')], 'en').filter((e) => e.type === 'CONSULT');
    expect(ev.map((e) => [e.actors, e.targets])).toEqual([[['Ivo Marek'], ['Anna Holt']]]);
  });
});

describe('en: a state coerces its own people (arrests, force on crowds, raids)', () => {
  // Fredonia, with its capital Fredon and the town of Osk; Sylvania for a foreign dateline
  const fredonia = buildGazetteer([
    {
      file: 'test.json',
      data: {
        entries: [
          { id: 'country:FD', type: 'country', name: 'Fredonia', aliases: [] },
          { id: 'country:SY', type: 'country', name: 'Sylvania', aliases: [] },
          { id: 'place:fredon', type: 'location', name: 'Fredon', aliases: [], seatOf: 'country:FD' },
          { id: 'place:osk', type: 'location', name: 'Osk', aliases: [], country: 'country:FD' },
        ],
      },
    },
  ]);
  function coerced(text: string, specs: Spec[]) {
    const { entities, mentions, name } = entitiesFromSurfaces(text, specs);
    const ids: Record<string, string> = {
      Fredonia: 'country:FD',
      Sylvania: 'country:SY',
      Fredon: 'place:fredon',
      Osk: 'place:osk',
    };
    for (const e of entities) e.gazetteerId = ids[e.name] ?? null;
    return extractEvents(text, splitSentences(text, 'en'), entities, mentions, [], '2026-03-15', {
      gaz: fredonia,
      language: 'en',
    }).map((e) => ({ type: e.type, mode: e.mode, actors: e.actorRefs.map((r) => name.get(r)) }));
  }
  const L = (s: string): Spec => [s, 'location'];

  it('"Police arrested three journalists … in Fredon": the police of the place named act for its state', () => {
    const ev = coerced(
      'Fredonia is calm. Police arrested three journalists outside the parliament in Fredon on Tuesday.',
      [C('Fredonia'), L('Fredon')],
    );
    expect(ev).toEqual([{ type: 'COERCE', mode: 'asserted', actors: ['Fredonia'] }]);
  });

  it('"Police in Osk detained a prominent blogger": a town gives its country; one person is people too', () => {
    const ev = coerced('Fredonia is calm. Police in Osk also detained a prominent blogger on Monday.', [
      C('Fredonia'),
      L('Osk'),
    ]);
    expect(ev).toEqual([{ type: 'COERCE', mode: 'asserted', actors: ['Fredonia'] }]);
  });

  it('"Riot police used tear gas on protesters" under a "FREDON, Fredonia (AP) —" dateline: force by the state', () => {
    const ev = coerced(
      'FREDON, Fredonia (AP) — Riot police used tear gas and water cannon on protesters late on Monday.',
      [L('Fredon'), C('Fredonia')],
    );
    expect(ev).toEqual([{ type: 'COERCE', mode: 'asserted', actors: ['Fredonia'] }]);
  });

  it('"security forces raided the offices of …" is a raid; "Sylvanian police" keep their own state', () => {
    const ev = coerced(
      'FREDON, Fredonia (AP) — Security forces raided the offices of an independent broadcaster. Sylvanian police dispersed the rally.',
      [L('Fredon'), C('Fredonia'), C('Sylvanian')],
    );
    expect(ev).toEqual([
      { type: 'COERCE', mode: 'asserted', actors: ['Fredonia'] },
      { type: 'COERCE', mode: 'asserted', actors: ['Sylvanian'] },
    ]);
  });

  it('"Police … on charges of calling for mass unrest": a charge names no protest', () => {
    const ev = coerced(
      'Police in Osk detained a blogger on charges of calling for mass unrest, Fredonia said.',
      [L('Osk'), C('Fredonia')],
    );
    expect(ev.filter((e) => e.type === 'PROTEST')).toEqual([]);
  });
});

describe('en: suspending or calling off cooperation is a sanction, not cooperation', () => {
  it.each([
    ['Freedonia suspended its strategic partnership with Sylvania on Thursday.'],
    ['Freedonia called off joint exercises with Sylvania scheduled for next month.'],
    ['Freedonia has frozen all military cooperation with Sylvania.'],
  ])('%s', (text) => {
    const ev = run(text, [C('Freedonia'), C('Sylvania')], 'en');
    expect(ev.map((e) => [e.type, e.mode, e.actors, e.targets])).toEqual([
      ['SANCTION', 'asserted', ['Freedonia'], ['Sylvania']],
    ]);
  });
});

describe('en: other deeds of force and aid', () => {
  it('"Sylvanian troops opened fire on a group of Freedonian villagers": an assault', () => {
    const ev = run(
      'Sylvanian troops opened fire on a group of Freedonian villagers near the boundary line.',
      [C('Sylvanian'), C('Freedonian')],
      'en',
    );
    expect(ev.map((e) => [e.type, e.actors])).toEqual([['ASSAULT', ['Sylvanian']]]);
  });

  it('"Freedonia pledged $500 million in loans to Sylvania": aid offered', () => {
    const ev = run(
      'Freedonia pledged $500 million in loans to Sylvania for infrastructure projects.',
      [C('Freedonia'), C('Sylvania')],
      'en',
    );
    expect(ev.map((e) => [e.type, e.mode, e.actors, e.targets])).toEqual([
      ['AID', 'offered', ['Freedonia'], ['Sylvania']],
    ]);
  });

  it('"A Fredon court sentenced X", "authorities jailed a second journalist": coercion', () => {
    const ev = run(
      'Freedonian authorities have jailed a second journalist from the outlet.',
      [C('Freedonian')],
      'en',
    );
    expect(ev.map((e) => [e.type, e.actors])).toEqual([['COERCE', ['Freedonian']]]);
  });
});

describe('en: "the Republic of X" and a state that protests', () => {
  it('"held talks with the President of the Republic of Sylvania Ivo Marek": no anaphor for the earlier country', () => {
    const text =
      'President of Freedonia Anna Holt held talks with the President of the Republic of Sylvania Ivo Marek in Zenda.';
    const ev = run(text, [C('Freedonia'), P('Anna Holt'), C('Republic of Sylvania'), P('Ivo Marek')], 'en');
    expect(ev.map((e) => [e.type, e.actors, e.targets])).toEqual([['CONSULT', ['Anna Holt'], ['Ivo Marek']]]);
  });

  it('"Freedonia protested the incident": a state protesting is its diplomatic protest; "protested in X" stays a crowd', () => {
    const ev = run(
      'Freedonia protested the incident on Monday. Thousands protested in Sylvania on Sunday.',
      [C('Freedonia'), C('Sylvania')],
      'en',
    );
    expect(ev.map((e) => [e.type, e.actors, e.location])).toEqual([
      ['ACCUSE', ['Freedonia'], null],
      ['PROTEST', [], 'Sylvania'],
    ]);
  });
});

describe('en: participles, own-side plans, bans and rounds of talks', () => {
  it('"X did not attend, accusing Y of …": the main verb\'s negation does not reach the participle', () => {
    const ev = run(
      'Freedonia did not attend the summit, accusing Sylvania of failing to defend it.',
      [C('Freedonia'), C('Sylvania')],
      'en',
    ).filter((e) => e.type === 'ACCUSE');
    expect(ev.map((e) => [e.mode, e.actors, e.targets])).toEqual([['asserted', ['Freedonia'], ['Sylvania']]]);
  });

  it('"Lithuania and Latvia imposed entry bans on Sylvanian officials": a sanction', () => {
    const ev = run(
      'Freedonia and Ruritania imposed entry bans on Sylvanian officials on Monday.',
      [C('Freedonia'), C('Ruritania'), C('Sylvanian')],
      'en',
    );
    expect(ev.map((e) => [e.type, e.actors, e.targets])).toEqual([
      ['SANCTION', ['Freedonia', 'Ruritania'], ['Sylvanian']],
    ]);
  });

  it('"X and Y have held several rounds of talks": a meeting', () => {
    const ev = run(
      'Freedonia and Sylvania have held several rounds of talks since 2022.',
      [C('Freedonia'), C('Sylvania')],
      'en',
    );
    expect(ev.map((e) => [e.type, e.actors, e.targets])).toEqual([['CONSULT', ['Freedonia'], ['Sylvania']]]);
  });

  it("a state's own ministry announcing its drills plans them; it accuses nobody", () => {
    const gz = buildGazetteer([
      {
        file: 'test.json',
        data: {
          entries: [
            { id: 'country:FD', type: 'country', name: 'Freedonia', aliases: [] },
            {
              id: 'org:fd-mod',
              type: 'organization',
              name: 'Freedonian Defence Ministry',
              aliases: [],
              country: 'country:FD',
            },
          ],
        },
      },
    ]);
    const text =
      'Freedonia and Sylvania will hold joint military drills next month, the Freedonian Defence Ministry announced.';
    const { entities, mentions, name } = entitiesFromSurfaces(text, [
      C('Freedonia'),
      C('Sylvania'),
      O('Freedonian Defence Ministry'),
    ]);
    for (const e of entities)
      e.gazetteerId =
        e.name === 'Freedonia'
          ? 'country:FD'
          : e.name === 'Freedonian Defence Ministry'
            ? 'org:fd-mod'
            : null;
    const at = text.indexOf('Freedonia and');
    const quotes = [
      {
        start: at,
        end: text.indexOf(', the'),
        text: text.slice(at, text.indexOf(', the')),
        direct: false,
        speakerRef: entities.find((e) => e.name === 'Freedonian Defence Ministry')!.ref,
        reportedByRefs: [],
        cue: 'announced',
        kind: 'speech' as const,
      },
    ];
    const ev = extractEvents(text, splitSentences(text, 'en'), entities, mentions, [], '2026-03-15', {
      gaz: gz,
      language: 'en',
      quotes,
    }).map((e) => [e.type, e.mode, e.actorRefs.map((r) => name.get(r))]);
    expect(ev.filter((e) => e[0] === 'ACCUSE')).toEqual([]);
    expect(ev).toContainEqual(['COOPERATE', 'intended', ['Freedonia']]);
  });
});

describe('en: a light verb before the meeting noun', () => {
  it.each([
    ['Ivo Marek has had a phone conversation with his Sylvanian counterpart Anna Holt.'],
    ['Ivo Marek has held a meeting with Anna Holt in Zenda.'],
  ])('%s', (text) => {
    const ev = run(text, [P('Ivo Marek'), C('Sylvanian'), P('Anna Holt'), ['Zenda', 'location']], 'en');
    expect(ev.map((e) => [e.type, e.actors, e.targets])).toEqual([['CONSULT', ['Ivo Marek'], ['Anna Holt']]]);
  });
});

describe('en: "his country" is the country whose office the person just named holds', () => {
  it('"X said his country would not attend the summit": the state does not attend', () => {
    const text =
      'Prime Minister Ivo Marek of Freedonia said on Tuesday his country would not attend the summit of the Steppe Pact.';
    const { entities, mentions, name } = entitiesFromSurfaces(text, [
      P('Ivo Marek'),
      C('Freedonia'),
      O('Steppe Pact'),
    ]);
    const marek = entities.find((e) => e.name === 'Ivo Marek')!;
    marek.roles.push({
      title: 'Prime Minister',
      ofRef: entities.find((e) => e.name === 'Freedonia')!.ref,
      evidence: { start: 0, end: 10 },
    });
    const ev = extractEvents(text, splitSentences(text, 'en'), entities, mentions, [], '2026-03-15', {
      gaz,
      language: 'en',
    }).map((e) => [
      e.type,
      e.mode,
      e.actorRefs.map((r) => name.get(r)),
      e.targetRefs.map((r) => name.get(r)),
    ]);
    expect(ev).toEqual([['CONSULT', 'negated', ['Freedonia'], ['Steppe Pact']]]);
  });
});

describe('a place belongs to its own clause', () => {
  const specs: Spec[] = [
    C('Freedonian'),
    C('Sylvanian'),
    ['Zenda', 'location'],
    C('Freedonia'),
    C('Borduria'),
  ];
  it('en: "… held talks in Zenda, and Freedonia signed a deal with Borduria": the deal was not signed in Zenda', () => {
    const text =
      'Freedonian and Sylvanian officers held talks in Zenda on Monday, and Freedonia signed a deal with Borduria in May.';
    const ev = run(text, specs, 'en').filter((e) => e.type === 'AGREE');
    expect(ev.map((e) => [e.actors, e.targets, e.locationRef])).toEqual([
      [['Freedonia'], ['Borduria'], null],
    ]);
  });
  it('en: one subject met in Zenda and signed: the place carries to the second verb', () => {
    const text = 'Freedonia and Borduria met in Zenda on Monday and signed a memorandum on energy.';
    const ev = run(text, specs, 'en').filter((e) => e.type === 'AGREE');
    expect(ev.map((e) => e.locationRef)).toEqual(['e3']);
  });
  it('ru: «… провели переговоры в Зенде, а Фридония подписала соглашение …»: not signed in Zenda', () => {
    const text =
      'Офицеры провели переговоры в Зенде в понедельник, а Фридония подписала соглашение с Бордурией.';
    const ev = run(text, [['Зенде', 'location'], C('Фридония'), C('Бордурией')], 'ru').filter(
      (e) => e.type === 'AGREE',
    );
    expect(ev.map((e) => [e.actors, e.targets, e.locationRef])).toEqual([
      [['Фридония'], ['Бордурией'], null],
    ]);
  });
});

describe('countries coordinated before the title two people hold', () => {
  const specs: Spec[] = [C('Freedonia'), C('Borduria'), P('Ivo Marek'), P('Anna Holt')];
  it('en: "The presidents of Freedonia and Borduria Ivo Marek and Anna Holt met": the two people, no country', () => {
    const ev = run(
      'The presidents of Freedonia and Borduria Ivo Marek and Anna Holt met in Zenda.',
      specs,
      'en',
    ).filter((e) => e.type === 'CONSULT');
    expect(ev.map((e) => [e.actors, e.targets])).toEqual([[['Ivo Marek'], ['Anna Holt']]]);
  });
  it('ru: «Президенты Фридонии и Бордурии Иво Марек и Анна Холт подписали договор»', () => {
    const ev = run(
      'Президенты Фридонии и Бордурии Иво Марек и Анна Холт подписали договор о границе.',
      [C('Фридонии'), C('Бордурии'), P('Иво Марек'), P('Анна Холт')],
      'ru',
    ).filter((e) => e.type === 'AGREE');
    expect(ev.map((e) => [e.actors, e.targets])).toEqual([[['Иво Марек'], ['Анна Холт']]]);
  });
});
