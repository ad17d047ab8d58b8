/**
 * Relation constructions beyond the first set in relations.ts, one sentence at a time:
 * - English appositions and possessives of alliance ("Belarus, Russia's closest ally",
 *   "Armenia, long a Russian ally", "Russia, a close ally of Belarus", "Moscow's ally Minsk",
 *   "Azerbaijan and Turkey, strategic partners that …"), naming ("calling China a strategic
 *   partner", "described Ukraine as an ally"), partnerships with ("its strategic partnership with
 *   China", "X and Y upgraded their ties to a strategic partnership"), "allied with";
 * - English conflicts: "has been at war with", "X, which is at war with Y", "X and Y fought two
 *   wars", "X and Y clashed", "fought a war against Y", and hyphenated pairs ("the
 *   Armenia-Azerbaijan conflict", "the Russian-Ukrainian war", "the Kazakh-Chinese partnership");
 * - English memberships: "Turkey is a NATO member", "CSTO member Armenia", "X's membership in Y";
 *   parties: "X, a senior figure in the Y party", "X, the founder of the ruling Y party",
 *   "X of the Y party", "X's Y party";
 * - Russian: "являются стратегическими партнерами", "X — ближайший союзник Y", "конфликт между X
 *   и Y", "российско-украинский конфликт", "является членом ОДКБ и ЕАЭС", "статус наблюдателя в Y",
 *   "назвал Y стратегическим партнером";
 * - Turkish: "X ve Y stratejik ortaktır", "X, Y'nin müttefikidir", "Rusya-Ukrayna savaşı",
 *   "X ile Y arasındaki çatışma", "NATO üyesi X", "Y'nda gözlemci statüsü".
 * Every participant is a candidate of the sentence (a mention, a demonym phrase, a capital standing
 * for its country), so every relation points at the document's entities; the evidence is the
 * sentence.
 */
import type { EntityType, RelationType, Sentence } from '../model/index.js';
import type { Candidate } from './events-participants.js';

export type RelationSentence = {
  text: string;
  sentence: Sentence;
  /** the sentence's candidates that are not mere modifiers, in text order */
  inS: readonly Candidate[];
  /** every candidate of the sentence, modifiers included ("Russian" in "Russian-Ukrainian") */
  all: readonly Candidate[];
  typeOf: (ref: string) => EntityType | undefined;
  /** a person's country from their roles, else null */
  personCountry: (ref: string) => string | null;
  /** whether the organization is a political party (gazetteer kind or its name) */
  isParty: (c: Candidate) => boolean;
  add: (type: RelationType, fromRef: string, toRef: string) => void;
};

const ADJ = String.raw`(?:[\p{Ll}-]+\s+){0,3}?`;
/** up to two modifiers, never a verb, article or pronoun ("closest", "long-standing strategic") */
const MODS = String.raw`(?:(?!(?:is|are|was|were|be|been|a|an|the|our|its|their|his|her|and|or|of|to|as)\s)[\p{Ll}-]+\s+){0,2}`;
/** a relative clause's copula before an apposition's noun: "Russia, which has long been …" */
const WHICH_IS = String.raw`(?:(?:which|who)\s+(?:(?:has|have|had)\s+(?:long\s+|always\s+)?been|is|are|was|were|remains?|remained)\s+)?`;
const ALLY_NOUN = /\b(ally|allies|partner|partners)\b/giu;
const typeWord = (w: string): RelationType => (/^(?:all|союз|müttefik)/iu.test(w) ? 'ally_of' : 'partner_of');

/** The last candidate of `pool` (in text order) that ends at or before `pos`. */
export function lastEndingBefore(pool: readonly Candidate[], pos: number): Candidate | null {
  for (let k = pool.length - 1; k >= 0; k--) if (pool[k].end <= pos) return pool[k];
  return null;
}

/** The first candidate of `pool` (in text order) that starts at or after `pos`. */
export function firstStartingAfter(pool: readonly Candidate[], pos: number): Candidate | null {
  return pool.find((c) => c.start >= pos) ?? null;
}

export function moreRelations(r: RelationSentence): void {
  const { text, sentence: s } = r;
  const st = text.slice(s.start, s.end);
  const country = (c: Candidate | null | undefined): c is Candidate =>
    !!c && r.typeOf(c.actorRef) === 'country';
  const isOrg = (c: Candidate | null | undefined): c is Candidate =>
    !!c && r.typeOf(c.actorRef) === 'organization';
  /** the candidate ending right before `pos` with only `gap` between (tested on the text between) */
  const endingBefore = (pos: number, gap: RegExp, pool: readonly Candidate[] = r.inS) => {
    const c = lastEndingBefore(pool, pos);
    return c && gap.test(text.slice(c.end, pos)) ? c : null;
  };
  /** the candidate starting right after `pos` with only `gap` between */
  const startingAfter = (pos: number, gap: RegExp, pool: readonly Candidate[] = r.inS) => {
    const c = firstStartingAfter(pool, pos);
    return c && gap.test(text.slice(pos, c.start)) ? c : null;
  };
  /** the Russian list of bodies opening at `pos` ("ОДКБ, ШОС и ЕАЭС"), in text order */
  const ruBodiesFrom = (pos: number): Candidate[] => {
    const out: Candidate[] = [];
    for (let org = startingAfter(pos, /^$/u); isOrg(org); org = startingAfter(org.end, /^\s*(?:,|и)\s*$/u))
      out.push(org);
    return out;
  };
  /** "X and Y" / "X ve Y" / "X и Y" ending right before `pos`: the two coordinated countries */
  const pairBefore = (pos: number, gap: RegExp): [Candidate, Candidate] | null => {
    const b = endingBefore(pos, gap);
    if (!country(b)) return null;
    const a = endingBefore(b.start, /^\s*(?:and|и|ve|ile)\s+(?:the\s+)?$/iu);
    return country(a) && a.actorRef !== b.actorRef ? [a, b] : null;
  };
  /**
   * Whose relation it is: the nearest country before `pos` (or the country of the nearest person
   * holding an office of one) — "Yerevan may reconsider its membership", "Japarov thanked Beijing,
   * calling China …" (China itself skipped) — not the sentence's first name, which is often a
   * demonym of something else ("in an interview with a British publication, …").
   */
  const subjectBefore = (pos: number, not?: string): string | null => {
    for (let k = r.inS.length - 1; k >= 0; k--) {
      const c = r.inS[k];
      if (c.start >= pos) continue;
      if (country(c) && c.actorRef !== not) return c.actorRef;
      if (r.typeOf(c.actorRef) === 'person') {
        const pc = r.personCountry(c.actorRef);
        if (pc && pc !== not) return pc;
      }
    }
    return null;
  };
  /** the sentence's opening country ("Uzbekistan received observer status in …") */
  const subjectCountry = (pos: number): Candidate | null => {
    const first = r.inS[0];
    return first && first.start < pos && country(first) && /^\s*$/u.test(text.slice(s.start, first.start))
      ? first
      : null;
  };
  const each = (re: RegExp, fn: (m: RegExpExecArray, abs: number) => void) => {
    re.lastIndex = 0;
    for (let m = re.exec(st); m; m = re.exec(st)) fn(m, s.start + m.index);
  };

  // ---------------------------------------------------------------- English alliance nouns
  each(ALLY_NOUN, (m, abs) => {
    const type = typeWord(m[1]);
    const end = abs + m[0].length;
    // the owner just before the noun: "Russia's closest ally", "a Russian ally", "its ally"
    const owner = endingBefore(abs, new RegExp(String.raw`^(?:[’']s)?\s+${MODS}$`, 'u'), r.all);
    const possessive = owner && /^[’']s/u.test(text.slice(owner.end, owner.end + 2));
    const demonymOwner = owner && !possessive && /^\p{Lu}/u.test(text.slice(owner.start, owner.end));
    if (country(owner) && (possessive || demonymOwner)) {
      // "Belarus, Russia's closest ally," / "Armenia, long a Russian ally," / "Russia, which has long
      // been Armenia's main ally,"
      const head = endingBefore(
        owner.start,
        new RegExp(
          String.raw`^,\s+${WHICH_IS}(?:(?:long|once|still|now|also|both)\s+)?(?:an?\s+|the\s+)?$`,
          'iu',
        ),
      );
      // "Moscow's ally Minsk"
      const after = startingAfter(end, /^\s+$/u);
      // "Belarus is Russia's closest ally"
      const subj = endingBefore(
        owner.start,
        /^\s+(?:is|are|was|were|remains?|remained|has\s+been|have\s+been|became)\s+(?:(?:long|still|also|now)\s+)?(?:an?\s+|the\s+)?$/iu,
      );
      for (const other of [head, after, subj])
        if (country(other) && other.actorRef !== owner.actorRef) r.add(type, other.actorRef, owner.actorRef);
      return;
    }
    // "Russia, a close ally of Belarus," — "of Y" after the noun, the head before the comma
    const of = startingAfter(end, /^\s+of\s+(?:the\s+)?$/iu);
    if (country(of)) {
      const head = endingBefore(
        abs,
        new RegExp(
          String.raw`^,\s+${WHICH_IS}(?:(?:long|once|still|now|also)\s+)?(?:an?\s+|the\s+)?${ADJ}$`,
          'u',
        ),
      );
      if (country(head) && head.actorRef !== of.actorRef) r.add(type, head.actorRef, of.actorRef);
    }
    // "Azerbaijan and Turkey, strategic partners that …" / "… are both allies"
    if (/s$/iu.test(m[1])) {
      const pair = pairBefore(abs, new RegExp(String.raw`^,\s+(?:both\s+)?${ADJ}$`, 'u'));
      if (pair) r.add(type, pair[0].actorRef, pair[1].actorRef);
    }
  });

  // "calling China a strategic partner", "described Ukraine as an ally", "sees Turkey as its partner"
  each(
    /\b(?:call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|nam(?:e|es|ed|ing)|consider(?:s|ed|ing)?|sees|seeing|saw|view(?:s|ed|ing)?|regard(?:s|ed|ing)?|hail(?:s|ed|ing)?|praised)\s+/giu,
    (m, abs) => {
      const y = startingAfter(abs + m[0].length, /^(?:the\s+)?$/iu);
      if (!country(y)) return;
      const rest = text.slice(y.end, Math.min(s.end, y.end + 80));
      const n = new RegExp(
        String.raw`^\s+(?:as\s+)?(?:an?\s+|its\s+|their\s+|our\s+|his\s+|her\s+|the\s+)?${ADJ}["“‘']?(?:[\p{Ll}-]+\s+)?(ally|allies|partner|partners)\b["”’']?(\s+of\s+(?:the\s+)?)?`,
        'u',
      ).exec(rest);
      if (!n) return;
      const tail = y.end + n[0].length;
      const ofC = n[2] ? startingAfter(tail, /^$/u) : null;
      const owner = country(ofC) ? ofC.actorRef : subjectBefore(abs, y.actorRef);
      if (owner && owner !== y.actorRef) r.add(typeWord(n[1]), y.actorRef, owner);
    },
  );

  // "its strategic partnership with China", "Kazakhstan's partnership with Turkey", "allied with"
  each(
    /\b(?:(?:strategic|comprehensive|privileged|special|enhanced|long-term|military|close|all-round|allied|deep(?:er)?|strong(?:er)?)\s+|and\s+)*(partnership|alliance)\s+(?:(?:agreement|treaty|pact|declaration|ties|relations)\s+)?with\s+(?:the\s+)?|\ballied\s+(?:closely\s+)?with\s+(?:the\s+)?/giu,
    (m, abs) => {
      const y = startingAfter(abs + m[0].length, /^$/u);
      if (!country(y)) return;
      const own = endingBefore(abs, /^[’']s\s+$/u);
      const owner = country(own) ? own.actorRef : subjectBefore(abs, y.actorRef);
      if (owner && owner !== y.actorRef)
        r.add(m[1] && /^partner/iu.test(m[1]) ? 'partner_of' : 'ally_of', owner, y.actorRef);
    },
  );
  // "Uzbekistan and China upgraded their ties to a comprehensive strategic partnership"
  each(/\b(partnership|alliance)\b(?!\s+(?:(?:agreement|treaty|pact)\s+)?(?:with|between))/giu, (m, abs) => {
    const first = r.inS[0];
    const second = r.inS[1];
    if (!country(first) || !country(second) || first.actorRef === second.actorRef || second.start > abs)
      return;
    if (!/^\s*(?:and|и|ve|ile)\s+(?:the\s+)?$/iu.test(text.slice(first.end, second.start))) return;
    if (!/^\s*(?:the\s+)?$/iu.test(text.slice(s.start, first.start))) return;
    // the pair is the clause's subject; the noun is theirs ("their ties", "a partnership")
    const between = text.slice(second.end, abs);
    if (r.inS.some((c) => c.start >= second.end && c.start < abs)) return;
    if (!/\b(?:their|a|an|the)\b/iu.test(between) || /\bnot\b|n[’']t\b/iu.test(between)) return;
    r.add(typeWord(m[1]), first.actorRef, second.actorRef);
  });

  // ---------------------------------------------------------------- English conflicts
  each(
    /\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been|remains?|remained|been|being)\s+(?:(?:still|now|effectively|technically|formally|long)\s+)?at\s+war\s+with\s+(?:the\s+)?/giu,
    (m, abs) => {
      const other = startingAfter(abs + m[0].length, /^$/u);
      if (!country(other)) return;
      const subj =
        endingBefore(abs, /^\s+(?:(?:which|who|that)\s+)?$/iu) ??
        endingBefore(abs, /^,\s+(?:which|who)\s+$/iu);
      if (country(subj) && subj.actorRef !== other.actorRef)
        r.add('in_conflict_with', subj.actorRef, other.actorRef);
    },
  );
  // "X and Y fought two wars", "X and Y clashed over their border", "X and Y are at war"
  each(
    /\b(?:(?:have|had)\s+)?(?:fought|clashed|went\s+to\s+war|are\s+at\s+war|were\s+at\s+war|have\s+been\s+at\s+war)\b/giu,
    (m, abs) => {
      // "X and Y fought", "X and Y, which have been at war since June,"
      const pair = pairBefore(
        abs,
        /^(?:,\s+(?:which|who)\s+|\s+)(?:(?:have|had|also|repeatedly|twice|once|already)\s+)*$/iu,
      );
      if (pair) r.add('in_conflict_with', pair[0].actorRef, pair[1].actorRef);
    },
  );
  // "fought a war against Y", "waged war on Y", "went to war with Y"
  each(
    /\b(?:fought|fighting|waged|waging|wages|went\s+to|go\s+to|going\s+to)\s+(?:(?:an?|two|three|several|a\s+brief|a\s+short|a\s+bloody)\s+)?(?:[\p{Ll}-]+\s+){0,2}?wars?\s+(?:with|against|on)\s+(?:the\s+)?/gu,
    (m, abs) => {
      const other = startingAfter(abs + m[0].length, /^$/u);
      if (!country(other)) return;
      const subj = endingBefore(abs, /^\s+(?:(?:has|have|had|also|once)\s+)*$/iu) ?? null;
      const owner = country(subj) ? subj.actorRef : null;
      if (owner && owner !== other.actorRef) r.add('in_conflict_with', owner, other.actorRef);
    },
  );
  // hyphenated pairs: "the Armenia-Azerbaijan conflict", "the Russian-Ukrainian war",
  // "the Kazakh-Chinese strategic partnership", "Rusya-Ukrayna savaşı", "российско-украинский конфликт"
  each(/(\p{L}+)[-–](\p{L}+)((?:\s+[\p{L}-]+){1,3})/gu, (m, abs) => {
    let type: RelationType | null = null;
    for (const w of m[3].trim().split(/\s+/u)) {
      const noun = w.toLowerCase();
      if (/^(?:wars?|conflicts?|clashes|hostilities|confrontation|dispute|tensions|fighting)$/u.test(noun))
        type = 'in_conflict_with';
      else if (/^(?:savaş|çatışma|gerginli|ihtilaf|anlaşmazlı|kriz)/u.test(noun)) type = 'in_conflict_with';
      else if (/^(?:конфликт|войн|противостоян|столкновен)/u.test(noun)) type = 'in_conflict_with';
      else if (/^(?:partnership|ortaklı|партн[её]рств)/u.test(noun)) type = 'partner_of';
      else if (/^(?:alliance|ittifak|союз)/u.test(noun)) type = 'ally_of';
      // only modifiers may stand between the pair and its noun ("border", "strategic")
      if (type || !/^\p{Ll}/u.test(w)) break;
    }
    if (!type) return;
    const a = r.all.find((c) => c.start === abs && c.end === abs + m[1].length);
    const b = r.all.find(
      (c) => c.start === abs + m[1].length + 1 && c.end === abs + m[1].length + 1 + m[2].length,
    );
    if (country(a) && country(b) && a.actorRef !== b.actorRef) r.add(type, a.actorRef, b.actorRef);
  });

  // ---------------------------------------------------------------- English memberships and parties
  // "Turkey is a NATO member", "CSTO member Armenia", "fellow SCO members China and Russia"
  for (const org of r.inS) {
    if (!isOrg(org) || r.isParty(org)) continue;
    const after = /^\s+(member|observer)(?:s)?(?:\s+(?:states?|countr(?:y|ies)|nations?))?\b/iu.exec(
      text.slice(org.end, Math.min(s.end, org.end + 30)),
    );
    if (!after) continue;
    const type: RelationType = /^observer/iu.test(after[1]) ? 'observer_of' : 'member_of';
    const subj = endingBefore(
      org.start,
      /^\s+(?:is|are|was|were|remains?|became|has\s+been|have\s+been)\s+(?:(?:also|still|now|a\s+fellow)\s+)?(?:an?\s+|the\s+|fellow\s+)?(?:founding\s+|full\s+)?$/iu,
    );
    // "Uzbekistan, an SCO member, …"
    const appos = subj ? null : endingBefore(org.start, /^,\s+(?:an?|the|a\s+fellow|another)\s+$/iu);
    for (const x of [subj, appos]) if (country(x)) r.add(type, x.actorRef, org.actorRef);
    let next = startingAfter(org.end + after[0].length, /^,?\s+$/u);
    while (country(next)) {
      r.add(type, next.actorRef, org.actorRef);
      next = startingAfter(next.end, /^,?\s+(?:and\s+)?$/iu);
    }
  }
  // "Armenia's membership in the CSTO", "its membership of the EAEU"
  each(/\bmembership\s+(?:in|of)\s+(?:the\s+)?/giu, (m, abs) => {
    const org = startingAfter(abs + m[0].length, /^$/u);
    if (!isOrg(org) || r.isParty(org)) return;
    const own = endingBefore(abs, /^[’']s\s+(?:[\p{Ll}-]+\s+)?$/u);
    const owner = country(own)
      ? own.actorRef
      : /\b(?:its|their)\s+(?:[\p{Ll}-]+\s+)?$/u.test(text.slice(s.start, abs))
        ? subjectBefore(abs)
        : null;
    if (owner) r.add('member_of', owner, org.actorRef);
  });
  // parties: "X, a senior figure in the Y party", "X, the founder of the ruling Y party", "X of the Y party"
  each(
    /(?:,\s+(?:an?\s+|the\s+)?(?:(?:senior|leading|former|top|prominent|key|veteran|founding|honorary)\s+)*(?:member|leader|figure|founder|co-founder|chairman|chairwoman|chair|head|lawmaker|legislator|MP|deputy|candidate|politician|official)\s+(?:of|from|in|for)|\s+of)\s+(?:the\s+)?(?:(?:ruling|governing|opposition|main|pro-[\p{L}]+|[\p{Ll}]+-wing)\s+)?/gu,
    (m, abs) => {
      const person = endingBefore(abs, /^$/u);
      if (!person || r.typeOf(person.actorRef) !== 'person') return;
      const party = startingAfter(abs + m[0].length, /^$/u);
      if (isOrg(party) && r.isParty(party)) r.add('member_of', person.actorRef, party.actorRef);
    },
  );
  // "Nikol Pashinyan's Civil Contract party"
  for (let k = 0; k + 1 < r.inS.length; k++) {
    const p = r.inS[k];
    const party = r.inS[k + 1];
    if (r.typeOf(p.actorRef) !== 'person' || !isOrg(party) || !r.isParty(party)) continue;
    if (/^[’']s?\s+$/u.test(text.slice(p.end, party.start))) r.add('member_of', p.actorRef, party.actorRef);
  }

  // ---------------------------------------------------------------- Russian
  // "Россия и Казахстан являются стратегическими партнерами"
  each(
    /(?:являются|являлись|являющиеся|являющимися|остаются|остались|стали|были)\s+(?:\p{L}+\s+){0,2}?(партн[её]рами|союзниками)/giu,
    (m, abs) => {
      // "Россия и Китай являются …", "Азербайджан и Турция, являющиеся союзниками, …"
      const pair = pairBefore(abs, /^,?\s+(?:\p{Ll}+\s+)?$/u);
      if (!pair) return;
      r.add(typeWord(m[1]), pair[0].actorRef, pair[1].actorRef);
      // "… союзниками и стратегическими партнерами": the second noun holds too
      const end = abs + m[0].length;
      const second = /^\s+и\s+(?:\p{L}+\s+){0,2}?(партн[её]рами|союзниками)/iu.exec(
        text.slice(end, end + 60),
      );
      if (second) r.add(typeWord(second[1]), pair[0].actorRef, pair[1].actorRef);
    },
  );
  // "Белоруссия — ближайший союзник России", "Казахстан является стратегическим партнером Китая"
  each(
    /(?:,\s+|\s[—–-]\s+|\s(?:является|являлся|являлась|остается|остаётся|остаются|стал|стала)\s+)(?:\p{Ll}+\s+){0,3}?(союзник\p{L}*|партн[её]р\p{L}*)\s+/gu,
    (m, abs) => {
      const x = endingBefore(abs, /^$/u);
      const y = startingAfter(abs + m[0].length, /^$/u);
      if (country(x) && country(y) && x.actorRef !== y.actorRef)
        r.add(typeWord(m[1]), x.actorRef, y.actorRef);
    },
  );
  // "конфликт между Арменией и Азербайджаном"
  each(/(?:конфликт|войн|противостояни|столкновени|напряж[её]нност|вражд)\p{L}*\s+между\s+/giu, (m, abs) => {
    const a = startingAfter(abs + m[0].length, /^$/u);
    const b = a ? startingAfter(a.end, /^\s+и\s+$/u) : null;
    if (country(a) && country(b) && a.actorRef !== b.actorRef)
      r.add('in_conflict_with', a.actorRef, b.actorRef);
  });
  // "Азербайджан и Армения находятся в состоянии конфликта (войны)"
  each(
    /\s(?:находятся|находились|находится|находилась)\s+в\s+состоянии\s+(?:\p{Ll}+\s+)?(?:конфликта|войны|вражды)/giu,
    (m, abs) => {
      const pair = pairBefore(abs, /^$/u);
      if (pair) r.add('in_conflict_with', pair[0].actorRef, pair[1].actorRef);
    },
  );
  // "Киргизия и Таджикистан — члены ОДКБ и ШОС", "Армения — член ОДКБ"
  each(/\s[—–-]\s+(?:\p{Ll}+\s+)?(члены|член|наблюдатели|наблюдатель)\s+(?:в\s+|при\s+)?/gu, (m, abs) => {
    const one = endingBefore(abs, /^$/u);
    if (!country(one)) return;
    const pair = pairBefore(abs, /^$/u);
    const members = pair && /^(?:члены|наблюдатели)$/u.test(m[1]) ? pair : [one];
    const type: RelationType = /^наблюдател/iu.test(m[1]) ? 'observer_of' : 'member_of';
    for (const org of ruBodiesFrom(abs + m[0].length))
      for (const x of members) r.add(type, x.actorRef, org.actorRef);
  });
  // "Армения является членом ОДКБ и ЕАЭС", "Узбекистан получил статус наблюдателя в ЕАЭС"
  each(
    /(?:(?:является|являются|являлся|являлась|остается|остаётся|стал|стала|стали)\s+(?:\p{Ll}+\s+)?(членом|членами|наблюдателем|наблюдателями)|(статус\p{L}*\s+наблюдател\p{L}*|член\p{L}*)\s+(?:в|при))\s+/gu,
    (m, abs) => {
      if (/(?:^|\s)не\s+$/iu.test(text.slice(s.start, abs))) return; // "не является членом"
      const type: RelationType = /наблюдател/iu.test(m[0]) ? 'observer_of' : 'member_of';
      const subj = endingBefore(abs, /^\s+(?:\p{Ll}+\s+){0,2}$/u) ?? subjectCountry(abs);
      if (!country(subj)) return;
      for (const org of ruBodiesFrom(abs + m[0].length)) r.add(type, subj.actorRef, org.actorRef);
    },
  );
  // "Казахстан входит в ОДКБ и ШОС", "Армения входит в состав ЕАЭС"
  each(/(?:входит|входят|входил|входила|входили)\s+(?:\p{Ll}+\s+)?в\s+(?:состав\s+)?/giu, (m, abs) => {
    if (/(?:^|\s)не\s+$/iu.test(text.slice(s.start, abs))) return; // "не входит в"
    const subj = endingBefore(abs, /^\s+(?:\p{Ll}+\s+){0,2}$/u) ?? subjectCountry(abs);
    if (!country(subj)) return;
    for (const org of ruBodiesFrom(abs + m[0].length)) r.add('member_of', subj.actorRef, org.actorRef);
  });
  // "Армения, член ОДКБ, …", "Венгрия, наблюдатель в ОТГ, …"
  each(/,\s+(?:\p{Ll}+\s+)?(член|наблюдатель)\s+(?:в\s+|при\s+)?/gu, (m, abs) => {
    const subj = endingBefore(abs, /^$/u);
    if (!country(subj)) return;
    const type: RelationType = /^наблюдател/iu.test(m[1]) ? 'observer_of' : 'member_of';
    for (const org of ruBodiesFrom(abs + m[0].length)) r.add(type, subj.actorRef, org.actorRef);
  });
  // "Китай назвал Узбекистан своим стратегическим партнером"
  each(/(?:назвал|называет|называют|назвали|считает|считают)\p{L}*\s+/giu, (m, abs) => {
    const y = startingAfter(abs + m[0].length, /^$/u);
    if (!country(y)) return;
    const n = /^\s+(?:сво\p{L}+\s+)?(?:\p{Ll}+\s+){0,2}?(союзник\p{L}*|партн[её]р\p{L}*)/u.exec(
      text.slice(y.end, Math.min(s.end, y.end + 80)),
    );
    if (!n) return;
    const owner = subjectBefore(abs, y.actorRef);
    if (owner) r.add(typeWord(n[1]), owner, y.actorRef);
  });

  // ---------------------------------------------------------------- Turkish
  // "Azerbaycan ve Türkiye stratejik ortaktır", "… müttefik ülkeler"
  // (a bare "ortak" is mostly "joint": "ortak tatbikat", "ortak açıklama")
  each(
    /(?<!\p{L})(?:\p{Ll}+\s+){0,1}?(stratejik\s+ortak\p{L}*|ortak(?:tır|tırlar|lardır|tir)|müttefik\p{L}*)/gu,
    (m, abs) => {
      // "Azerbaycan ve Türkiye stratejik ortaktır", "Kazakistan ve Rusya, stratejik ortaklıklarını …"
      const pair = pairBefore(abs, /^,?\s+$/u);
      if (pair) r.add(typeWord(m[1]), pair[0].actorRef, pair[1].actorRef);
    },
  );
  // "Kazakistan, Türkiye'nin stratejik müttefikidir", "Türkiye'nin müttefiki Azerbaycan"
  each(/[’'](?:n?[ıiuü]n)\s+(?:\p{Ll}+\s+){0,3}?(müttefik\p{L}*|ortağı\p{L}*)/gu, (m, abs) => {
    const owner = endingBefore(abs, /^$/u);
    if (!country(owner)) return;
    const head = endingBefore(owner.start, /^,\s+$/u);
    const after = startingAfter(abs + m[0].length, /^\s+$/u);
    for (const x of [head, after])
      if (country(x) && x.actorRef !== owner.actorRef) r.add(typeWord(m[1]), x.actorRef, owner.actorRef);
  });
  // "Azerbaycan ile Ermenistan arasındaki çatışma"
  each(
    /\s+arasındaki\s+(?:\p{Ll}+\s+){0,2}?(savaş\p{L}*|çatışma\p{L}*|gerginli\p{L}*|ihtilaf\p{L}*|anlaşmazlı\p{L}*|ortaklı\p{L}*|ittifak\p{L}*)/gu,
    (m, abs) => {
      const pair = pairBefore(abs, /^(?:[’']\p{Ll}+)?$/u);
      if (!pair) return;
      const type: RelationType = /^ortak/iu.test(m[1])
        ? 'partner_of'
        : /^ittifak/iu.test(m[1])
          ? 'ally_of'
          : 'in_conflict_with';
      r.add(type, pair[0].actorRef, pair[1].actorRef);
    },
  );
  // "NATO üyesi Türkiye", "Türkiye, NATO üyesi bir ülke", "Macaristan, TDT'de gözlemci statüsünde"
  for (const org of r.inS) {
    if (!isOrg(org)) continue;
    const tail = text.slice(org.end, Math.min(s.end, org.end + 40));
    const mm = /^(?:[’']\p{Ll}+)?\s+(?:(?:kurucu|daimi|tam|asil)\s+)?(üye(?:si|leri)|gözlemci)/u.exec(tail);
    if (!mm) continue;
    // "üyesi değil", "üye olmayan": not a member
    if (/^\S*\s+(?:\S+\s+){0,3}?(?:değil|olmayan|olmadığı)/u.test(tail.slice(mm[0].length - mm[1].length)))
      continue;
    const type: RelationType = /^gözlemci/iu.test(mm[1]) ? 'observer_of' : 'member_of';
    // "Kazakistan, AEB ve ŞİÖ üyesidir": the organisations coordinated before this one share its noun
    const orgs = [org];
    for (let prev = endingBefore(org.start, /^\s*(?:,|ve|ile)\s*$/u); isOrg(prev);) {
      orgs.unshift(prev);
      prev = endingBefore(prev.start, /^\s*(?:,|ve)\s*$/u);
    }
    const head = endingBefore(orgs[0].start, /^,?\s+$/u);
    // "Kırgızistan ve Tacikistan, KGAÖ üyesi ülkelerdir": a coordinated pair shares the noun
    const pair = head ? pairBefore(orgs[0].start, /^,\s+$/u) : null;
    const next = startingAfter(org.end + mm[0].length, /^\s+(?:olan\s+)?$/iu);
    const subj = head ? null : subjectCountry(orgs[0].start);
    for (const o of orgs)
      for (const x of [head, next, subj, ...(pair ?? [])])
        if (country(x)) r.add(type, x.actorRef, o.actorRef);
  }
  // "Özbekistan, Türk Devletleri Teşkilatı'na 2019'da katıldı", "… NATO'ya üye oldu"
  for (const org of r.inS) {
    if (!isOrg(org)) continue;
    const tail = text.slice(org.end, Math.min(s.end, org.end + 60));
    if (
      !/^[’'](?:[nyY]?[ae])\s+(?:[\p{L}\d’']+\s+){0,3}?(?:katıldı|katılmıştı|katılmıştır|üye\s+oldu|üye\s+olmuştu|üye\s+olmuştur)(?!\p{L})/u.test(
        tail,
      )
    )
      continue;
    const subj = endingBefore(org.start, /^,?\s+$/u) ?? subjectCountry(org.start);
    if (country(subj)) r.add('member_of', subj.actorRef, org.actorRef);
  }
  // "Ermenistan ve Azerbaycan uzun süredir çatışma (savaş) halinde"
  each(/\s(?:\p{Ll}+\s+){0,2}?(?:çatışma|savaş|ihtilaf)\s+halinde/gu, (m, abs) => {
    const pair = pairBefore(abs, /^$/u);
    if (pair) r.add('in_conflict_with', pair[0].actorRef, pair[1].actorRef);
  });
}
