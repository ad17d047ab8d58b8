import { describe, expect, it } from 'vitest';
import { extractEntities } from '../extract/mentions.js';
import { testGazetteer } from '../extract/mentions-testgaz.js';
import { editDistance, fullNameKey, nameKey, surnamesClose } from './names.js';
import { resolveCorpus } from './resolve.js';

// Invented article snippets; each string is one document.
const gaz = testGazetteer();

function corpus(texts: string[]) {
  const docs = texts.map((text, i) => {
    const { entities, mentions } = extractEntities(text, null, gaz, {});
    return { id: `d${i}`, published: null, entities, mentions, text };
  });
  const res = resolveCorpus(docs, gaz);
  const entityOf = (doc: number, surface: string): string[] => {
    const d = docs[doc];
    return d.mentions
      .filter((m) => m.text === surface)
      .map((m) => res.mentionEntity.get(`${d.id}\u0000${m.ref}`)!);
  };
  const named = (name: string) => res.entities.filter((e) => e.name === name || e.aliases.includes(name));
  return { docs, res, entityOf, named };
}

describe('names', () => {
  it('folds romanisation variants to one key', () => {
    expect(nameKey('Zhaparov')).toBe(nameKey('Japarov'));
    expect(nameKey('Dzhaparov')).toBe(nameKey('Japarov'));
    expect(nameKey('Tokayev')).toBe(nameKey('Tokaev'));
    expect(nameKey('Aleksandr')).toBe(nameKey('Alexander'));
    expect(nameKey('Gharibashvili')).toBe(nameKey('Garibashvili')); // Georgian/Persian gh
    expect(nameKey('Andrei')).toBe(nameKey('Andrey'));
    expect(nameKey('Viktoria')).toBe(nameKey('Victoria'));
    expect(nameKey('Suleimenov')).toBe(nameKey('Suleymenov'));
    expect(fullNameKey('Qasym-Jomart Toqaev')).toBe(fullNameKey('Kassym-Jomart Tokayev'));
    expect(nameKey('Petrov')).not.toBe(nameKey('Petrova'));
  });

  it('measures edit distance with a cap', () => {
    expect(editDistance('akar', 'aker')).toBe(1);
    expect(editDistance('tleuberdi', 'taleberdi')).toBe(2);
    expect(editDistance('abcdefgh', 'zzzzzzzz', 2)).toBe(3);
    expect(surnamesClose('akar', 'aker').close).toBe(true);
    expect(surnamesClose('akar', 'baker').close).toBe(false); // different first letter
    expect(surnamesClose('li', 'lu').close).toBe(false); // too short to judge
  });
});

describe('resolveCorpus', () => {
  it('merges by gazetteer id and gives roles export ids', () => {
    const { res, named } = corpus([
      'Russian President Vladimir Putin spoke in Almaty.',
      'Putin met Kazakh officials.',
    ]);
    const putin = named('Vladimir Putin');
    expect(putin).toHaveLength(1);
    expect(putin[0].id).toBe('person:vladimir-putin');
    const ids = new Set(res.entities.map((e) => e.id));
    for (const r of putin[0].roles ?? []) if (r.of) expect(ids.has(r.of)).toBe(true);
    expect(putin[0].roles?.some((r) => /president/i.test(r.title) && r.of === 'country:RU')).toBe(true);
  });

  it('merges transliteration variants of a discovered name with a reason', () => {
    const { res, named } = corpus([
      'Kyrgyz Prime Minister Akylbek Zhaparov said the border was calm.',
      'Kyrgyz Prime Minister Akylbek Dzhaparov said the border was closed.',
      'Aleksandr Kobrin, director of the Steppe Policy Institute, said so. Viktoria Lem, editor of the Orda Times, agreed.',
      'Alexander Kobrin, director of the Steppe Policy Institute, said no. Victoria Lem, editor of the Orda Times, disagreed.',
    ]);
    expect(named('Akylbek Zhaparov')).toHaveLength(1);
    const z = named('Akylbek Zhaparov')[0];
    expect([z.name, ...z.aliases]).toEqual(expect.arrayContaining(['Akylbek Zhaparov', 'Akylbek Dzhaparov']));
    expect(named('Alexander Kobrin')).toHaveLength(1);
    expect(named('Victoria Lem')).toHaveLength(1);
    const id = named('Alexander Kobrin')[0].id;
    expect(res.merges.some((m) => m.entity === id && /spelling variants/.test(m.reason))).toBe(true);
  });

  it('merges a rewrite typo of a surname when the given name agrees', () => {
    const { entityOf } = corpus([
      'Kazakh Foreign Minister Mukhtar Tleuberdi said talks would resume.',
      'Kazakh Foreign Minister Mukhtar Taleberdi said talks would resume.',
    ]);
    expect(entityOf(1, 'Mukhtar Taleberdi')).toEqual(entityOf(0, 'Mukhtar Tleuberdi'));
  });

  it('keeps apart two people that one document names side by side', () => {
    const { named, entityOf } = corpus([
      'Defence Minister Timur Akhmetov met his deputy Timur Akhmedov on Monday.',
      'Defence Minister Timur Akhmetov spoke.',
      'Deputy Minister Timur Akhmedov spoke.',
    ]);
    expect(named('Timur Akhmetov')).toHaveLength(1);
    expect(named('Timur Akhmedov')).toHaveLength(1);
    expect(entityOf(1, 'Timur Akhmetov')).not.toEqual(entityOf(2, 'Timur Akhmedov'));
  });

  it('keeps different given names apart even with the same surname', () => {
    const { named } = corpus(['Analyst Oleg Petrov said no.', 'Analyst Igor Petrov said yes.']);
    expect(named('Oleg Petrov')).toHaveLength(1);
    expect(named('Igor Petrov')).toHaveLength(1);
    expect(named('Oleg Petrov')[0].id).not.toBe(named('Igor Petrov')[0].id);
  });

  it('joins lone surnames to the only full name with that surname, and to none of two', () => {
    const { entityOf } = corpus([
      'Analyst Dana Kuzembayeva told reporters the talks were useful.',
      'The talks would go on, said Kuzembayeva, an analyst.',
      'More work was needed, said Kuzembayeva, an analyst.',
      'Analyst Oleg Sarsenov told reporters the plan was sound.',
      'Analyst Igor Sarsenov told reporters the plan was not sound.',
      'Nothing more was needed, said Sarsenov, an analyst.',
    ]);
    const dana = entityOf(0, 'Dana Kuzembayeva')[0];
    expect(dana).toBeDefined();
    expect(entityOf(1, 'Kuzembayeva')).toEqual([dana]);
    expect(entityOf(2, 'Kuzembayeva')).toEqual([dana]);
    const lone = entityOf(5, 'Sarsenov')[0];
    expect(lone).toBeDefined();
    expect([entityOf(3, 'Oleg Sarsenov')[0], entityOf(4, 'Igor Sarsenov')[0]]).not.toContain(lone);
  });

  it('joins an acronym used alone to its long form from another document', () => {
    const { entityOf } = corpus([
      'The Caspian Institute for Strategic Research (CISR) released a study.',
      'Nurlan Abenov, analyst at CISR, told reporters the study was sound.',
    ]);
    expect(entityOf(1, 'CISR')[0]).toBe(entityOf(0, 'Caspian Institute for Strategic Research')[0]);
  });

  it('is deterministic and gives unique ids', () => {
    const texts = [
      'Kazakh Foreign Minister Aigerim Sadykova met Putin.',
      'Aigerim Sadykova, head of the Steppe Council, spoke to the Orda Times.',
    ];
    const a = corpus(texts).res;
    const b = corpus(texts).res;
    expect(a.entities).toEqual(b.entities);
    expect(new Set(a.entities.map((e) => e.id)).size).toBe(a.entities.length);
  });

  it('accepts empty and malformed input', () => {
    expect(resolveCorpus([], gaz).entities).toEqual([]);
    const odd = [
      {
        id: 'x',
        published: null,
        entities: [
          null,
          {
            ref: 'e1',
            type: 'person',
            name: 'A B',
            aliases: [],
            gazetteerId: 'no:such',
            roles: [],
            reasons: [],
          },
        ],
        mentions: [],
      },
    ];
    expect(() => resolveCorpus(odd as never, gaz)).not.toThrow();
  });
});
