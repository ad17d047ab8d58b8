/**
 * Speaker resolution: which entity of the document an attribution's source stands for.
 *
 * A source is the noun phrase an extractor read as the subject of a cue ("Peskov", "he",
 * "the head of state", "глава МИД", "Bakan", "the ministry", "a source") or nothing at all
 * (a Turkish dropped subject, a quotation continuing the last speaker). `resolve` classifies
 * the phrase and decides:
 *
 *  1. A name: the entity of the mention that heads the phrase. A person wins over the
 *     organisation or country that modifies it ("Kremlin spokesman Dmitry Peskov"); a possessor
 *     ("Putin's spokesman") and the object of a preposition ("the spokesman for X") are never
 *     the head. A country or organisation heads the phrase only when nothing follows it but an
 *     institutional noun ("the Uzbek side", "U.S. officials", "the Foreign Ministry") or when it
 *     stands alone as the subject ("Iran said"): a modifier ("the Georgian Railway") never speaks.
 *  2. A pronoun ("he", "она", "they", "it"), a role noun ("the president", "the Kyrgyz leader",
 *     "глава государства", "Bakan") or an implicit subject: candidates are the entities mentioned
 *     before it, filtered by
 *       - gender and number (the pronoun's, a Russian verb ending's, a role noun's: spokeswoman)
 *         against what the person's name tells (src/nlp/lexicon/given-names.ts); unknown passes;
 *       - type: he/she/role nouns want people; they/it accept organisations, countries, media;
 *       - office: a role noun wants a person holding that office — a role read in this text, or
 *         one the gazetteer says they held at the publication date (rolesHeldAt) — of the
 *         country or organisation the phrase names ("the Kyrgyz leader": of Kyrgyzstan);
 *     and ranked by salience: every earlier mention scores by its syntactic role (the speaker of
 *     an attribution 4, a sentence subject 3, other 1.5, an object 1, a prepositional object or
 *     possessor 0.5, inside a quotation 0.2) times 0.6 per sentence back; an entity takes its
 *     best mention. The best candidate wins; nothing compatible leaves the speaker null.
 *  3. An anonymous source ("a source", "analysts", "officials" without a named body) and a
 *     name the entity recogniser missed stay null (`anonymous`, `unknown`); the caller keeps the
 *     surface text. A phrase of common nouns only ("this visit", "the population") is a `thing`:
 *     things do not speak, and the caller drops the attribution.
 *
 * Relays (the outlet or person in between) are resolved with `resolveRelay`: a medium, a person
 * or an organisation mentioned in the phrase. Deterministic; never throws on odd input.
 */
import type { DocEntity, DocMention, DocRole, Sentence } from '../model/index.js';
import type { Gazetteer } from '../resolve/gazetteer.js';
import { rolesHeldAt, stateOfPlace } from '../resolve/gazetteer.js';
import { genderOfName } from '../nlp/lexicon/given-names.js';
import { ruGenericBody } from './quotes-ru-bodies.js';
import {
  EN_ROLE_NOUNS,
  INSTITUTION_NOUNS,
  isPersonNoun,
  PRONOUNS,
  RU_DOCUMENT_NOUNS,
  RU_ROLE_NOUNS,
  RU_UNNAMED_PEOPLE,
  TR_UNNAMED_PEOPLE,
  trRoleNounOf,
  roleKeysOfTitle,
  type Gender,
  type GrammaticalNumber,
  type RoleNoun,
} from '../nlp/lexicon/speaker-roles.js';

export type QuoteLang = 'en' | 'ru' | 'tr';

/** the head of a body, before the body's name ("глава", "генеральный директор", "председатель правления") */
const RU_BODY_HEAD =
  /^(?:глав[аыеу]|руководител(?:ь|я|ю|ем|е)|(?:генеральн(?:ый|ого|ому|ым)\s+)?директор(?:а|у|ом|е)?|гендиректор(?:а|у|ом|е)?|председател(?:ь|я|ю|ем|е)(?:\s+правления)?|президент(?:а|у|ом|е)?|управляющ(?:ий|его|ему|им))$/u;
/** qualifiers of an unnamed Russian speaker: "европейский дипломат", "один из чиновников" */
const RU_UNNAMED_QUALIFIER =
  /(?:^|\s)(?:высокопоставленн|западн|европейск|неназванн|анонимн|осведомленн|осведомлённ|один|одна|одного|одной|ряд|некоторы|несколько|нескольк)\p{L}*\s/u;
/** "bir Avrupalı diplomat", "birkaç yetkili", "bazı diplomatlar": an indefinite Turkish role noun at the end */
const TR_UNNAMED_BEFORE = /(?<![\p{L}])(?:bir|birkaç|bazı)\s+(?:[\p{L}'’-]+\s+){0,2}\p{L}+$/iu;
/** head nouns of a source phrase that name an outlet ("the magazine", "the state broadcaster") */
const MEDIA_HEADS =
  /^(?:magazine|newspaper|paper|daily|weekly|tabloid|outlet|broadcaster|channel|network|station|website|site|portal|publication|journal|blog|wire)$/;
/** Russian nouns for an outlet by its kind, in the genitive ("источник издания", "собеседник агентства") */
const RU_MEDIA_HEADS = /^(?:издания|агентства|газеты|телеканала|портала|радиостанции|журнала|сайта)$/u;
export type Span = { start: number; end: number };
/** nouns for occasions of speaking that "weekly", "daily" or "news" may modify: no outlet */
const EN_EVENT_NOUNS =
  /^(?:briefings?|meetings?|conferences?|press|news|reports?|updates?|sessions?|addresses|address|programmes?|programs?|shows?|broadcasts?|bulletins?|gatherings?|rally|rallies|talks|basis|column)$/;

/**
 * Near synonyms of a body's head noun: news takes up "the B.C. Teachers' Federation" as "the
 * union", "the Ministry of Health" as "the department" (English).
 */
const BODY_SYNONYMS: Record<string, RegExp> = {
  union: /\b(?:federation|association|alliance|guild|congress|brotherhood|confederation|syndicat)\b/i,
  federation: /\b(?:union|association|confederation)\b/i,
  association: /\b(?:federation|union|society)\b/i,
  department: /\b(?:ministry|agency)\b/i,
  agency: /\b(?:department|ministry)\b/i,
  ministry: /\bdepartment\b/i,
};
/** heads by which a national agency ("Statistics Canada") is taken up */
const AGENCY_NOUNS = new Set(['department', 'agency', 'ministry']);
/** institution nouns that say what a body is without being part of its name */
const GENERIC_BODIES = new Set(['company', 'firm', 'corporation', 'charity', 'organization', 'organisation']);
/** generic heads that name a business, never a state or international body */
const COMMERCIAL_HEADS = new Set(['company', 'firm', 'corporation']);
/** gazetteer kinds of businesses ("company", "bank", "airline", "stock exchange" …) */
const COMMERCIAL_KINDS =
  /\b(?:company|bank|airline|exchange|rating agency|fund|club|operator|holding|producer)\b/i;
/** head words of public bodies' names */
const PUBLIC_BODY_WORDS =
  /\b(?:Ministry|Ministries|Department|Government|Parliament|Council|Commission|Committee|Service|Office|Court|Army|Forces|Party|Kremlin|Administration|Assembly|Agency|Police|Guard|Union|Organi[sz]ation)\b/;

/** What a source phrase turned out to be, for the reader and for tests. */
export type SourceForm =
  'name' | 'pronoun' | 'role' | 'institution' | 'document' | 'anonymous' | 'implicit' | 'unknown' | 'thing';

export type Resolution = { ref: string | null; form: SourceForm };

/** Everything the resolver reads; built once per document. */
export type SpeakerContext = {
  text: string;
  lang: QuoteLang;
  /** the document's entities */
  entities: DocEntity[];
  mentions: readonly DocMention[];
  sentences: readonly Sentence[];
  /** direct quotation spans: mentions inside them are barely salient */
  quoted: readonly Span[];
  /**
   * English: does a verb (by the tagger) stand in [start, end)? null when unknown. Lets a long
   * title before a name ("The European Union's foreign policy chief Kaja Kallas condemned …")
   * still read as the subject: no verb precedes the name in its clause.
   */
  verbIn?: (start: number, end: number) => boolean | null;
  published?: string | null;
  gazetteer?: Gazetteer | null;
};

export type SourceQuery = {
  /** the source phrase, or null for an implicit subject */
  span: Span | null;
  /** position of the attribution (cue or quote), for salience */
  at: number;
  /** agreement read off the cue ("заявила": f, "заявили": pl) */
  gender?: Gender;
  number?: GrammaticalNumber;
};

type Role = 'speaker' | 'subject' | 'other' | 'object' | 'oblique' | 'quoted';
const ROLE_WEIGHT: Record<Role, number> = {
  speaker: 4,
  subject: 3,
  other: 1.5,
  object: 1,
  oblique: 0.5,
  quoted: 0.2,
};
const DECAY = 0.6;
/** how far back a pronoun looks, in sentences (a role noun looks through the whole text) */
const PRONOUN_WINDOW = 6;

const PERSON_ONLY = new Set(['person']);
/**
 * Descriptions rather than offices ("the general", "the expert", "the diplomat"): the text
 * rarely records them as roles, so when nobody is known to hold one, the most salient person of
 * the last few sentences whose country does not contradict the phrase's is taken.
 */
const SOFT_ROLES = new Set([
  'general',
  'commander',
  'expert',
  'analyst',
  'politician',
  'official',
  'diplomat',
  'journalist',
  'professor',
  'economist',
  'aide',
  'lawmaker',
  'lawyer',
  'activist',
]);
const SOFT_WINDOW = 3;
/** descriptions that are trades: a person the text titles otherwise does not practise them */
const PROFESSIONS = new Set([
  'lawyer',
  'journalist',
  'activist',
  'economist',
  'professor',
  'general',
  'commander',
]);
/** "the press service of …": a body whose words are those of the person or body it serves */
const VOICE_OF =
  /^\s*(?:the\s+)?(?:press\s+service|press\s+office|media\s+office|office|administration|chancellery|secretariat)\s+of\s+/i;
/** "a spokesperson for the mayor", "a representative of Jones": an unnamed voice of the person or body after it */
const VOICE_FOR =
  /^\s*(?:an?|the|one)\s+(?:spokes(?:person|man|woman)|representative|press\s+secretary|communications\s+director)\s+(?:for|of)\s+/i;
/** the words before the state a diplomatic mission belongs to: "the Embassy of", "the Consulate General of the Republic of" */
const MISSION_OF =
  /^(?:the\s+)?(?:(?:permanent|diplomatic|trade)\s+)?(?:embassy|consulate(?:[\s-]general)?|mission|representation|representative\s+office)\s+of\s+(?:the\s+)?(?:(?:republic|state|kingdom|federation)\s+of\s+(?:the\s+)?)?$/i;

/** "the premier's office", "Chow's spokesperson", "her office": the voice of its possessor */
const VOICE_POSS =
  /^(\s*\S.*?)(?:['’]s?|\s+(his|her|their|its))\s+(?:press\s+)?(?:office|spokes(?:person|man|woman)|press\s+secretary|communications\s+director|press\s+service)\s*$/i;
/** "the presidential press service", "the Tajik presidential spokesman": the voice of the president (an administration is a body of its own) */
const PRESIDENTIAL_VOICE =
  /^\s*(?:the\s+)?(?:[\p{L}'’.-]+\s+){0,2}?presidential\s+(?:press\s+service|press\s+office|media\s+office|spokes(?:person|man|woman)|press\s+secretary)\s*$/iu;
const POSSESSIVE_PRONOUN: Record<string, string> = { his: 'he', her: 'she', their: 'they', its: 'it' };
/** Russian: a voice of an office (its press service, office, administration) before the office's role noun */
const RU_VOICE_OF =
  /^(?:(?:в|во|от|из)\s+)?(?:пресс-служб|пресс-центр|пресс-секретар|администраци|аппарат|канцеляри|офис|секретариат)\p{L}*\s+(?!(?:мид|мвд|министерств|ведомств|правительств|кремл|компани|госкорпораци)\p{L}*)/u;
/** offices whose press service speaks for their holder */
const RU_HOLDER_ROLES = new Set([
  'president',
  'prime minister',
  'head of state',
  'head of government',
  'leader',
]);
/** Roles whose unnamed holder speaks for the body named with them ("a Kremlin spokesman", "U.S. officials"). */
const VOICE_ROLES = new Set(['spokesperson', 'official', 'ambassador', 'diplomat']);
const GROUP_TYPES = new Set(['organization', 'country', 'media', 'group']);
const SPEAKER_TYPES = new Set(['person', 'organization', 'media', 'country', 'group']);

const EN_PREPOSITIONS = new Set(
  `with to of from by after before for about against at on in into between among than like during under over
toward towards upon near behind via per including without across through beside besides amid despite whom whose`.split(
    /\s+/,
  ),
);
const RU_PREPOSITIONS = new Set(
  'с со к ко о об обо по для от у в во на при между перед за без про через над под из изо до около против'.split(
    ' ',
  ),
);
/** nouns after "по" that name a source, not a portfolio ("по словам", "по данным") */
const RU_SOURCE_NOUNS = /^(?:словам|данным|мнению|информации|сведениям|оценке|оценкам|сообщению|версии)$/u;
/** title heads a Russian portfolio phrase ("по санкциям") may follow */
const RU_TITLE_HEAD =
  /(?<![\p{L}])(?:спец|вице-)?(?:представител|министр|советник|помощник|посланник|уполномоченн|секретар|глав|руководител|заместител|директор|председател|комиссар|координатор|посол|посла|посл[уе]|послом|полпред|постпред|замминистра|начальник)\p{L}*/iu;
const EN_ANONYMOUS =
  /^(?:(?:a|an|the|one|two|three|several|some|many|other|another|senior|unnamed|anonymous|local|western|foreign|independent|informed|government|official|diplomatic|military|security|political)\s+)*(?:sources?|analysts?|experts?|observers?|officials?|diplomats?|critics?|residents?|witnesses?|people|insiders?|commentators?|media|reports?|person|individuals?|activists?|lawmakers?|politicians?|scholars?|economists?|journalists?|reporters?|users?|bloggers?|eyewitnesses|researchers?)$/i;
const EN_DOCUMENTS =
  /(?:^|\s)(?:statement|report|communiqu[eé]|declaration|document|letter|release|press release|message|publication|article|decree|resolution|note|post|readout|polls?|surveys?|study|studies|results|data|findings|analysis|research|lawsuit|complaint|filing|indictment|memo|summary|website|records|story|probe|investigation|book|tweet|e-?mail|video|ad|petition|transcript|ruling|filings?|laws?|count|tally|estimates?|figures|census|statistics|documents|clip|footage|rules|reports)$/i;
/** plural nouns through which a named state or body speaks ("U.S. officials", "Russian authorities") */
const INSTITUTIONAL_PLURALS =
  /^(?:officials|authorities|diplomats|representatives|spokesmen|sources|leadership|government|side|delegation|military|forces)$/i;

/** words that cannot head a source phrase: pronouns of the first and second person, relatives, determiners */
const EN_NOT_A_HEAD =
  /^(?:|i|we|you|me|us|who|which|that|the|a|an|this|these|those|his|her|their|its|our|my|your|one|another)$/i;

const QUANTITY_HEADS =
  /^(?:percent|per|%|majority|minority|plurality|most|half|third|thirds|quarter|many|some|few|all|none|number|share|dozens|hundreds|thousands|millions|one|two|three|several|each|any|both|more|less)$/;

/**
 * Is an English source phrase headed by a noun for people ("the witness", "some advocates for
 * stem cell research", "27 percent of voters")? The head is the last word before a preposition
 * or a relative; a quantity head ("percent of", "most of") passes to the noun after "of".
 */
export function personHeaded(low: string): boolean {
  const words = low
    .replace(/[^\p{L}\p{N}%\s'’-]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (!words.length) return false;
  const cut = words.findIndex(
    (w, i) =>
      i > 0 &&
      /^(?:of|for|from|in|at|on|with|who|which|that|whose|whom|among|across|around|here|there)$/.test(w),
  );
  let headWords = cut > 0 ? words.slice(0, cut) : words;
  // "people familiar with the matter", "sources close to …": the adjective follows the head
  if (
    headWords.length > 1 &&
    /^(?:familiar|close|briefed|involved|knowledgeable|privy)$/.test(headWords.at(-1)!)
  )
    headWords = headWords.slice(0, -1);
  const head = headWords[headWords.length - 1];
  if (isPersonNoun(head)) return true;
  // "27 percent said", "most say", "a majority said": a share of people
  if (
    cut < 0 &&
    headWords.length <= 3 &&
    (/^(?:percent|%|majority|most|half|many|some|few|others|third|quarter)$/.test(head) ||
      /^\d[\d.,]*%$/.test(head))
  )
    return true;
  if (cut > 0 && words[cut] === 'of' && (QUANTITY_HEADS.test(head) || /^\d/.test(head)))
    return words.slice(cut + 1).some((w) => isPersonNoun(w));
  return false;
}

export class SpeakerResolver {
  private readonly ents: Map<string, DocEntity>;
  private readonly mentions: DocMention[];
  private readonly sentences: Sentence[];
  private readonly roleOf: Map<DocMention, Role> = new Map();
  /** attributions resolved so far: [position, ref] in text order of resolution */
  private readonly spoken: { at: number; ref: string }[] = [];
  private readonly reporters = new Set<string>();
  private readonly genderCache = new Map<string, Gender | null>();

  constructor(private readonly ctx: SpeakerContext) {
    this.ents = new Map(ctx.entities.map((e) => [e.ref, e]));
    this.mentions = ctx.mentions
      .filter((m) => m && m.end > m.start && this.ents.has(m.ref))
      .slice()
      .sort((a, b) => a.start - b.start || b.end - a.end);
    this.sentences = ctx.sentences.slice().sort((a, b) => a.start - b.start);
  }

  /** A mention's syntactic role, read on first need (most documents resolve few sources). */
  private role(m: DocMention): Role {
    let r = this.roleOf.get(m);
    if (r === undefined) this.roleOf.set(m, (r = this.syntacticRole(m)));
    return r;
  }

  /** Record that `ref` spoke at `at` (it becomes the most salient speaker). */
  noteSpeaker(ref: string | null, at: number): void {
    if (ref) this.spoken.push({ at, ref });
  }

  /** Record a relay: a reporter is not a candidate speaker for pronouns. */
  noteReporter(ref: string): void {
    this.reporters.add(ref);
  }

  lastSpeakerBefore(at: number): string | null {
    for (let i = this.spoken.length - 1; i >= 0; i--) if (this.spoken[i].at <= at) return this.spoken[i].ref;
    return null;
  }

  type(ref: string | null): string | null {
    return ref ? (this.ents.get(ref)?.type ?? null) : null;
  }

  /**
   * Can this entity be a speaker? People, organisations, media, countries, groups — and a place
   * that is a seat of power ("the Kremlin", "Moscow said"), which speaks for its government.
   */
  canSpeak(ref: string | null): boolean {
    const e = ref ? this.ents.get(ref) : undefined;
    if (!e) return false;
    if (SPEAKER_TYPES.has(e.type)) return true;
    const gaz = this.ctx.gazetteer;
    return e.type === 'location' && !!gaz && !!stateOfPlace(gaz, e.gazetteerId, 'seat');
  }

  private bodyLike(ref: string): boolean {
    const t = this.type(ref);
    return !!t && (GROUP_TYPES.has(t) || (t === 'location' && this.canSpeak(ref)));
  }

  /** The speaker a source phrase stands for. */
  resolve(q: SourceQuery): Resolution {
    if (!q.span)
      return {
        ref: this.byAgreement({
          at: q.at,
          gender: q.gender,
          number: q.number,
          types: q.number === 'pl' ? null : PERSON_ONLY,
        }),
        form: 'implicit',
      };
    // a source that is part of one name ("Siemens" of "Siemens AG said", as a parse may cut it) is that name
    const covering = this.mentionCovering(q.span.start, q.span.end);
    if (covering) return this.resolve({ ...q, span: { start: covering.start, end: covering.end } });
    const { text } = this.ctx;
    const raw = text.slice(q.span.start, q.span.end);
    const surface = raw.trim().replace(/\s+/g, ' ');
    if (!surface) return { ref: null, form: 'unknown' };
    const low = surface.toLowerCase();

    const pron = PRONOUNS[this.ctx.lang][low];
    if (pron) {
      const gender = pron.gender ?? q.gender;
      const number = pron.number === 'pl' || q.number === 'pl' ? 'pl' : 'sg';
      const types = pron.personOnly
        ? PERSON_ONLY
        : number === 'pl'
          ? null
          : low === 'it'
            ? GROUP_TYPES
            : null;
      return { ref: this.byAgreement({ at: q.span.start, gender, number, types }), form: 'pronoun' };
    }

    // "the press service of the President of Uzbekistan", "the office of X": the voice of X
    const voiceOf = this.ctx.lang === 'en' ? VOICE_OF.exec(raw) : null;
    if (voiceOf) {
      const start = q.span.start + voiceOf.index + voiceOf[0].length;
      const inner = this.resolve({ ...q, span: { start, end: q.span.end } });
      if (inner.ref) return inner;
    }

    const voice = this.ctx.lang === 'en' ? this.voiceOfPrincipal(q, raw) : null;
    if (voice) return voice;

    const head = this.headMention(q.span);
    const role = this.roleNoun(surface);
    // "президент Казахстана", "the president of Kyrgyzstan": a place or body after a role noun
    // says whose office it is; the holder speaks, never the country
    const ofRole =
      !!head &&
      !!role &&
      this.type(head.ref) !== 'person' &&
      // ("глава МИД Турции": the role's own complement is the body's name)
      (this.roleNoun(text.slice(q.span.start, head.start)) !== null ||
        (this.ctx.lang === 'ru' && this.roleNoun(text.slice(q.span.start, head.end)) !== null));
    // "глава «Газпрома»", "гендиректор Росатома": the head of a body named before as its holder's
    // title ("Глава Росатома Алексей Лихачев") is that holder, not the body
    if (head && !ofRole && this.ctx.lang === 'ru' && this.type(head.ref) === 'organization') {
      const before = text
        .slice(q.span.start, head.start)
        .trim()
        .replace(/[«"„“]$/u, '')
        .trim();
      if (RU_BODY_HEAD.test(before.toLowerCase())) {
        const holder =
          this.best(
            q.span.start,
            (e) => e.type === 'person' && (e.roles ?? []).some((r) => r.ofRef === head.ref),
            Infinity,
          ) ?? this.headOfBodyBefore(q.span.start, head.ref);
        if (holder) return { ref: holder, form: 'role' };
      }
    }
    if (head && !ofRole) return { ref: head.ref, form: 'name' };

    // "пресс-служба президента Узбекистана", "в администрации главы государства": the voice of
    // the office-holder, as English "the press service of the President of …"
    const ruVoice = this.ctx.lang === 'ru' && role ? this.ruVoiceOfOffice(q, surface, role.noun) : null;
    if (ruVoice) return ruVoice;

    // "европейский дипломат", "высокопоставленный чиновник", "один из экспертов": Russian has no
    // articles, so a qualifier that sets the person apart from anyone named marks someone unnamed
    if (role && this.ctx.lang === 'ru' && RU_UNNAMED_QUALIFIER.test(low))
      return { ref: null, form: 'anonymous' };
    // "bir Avrupalı diplomat", "üst düzey bir yetkili", "adının açıklanmasını istemeyen bir
    // diplomat": Turkish "bir" (a) before the role noun brings in someone unnamed (the finder's
    // source phrase may start at the role noun itself)
    if (
      role &&
      this.ctx.lang === 'tr' &&
      TR_UNNAMED_BEFORE.test(`${text.slice(Math.max(0, q.span.start - 40), q.span.start)}${low}`)
    )
      return { ref: null, form: 'anonymous' };
    if (role) {
      // "An opposition politician … claimed …. 'A betrayal,' the politician told …": the definite
      // phrase takes up the unnamed person just introduced, not a named one from before
      if (this.ctx.lang === 'en' && this.unnamedAntecedent(q.span.start, surface))
        return { ref: null, form: 'role' };
      const of = this.modifierEntity(q.span);
      // "Officials said", "Western diplomats told …": a bare plural speaks for people in general
      // (or for the body it names), never for the one holder named before
      if (
        this.ctx.lang === 'en' &&
        role.noun.number === 'pl' &&
        !/^(?:the|these|those|both|its|his|her|their|our|two|three|all)\b/i.test(surface)
      )
        return { ref: of && !of.startsWith('g:') ? of : null, form: 'anonymous' };
      // "one official said", "a European diplomat who asked not to be named told …": an indefinite
      // description brings in someone new, never a person the text named before (a lede's "A
      // senior official … . Minister X told …" is joined to the name after it by namedNext)
      if (this.ctx.lang === 'en' && /^(?:an?|one|another)\s/i.test(surface)) {
        if (!VOICE_ROLES.has(role.noun.role)) return { ref: null, form: 'role' };
        if (of && !of.startsWith('g:')) return { ref: of, form: 'role' };
        // "a ministry spokesperson", "a department official": the body named before by that noun
        const inst = this.institution(surface.replace(/\s+\S+$/, ''));
        const body = inst && inst !== 'statement' ? this.byInstitution(q.span, inst) : null;
        return { ref: body && this.type(body) === 'organization' ? body : null, form: 'role' };
      }
      // "their lawyer", "his aide": someone of the possessor's, never the possessor nor just anybody near
      const possessed = this.ctx.lang === 'en' && /^(?:his|her|their|its)\s/i.test(surface);
      const person = this.byRole(q.span.start, role.noun, of, q.gender, !possessed);
      // "a State Department spokesman", "a Russian official": an unnamed voice speaks for its body
      if (!person && of && !of.startsWith('g:') && VOICE_ROLES.has(role.noun.role))
        return { ref: of, form: 'role' };
      return { ref: person, form: 'role' };
    }
    // "в пресс-службе госкорпорации", "в ведомстве": the body of that kind named before
    const bodyKind = this.ctx.lang === 'ru' ? ruGenericBody(surface) : null;
    if (bodyKind) return { ref: this.lastOrganization(q.span.start, bodyKind), form: 'institution' };
    const inst = this.institution(surface);
    if (inst) {
      const ref = this.byInstitution(q.span, inst);
      // "the statement said" with no body named in it: whoever the text last gave words to
      if (!ref && inst === 'statement') return { ref: this.documentAuthor(q.span), form: 'document' };
      return { ref, form: 'institution' };
    }
    // "сообщении ведомства", "документе" (after "говорится в"): whoever the document is of
    if (this.ctx.lang === 'ru' && RU_DOCUMENT_NOUNS.has(low.split(' ')[0]))
      return { ref: this.documentAuthor(q.span), form: 'document' };
    if (this.ctx.lang === 'en' && EN_DOCUMENTS.test(low))
      return { ref: this.documentAuthor(q.span), form: 'document' };
    if (this.ctx.lang === 'en' && EN_ANONYMOUS.test(low.replace(/^(?:the|a|an)\s+/, 'a '))) {
      // "U.S. officials", "Russian diplomats": the named state speaks through its officials
      const last = low.split(' ').pop() ?? '';
      const of = INSTITUTIONAL_PLURALS.test(last) ? this.modifierEntity(q.span) : null;
      return { ref: of, form: 'anonymous' };
    }
    // "bir yetkili", "diplomatik kaynaklar": people, unnamed
    if (this.ctx.lang === 'tr' && TR_UNNAMED_PEOPLE.test(low.split(' ').pop() ?? ''))
      return { ref: null, form: 'anonymous' };
    // "the magazine said", "the newspaper reported": the outlet named last before it, else unknown
    if (this.ctx.lang === 'en' && MEDIA_HEADS.test(low.split(' ').pop() ?? ''))
      return { ref: this.lastOfType(q.span.start, 'media'), form: 'institution' };
    // "the witness", "some families", "27 percent of voters": people, unnamed
    if (this.ctx.lang === 'en' && personHeaded(low)) return { ref: null, form: 'anonymous' };
    // "источник в правительстве", "дипломатический источник", "эксперты": people, unnamed
    if (
      this.ctx.lang === 'ru' &&
      low
        .split(' ')
        .slice(0, 3)
        .some((w) => RU_UNNAMED_PEOPLE.test(w))
    )
      return { ref: null, form: 'anonymous' };
    // a capitalised word past the first (or a first word that is no article) may be a name the recogniser missed
    const words = surface.split(' ');
    const named = words.some(
      (w, i) =>
        /^[«"“„]?\p{Lu}/u.test(w) &&
        (i > 0 ||
          !/^(?:the|this|that|these|those|a|an|its|his|her|their|our|such|some|both|all|every|each)$/i.test(
            w,
          )),
    );
    // "we", "you", "who", or a phrase cut to its determiner ("The", "Her"): someone speaks whom the
    // phrase does not name; only a noun that names no speaker makes a thing
    if (this.ctx.lang === 'en' && words.every((w) => EN_NOT_A_HEAD.test(w.replace(/^\W+|\W+$/g, ''))))
      return { ref: null, form: 'unknown' };
    return { ref: null, form: named ? 'unknown' : 'thing' };
  }

  /**
   * Russian: the press service, office or administration of an office-holder ("пресс-служба
   * президента Узбекистана", "в аппарате премьер-министра Армении") speaks for the holder: the
   * person the text shows holding that office, before the source or in the same or next sentence
   * ("Как сообщила пресс-служба президента Узбекистана, Мирзиёев …"); else for the state or body
   * whose office it is (the office of an unnamed holder is that state's voice). Null when the
   * phrase is no such voice.
   */
  /**
   * "Генеральный директор госкорпорации «Росатом» Алексей Лихачев …", "председатель ГКНБ
   * Киргизии Ташиев Камчыбек …": the person named right after a head's title with the body's
   * name (its mention and the name touching), the latest before `pos`, else null.
   */
  private headOfBodyBefore(pos: number, body: string): string | null {
    const text = this.ctx.text;
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i];
      if (m.start >= pos || this.type(m.ref) !== 'person') continue;
      const o = this.mentions.find(
        (x) => x.ref === body && x.end <= m.start && /^[»"”\s]*$/u.test(text.slice(x.end, m.start)),
      );
      if (!o) continue;
      const lead = text.slice(Math.max(0, o.start - 60), o.start).toLowerCase();
      if (
        /(?:^|[^\p{L}])(?:глав|руководител|директор|гендиректор|председател|президент|управляющ)\p{L}*\s+(?:[\p{L}-]+\s+)?[«"„“]?$/u.test(
          lead,
        )
      )
        return m.ref;
    }
    return null;
  }

  private ruVoiceOfOffice(q: SourceQuery, surface: string, noun: RoleNoun): Resolution | null {
    const voice = RU_VOICE_OF.exec(surface.toLowerCase());
    if (!voice || !q.span || !RU_HOLDER_ROLES.has(noun.role)) return null;
    const of = this.modifierEntity(q.span);
    const ofGaz = of ? (of.startsWith('g:') ? of.slice(2) : (this.ents.get(of)?.gazetteerId ?? null)) : null;
    const ofRef = of && !of.startsWith('g:') ? of : null;
    const before = this.byRole(q.span.start, noun, of, undefined, false);
    if (before) return { ref: before, form: 'role' };
    if (ofRef || ofGaz) {
      const si = this.sentenceIndex(q.span.end);
      const until = this.sentences[Math.min(this.sentences.length - 1, si + 1)].end;
      const holder = this.mentionsIn(q.span.end, until).find((m) => {
        const e = this.ents.get(m.ref);
        return !!e && e.type === 'person' && this.holds(e, noun.role, ofRef, ofGaz, true);
      });
      if (holder) return { ref: holder.ref, form: 'role' };
    }
    return ofRef ? { ref: ofRef, form: 'institution' } : null;
  }

  /**
   * English: an unnamed voice of a person or body speaks for it, as the press service does
   * (VOICE_OF): "a spokesperson for the mayor", "the premier's office", "Chow's spokesperson",
   * "her office" are the mayor, the premier, Chow and the woman last spoken of. A voice named in
   * the phrase ("Jones's press secretary, Hannah Jensen") is read as a name before this.
   * Returns null when the phrase is no such voice or its principal resolves to nobody.
   */
  private voiceOfPrincipal(q: SourceQuery, raw: string): Resolution | null {
    if (!q.span) return null;
    // "the presidential press service", "the Kyrgyz presidential spokesman": the president's voice
    if (PRESIDENTIAL_VOICE.test(raw)) {
      const role = this.roleNoun('president');
      const of = this.modifierEntity(q.span);
      const ref = role ? this.byRole(q.span.start, role.noun, of, undefined, false) : null;
      // (a president of another country than the phrase names is not its voice)
      const ofGaz = of
        ? of.startsWith('g:')
          ? of.slice(2)
          : (this.ents.get(of)?.gazetteerId ?? null)
        : null;
      const country = ref ? this.countryOf(this.ents.get(ref)!) : null;
      if (ref && !(ofGaz && country && country !== ofGaz)) return { ref, form: 'role' };
    }
    const pron = /^\s*(his|her|their|its)\s/i.exec(raw);
    const poss = pron ? null : VOICE_POSS.exec(raw);
    if (pron && VOICE_POSS.exec(`x ${raw}`)) {
      const p = PRONOUNS.en[POSSESSIVE_PRONOUN[pron[1].toLowerCase()]];
      if (!p) return null;
      const number = p.number === 'pl' ? 'pl' : 'sg';
      const types = p.personOnly ? PERSON_ONLY : number === 'pl' ? null : GROUP_TYPES;
      const ref = this.byAgreement({ at: q.span.start, gender: p.gender, number, types });
      return ref ? { ref, form: 'pronoun' } : null;
    }
    let inner: Span | null = null;
    if (poss && !poss[2]) inner = { start: q.span.start, end: q.span.start + poss[1].length };
    const voiceFor = poss ? null : VOICE_FOR.exec(raw);
    if (voiceFor) inner = { start: q.span.start + voiceFor.index + voiceFor[0].length, end: q.span.end };
    if (!inner || inner.end - inner.start < 2) return null;
    // a person named in the voice's own words is that voice ("spokesperson for the RCMP, Cpl. X")
    const principal = this.resolve({ ...q, span: inner });
    return principal.ref ? principal : null;
  }

  /** The outlet or person a relay phrase names ("France 24", "the agency Trend", "ТАСС"). */
  resolveRelay(span: Span): string | null {
    const ms = this.mentionsIn(span.start, span.end).filter((m) => SPEAKER_TYPES.has(this.type(m.ref) ?? ''));
    const pick =
      ms.find((m) => this.type(m.ref) === 'media') ??
      ms.find((m) => this.type(m.ref) === 'person') ??
      ms.find((m) => this.type(m.ref) === 'organization');
    if (pick) return pick.ref;
    // "X said, according to the ministry, …": the body named before by that head noun
    const surface = this.ctx.text.slice(span.start, span.end).trim().replace(/\s+/g, ' ');
    const inst = /^the\s/i.test(surface) ? this.institution(surface) : null;
    const body = inst && inst !== 'statement' ? this.byInstitution(span, inst) : null;
    if (body && this.type(body) === 'organization') return body;
    // "the TV channel quotes …", "the agency reported": the outlet named last before it
    const last = this.ctx.text
      .slice(span.start, span.end)
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter(Boolean)
      .pop();
    if (
      this.ctx.lang === 'en' &&
      last &&
      (MEDIA_HEADS.test(last) || last === 'agency') &&
      !(/^(?:weekly|daily)$/.test(last) && this.nounGoesOn(span.end))
    )
      return this.lastOfType(span.start, 'media');
    // "источник издания", "собеседник агентства": the outlet named last before it
    if (this.ctx.lang === 'ru' && last && RU_MEDIA_HEADS.test(last))
      return this.lastOfType(span.start, 'media');
    return null;
  }

  /**
   * English: does the phrase go on past `pos` with the noun it was modifying? "told a weekly
   * briefing", "told the daily press conference": the relay phrase was cut after an adjective
   * that can also name an outlet, and a briefing is no outlet.
   */
  private nounGoesOn(pos: number): boolean {
    const next = /^[ \t]+(\p{Ll}+)/u.exec(this.ctx.text.slice(pos, pos + 40));
    return !!next && EN_EVENT_NOUNS.test(next[1]);
  }

  // ---------------------------------------------------------------- names

  /** The mention heading a phrase: a person not in a possessive or prepositional phrase, else a body standing as the head. */
  headMention(span: Span): DocMention | null {
    const { text } = this.ctx;
    const ms = this.mentionsIn(span.start, span.end).filter((m) => this.canSpeak(m.ref));
    if (!ms.length) return null;
    // a possessor is not the head when the phrase goes on ("Putin's spokesman"); alone it is ("Erdoğan'ın" before a colon)
    // (a Turkish case ending written on without an apostrophe is no word either: "Başkanlığının")
    const ending = this.ctx.lang === 'tr' ? /^(?:['’]\p{L}*|\p{Ll}+)/u : /^['’]\p{L}*/u;
    const goesOn = (m: DocMention) => /[\p{L}\p{N}]/u.test(text.slice(m.end, span.end).replace(ending, ''));
    const usable = ms.filter(
      (m) =>
        !(this.isPossessor(m) && goesOn(m)) &&
        !this.afterPreposition(m, span.start) &&
        !this.isRoleAnaphor(m),
    );
    const persons = usable.filter((m) => this.type(m.ref) === 'person');
    if (persons.length) return persons[0];
    // "the Embassy of Azerbaijan", "the Consulate General of Turkey": a state's mission speaks for it
    if (this.ctx.lang === 'en') {
      const state = ms.find(
        (m) =>
          this.type(m.ref) === 'country' &&
          MISSION_OF.test(text.slice(span.start, m.start)) &&
          !/[\p{L}\p{N}]/u.test(text.slice(m.end, span.end)),
      );
      if (state) return state;
    }
    // a body heads the phrase when only institutional words follow it
    for (let i = usable.length - 1; i >= 0; i--) {
      const m = usable[i];
      if (
        ms.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start)
      )
        continue; // nested inside a longer one
      // the closing mark of a name in quotation marks ("агентство «Кабар»") is no word after it
      // and neither is a Turkish case ending after the apostrophe ("TASS'ın")
      const rest = text
        .slice(m.end, span.end)
        .replace(/^(?:[»”"“]|'(?!\p{L}))+/u, '')
        .replace(this.ctx.lang === 'tr' ? /^(?:['’]\p{L}+|\p{Ll}+)/u : /^$/, '')
        .trim()
        .replace(/^['’]s\b/, '')
        // the period of an abbreviation the mention leaves out ("Westbank Corp.", "Acme Inc.")
        .replace(/^\.$/, '')
        .trim()
        .toLowerCase();
      if (!rest || this.institutionTail(rest)) return m;
    }
    return null;
  }

  private institutionTail(rest: string): boolean {
    // Turkish case and possessive endings on the noun ("tarafının", "Bakanlığı'nın")
    const words = rest
      .replace(/[(),]/g, ' ')
      .split(/\s+/)
      .filter(Boolean)
      .map((w) =>
        this.ctx.lang === 'tr' ? w.replace(/['’]\p{L}+$/u, '').replace(/(?<=[ıiuü])n[ıiuü]n$/u, '') : w,
      );
    if (!words.length || words.length > 4) return false;
    const inst = INSTITUTION_NOUNS[this.ctx.lang];
    const joined = words.join(' ');
    if (inst.some((n) => joined === n || joined.endsWith(' ' + n))) return true;
    return this.ctx.lang === 'en' && INSTITUTIONAL_PLURALS.test(words[words.length - 1]) && words.length <= 2;
  }

  private isRoleAnaphor(m: DocMention): boolean {
    // "the Kazakh leader" is a mention the entity extractor resolved to the nearest holder;
    // the resolver decides role nouns itself
    return /^(?:the|this|that)\s/i.test(m.text) && !!this.roleNoun(m.text);
  }

  private isPossessor(m: DocMention): boolean {
    const after = this.ctx.text.slice(m.end, m.end + 3);
    if (this.ctx.lang === 'en') return /^['’]s?\b/.test(after) || /^['’](?:\s|$)/.test(after);
    if (this.ctx.lang === 'tr')
      return /^(?:['’](?:[ıiuü]n|n[ıiuü]n)|n[ıiuü]n)(?!\p{L})/u.test(this.ctx.text.slice(m.end, m.end + 5));
    return false;
  }

  /**
   * English: is the text between the last preposition before `m` and `m` a capitalised domain
   * of an office ("of Energy", "of Foreign Affairs", "of the Board") that a title opened before
   * the preposition ("Minister", "Chairman")? Then `m` is the title holder, not the object.
   */
  private titleDomainBefore(m: DocMention, from: number): boolean {
    const lead = this.ctx.text.slice(Math.max(from, m.start - 60), m.start);
    const words = lead.split(/\s+/).filter(Boolean);
    const last = words.findLastIndex((w) => EN_PREPOSITIONS.has(w.toLowerCase()));
    if (last < 1) return false;
    const object = words.slice(last + 1).filter((w) => !/^(?:the|a|an)$/i.test(w));
    if (!object.length || object.length > 4) return false;
    const titled = (w: string) => !!EN_ROLE_NOUNS[w.toLowerCase()] || isPersonNoun(w);
    if (!object.every((w) => /^\p{Lu}[\p{L}-]*$/u.test(w) && !titled(w))) return false;
    // the word before the preposition must be a title: "Minister of", "Chairman of", "Head of"
    const before = words[last - 1].replace(/[^\p{L}]/gu, '');
    return /^\p{Lu}/u.test(before) && titled(before);
  }

  private afterPreposition(m: DocMention, from: number): boolean {
    const leadStart = Math.max(from, m.start - 40);
    // a preposition inside another name is no preposition of the phrase: "Royal Bank of Canada
    // economist Claire Fan" reads as "<name> economist Claire Fan"
    let lead = '';
    let at = leadStart;
    for (const o of this.mentionsIn(leadStart, m.start)) {
      if (o === m || o.start < at || o.end > m.start || !/\s/.test(o.text)) continue;
      lead += this.ctx.text.slice(at, o.start) + 'name';
      at = o.end;
    }
    lead = (lead + this.ctx.text.slice(at, m.start)).toLowerCase();
    const words = lead.split(/[^\p{L}.'’-]+/u).filter(Boolean);
    const preps = this.ctx.lang === 'ru' ? RU_PREPOSITIONS : this.ctx.lang === 'en' ? EN_PREPOSITIONS : null;
    if (!preps) return false;
    const last = words.findLastIndex((w) => preps.has(w));
    if (last < 0) return false;
    // "the President of the country Kasym-Jomart Tokayev": the preposition's object ("the
    // country") is complete before the name, which stands in apposition to the whole phrase
    const object = words.slice(last + 1);
    if (
      this.ctx.lang === 'en' &&
      object.length === 2 &&
      /^(?:the|this|that)$/.test(object[0]) &&
      /^\p{Ll}/u.test(
        this.ctx.text
          .slice(Math.max(from, m.start - 40), m.start)
          .trimEnd()
          .split(/\s+/)
          .pop() ?? '',
      ) &&
      !EN_ROLE_NOUNS[object[1]] &&
      !isPersonNoun(object[1])
    )
      return false;
    // "Minister of Energy Almasadam Satkaliyev", "Chairman of the Board Talgat Aldybergenov": the
    // preposition's object is a capitalised domain of the office, not a title, so the name stands
    // in apposition to the whole title ("the spokesman for President X" keeps X the object)
    if (this.ctx.lang === 'en' && this.titleDomainBefore(m, from)) return false;
    // "Спецпредставитель ЕС по санкциям X", "министр по чрезвычайным ситуациям X": "по" with a
    // lower-case portfolio after a title closes the title, and the name stands in apposition to it
    if (this.ctx.lang === 'ru' && words[last] === 'по' && this.ruPortfolioBefore(m, from)) return false;
    // "Head of the Government of Armenia Nikol Pashinyan": the object is a name that ends right
    // before the person's, so the person is in apposition too (so in "Посол Казахстана в России
    // Даурен Абаев")
    if (
      (this.ctx.lang === 'en' || this.ctx.lang === 'ru') &&
      this.mentionsIn(from, m.start).some(
        (o) =>
          o !== m &&
          o.end <= m.start &&
          !/\S/.test(this.ctx.text.slice(o.end, m.start)) &&
          this.bodyLike(o.ref),
      )
    )
      return false;
    return true;
  }

  /**
   * Russian: does a title's portfolio ("по санкциям", "по вопросам климата") end right before `m`?
   * The words after the last "по" are one to four lower-case words (not "по словам", "по данным":
   * those name a source), and a title head stands before the "по" in the phrase.
   */
  private ruPortfolioBefore(m: DocMention, from: number): boolean {
    const lead = this.ctx.text.slice(Math.max(from, m.start - 80), m.start);
    const at = /(?<![\p{L}])по\s+((?:\p{Ll}[\p{Ll}-]*\s+){1,4})$/u.exec(lead);
    if (!at || RU_SOURCE_NOUNS.test(at[1].trim().split(/\s+/)[0])) return false;
    return RU_TITLE_HEAD.test(lead.slice(0, at.index));
  }

  // ---------------------------------------------------------------- role nouns

  /** The role noun a phrase ends with ("the Kyrgyz leader", "глава МИД", "Dışişleri Bakanı"). */
  roleNoun(surface: string): { noun: RoleNoun } | null {
    const low = surface
      .toLowerCase()
      .replace(/[\s\u00a0]+/g, ' ')
      .trim()
      // "the head of the (Armenian) government (of Armenia)" is the phrase "head of government";
      // the country is read off the whole surface (modifierEntity)
      .replace(/\bhead(s?) of the (?:[\p{L}-]+ )?(state|government)\b/u, 'head$1 of $2');
    if (this.ctx.lang === 'en' || /^[a-z]/.test(low)) {
      const words = low.replace(/[,()]/g, ' ').split(' ').filter(Boolean);
      for (let n = Math.min(3, words.length); n >= 1; n--) {
        const tail = words.slice(-n).join(' ');
        const noun = EN_ROLE_NOUNS[tail];
        if (noun) return { noun };
      }
      // "the head of state of X", "the president of Kyrgyzstan": the noun before "of"
      const of =
        /^(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+(?:\s+of\s+(?:state|government))?)\s+of\s+/u.exec(low);
      if (of && EN_ROLE_NOUNS[of[1]]) return { noun: EN_ROLE_NOUNS[of[1]] };
      if (this.ctx.lang === 'en') return null;
    }
    if (this.ctx.lang === 'ru') {
      for (const r of RU_ROLE_NOUNS) {
        for (const e of r.endings) {
          const word = r.stem + e;
          const idx = low.indexOf(word);
          if (idx < 0) continue;
          if (idx > 0 && /[\p{L}-]/u.test(low[idx - 1])) continue;
          const after = low.slice(idx + word.length);
          if (/^[\p{L}-]/u.test(after)) continue;
          // ("глава китайского МИД": a demonym adjective may stand before the complement)
          if (
            r.complement &&
            !after
              .trimStart()
              .replace(/^[\p{L}-]+(?:ого|его)\s+/u, '')
              .startsWith(r.complement)
          )
            continue;
          return { noun: r.noun };
        }
      }
      return null;
    }
    if (this.ctx.lang === 'tr') {
      const noun = trRoleNounOf(low);
      if (noun) return { noun };
    }
    return null;
  }

  /**
   * Does a definite English role phrase ("the politician", "the senior official") take up an
   * indefinite one with the same head noun in this or the two sentences before ("an opposition
   * politician in Bishkek"), with no person named after it ("a diplomat, Ivan Petrov, …" is named)?
   */
  private unnamedAntecedent(at: number, surface: string): boolean {
    const words = surface.toLowerCase().match(/[\p{L}-]+/gu);
    if (!words || words.length < 2 || words[0] !== 'the') return false;
    const head = words[words.length - 1].replace(/s$/, '');
    if (head.length < 3) return false;
    const si = this.sentenceIndex(at);
    const from = this.sentences[Math.max(0, si - 2)]?.start ?? 0;
    const window = this.ctx.text.slice(from, at);
    const re = new RegExp(String.raw`\b(?:an?|one|another)\s+(?:[\p{L}.'’-]+\s+){0,4}?${head}s?\b`, 'giu');
    let last: RegExpExecArray | null = null;
    for (let m = re.exec(window); m; m = re.exec(window)) last = m;
    if (!last) return false;
    const after = from + last.index + last[0].length;
    return !this.mentionsIn(after, at).some((m) => this.type(m.ref) === 'person');
  }

  /** The country or organisation a phrase names as its modifier ("Kyrgyz", "of Armenia", "Армении", "Türkiye"). */
  private modifierEntity(span: Span): string | null {
    const ms = this.mentionsIn(span.start, span.end).filter((m) => this.bodyLike(m.ref));
    if (ms.length) return ms[ms.length - 1].ref;
    const gaz = this.ctx.gazetteer;
    if (!gaz) return null;
    for (const w of this.ctx.text.slice(span.start, span.end).split(/[^\p{L}]+/u)) {
      if (!w) continue;
      const country = gaz.lookupDemonym(w);
      if (!country) continue;
      const e = this.ctx.entities.find((x) => x.gazetteerId === country.id);
      if (e) return e.ref;
      return `g:${country.id}`;
    }
    return null;
  }

  private byRole(at: number, noun: RoleNoun, of: string | null, gender?: Gender, soft = true): string | null {
    const ofGaz = of ? (of.startsWith('g:') ? of.slice(2) : (this.ents.get(of)?.gazetteerId ?? null)) : null;
    const ofRef = of && !of.startsWith('g:') ? of : null;
    const fits = (e: DocEntity): boolean => {
      if (e.type !== 'person') return false;
      const g = gender ?? noun.gender;
      if (g && this.genderOf(e) && this.genderOf(e) !== g) return false;
      return this.holds(e, noun.role, ofRef, ofGaz);
    };
    // "the Kazakh leader": someone known to lead Kazakhstan outranks a more salient "President"
    // whose country the text never said (an office of unknown body only fails to contradict)
    if (ofRef || ofGaz) {
      const known = this.best(at, (e) => fits(e) && this.holds(e, noun.role, ofRef, ofGaz, true), Infinity);
      if (known) return known;
    }
    // "глава МИД Турции", "глава китайского МИД": an office of a country's ministry is that
    // country's office, as the gazetteer records it ("foreign minister" of Turkey)
    if (ofRef && this.type(ofRef) === 'organization') {
      const country = this.bodyCountry(ofRef);
      const held = (e: DocEntity) =>
        e.type === 'person' && !!country && this.holds(e, noun.role, null, country, true);
      const viaCountry = country ? this.best(at, held, Infinity) : null;
      if (viaCountry) return viaCountry;
    }
    const strict = this.best(at, fits, Infinity);
    if (strict || !soft || !SOFT_ROLES.has(noun.role)) return strict;
    const loose = (e: DocEntity): boolean => {
      if (e.type !== 'person' || this.reporters.has(e.ref)) return false;
      const g = gender ?? noun.gender;
      if (g && this.genderOf(e) && this.genderOf(e) !== g) return false;
      return !ofGaz || this.countryOf(e) === null || this.countryOf(e) === ofGaz;
    };
    return this.best(at, loose, SOFT_WINDOW);
  }

  /**
   * English: can an unnamed singular description that opens a story ("A senior official in
   * Kazakhstan", "Georgia's outgoing president", "their lawyer") be the person `ref` the text names
   * next? Its role noun must fit (gender; an office the person is known to hold, or no known office
   * at all; a description rather than an office fits anyone) and its country must not contradict
   * the person's.
   */
  describes(span: Span, ref: string): boolean {
    const e = this.ents.get(ref);
    if (this.ctx.lang !== 'en' || !e || e.type !== 'person') return false;
    const surface = this.ctx.text.slice(span.start, span.end).trim().replace(/\s+/g, ' ');
    // "a senior official in Kazakhstan": the noun before the place
    const role = this.roleNoun(surface.replace(/\s+(?:in|from|at|with)\s.*$/i, ''));
    if (!role || role.noun.number !== 'sg') return false;
    const g = role.noun.gender;
    if (g && this.genderOf(e) && this.genderOf(e) !== g) return false;
    const of = this.modifierEntity(span);
    const ofGaz = of ? (of.startsWith('g:') ? of.slice(2) : (this.ents.get(of)?.gazetteerId ?? null)) : null;
    const country = this.countryOf(e);
    if (ofGaz && country && ofGaz !== country) return false;
    if (this.holds(e, role.noun.role, null, null)) return true;
    // "…, their lawyer said. “…,” editor-in-chief X said": a profession is not that of a person the
    // text gives another title
    if (PROFESSIONS.has(role.noun.role) && (e.roles ?? []).length > 0) return false;
    if (SOFT_ROLES.has(role.noun.role)) return true;
    const gaz = this.ctx.gazetteer;
    const known =
      (e.roles ?? []).length > 0 ||
      (!!gaz &&
        !!e.gazetteerId &&
        rolesHeldAt(gaz.byId(e.gazetteerId), this.ctx.published ?? null).length > 0);
    return !known;
  }

  /** The country a person belongs to, as a gazetteer id, when the gazetteer knows it. */
  private countryOf(e: DocEntity): string | null {
    const gaz = this.ctx.gazetteer;
    if (!gaz || !e.gazetteerId) return null;
    return gaz.byId(e.gazetteerId)?.country ?? null;
  }

  /**
   * "Türkmenistan Dışişleri Bakanlığı Sözcüsü X" … "Türkmen sözcü": an office of a body the text
   * names right after a country ("Türkmenistan Dışişleri Bakanlığı", "Turkmenistan's Foreign
   * Ministry") is an office of that country too. The body's mention in the role's evidence must
   * start at most a few characters after a mention of the country.
   */
  /** The country (a gazetteer id) of a state body: the gazetteer's, else its demonym's ("Chinese …"). */
  private bodyCountry(ref: string): string | null {
    const gaz = this.ctx.gazetteer;
    const body = this.ents.get(ref);
    if (!gaz || !body) return null;
    const known = body.gazetteerId ? gaz.byId(body.gazetteerId)?.country : undefined;
    if (known) return known;
    const first = body.name.split(/[\s'’]+/)[0] ?? '';
    const c = first ? gaz.lookupDemonym(first) : undefined;
    return c && c.type === 'country' ? c.id : null;
  }

  private bodyOfCountry(r: DocRole, ofRef: string | null, ofGaz: string | null): boolean {
    if (!r.ofRef || this.type(r.ofRef) !== 'organization' || (!ofRef && !ofGaz)) return false;
    const isCountry = (ref: string) =>
      ref === ofRef || (!!ofGaz && this.ents.get(ref)?.gazetteerId === ofGaz);
    // "Turkmen Foreign Ministry", one mention of "Türkmenistan Dışişleri Bakanlığı": its first word
    const gaz = this.ctx.gazetteer;
    const body = this.ents.get(r.ofRef);
    const first = (s: string) => s.split(/[\s'’]+/)[0] ?? '';
    const country = ofRef ? this.ents.get(ofRef) : undefined;
    for (const w of body ? [first(body.name), ...body.aliases.map(first)] : []) {
      if (!w) continue;
      if (country && [country.name, ...country.aliases].includes(w)) return true;
      const c = gaz ? (gaz.lookupDemonym(w) ?? gaz.lookup(w).find((g) => g.type === 'country')) : undefined;
      if (c && c.id === ofGaz) return true;
    }
    const ms = this.mentionsIn(r.evidence.start, r.evidence.end);
    return ms.some(
      (b) =>
        b.ref === r.ofRef &&
        ms.some(
          (c) =>
            isCountry(c.ref) &&
            c.start <= b.start &&
            b.start - c.end <= 3 &&
            /^(?:['’]s|['’]\p{L}+)?\s*$/u.test(this.ctx.text.slice(c.end, b.start)),
        ),
    );
  }

  /** Does a person hold `role` (of the given body, when one is named)? Text roles, then gazetteer roles at the date. */
  private holds(
    e: DocEntity,
    role: string,
    ofRef: string | null,
    ofGaz: string | null,
    knownBodyOnly = false,
  ): boolean {
    const ofOk = (refOrNull: string | null, gazOrNull: string | null): boolean => {
      if (!ofRef && !ofGaz) return true;
      if (refOrNull && ofRef && refOrNull === ofRef) return true;
      const g = gazOrNull ?? (refOrNull ? (this.ents.get(refOrNull)?.gazetteerId ?? null) : null);
      if (g && ofGaz && g === ofGaz) return true;
      // an office of unknown body cannot contradict the modifier; a known other body does
      return !knownBodyOnly && !refOrNull && !gazOrNull;
    };
    for (const r of e.roles ?? []) {
      if (!roleKeysOfTitle(r.title).includes(role)) continue;
      if (ofOk(r.ofRef, null) || this.bodyOfCountry(r, ofRef, ofGaz)) return true;
    }
    const gaz = this.ctx.gazetteer;
    if (gaz && e.gazetteerId) {
      for (const r of rolesHeldAt(gaz.byId(e.gazetteerId), this.ctx.published ?? null)) {
        if (roleKeysOfTitle(r.title).includes(role) && ofOk(null, r.of)) return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- institutions and documents

  private institution(surface: string): string | null {
    const low = surface.toLowerCase().replace(/\s+/g, ' ').replace(/[,()]/g, ' ').trim();
    const words = low.split(' ').filter(Boolean);
    for (let n = Math.min(3, words.length); n >= 1; n--) {
      const tail = words.slice(-n).join(' ');
      if (INSTITUTION_NOUNS[this.ctx.lang].includes(tail)) return tail;
    }
    return null;
  }

  /** "the ministry" -> the nearest organisation whose name has that head; "the Uzbek side" -> Uzbekistan. */
  private byInstitution(span: Span, noun: string): string | null {
    // "the ministry's press service" speaks for the ministry
    const poss = /^(.*?)['’]s\s/u.exec(this.ctx.text.slice(span.start, span.end));
    if (poss && this.ctx.lang === 'en') {
      const inner = { start: span.start, end: span.start + poss[1].length };
      const head = this.headMention(inner);
      // "Azerbaijan's foreign ministry" is the ministry (found below), not the country
      if (head && this.type(head.ref) !== 'country') return head.ref;
      const innerInst = this.institution(poss[1]);
      if (innerInst) return this.byInstitution(inner, innerInst);
    }
    const mod = this.modifierEntity(span);
    let head = noun.split(' ').pop()!;
    // Turkish softens a final k before a vowel: "Bakanlık" heads "Dışişleri Bakanlığı"
    if (this.ctx.lang === 'tr') head = head.replace(/k$/u, '');
    const named = new RegExp(`(?<![\\p{L}])${escapeRe(head)}`, 'iu');
    // "The Doctors Nova Scotia association" names its own body: an organisation stands for the
    // phrase only if its name holds the phrase's capitalised words outside other mentions ("the
    // Foreign Ministry"; "Russian" in "the Russian Foreign Ministry" is a mention of its own)
    const inner = this.mentionsIn(span.start, span.end);
    const caps: string[] = [];
    for (const w of this.ctx.text.slice(span.start, span.end).matchAll(/\p{Lu}\p{Ll}+/gu)) {
      const at = span.start + w.index;
      if (at > span.start && !inner.some((m) => m.start <= at && at < m.end)) caps.push(w[0]);
    }
    const holdsCaps = (n: string) => caps.every((w) => n.includes(w));
    const orgNamed = (e: DocEntity) =>
      e.type === 'organization' && [e.name, ...e.aliases].some((n) => named.test(n) && holdsCaps(n));
    const ms = this.mentionsIn(0, span.start);
    for (let i = ms.length - 1; i >= 0; i--) {
      const e = this.ents.get(ms[i].ref);
      if (e && orgNamed(e)) {
        if (!mod || mod.startsWith('g:')) return e.ref;
        // "the Azerbaijani Foreign Ministry": an organisation of that country, if one is named
        const eg = e.gazetteerId;
        const mg = this.ents.get(mod)?.gazetteerId;
        if (!eg || !mg || this.ctx.gazetteer?.byId(eg)?.country === mg) return e.ref;
      }
    }
    // "the party said" after "Georgian Dream", "the bank said" after "Halyk": a body whose
    // gazetteer kind has the phrase's head ("political party"), of the phrase's country if it has one
    if (this.ctx.lang === 'en' && !caps.length && head.length > 3) {
      const gaz = this.ctx.gazetteer;
      const modGaz = mod ? (mod.startsWith('g:') ? mod.slice(2) : this.ents.get(mod)?.gazetteerId) : null;
      for (let i = ms.length - 1; gaz && i >= 0; i--) {
        const e = this.ents.get(ms[i].ref);
        const g = e?.type === 'organization' && e.gazetteerId ? gaz.byId(e.gazetteerId) : undefined;
        if (!g?.kind || !new RegExp(`(?<![\\p{L}])${escapeRe(head)}(?![\\p{L}])`, 'iu').test(g.kind))
          continue;
        if (!modGaz || g.country === modGaz) return e!.ref;
      }
    }
    // "the union said" after "the B.C. Teachers' Federation", "the department said" after
    // "Indigenous Services Canada": a body named by a near synonym of its head, or a national
    // agency (field + country) taken up as "the department"/"the agency"
    if (!mod && this.ctx.lang === 'en') {
      const akin = BODY_SYNONYMS[head];
      for (let i = ms.length - 1; akin && i >= 0; i--) {
        const e = this.ents.get(ms[i].ref);
        if (e?.type !== 'organization') continue;
        if (
          [e.name, ...e.aliases].some((n) => akin.test(n)) ||
          (AGENCY_NOUNS.has(head) && this.nationalAgency(e))
        )
          return e.ref;
      }
    }
    // "the company", "the firm": a body named by what it is, not by its name: the organisation
    // named last before it ("Westbank Holdings … The company said")
    if (!mod && GENERIC_BODIES.has(head)) {
      for (let i = ms.length - 1; i >= 0; i--) {
        const e = this.ents.get(ms[i].ref);
        if (e?.type !== 'organization') continue;
        // "The company said" after the foreign ministry: a state body is no company
        if (COMMERCIAL_HEADS.has(head) && this.publicBody(e)) continue;
        return e.ref;
      }
    }
    // a state's institution speaks for the state when no organisation is named ("the Uzbek side")
    if (mod && !mod.startsWith('g:') && this.type(mod) === 'country') return mod;
    if (mod && !mod.startsWith('g:') && GROUP_TYPES.has(this.type(mod) ?? '')) return mod;
    // "a readout from the Kremlin", "the White House statement": a seat of power speaks (bodyLike
    // admits a place only when it can)
    if (mod && !mod.startsWith('g:') && this.type(mod) === 'location') return mod;
    return null;
  }

  /** A ministry, parliament, army, party or international body: by its gazetteer kind or the head words of its names. */
  private publicBody(e: DocEntity): boolean {
    const kind = e.gazetteerId ? this.ctx.gazetteer?.byId(e.gazetteerId)?.kind : undefined;
    if (kind) return !COMMERCIAL_KINDS.test(kind);
    return [e.name, ...e.aliases].some((n) => PUBLIC_BODY_WORDS.test(n));
  }

  /** "Statistics Canada", "Indigenous Services Canada": an organisation named by a field and its country. */
  private nationalAgency(e: DocEntity): boolean {
    const words = e.name.split(' ');
    if (words.length < 2) return false;
    const gaz = this.ctx.gazetteer;
    for (let n = 1; n <= Math.min(3, words.length - 1); n++) {
      // "Parliament of Georgia", "Bank of Georgia": a body of the country, named by no field
      if (/^(?:of|for)$/i.test(words[words.length - n - 1])) continue;
      const tail = words.slice(-n).join(' ');
      if (gaz?.lookup(tail).some((g) => g.type === 'country')) return true;
    }
    return false;
  }

  /** The organisation named last before `pos` whose name fits `kind`, else the last one of any name. */
  private lastOrganization(pos: number, kind: RegExp): string | null {
    const orgs = this.mentionsIn(0, pos)
      .map((m) => this.ents.get(m.ref))
      .filter((e): e is DocEntity => e?.type === 'organization')
      .reverse();
    return (orgs.find((e) => [e.name, ...e.aliases].some((n) => kind.test(n))) ?? orgs[0])?.ref ?? null;
  }

  /** The entity of this type mentioned last before `pos` (within the document), or null. */
  private lastOfType(pos: number, type: string): string | null {
    const ms = this.mentionsIn(0, pos);
    for (let i = ms.length - 1; i >= 0; i--) if (this.type(ms[i].ref) === type) return ms[i].ref;
    return null;
  }

  /** "the statement said": the author is the last speaker or body before it. */
  private documentAuthor(span: Span): string | null {
    const mod = this.headMention(span);
    if (mod) return mod.ref;
    // "the Kremlin readout", "a Kazakh government statement": the body or seat of power it names
    const body = this.modifierEntity(span);
    if (body && !body.startsWith('g:')) return body;
    const last = this.lastSpeakerBefore(span.start);
    return last;
  }

  // ---------------------------------------------------------------- salience

  private byAgreement(q: {
    at: number;
    gender?: Gender;
    number?: GrammaticalNumber;
    types: Set<string> | null;
  }): string | null {
    const fits = (e: DocEntity): boolean => {
      if (q.types && !q.types.has(e.type)) return false;
      if (!SPEAKER_TYPES.has(e.type)) return false;
      if (this.reporters.has(e.ref) && e.type !== 'person') return false;
      if (e.type === 'person') {
        if (q.number === 'pl') return true; // "they" for several people: the most salient of them
        const g = this.genderOf(e);
        if (q.gender && g && g !== q.gender) return false;
        if (this.reporters.has(e.ref)) return false;
      } else if (q.number !== 'pl' && q.types === null) {
        return false; // a singular person pronoun with unknown type stays with people
      }
      return true;
    };
    return this.best(q.at, fits, PRONOUN_WINDOW);
  }

  /** The most salient entity before `at` that `fits`, within `window` sentences. */
  private best(at: number, fits: (e: DocEntity) => boolean, window: number): string | null {
    const si = this.sentenceIndex(at);
    const score = new Map<string, number>();
    const bump = (ref: string, s: number) => score.set(ref, Math.max(score.get(ref) ?? 0, s));
    // mentions before the window's first sentence are farther than `window` (sentenceIndex is monotone)
    const ms = this.mentionsIn(si - window > 0 ? this.sentences[si - window].start : 0, at);
    for (const m of ms) {
      const e = this.ents.get(m.ref);
      if (!e || !fits(e)) continue;
      const dist = Math.max(0, si - this.sentenceIndex(m.start));
      if (dist > window) continue;
      bump(m.ref, ROLE_WEIGHT[this.role(m)] * DECAY ** dist);
    }
    for (const s of this.spoken) {
      if (s.at > at) continue;
      const e = this.ents.get(s.ref);
      if (!e || !fits(e)) continue;
      const dist = Math.max(0, si - this.sentenceIndex(s.at));
      if (dist > window) continue;
      bump(s.ref, ROLE_WEIGHT.speaker * DECAY ** dist);
    }
    let bestRef: string | null = null;
    let bestScore = 0;
    for (const [ref, s] of score) {
      if (s > bestScore + 1e-9) {
        bestRef = ref;
        bestScore = s;
      }
    }
    return bestRef;
  }

  /** Syntactic role of a mention from the words around it (no parser needed for these cues). */
  private syntacticRole(m: DocMention): Role {
    const { text } = this.ctx;
    if (this.ctx.quoted.some((q) => m.start >= q.start && m.end <= q.end)) return 'quoted';
    if (this.isPossessor(m)) return 'oblique';
    const s = this.sentences[this.sentenceIndex(m.start)];
    const clauseStart = s
      ? Math.max(s.start, lastClauseBreak(text, s.start, m.start))
      : Math.max(0, m.start - 80);
    if (this.ctx.lang === 'ru' && ruOblique(m.text, this.ents.get(m.ref))) return 'oblique';
    if (this.ctx.lang === 'tr' && /['’]\p{L}+$/u.test(text.slice(m.end, m.end + 6).split(/\s/)[0] ?? ''))
      return 'oblique';
    if (this.afterPreposition(m, clauseStart)) return 'oblique';
    const lead = text.slice(clauseStart, m.start).trim();
    // only determiners, titles and adjectives (lower case or capitalised words without a verb) before it
    const leadWords = lead.split(/\s+/).filter(Boolean);
    const joined = leadWords.some((w) => /^(?:and|but|that|which|who|и|что|который|ve|ile)$/i.test(w));
    if (leadWords.length <= 4 && !joined) return 'subject';
    // a longer title ending in a person noun ("… foreign policy chief Kaja Kallas") with no verb
    // before the name heads the clause too (the tagger is asked only then: it costs)
    if (
      !joined &&
      leadWords.length <= 12 &&
      this.ctx.lang === 'en' &&
      isPersonNoun(leadWords[leadWords.length - 1].replace(/[^\p{L}]/gu, '')) &&
      this.ctx.verbIn?.(clauseStart, m.start) === false
    )
      return 'subject';
    return 'object';
  }

  genderOf(e: DocEntity): Gender | null {
    if (e.type !== 'person') return null;
    if (this.genderCache.has(e.ref)) return this.genderCache.get(e.ref)!;
    let g: Gender | null = genderOfName(e.name);
    if (!g) for (const a of e.aliases) if ((g = genderOfName(a))) break;
    if (!g) {
      // honorifics and Russian past-tense agreement right after a mention
      for (const m of this.mentions) {
        if (m.ref !== e.ref) continue;
        const before = this.ctx.text.slice(Math.max(0, m.start - 5), m.start);
        if (/\bMr\.?\s*$/.test(before)) g = 'm';
        else if (/\bM(?:rs|s)\.?\s*$/.test(before)) g = 'f';
        const after = /^\s+(\p{Ll}+)/u.exec(this.ctx.text.slice(m.end, m.end + 24));
        if (!g && after && this.ctx.lang === 'ru') {
          if (/(?:ла|лась)$/.test(after[1])) g = 'f';
          else if (/(?:[аеиоуыя]л|лся)$/.test(after[1])) g = 'm';
        }
        if (g) break;
      }
    }
    this.genderCache.set(e.ref, g);
    return g;
  }

  // ---------------------------------------------------------------- helpers

  /** The mention strictly longer than [a, b) that holds it, if any. */
  private mentionCovering(a: number, b: number): DocMention | null {
    const text = this.ctx.text;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (a >= b) return null;
    // mentions are sorted by start and do not nest: the last one starting at or before `a`
    const i = this.firstStartingAt(a + 1) - 1;
    const m = i >= 0 ? this.mentions[i]! : null;
    return m && m.end >= b && m.end - m.start > b - a ? m : null;
  }

  /** Index of the first mention starting at or after `pos` (mentions are sorted by start). */
  private firstStartingAt(pos: number): number {
    const ms = this.mentions;
    let lo = 0,
      hi = ms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ms[mid]!.start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  mentionsIn(a: number, b: number): DocMention[] {
    const ms = this.mentions;
    const lo = this.firstStartingAt(a);
    const out: DocMention[] = [];
    for (let i = lo; i < ms.length && ms[i].start < b; i++) if (ms[i].end <= b) out.push(ms[i]);
    return out;
  }

  sentenceIndex(pos: number): number {
    const ss = this.sentences;
    let lo = 0,
      hi = ss.length - 1,
      ans = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ss[mid].start <= pos) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ans;
  }
}

/** Start of the clause holding `pos`: after the last comma, semicolon, colon or dash since `from`. */
function lastClauseBreak(text: string, from: number, pos: number): number {
  for (let i = pos - 1; i >= from; i--) if (/[,;:—–(]/.test(text[i])) return i + 1;
  return from;
}

/**
 * A Russian name in an oblique case (Путину, Пашиняном, Токаева): not a subject. Endings that
 * are only oblique decide alone; "-а/-я" is oblique when the entity is also known without it
 * ("Путина" beside "Путин"), since a feminine nominative ("Захарова") ends the same way.
 */
function ruOblique(surface: string, entity: DocEntity | undefined): boolean {
  const aliases = entity?.aliases ?? [];
  const last = (surface.trim().split(/\s+/).pop() ?? '').toLowerCase();
  if (!/[\u0400-\u04ff]/.test(last)) return false;
  // a name read as its own nominative ("Айдос Сарым", "Лев Толстой") is not a case form, whatever
  // its ending looks like
  if ((entity?.name.trim().split(/\s+/).pop() ?? '').toLowerCase() === last) return false;
  if (/(?:ым|ом|ем|ому|ему|ой|ою|ого|его|у|ю)$/.test(last)) return true;
  if (/[ая]$/.test(last)) {
    const stem = last.slice(0, -1);
    return aliases.some(
      (a) =>
        (a.trim().split(/\s+/).pop() ?? '').toLowerCase() === stem ||
        (a.trim().split(/\s+/).pop() ?? '').toLowerCase() === stem + 'ь',
    );
  }
  return false;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
