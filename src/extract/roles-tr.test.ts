import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../resolve/gazetteer.js';
import { extractEntities } from './mentions.js';

// Invented countries and people; the sentences are written for these tests.
const gaz = buildGazetteer([
  {
    file: 'test.json',
    data: {
      entries: [
        { id: 'country:FR', type: 'country', name: 'Freedonia', aliases: ['Fredonya'] },
        { id: 'country:SY', type: 'country', name: 'Sylvania', aliases: ['Silvanya'] },
        {
          id: 'place:sylvan',
          type: 'location',
          name: 'Sylvan City',
          aliases: ['Silvan'],
          seatOf: 'country:SY',
        },
      ],
    },
  },
]);

function roles(text: string): string[] {
  const out = extractEntities(text, null, gaz, { published: '2026-03-01', strict: true, language: 'tr' });
  const name = new Map(out.entities.map((e) => [e.ref, e.name]));
  return out.entities
    .filter((e) => e.type === 'person')
    .flatMap((e) => e.roles.map((r) => `${e.name}: ${r.title} of ${r.ofRef ? name.get(r.ofRef) : null}`));
}

describe('Turkish envoys: the genitive country sends, the place before the title hosts', () => {
  it('"Fredonya\'nın Silvanya Büyükelçisi X" is an ambassador of Freedonia', () => {
    expect(roles("Fredonya'nın Silvanya Büyükelçisi Arman Bekov konuştu.")).toEqual([
      'Arman Bekov: Büyükelçisi of Freedonia',
    ]);
    // the host named by its capital
    expect(roles("Fredonya'nın Silvan Büyükelçisi Arman Bekov konuştu.")).toEqual([
      'Arman Bekov: Büyükelçisi of Freedonia',
    ]);
  });

  it('without a genitive sender the country before the title is the owner', () => {
    expect(roles('Silvanya Büyükelçisi Arman Bekov konuştu.')).toEqual([
      'Arman Bekov: Büyükelçisi of Sylvania',
    ]);
  });
});

describe('Turkish owners of an office are in the genitive', () => {
  it('a place in the locative before a title ("Silvan\'da Cumhurbaşkanı X") is where, not whose', () => {
    expect(
      roles("Fredonya Cumhurbaşkanı Arman Bekov, Silvan'da Cumhurbaşkanı Timur Sadykov ile görüştü."),
    ).toEqual(['Arman Bekov: Cumhurbaşkanı of Freedonia', 'Timur Sadykov: Cumhurbaşkanı of null']);
    expect(roles("Silvanya'nın Cumhurbaşkanı Timur Sadykov konuştu.")).toEqual([
      'Timur Sadykov: Cumhurbaşkanı of Sylvania',
    ]);
  });
});

// Invented people and the real Turkey (the country Turkish copy leaves unnamed for its own offices).
const trGaz = buildGazetteer([
  {
    file: 'test.json',
    data: {
      entries: [
        { id: 'country:TR', type: 'country', name: 'Turkey', aliases: ['Türkiye'], demonyms: ['Turkish'] },
        {
          id: 'country:SY',
          type: 'country',
          name: 'Sylvania',
          aliases: ['Silvanya'],
          demonyms: ['Sylvanian', 'Silvanyalı'],
        },
        {
          id: 'org:turkish-mfa',
          type: 'organization',
          name: 'Turkish Foreign Ministry',
          kind: 'ministry',
          country: 'country:TR',
          aliases: [],
        },
        {
          id: 'person:timur-sadykov',
          type: 'person',
          name: 'Timur Sadykov',
          country: 'country:SY',
          aliases: ['Sadykov', 'Timur Sadıkov', 'Sadıkov'],
          roles: [{ title: 'prime minister', of: 'country:SY', from: '2024-01-01', to: null }],
        },
      ],
    },
  },
]);

function trRoles(text: string): string[] {
  const out = extractEntities(text, null, trGaz, { published: '2026-03-01', strict: true, language: 'tr' });
  const name = new Map(out.entities.map((e) => [e.ref, e.name]));
  return out.entities
    .filter((e) => e.type === 'person')
    .flatMap((e) => e.roles.map((r) => `${e.name}: ${r.title} of ${r.ofRef ? name.get(r.ofRef) : null}`));
}

describe("Turkish copy leaves Turkey's own offices unowned", () => {
  it('"Dışişleri Bakanı X", "Cumhurbaşkanı X" with no country are offices of Turkey', () => {
    expect(trRoles('Dışişleri Bakanı Arman Bekov, Silvanya ile ilişkileri değerlendirdi.')).toEqual([
      'Arman Bekov: Dışişleri Bakanı of Turkey',
    ]);
    expect(trRoles('Toplantıya Ticaret Bakanı Arman Bekov da katıldı.')).toEqual([
      'Arman Bekov: Ticaret Bakanı of Turkey',
    ]);
  });

  it('a person the text gives another country keeps it for the bare title ("Bakan X" later)', () => {
    expect(
      trRoles(
        'Silvanya Dışişleri Bakanı Arman Bekov konuştu. Görüşmede Bakan Arman Bekov soruları yanıtladı.',
      ),
    ).toEqual(['Arman Bekov: Dışişleri Bakanı of Sylvania', 'Arman Bekov: Bakan of null']);
  });

  it('a foreign head of government the gazetteer knows holds a bare Turkish title for his country', () => {
    expect(trRoles('Silvanya’da protestolar sürüyor. Başbakan Timur Sadıkov, kararı savundu.')).toEqual([
      'Timur Sadykov: Başbakan of Sylvania',
    ]);
  });

  it('"Silvanyalı mevkidaşı X" after "Dışişleri Bakanı Y" is a foreign minister of that country', () => {
    expect(trRoles('Dışişleri Bakanı Arman Bekov, Silvanyalı mevkidaşı Ruslan Aliev ile görüştü.')).toEqual([
      'Arman Bekov: Dışişleri Bakanı of Turkey',
      'Ruslan Aliev: Dışişleri Bakanı of Sylvania',
    ]);
  });
});

describe('a bare Turkish state body in Turkish copy is Turkey’s', () => {
  const orgs = (text: string) =>
    extractEntities(text, null, trGaz, { published: '2026-03-01', strict: true, language: 'tr' })
      .entities.filter((e) => e.type === 'organization')
      .map((e) => e.name);
  it('"Dışişleri Bakanlığı", "İçişleri Bakanlığı" without a country', () => {
    expect(orgs('Dışişleri Bakanlığı, saldırıyı kınadı.')).toEqual(['Turkish Foreign Ministry']);
    expect(orgs('İçişleri Bakanlığı, 40 kişinin gözaltına alındığını açıkladı.')).toEqual([
      'Turkish Interior Ministry',
    ]);
  });
  it('not when the text names another country’s body of that kind', () => {
    expect(
      orgs('Silvanya Dışişleri Bakanlığı bir açıklama yaptı. Dışişleri Bakanlığı, saldırıyı kınadı.'),
    ).not.toContain('Turkish Foreign Ministry');
  });
});
