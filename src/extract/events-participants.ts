/**
 * Participant candidates for event and relation extraction: every place in a document where an
 * actor can be named, with the document-local entity it stands for.
 *
 * Besides entity mentions this adds two kinds of implicit reference that news prose uses all the
 * time: a demonym with a group noun ("the Turkish side", "Kazakh counterparts" → the country) and
 * a country anaphor ("the country", "this republic" → the most recently mentioned country).
 * Capitals acting as governments ("Ankara said", "Bishkek and Dushanbe") map to their country
 * through the gazetteer's `seatOf`, but keep their own ref for use as a location.
 */
import type { EntityType } from '../model/index.js';
import { TITLE_HEADS, TITLE_MODIFIERS, GENERIC_CAP, ROLE_NOUNS } from './mentions-lexicon.js';
import type { DocEntity, DocMention, Sentence } from '../model/index.js';
import type { EventData } from './events-data.js';
import { rolesHeldAt, stateOfPlace, type Gazetteer } from '../resolve/gazetteer.js';
import { titleHead } from './mentions.js';
import { genderOfName } from '../nlp/lexicon/given-names.js';

export type Candidate = {
  start: number;
  end: number;
  /** the entity as named (a capital stays the capital) */
  ref: string;
  /** the entity acting: the country for a capital, else `ref` */
  actorRef: string;
  type: EntityType;
  kind: 'mention' | 'demonym' | 'anaphor';
  /** a country or demonym that only qualifies a following person ("Russian President Vladimir Putin") */
  modifier: boolean;
  /** a place (non-capital location): a location, never an actor */
  place: boolean;
  /** the place of a wire dateline ("TBILISI, May 1 —"): where the copy was filed (events.ts) */
  dateline?: boolean;
  /** "he"/"she": a subject, never the object to the right of a trigger */
  pronoun?: boolean;
  /** "our organization", "teşkilatımız": the speaker's own organization (a first-person "we" is it) */
  ours?: boolean;
};

/** a medium a country or demonym qualifies: "(Russian) state television", "(Chinese) state-run media" */
const MEDIUM_AFTER =
  /^(?:['’]s)?\s+(?:(?:state|state-run|state-owned|state-controlled|government-run|government-controlled|pro-government|pro-Kremlin|official|national|public|local)\s+)?(?:television|TV|media|press|broadcaster|news\s+agency|newspapers?|tabloids?|outlets?|channels?|radio)\b/iu;

// media report events, they do not take part in them ("told France 24", "IRNA reported")
const ACTOR_TYPES = new Set<EntityType>(['person', 'country', 'organization', 'group']);
const MODIFIER_GAP_WORDS = new Set([
  ...TITLE_HEADS,
  ...TITLE_MODIFIERS,
  ...GENERIC_CAP,
  ...ROLE_NOUNS,
  'of',
  'the',
  'to',
  'for',
  'and',
  "'s",
  'head',
  'heads',
  'its',
  'his',
  'her',
  'their',
]);

/** Is the text between a country and a following person only title words ("President", "head of the")? */
function isTitleGap(gap: string): boolean {
  if (gap.length > 60 || /[,;:()"“”«»]/.test(gap)) return false;
  // the lexicon is folded ("cumhurbaskani"): fold the gap the same way ("Cumhurbaşkanı")
  const words = gap
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/[’]/g, "'")
    .split(/\s+/)
    .filter(Boolean);
  if (words.length > 6) return false;
  return words.every((w) => MODIFIER_GAP_WORDS.has(w) || MODIFIER_GAP_WORDS.has(w.replace(/'s$/, '')));
}

/** a capitalised name head right after a place: "Astana Declaration", "Baku Process", "Gebele Zirve Bildirisi" */
const NAMED_AFTER =
  /^\s+(?:\p{Lu}[\p{L}-]*\s+)?(?:(?:Declaration|Summit|Treaty|Agreement|Accords?|Process|Format|Forum|Charter|Protocol|Memorandum|Initiative|Pact|Communiqu[ée])\b|(?:Bildiri|Deklarasyon|Beyanname|Anlaşma|Antlaşma|Mutabakat|Protokol|Süreç|Süreci|Format)\p{L}*)/u;
const OUR_ORGANIZATION =
  /(?<![\p{L}])(?:our\s+(?:organi[sz]ation|alliance|union|bloc|community|commonwealth|council)|наш(?:а|ей|у|им|ей)?\s+(?:организаци|союз|альянс|содружеств)\p{L}*|(?:teşkilat|örgüt|birliğ|topluluğ|konsey)[ıiuü]m[ıiuü]z\p{L}*)/giu;
/**
 * "the bloc", "the alliance", "the Russian-led organisation", "альянс", "блока": a definite noun for
 * an organization named shortly before. The noun is lower case, so a name ("the European Union",
 * "Шанхайской организации сотрудничества") is no anaphor; one inside a mention is skipped too.
 */
const ORG_ANAPHOR =
  /(?<![\p{L}])(?:(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:(?:[\p{L}.]+-led|military|security|defen[cs]e|economic|trade|regional|political|[Tt]urkic|post-Soviet)\s+){0,2}(alliance|bloc|organi[sz]ation|grouping|union)|(альянс|блок|организаци)\p{L}{0,3})(?![\p{L}-])/gu;
/** which kinds of organization (gazetteer `kind`) each anaphor noun can stand for */
const ORG_ANAPHOR_KINDS: Readonly<Record<string, RegExp>> = {
  alliance: /alliance|pact/i,
  альянс: /alliance|pact/i,
  bloc: /alliance|pact|bloc|union|intergovernmental/i,
  блок: /alliance|pact|bloc|union|intergovernmental/i,
  union: /union/i,
  grouping: /grouping|intergovernmental|bloc/i,
  organization: /organi[sz]ation|alliance|pact|union|grouping|bloc|NGO|agency|body/i,
  организаци: /organi[sz]ation|alliance|pact|union|grouping|bloc|NGO|agency|body/i,
};

/** between an organization and its body: nothing, or the organization's abbreviation in brackets */
const BODY_GAP = /^\s*\)?\s*(?:\(\s*[\p{Lu}\p{N}.&+-]{2,12}\s*\)\s*)?$/u; // "TDT) Devlet …" too
/** the head words of an organization's body, in en/ru/tr */
const BODY_WORD =
  /(?:Council|Committee|Commission|Secretariat|Assembly|Konseyi|Kurulu|Komitesi|Komisyonu|Sekreterliği|Совет|Комитет|Комисси|Секретариат|Ассамбле)/u;
const REPORTING = /\b(?:said|says|told|stated|noted|added|announced|reported|believes|thinks)\b/i;
const MEETING_AFTER =
  /^\s+(?:meeting|meetings|summit|talks|negotiations|conference|consultations|forum|session)\b/;
/** an envoy's post or mission right after a capital ("Ankara Büyükelçisi", "Baku embassy") */
const POSTING_AFTER =
  /^\s+(?:[Bb]üyükelçi|[Bb]üyükelçiliği|[Bb]aşkonsolos|[Mm]aslahatgüzar|embassy\b|Embassy\b|ambassador\b|Ambassador\b)/u;
/** "near the Afghan border", "along the Iranian frontier": a border named by its country is a place */
const NEAR_BEFORE = /\b(?:near|along|alongside|close\s+to|not\s+far\s+from|off)\s+(?:the\s+)?$/iu;
const BORDER_AFTER = /^\s+(?:border|frontier)s?\b(?!\s+(?:guards?|troops|forces|service|police))/iu;
const SUBJECT_PRONOUN = /(?<![\p{L}])(?:he|she|He|She|[Оо]н|[Оо]на)(?![\p{L}'’])/gu;
/** a Russian pronoun agrees in gender with the person it stands for ("Он" is no woman's) */
const RU_PRONOUN_GENDER: Readonly<Record<string, 'm' | 'f'>> = { он: 'm', она: 'f' };
/** "the two leaders", "both sides": the last two people (or countries) named before */
const PLURAL_ANAPHOR =
  /\b(?:the\s+two|both)\s+(?:(leaders|presidents|ministers|foreign\s+ministers|prime\s+ministers|heads\s+of\s+state|officials)|(sides|countries|states|governments|nations|neighbou?rs|capitals))\b/giu;

const THEY = /(?<![\p{L}])(?:they|They)(?![\p{L}'’])/gu;

/**
 * "The presidents also held talks", "the ministers agreed", "the sides discussed": a plural without
 * "two" or "both" names the pair only when a pair was just named together ("X and Y"); "the leaders
 * of …" and "the sides who …" say who they are themselves.
 */
const BARE_PLURAL_ANAPHOR =
  /\bthe\s+(?:(leaders|presidents|ministers|foreign\s+ministers|prime\s+ministers|heads\s+of\s+state)|(sides|delegations|parties))\b(?!\s+(?:of|from|in|at|to|for|who|that|which|and|or)\b|['’])/giu;

/**
 * The last two parties named as a pair ("X and Y", "X, Y") in the six sentences before `at`: two
 * people holding the office the plural names ("the two leaders"), or, for "the two sides/countries",
 * two countries or two people standing for the countries of their office. Null when there is none.
 */
function coordinatedPair(
  text: string,
  cands: readonly Candidate[],
  before: (pos: number, back: number, type: EntityType) => Candidate[],
  at: number,
  type: EntityType,
  office: RegExp | null,
  holds: (e: DocEntity | undefined, office: RegExp) => boolean,
  byRef: Map<string, DocEntity>,
  gaz: Gazetteer | null,
  published: string | null,
): [string, string] | null {
  const party = (c: Candidate): string | null => {
    const e = byRef.get(c.actorRef);
    if (!e) return null;
    if (type === 'person') return e.type === 'person' && (!office || holds(e, office)) ? e.ref : null;
    if (e.type === 'country') return e.ref;
    return e.type === 'person' ? countryOfOffice(e, byRef, gaz, published) : null;
  };
  const pool = [...before(at, 6, type), ...(type === 'country' ? before(at, 6, 'person') : [])]
    .filter((c) => !c.modifier && !c.place && c.kind === 'mention')
    .sort((a, b) => a.start - b.start);
  for (let i = pool.length - 1; i > 0; i--) {
    const a = pool[i - 1];
    const b = pool[i];
    if (!PAIR_GAP.test(withoutCands(text, a.end, b.start, cands))) continue;
    const ra = party(a);
    const rb = party(b);
    if (ra && rb && ra !== rb) return [ra, rb];
  }
  return null;
}

/**
 * What joins two parties named as a pair: "X and Y", or a meeting of the two ("X held talks with
 * Y", "X met with his counterpart Y", "X had a phone conversation with Y"), after which "the sides"
 * and "the two leaders" are those two.
 */
const PAIR_GAP = new RegExp(
  String.raw`^\s*(?:(?:,\s*)?and|(?:(?:has|have|had|also|on\s+\p{L}+day)\s+)*(?:(?:held|holds|hold|had|has|have)\s+(?:an?\s+)?(?:(?:\p{Ll}+\s+)?talks|(?:tele)?phone\s+(?:conversation|call|talks)|(?:\p{Ll}+\s+)?meeting|conversation)|met|meets|spoke|talked|negotiated)\s+(?:(?:by\s+(?:tele)?phone|in\s+person)\s+)?with(?:\s+(?:his|her|their)(?:\s+(?:\p{Ll}+\s+)?counterparts?,?)?)?|met|received|hosted)\s+$`,
  'u',
);

/** [from, to) with the candidates inside blanked (titles and demonyms of a coordinated person). */
function withoutCands(text: string, from: number, to: number, cands: readonly Candidate[]): string {
  let gap = text.slice(from, to);
  if (gap.length > 60) return gap;
  for (const c of cands)
    if (c.start >= from && c.end <= to) gap = gap.replace(text.slice(c.start, c.end), ' ');
  // "X and Azerbaijani President Y": titles between
  return gap.replace(/\b(?:\p{Lu}[\p{L}-]*\s+)+$/u, '');
}

/** "his country", "her country's": the country of the person just named */
const HIS_COUNTRY = /\b(?:his|her)\s+country\b/giu;

/** The country whose office a person holds: a role read in the text, else the gazetteer's. */
function countryOfOffice(
  e: DocEntity,
  byRef: Map<string, DocEntity>,
  gaz: Gazetteer | null,
  published: string | null,
): string | null {
  for (const r of e.roles) if (r.ofRef && byRef.get(r.ofRef)?.type === 'country') return r.ofRef;
  if (!e.gazetteerId || !gaz) return null;
  for (const r of rolesHeldAt(gaz.byId(e.gazetteerId), published)) {
    if (!r.of) continue;
    for (const x of byRef.values()) if (x.gazetteerId === r.of && x.type === 'country') return x.ref;
  }
  return null;
}

/**
 * Implicit people: "he"/"she" (the nearest person named in this or the two previous sentences)
 * and "the two leaders" / "the two countries" (the last two distinct people or countries named in
 * this or the three previous sentences; both are returned with the same span, one group).
 */
function personAnaphors(
  text: string,
  sentences: readonly Sentence[],
  cands: readonly Candidate[],
  byRef: Map<string, DocEntity>,
  sentenceOf: (pos: number) => number,
  gaz: Gazetteer | null,
  published: string | null,
): Candidate[] {
  // the offices a plural noun stands for ("the two leaders": heads of state or government)
  const officeOf = (noun: string): RegExp | null =>
    /minister/i.test(noun) && !/prime/i.test(noun)
      ? /minister/i
      : /officials/i.test(noun)
        ? null
        : /prime/i.test(noun)
          ? /prime minister|premier/i
          : /president|prime minister|premier|leader|king|chancellor|head of state|emir|sultan|chairman of the cabinet/i;
  const holds = (e: DocEntity | undefined, office: RegExp): boolean => {
    if (!e) return false;
    const titles = e.roles.map((r) => r.title);
    if (e.gazetteerId && gaz)
      for (const r of rolesHeldAt(gaz.byId(e.gazetteerId), published)) titles.push(r.title);
    // a deputy prime minister or vice president is no head of government or state
    return titles.some(
      (t) => office.test(titleHead(t)) && !/\b(?:deputy|vice|assistant|aide|advis[eo]r|former|ex)\b/i.test(t),
    );
  };
  const out: Candidate[] = [];
  const before = (pos: number, back: number, type: EntityType): Candidate[] => {
    const si = sentenceOf(pos);
    if (si < 0) return [];
    const from = sentences[Math.max(0, si - back)].start;
    return cands.filter((c) => c.start >= from && c.end <= pos && byRef.get(c.actorRef)?.type === type);
  };
  SUBJECT_PRONOUN.lastIndex = 0;
  for (let m = SUBJECT_PRONOUN.exec(text); m; m = SUBJECT_PRONOUN.exec(text)) {
    const gender = RU_PRONOUN_GENDER[m[0].toLowerCase()];
    const prev = before(m.index, 2, 'person').filter((c) => {
      const g = gender ? genderOfName(byRef.get(c.actorRef)?.name ?? '') : null;
      return !g || g === gender;
    });
    const last = prev[prev.length - 1];
    if (last)
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        ref: last.ref,
        actorRef: last.actorRef,
        type: 'person',
        kind: 'anaphor',
        modifier: false,
        place: false,
        pronoun: true,
      });
  }
  PLURAL_ANAPHOR.lastIndex = 0;
  for (let m = PLURAL_ANAPHOR.exec(text); m; m = PLURAL_ANAPHOR.exec(text)) {
    const type: EntityType = m[1] ? 'person' : 'country';
    const refs: string[] = [];
    const office = m[1] ? officeOf(m[1]) : null;
    // "Turkey sold drones to both sides": the subject of the clause is not one of the sides
    // (but "X said the two countries …" may be)
    const at = m.index;
    const sameClause = (c: Candidate) =>
      !/[,;:.!?]/.test(text.slice(c.end, at)) && !REPORTING.test(text.slice(c.end, at));
    const prev = before(at, 6, type).filter(
      (c) => (!office || holds(byRef.get(c.actorRef), office)) && !sameClause(c),
    );
    // "Aliyev and Pashinyan signed …, together with Trump. … the two sides have initialled": the
    // last pair named together ("X and Y") are the two, before the last two named one by one
    const pair = coordinatedPair(text, cands, before, at, type, office, holds, byRef, gaz, published);
    if (pair && !pair.some((r) => prev.some((c) => c.actorRef === r && sameClause(c))))
      refs.push(...pair.reverse());
    else
      for (let i = prev.length - 1; i >= 0 && refs.length < 2; i--)
        if (!refs.includes(prev[i].actorRef)) refs.push(prev[i].actorRef);
    if (refs.length < 2) continue;
    for (const ref of refs.reverse()) out.push(anaphorAt(m, ref, type));
  }
  BARE_PLURAL_ANAPHOR.lastIndex = 0;
  for (let m = BARE_PLURAL_ANAPHOR.exec(text); m; m = BARE_PLURAL_ANAPHOR.exec(text)) {
    const type: EntityType = m[1] ? 'person' : 'country';
    const office = m[1] ? officeOf(m[1]) : null;
    const pair = coordinatedPair(text, cands, before, m.index, type, office, holds, byRef, gaz, published);
    if (!pair) continue;
    for (const ref of pair) out.push(anaphorAt(m, ref, type));
  }
  // "The presidents held talks in Osh, where they signed …": "they" later in the sentence of a
  // plural anaphor is the same pair
  const plural = out.filter((c) => !c.pronoun);
  THEY.lastIndex = 0;
  for (let m = THEY.exec(text); m; m = THEY.exec(text)) {
    const si = sentenceOf(m.index);
    const group = plural.filter((c) => c.end <= m!.index && sentenceOf(c.start) === si);
    const first = group.length ? group[group.length - 1].start : -1;
    for (const c of group.filter((x) => x.start === first))
      out.push({ ...c, start: m.index, end: m.index + m[0].length, pronoun: true });
  }
  // Russian and Turkish: "Стороны обсудили …", "Taraflar …", "İki lider …", "две страны" — the
  // sides of a meeting just reported are the last two people named in the three sentences before
  // (for "sides"; the last two countries when fewer people were named)
  for (const [re, kinds] of SIDES_ANAPHORS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const at = m.index;
      let chosen: Candidate[] = [];
      // Turkish: the last pair named together ("Kırgızistan ile Tacikistan", "Caparov ile Rahmon'un")
      // in the text before is the two, before the last two named one by one
      if (/^[İIiHhTt]/u.test(m[0]) && !/[\u0400-\u04FF]/u.test(m[0]))
        for (const type of kinds) {
          const pair = turkishPair(text, cands, before(at, 12, type), at, sentences, sentenceOf);
          if (pair) {
            chosen = pair;
            break;
          }
        }
      for (const type of chosen.length ? [] : kinds) {
        const prev = before(at, 3, type).filter(
          (c) => !attributionSource(text, sentences, sentenceOf, c, at),
        );
        const refs: Candidate[] = [];
        for (let i = prev.length - 1; i >= 0 && refs.length < 2; i--)
          if (!refs.some((r) => r.actorRef === prev[i].actorRef)) refs.push(prev[i]);
        if (refs.length === 2) {
          chosen = refs.reverse();
          break;
        }
      }
      for (const c of chosen) out.push(anaphorSpan(at, at + m[0].length, c.actorRef, c.type));
    }
  }
  return out;
}

/** "X ile Y", "X ve Y", "X, Y": what joins two parties named as a pair in Turkish (titles between blanked) */
const TR_PAIR_GAP = /^\s*(?:ile|ve|,)\s*$/u;

/**
 * The last two candidates of one entity each, named as a pair ("Kırgızistan ile Tacikistan",
 * "Mirziyoyev ile Türkmenistan Devlet Başkanı Berdimuhamedov"), among `pool` (sorted), not the
 * source of an attribution in the anaphor's sentence. Null when none is.
 */
function turkishPair(
  text: string,
  cands: readonly Candidate[],
  pool: readonly Candidate[],
  at: number,
  sentences: readonly Sentence[],
  sentenceOf: (pos: number) => number,
): Candidate[] | null {
  const ps = pool
    .filter((c) => !c.modifier && !c.place && c.kind === 'mention')
    .filter((c) => !attributionSource(text, sentences, sentenceOf, c, at));
  for (let i = ps.length - 1; i > 0; i--) {
    const a = ps[i - 1];
    const b = ps[i];
    if (a.actorRef === b.actorRef || sentenceOf(a.start) !== sentenceOf(b.start)) continue;
    // "Caparov ile Rahmon'un": a case ending after the first name breaks the pair
    if (/^['’]/u.test(text.slice(a.end, a.end + 1))) continue;
    if (TR_PAIR_GAP.test(withoutCands(text, a.end, b.start, cands))) return [a, b];
  }
  return null;
}

/** "X'un aktardığına göre", "X'e göre": a Turkish attribution right before the anaphor, after its source */
const TR_ATTRIBUTION_TAIL =
  /^['’]?\p{L}*\s+(?:(?:\p{L}+\s+){0,2}?(?:aktardığına|bildirdiğine|haberine|açıklamasına|ifadesine|verdiği\s+bilgiye)\s+)?göre\s*,?\s*$/u;

/** "Как сообщил X, …", "По словам X, …": a Russian attribution opening the sentence, up to its source */
const RU_ATTRIBUTION_LEAD =
  /(?:^|[\s«"(])(?:[Кк]ак\s+(?:\p{L}+\s+){0,2}?(?:сообщ|заяв|отмет|рассказ|поясн|уточн|напис|сказа|переда|пиш|подчеркн|добав)\p{L}*|[Пп]о\s+(?:словам|данным|информации|мнению|сообщению))\s+[^,;:.]*$/u;

/**
 * "Как сообщил пресс-секретарь Кремля Дмитрий Песков, лидеры договорились …": the source of an
 * attribution that opens the sentence tells of the sides, it is not one of them.
 */
function attributionSource(
  text: string,
  sentences: readonly Sentence[],
  sentenceOf: (pos: number) => number,
  c: Candidate,
  at: number,
): boolean {
  const si = sentenceOf(at);
  if (si < 0 || sentenceOf(c.start) !== si) return false;
  if (TR_ATTRIBUTION_TAIL.test(text.slice(c.end, at))) return true;
  return (
    RU_ATTRIBUTION_LEAD.test(text.slice(sentences[si].start, c.start)) && /,/.test(text.slice(c.end, at))
  );
}

/**
 * Russian and Turkish plural anaphors for the two sides of what was just reported, with the
 * entity types they stand for in order of preference. "Стороны" must be the subject of a plural
 * past verb ("стороны обсудили", "стороны также договорились"), or of a plural future or present one
 * ("стороны подпишут", "стороны намерены восстановить"): "со стороны России" is no anaphor.
 */
const SIDES_ANAPHORS: readonly (readonly [RegExp, readonly EntityType[]])[] = [
  [
    /(?<![\p{L}])(?<!(?:[Сс]о|[Сс])\s)(?:[Оо]бе\s+)?[Сс]тороны(?=\s+(?:\p{L}+\s+){0,2}?(?:\p{L}+(?:ли|лись)|\p{L}{3,}(?:ут|ют|ят|утся|ются|ятся)|намерены)(?![\p{L}]))/gu,
    ['person', 'country'],
  ],
  [/(?<![\p{L}])(?:[Оо]ба|[Дд]ва)\s+(?:лидера|министра|президента)(?![\p{L}])/gu, ['person']],
  // "лидеры подписали", "президенты обсудили", "главы государств договорились": the two people
  // just reported, when they are the subject of a plural past verb
  [
    /(?<![\p{L}])(?:[Лл]идеры|[Пп]резиденты|[Мм]инистры|[Пп]ремьер-министры|[Пп]ремьеры|[Гг]лавы\s+(?:государств|МИД|правительств|внешнеполитических\s+ведомств))(?=\s+(?:\p{L}+\s+){0,2}?\p{L}+(?:ли|лись)(?![\p{L}]))/gu,
    ['person', 'country'],
  ],
  [/(?<![\p{L}])(?:[Оо]бе|[Дд]ве)\s+страны(?![\p{L}])/gu, ['country']],
  [/(?<![\p{L}])(?:[Tt]araflar|[Hh]er\s+iki\s+taraf)(?![\p{L}'’])/gu, ['person', 'country']],
  [/(?<![\p{L}])[İi]ki\s+(?:lider|bakan|cumhurbaşkanı)(?![\p{L}'’])/gu, ['person']],
  [/(?<![\p{L}])(?:[İi]ki|[Hh]er\s+iki)\s+ülke(?![\p{L}'’])/gu, ['country']],
];

export function buildCandidates(
  text: string,
  sentences: readonly Sentence[],
  entities: readonly DocEntity[],
  mentions: readonly DocMention[],
  gaz: Gazetteer | null,
  data: EventData,
  published: string | null = null,
): Candidate[] {
  const byRef = new Map(entities.map((e) => [e.ref, e]));
  const byGaz = new Map<string, DocEntity>();
  for (const e of entities) if (e.gazetteerId && !byGaz.has(e.gazetteerId)) byGaz.set(e.gazetteerId, e);

  const out: Candidate[] = [];
  for (const m of mentions) {
    const e = byRef.get(m.ref);
    if (!e || m.start < 0 || m.end > text.length || m.start >= m.end) continue;
    let actorRef = e.ref;
    let place = false;
    if (e.type === 'location') {
      const seat = gaz ? stateOfPlace(gaz, e.gazetteerId, 'seat') : null;
      const country = seat ? byGaz.get(seat) : undefined;
      if (country) actorRef = country.ref;
      else if (!seat) place = true;
    } else if (!ACTOR_TYPES.has(e.type)) continue;
    out.push({
      start: m.start,
      end: m.end,
      ref: e.ref,
      actorRef,
      type: e.type,
      kind: 'mention',
      modifier: false,
      place,
    });
  }

  // Demonym + group noun: only when the country itself is an entity of this document, so every
  // participant still points at a DocEntity.
  if (gaz) {
    data.demonymGroup.lastIndex = 0;
    for (let m = data.demonymGroup.exec(text); m; m = data.demonymGroup.exec(text)) {
      const g = gaz.lookupDemonym(m[1]);
      const e = g ? byGaz.get(g.id) : undefined;
      if (!e) continue;
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        ref: e.ref,
        actorRef: e.ref,
        type: e.type,
        kind: 'demonym',
        modifier: false,
        place: false,
      });
    }
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);

  // Drop candidates nested in (or overlapping) an earlier, longer one; a real mention beats a demonym phrase.
  const kept: Candidate[] = [];
  for (const c of out) {
    const last = kept[kept.length - 1];
    if (last && c.start < last.end) {
      if (last.kind !== 'mention' && c.kind === 'mention') kept[kept.length - 1] = c;
      continue;
    }
    kept.push(c);
  }

  // Country anaphors: the most recent country earlier in the same sentence, else the first
  // country (the subject) of the nearest of the three preceding sentences that names one.
  const anaphors: Candidate[] = [];
  const countryOf = (c: Candidate) => (byRef.get(c.actorRef)?.type === 'country' ? c.actorRef : null);
  const firstCountryBySentence = new Map<number, string>();
  const sentenceOf = (pos: number) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (pos < sentences[mid].start) hi = mid - 1;
      else if (pos >= sentences[mid].end) lo = mid + 1;
      else return mid;
    }
    return -1;
  };
  const events: { pos: number; end: number; anaphor: boolean; country: string | null }[] = kept.map((c) => ({
    pos: c.start,
    end: c.end,
    anaphor: false,
    country: countryOf(c),
  }));
  data.countryAnaphor.lastIndex = 0;
  for (let m = data.countryAnaphor.exec(text); m; m = data.countryAnaphor.exec(text))
    events.push({ pos: m.index, end: m.index + m[0].length, anaphor: true, country: null });
  events.sort((a, b) => a.pos - b.pos);
  let lastInSentence: { si: number; country: string } | null = null;
  // the sentence's topic: a country (or its possessive) opening the sentence ("Azerbaijan's
  // relations with Iran … an attack on the country's embassy": Azerbaijan, not Iran)
  const topicOf = new Map<number, string | null>();
  for (const ev of events) {
    if (ev.anaphor) continue;
    const si = sentenceOf(ev.pos);
    if (si < 0 || topicOf.has(si)) continue;
    const lead = text.slice(sentences[si].start, ev.pos);
    topicOf.set(si, ev.country && /^\s*(?:the\s+)?$/iu.test(lead) ? ev.country : null);
  }
  for (const ev of events) {
    const si = sentenceOf(ev.pos);
    if (ev.anaphor) {
      let ref: string | null =
        lastInSentence && lastInSentence.si === si ? (topicOf.get(si) ?? lastInSentence.country) : null;
      for (let k = si - 1; !ref && k >= Math.max(0, si - 3); k--) ref = firstCountryBySentence.get(k) ?? null;
      if (!ref) continue;
      ev.country = ref;
      anaphors.push(anaphorSpan(ev.pos, ev.end, ref, 'country'));
    }
    if (ev.country && si >= 0) {
      if (!firstCountryBySentence.has(si)) firstCountryBySentence.set(si, ev.country);
      lastInSentence = { si, country: ev.country };
    }
  }
  for (const c of personAnaphors(text, sentences, kept, byRef, sentenceOf, gaz, published)) anaphors.push(c);
  // "Pashinyan said his country would not attend": the country whose office the person named last
  // (this or the previous sentence) holds
  HIS_COUNTRY.lastIndex = 0;
  for (let m = HIS_COUNTRY.exec(text); m; m = HIS_COUNTRY.exec(text)) {
    const si = sentenceOf(m.index);
    if (si < 0) continue;
    const from = sentences[Math.max(0, si - 1)].start;
    const people = [...kept, ...anaphors].filter(
      (c) => c.start >= from && c.end <= m!.index && byRef.get(c.actorRef)?.type === 'person',
    );
    const last = people.sort((a, b) => a.start - b.start)[people.length - 1];
    const person = last ? byRef.get(last.actorRef) : undefined;
    const country = person ? countryOfOffice(person, byRef, gaz, published) : null;
    if (country) anaphors.push(anaphorAt(m, country, 'country'));
  }
  // "our organization" / "teşkilatımız" / "наша организация": the organization named last in this
  // or the six sentences before (a speech names its organization once, then says "our")
  OUR_ORGANIZATION.lastIndex = 0;
  for (let m = OUR_ORGANIZATION.exec(text); m; m = OUR_ORGANIZATION.exec(text)) {
    const si = sentenceOf(m.index);
    if (si < 0) continue;
    const from = sentences[Math.max(0, si - 6)].start;
    const org = kept.filter(
      (c) => c.start >= from && c.end <= m!.index && byRef.get(c.actorRef)?.type === 'organization',
    );
    const last = org[org.length - 1];
    if (last) anaphors.push({ ...anaphorAt(m, last.actorRef, 'organization'), ours: true });
  }
  for (const c of organizationAnaphors(text, sentences, kept, byRef, sentenceOf, gaz)) anaphors.push(c);
  const all = anaphors.length
    ? [...kept, ...anaphors].sort((a, b) => a.start - b.start || a.ref.localeCompare(b.ref))
    : kept;

  // A body named after its organization ("TDT Devlet Başkanları Konseyi", "the CSTO Collective
  // Security Council", "ОДКБ Совет"): the organization acts through it, so the body stands for the
  // organization and the organization's own name before it only qualifies it.
  for (let i = 0; i + 1 < all.length; i++) {
    const c = all[i];
    const n = all[i + 1];
    // (the body's own entity type may be wrong: a capitalised "Devlet Başkanları Konseyi" read as a name)
    if (c.type !== 'organization' || c.actorRef === n.actorRef) continue;
    if (n.type !== 'organization' && n.type !== 'person' && n.type !== 'group') continue;
    if (!BODY_GAP.test(text.slice(c.end, n.start)) || !BODY_WORD.test(text.slice(n.start, n.end))) continue;
    n.actorRef = c.actorRef;
    n.type = c.type;
    c.modifier = true;
  }

  // A country (or demonym) right before a person, separated only by title words, qualifies the person.
  // a capital naming a document or meeting ("the Astana Declaration") is no participant
  for (const c of all)
    if (c.type === 'location' && NAMED_AFTER.test(text.slice(c.end, c.end + 40))) c.modifier = true;
  // "a joint exercise near the Afghan border": the country names where it happened (a location), not
  // who took part
  for (const c of all)
    if (
      c.type === 'country' &&
      BORDER_AFTER.test(text.slice(c.end, c.end + 30)) &&
      NEAR_BEFORE.test(text.slice(Math.max(0, c.start - 30), c.start))
    )
      c.place = true;
  // "the Paris meeting", "the Astana talks": the capital is where it happened, not who took part
  for (const c of all)
    if (c.type === 'location' && MEETING_AFTER.test(text.slice(c.end, c.end + 30))) c.place = true;
  // "İsrail'in Ankara Büyükelçisi", "Russia's Baku embassy": the capital is where the envoy serves
  for (const c of all)
    if (c.type === 'location' && POSTING_AFTER.test(text.slice(c.end, c.end + 30))) c.modifier = true;
  // "Russian state television accused Georgia", "Chinese state media said": the medium acts, not
  // the country that only qualifies it
  for (const c of all)
    if ((c.type === 'country' || c.kind === 'demonym') && MEDIUM_AFTER.test(text.slice(c.end, c.end + 40)))
      c.modifier = true;
  for (let i = 0; i + 1 < all.length; i++) {
    const c = all[i];
    const n = all[i + 1];
    if (n.type !== 'person' || c.type === 'person') continue;
    // "his Georgian counterpart, Ilia X": the person is the participant, not the country
    if (
      c.type === 'country' &&
      (c.kind === 'demonym'
        ? /counterparts?$/i.test(text.slice(c.start, c.end)) && /^\s*,?\s*$/.test(text.slice(c.end, n.start))
        : /^\s+counterparts?\s*,?\s*$/i.test(text.slice(c.end, n.start)))
    ) {
      c.modifier = true;
      continue;
    }
    const gap = text.slice(c.end, n.start);
    // "SOCAR's X", "European Council President X", "NATO Secretary General X": the organization
    // names the person's office; "the CSTO and Prime Minister X" joins two participants
    if (c.type === 'organization') {
      if (isTitleGap(gap) && !/\band\b/i.test(gap)) c.modifier = true;
      continue;
    }
    if (c.type !== 'country' && c.kind !== 'demonym') continue;
    if (isTitleGap(gap)) c.modifier = true;
  }
  // "Президенты Киргизии и Таджикистана Садыр Жапаров и Эмомали Рахмон", "the Kyrgyz and Tajik
  // presidents, X and Y", "Kırgızistan ve Tacikistan Cumhurbaşkanları X ve Y": countries coordinated
  // before a title that two coordinated people hold all qualify the people, not only the last one
  for (let i = all.length - 3; i >= 0; i--) {
    const [c, n, p] = [all[i], all[i + 1], all[i + 2]];
    const q = all[i + 3];
    if (!n.modifier || c.modifier || p.type !== 'person' || q?.type !== 'person') continue;
    if (c.type !== 'country' && c.kind !== 'demonym') continue;
    if (
      !COORDINATOR_GAP.test(text.slice(c.end, n.start)) ||
      !COORDINATOR_GAP.test(text.slice(p.end, q.start))
    )
      continue;
    c.modifier = true;
  }
  return all;
}

/** Nothing but a coordinator between two names: "и", "and", "ve", "ile", a comma. */
const COORDINATOR_GAP = /^\s*(?:,\s*)?(?:и|and|ve|ile|,)\s*$/u;

/**
 * "Armenia froze its participation in the bloc": the organization of a fitting kind named last in
 * this sentence or the three before. An organization the gazetteer does not know has no kind and is
 * never the referent (a company or a ministry is no "bloc").
 */
function organizationAnaphors(
  text: string,
  sentences: readonly Sentence[],
  kept: readonly Candidate[],
  byRef: ReadonlyMap<string, DocEntity>,
  sentenceOf: (pos: number) => number,
  gaz: Gazetteer | null,
): Candidate[] {
  if (!gaz) return [];
  const out: Candidate[] = [];
  ORG_ANAPHOR.lastIndex = 0;
  for (let m = ORG_ANAPHOR.exec(text); m; m = ORG_ANAPHOR.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (kept.some((c) => c.start < end && c.end > start)) continue;
    const si = sentenceOf(start);
    if (si < 0) continue;
    const noun = (m[1] ?? m[2]).toLowerCase().replace('organisation', 'organization');
    const fits = ORG_ANAPHOR_KINDS[noun];
    const from = sentences[Math.max(0, si - 3)].start;
    const orgs = kept.filter((c) => {
      if (c.start < from || c.end > start) return false;
      const e = byRef.get(c.actorRef);
      const kind = e?.type === 'organization' && e.gazetteerId ? gaz.byId(e.gazetteerId)?.kind : undefined;
      return !!kind && !!fits && fits.test(kind);
    });
    const last = orgs[orgs.length - 1];
    if (!last) continue;
    out.push(anaphorAt(m, last.actorRef, 'organization'));
  }
  return out;
}

/**
 * The entity an anaphor stands for, as a candidate at the anaphor's words: one member of a plural
 * ("the two presidents", "the sides") or the organization of "the bloc".
 */
function anaphorAt(m: RegExpExecArray, ref: string, type: EntityType): Candidate {
  return anaphorSpan(m.index, m.index + m[0].length, ref, type);
}

/** An anaphor candidate over [start, end) standing for `ref`. */
function anaphorSpan(start: number, end: number, ref: string, type: EntityType): Candidate {
  return { start, end, ref, actorRef: ref, type, kind: 'anaphor', modifier: false, place: false };
}

/**
 * A state's forces named without their state ("Police arrested three journalists", "riot police
 * used tear gas", "security forces raided the offices of …"): a country's police act for that
 * country. It is the country of a place the sentence names ("… in Tbilisi", "Police in Bishkek"),
 * else the country of the wire dateline the copy was filed under ("TBILISI, Georgia (AP) —"); a
 * country or demonym right before the noun ("Turkish police") is already a participant. Only a
 * country that is an entity of the document is used, so every participant is a DocEntity.
 */
const DOMESTIC_FORCES =
  /(?<![\p{L}'’-]\s?)\b(?:(?:riot|traffic|border|anti-riot|special|secret|military)\s+)?(?:police(?:\s+(?:officers|officials|forces))?|policemen|security\s+(?:forces|services|officers|agents)|law[-\s]enforcement\s+(?:officers|agencies|bodies|authorities|officials))\b/giu;
/** what may stand right before such a noun and still leave it unqualified */
const FORCES_LEAD =
  /(?:^|[\s"“(])(?:the|The|and|And|but|But|as|As|when|When|after|After|while|While|,)?\s*$/u;

export function domesticForces(
  text: string,
  sentences: readonly Sentence[],
  cands: readonly Candidate[],
  entities: readonly DocEntity[],
  gaz: Gazetteer | null,
  datelines: readonly (readonly [number, number])[],
): Candidate[] {
  if (!gaz) return [];
  const byRef = new Map(entities.map((e) => [e.ref, e]));
  const byGaz = new Map<string, DocEntity>();
  for (const e of entities) if (e.gazetteerId && !byGaz.has(e.gazetteerId)) byGaz.set(e.gazetteerId, e);
  /** the country a candidate place lies in, as a document entity */
  const countryOfPlace = (c: Candidate): string | null => {
    const e = byRef.get(c.ref);
    if (!e) return null;
    if (e.type === 'country') return e.ref;
    if (e.type !== 'location') return null;
    const id = stateOfPlace(gaz, e.gazetteerId, 'place');
    return id ? (byGaz.get(id)?.ref ?? null) : null;
  };
  const out: Candidate[] = [];
  DOMESTIC_FORCES.lastIndex = 0;
  for (let m = DOMESTIC_FORCES.exec(text); m; m = DOMESTIC_FORCES.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const sent = sentences.find((s) => start >= s.start && start < s.end);
    if (!sent) continue;
    // "Turkish police", "Kazakhstan's police", "the Interior Ministry's police": qualified already
    if (!FORCES_LEAD.test(text.slice(Math.max(sent.start, start - 12), start))) continue;
    // a name read from the words themselves ("Riot police" as an unknown group) gives way
    const over = cands.filter((c) => c.start < end && c.end > start);
    if (
      over.some(
        (c) =>
          c.kind !== 'mention' ||
          c.start < start ||
          c.end > end ||
          byRef.get(c.ref)?.gazetteerId ||
          byRef.get(c.ref)?.type === 'country',
      )
    )
      continue;
    let ref: string | null = null;
    // a place in the sentence after "in/at/near/outside" (or the country named as where it was)
    for (const c of cands) {
      if (c.start < sent.start || c.end > sent.end || c.dateline) continue;
      const before = text.slice(Math.max(sent.start, c.start - 40), c.start);
      if (
        !/\b(?:in|at|near|outside|across|throughout)\s+(?:the\s+)?(?:(?:[\p{Lu}][\p{L}'’-]*|capital|city|town|village|region|province|streets?\s+of|centre\s+of|center\s+of)\s+){0,3}$/u.test(
          before,
        )
      )
        continue;
      ref = countryOfPlace(c);
      if (ref) break;
    }
    if (!ref) {
      const filed = cands.find(
        (c) => c.dateline && c.end <= start && datelines.some(([a, b]) => c.start >= a && c.end <= b),
      );
      if (filed) ref = countryOfPlace(filed);
      // "TBILISI, Georgia (AP) —": the country of the dateline itself
      if (!ref)
        for (const [a, b] of datelines) {
          if (a > start) break;
          const c = cands.find((x) => x.start >= a && x.end <= b && byRef.get(x.ref)?.type === 'country');
          if (c) ref = c.ref;
        }
    }
    if (!ref || byRef.get(ref)?.type !== 'country') continue;
    out.push(anaphorSpan(start, end, ref, 'country'));
  }
  return out;
}
