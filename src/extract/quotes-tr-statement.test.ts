import { describe, expect, it } from 'vitest';
import { quoteRows } from '../testing/quote-rows.js';

// All article texts below are invented for these tests.
/** Quotes of a Turkish text as [direct, speaker name, cue, quoted text]. */
const quotes = (text: string) => quoteRows(text, { language: 'tr', entitiesByLanguage: true });

describe('Turkish statements reported in the passive', () => {
  it('"X\'ten yapılan açıklamada, … belirtildi": the body in the ablative speaks', () => {
    const t =
      "Rusya Dışişleri Bakanlığı'ndan yapılan yazılı açıklamada, iki ülkenin sınır görüşmelerini sürdüreceği belirtildi.";
    expect(quotes(t)).toEqual([
      [false, 'Russian Foreign Ministry', 'belirtildi', 'iki ülkenin sınır görüşmelerini sürdüreceği'],
    ]);
  });

  it('a bare "Açıklamada" is the statement named before; "Ayrıca …" right after goes on with it; a lower-case "Bakanlıktan" is the ministry named before', () => {
    const t = [
      'Rusya Dışişleri Bakanlığı, Ermenistan ile ilişkilere dair yazılı bir açıklama yaptı.',
      'Açıklamada, "Taraflar yeni bir yol haritası üzerinde uzlaşmıştır" ifadesine yer verildi.',
      'Ayrıca iki ülke arasında doğrudan seferlerin başlatılacağı kaydedildi.',
      "Bakanlıktan yapılan ikinci açıklamada ise görüşmelerin Moskova'da süreceği duyuruldu.",
    ].join('\n\n');
    expect(quotes(t)).toEqual([
      [
        true,
        'Russian Foreign Ministry',
        'ifadesine yer verildi',
        'Taraflar yeni bir yol haritası üzerinde uzlaşmıştır',
      ],
      [
        false,
        'Russian Foreign Ministry',
        'kaydedildi',
        'iki ülke arasında doğrudan seferlerin başlatılacağı',
      ],
      [false, 'Russian Foreign Ministry', 'duyuruldu', "görüşmelerin Moskova'da süreceği"],
    ]);
  });

  it('a passive with no statement author named is given to nobody, not to the person named last', () => {
    const t =
      "Recep Tayyip Erdoğan dün Bakü'ye gitti.\n\nToplantının ardından anlaşmanın önümüzdeki ay imzalanacağı belirtildi.";
    expect(quotes(t)).toEqual([]);
  });
});
