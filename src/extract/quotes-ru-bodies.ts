/**
 * Russian source phrases that name a body by what it is, not by its name: "сообщили в
 * пресс-службе госкорпорации", "отметили в пресс-службе компании", "как сообщили в ведомстве",
 * "представитель банка". The speaker is the organisation of that kind the text named before
 * ("Госкорпорация «Росатом»" … "в пресс-службе госкорпорации" is Rosatom), as English "the
 * company said" is the company named last (quotes-speaker.ts, GENERIC_BODIES).
 */

/** A voice of a body: its press service, representative, office (any case, "в" before it allowed). */
const VOICE =
  /^(?:(?:в|во|от|из)\s+)?(?:пресс-служб|пресс-центр|пресс-секретар|представител|официальн\p{L}*\s+представител|руководств|аппарат|администраци)\p{L}*\s+/u;

/**
 * Stems of generic body nouns (all cases) and what a name of that kind contains, so that "банка"
 * prefers the bank named before over a ministry named later.
 */
const BODIES: readonly (readonly [RegExp, RegExp])[] = [
  [/^(?:гос)?корпораци\p{L}*$/u, /корпорац|corporation|росатом|rosatom|ростех|rostec|роскосмос|roscosmos/iu],
  [/^(?:компани|концерн|холдинг|предприяти|групп)\p{L}*$/u, /./u],
  [/^банк(?:а|у|е|ом)?$/u, /банк|bank/iu],
  [
    /^(?:ведомств|министерств)\p{L}*$/u,
    /министерств|ministry|мид|мвд|минобороны|department|service|служб|комитет|committee|agency|агентств/iu,
  ],
  [/^агентств\p{L}*$/u, /агентств|agency/iu],
  [/^фонд(?:а|у|е|ом)?$/u, /фонд|fund/iu],
  [/^организаци\p{L}*$/u, /организац|organi[sz]ation/iu],
];

/**
 * What kind of body a Russian source phrase names generically, as a test on organisation names,
 * or null when the phrase names it otherwise (by name, by a person, or not at all).
 */
export function ruGenericBody(surface: string): RegExp | null {
  const low = surface.toLowerCase().replace(/\s+/g, ' ').trim();
  const rest = low.replace(VOICE, '').replace(/^(?:в|во)\s+/u, '');
  const words = rest.split(' ');
  if (words.length !== 1) return null;
  for (const [noun, kind] of BODIES) if (noun.test(words[0])) return kind;
  return null;
}
