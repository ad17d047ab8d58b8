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
