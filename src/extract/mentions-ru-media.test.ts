import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../resolve/gazetteer.js';
import { extractEntities } from './mentions.js';

// The article texts below are invented for these tests.
describe('extractEntities: Russian media names in other cases', () => {
  it('a plural-only name in the dative and genitive, and a capitalised common-word name declined', () => {
    const text =
      'Министр рассказал «Известиям» о планах. Как сообщил «Коммерсанту» источник, по данным «Ведомостей», сделка готова.';
    const out = extractEntities(text, null, loadGazetteer(), { strict: true });
    const name = (surface: string) =>
      out.entities.find((e) => e.ref === out.mentions.find((m) => m.text === surface)?.ref)?.name;
    expect([name('Известиям'), name('Коммерсанту'), name('Ведомостей')]).toEqual([
      'Izvestia',
      'Kommersant',
      'Vedomosti',
    ]);
  });
});

describe('extractEntities: a body named in guillemets after a noun for its kind', () => {
  const typed = (text: string) => {
    const out = extractEntities(text, null, loadGazetteer(), { strict: true });
    return out.entities.map((e) => [e.type, e.name]);
  };
  it('"агентство «Фредатом»", "компании «Сильвагаз»": an organisation the gazetteer lacks', () => {
    expect(
      typed('Государственное агентство «Фредатом» подписало соглашение с компанией «Сильвагаз».'),
    ).toEqual([
      ['organization', 'Фредатом'],
      ['organization', 'Сильвагаз'],
    ]);
  });
  it('a newspaper, or an agency after a verb of reporting, is a medium; a place inside the name is part of it', () => {
    expect(typed('Об этом сообщает агентство «Фредон-Пресс».')).toEqual([['media', 'Фредон-Пресс']]);
    expect(typed('Как пишет газета «Вечерний Бишкек», мэр ушел в отставку.')).toEqual([
      ['media', 'Вечерний Бишкек'],
    ]);
  });
});
