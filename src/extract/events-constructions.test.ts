import { describe, expect, it } from 'vitest';
import { EMPTY_GAZETTEER, entitiesFromSurfaces, eventsOfSurfaces } from '../testing/doc-fixture.js';
import { splitSentences } from '../nlp/sentences.js';
import { buildGazetteer } from '../resolve/gazetteer.js';
import type { EntityType } from '../model/index.js';
import { extractEvents } from './events.js';
import { extractTimes } from '../nlp/time.js';

// Project-written sentences about invented countries and people, one per construction and language.
const gaz = EMPTY_GAZETTEER;

type Spec = [surface: string, type: EntityType];
const C = (s: string): Spec => [s, 'country'];

/** Events with participant names; every occurrence of a surface is a mention of its entity. */
function run(text: string, specs: Spec[], language: string) {
  return eventsOfSurfaces(text, specs, { language, gaz });
}

/** As run(), with one quotation [qStart, qEnd) spoken by the entity named `speaker`. */
function runQuoted(
  text: string,
  specs: Spec[],
  language: string,
  qStart: number,
  qEnd: number,
  speaker: string,
) {
  return eventsOfSurfaces(text, specs, {
    language,
    gaz,
    quoted: [{ start: qStart, end: qEnd, speaker, direct: true, cue: 'dedi' }],
  });
}

describe('requests: an appeal is mildly cooperative, urging and demanding is pressure', () => {
  const cases: [string, string, Spec[], 'asked' | 'urged'][] = [
    ['en', 'Freedonia asked Sylvania for a loan.', [C('Freedonia'), C('Sylvania')], 'asked'],
    ['en', 'Freedonia urged Sylvania to drop the bill.', [C('Freedonia'), C('Sylvania')], 'urged'],
    ['en', 'Freedonia called on Sylvania to drop the bill.', [C('Freedonia'), C('Sylvania')], 'urged'],
    ['ru', 'Фридония попросила Сильванию о кредите.', [C('Фридония'), C('Сильванию')], 'asked'],
    ['ru', 'Фридония призвала Сильванию отозвать закон.', [C('Фридония'), C('Сильванию')], 'urged'],
    ['tr', "Fredonya, Silvanya'yı zirveye davet etti.", [C('Fredonya'), C('Silvanya')], 'asked'],
    [
      'tr',
      "Fredonya, Silvanya'ya yasayı geri çekme çağrısında bulundu.",
      [C('Fredonya'), C('Silvanya')],
      'urged',
    ],
  ];
  for (const [lang, text, specs, kind] of cases)
    it(`${lang}: ${text}`, () => {
      const req = run(text, specs, lang).find((e) => e.type === 'REQUEST');
      expect(req, 'a request').toBeDefined();
      expect(Math.sign(req!.intensity)).toBe(kind === 'asked' ? 1 : -1);
    });
});

describe('Turkish case morphology', () => {
  const specs: Spec[] = [C('Fredonya'), C('Silvanya'), C('Osterlik'), C('Tomanya')];
  const parts = (e: { actors: (string | undefined)[]; targets: (string | undefined)[] }) => [
    e.actors,
    e.targets,
  ];

  it('the genitive owns a possessed event noun: "Fredonya hükümetinin … saldırıları" are Fredonya\'s', () => {
    const ev = run("Fredonya hükümetinin Silvanya'yı hedef alan saldırıları sürüyor.", specs, 'tr');
    expect(parts(ev.find((e) => e.type === 'ASSAULT')!)).toEqual([['Fredonya'], ['Silvanya']]);
  });

  it('a coordination carries its case on the last member: "Silvanya ve Osterlik ile" are both "with"', () => {
    const ev = run(
      'Fredonya hükümetinin Silvanya ve Osterlik ile başlayan saldırıları sürüyor.',
      specs,
      'tr',
    );
    expect(parts(ev.find((e) => e.type === 'ASSAULT')!)).toEqual([['Fredonya'], ['Silvanya', 'Osterlik']]);
  });

  it('a nominative subject still wins over a genitive, and a genitive alone makes no actor of a verb', () => {
    const a = run("Fredonya, Tomanya'nın başkentinde Silvanya'ya saldırdı.", specs, 'tr');
    expect(parts(a.find((e) => e.type === 'ASSAULT')!)[0]).toEqual(['Fredonya']);
    const b = run("Tomanya'nın elçisi Silvanya'ya saldırdı.", specs, 'tr');
    expect(b.filter((e) => e.type === 'ASSAULT' && e.actors.includes('Tomanya'))).toEqual([]);
  });
});

describe('a body named after its organization acts for the organization', () => {
  it('tr: "Steppe Birliği (SB) Devlet Başkanları Konseyi Zirvesi" is a summit of Steppe Birliği', () => {
    const ev = run(
      'Steppe Birliği (SB) Devlet Başkanları Konseyi Zirvesi dün Fredonya kentinde başladı.',
      [
        ['Steppe Birliği', 'organization'],
        ['SB', 'organization'],
        ['Devlet Başkanları Konseyi', 'person'],
      ],
      'tr',
    );
    expect(ev.map((e) => e.actors)).toContainEqual(['Steppe Birliği']);
    expect(ev.flatMap((e) => [...e.actors, ...e.targets])).not.toContain('Devlet Başkanları Konseyi');
  });
});

describe('Turkish participles and meeting nouns', () => {
  const specs: Spec[] = [
    ['Ahmet Kaya', 'person'],
    ['Bozkır Birliği', 'organization'],
    ['Silvanya', 'country'],
  ];

  it('a subject participle describes its noun: "… imza atan Ahmet Kaya" signed', () => {
    const ev = run("Bozkır Birliği'nin bildirisine imza atan Ahmet Kaya, sonra konuştu.", specs, 'tr');
    expect(ev.find((e) => e.type === 'AGREE')?.actors).toEqual(['Ahmet Kaya']);
  });

  it('the name compounded with a possessed meeting noun owns the meeting; the subject took part', () => {
    const ev = run("Ahmet Kaya, Bozkır Birliği 8. Zirvesi'nde basın toplantısı düzenledi.", specs, 'tr');
    const meeting = ev.find((e) => e.type === 'CONSULT')!;
    expect([meeting.actors, meeting.targets]).toEqual([['Ahmet Kaya'], ['Bozkır Birliği']]);
    // alone, the owner is the one meeting
    const alone = run('Bozkır Birliği 8. Zirvesi dün başladı.', specs, 'tr');
    expect(alone.find((e) => e.type === 'CONSULT')?.actors).toEqual(['Bozkır Birliği']);
  });

  it('a meeting noun in the genitive only qualifies the next noun ("zirvemizin teması")', () => {
    const ev = run('Silvanya olarak zirvemizin temasını anlamlı buluyoruz.', specs, 'tr');
    expect(ev.filter((e) => e.type === 'CONSULT')).toEqual([]);
  });
});

describe('English reopenings', () => {
  it('"the two presidents reopened their shared border" is cooperation between them', () => {
    const ev = run(
      'Freedonia and Sylvania signed a treaty. Then the two countries reopened their shared border.',
      [C('Freedonia'), C('Sylvania')],
      'en',
    );
    const coop = ev.find((e) => e.type === 'COOPERATE')!;
    expect([...coop.actors, ...coop.targets].sort()).toEqual(['Freedonia', 'Sylvania']);
  });
});

describe('"we" with "our organization" in the clause is the organization', () => {
  it('tr: "… teşkilatımızın … belgesini kabul ettik" in a leader\'s quotation: the organization adopted it', () => {
    const text =
      'Bozkır Birliği zirvesi sona erdi. Ahmet Kaya, "Zirvede teşkilatımızın 2040 vizyon belgesini kabul ettik" dedi.';
    const specs: Spec[] = [
      ['Bozkır Birliği', 'organization'],
      ['Ahmet Kaya', 'person'],
    ];
    const quoteStart = text.indexOf('"') + 1;
    const quoteEnd = text.indexOf('"', quoteStart);
    const agree = runQuoted(text, specs, 'tr', quoteStart, quoteEnd, 'Ahmet Kaya').find(
      (e) => e.type === 'AGREE',
    );
    expect(agree?.actors).toEqual(['Bozkır Birliği']);
    // without "our organization" the speaker did it
    const plain =
      'Bozkır Birliği zirvesi sona erdi. Ahmet Kaya, "Zirvede 2040 vizyon belgesini kabul ettik" dedi.';
    const qs = plain.indexOf('"') + 1;
    const agreePlain = runQuoted(plain, specs, 'tr', qs, plain.indexOf('"', qs), 'Ahmet Kaya').find(
      (e) => e.type === 'AGREE',
    );
    expect(agreePlain?.actors).toEqual(['Ahmet Kaya']);
  });
});

describe('participation in an organization names the organization as its target', () => {
  it('ru: "объявил о заморозке участия Фридонии в Степном союзе"', () => {
    const ev = run(
      'Иван Петров объявил о заморозке участия Фридонии в Степном союзе.',
      [
        ['Иван Петров', 'person'],
        ['Фридонии', 'country'],
        ['Степном союзе', 'organization'],
      ],
      'ru',
    );
    const freeze = ev.find((e) => e.type === 'RETREAT')!;
    expect([freeze.actors, freeze.targets]).toEqual([['Иван Петров'], ['Степном союзе']]);
  });
});

describe('"the bloc", "the alliance", "альянс" stand for the organization of that kind named before', () => {
  const allianceGaz = buildGazetteer([
    {
      file: 'test.json',
      data: {
        entries: [
          {
            id: 'org:steppe-pact',
            type: 'organization',
            name: 'Steppe Pact',
            kind: 'military alliance',
            aliases: [],
          },
          { id: 'org:grain-co', type: 'organization', name: 'Grain Co', kind: 'company', aliases: [] },
        ],
      },
    },
  ]);
  function runLinked(text: string, specs: Spec[], language: string) {
    const { entities, mentions, name } = entitiesFromSurfaces(text, specs);
    for (const e of entities)
      if (e.name === 'Steppe Pact' || e.name === 'Степной пакт') e.gazetteerId = 'org:steppe-pact';
      else if (e.name === 'Grain Co') e.gazetteerId = 'org:grain-co';
    return extractEvents(text, splitSentences(text), entities, mentions, [], '2024-03-20', {
      gaz: allianceGaz,
      language,
    }).map((e) => ({ type: e.type, targets: e.targetRefs.map((r) => name.get(r)) }));
  }

  it('en: "froze its participation in the bloc" two sentences after the bloc is named', () => {
    const ev = runLinked(
      'Freedonia criticised the Steppe Pact on Monday. Grain Co shares fell. ' +
        'Freedonia has frozen its participation in the bloc.',
      [C('Freedonia'), ['Steppe Pact', 'organization'], ['Grain Co', 'organization']],
      'en',
    );
    expect(ev.find((e) => e.type === 'RETREAT')?.targets).toEqual(['Steppe Pact']);
  });

  it('ru: "вышла из альянса"', () => {
    const ev = runLinked(
      'Фридония критиковала Степной пакт. Позднее Фридония вышла из альянса.',
      [C('Фридония'), ['Степной пакт', 'organization']],
      'ru',
    );
    expect(ev.find((e) => e.type === 'RETREAT')?.targets).toEqual(['Степной пакт']);
  });

  it('a company is no "alliance": nothing to refer to, no target', () => {
    const ev = runLinked(
      'Grain Co opened a plant. Freedonia has frozen its participation in the alliance.',
      [C('Freedonia'), ['Grain Co', 'organization']],
      'en',
    );
    expect(ev.filter((e) => e.targets.includes('Grain Co'))).toEqual([]);
  });
});

describe('an envoy summoned, in the passive', () => {
  it('"X\'s ambassador was summoned to the Y Ministry": the ministry summons, the envoy is summoned', () => {
    const ev = run(
      "Sylvania's ambassador Mara Lind was summoned to the Freedonian Foreign Ministry on Monday.",
      [C('Sylvania'), ['Mara Lind', 'person'], ['Freedonian Foreign Ministry', 'organization']],
      'en',
    ).find((e) => e.type === 'ACCUSE');
    expect(ev?.actors).toEqual(['Freedonian Foreign Ministry']);
    expect(ev?.targets).toContain('Mara Lind');
  });

  it('"… was summoned by Freedonia": the agent after "by" summons', () => {
    const ev = run(
      "Sylvania's ambassador was summoned by Freedonia over the remarks.",
      [C('Sylvania'), C('Freedonia')],
      'en',
    ).find((e) => e.type === 'ACCUSE');
    expect([ev?.actors, ev?.targets]).toEqual([['Freedonia'], ['Sylvania']]);
  });
});

describe('the purpose of a meeting is its topic, not a second meeting', () => {
  it('"met in Fredon to discuss trade with Sylvania": one asserted meeting of the two who met', () => {
    const ev = run(
      'Officials from Freedonia and Ruritania met on Tuesday to discuss trade with Sylvania.',
      [C('Freedonia'), C('Ruritania'), C('Sylvania')],
      'en',
    ).map((e) => [e.mode, e.actors, e.targets]);
    expect(ev).toEqual([['asserted', ['Freedonia'], ['Ruritania']]]);
  });

  it('a trip that is no trigger keeps the planned talks ("will travel … to discuss energy with X")', () => {
    const ev = run(
      'Mara Lind will travel to Sylvania next week to discuss energy with Arstan Bekov.',
      [['Mara Lind', 'person'], C('Sylvania'), ['Arstan Bekov', 'person']],
      'en',
    );
    expect(ev.map((e) => [e.type, e.mode])).toContainEqual(['CONSULT', 'intended']);
  });
});

describe('preparing for an event is not the event', () => {
  it('en: "helping Freedonia prepare for war against Sylvania" is an intended war, never an asserted one', () => {
    const ev = run(
      'Two states helped Freedonia prepare for war against Sylvania.',
      [C('Freedonia'), C('Sylvania')],
      'en',
    );
    const war = ev.filter((e) => e.type === 'ASSAULT');
    expect(war.length).toBeGreaterThan(0);
    expect(war.every((e) => e.mode === 'intended')).toBe(true);
  });
});

describe('a border conflict with no side read', () => {
  it('takes the two countries of its sentence as the sides', () => {
    const evs = run(
      'In May 2021, a violent border conflict left 12 Silvanian citizens dead, while Osterlik reported five dead.',
      [C('Silvanian'), C('Osterlik')],
      'en',
    ).filter((e) => e.type === 'ASSAULT');
    expect(evs).toHaveLength(1);
    expect([...evs[0].actors, ...evs[0].targets].sort()).toEqual(['Osterlik', 'Silvanian']);
  });
});

describe('a time that opens the sentence dates every clause of it', () => {
  const dated = (text: string, language: string, surfaces = ['Osterlik', 'Silvania', 'Norland']) => {
    const { entities, mentions, name } = entitiesFromSurfaces(text, surfaces.map(C));
    const pub = '2024-03-20'; // a Wednesday
    return extractEvents(text, splitSentences(text), entities, mentions, extractTimes(text, pub), pub, {
      gaz,
      language,
    }).map((e) => [e.type, e.targetRefs.map((r) => name.get(r)).join(), e.date.start, e.date.end]);
  };
  it('"On Monday, X visited Y, where it signed …" dates the signing on Monday too', () => {
    expect(
      dated('On Monday, Osterlik visited Silvania, where it signed a border agreement with Norland.', 'en'),
    ).toEqual([
      ['CONSULT', 'Silvania', '2024-03-18', '2024-03-18'],
      ['AGREE', 'Norland', '2024-03-18', '2024-03-18'],
    ]);
    expect(
      dated('Три дня назад Остерлик посетил Сильванию, где подписал соглашение с Норландом.', 'ru'),
    ).toEqual([]);
  });
  it('puts a planned event written without a year, or on a bare weekday, ahead of publication', () => {
    // published Wednesday 2024-03-20
    expect(dated('Osterlik will hold talks with Silvania in January.', 'en')).toEqual([
      ['CONSULT', 'Silvania', '2025-01', '2025-01'],
    ]);
    expect(dated('Osterlik will hold talks with Silvania on Monday.', 'en')).toEqual([
      ['CONSULT', 'Silvania', '2024-03-25', '2024-03-25'],
    ]);
    // what happened keeps the past reading, and so does a purpose clause of a past sentence; a
    // year stated stays as stated
    expect(
      dated('Osterlik flew to Silvania on Monday to meet Norland.', 'en').map((e) => e[2]),
    ).not.toContain('2024-03-25');
    expect(dated('Osterlik held talks with Silvania on Monday.', 'en')).toEqual([
      ['CONSULT', 'Silvania', '2024-03-18', '2024-03-18'],
    ]);
    expect(dated('Osterlik will hold talks with Silvania in January 2024.', 'en')).toEqual([
      ['CONSULT', 'Silvania', '2024-01', '2024-01'],
    ]);
  });
  it('puts the visit an invitation asks for ahead of publication ("invited X to visit Y in January")', () => {
    const evs = dated('Osterlik invited Norland to visit Silvania in January.', 'en').filter(
      (e) => e[0] === 'CONSULT',
    );
    expect(evs.map((e) => e[2])).toEqual(['2025-01']);
  });
  it('keeps history in passing with its own event: a year inside the sentence is not an opening', () => {
    const evs = dated(
      'Osterlik signed an agreement with Silvania on Monday, years after the clashes with Norland in 2021.',
      'en',
    );
    expect(evs.find((e) => e[0] === 'AGREE')?.slice(2)).toEqual(['2024-03-18', '2024-03-18']);
  });
});

describe('English predicative adjectives and adverbials in triggers', () => {
  it('"X is ready to help" offers help: X is the actor, not a passive patient', () => {
    for (const t of ['Freedonia is ready to help.', 'Lord Abel said Freedonia was ready to assist.']) {
      const ev = run(t, [C('Freedonia'), ['Lord Abel', 'person']], 'en').find((e) => e.type === 'AID');
      expect(ev, t).toBeDefined();
      expect(ev!.actors).toEqual(['Freedonia']);
      expect(ev!.targets).toEqual([]);
    }
  });

  it('"X was attacked" keeps X the patient', () => {
    const ev = run('Freedonia was attacked by Sylvania.', [C('Freedonia'), C('Sylvania')], 'en').find(
      (e) => e.type === 'ASSAULT',
    );
    expect(ev?.targets).toEqual(['Freedonia']);
  });

  it('a time adverbial between "agreed" and its complement: "agreed last week to expand"', () => {
    const evs = run(
      'Freedonia and Sylvania agreed last week to expand oil supplies.',
      [C('Freedonia'), C('Sylvania')],
      'en',
    ).filter((e) => e.type === 'AGREE');
    expect(evs).toHaveLength(1);
    expect([...evs[0].actors, ...evs[0].targets].sort()).toEqual(['Freedonia', 'Sylvania']);
  });
});

describe('English attributive participles', () => {
  it('"the EU\'s call to release the detained protesters": the caller did not detain anyone', () => {
    const evs = run(
      "Freedonia rejected the Steppe Union's call to release the detained protesters.",
      [C('Freedonia'), ['Steppe Union', 'organization']],
      'en',
    );
    expect(evs.some((e) => e.type === 'COERCE' && e.actors.includes('Steppe Union'))).toBe(false);
    const own = run('Freedonia detained protesters on Monday.', [C('Freedonia')], 'en');
    expect(own.find((e) => e.type === 'COERCE')?.actors).toEqual(['Freedonia']);
  });
});

describe('English wire constructions around the object and the clause', () => {
  const pub = '2024-03-20'; // a Wednesday
  const dated = (text: string, surfaces: string[]) => {
    const { entities, mentions, name } = entitiesFromSurfaces(text, surfaces.map(C));
    return extractEvents(text, splitSentences(text), entities, mentions, extractTimes(text, pub), pub, {
      gaz,
      language: 'en',
    }).map((e) => ({
      type: e.type,
      mode: e.mode,
      actors: e.actorRefs.map((r) => name.get(r)),
      targets: e.targetRefs.map((r) => name.get(r)),
      location: e.locationRef ? name.get(e.locationRef) : null,
      date: e.date.inferred ? null : e.date.start,
    }));
  };
  it('"refused to sign a protocol proposed by X": X authored the protocol, it signed nothing', () => {
    const evs = dated('Osterlik refused to sign a protocol proposed by Silvania on Monday.', [
      'Osterlik',
      'Silvania',
    ]);
    const sign = evs.find((e) => e.type === 'AGREE');
    expect(sign).toMatchObject({ mode: 'negated', actors: ['Osterlik'], targets: ['Silvania'] });
    expect(evs.find((e) => e.type === 'REJECT')).toMatchObject({
      actors: ['Osterlik'],
      targets: ['Silvania'],
    });
    expect(dated('Osterlik rejected a peace plan drafted by Silvania.', ['Osterlik', 'Silvania'])).toEqual([
      expect.objectContaining({ type: 'REJECT', actors: ['Osterlik'], targets: ['Silvania'] }),
    ]);
    // the trigger's own passive keeps its agent
    expect(
      dated('The treaty was signed by Osterlik and Silvania.', ['Osterlik', 'Silvania']).find(
        (e) => e.type === 'AGREE',
      ),
    ).toMatchObject({ actors: ['Osterlik'], targets: ['Silvania'] });
  });
  it('"X on Thursday summoned the Y ambassador and protested against …": one subject, one day', () => {
    const evs = dated(
      'Osterlik on Thursday summoned the Silvanian ambassador and protested against a resolution adopted by Norland.',
      ['Osterlik', 'Silvanian', 'Norland'],
    );
    expect(evs.find((e) => e.type === 'PROTEST')).toMatchObject({
      actors: ['Osterlik'],
      targets: ['Norland'],
      date: '2024-03-14',
    });
  });
  it('"held talks on Sunday, days after both failed to agree": Sunday dates the talks only', () => {
    const evs = dated(
      'Osterlik held talks with the foreign minister of Silvania in the capital on Sunday, days after Osterlik and Norland failed to agree on a transit route.',
      ['Osterlik', 'Silvania', 'Norland'],
    );
    expect(evs.find((e) => e.type === 'CONSULT')?.date).toBe('2024-03-17');
    expect(evs.find((e) => e.type === 'AGREE')).toMatchObject({ mode: 'negated', date: null });
  });
  it('a headline\'s "X, Y fail to sign deal" is a failure, not a plan', () => {
    expect(dated('Osterlik, Silvania fail to sign water deal', ['Osterlik', 'Silvania'])).toEqual([
      expect.objectContaining({ type: 'AGREE', mode: 'negated' }),
    ]);
  });
  it("a wire dateline's place is where the copy was filed, no participant", () => {
    for (const text of [
      'OSTGRAD, Osterlik (Wire) — Officials signed a memorandum with Silvania on Monday.',
      'OSTERLIK (Wire) - Officials signed a memorandum with Silvania on Monday.',
    ]) {
      const evs = dated(text, ['OSTERLIK', 'Osterlik', 'Silvania']);
      expect(
        evs.map((e) => [e.type, [...e.actors, ...e.targets], e.location]),
        text,
      ).toEqual([['AGREE', ['Silvania'], null]]);
    }
  });
  it('a country right after an outlet\'s name is its edition, no participant ("Sputnik Armenia")', () => {
    const text = 'Osterlik accused Wirenet Silvania of spreading disinformation about Norland.';
    const { entities, mentions, name } = entitiesFromSurfaces(text, [
      C('Osterlik'),
      ['Wirenet', 'media'],
      C('Silvania'),
      C('Norland'),
    ]);
    const evs = extractEvents(text, splitSentences(text), entities, mentions, [], pub, {
      gaz,
      language: 'en',
    });
    const named = evs.flatMap((e) => [...e.actorRefs, ...e.targetRefs].map((r) => name.get(r)));
    expect(named).toContain('Osterlik');
    expect(named).not.toContain('Silvania');
  });
  it('"rejected the demand" answers whoever made the demand a sentence before', () => {
    const evs = dated(
      'Osterlik demanded that Silvania pay compensation. Silvania rejected the demand on Friday.',
      ['Osterlik', 'Silvania'],
    );
    expect(evs.find((e) => e.type === 'REJECT')).toMatchObject({
      actors: ['Silvania'],
      targets: ['Osterlik'],
    });
    // a generic "the decision" never answers an earlier response
    const more = dated('Osterlik condemned Norland. Silvania condemned the decision.', [
      'Osterlik',
      'Silvania',
      'Norland',
    ]);
    expect(more.find((e) => e.actors.includes('Silvania'))?.targets).toEqual([]);
  });
  it('a place behind "while" is where another clause happens', () => {
    const evs = dated('Osterlik held talks with Silvania while Norland troops were in Freedonia.', [
      'Osterlik',
      'Silvania',
      'Norland',
      'Freedonia',
    ]);
    expect(evs.find((e) => e.type === 'CONSULT')?.location).toBeNull();
  });
});

describe('an apposition of membership between the subject and its verb names no party', () => {
  const O = (s: string): Spec => [s, 'organization'];
  it('"X and Y, both members of A and B, agreed" is an agreement of X and Y', () => {
    const specs = [C('Freedonia'), C('Sylvania'), O('Steppe Pact'), O('Amber Union')];
    const ev = run(
      'Freedonia and Sylvania, both members of the Steppe Pact and the Amber Union, agreed on Tuesday to reopen the border.',
      specs,
      'en',
    );
    expect(ev.map((e) => [...e.actors, ...e.targets].sort())).toEqual(
      ev.map(() => ['Freedonia', 'Sylvania']),
    );
    expect(ev.map((e) => e.type)).toContain('AGREE');
  });
  it('"X, a member of A, refused …" is X\'s refusal', () => {
    const ev = run(
      'Freedonia, a member of the Steppe Pact, refused to take part in the drills.',
      [C('Freedonia'), O('Steppe Pact')],
      'en',
    );
    expect(ev.map((e) => e.actors)).toEqual([['Freedonia']]);
  });
});
