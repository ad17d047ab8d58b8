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
