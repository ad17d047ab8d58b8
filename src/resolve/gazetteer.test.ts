import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildGazetteer,
  canonicalTitle,
  GazetteerError,
  loadGazetteer,
  stateOfPlace,
  validateGazetteerDir,
} from './gazetteer.js';

const ids = (list: { id: string }[]) => list.map((e) => e.id);

describe('gazetteer data on disk', () => {
  it('validates cleanly and loads (timing is reported, not asserted)', () => {
    const t0 = performance.now();
    const issues = validateGazetteerDir();
    expect(issues).toEqual([]);
    const g = loadGazetteer();
    const ms = performance.now() - t0;
    console.log(
      `gazetteer: ${g.entries.length} entries, ${g.surfaceIndex().size} folded keys, ${g.acronymIndex().size} acronym keys, ${g.memberships.length} memberships; validate+load ${ms.toFixed(0)} ms`,
    );
    expect(g.entries.length).toBeGreaterThan(400);
    expect(loadGazetteer()).toBe(g); // cached
  });

  const g = loadGazetteer();

  it('keeps two papers of one group apart: the Turkish daily Sabah is not the English-language Daily Sabah', () => {
    expect(ids(g.lookup('Sabah'))).toEqual(['media:sabah']);
    expect(ids(g.lookup('Daily Sabah'))).toEqual(['media:daily-sabah']);
  });

  it('finds countries by name variants in several scripts', () => {
    for (const s of ['Turkey', 'Türkiye', 'Turkiye', 'TURKIYE', 'Турция', 'Republic of Turkey'])
      expect(ids(g.lookup(s)), s).toEqual(['country:TR']);
    for (const s of ['Kyrgyz Republic', 'Kirghizia', 'Кыргызстан', 'Киргизия', 'Kırgızistan'])
      expect(ids(g.lookup(s)), s).toContain('country:KG');
    for (const s of ['Russian Federation', 'Россия', 'Ресей', 'Rusya'])
      expect(ids(g.lookup(s)), s).toContain('country:RU');
    expect(ids(g.lookup('the United States'))).toEqual(['country:US']);
    expect(ids(g.lookup('People’s Republic of China'))).toEqual(['country:CN']);
    expect(ids(g.lookup('Syrian Arab Republic'))).toEqual(['country:SY']);
    expect(ids(g.lookup('Қазақстан'))).toEqual(['country:KZ']);
  });

  it('matches acronyms case-sensitively', () => {
    expect(ids(g.lookup('US'))).toEqual(['country:US']);
    expect(ids(g.lookup('U.S.'))).toEqual(['country:US']);
    expect(g.lookup('us')).toEqual([]);
    expect(g.lookup('Us')).toEqual([]);
    expect(ids(g.lookup('CSTO'))).toEqual(['org:csto']);
    expect(g.lookup('csto')).toEqual([]);
    expect(ids(g.lookup('ОДКБ'))).toEqual(['org:csto']);
    expect(ids(g.lookup('ODKB'))).toEqual(['org:csto']); // transliterated Cyrillic acronym
    // a two-letter Cyrillic acronym has no Latin twin: "ИГ" (Islamic State) is not the "IG" of IG Metall
    expect(ids(g.lookup('ИГ'))).toEqual(['org:isis']);
    expect(g.lookup('IG')).toEqual([]);
    expect(ids(g.lookup('OTG'))).toEqual(['org:ots']);
    expect(ids(g.lookup('UK'))).toEqual(['country:GB']);
    // acronyms are not in the case-insensitive index
    expect(g.surfaceIndex().has('us')).toBe(false);
    expect(
      g
        .acronymIndex()
        .get('US')
        ?.map((e) => e.id),
    ).toEqual(['country:US']);
  });

  it('resolves organizations by names, former names and wrong forms', () => {
    for (const s of [
      'Organization of Turkic States',
      'Organisation of Turkic States',
      'Turkic Council',
      'Türk Devletleri Teşkilatı',
      'Organization of Turkish States',
      'Тюркский совет',
    ])
      expect(ids(g.lookup(s)), s).toEqual(['org:ots']);
    expect(g.byId('org:ots')?.aliases).toContain('Turkic Council'); // former names are aliases too
    expect(ids(g.lookup('North Atlantic Treaty Organization'))).toEqual(['org:nato']);
    expect(ids(g.lookup('Nato'))).toEqual(['org:nato']);
    expect(ids(g.lookup('Eurasian Economic Union'))).toEqual(['org:eaeu']);
    expect(ids(g.lookup('ЕАЭС'))).toEqual(['org:eaeu']);
  });

  it('finds capitals, seats of power and former city names', () => {
    const ankara = g.lookup('Ankara')[0];
    expect(ankara.seatOf).toBe('country:TR');
    expect(g.lookup('The Kremlin')[0].seatOf).toBe('country:RU');
    expect(ids(g.lookup('Nur-Sultan'))).toEqual(['place:astana']);
    expect(ids(g.lookup('Nur Sultan'))).toEqual(['place:astana']);
    expect(ids(g.lookup('Нур-Султан'))).toEqual(['place:astana']);
    expect(g.lookup('Brussels')[0].seatOf).toBe('org:eu');
    expect(ids(g.lookup('Kiev'))).toEqual(ids(g.lookup('Kyiv')));
  });

  it('finds people by Latin, Turkish and Cyrillic spellings', () => {
    for (const s of [
      'Tokayev',
      'Tokaev',
      'Toqaev',
      'Токаев',
      'Kassym-Jomart Tokayev',
      'Kassym Jomart Tokayev',
    ])
      expect(ids(g.lookup(s)), s).toEqual(['person:kassym-jomart-tokayev']);
    for (const s of ['Japarov', 'Zhaparov', 'Жапаров'])
      expect(ids(g.lookup(s)), s).toEqual(['person:sadyr-japarov']);
    expect(ids(g.lookup('Erdogan'))).toEqual(['person:recep-tayyip-erdogan']);
  });

  it('knows media outlets and regional places', () => {
    expect(ids(g.lookup('TASS'))).toEqual(['media:tass']);
    expect(ids(g.lookup('ТАСС'))).toEqual(['media:tass']);
    expect(ids(g.lookup('Nezavisimaya Gazeta'))).toEqual(['media:ng']);
    expect(ids(g.lookup('Независимая газета'))).toEqual(['media:ng']);
    expect(ids(g.lookup('Anadolu Agency'))).toEqual(['media:anadolu']);
    expect(ids(g.lookup('Caliber.az'))).toEqual(['media:caliber']);
    expect(ids(g.lookup('Trend'))).toEqual(['media:trend']);
    expect(g.lookup('trend')).toEqual([]); // a common word: only the capitalised name matches
    expect(g.byId('media:azattyq')?.partOf).toBe('media:rferl');
    expect(ids(g.lookup('Shimkent'))).toEqual(['place:shymkent']);
    expect(g.lookup('Almaty')[0].country).toBe('country:KZ');
    expect(ids(g.lookup('Karabakh'))).toEqual(['place:nagorno-karabakh']);
    expect(ids(g.lookup('Sochi'))).toEqual(['place:sochi']);
    expect(ids(g.lookup('St. Petersburg'))).toEqual(['place:st-petersburg']);
    expect(g.lookup('Xinjiang')[0].country).toBe('country:CN');
    expect(ids(g.lookup('Turkic Council'))).toEqual(['org:ots']);
    expect(ids(g.lookup('Nur Otan'))).toEqual(['org:amanat']);
  });

  it('knows ordinary world places and keeps ambiguous bare names for the entry news means', () => {
    expect(g.lookup('Texas')[0].country).toBe('country:US');
    expect(g.lookup('Ontario')[0].country).toBe('country:CA');
    expect(g.lookup('England')[0].country).toBe('country:GB');
    expect(g.lookup('Chicago')[0].country).toBe('country:US');
    expect(ids(g.lookup('Bombay'))).toEqual(['place:mumbai']);
    expect(ids(g.lookup('Bayern'))).toEqual(['place:bavaria']);
    // the US state and the Australian state carry a qualifier: the bare words stay the country
    // and the capital of the Seychelles
    expect(ids(g.lookup('Georgia'))).toEqual(['country:GE']);
    expect(ids(g.lookup('Victoria'))).toEqual(['place:victoria']);
    expect(ids(g.lookup('U.S. state of Georgia'))).toEqual(['place:georgia-us-state']);
    // the Kyrgyz city keeps the spelling it shares with the Afghan one
    expect(ids(g.lookup('Jalalabad'))).toEqual(['place:jalal-abad']);
    expect(ids(g.lookup('FBI'))).toEqual(['org:fbi']);
    expect(ids(g.lookup('New York Stock Exchange'))).toEqual(['org:new-york-stock-exchange']);
  });

  it('maps demonyms to countries, case-insensitively and with plurals', () => {
    expect(g.lookupDemonym('Kazakh')?.id).toBe('country:KZ');
    expect(g.lookupDemonym('kazakhstani')?.id).toBe('country:KZ');
    expect(g.lookupDemonym('Kazakhs')?.id).toBe('country:KZ');
    expect(g.lookupDemonym('Turkish')?.id).toBe('country:TR');
    expect(g.lookupDemonym('Azeri')?.id).toBe('country:AZ');
    expect(g.lookupDemonym('Kyrgyz')?.id).toBe('country:KG');
    expect(g.lookupDemonym('British')?.id).toBe('country:GB');
    expect(g.lookupDemonym('Belarusian')?.id).toBe('country:BY');
    expect(g.lookupDemonym('Uzbeks')?.id).toBe('country:UZ');
    expect(g.lookupDemonym('Swiss')?.id).toBe('country:CH');
    expect(g.lookupDemonym('Martian')).toBeUndefined();
    expect(g.lookupDemonym('')).toBeUndefined();
  });

  it('dates memberships', () => {
    const csto = (d: string) => g.membersOf('org:csto', d).map((m) => m.member);
    expect(csto('2010-06-01')).toContain('country:UZ');
    expect(csto('2015-06-01')).not.toContain('country:UZ');
    expect(csto('2022-01')).toEqual(
      expect.arrayContaining([
        'country:KZ',
        'country:KG',
        'country:RU',
        'country:AM',
        'country:BY',
        'country:TJ',
      ]),
    );
    const nato = (d: string) => g.membersOf('org:nato', d).map((m) => m.member);
    expect(nato('1951')).not.toContain('country:TR');
    expect(nato('1953')).toContain('country:TR');
    expect(nato('2023-01')).not.toContain('country:FI');
    expect(nato('2023-05')).toContain('country:FI');
    expect(nato('2024-01')).not.toContain('country:SE');
    expect(nato('2024-06')).toContain('country:SE');
    const sco = g.membershipsOf('country:IR', '2024').filter((m) => m.org === 'org:sco');
    expect(sco.map((m) => m.type)).toEqual(['member_of']);
    expect(
      g
        .membershipsOf('country:IR', '2020')
        .filter((m) => m.org === 'org:sco')
        .map((m) => m.type),
    ).toEqual(['observer_of']);
    const ots = g.membersOf('org:ots', '2023');
    expect(ots.find((m) => m.member === 'country:HU')?.type).toBe('observer_of');
    expect(ots.find((m) => m.member === 'country:TRNC')?.type).toBe('observer_of');
  });

  it('knows the blocs', () => {
    expect(g.blocs.map((b) => b.id).sort()).toEqual(['china', 'russia', 'turkey', 'west']);
    expect(g.blocsOf('org:csto').map((b) => b.id)).toEqual(['russia']);
    expect(g.blocs.find((b) => b.id === 'west')?.leader).toBe('country:US');
  });

  it('answers who held an office at a date', () => {
    expect(ids(g.holdersAt('country:KZ', 'president', '2018-05-01'))).toEqual([
      'person:nursultan-nazarbayev',
    ]);
    expect(ids(g.holdersAt('country:KZ', 'President', '2021-05-25'))).toEqual([
      'person:kassym-jomart-tokayev',
    ]);
    expect(ids(g.holdersAt('country:RU', 'minister of defence', '2021-05-25'))).toEqual([
      'person:sergei-shoigu',
    ]);
    expect(ids(g.holdersAt('country:RU', 'defense minister', '2024-06'))).toEqual(['person:andrei-belousov']);
    // a month that spans a change of office returns both holders
    expect(ids(g.holdersAt('country:RU', 'defense minister', '2024-05')).sort()).toEqual([
      'person:andrei-belousov',
      'person:sergei-shoigu',
    ]);
    expect(g.holdersAt('country:RU', 'defense minister', null).length).toBeGreaterThanOrEqual(2);
    expect(g.holdersAt('country:XX', 'president', '2020')).toEqual([]);
    expect(g.rolesOf('person:vladimir-putin').length).toBeGreaterThan(0);
    expect(ids(g.holdersAt('country:TR', 'Minister of Foreign Affairs', '2021-05-25'))).toEqual([
      'person:mevlut-cavusoglu',
    ]);
    expect(ids(g.holdersAt('country:TR', 'defence minister', '2022-01-10'))).toEqual(['person:hulusi-akar']);
    expect(ids(g.holdersAt('country:KZ', 'foreign minister', '2022-04'))).toEqual([
      'person:mukhtar-tleuberdi',
    ]);
    expect(ids(g.holdersAt('country:KG', 'president', '2021-05'))).toEqual(['person:sadyr-japarov']);
    expect(ids(g.holdersAt('country:US', 'Secretary of State', '2022-06-01'))).toEqual([
      'person:antony-blinken',
    ]);
    expect(ids(g.holdersAt('org:nato', 'secretary-general', '2022'))).toEqual(['person:jens-stoltenberg']);
    expect(ids(g.holdersAt('org:ots', 'secretary general', '2023'))).toEqual([
      'person:kubanychbek-omuraliev',
    ]);
  });

  it('canonicalises titles', () => {
    expect(canonicalTitle('Minister of Foreign Affairs')).toBe('foreign minister');
    expect(canonicalTitle('Foreign Secretary')).toBe('foreign minister');
    expect(canonicalTitle('Minister of National Defence')).toBe('defense minister');
    expect(canonicalTitle('Secretary-General')).toBe('secretary general');
    expect(canonicalTitle('ambassador')).toBe('ambassador');
  });

  it('gives a surface index sorted longest first', () => {
    const keys = [...g.surfaceIndex().keys()];
    for (let i = 1; i < Math.min(keys.length, 2000); i++)
      expect(keys[i - 1].length).toBeGreaterThanOrEqual(keys[i].length);
    expect(
      g
        .surfaceIndex()
        .get('kazakhstan')
        ?.map((e) => e.id),
    ).toEqual(['country:KZ']);
  });
});

describe('gazetteer validation errors', () => {
  it('names the file and JSON path of a schema error', () => {
    const bad = {
      entries: [{ id: 'country:ZZ', type: 'country', name: 'Zedland', aliases: [], iso2: 'zz' }],
    };
    try {
      buildGazetteer([{ file: 'bad.json', data: bad }]);
      expect.unreachable('should throw');
    } catch (err) {
      expect(err).toBeInstanceOf(GazetteerError);
      const e = err as GazetteerError;
      expect(e.code).toBe('ORBIT_E_MALFORMED');
      expect(e.issues[0]).toMatchObject({
        code: 'ORBIT_GAZ_SCHEMA',
        file: 'bad.json',
        path: ['entries', 0, 'iso2'],
      });
      expect(e.message).toContain('bad.json: entries[0].iso2');
    }
  });

  it('rejects unknown fields, bad dates, duplicate ids and dangling references', () => {
    const files = [
      {
        file: 'a.json',
        data: { entries: [{ id: 'country:AA', type: 'country', name: 'A', aliases: [], colour: 'red' }] },
      },
      {
        file: 'b.json',
        data: {
          entries: [
            { id: 'country:BB', type: 'country', name: 'B', aliases: [] },
            { id: 'country:BB', type: 'country', name: 'B2', aliases: [] },
          ],
        },
      },
      {
        file: 'c.json',
        data: {
          memberships: [
            { member: 'country:BB', org: 'org:nowhere', type: 'member_of', from: '2020-13', to: null },
          ],
        },
      },
      {
        file: 'd.json',
        data: {
          memberships: [
            { member: 'country:BB', org: 'org:nowhere', type: 'member_of', from: '2020', to: null },
          ],
        },
      },
    ];
    let issues: GazetteerError['issues'] = [];
    try {
      buildGazetteer(files);
    } catch (err) {
      issues = (err as GazetteerError).issues;
    }
    expect(issues.find((i) => i.file === 'a.json')?.code).toBe('ORBIT_GAZ_SCHEMA');
    expect(issues.find((i) => i.file === 'b.json')).toMatchObject({
      code: 'ORBIT_GAZ_DUPLICATE_ID',
      path: ['entries', 1, 'id'],
    });
    expect(issues.find((i) => i.file === 'c.json')).toMatchObject({
      code: 'ORBIT_GAZ_SCHEMA',
      path: ['memberships', 0, 'from'],
    });
    expect(issues.find((i) => i.file === 'd.json')).toMatchObject({
      code: 'ORBIT_GAZ_UNKNOWN_REF',
      path: ['memberships', 0, 'org'],
    });
  });

  it('reports invalid JSON and a missing directory without throwing from validate', () => {
    const dir = mkdtempSync(join(tmpdir(), 'orbit-gaz-'));
    writeFileSync(join(dir, 'broken.json'), '{ "entries": [ }');
    const issues = validateGazetteerDir(dir);
    expect(issues[0]).toMatchObject({ code: 'ORBIT_GAZ_JSON', file: 'broken.json' });
    expect(() => loadGazetteer(dir)).toThrow(/broken\.json/);
    expect(validateGazetteerDir(join(dir, 'missing'))[0].code).toBe('ORBIT_GAZ_READ');
  });

  it('lookup is total on odd input', () => {
    const g = buildGazetteer([
      {
        file: 'x.json',
        data: { entries: [{ id: 'country:AA', type: 'country', name: 'Aland', aliases: ['AL'] }] },
      },
    ]);
    expect(g.lookup('')).toEqual([]);
    expect(g.lookup('   ')).toEqual([]);
    expect(g.lookup('\u0000')).toEqual([]);
    expect(ids(g.lookup('AL'))).toEqual(['country:AA']);
    expect(g.lookup('al')).toEqual([]);
  });
});

describe('gazetteer: office holders of 2023-2026', () => {
  const g = loadGazetteer();
  it('knows speakers, spokespeople, envoys and ministers with their Russian and Turkish spellings', () => {
    expect(ids(g.lookup('Ozgur Ozel'))).toContain('person:ozgur-ozel');
    expect(ids(g.lookup('Матвиенко'))).toContain('person:valentina-matvienko');
    expect(ids(g.lookup('Айхан Гаджизаде'))).toContain('person:aykhan-hajizada');
    expect(ids(g.holdersAt('country:UA', 'foreign minister', '2025-06-01'))).toEqual([
      'person:andrii-sybiha',
    ]);
    expect(ids(g.holdersAt('org:tbmm', 'speaker', '2025-06-01'))).toEqual(['person:numan-kurtulmus']);
    expect(ids(g.holdersAt('country:KZ', 'trade and integration minister', '2023-06-01'))).toEqual([
      'person:serik-zhumangarin',
    ]);
  });
});

describe('stateOfPlace: the state a place stands for or lies in', () => {
  const g = loadGazetteer();
  it('a capital stands for its state at every scope', () => {
    for (const scope of ['capital', 'seat', 'place'] as const)
      expect(stateOfPlace(g, 'place:baku', scope)).toBe('country:AZ');
  });
  it('a seat of power that is no capital speaks only from the seat scope on', () => {
    expect(stateOfPlace(g, 'place:kremlin', 'capital')).toBeNull();
    expect(stateOfPlace(g, 'place:kremlin', 'seat')).toBe('country:RU');
  });
  it('a city that is no seat only lies in its country', () => {
    expect(stateOfPlace(g, 'place:osh', 'seat')).toBeNull();
    expect(stateOfPlace(g, 'place:osh', 'place')).toBe('country:KG');
  });
  it('unknown or missing ids give null', () => {
    expect(stateOfPlace(g, 'place:nowhere-at-all', 'place')).toBeNull();
    expect(stateOfPlace(g, null, 'place')).toBeNull();
  });
});
