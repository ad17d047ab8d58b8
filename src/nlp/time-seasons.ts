/**
 * Seasons as time expressions: "in the spring", "the winter of 2022", "летом прошлого года",
 * "2024 yazında". Meteorological seasons: spring March–May, summer June–August, autumn
 * September–November, winter December–February.
 */
import {
  NL,
  NR,
  NULL_VALUE,
  addMonths,
  dayOf,
  inferYear,
  isoMonth,
  ymdOf,
  type Candidate,
  type Day,
  type Rule,
} from './time-calendar.js';

// Meteorological seasons: spring March–May, summer June–August, autumn September–November,
// winter December–February. A season stated with its year is that year's ("the winter of 2022"
// begins in December 2022); without one it is read like a month without a year, from its first
// month ("in the spring" of an August article is that year's spring). "Early"/"mid"/"late" keep
// its first, middle or last month.
type Season = 'spring' | 'summer' | 'autumn' | 'winter';
const SEASON_START: Record<Season, number> = { spring: 3, summer: 6, autumn: 9, winter: 12 };
type SeasonPart = 'early' | 'mid' | 'late' | null;
type SeasonWhich = 'this' | 'last' | 'next' | null;

/** The months [first, last] (as [year, month]) of the season beginning in year y. */
function seasonMonths(season: Season, y: number, part: SeasonPart): [[number, number], [number, number]] {
  const t0 = y * 12 + SEASON_START[season] - 1;
  const from = part === 'mid' ? t0 + 1 : part === 'late' ? t0 + 2 : t0;
  const to = part === 'early' ? t0 : part === 'mid' ? t0 + 1 : t0 + 2;
  const ym = (t: number): [number, number] => [Math.floor(t / 12), (t % 12) + 1];
  return [ym(from), ym(to)];
}

function season(
  name: Season,
  part: SeasonPart,
  yText: string | undefined,
  which: SeasonWhich,
): Omit<Candidate, 'start' | 'end'> {
  const stated = yText ? Number(yText) : null;
  return {
    kind: 'range',
    vague: false,
    anchors: false,
    yearOnly: which === null,
    resolve: (pub) => {
      let y: number | null = stated;
      if (y === null && pub !== null) {
        const sm = SEASON_START[name];
        const py = ymdOf(pub)[0];
        const startOf = (yy: number): Day => dayOf(yy, sm, 1);
        const endOf = (yy: number): Day => addMonths(startOf(yy), 3) - 1;
        if (which === null) y = inferYear(pub, sm, 1);
        else if (which === 'this') y = name === 'winter' && pub <= endOf(py - 1) ? py - 1 : py;
        else if (which === 'last') y = endOf(py) < pub ? py : endOf(py - 1) < pub ? py - 1 : py - 2;
        else y = startOf(py) > pub ? py : py + 1;
      }
      if (y === null) return NULL_VALUE;
      const [[y0, m0], [y1, m1]] = seasonMonths(name, y, part);
      return { start: isoMonth(y0, m0), end: isoMonth(y1, m1) };
    },
  };
}
const EN_SEASON: Record<string, Season> = {
  spring: 'spring',
  summer: 'summer',
  autumn: 'autumn',
  fall: 'autumn',
  winter: 'winter',
};
const RU_SEASON: Record<string, Season> = {
  весной: 'spring',
  летом: 'summer',
  осенью: 'autumn',
  зимой: 'winter',
};
const TR_SEASON: Record<string, Season> = {
  ilkbahar: 'spring',
  bahar: 'spring',
  yaz: 'summer',
  sonbahar: 'autumn',
  kış: 'winter',
};
const whichOf = (w: string | undefined): SeasonWhich => {
  const k = (w ?? '').toLocaleLowerCase('tr');
  if (/^(?:this|current|эт|текущ|bu)/.test(k)) return 'this';
  if (/^(?:last|past|previous|прошл|geçen)/.test(k)) return 'last';
  if (/^(?:next|coming|следующ|будущ|gelecek|önümüzdeki)/.test(k)) return 'next';
  return null;
};

/** Russian and Turkish season expressions. */
export const SEASON_RULES_RU_TR: Rule[] = [
  // "весной", "летом 2024 года", "этой осенью", "прошлой зимой", "весной прошлого года"
  {
    re: new RegExp(
      String.raw`${NL}(?:(этой|этим|прошлой|прошлым|следующей|следующим|будущей|будущим)\s+)?(весной|летом|осенью|зимой)(?:\s+(\d{4})(?:\s*(?:года|г\.))?|\s+(этого|текущего|прошлого|следующего)\s+года)?${NR}`,
      'giu',
    ),
    build: (m) => {
      const name = RU_SEASON[m[2].toLowerCase()];
      if (m[4]) {
        // "летом прошлого года": the season of the previous / this / next calendar year
        const off = whichOf(m[4]) === 'last' ? -1 : whichOf(m[4]) === 'next' ? 1 : 0;
        return {
          ...season(name, null, undefined, null),
          yearOnly: false,
          resolve: (pub) =>
            pub === null
              ? NULL_VALUE
              : season(name, null, String(ymdOf(pub)[0] + off), null).resolve(pub, null),
        };
      }
      return season(name, null, m[3], whichOf(m[1]));
    },
  },
  // "bu yaz", "geçen kış", "2024 yazında", "ilkbaharda", "sonbahar aylarında"
  {
    re: new RegExp(
      String.raw`${NL}(?:(bu|geçen|gelecek|önümüzdeki)\s+(ilkbahar|sonbahar|bahar|yaz|kış)(?:[ıi]n|da|de|ta|te)?|(\d{4})\s+(ilkbahar|sonbahar|yaz|kış)[ıi]nda|(ilkbahar|sonbahar|kış)(?:da|ta|ın)|(ilkbahar|sonbahar|yaz|kış)\s+aylarında)${NR}`,
      'giu',
    ),
    build: (m) => {
      const word = (m[2] ?? m[4] ?? m[5] ?? m[6]).toLocaleLowerCase('tr');
      return season(TR_SEASON[word], null, m[3], whichOf(m[1]));
    },
  },
];

/** English season expressions: "in the spring", "this summer", "last autumn", "the winter of 2022", "early spring 2024", "fall 2023" */
export const SEASON_RULE_EN: Rule = {
  re: /\b(?:(?:(the|this|last|next|past|coming|previous|current)\s+)?(?:(early|mid|late)[-\s]+)?(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(\d{4}))?)\b/gi,
  build: (m) => {
    const word = m[3];
    // the preposition before stays out of the span but licenses a bare season ("in summer")
    const prep = /\b(in|during|by|until|till|since|through|throughout|over|for)\s+$/i.exec(
      m.input.slice(Math.max(0, m.index - 12), m.index),
    )?.[1];
    // lower case unless a year follows ("Spring 2024"), so "the Arab Spring" is no season; a bare
    // season word needs a determiner, preposition or year ("spring" may be a noun or verb), and
    // "fall" a determiner or year ("prices fall in winter")
    if (word !== word.toLowerCase() && !m[4]) return null;
    const lw = word.toLowerCase();
    if (!m[1] && !m[4] && (lw === 'fall' || !prep)) return null;
    if (prep?.toLowerCase() === 'since') return null;
    // "the fall of Kabul" is no autumn
    if (lw === 'fall' && !m[4] && /^\s+of\b/i.test(m.input.slice(m.index + m[0].length))) return null;
    const part = (m[2]?.toLowerCase() ?? null) as SeasonPart;
    return season(EN_SEASON[lw], part, m[4], m[1] ? whichOf(m[1]) : null);
  },
};
