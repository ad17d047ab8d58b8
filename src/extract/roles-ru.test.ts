import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../resolve/gazetteer.js';
import { extractEntities } from './mentions.js';

// Invented countries, bodies and people; the sentences are written for these tests.
const gaz = buildGazetteer([
  {
    file: 'test.json',
    data: {
      entries: [
        {
          id: 'country:FR',
          type: 'country',
          name: 'Freedonia',
          aliases: ['Фридония'],
          demonyms: ['Freedonian'],
        },
        { id: 'country:SY', type: 'country', name: 'Sylvania', aliases: ['Сильвания'] },
        {
          id: 'org:fr-mfa',
          type: 'organization',
          name: 'Freedonian Foreign Ministry',
          country: 'country:FR',
          aliases: ['МИД Фридонии'],
        },
        { id: 'person:arman-bekov', type: 'person', name: 'Arman Bekov', aliases: ['Арман Беков'] },
      ],
    },
  },
]);

/** "title of <owner>" of every person entity, by name */
function roles(text: string): Record<string, string[]> {
  const out = extractEntities(text, null, gaz, { published: '2026-03-01', strict: true, language: 'ru' });
  const name = new Map(out.entities.map((e) => [e.ref, e.name]));
  return Object.fromEntries(
    out.entities
      .filter((e) => e.type === 'person')
      .map((e) => [e.name, e.roles.map((r) => `${r.title} of ${r.ofRef ? name.get(r.ofRef) : null}`)]),
  );
}

describe('Russian role phrases before a name', () => {
  it('a lower-case title with its owner in the genitive', () => {
    expect(roles('Президент Фридонии Арман Беков прибыл в столицу.')).toEqual({
      'Arman Bekov': ['президент of Freedonia'],
    });
    expect(roles('Министр торговли и интеграции Сильвании Ерлан Сапаров выступил первым.')).toEqual({
      'Ерлан Сапаров': ['министр торговли и интеграции of Sylvania'],
    });
  });

  it('portfolios of armed forces, water and tourism ("министр вооруженных сил X Y")', () => {
    expect(roles('Министр вооруженных сил Сильвании Ерлан Сапаров прибыл в столицу.')).toEqual({
      'Ерлан Сапаров': ['министр вооруженных сил of Sylvania'],
    });
    expect(roles('Министр водных ресурсов и ирригации Сильвании Ерлан Сапаров прибыл в столицу.')).toEqual({
      'Ерлан Сапаров': ['министр водных ресурсов и ирригации of Sylvania'],
    });
  });

  it('an inflected title gives its head in the nominative', () => {
    expect(
      roles('Беков встретился с министром иностранных дел Сильвании Ерланом Сапаровым.')['Ерлан Сапаров'],
    ).toEqual(['министр иностранных дел of Sylvania']);
  });

  it('the office of a body and of an office holder: "глава МИД X", "пресс-секретарь президента X"', () => {
    expect(roles('Глава МИД Фридонии Арман Беков заявил, что переговоры продолжатся.')).toEqual({
      'Arman Bekov': ['глава МИД of Freedonian Foreign Ministry'],
    });
    expect(
      roles('Официальный пресс-секретарь президента Сильвании Ерлан Сапаров ответил журналистам.'),
    ).toEqual({
      'Ерлан Сапаров': ['официальный пресс-секретарь президента of Sylvania'],
    });
  });

  it("an ambassador's owner is the sending country, not the host after «в»", () => {
    expect(roles('Посол Фридонии в Сильвании Ерлан Сапаров вручил ноту.')).toEqual({
      'Ерлан Сапаров': ['посол of Freedonia'],
    });
    // "в Сильвании" after a title that is no mission is no role of the host
    expect(roles('Президент Фридонии в Сильвании Арман Беков провёл встречу.')).toEqual({
      'Arman Bekov': [],
    });
  });

  it('a capitalised title opening a sentence is no part of the name', () => {
    expect(roles('Пресс-секретарь Ирина Волкова сообщила, что встреча состоится.')).toEqual({
      'Ирина Волкова': ['пресс-секретарь of null'],
    });
  });

  it('a portfolio after «по» closes the title, with or without an owner before it', () => {
    expect(roles('Спецпредставитель Фридонии по санкциям Ерлан Сапаров выступил первым.')).toEqual({
      'Ерлан Сапаров': ['спецпредставитель по санкциям of Freedonia'],
    });
    expect(roles('Министр по чрезвычайным ситуациям Сильвании Ерлан Сапаров прибыл на место.')).toEqual({
      'Ерлан Сапаров': ['министр по чрезвычайным ситуациям of Sylvania'],
    });
    expect(roles('Спецпредставитель президента по вопросам климата Ерлан Сапаров выступил.')).toEqual({
      'Ерлан Сапаров': ['спецпредставитель президента по вопросам климата of null'],
    });
  });

  it('words that are no title make no role', () => {
    expect(roles('Жители Сильвании Ерлан Сапаров и Арман Беков вышли на площадь.')).toEqual({
      'Ерлан Сапаров': [],
      'Arman Bekov': [],
    });
  });
});

describe('an owner named as "the republic" or "the country" ("министр энергетики республики X")', () => {
  it('is the country named before', () => {
    expect(
      roles('Фридония увеличит экспорт, заявил журналистам министр энергетики республики Арман Беков.'),
    ).toEqual({ 'Arman Bekov': ['министр энергетики of Freedonia'] });
    // the country the sentence before is about, not the last one it named
    expect(
      roles(
        'Фридония готова принять переговоры с Сильванией. Об этом заявил президент республики Арман Беков.',
      ),
    ).toEqual({ 'Arman Bekov': ['президент of Freedonia'] });
  });
});
