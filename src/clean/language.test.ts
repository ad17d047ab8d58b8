import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.js';

describe('detectLanguage', () => {
  it('detects the main languages of the region', () => {
    expect(detectLanguage('The foreign ministers met in the capital on Monday to discuss trade, transport and security in the region.')).toBe('en');
    expect(detectLanguage('Министры иностранных дел встретились в столице в понедельник, чтобы обсудить торговлю и безопасность в регионе.')).toBe('ru');
    expect(detectLanguage('Dışişleri bakanları pazartesi günü başkentte bir araya gelerek bölgedeki ticaret ve güvenlik konularını görüştü.')).toBe('tr');
    expect(detectLanguage('Die Außenminister trafen sich am Montag in der Hauptstadt, um über Handel und Sicherheit in der Region zu sprechen.')).toBe('de');
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
