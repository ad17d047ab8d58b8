import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../resolve/gazetteer.js';
import { extractEntities } from './mentions.js';

// The article texts below are invented for these tests.
function nameOf(text: string) {
  const out = extractEntities(text, null, loadGazetteer(), { strict: true });
  return (surface: string) =>
    out.entities.find((e) => e.ref === out.mentions.find((m) => m.text === surface)?.ref)?.name;
}

describe('extractEntities: Russian country and person names', () => {
  it('common short names of countries, not only the ISO formal ones, in any case', () => {
    const name = nameOf(
      'Китай назвал это провокацией. В Китае и Южной Корее, как и в Соединенных Штатах, ждут ответа. Палестина просит помощи.',
    );
    expect([
      name('Китай'),
      name('Китае'),
      name('Южной Корее'),
      name('Соединенных Штатах'),
      name('Палестина'),
    ]).toEqual(['China', 'China', 'South Korea', 'United States', 'Palestine']);
  });
});

describe('extractEntities: Russian ministry abbreviations before a name', () => {
  it('a bare ministry abbreviation is no part of the name after it and joins the ministry named before', () => {
    const text =
      'МИД Азербайджана ответил Парижу. Официальный представитель МИД Эльнур Гасанзаде назвал резолюцию ошибкой.\n\nПресс-секретарь МВД Рустам Каримов сообщил о задержании.';
    const out = extractEntities(text, null, loadGazetteer(), { strict: true });
    const names = out.entities.map((e) => e.name);
    expect(names).toContain('Эльнур Гасанзаде');
    expect(names).toContain('Рустам Каримов');
    expect(names.filter((n) => /МИД|МВД/.test(n))).toEqual([]);
    const ministry = out.entities.find((e) => e.name === 'Azerbaijani Foreign Ministry');
    expect(out.mentions.filter((m) => m.ref === ministry?.ref).map((m) => m.text)).toEqual([
      'МИД Азербайджана',
      'МИД',
    ]);
  });

  it('a known surname after another known given name is another person, even with its initial', () => {
    const name = nameOf('Пресс-секретарь Ислам Алиев сообщил о задержании. Ильхам Алиев подписал указ.');
    expect(name('Ислам Алиев')).toBe('Ислам Алиев');
    expect(name('Ильхам Алиев')).toBe('Ilham Aliyev');
  });
});

describe('extractEntities: Russian names in oblique cases become nominative', () => {
  it("soft stems in the instrumental and a woman's given name before a surname that does not decline", () => {
    const text =
      'Переговоры прошли с министром Йоханном Гретелем. Игорем Шуваловым подписан документ. Встреча с вице-президентом Антонеллой Бассани и Марией Ковальчук прошла в Бишкеке. Позже Олафом Шольцем было сделано заявление.';
    const names = extractEntities(text, null, loadGazetteer(), { strict: true }).entities.map((e) => e.name);
    expect(names).toEqual(
      expect.arrayContaining(['Йоханн Гретель', 'Игорь Шувалов', 'Антонелла Бассани', 'Мария Ковальчук']),
    );
    expect(names.filter((n) => /ем$|ой\s/u.test(n))).toEqual([]);
  });
});

describe('extractEntities: a Russian occupation noun opening a sentence is no part of the name', () => {
  it('"Правозащитница Нодира …", "Политолог …": the noun describes the person; a genitive complement names no one here', () => {
    const text =
      'Правозащитница Зарина Тураева заявила о давлении. Политолог Арслан Бекназаров считает иначе.\n\nАдвокат Тураевой Виктор Лапин сообщил, что жалоба подана. Блогер Тимур Ахмедов задержан.';
    const names = extractEntities(text, null, loadGazetteer(), { strict: true }).entities.map((e) => e.name);
    expect(names).toEqual(
      expect.arrayContaining(['Зарина Тураева', 'Арслан Бекназаров', 'Виктор Лапин', 'Тимур Ахмедов']),
    );
    expect(names.filter((n) => /Правозащит|Политолог|Адвокат|Блогер|Тураевой/u.test(n))).toEqual([]);
  });
});

describe('extractEntities: a one-letter name word closing a paragraph', () => {
  it('"… с Ван И." ends the sentence: the dot is no initial\'s, and the known name is matched', () => {
    const name = nameOf('Министр провел переговоры с Ван И.\n\nСтороны обсудили торговлю.');
    expect(name('Ван И')).toBe('Wang Yi');
  });
});

describe('extractEntities: an owner the gazetteer does not know between a title and a name', () => {
  it('"министр обороны Сильвании Ерлан Сапаров": the capitalised genitive is no part of the name', () => {
    const text =
      'Переговоры продолжатся, заявил министр обороны Сильвании Ерлан Сапаров. Министр иностранных дел Фридонии Арман Беков с ним согласился.';
    const names = extractEntities(text, null, loadGazetteer(), { strict: true }).entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Ерлан Сапаров', 'Арман Беков']));
    expect(names.filter((n) => /Сильвании|Фридонии/u.test(n))).toEqual([]);
  });
});
