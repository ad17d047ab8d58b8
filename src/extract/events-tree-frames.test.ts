import { describe, expect, it } from 'vitest';
import { entitiesFromSurfaces } from '../testing/doc-fixture.js';
import { splitSentences } from '../nlp/sentences.js';
import { buildGazetteer } from '../resolve/gazetteer.js';
import type { EntityType } from '../model/index.js';
import { extractEvents } from './events.js';

// Frames read from the dependency tree (events-syntax.ts): passive clauses (passiveArguments: the
// "by" phrase is the actor, the passive subject or whom the deed was aimed at the target) and
// predications (predicationOf: "X said Y is the biggest threat"). Sentences written for this test
// about invented countries and people.
const gaz = buildGazetteer([{ file: 'test.json', data: { entries: [] } }]);
type Spec = [surface: string, type: EntityType];
const C = (s: string): Spec => [s, 'country'];
const P = (s: string): Spec => [s, 'person'];

function events(text: string, specs: Spec[]) {
  const { entities, mentions, name } = entitiesFromSurfaces(text, specs);
  return extractEvents(text, splitSentences(text), entities, mentions, [], '2024-03-20', {
    gaz,
    language: 'en',
  }).map((e) => ({
    type: e.type,
    mode: e.mode,
    actors: e.actorRefs.map((r) => name.get(r)),
    targets: e.targetRefs.map((r) => name.get(r)),
  }));
}

describe('passive clauses: the agent acts, the subject is acted on', () => {
  const cases: [text: string, specs: Spec[], expected: ReturnType<typeof events>[number]][] = [
    [
      'Sylvania was sanctioned by Freedonia last week.',
      [C('Sylvania'), C('Freedonia')],
      { type: 'SANCTION', mode: 'asserted', actors: ['Freedonia'], targets: ['Sylvania'] },
    ],
    [
      // the parser hangs "by Freedonia" on "Sylvania": the agent is still the verb's
      'New sanctions were imposed on Sylvania by Freedonia on Monday.',
      [C('Sylvania'), C('Freedonia')],
      { type: 'SANCTION', mode: 'asserted', actors: ['Freedonia'], targets: ['Sylvania'] },
    ],
    [
      'Sylvania was accused by Freedonia of shelling border villages.',
      [C('Freedonia'), C('Sylvania')],
      { type: 'ACCUSE', mode: 'asserted', actors: ['Freedonia'], targets: ['Sylvania'] },
    ],
    [
      'An agreement on gas transit was signed by Freedonia and Sylvania.',
      [C('Freedonia'), C('Sylvania')],
      { type: 'AGREE', mode: 'asserted', actors: ['Freedonia'], targets: ['Sylvania'] },
    ],
    [
      // a demonym owning the people acted on: the country is the target
      'Two Sylvanian diplomats were expelled by Borduria.',
      [C('Borduria'), C('Sylvanian')],
      { type: 'SANCTION', mode: 'asserted', actors: ['Borduria'], targets: ['Sylvanian'] },
    ],
    [
      'President Anna Kovacs was received by Prime Minister Pavel Novak at the palace.',
      [P('Anna Kovacs'), P('Pavel Novak')],
      { type: 'CONSULT', mode: 'asserted', actors: ['Pavel Novak'], targets: ['Anna Kovacs'] },
    ],
  ];
  it.each(cases)('%s', (text, specs, expected) => {
    expect(events(text, specs)).toContainEqual(expected);
  });

  it('a relative pronoun as the passive subject stands for the noun it follows', () => {
    const found = events('Freedonia, which was criticized by Sylvania, signed a deal with Borduria.', [
      C('Freedonia'),
      C('Sylvania'),
      C('Borduria'),
    ]);
    expect(found).toContainEqual({
      type: 'ACCUSE',
      mode: 'asserted',
      actors: ['Sylvania'],
      targets: ['Freedonia'],
    });
    // the main clause is active and keeps its own subject
    expect(found).toContainEqual({
      type: 'AGREE',
      mode: 'asserted',
      actors: ['Freedonia'],
      targets: ['Borduria'],
    });
  });

  it('an event noun takes its agent from "by" after its target', () => {
    expect(
      events('Freedonia condemned the attack on Sylvania by Borduria.', [
        C('Freedonia'),
        C('Sylvania'),
        C('Borduria'),
      ]),
    ).toContainEqual({ type: 'ASSAULT', mode: 'asserted', actors: ['Borduria'], targets: ['Sylvania'] });
  });
});

describe('modality inside a passive trigger', () => {
  it('a future passive is intended, not done', () => {
    expect(
      events('New sanctions will be imposed on Sylvania by Freedonia next month.', [
        C('Sylvania'),
        C('Freedonia'),
      ]),
    ).toEqual([{ type: 'SANCTION', mode: 'intended', actors: ['Freedonia'], targets: ['Sylvania'] }]);
  });
  it('a negated passive did not happen', () => {
    const found = events('The agreement was not signed by Freedonia.', [C('Freedonia')]);
    expect(found.map((e) => e.mode)).toEqual(['negated']);
  });
  it('an active clause beside a passive one keeps its asserted mode', () => {
    const found = events('Freedonia accused Sylvania of shelling border villages.', [
      C('Freedonia'),
      C('Sylvania'),
    ]);
    expect(found).toEqual([
      { type: 'ACCUSE', mode: 'asserted', actors: ['Freedonia'], targets: ['Sylvania'] },
    ]);
  });
});

describe('predications: who is called a threat, and by whom', () => {
  const cases: [text: string, specs: Spec[]][] = [
    ['Freedonia said Sylvania is the greatest threat to peace.', [C('Freedonia'), C('Sylvania')]],
    ['Sylvania is the biggest threat to the region, Freedonia said.', [C('Freedonia'), C('Sylvania')]],
    // "to Borduria" names the threatened, not the accused
    [
      'Freedonia called Sylvania the main threat to Borduria.',
      [C('Freedonia'), C('Sylvania'), C('Borduria')],
    ],
  ];
  it.each(cases)('%s', (text, specs) => {
    expect(events(text, specs)).toEqual([
      { type: 'ACCUSE', mode: 'asserted', actors: ['Freedonia'], targets: ['Sylvania'] },
    ]);
  });
  it('a speaker the parse misses is read beside the saying verb', () => {
    expect(
      events(
        'Speaking at a summit in Gabala on Tuesday, President Anna Kovacs warned Borduria was still the biggest threat in the region.',
        [P('Anna Kovacs'), C('Borduria'), ['Gabala', 'location']],
      ),
    ).toContainEqual({ type: 'ACCUSE', mode: 'asserted', actors: ['Anna Kovacs'], targets: ['Borduria'] });
  });
});

describe('stance from the governing verb: denied events did not happen, claimed ones are claims', () => {
  it('"X denied that it had attacked Y" is negated', () => {
    expect(
      events('Freedonia denied that it had attacked Sylvania.', [C('Freedonia'), C('Sylvania')]).map(
        (e) => e.mode,
      ),
    ).toEqual(['negated']);
  });
  it('"X rejected claims that it attacked Y" is negated', () => {
    const found = events('Freedonia rejected claims that it attacked Sylvania.', [
      C('Freedonia'),
      C('Sylvania'),
    ]);
    expect(found.find((e) => e.type === 'ASSAULT')?.mode).toBe('negated');
  });
  it('a denial of something else leaves the event asserted', () => {
    expect(
      events('Freedonia denied the accusations and condemned Sylvania.', [C('Freedonia'), C('Sylvania')]),
    ).toEqual([{ type: 'ACCUSE', mode: 'asserted', actors: ['Freedonia'], targets: ['Sylvania'] }]);
  });
  it('"X is said to have attacked Y": X acts, and the event is hedged', () => {
    const { entities, mentions, name } = entitiesFromSurfaces(
      'Freedonia is said to have attacked Sylvania.',
      [C('Freedonia'), C('Sylvania')],
    );
    const text = 'Freedonia is said to have attacked Sylvania.';
    const [e] = extractEvents(text, splitSentences(text), entities, mentions, [], '2024-03-20', {
      gaz,
      language: 'en',
    });
    expect(e).toMatchObject({ type: 'ASSAULT', mode: 'asserted', hedged: true });
    expect(e.actorRefs.map((r) => name.get(r))).toEqual(['Freedonia']);
    expect(e.targetRefs.map((r) => name.get(r))).toEqual(['Sylvania']);
  });
});

describe('partners named with "with" after a place or a day', () => {
  it.each([
    [
      'Anna Kovacs met in Geneva with the foreign minister of Sylvania, Pavel Novak.',
      ['Sylvania', 'Pavel Novak'],
    ],
    ['Anna Kovacs met on Monday in Geneva with Pavel Novak.', ['Pavel Novak']],
  ])('%s', (text, partners) => {
    const found = events(text, [P('Anna Kovacs'), C('Sylvania'), P('Pavel Novak'), ['Geneva', 'location']]);
    expect(found).toContainEqual({
      type: 'CONSULT',
      mode: 'asserted',
      actors: ['Anna Kovacs'],
      targets: partners,
    });
  });
});

describe('a visit named by a noun', () => {
  it.each([
    ["During Anna Kovacs's visit to Sylvania, the two sides signed five agreements.", 'asserted'],
    ["Anna Kovacs's visit to Sylvania has been cancelled.", 'negated'],
    ["Anna Kovacs's upcoming state visit to Sylvania will focus on energy.", 'intended'],
  ])('%s', (text, mode) => {
    expect(events(text, [P('Anna Kovacs'), C('Sylvania')])).toContainEqual({
      type: 'CONSULT',
      mode,
      actors: ['Anna Kovacs'],
      targets: ['Sylvania'],
    });
  });
});
