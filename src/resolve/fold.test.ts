import { describe, expect, it } from 'vitest';
import { fold, foldLatin, hasCyrillic, translit } from './fold.js';

describe('fold', () => {
  it('removes diacritics and maps special letters', () => {
    expect(fold('Türkiye')).toBe('turkiye');
    expect(fold('Mevlüt Çavuşoğlu')).toBe('mevlut cavusoglu');
    expect(fold('Hisarcıklıoğlu')).toBe('hisarciklioglu');
    expect(fold('İstanbul')).toBe('istanbul');
    expect(fold('Łódź')).toBe('lodz');
    expect(fold('Straße')).toBe('strasse');
    expect(fold('Ørsted')).toBe('orsted');
    expect(fold('İlham Əliyev')).toBe('ilham aliyev');
  });
  it('unifies quotes, apostrophes and dashes and collapses whitespace', () => {
    expect(fold('People’s  Republic\u00A0of China')).toBe("people's republic of china");
    expect(fold('Nur–Sultan')).toBe('nur-sultan');
    expect(fold('«ОДКБ»')).toBe('"одкб"');
    expect(fold('  a \t b\n')).toBe('a b');
  });
  it('drops a leading "the" only at the start', () => {
    expect(fold('The Kremlin')).toBe('kremlin');
    expect(fold('the  Gambia')).toBe('gambia');
    expect(fold('Theodore')).toBe('theodore');
    expect(fold('Bank of the West')).toBe('bank of the west');
  });
  it('keeps Cyrillic and is total on empty input', () => {
    expect(fold('Токаев')).toBe('токаев');
    expect(fold('')).toBe('');
  });
});

describe('translit', () => {
  it('romanises Russian press-style', () => {
    expect(translit('Жапаров')).toBe('Zhaparov');
    expect(translit('Токаев')).toBe('Tokaev');
    expect(translit('Шойгу')).toBe('Shoygu');
    expect(translit('Хабаровск')).toBe('Khabarovsk');
    expect(translit('Щукин')).toBe('Shchukin');
    expect(translit('Цой')).toBe('Tsoy');
    expect(translit('Ереван')).toBe('Yerevan');
    expect(translit('Медведев')).toBe('Medvedev');
  });
  it('covers Kazakh and Kyrgyz letters', () => {
    expect(translit('Қасым-Жомарт Тоқаев')).toBe('Kasym-Zhomart Tokaev');
    expect(translit('Өскемен')).toBe('Oskemen');
    expect(translit('Үкімет')).toBe('Ukimet');
    expect(translit('Ұлы')).toBe('Uly');
    expect(translit('Әлем')).toBe('Alem');
    expect(translit('Ғалым')).toBe('Galym');
    expect(translit('Шыңғыс')).toBe('Shynggys');
    expect(translit('Һ')).toBe('H');
  });
  it('leaves Latin text unchanged', () => {
    expect(translit('Tokayev')).toBe('Tokayev');
    expect(hasCyrillic('Tokayev')).toBe(false);
    expect(hasCyrillic('Tokayev (Токаев)')).toBe(true);
  });
  it('foldLatin reaches Latin keys', () => {
    expect(foldLatin('ТОКАЕВ')).toBe('tokaev');
    expect(foldLatin('Андрей')).toBe('andrey');
  });
});
