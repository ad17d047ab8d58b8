import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.js';

describe('detectLanguage', () => {
  it('detects the main languages of the region', () => {
    expect(
      detectLanguage(
        'The foreign ministers met in the capital on Monday to discuss trade, transport and security in the region.',
      ),
    ).toBe('en');
    expect(
      detectLanguage(
        'Министры иностранных дел встретились в столице в понедельник, чтобы обсудить торговлю и безопасность в регионе.',
      ),
    ).toBe('ru');
    expect(
      detectLanguage(
        'Dışişleri bakanları pazartesi günü başkentte bir araya gelerek bölgedeki ticaret ve güvenlik konularını görüştü.',
      ),
    ).toBe('tr');
    expect(
      detectLanguage(
        'Die Außenminister trafen sich am Montag in der Hauptstadt, um über Handel und Sicherheit in der Region zu sprechen.',
      ),
    ).toBe('de');
  });
  it('uses the script alone for single-language scripts', () => {
    expect(detectLanguage('Արտաքին գործերի նախարարները հանդիպեցին մայրաքաղաքում')).toBe('hy');
    expect(detectLanguage('საგარეო საქმეთა მინისტრები დედაქალაქში შეხვდნენ ერთმანეთს')).toBe('ka');
  });
  it('returns "und" for too little text or none', () => {
    expect(detectLanguage('')).toBe('und');
    expect(detectLanguage('OK 12')).toBe('und');
    expect(detectLanguage('1234567890 !!! ---')).toBe('und');
    expect(detectLanguage(null as unknown as string)).toBe('und');
  });
});

describe('plain English fast path', () => {
  it('still tells other Latin-script languages apart from English', async () => {
    const { detectLanguage } = await import('./language.js');
    const de =
      'Die Außenminister der zentralasiatischen Staaten trafen sich am Freitag in Aschgabat und vereinbarten regelmäßige Konsultationen über Wasser, Energie und Verkehr. Das Treffen war das erste seiner Art seit zwei Jahren und endete mit einer gemeinsamen Erklärung über eine engere Zusammenarbeit mit den Nachbarländern.';
    const fr =
      "Les ministres des affaires étrangères des cinq États d'Asie centrale se sont réunis vendredi à Achgabat et ont convenu de tenir des consultations régulières sur l'eau, l'énergie et les transports, selon un communiqué publié à l'issue de la réunion.";
    const en =
      'The foreign ministers of the five Central Asian states met in Ashgabat on Friday and agreed to hold regular consultations on water, energy and transport, according to a statement that was released at the end of the meeting by the host.';
    expect(detectLanguage(de)).toBe('de');
    expect(detectLanguage(fr)).toBe('fr');
    expect(detectLanguage(en)).toBe('en');
  });
});

describe('Russian and Bulgarian on short texts', () => {
  it('reads short Russian texts that trigrams take for Bulgarian or Serbian as Russian', () => {
    expect(detectLanguage('Делегация Казахстана прибыла в Анкару на переговоры о транзите газа.')).toBe('ru');
    expect(detectLanguage('Президент поздравил граждан с праздником и пожелал им мира.')).toBe('ru');
  });
  it('still reads Bulgarian and Serbian with their own letters and words', () => {
    expect(detectLanguage('Президентът заяви, че България ще подкрепи споразумението.')).toBe('bg');
    expect(detectLanguage('Министрите се срещнаха в София в понеделник, за да обсъдят търговията.')).toBe(
      'bg',
    );
    expect(detectLanguage('Председник је рекао да ће Србија подржати споразум о сарадњи.')).toBe('sr');
  });
});
