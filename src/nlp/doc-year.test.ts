import { describe, expect, it } from 'vitest';
import { documentYear } from './doc-year.js';

const year = (t: string) => documentYear(t)?.year ?? null;

describe('documentYear', () => {
  it('reads anniversaries of dated events in English, Russian and Turkish', () => {
    expect(year('Leaders gathered for the 80th anniversary of the Victory in Moscow.')).toBe(2025);
    expect(year('Они поздравили ветеранов с 79-летием Великой Победы.')).toBe(2024);
    expect(year('Cumhuriyetin 100. yıl dönümü törenle kutlandı.')).toBe(2023);
    expect(year('Celebrations of the 33rd anniversary of the independence of Kazakhstan began.')).toBe(2024);
    expect(year('Summit marks the 15th anniversary of the Nakhchivan Agreement.')).toBe(2024);
  });
  it('lets the number choose between the years one name can mean', () => {
    // "the Victory" is 1945 in Moscow and 2020 in Baku: only one reading gives a plausible year
    expect(year('Baku held a parade on the 4th anniversary of the Victory in the Patriotic War.')).toBe(2024);
    // Armenia's independence: 1918 (first republic) or 1991
    expect(year('The 105th anniversary of the independence of Armenia was marked.')).toBe(2023);
    expect(year('The 32nd anniversary of the independence of Armenia was marked.')).toBe(2023);
  });
  it('needs the country for an independence day, and ignores unknown events', () => {
    expect(year('They marked the 30th anniversary of independence.')).toBeNull();
    expect(year('The company celebrated the 25th anniversary of its founding.')).toBeNull();
  });
  it('uses a weekday beside a date only with a year the text names as history', () => {
    expect(year('The ministers met on Tuesday, September 2. Trade grew by a fifth in 2024.')).toBe(2025);
    expect(year('В четверг, 5 июня, министры встретились. В 2024 году товарооборот вырос.')).toBe(2025);
    expect(year('Bakanlar 5 Haziran Perşembe günü bir araya geldi. 2024 yılında ticaret arttı.')).toBe(2025);
    // no floor: a weekday alone allows a year every five or six
    expect(year('The ministers met on Tuesday, September 2.')).toBeNull();
    // a target year is no floor
    expect(year('The ministers met on Tuesday, September 2. Trade should double by 2030.')).toBeNull();
  });
  it('returns null when clues disagree, and on bad input', () => {
    expect(year('The 80th anniversary of the Victory fell on Monday, September 2. It was 2024.')).toBeNull();
    expect(year('')).toBeNull();
    expect(documentYear(undefined as unknown as string)).toBeNull();
    expect(year('x'.repeat(100_000) + ' 1234th anniversary of')).toBeNull();
  });
});
