import { describe, expect, it } from 'vitest';
import { entitiesFromSurfaces } from '../testing/doc-fixture.js';
import { splitSentences } from '../nlp/sentences.js';
import { extractRelations } from './relations.js';
import type { EntityType } from '../model/index.js';

function run(
  text: string,
  specs: [string, EntityType][],
  roles: Record<string, { title: string; of: string }> = {},
) {
  const { entities, mentions, name } = entitiesFromSurfaces(text, specs);
  for (const [person, r] of Object.entries(roles)) {
    const e = entities.find((x) => x.name === person)!;
    const of = entities.find((x) => x.name === r.of)!;
    e.roles.push({
      title: r.title,
      ofRef: of.ref,
      evidence: { start: text.indexOf(person), end: text.indexOf(person) + person.length },
    });
  }
  return extractRelations(text, splitSentences(text), entities, mentions, { gaz: null }).map((r) => ({
    type: r.type,
    from: name.get(r.fromRef),
    to: name.get(r.toRef),
    ev: text.slice(r.evidence.start, r.evidence.end),
  }));
}
const has = (rels: ReturnType<typeof run>, type: string, from: string, to: string) =>
  rels.some((r) => r.type === type && r.from === from && r.to === to);

describe('extractRelations', () => {
  it('membership: "of which X is a member", lists of founding members, "X is a member of", appositions, joined', () => {
    const specs: [string, EntityType][] = [
      ['Steppe Pact', 'organization'],
      ['Freedonia', 'country'],
      ['Sylvania', 'country'],
      ['Osterlich', 'country'],
      ['Tomania', 'country'],
    ];
    const rels = run(
      'Analysts praised the Steppe Pact (of which Freedonia is a member). The Steppe Pact, of which Sylvania and Osterlich are founding members, met. Tomania is an observer of the Steppe Pact.',
      specs,
    );
    expect(has(rels, 'member_of', 'Freedonia', 'Steppe Pact')).toBe(true);
    expect(has(rels, 'member_of', 'Sylvania', 'Steppe Pact')).toBe(true);
    expect(has(rels, 'member_of', 'Osterlich', 'Steppe Pact')).toBe(true);
    expect(has(rels, 'observer_of', 'Tomania', 'Steppe Pact')).toBe(true);
    const r2 = run(
      'Yes, now Freedonia is a member of the Steppe Pact. Sylvania, a member of the Steppe Pact, objected. Osterlich joined the Steppe Pact in 2001.',
      specs,
    );
    expect(has(r2, 'member_of', 'Freedonia', 'Steppe Pact')).toBe(true);
    expect(has(r2, 'member_of', 'Sylvania', 'Steppe Pact')).toBe(true);
    expect(has(r2, 'member_of', 'Osterlich', 'Steppe Pact')).toBe(true);
    expect(r2.find((r) => r.from === 'Freedonia')!.ev).toBe(
      'Yes, now Freedonia is a member of the Steppe Pact.',
    );
  });
  it('alliance and partnership, conflict, roles and places', () => {
    const specs: [string, EntityType][] = [
      ['Freedonia', 'country'],
      ['Sylvania', 'country'],
      ['Arstan Bekov', 'person'],
      ['Osh', 'location'],
      ['Chui', 'location'],
    ];
    const rels = run(
      'Freedonia came to the aid of its strategic partner Sylvania. “Sylvania is our main ally,” President Arstan Bekov said. The war between Freedonia and Sylvania ended. The Osh district of Chui was calm. Protests hit Osh, Freedonia.',
      specs,
      { 'Arstan Bekov': { title: 'President', of: 'Freedonia' } },
    );
    expect(has(rels, 'partner_of', 'Freedonia', 'Sylvania')).toBe(true);
    expect(has(rels, 'ally_of', 'Freedonia', 'Sylvania')).toBe(true);
    expect(has(rels, 'in_conflict_with', 'Freedonia', 'Sylvania')).toBe(true);
    expect(has(rels, 'holds_role', 'Arstan Bekov', 'Freedonia')).toBe(true);
    expect(has(rels, 'part_of', 'Osh', 'Chui')).toBe(true);
    expect(has(rels, 'located_in', 'Osh', 'Freedonia')).toBe(true);
  });
  it('no relation from plain co-occurrence; bad input gives nothing', () => {
    expect(
      run('Freedonia and the Steppe Pact were discussed.', [
        ['Freedonia', 'country'],
        ['Steppe Pact', 'organization'],
      ]),
    ).toEqual([]);
    expect(extractRelations('', [], [], [])).toEqual([]);
    expect(extractRelations(undefined as unknown as string, [], [], [])).toEqual([]);
  });

  it('partnership and alliance: "X remains a partner and ally of Y", "partnership between", "X-Y relations of"', () => {
    const specs: [string, EntityType][] = [
      ['Freedonia', 'country'],
      ['Sylvania', 'country'],
      ['Osterlich', 'country'],
      ['Tomania', 'country'],
    ];
    const a = run(
      'Officials said Freedonia “remains a reliable strategic partner and ally of Sylvania.',
      specs,
    );
    expect(has(a, 'partner_of', 'Freedonia', 'Sylvania') && has(a, 'ally_of', 'Freedonia', 'Sylvania')).toBe(
      true,
    );
    const b = run('They discussed the comprehensive partnership between Osterlich and Tomania.', specs);
    expect(has(b, 'partner_of', 'Osterlich', 'Tomania')).toBe(true);
    const c = run('He praised Freedonia-Tomania relations of strategic partnership and alliance.', specs);
    expect(has(c, 'partner_of', 'Freedonia', 'Tomania') && has(c, 'ally_of', 'Freedonia', 'Tomania')).toBe(
      true,
    );
    // a partnership "with" someone else, or a country that is only near the words, is no relation
    const d = run('Freedonia signed a deal with Sylvania on partnership programmes of Osterlich.', specs);
    expect(d.filter((r) => r.type === 'partner_of' || r.type === 'ally_of')).toEqual([]);
  });

  it('conflict: "tensions between X and neighbouring Y", "X began its assault in Y", "Y, which X views as its enemy"', () => {
    const specs: [string, EntityType][] = [
      ['Freedonia', 'country'],
      ['Sylvania', 'country'],
      ['Osterlich', 'country'],
    ];
    const a = run('The vote comes amid tensions between Freedonia and neighbouring Sylvania.', specs);
    expect(has(a, 'in_conflict_with', 'Freedonia', 'Sylvania')).toBe(true);
    const b = run('Trade has fallen since Freedonia began its assault in Sylvania.', specs);
    expect(has(b, 'in_conflict_with', 'Freedonia', 'Sylvania')).toBe(true);
    const c = run('Osterlich keeps close ties to Sylvania, which Freedonia views as its main enemy.', specs);
    expect(has(c, 'in_conflict_with', 'Freedonia', 'Sylvania')).toBe(true);
    expect(has(c, 'in_conflict_with', 'Osterlich', 'Sylvania')).toBe(false);
    const d = run('Freedonia, which Osterlich sees as its closest ally, voted.', specs);
    expect(has(d, 'ally_of', 'Osterlich', 'Freedonia')).toBe(true);
  });

  it('a party: "X, from the ruling Y party"', () => {
    const rels = run(
      'Ivo Baran, from the ruling Bright Future party, spoke. Ana Kell, from the capital, agreed.',
      [
        ['Ivo Baran', 'person'],
        ['Bright Future', 'organization'],
        ['Ana Kell', 'person'],
      ],
    );
    expect(rels.filter((r) => r.type === 'member_of').map((r) => [r.from, r.to])).toEqual([
      ['Ivo Baran', 'Bright Future'],
    ]);
  });
});
