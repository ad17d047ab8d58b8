/**
 * Russian role phrases before a person's name. Russian writes the office in lower case, its
 * owner in the genitive and no "of": "президент Казахстана Касым-Жомарт Токаев", "глава МИД России
 * Сергей Лавров", "министр торговли и интеграции Казахстана Арман Шаккалиев", "пресс-секретарь
 * президента России Дмитрий Песков", "посол России в Казахстане Алексей Бородавкин", and after a
 * preposition the whole phrase is inflected ("с министром иностранных дел Казахстана …").
 * The head word is given in the nominative so that the title reads the same in every case
 * ("министром иностранных дел" -> "министр иностранных дел").
 */
import type { Tokens } from './mentions-tokens.js';
import type { FoundRole, OfTarget, RoleCtx } from './roles.js';

/** Head words of Russian titles: [nominative, folded case forms]. */
const HEADS: readonly (readonly [string, RegExp])[] = [
  ['президент', /^президент(?:а|у|ом|е)?$/],
  ['вице-президент', /^вице-президент(?:а|у|ом|е)?$/],
  ['премьер-министр', /^премьер-министр(?:а|у|ом|е)?$/],
  ['вице-премьер', /^вице-премьер(?:а|у|ом|е)?$/],
  ['министр', /^министр(?:а|у|ом|е)?$/],
  ['замминистра', /^замминистра$/],
  ['глава', /^глав(?:а|ы|е|у|ои|ою)$/],
  ['замглавы', /^замглавы$/],
  ['председатель', /^председател(?:ь|я|ю|ем|е)$/],
  ['зампред', /^зампред(?:а|у|ом|е)?$/],
  ['посол', /^(?:посол|посла|послу|послом|после)$/],
  ['постпред', /^постпред(?:а|у|ом|е)?$/],
  ['полпред', /^полпред(?:а|у|ом|е)?$/],
  ['спецпредставитель', /^спецпредставител(?:ь|я|ю|ем|е)$/],
  ['представитель', /^представител(?:ь|я|ю|ем|е)$/],
  ['пресс-секретарь', /^пресс-секретар(?:ь|я|ю|ем|е)$/],
  ['секретарь', /^секретар(?:ь|я|ю|ем|е)$/],
  ['генсек', /^генсек(?:а|у|ом|е)?$/],
  ['помощник', /^помощник(?:а|у|ом|е)?$/],
  ['советник', /^советник(?:а|у|ом|е)?$/],
  ['заместитель', /^заместител(?:ь|я|ю|ем|е)$/],
  ['руководитель', /^руководител(?:ь|я|ю|ем|е)$/],
  ['директор', /^директор(?:а|у|ом|е)?$/],
  ['спикер', /^спикер(?:а|у|ом|е)?$/],
  ['лидер', /^лидер(?:а|у|ом|е)?$/],
  ['начальник', /^начальник(?:а|у|ом|е)?$/],
  ['командующий', /^командующ(?:ии|его|ему|им|ем)$/],
  ['губернатор', /^губернатор(?:а|у|ом|е)?$/],
  ['аким', /^аким(?:а|у|ом|е)?$/],
  ['мэр', /^мэр(?:а|у|ом|е)?$/],
  ['депутат', /^депутат(?:а|у|ом|е)?$/],
  ['сенатор', /^сенатор(?:а|у|ом|е)?$/],
  ['канцлер', /^канцлер(?:а|у|ом|е)?$/],
  ['омбудсмен', /^омбудсмен(?:а|у|ом|е)?$/],
];

/**
 * Words that may stand inside a title besides its head: adjectives before it ("первый
 * заместитель", "официальный представитель") and the genitive portfolio or office after it
 * ("иностранных дел", "торговли и интеграции", "президента", "правительства").
 */
const INNER = new RegExp(
  '^(?:перв|втор|официальн|специальн|генеральн|постоянн|чрезвычайн|полномочн|бывш|нов|государственн|верховн|исполнительн|ответственн|' +
    'иностранн|дел$|обороны$|экономики$|торговли$|интеграции$|финансов$|энергетики$|юстиции$|внутренн|культуры$|здравоохранения$|' +
    'образования$|науки$|транспорта$|цифров|развития$|промышленности$|сельского$|хозяйства$|труда$|социальн|защиты$|населения$|' +
    'чрезвычайных$|ситуаций$|национальн|экономик|безопасности$|президента$|правительства$|администрации$|аппарата$|совета$|' +
    'кабинета$|министров$|палаты$|по$|и$|связям$|печати$|вопросам$|делам$|иностранными$|инвестиций$|природных$|ресурсов$|экологии$|' +
    'информации$|обществен|международн|внешн|политик|министра$|министерства$|ведомства$|комитета$|службы$|' +
    'вооруженн|вооружённ|сил$|водн|ирригации$|туризма$|спорта$|строительства$|просвещения$|сельскохозяйственн|таможенн)',
  'u',
);

/** the genitive of "the republic", "the country": an owner that is the country named before */
const RU_COUNTRY_ANAPHOR = /^(?:республики|страны)$/u;

/** Titles of a mission to a country: "посол России в Казахстане X" names the host after "в". */
const MISSION = new Set(['посол', 'постпред', 'полпред', 'спецпредставитель', 'представитель']);

const CYRILLIC = /^[\u0400-\u04FF-]+$/u;

/** "глава МИД России X": the head of a ministry named by its abbreviation is "глава МИД". */
const MINISTRY_ABBREVIATION =
  /^(?:МИД|Минобороны|МВД|Минфин|Минэкономики|Минэнерго|Минюст|Минтранс|Минздрав|Минпромторг)$/u;

/**
 * The token of "по" opening a portfolio phrase that ends right before token `p` + 1 ("по санкциям",
 * "по вопросам климата", "по чрезвычайным ситуациям"): one to four lower-case Cyrillic words, no
 * name among them. Returns -1 when there is none.
 */
function portfolioBefore(t: Tokens, last: number): number {
  for (let k = last; k >= 1 && last - k < 4; k--) {
    if (t.gap[k + 1] !== 0 || !CYRILLIC.test(t.raw[k]) || t.cap[k]) return -1;
    if (t.key[k - 1] === 'по' && t.gap[k] === 0) return k - 1;
  }
  return -1;
}

function headOf(key: string): string | null {
  for (const [nom, re] of HEADS) if (re.test(key)) return nom;
  return null;
}

/** Is token k a word of a title (lower case, or capitalised at the start of a sentence)? */
function titleWord(t: Tokens, k: number): boolean {
  return CYRILLIC.test(t.raw[k]) && (!t.cap[k] || t.sentStart[k]);
}

/**
 * The Russian role phrase ending right before the name that starts at token `p`, or [] (the
 * caller tries the other languages' readings then).
 */
export function ruPrefixRole(ctx: RoleCtx, p: number, nameEndChar: number): FoundRole[] {
  const { t, text } = ctx;
  if (p <= 0 || t.gap[p] !== 0) return [];
  let j = p - 1;
  let of: OfTarget | null = null;
  let host = -1;
  // "спецпредставитель ЕС по санкциям X", "спецпредставитель президента по вопросам климата X":
  // a portfolio after "по" (lower-case words) closes the title; the owner and head stand before it
  const portfolio = portfolioBefore(t, j);
  if (portfolio >= 0) j = portfolio - 1;
  // "в Казахстане": the host country of a mission, skipped (the mission's own country is the owner)
  if (j >= 1) {
    const c = ctx.candAt(j);
    const cd = c >= 0 ? ctx.cand(c) : null;
    if (cd && cd.b === j + 1 && cd.type === 'country' && cd.a >= 1 && /^во?$/u.test(t.key[cd.a - 1])) {
      host = cd.a - 1;
      j = cd.a - 2;
    }
  }
  // the owner in the genitive: a country or an organisation right before the name
  const c = j >= 0 ? ctx.candAt(j) : -1;
  let evFirst = -1;
  if (c >= 0) {
    const cd = ctx.cand(c);
    if (cd.b !== j + 1 || !['country', 'organization', 'media'].includes(cd.type)) return [];
    if (t.gap[cd.a] !== 0 && cd.a !== p) return [];
    of = { kind: 'cand', cand: c };
    evFirst = cd.a;
    j = cd.a - 1;
  } else if (host >= 0) return [];
  else if (j >= 1 && RU_COUNTRY_ANAPHOR.test(t.key[j]) && !t.cap[j]) {
    // "министр энергетики республики X", "глава МИД страны X": the country named before
    of = { kind: 'anaphor', tok: j, type: 'country' };
    evFirst = j;
    j--;
  }

  // the title: lower-case words back to a head word, with adjectives and portfolio words around it
  let ts = -1;
  let head = -1;
  for (let k = j; k >= 0 && j - k < 7; k--) {
    if (k < j && t.gap[k + 1] !== 0) break;
    if (ctx.candAt(k) >= 0 || !titleWord(t, k)) break;
    const key = t.key[k];
    if (headOf(key)) {
      head = k;
      ts = k;
      continue;
    }
    if (!INNER.test(key)) {
      // "министр по чрезвычайным ситуациям Казахстана": a portfolio after "по" inside the title
      const q = portfolioBefore(t, k);
      if (q < 0 || ctx.candAt(q) >= 0) break;
      ts = q;
      k = q;
      continue;
    }
    ts = k;
  }
  if (head < 0) return [];
  // adjectives before the head stay; portfolio words before it without a head are not the title
  while (ts < head && !/(?:ыи|ии|ои|ая|ого|его|ому|ему|ым|им|ом|ем|ую|ые|ых)$/u.test(t.key[ts])) ts++;
  const headNom = headOf(t.key[head])!;
  if (host >= 0 && !MISSION.has(headNom)) return [];
  const lastTitleTok = evFirst >= 0 ? evFirst - 1 : j;
  const before = ts < head ? text.slice(t.start[ts], t.start[head]) : '';
  const after = head < lastTitleTok ? text.slice(t.end[head], t.end[lastTitleTok]) : '';
  let title = `${before}${headNom}${after}`.toLowerCase();
  if (portfolio >= 0) title = `${title} ${text.slice(t.start[portfolio], t.end[p - 1]).toLowerCase()}`;
  if (of?.kind === 'cand' && !after && MINISTRY_ABBREVIATION.test(t.raw[ctx.cand(of.cand).a]))
    title = `${title} ${t.raw[ctx.cand(of.cand).a]}`;
  return [
    {
      title,
      titleTok: ts,
      of,
      extraOf: [],
      evStart: t.start[ts],
      evEnd: nameEndChar,
    },
  ];
}
