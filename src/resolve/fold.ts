/**
 * Text keys for matching names. `fold` is the one normalisation every matcher uses, so that
 * "Türkiye", "TURKIYE" and "Turkiye" meet at one key, and `translit` brings Cyrillic names to
 * the Latin spelling the international press uses ("Токаев" -> "Tokaev").
 *
 * Both are total functions over any string (never throw) and run in one pass over the input
 * apart from the built-in `normalize`, so they are safe on hot paths.
 */

/**
 * Letters that NFKD does not decompose but that readers treat as a plain Latin letter.
 * Azerbaijani "ə" becomes "a" because that is how the press romanises it (Əliyev -> Aliyev).
 */
const LETTER_MAP: Record<string, string> = {
  ı: 'i',
  ł: 'l',
  ø: 'o',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ə: 'a',
  ħ: 'h',
  ŧ: 't',
  ŀ: 'l',
  ĸ: 'k',
  // apostrophe-like marks -> ASCII apostrophe
  '\u2018': "'",
  '\u2019': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u02BC': "'",
  '\u02BB': "'",
  '\u02B9': "'",
  '`': "'",
  '\u00B4': "'",
  // double quotes and guillemets -> ASCII double quote
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2033': '"',
  // dashes and minus signs -> hyphen-minus
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u2E3A': '-',
  '\uFE58': '-',
  '\uFE63': '-',
  '\uFF0D': '-',
};

// Combining marks (after NFKD) carry the diacritics we drop.
const COMBINING = /\p{M}/gu;
// Any run of whitespace, including NBSP and zero-width joiners treated as space.
const SPACES = /[\s\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]+/gu;
const MAPPABLE =
  /[ıłøßæœđðþəħŧŀĸ\u2018\u2019\u201B\u2032\u02BC\u02BB\u02B9`\u00B4\u201C-\u201F\u00AB\u00BB\u2033\u2010-\u2015\u2212\u2E3A\uFE58\uFE63\uFF0D]/gu;
const LEADING_THE = /^the /;

/**
 * The matching key of a string: NFKD, diacritics removed, lower-cased, Turkish dotless i and
 * other special letters mapped to ASCII, quotes/apostrophes/dashes unified, whitespace
 * collapsed and trimmed, and a leading "the " dropped ("The Kremlin" -> "kremlin").
 *
 * Cyrillic stays Cyrillic (use `translit` to reach Latin). Note that NFKD turns "й" into "и"
 * and "ё" into "е"; both sides of every comparison go through `fold`, so this is consistent.
 */
export function fold(s: string): string {
  if (!s) return '';
  const out = s
    .normalize('NFKD')
    .replace(COMBINING, '')
    .toLowerCase()
    .replace(MAPPABLE, (c) => LETTER_MAP[c] ?? c)
    .replace(SPACES, ' ')
    .trim();
  return out.replace(LEADING_THE, '');
}

/** Lower-case Cyrillic letter -> Latin spelling. */
const CYR: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  // Kazakh, Kyrgyz, Tajik, Bashkir/Tatar letters
  ә: 'a',
  ғ: 'g',
  қ: 'k',
  ң: 'ng',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  і: 'i',
  ҳ: 'h',
  ҷ: 'j',
  ӣ: 'i',
  ӯ: 'u',
  // Ukrainian / Belarusian
  є: 'ye',
  ї: 'yi',
  ґ: 'g',
  ў: 'u',
};

const CYRILLIC_CHAR = /[\u0400-\u04FF\u0500-\u052F]/u;
const CYRILLIC_RUN = /[\u0400-\u04FF\u0500-\u052F]/gu;

const LETTER = /\p{L}/u;
function isLetterAt(s: string, i: number): boolean {
  return i >= 0 && LETTER.test(s.charAt(i));
}

/** True when the string contains at least one Cyrillic letter. */
export function hasCyrillic(s: string): boolean {
  return CYRILLIC_CHAR.test(s);
}

/**
 * Press-style romanisation of Russian, Kazakh, Kyrgyz, Ukrainian, Belarusian and Tajik Cyrillic
 * (the simple spelling newswires use: Жапаров -> Zhaparov, Токаев -> Tokaev, Шойгу -> Shoygu,
 * Ереван -> Yerevan). An upper-case letter gives a capitalised output ("Ж" -> "Zh"), so names
 * keep their look; matching folds case anyway. Non-Cyrillic characters pass through unchanged.
 */
export function translit(s: string): string {
  if (!s || !CYRILLIC_CHAR.test(s)) return s;
  // NFC first so that "й" written as и + combining breve still maps to "y".
  const src = s.normalize('NFC');
  return src.replace(CYRILLIC_RUN, (c, offset: number) => {
    const lower = c.toLowerCase();
    // Word-initial "е" is "ye" in press spelling (Ереван -> Yerevan, Евгений -> Yevgeny).
    const t = lower === 'е' && !isLetterAt(src, offset - 1) ? 'ye' : CYR[lower];
    if (t === undefined) return c;
    if (c === lower || t.length === 0) return t;
    return t.charAt(0).toUpperCase() + t.slice(1);
  });
}

/** `fold(translit(s))`: the Latin key of a possibly Cyrillic string. */
export function foldLatin(s: string): string {
  return fold(translit(s));
}
