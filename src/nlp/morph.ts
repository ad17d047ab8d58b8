/**
 * Light inflection handling for matching names in Russian and Turkish text.
 *
 * Russian: names and countries are inflected for case ("Казахстана", "Казахстане", "России",
 * "Токаевым"). Instead of a full morphological analyser, `ruBaseForms` maps an inflected word
 * to the few nominative forms it can come from by undoing one case ending ("России" ->
 * "Россия"; "Анкаре" -> "Анкара" or "Анкар"). Matchers compare those candidates with the
 * (nominative) gazetteer forms, so over-generation only costs a lookup: a candidate that is not
 * a gazetteer word never matches anything. The word itself is never among the candidates.
 *
 * The input is a `fold()`-ed key (lower case, no diacritics), in which "й" has become "и" and
 * "ё" has become "е"; the endings below are written in that folded form ("ии" is "ий").
 *
 * Turkish: proper names take case and possessive suffixes after an apostrophe ("Türkiye'nin",
 * "Kazakistan'a", "Erdoğan'ın"). `turkishSuffixAt` recognises such a suffix so the tokenizer
 * can keep the name without it, as it does with the English possessive "'s".
 */

/** [folded ending, replacements] — longest endings first. Adjective endings give the "-ий/-ый/-ой" forms. */
const RU_ENDINGS: [string, string[]][] = [
  // adjectives (folded: ий -> ии, ый -> ыи, ой -> ои)
  ['ского', ['скии']],
  ['скому', ['скии']],
  ['ском', ['скии']],
  ['ским', ['скии']],
  ['ская', ['скии']],
  ['скои', ['скии', 'ская']],
  ['скую', ['скии']],
  ['ские', ['скии']],
  ['ских', ['скии']],
  ['скими', ['скии']],
  ['ого', ['ыи', 'ии', 'ои', 'ое']],
  ['его', ['ии', 'ее']],
  ['ому', ['ыи', 'ои']],
  ['ему', ['ии']],
  ['ыми', ['ыи', 'ые']],
  ['ими', ['ии', 'ие']],
  ['ых', ['ыи', 'ые']],
  ['ая', ['ыи', 'ои']],
  ['яя', ['ии']],
  ['ую', ['ыи', 'ои', 'ая']],
  ['юю', ['ии']],
  // nouns in -ия: Россия, Турция, Киргизия, Организация
  ['иеи', ['ия']],
  ['ию', ['ия']],
  ['ии', ['ия', 'ие', 'ии']],
  // surnames in -ов/-ев/-ин and nouns ending in a consonant
  ['ым', ['', 'ыи']],
  ['им', ['', 'ии']],
  // (and the masculine adjective: "Южном" <- Южный)
  ['ом', ['', 'о', 'ыи', 'ои']],
  ['ем', ['', 'ь', 'и', 'е', 'ии']],
  // (and the feminine soft adjective: "Средней" <- Средняя)
  ['еи', ['я', 'ь', 'ия', 'яя', 'и']],
  // (and the feminine adjective: "Центральной" <- Центральная)
  ['ои', ['а', 'ыи', 'ои', '', 'ая']],
  ['ою', ['а']],
  ['ам', ['', 'а', 'ы']],
  ['ах', ['', 'а', 'ы']],
  ['ами', ['', 'а', 'ы']],
  // plural-only names in -ия/-ости ("Известиям" <- Известия, "Ведомостям" <- Ведомости)
  ['ям', ['я', 'и', 'ь']],
  ['ях', ['я', 'и', 'ь']],
  ['ями', ['я', 'и', 'ь']],
  ['ов', ['', 'ы']],
  // nouns in -ай/-уй after a vowel ("Китае", "Китаю", "Дубае" <- Китай, Дубай; folded й is и)
  ['ае', ['аи']],
  ['аю', ['аи']],
  // single-letter endings
  ['а', ['', 'ь']],
  ['я', ['ь', 'и']],
  ['у', ['', 'а']],
  ['ю', ['ь', 'я']],
  ['е', ['', 'а', 'я', 'ь']],
  ['ы', ['а', '']],
  ['и', ['а', 'я', 'ь', '']],
];

/** Minimum letters left after removing an ending (so "Ома" never becomes "ом"). */
const MIN_STEM = 3;
const CYR_WORD = /^[\u0400-\u04FF-]+$/;

const memo = new Map<string, readonly string[]>();
const EMPTY: readonly string[] = [];

/**
 * Possible nominative forms of a folded Russian word (without the word itself). Cheap and
 * memoised; returns [] for non-Cyrillic input.
 */
export function ruBaseForms(folded: string): readonly string[] {
  if (!folded || folded.length < MIN_STEM + 1) return EMPTY;
  const hit = memo.get(folded);
  if (hit) return hit;
  if (!CYR_WORD.test(folded)) return EMPTY;
  const out: string[] = [];
  for (const [end, reps] of RU_ENDINGS) {
    if (!folded.endsWith(end)) continue;
    const stem = folded.slice(0, folded.length - end.length);
    if (stem.length < MIN_STEM) continue;
    for (const r of reps) {
      const f = stem + r;
      if (f !== folded && !out.includes(f)) out.push(f);
    }
  }
  const res = out.length ? out : EMPTY;
  if (memo.size >= 50_000) memo.clear();
  memo.set(folded, res);
  return res;
}

/**
 * The nominative of a Russian person-name token when the ending is unambiguous, else the token:
 * surnames in -ов/-ев/-ин with an oblique ending ("Кулубаевым", "Токаеву", "Путиным",
 * "Лаврове") and consonant-final names of 5+ letters in the instrumental ("Мухриддином"; "Рустем" stays). Ambiguous forms
 * ("Петрова": a woman, or Petrov's) are left alone. Case is kept ("Токаевым" -> "Токаев").
 */
export function ruNameNominative(token: string): string {
  if (!CYR_WORD.test(token) || token.length < 5) return token;
  const m = /^(.{2,}?(?:ов|ев|ёв|ин|ын))(?:ым|ом|у|е)$/u.exec(token);
  if (m) return m[1];
  // a woman's surname in an oblique case ("с Мариной Ковалевой" -> "Ковалева"): -ой is never
  // a case of the masculine -ов, so it is unambiguous too
  const f = /^(.{2,}?(?:ов|ев|ёв|ин|ын))ой$/u.exec(token);
  if (f) return `${f[1]}а`;
  const inst = /^(.{4,}[бвгджзклмнпрстфхцчшщ])(ом|ем)$/u.exec(token);
  // "-ем" after a consonant that can be soft is a soft stem's ("Вадефулем" <- Вадефуль); after a
  // hushing consonant or "ц" a hard one's ("Шольцем" <- Шольц)
  if (inst) return inst[2] === 'ем' && !/[жцчшщ]$/u.test(inst[1]) ? `${inst[1]}ь` : inst[1];
  return token;
}

/**
 * A woman's given name in the instrumental, genitive or dative ("Антонеллой", "Натальей",
 * "Марией") as its nominative, for a name whose surname does not decline ("с Антонеллой Бассани",
 * "Марией Ковальчук") and so shows no case of its own; any other token stays as it is. Only
 * endings no nominative given name has are undone ("Сергей", "Андрей" stay).
 */
export function ruFeminineGivenNominative(token: string): string {
  if (!CYR_WORD.test(token) || token.length < 4) return token;
  if (/[бвгдзклмнпрстфх]ой$/u.test(token)) return `${token.slice(0, -2)}а`;
  if (/[ьи]ей$/u.test(token)) return `${token.slice(0, -2)}я`;
  return token;
}

/**
 * A Russian given name or patronymic in the case its surname shows (`surnameEnding`, from
 * `ruCaseEnding`): "Сергею Копыркину" -> "Сергей", "Ильхаму Алиеву" -> "Ильхам", "Сергеем
 * Лавровым" -> "Сергей", "о Сергее Копыркине" -> "Сергей"; any other token stays as it is.
 */
export function ruGivenNominative(token: string, surnameEnding: string): string {
  if (!CYR_WORD.test(token) || token.length < 4) return token;
  const vowel = /[аеиоуыэюя]$/u;
  const cut = (end: string, afterVowel: string) => {
    if (!token.endsWith(end)) return null;
    const stem = token.slice(0, -end.length);
    return vowel.test(stem) ? stem + afterVowel : stem;
  };
  const byCase: Record<string, [string, string][]> = {
    у: [
      ['ю', 'й'],
      ['у', ''],
    ],
    е: [['е', 'й']],
    ым: [
      ['ем', 'й'],
      ['ом', ''],
    ],
    ом: [
      ['ем', 'й'],
      ['ом', ''],
    ],
    ем: [
      ['ем', 'й'],
      ['ом', ''],
    ],
  };
  if (surnameEnding === 'ой') {
    // a woman's given name in the case of her surname in -ой (genitive, dative, instrumental,
    // prepositional): "Мариной", "Марины", "Марине" -> "Марина"; "Натальей", "Натальи" ->
    // "Наталья"; "Марии" -> "Мария"; "Ольги" -> "Ольга"; an indeclinable one ("Айгуль") stays
    const fem: [RegExp, string][] = [
      [/ой$/u, 'а'],
      [/ей$/u, 'я'],
      [/([ьи])и$/u, '$1я'],
      [/([гкх])и$/u, '$1а'],
      [/ы$/u, 'а'],
      [/([бвдзлмнпрстф])е$/u, '$1а'],
    ];
    for (const [re, rep] of fem) if (re.test(token)) return token.replace(re, rep);
    return token;
  }
  for (const [end, afterVowel] of byCase[surnameEnding] ?? []) {
    // "Игорем" -> "Игорь": "-ем" after a consonant that can be soft was a soft sign's
    if (end === 'ем' && token.endsWith(end) && /[бвдзлмнпрстф]ем$/u.test(token))
      return `${token.slice(0, -2)}ь`;
    const n = cut(end, afterVowel);
    // "Ивану" -> "Иван" but "Сергею" -> "Сергей": a vowel before the ending was a "й"
    if (n !== null && (afterVowel || !vowel.test(n))) return n.length >= 3 ? n : token;
  }
  return token;
}

/**
 * The masculine nominative that a Russian full name in -ова/-ева/-ина/-ына may be the genitive or
 * accusative of ("Ерлана Сапарова" -> ["Ерлан", "Сапаров"], "Сергея Петрова" -> ["Сергей",
 * "Петров"], "Игоря Исаева" -> ["Игорь", "Исаев"]), or null. The same letters also spell a
 * woman's nominative ("Мария Петрова"), which is why `ruNameNominative` leaves them alone: a
 * caller uses this reading only when a man of that nominative name is in the same document.
 * Every name word before the surname (given name, patronymic) must be in the genitive too.
 */
export function ruGenitiveNameNominative(tokens: readonly string[]): string[] | null {
  if (tokens.length < 1 || !tokens.every((t) => CYR_WORD.test(t))) return null;
  const surname = tokens[tokens.length - 1];
  if (!/^\p{Lu}.{2,}(?:ов|ев|ёв|ин|ын)а$/u.test(surname)) return null;
  const out: string[] = [];
  for (const t of tokens.slice(0, -1)) {
    let n: string | null = null;
    // "Ерлана" -> "Ерлан", "Викторовича" -> "Викторович"
    if (/[бвгджзклмнпрстфхцчшщ]а$/u.test(t)) n = t.slice(0, -1);
    // "Сергея" -> "Сергей", "Игоря" -> "Игорь"
    else if (/[аеиоуэюя]я$/u.test(t)) n = `${t.slice(0, -1)}й`;
    else if (/[бвгджзклмнпрстфхч]я$/u.test(t)) n = `${t.slice(0, -1)}ь`;
    if (n === null || n.length < 3) return null;
    out.push(n);
  }
  out.push(surname.slice(0, -1));
  return out;
}

/**
 * The ending that `ruNameNominative` removed from `token` ("ым" for "Кулубаевым"), or "" when
 * none; lets a caller strip the same case ending from the given name before it.
 */
export function ruCaseEnding(token: string): string {
  const n = ruNameNominative(token);
  if (n === token) return '';
  if (n.endsWith('ь') && token.endsWith('ем')) return 'ем';
  return n.length === token.length - 1 && token.endsWith('ой') ? 'ой' : token.slice(n.length);
}

/**
 * Turkish case/possessive suffixes written after an apostrophe on proper names (vowel-harmony
 * variants included): dative 'a/'e/'ya/'ye, locative 'da/'de/'ta/'te, ablative 'dan/'den/'tan/
 * 'ten, genitive 'ın/'in/'un/'ün/'nın/'nin/'nun/'nün, accusative 'ı/'i/'u/'ü/'yı/'yi/'yu/'yü,
 * instrumental 'la/'le/'yla/'yle, relative -ki forms, plural+case and a few common stacks. After
 * a name ending in a possessive vowel ("Bakanlığı", "Konseyi", "Senatosu") the cases take a
 * buffer n: 'na/'ne, 'nda/'nde, 'ndan/'nden, 'ndaki ("Dışişleri Bakanlığı'ndan").
 */
const TR_SUFFIX =
  /^(?:y?[ae]|n[ae]|nd[ae]|nd[ae]n|nd[ae]ki|[dt][ae]|[dt][ae]n|n?[ıiuü]n|y?[ıiuü]|y?l[ae]|[dt][ae]ki|n?[ıiuü]nki|l[ae]r|l[ae]r[ıi]|l[ae]r[ıi]n|l[ae]r[ıi]nd[ae]|n?[ıiuü]nd[ae]|n?[ıiuü]nd[ae]n|n?[ıiuü]n[ae]|n?[ıiuü]|c[ae]|ç[ae]|s[ıiuü]|s[ıiuü]n[ae]|s[ıiuü]nd[ae]|s[ıiuü]n[ıiuü]|d[ıiuü]r|t[ıiuü]r)$/u;

/** True when `suffix` (the letters after an apostrophe, lower case) is a Turkish name suffix. */
export function isTurkishSuffix(suffix: string): boolean {
  return suffix.length > 0 && suffix.length <= 7 && TR_SUFFIX.test(suffix.toLocaleLowerCase('tr'));
}
