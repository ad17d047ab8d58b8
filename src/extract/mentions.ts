/**
 * Entity mentions of one article, grouped into document-local entities with reasons, and the
 * roles of the people found (see docs/resolution.md for the rules).
 *
 * One tokenizer pass, then passes over the token arrays:
 *  1. gazetteer phrases (longest match, first word hashed; acronyms case-sensitive),
 *     hyphen parts ("Kyrgyz-Turkish") and demonyms;
 *  2. capitalised runs: title + name splits, organisation heads with "of"-chains, media by
 *     head word and context, places by suffix, event names, "X party";
 *  3. person evidence for the remaining names (title before, appositive role after, given name,
 *     surname suffix, speech verb), decided per document so one strong context types every
 *     occurrence of the same name;
 *  4. within-document person resolution (surname, given name, spelling variants, typos) and
 *     acronym binding "(QAFSAM)";
 *  5. roles and title-only anaphors ("the minister").
 */
import type { EntityType } from '../model/index.js';
import { rolesHeldAt, type GazEntry, type GazRole, type Gazetteer } from '../resolve/gazetteer.js';
import {
  fullNameKey,
  givenNamesCompatible,
  hasSurnameSuffix,
  isGivenName,
  nameKey,
  phrasesClose,
  surnamesClose,
} from '../resolve/names.js';
import { fuzzyGaz, gazIndex, type GazIndex, type Phrase } from './mentions-gaz.js';
import {
  ACRONYM_STOP,
  ANAPHOR_TITLES,
  COMPANY_HEADS,
  EVENT_HEADS,
  LAW_HEADS,
  GENERIC_CAP,
  MEDIA_CUE_BEFORE,
  MEDIA_HEADS,
  MEDIA_VERBS_AFTER,
  ORG_HEADS,
  AGENCY_FIELDS,
  PLACE_SUFFIX,
  PORTFOLIO_WORDS,
  MINISTRY_PORTFOLIOS,
  NON_NAME_NOUNS,
  CORPORATE_TAILS,
  LOCATION_HEADS,
  SPEECH_VERBS,
  STOP_CAP,
  HONORIFICS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
} from './mentions-lexicon.js';
import { GAP, tokenize, type Tokens } from './mentions-tokens.js';
import { capsEchoes, capsSentences } from './mentions-headline.js';
import { turkishCommonWordAt } from './mentions-tr-common.js';
import {
  turkishCaseOpener,
  turkishDomesticBodies,
  turkishInstitutionNoun,
  turkishPlaceCaseAt,
  turkishSpeechBefore,
  turkishSpeechClauseAfter,
  turkishStateBodyAfter,
} from './mentions-tr.js';
import { isTurkishGivenName } from '../nlp/lexicon/given-names-tr.js';
import { teamSpans } from './mentions-sports.js';
import {
  bankWord,
  bodyNounAfter,
  itAfterSpeech,
  companyNounBefore,
  isLegalForm,
  legalFormAt,
  withoutLegalForm,
} from './mentions-company.js';
import { modelTypeOf, modelView, titleCaseSentences, type ModelView } from './mentions-model.js';
import { englishNerModel, type NerType } from '../nlp/ner.js';
import {
  ruBaseForms,
  ruCaseEnding,
  ruFeminineGivenNominative,
  ruGenitiveNameNominative,
  ruGivenNominative,
  ruNameNominative,
} from '../nlp/morph.js';
import { languageFamily, textFamily, type LanguageFamily } from '../nlp/lang.js';
import { functionWords } from './function-words.js';
import { isPersonNoun } from '../nlp/lexicon/speaker-roles.js';

/** Dotted initials as a token: "U.S.", "U.K.", "E.U." */
/** a lower-case web address ("news.az", "kun.uz"): a name the gazetteer may list as an alias */
const WEB_DOMAIN = /^[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6}$/;
const ABBREVIATION = /^(?:\p{Lu}\.){2,}$/u;
import { fold, translit } from '../resolve/fold.js';
import {
  appositiveKind,
  appointedRole,
  appositiveRole,
  copulaRole,
  personRelative,
  prefixRole,
  type FoundRole,
  type RoleCtx,
} from './roles.js';
import type { DocEntity, DocMention, DocRole } from '../model/index.js';

export type ExtractOptions = {
  published?: string | null;
  /**
   * ISO 639-1 language of the text; English texts use the NER model's spans (see
   * mentions-model.ts). Without it, the language family is guessed from the text.
   */
  language?: string | null;
  /** rethrow internal errors instead of returning no mentions (tests, debugging) */
  strict?: boolean;
};

type Kind =
  | 'gaz'
  | 'org'
  | 'media'
  | 'location'
  | 'event'
  | 'group'
  | 'name'
  | 'single'
  | 'acronym'
  | 'demonym'
  | 'anaphor';

type Cand = {
  a: number; // token range [a, b)
  b: number;
  cs: number; // char span of the mention
  ce: number;
  kind: Kind;
  type: EntityType;
  entry: GazEntry | null;
  name: string;
  aliases: string[];
  reason: string | null;
  dead: boolean;
  key: string; // entity key, set when grouped
  titled: boolean; // a title was split off the run ("Defense Minister Hulusi Akar")
  qualified?: boolean; // a state body named for the country before it ("Kyrgyzstan's Foreign Ministry")
  bodyKind?: string; // of a qualified body: what it is without its country ("foreign ministry")
  bodyOf?: string; // of a qualified body: its country's gazetteer id
};

const TYPE_PREFERENCE: EntityType[] = [
  'country',
  'organization',
  'media',
  'person',
  'location',
  'group',
  'event_name',
  'other',
];
const NAME_TOKEN = /^\p{Lu}[\p{L}\p{M}'’\-\u2010\u2011]*\.?$/u;
/** abbreviated words that open place names ("St. Louis", "Mt. Everest", "Ft. Worth") */
const PLACE_ABBREVIATIONS = new Set(['St', 'Ste', 'Mt', 'Ft']);
/** a middle initial: one capital letter and its dot ("J." of "Donald J. Trump") */
const MIDDLE_INITIAL = /^\p{Lu}\.$/u;
/** lower-case words inside personal and place names ("bin Salman", "van der Berg", "da Silva") */
const NAME_PARTICLES = new Set([
  'bin',
  'ibn',
  'bint',
  'van',
  'von',
  'der',
  'den',
  'de',
  'da',
  'dos',
  'das',
  'del',
  'di',
  'du',
  'ter',
]);
const DOMAIN =
  /^[\p{L}\p{N}-]+\.(?:az|com|ru|kz|kg|uz|tj|tm|am|ge|tr|net|org|info|news|io|co|uk|eu|ua|by|cn|in)$/iu;
const ORDINAL_WORD =
  /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-\p{L}+)$/u;
const HYPHENS = /[-\u2010\u2011]/;
const SKIP_PREFIX = new Set(['post', 'pre', 'neo', 'pan', 'non', 'ex', 'sub', 'trans']);
const CONNECTORS = new Set(['of', 'for', 'and', 'on', '&', 'de', 'du', 'des']);
const FRENCH_CONNECTORS = new Set(['de', 'du', 'des']);
/** a lower-case word of a French name after de/du/des ("chambres", "commerce", "l'assurance") */
const FRENCH_NOUN = /^(?:[ld]['’])?\p{Ll}[\p{Ll}-]{2,}$/u;
const ORG_ABSORB = new Set(['country', 'location', 'organization']);
const AFTER_MEDIA = new Set([
  'newspaper',
  'agency',
  'channel',
  'tv',
  'radio',
  'daily',
  'magazine',
  'website',
  'portal',
  'news',
  'staff',
  'correspondent',
  'correspondents',
  'reporter',
  'reporters',
]);
/** Capitalised adjectives that look like surnames ("Asian" ends like "Petrosian") but never are. */
const NOT_NAME_ADJ = new Set(
  'asian eurasian caucasian european african american arabian christian soviet western eastern northern southern central middle north south east west united new old great greater islamic muslim orthodox catholic ottoman persian turkic slavic nordic baltic latin pacific atlantic arctic'.split(
    ' ',
  ),
);
/** nouns of "the commission's chair", "of the committee" that the body's own name carries */
const NAME_HEAD_ANAPHORS = new Set(
  'commission committee council court agency service coalition alliance union fund corporation church foundation institute university parliament'.split(
    ' ',
  ),
);

/** kinds of gazetteer organisation whose units and national chapters are organisations of their own */
const UNIT_PARENT_KINDS = new Set([
  'company',
  'bank',
  'non-governmental organization',
  'think tank',
  'airline',
  'financial institution',
  'credit rating agency',
]);

const DATE_WORDS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march july september october november december'.split(
    ' ',
  ),
);
/** nouns after a name that make it a body's name ("X spokesman", "X shares", "X board") */
const ORG_FOLLOWERS = new Set(
  'spokesman spokeswoman spokesperson officials shares shareholders stake board subsidiary subsidiaries unit units executives employees staff headquarters'.split(
    ' ',
  ),
);
/** words after "X reported" when X is a company reporting results ("reported net income", "reported a loss") */
const REPORTED_RESULTS = new Set(
  'net a an profit profits loss losses revenue revenues sales earnings income record higher lower first second third fourth quarterly its their operating pretax pre-tax strong weak gains turnover'.split(
    ' ',
  ),
);

/** small words an acronym skips ("Committee to Protect Journalists" is CPJ) */
const INITIALS_SKIP = new Set([
  'of',
  'for',
  'and',
  'to',
  'the',
  'on',
  'in',
  'at',
  '&',
  'de',
  'du',
  'des',
  'la',
  'le',
]);
/** Initials of the capitalised words of a name ("Caspian Pipeline Consortium" gives "CPC"). */
const initialsOf = (name: string): string =>
  name
    .split(/[\s\-\u2010\u2011]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
/** Compound adjectives of a place or body ("Tashkent-based", "Kremlin-backed", "Moscow-led"). */
const PLACE_COMPOUND =
  /^\p{Lu}[\p{L}.]*-(?:based|backed|led|owned|funded|born|registered|headquartered|controlled|run|linked|allied|leaning)$/u;
/** Turkic patronymic particles written after the father's name ("kyzy" daughter, "uulu" son of). */
const PATRONYMIC_PARTICLES = new Set(['kyzy', 'qyzy', 'kizi', 'qizi', 'uulu', 'uly', 'ogly', 'oglu', 'ugli']);
const HEAD_OF_STATE = /\b(?:president|prime minister|premier|chancellor)$/i;
/** Offices of a state, as titles before a name ("Transport Minister", "Prime Minister", "President"). */
const STATE_OFFICE = /(?:\b[Mm]inister|^(?:Vice[- ])?President|^Premier)$/;
/**
 * Offices of the Turkish state as Turkish copy titles them without a country: "Cumhurbaşkanı",
 * "Cumhurbaşkanı Yardımcısı", "Dışişleri Bakanı", "Bakan", "Bakan Yardımcısı" (not "Başbakan":
 * the office was abolished in 2018, and a bare "Başbakan" is a foreign premier named before).
 */
const TR_STATE_OFFICE =
  /^(?:Cumhurbaşkanı(?: Yardımcısı)?|(?:[\p{Lu}][\p{L}]*\s+){0,4}Bakanı(?: Yardımcısı)?|Bakan(?: Yardımcısı)?)$/u;
/** Turkish heads of state and government and ministers, as the gazetteer titles their offices. */
const TR_OFFICES_EN: Readonly<Record<string, string>> = {
  cumhurbaşkanı: 'president',
  'devlet başkanı': 'president',
  başbakan: 'prime minister',
  başbakanı: 'prime minister',
  'dışişleri bakanı': 'foreign minister',
  'savunma bakanı': 'defense minister',
  'milli savunma bakanı': 'defense minister',
  'ulusal savunma bakanı': 'defense minister',
};
/** "counterpart", Turkish "mevkidaşı"/"meslektaşı": the office of the person it is a counterpart of */
const COUNTERPART = /(?:counterparts?|mevkida[şs][ıi]|meslekta[şs][ıi])$/iu;
const trOfficeInEnglish = (title: string): string | null =>
  TR_OFFICES_EN[title.toLocaleLowerCase('tr').replace(/\s+/g, ' ')] ?? null;
/** Russian ministry abbreviations (lower case) and the body each names, as English writes it. */
const RU_MINISTRY_ABBREVIATIONS: Readonly<Record<string, string>> = {
  мид: 'Foreign Ministry',
  минобороны: 'Defence Ministry',
  мвд: 'Interior Ministry',
  минфин: 'Finance Ministry',
  минэкономики: 'Economy Ministry',
  минэнерго: 'Energy Ministry',
  минюст: 'Justice Ministry',
};

/** Folded title words naming a head of state, before a bare surname ("Devlet Başkanı X", "президент X"). */
const PRESIDENT_TITLES = new Set([
  'president',
  'президент',
  'президента',
  'президентом',
  'cumhurbaskani',
  'cumhurbaskan',
]);

/** Names of state bodies that every country has ("Foreign Ministry", "Ministry of Defence", "Central Bank"). */
const STATE_BODY =
  /^(?:(?:[\p{L}-]+\s+){0,2}(?:Ministry|Government|Parliament|Cabinet|Embassy|Prosecutor(?:'s|’s)?\s+Office|Security\s+Council|Central\s+Bank|National\s+Bank|Armed\s+Forces|Army|Navy|Border\s+(?:Service|Guard)|Security\s+Service|Customs\s+Service|Elect(?:ion|oral)\s+Commission|(?:Constitutional|Supreme|Administrative)\s+Court|Investigative\s+Committee|National\s+Guard|General\s+Staff|National\s+Security\s+(?:Service|Committee)|Presidential\s+Administration|Accounts\s+Chamber|Anti-Corruption\s+(?:Agency|Bureau|Committee|Service)|Supreme\s+Council)|Ministry\s+of\s+[\p{L}\s]+|Cabinet\s+of\s+Ministers|(?:State\s+)?(?:Committee|Agency|Service|Bureau)\s+(?:for|on)\s+[\p{L}\s]+)$/u;
/**
 * What a state body is, without its country, so that its synonyms meet: "Ministry of Foreign
 * Affairs" and "Foreign Ministry" are both "foreign ministry".
 */
function bodyKind(body: string): string {
  const n = body
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\bdefense\b/g, 'defence');
  const m = /^ministry of (?:the )?(.+?)(?: affairs)?$/.exec(n);
  return m ? `${m[1]} ministry` : n;
}
const titleCase = (s: string) =>
  s.replace(/\p{L}+/gu, (w) => (/^(?:of|for|on|and|the)$/.test(w) ? w : w[0].toUpperCase() + w.slice(1)));
const CYRILLIC = /[\u0400-\u04FF]/;
/** a Russian noun for a kind of body, in any case, before its name in guillemets (quotedBodyName) */
const RU_BODY_NOUN =
  /^(?:гос|гос\.|гос-)?(компани|корпораци|концерн|холдинг|агентств|информагентств|организаци|фонд|банк|издани|газет|журнал|телеканал|радиостанци|портал|парти|движени|объединени|ассоциаци|предприяти|завод|комбинат|оператор)(?:я|и|ю|ей|ии|ий|ям|ями|ях|а|у|ом|е|ы|о|ов|ам|ами|ах)?$/u;
/** the kinds of body that are media */
const RU_MEDIA_BODY = /^(?:информагентств|издани|газет|журнал|телеканал|радиостанци|портал)$/u;
/** words beside "агентство" that make it a news agency ("информационное агентство", "сообщает агентство") */
const RU_NEWS_WORD =
  /^(?:информационн\p{L}*|новостн\p{L}*|сообща\p{L}*|переда\p{L}*|пиш\p{L}*|писал\p{L}*|цитиру\p{L}*|передал\p{L}*|сообщил\p{L}*)$/u;
const NO_FORMS: readonly string[] = [];
const ADVERBS = new Set([
  'also',
  'then',
  'later',
  'further',
  'has',
  'had',
  'have',
  'once',
  'again',
  'previously',
  'recently',
]);

/** A title without the office it serves or belongs to: "Assistant to the President" -> "assistant". */
export function titleHead(title: string): string {
  return title.toLowerCase().split(/\s+to\s+the\s+/)[0];
}

function pickEntry(entries: GazEntry[]): GazEntry {
  if (entries.length === 1) return entries[0];
  let best = entries[0];
  let rank = TYPE_PREFERENCE.indexOf(best.type);
  for (const e of entries) {
    const r = TYPE_PREFERENCE.indexOf(e.type);
    if (r < rank || (r === rank && e.id < best.id)) {
      best = e;
      rank = r;
    }
  }
  return best;
}

/**
 * Latin spellings of a discovered person's name for cross-script merging: the press
 * romanisation of a Cyrillic name ("Таалайбек Ибраев" -> "Taalaybek Ibraev"), and for a name
 * spelled the Turkish way in a Turkish text the international spelling (Turkish c is "j",
 * ç "ch", ş "sh": "Ceenbek Kulubayev" -> "Jeenbek Kulubayev").
 */
export function latinAliases(name: string, family: LanguageFamily): string[] {
  const out: string[] = [];
  if (CYRILLIC.test(name)) out.push(translit(name));
  else if (family === 'tr' && /[cçşÇŞC]/.test(name)) {
    const intl = name.replace(/[cçşCÇŞ]/g, (ch) => TR_INTL[ch] ?? ch);
    if (intl !== name) out.push(intl);
  }
  return out;
}
const TR_INTL: Record<string, string> = { c: 'j', C: 'J', ç: 'ch', Ç: 'Ch', ş: 'sh', Ş: 'Sh' };

/** Never throws: bad input gives no entities. */
export function extractEntities(
  text: string,
  sentences: { start: number; end: number }[] | null,
  gaz: Gazetteer,
  opts: ExtractOptions = {},
): { entities: DocEntity[]; mentions: DocMention[] } {
  if (typeof text !== 'string' || text.length === 0 || !gaz) return { entities: [], mentions: [] };
  try {
    return new Extractor(text, Array.isArray(sentences) ? sentences : null, gaz, opts).run();
  } catch (err) {
    // A bug on one hostile document must not stop the batch; it yields no mentions.
    if (opts.strict) throw err;
    return { entities: [], mentions: [] };
  }
}

type PersonGroup = {
  key: string;
  tokens: string[]; // display tokens of the best full name
  keys: string[]; // nameKey of each token
  entry: GazEntry | null;
  members: number[]; // cands
  reasons: string[];
};

class Extractor {
  private readonly t: Tokens;
  private readonly idx: GazIndex;
  private readonly cands: Cand[] = [];
  private readonly owner: Int32Array;
  private readonly demo: (GazEntry | null)[];
  private readonly roles = new Map<number, FoundRole[]>(); // person cand -> roles
  private readonly sentIdx: Int32Array; // sentence number of each token
  /** Russian nominative candidates of each Cyrillic token (lazy; see src/nlp/morph.ts) */
  private readonly forms: (readonly string[] | undefined)[] = [];
  /** the English NER model's spans on these tokens; null for other languages */
  private readonly ner: ModelView | null;
  /** capitalised tokens the rules read as no name (a run of title words, "The", "Besides") */
  private readonly notName: Uint8Array;

  constructor(
    private readonly text: string,
    sentences: { start: number; end: number }[] | null,
    private readonly gaz: Gazetteer,
    private readonly opts: ExtractOptions,
  ) {
    this.t = tokenize(text, sentences);
    const lang = opts.language && opts.language !== 'und' ? opts.language : languageFamily(text);
    this.rows = teamSpans(this.t);
    this.tableRow = this.rows.inRow;
    this.ner = lang === 'en' ? modelView(text, sentences, gaz, this.t, this.tableRow) : null;
    this.idx = gazIndex(gaz);
    this.owner = new Int32Array(this.t.n).fill(-1);
    this.notName = new Uint8Array(this.t.n);
    this.demo = new Array<GazEntry | null>(this.t.n).fill(null);
    this.sentIdx = new Int32Array(this.t.n);
    let s = 0;
    for (let i = 0; i < this.t.n; i++) {
      if (i > 0 && this.t.sentStart[i]) s++;
      this.sentIdx[i] = s;
    }
  }

  /**
   * "Coventry 1 Newcastle 2": a city the gazetteer knows, as a name of a results or standings
   * row, is a team (mentions-sports.ts).
   */
  private sportsTeams(): void {
    const { teams } = this.rows;
    for (const { a, b, result } of teams) {
      const o = this.owner[a];
      let free = true;
      for (let i = a; i < b; i++) if (this.owner[i] >= 0) free = false;
      // a name the gazetteer does not know, in a result row, is a team too (a line-initial name
      // is where the model is weakest), unless it reads as a person's ("Kasparov 1 Karpov 0")
      if (free && result && !isGivenName(this.t.raw[a]) && !hasSurnameSuffix(this.t.raw[b - 1])) {
        const c = this.addDiscovered(a, b, 'org', 'organization');
        this.cands[c].reason ??= `"${this.cands[c].name}" names a team in a row of results`;
        continue;
      }
      if (o < 0) continue;
      const cd = this.cands[o];
      if (cd.kind !== 'gaz' || cd.type !== 'location' || cd.a !== a || cd.b !== b) continue;
      cd.kind = 'org';
      cd.type = 'organization';
      cd.entry = null;
      cd.name = this.text.slice(cd.cs, cd.ce);
      cd.reason = `"${cd.name}" names a team in a row of results or standings`;
    }
  }
  /** teams and tokens of the rows of results and standings tables (mentions-sports.ts) */
  private readonly rows: ReturnType<typeof teamSpans>;
  private readonly tableRow: Uint8Array;

  /** Is token i in a sentence written in title case ("Xi Visits Moscow as War Grinds On")? */
  private titleSentence(i: number): boolean {
    if (!this.titles) {
      const t = this.t;
      const spans: { start: number; end: number }[] = [];
      for (let k = 0; k < t.n; k++) {
        const s = this.sentIdx[k];
        if (s === spans.length) spans.push({ start: t.start[k], end: t.end[k] });
        else spans[s].end = t.end[k];
      }
      this.titles = Uint8Array.from(titleCaseSentences(spans, this.text), (x) => (x.title ? 1 : 0));
    }
    return this.titles[this.sentIdx[i]] === 1;
  }
  private titles: Uint8Array | null = null;

  /** Is token i in a sentence written in capitals (a headline)? */
  private capsSentence(i: number): boolean {
    if (!this.caps) this.caps = capsSentences(this.t, this.sentIdx);
    return this.caps[this.sentIdx[i]] === 1;
  }
  private caps: Uint8Array | null = null;

  /** Language family of the text (Turkish spelling of names, src/nlp/lang.ts). */
  private get family(): LanguageFamily {
    if (this.fam === null) this.fam = textFamily(this.text, this.opts.language);
    return this.fam;
  }
  private fam: LanguageFamily | null = null;
  private lowerText: string | null = null;

  run(): { entities: DocEntity[]; mentions: DocMention[] } {
    this.matchGazetteer();
    this.sportsTeams();
    this.markDemonyms();
    this.lowerCaseBodies();
    this.russianMinistries();
    this.turkishStateBodies();
    this.turkishDomesticBodies();
    this.scanRuns();
    this.decideNames();
    this.modelSpans();
    this.bindAcronyms();
    this.demonymMentions();
    this.patronymicParticles();
    return this.build();
  }

  /**
   * "Makhabat Tazhibek kyzy", "Dastan Bekeshev uulu", "Elnur Aliyev oglu": a Turkic patronymic
   * particle written in lower case after a person's name ("daughter/son of") is part of the
   * name's surface. Only the mention's span grows: the tokens (and so the surname keys a later
   * "Tazhibek kyzy" or "Bekeshev" groups by, and the roles read around the name) stay as they are.
   */
  private patronymicParticles(): void {
    const t = this.t;
    for (const cd of this.cands) {
      const j = cd.b;
      if (cd.dead || cd.type !== 'person' || (cd.kind !== 'name' && cd.kind !== 'single') || j >= t.n)
        continue;
      if (t.gap[j] !== 0 || t.cap[j] || t.poss[cd.b - 1] || this.owner[j] >= 0) continue;
      if (PATRONYMIC_PARTICLES.has(t.key[j])) cd.ce = t.end[j];
    }
  }

  // ------------------------------------------------------------------ candidates

  private addCand(
    a: number,
    b: number,
    kind: Kind,
    type: EntityType,
    entry: GazEntry | null,
    cs?: number,
    ce?: number,
    name?: string,
  ): number {
    const t = this.t;
    const c: Cand = {
      a,
      b,
      cs: cs ?? t.start[a],
      ce: ce ?? t.end[b - 1],
      kind,
      type,
      entry,
      name: '',
      aliases: [],
      reason: null,
      dead: false,
      key: '',
      titled: false,
    };
    c.name = name ?? (entry ? entry.name : this.text.slice(c.cs, c.ce));
    const id = this.cands.length;
    this.cands.push(c);
    for (let i = a; i < b; i++) this.owner[i] = id;
    return id;
  }

  private release(c: number): void {
    const cd = this.cands[c];
    cd.dead = true;
    for (let i = cd.a; i < cd.b; i++) if (this.owner[i] === c) this.owner[i] = -1;
  }

  /** Nominative candidates of token i when it is an inflected Cyrillic word ("России" -> "россия"). */
  private baseForms(i: number): readonly string[] {
    let f = this.forms[i];
    if (f === undefined) {
      const k = this.t.key[i];
      f = CYRILLIC.test(k) ? ruBaseForms(k) : NO_FORMS;
      this.forms[i] = f;
    }
    return f;
  }

  /**
   * Punctuation that may sit between two words of one gazetteer name: a slash ("RFE/RL") and, in
   * names of three words or more, a comma ("Foreign, Commonwealth and Development Office"); every
   * word must still match.
   */
  private phraseJoin(j: number, len: number): boolean {
    const between = this.text.slice(this.t.end[j - 1], this.t.start[j]);
    if (between === '/') return true;
    // the dot of "St.", "Mt.", "Ft." ("St. Petersburg", "St. Louis", "Mt. Everest")
    if ((between === '. ' || between === '.') && PLACE_ABBREVIATIONS.has(this.t.raw[j - 1])) return true;
    return len >= 3 && /^,[ \u00a0]$/.test(between);
  }

  private matchPhrase(i: number, p: Phrase): boolean {
    const t = this.t;
    const len = p.toks.length;
    if (i + len > t.n) return false;
    for (let k = 0; k < len; k++) {
      const j = i + k;
      // a slash joins the words of one name ("RFE/RL", "Radio Free Europe/Radio Liberty")
      if (
        k > 0 &&
        ((t.gap[j] !== 0 && !this.phraseJoin(j, len)) ||
          this.owner[j] >= 0 ||
          (t.poss[j - 1] && !p.toks[k - 1].endsWith("'s")))
      )
        return false;
      const w = p.caseSensitive ? t.raw[j] : t.key[j];
      const want = p.toks[k];
      if (want === w) {
        if (k < len - 1 && t.poss[j]) return false;
        continue;
      }
      if (t.poss[j] && want === `${w}'s`) continue;
      // dotted initials match the gazetteer's undotted spelling ("U.S." for "US State Department")
      if (!p.caseSensitive && ABBREVIATION.test(t.raw[j]) && want === w.replace(/\./g, '')) continue;
      // a middle initial keeps its dot in the text, not in the folded gazetteer key ("Donald J. Trump")
      if (!p.caseSensitive && k > 0 && MIDDLE_INITIAL.test(t.raw[j]) && want === w.slice(0, -1)) continue;
      // a Russian case form of the gazetteer word ("Организации тюркских государств"); of a
      // capitalised one only when the name is written capitalised ("«Коммерсанту»")
      if (
        (!p.caseSensitive ||
          (t.cap[j] && !t.sentStart[j] && CYRILLIC.test(want) && t.raw[j][0] === want[0])) &&
        this.baseForms(j).includes(p.caseSensitive ? fold(want) : want)
      ) {
        if (k < len - 1 && t.poss[j]) return false;
        continue;
      }
      return false;
    }
    return true;
  }

  /**
   * "Opec said", "Nasa and Esa": an acronym written in title case (mentions-gaz.ts) is the body
   * in English text only, and not where the word is a common word or a given name ("Pace").
   */
  private titleCaseAcronym(i: number): boolean {
    if (!this.ner) return false;
    const raw = this.t.raw[i];
    return !isGivenName(raw) && !englishNerModel()?.common?.has(raw.toLowerCase());
  }

  /** The longest gazetteer phrase starting at token i, or null. */
  private bestPhraseAt(i: number): Phrase | null {
    const t = this.t;
    let best: Phrase | null = null;
    // a capitalised Cyrillic name in another case ("Коммерсанту"): its nominatives, capitalised
    const raws =
      t.cap[i] && !t.sentStart[i]
        ? [t.raw[i], ...this.baseForms(i).map((f) => t.raw[i][0] + f.slice(1))]
        : [t.raw[i]];
    for (const raw of raws) {
      for (const p of this.idx.acroFirst.get(raw) ?? []) {
        if (p.titleCase && !this.titleCaseAcronym(i)) continue;
        if ((!best || p.toks.length > best.toks.length) && this.matchPhrase(i, p)) best = p;
      }
    }
    // a possessive first word is indexed with its "'s" ("People's Liberation Army")
    const keys = t.poss[i] ? [t.key[i], `${t.key[i]}'s`] : [t.key[i]];
    if (ABBREVIATION.test(t.raw[i])) keys.push(t.key[i].replace(/\./g, ''));
    for (const k of [...keys, ...this.baseForms(i)]) {
      for (const p of this.idx.byFirst.get(k) ?? []) {
        if (best && p.toks.length <= best.toks.length) break;
        if (this.matchPhrase(i, p)) best = p;
      }
    }
    return best;
  }

  private matchGazetteer(): void {
    const t = this.t;
    for (let i = 0; i < t.n; i++) {
      // an outlet named by its web address is often written in lower case ("website news.az")
      if ((!t.cap[i] && !WEB_DOMAIN.test(t.raw[i])) || this.owner[i] >= 0) continue;
      let best = this.bestPhraseAt(i);
      if (best && best.entries.length > 1) best = { ...best, entries: this.ofTextLanguage(best.entries) };
      if (best && best.toks.length === 1 && this.givenBeforeName(i, pickEntry(best.entries))) best = null;
      if (best && this.spokenSurnameHere(i, best)) best = null;
      if (best && this.otherGivenName(i, best)) best = null;
      if (best && this.givenOfStranger(i, best)) best = null;
      if (best && this.surnameAfterGiven(i, best)) best = null;
      if (best && this.surnameOfStranger(i, best)) best = null;
      if (best && this.ofOtherCountry(i, best)) best = null;
      if (best && this.laterPersonExtends(i, best)) best = null;
      if (best && this.placeOpensName(i, best)) best = null;
      if (best && this.personOpensBody(i, best)) best = null;
      const unit = best ? this.unitOfOrganisation(i, best) : -1;
      if (unit > 0) {
        const c = this.addCand(i, unit, 'org', 'organization', null);
        this.cands[c].reason =
          `"${this.cands[c].name}": a unit or national chapter of ${pickEntry(best!.entries).name}, another organisation`;
        i = unit - 1;
        continue;
      }
      if (best && best.toks.length === 1 && this.family === 'tr' && this.turkishCommonWord(i)) best = null;
      const earlier = best ? this.obliqueSurnameOf(i, best) : null;
      if (best && earlier) best = { ...best, entries: [earlier] };
      const namesake = best && !earlier ? this.namesakeOf(i, best) : null;
      if (best && namesake) best = { ...best, entries: [namesake] };
      const body = best ? this.nationalBodyAt(i, best) : null;
      const agency = best && !body ? this.agencyBefore(i, best) : -1;
      const airline = best && !body && agency < 0 ? this.airlineBefore(i, best) : -1;
      if (airline >= 0) {
        const c = this.addCand(airline, i + best!.toks.length, 'org', 'organization', null);
        this.cands[c].reason = `"${this.cands[c].name}": an airline named by "Air" and a place`;
        i += best!.toks.length - 1;
      } else if (agency >= 0) {
        const c = this.addCand(agency, i + best!.toks.length, 'org', 'organization', null);
        this.cands[c].reason =
          `"${this.cands[c].name}": a national agency named by its field and its country`;
        i += best!.toks.length - 1;
      } else if (body) {
        this.addCand(i, body.end, 'gaz', body.entry.type, body.entry);
        i = body.end - 1;
      } else if (best) {
        const entry = pickEntry(best.entries);
        const len = best.toks.length + this.legalFormAfter(i + best.toks.length, entry);
        const from = this.givenVariantBefore(i, best) ? this.givenTokBefore(i) : i;
        if (this.beautyContestBefore(from, i + len, entry)) {
          // "Miss Kazakhstan", "Miss Universe Georgia": a contest's title, not the country
          const c = this.addCand(from - 1, i + len, 'event', 'event_name', null);
          this.cands[c].reason = `"${this.cands[c].name}": the title of a contest named by a place`;
          i += len - 1;
        } else if (this.localPoliceAfter(i + len, entry)) {
          // "Hamilton police said": a city's police force speaks, not the city
          const c = this.addCand(from, i + len + 1, 'org', 'organization', null);
          this.cands[c].reason = `"${this.cands[c].name}": the police force of a place`;
          i += len;
        } else {
          this.addCand(from, i + len, 'gaz', entry.type, entry);
          i += len - 1;
        }
      } else if (HYPHENS.test(t.raw[i]) && !(i + 1 < t.n && t.cap[i + 1] && t.gap[i + 1] === 0)) {
        this.hyphenParts(i);
      }
    }
  }

  /** "Miss Kazakhstan": "Miss" or "Mister" right before a place with no surname after it */
  private beautyContestBefore(a: number, b: number, entry: GazEntry): boolean {
    const t = this.t;
    if (!this.ner || a === 0 || (entry.type !== 'country' && entry.type !== 'location')) return false;
    if (!/^(?:Miss|Mister)$/.test(t.raw[a - 1]) || t.gap[a] !== 0 || this.owner[a - 1] >= 0) return false;
    return !(b < t.n && t.gap[b] === 0 && t.cap[b]);
  }

  /**
   * Outlets of one name in several countries ("NTV" in Russia and in Turkey): those that publish
   * in the text's language, when any does; else all of them.
   */
  private ofTextLanguage(entries: GazEntry[]): GazEntry[] {
    if (!entries.every((e) => e.type === 'media')) return entries;
    const own = entries.filter((e) => e.languages?.includes(this.family));
    return own.length ? own : entries;
  }

  /** "KABUL ETTİ", "Kabul Etti", "MALİ DESTEK" over "… mali destek": a Turkish word, no place (mentions-tr-common.ts) */
  private turkishCommonWord(i: number): boolean {
    return turkishCommonWordAt({ t: this.t, capsSentence: (k) => this.capsSentence(k) }, i);
  }

  /**
   * "Hamilton police", "Ottawa police": lower-case "police" right after a place (not a country)
   * names that place's police force, an organisation that speaks ("Hamilton police said").
   */
  private localPoliceAfter(j: number, entry: GazEntry): boolean {
    const t = this.t;
    if (entry.type !== 'location' || j >= t.n || t.gap[j] !== 0 || t.poss[j - 1]) return false;
    return t.key[j] === 'police' && !t.cap[j];
  }

  /**
   * "Volkswagen AG said", "KazMunayGas JSC": a company's legal form right after its name belongs
   * to the name (the mention, and so the speaker or actor, spans it). Returns 1 or 0 tokens.
   */
  private legalFormAfter(j: number, entry: GazEntry): number {
    const t = this.t;
    if (entry.type !== 'organization' || j >= t.n || t.gap[j] !== 0 || t.poss[j - 1]) return 0;
    // "Bank of Georgia Group", "Kazatomprom Holding": the company's group or holding is named by it
    if (
      /^(?:Group|Holding|Holdings)$/.test(t.raw[j]) &&
      this.owner[j] < 0 &&
      (entry.kind === 'company' || entry.kind === 'bank')
    )
      return 1;
    return isLegalForm(t.raw[j]) ? 1 : 0;
  }

  /**
   * "Ontario Liberal Party", "Florida Department of Law Enforcement", "Dallas Morning News": a
   * place (not a country or a seat of power) right before a capitalised run that carries an
   * organisation head, or that the NER model reads as one longer organisation or place name with
   * it, opens that name; the run pass then reads the whole name instead of a place and a fragment.
   */
  private placeOpensName(i: number, p: Phrase): boolean {
    const t = this.t;
    const entry = pickEntry(p.entries);
    const end = i + p.toks.length;
    if (entry.type === 'country') return this.countryOpensCompany(i, end);
    if (entry.type !== 'location' || entry.kind === 'seat of power') return false;
    if (t.poss[end - 1] || end >= t.n || !t.cap[end] || t.gap[end] !== 0) return false;
    const k = this.ner ? this.ner.spanAt[i] : -1;
    if (k >= 0) {
      const sp = this.ner!.spans[k];
      // "Almaty Mayor X" read as one name by the model is a place, a title and a person
      let titled = false;
      for (let j = end; j < sp.b && !titled; j++) titled = TITLE_HEADS.has(t.key[j]);
      if (sp.a === i && sp.b > end && (sp.type === 'ORG' || sp.type === 'LOC') && !titled) return true;
    }
    for (
      let j = end;
      j < t.n && t.cap[j] && t.gap[j] === 0 && this.nameLike(j) && !DATE_WORDS.has(t.key[j]);
      j++
    ) {
      if (ORG_HEADS.has(t.key[j])) return true;
      // "the Budapest Memorandum", "the Minsk Agreements": a place opening a law's name
      if (LAW_HEADS.has(t.key[j]) && (j + 1 >= t.n || !t.cap[j + 1] || t.gap[j + 1] !== 0)) return true;
      if (t.poss[j]) break;
    }
    return false;
  }

  /**
   * "Trump Foundation", "Kennedy Center", "Nazarbayev University": a known person's name right before a capitalised run that closes on an
   * organisation head names that body; the run pass reads it whole instead of a person and a
   * fragment.
   */
  private personOpensBody(i: number, p: Phrase): boolean {
    const t = this.t;
    if (pickEntry(p.entries).type !== 'person') return false;
    const end = i + p.toks.length;
    if (t.poss[end - 1] || end >= t.n || !t.cap[end] || t.gap[end] !== 0) return false;
    for (
      let j = end;
      j < t.n && j < end + 3 && t.cap[j] && (j === end || t.gap[j] === 0) && this.nameLike(j);
      j++
    ) {
      if (ORG_HEADS.has(t.key[j]) && !TITLE_HEADS.has(t.key[j])) return true;
      if (t.poss[j]) break;
    }
    return false;
  }

  /**
   * "Halyk Finance" (the gazetteer knows "Halyk Bank", alias "Halyk"), "Transparency International
   * Georgia", "BP Azerbaijan": a company's or a non-governmental body's name (or a short alias of
   * it) right before a capitalised word that is not the rest of its name, or before a country's
   * name, opens the name of a subsidiary, unit or national chapter: another organisation, which
   * the run pass reads whole. Titles ("SOCAR President X"), legal forms, dates and capitalised
   * headlines keep the gazetteer's entry. Returns the end of the unit's name, or -1.
   */
  private unitOfOrganisation(i: number, p: Phrase): number {
    const t = this.t;
    const entry = pickEntry(p.entries);
    if (entry.type !== 'organization' || !UNIT_PARENT_KINDS.has(entry.kind ?? '')) return -1;
    const end = i + p.toks.length;
    if (t.poss[end - 1] || end >= t.n || !t.cap[end] || t.gap[end] !== 0 || this.owner[end] >= 0) return -1;
    if (this.capsSentence(i) || t.upper[end] || !this.nameLike(end)) return -1;
    const k = t.key[end];
    if (DATE_WORDS.has(k) || isLegalForm(t.raw[end]) || STOP_CAP.has(k) || functionWords('en').has(k))
      return -1;
    // "SOCAR Vice President X", "Halyk Bank Deputy Chairman X": a title after the name
    for (let j = end; j < t.n && j - end < 4 && t.cap[j] && (j === end || t.gap[j] === 0); j++) {
      if (TITLE_HEADS.has(t.key[j])) return -1;
      if (t.poss[j] || !TITLE_MODIFIERS.has(t.key[j])) break;
    }
    const next = this.bestPhraseAt(end);
    const nextEntry = next ? pickEntry(next.entries) : null;
    // "Transparency International Georgia": a country's name ends the chapter's name
    if (nextEntry?.type === 'country') {
      const after = end + next!.toks.length;
      const closed = after >= t.n || t.gap[after] !== 0 || !t.cap[after] || t.poss[after - 1];
      return closed ? after : -1;
    }
    if (nextEntry) return -1;
    let b = end + 1;
    while (b < t.n && b - end < 3 && !t.poss[b - 1] && t.cap[b] && t.gap[b] === 0 && this.owner[b] < 0) {
      if (!this.nameLike(b) || TITLE_HEADS.has(t.key[b]) || DATE_WORDS.has(t.key[b])) break;
      b++;
    }
    // "Halyk Finance": a short alias that the entry's full name goes on from with another word
    const full = entry.name.split(/\s+/).map((w) => fold(w));
    if (full.length <= p.toks.length) return -1;
    for (let q = 0; q < p.toks.length; q++) if (full[q] !== p.toks[q]) return -1;
    return full[p.toks.length] !== k && !ORG_HEADS.has(k) ? b : -1;
  }

  /**
   * "Uzbekistan Airways", "Kazakhstan Stock Exchange", "China National Nuclear Corporation": a
   * country's name right before capitalised words that close on a company's head noun opens
   * the company's name (a national carrier, exchange or state corporation), not the country.
   * State bodies ("Kazakhstan Foreign Ministry") keep the country: the heads are companies'.
   */
  private countryOpensCompany(i: number, end: number): boolean {
    const t = this.t;
    if (t.poss[end - 1] || end >= t.n || !t.cap[end] || t.gap[end] !== 0 || t.upper[i]) return false;
    if (this.capsSentence(i)) return false;
    let j = end;
    while (j < t.n && j - end < 4 && t.cap[j] && (j === end || t.gap[j] === 0) && this.nameLike(j)) {
      if (DATE_WORDS.has(t.key[j]) || TITLE_HEADS.has(t.key[j]) || this.owner[j] >= 0) return false;
      if (t.poss[j]) return COMPANY_HEADS.has(t.key[j]);
      j++;
    }
    return j > end && COMPANY_HEADS.has(t.key[j - 1]);
  }

  /**
   * "Air Astana", "Air France": capitalised "Air" right before a place or country's name is an
   * airline's name. Returns the first token of the airline (i - 1), or -1.
   */
  private airlineBefore(i: number, p: Phrase): number {
    const t = this.t;
    const type = pickEntry(p.entries).type;
    if ((type !== 'country' && type !== 'location') || i === 0 || t.gap[i] !== 0) return -1;
    if (t.key[i - 1] !== 'air' || t.raw[i - 1] !== 'Air' || this.owner[i - 1] >= 0) return -1;
    const end = i + p.toks.length;
    // "Air Force", "Air Defence": "Air" opening a longer capitalised name is no airline's
    if (end < t.n && t.cap[end] && t.gap[end] === 0 && !t.poss[end - 1]) return -1;
    return this.capsSentence(i) ? -1 : i - 1;
  }

  /**
   * "Russian Federation Council": a country name whose last word opens a longer name of one of
   * that country's own bodies is the demonym before the body, not the country ("Russian" +
   * "Federation Council"). The mention spans both, like the gazetteer's "Russian State Duma".
   */
  private nationalBodyAt(i: number, p: Phrase): { end: number; entry: GazEntry } | null {
    const len = p.toks.length;
    const named = pickEntry(p.entries);
    if (named.type !== 'country') return null;
    // "U.K. Foreign, Commonwealth and Development Office": the country's name right before one of
    // its own bodies is part of that body's name
    const j = i + len;
    if (j < this.t.n && this.t.gap[j] === 0 && !this.t.poss[j - 1] && this.t.cap[j]) {
      const q = this.bestPhraseAt(j);
      const entry = q ? pickEntry(q.entries) : null;
      if (q && entry?.type === 'organization' && entry.country === named.id)
        return { end: j + q.toks.length, entry };
    }
    const country = this.idx.demonyms.get(this.t.key[i]);
    if (len < 2 || !country) return null;
    for (let k = 1; k < len; k++) {
      const q = this.bestPhraseAt(i + k);
      if (!q || k + q.toks.length <= len) continue;
      const entry = pickEntry(q.entries);
      if (entry.type === 'organization' && entry.country === country.id)
        return { end: i + k + q.toks.length, entry };
    }
    return null;
  }

  /**
   * "Statistics Canada", "Indigenous Services Canada", "Immigration, Refugees and Citizenship
   * Canada", "Public Health England", "Hockey Canada": capitalised words of a field right before
   * a country name make the name of a national agency or federation, which speaks for itself;
   * the country is no speaker there ("Statistics Canada said"). The word before the country must
   * be a field word (AGENCY_FIELDS), so "Atlantic Canada" and "Northern Ontario" stay places.
   * Returns the first token of the agency's name, or -1.
   */
  private agencyBefore(i: number, p: Phrase): number {
    const t = this.t;
    if (pickEntry(p.entries).type !== 'country' || i === 0 || t.gap[i] !== 0 || t.poss[i - 1]) return -1;
    const free = (k: number) => this.owner[k] < 0 && !t.poss[k];
    if (!t.cap[i - 1] || !free(i - 1) || !AGENCY_FIELDS.has(t.key[i - 1])) return -1;
    let a = i - 1;
    // the rest of the name: capitalised words, "and", and commas inside a list ("Immigration,
    // Refugees and Citizenship")
    for (let k = a - 1; k >= 0; k--) {
      const joined = t.gap[k + 1] === 0 || (t.gap[k + 1] === GAP.COMMA && a < i - 1);
      if (!joined || !free(k)) break;
      if (t.key[k] === 'and' && t.cap[k - 1]) continue;
      if (!t.cap[k] || !NAME_TOKEN.test(t.raw[k]) || STOP_CAP.has(t.key[k]) || TITLE_HEADS.has(t.key[k]))
        break;
      a = k;
    }
    return a;
  }

  /**
   * "по словам Мирзиёева" after "Шавкат Мирзиёев": a Russian surname in -ова/-ева/-ина is also the
   * genitive or accusative of the masculine one, so when a person of this document named earlier
   * bears the masculine surname, the lone surname is that person, not a woman of the gazetteer
   * whose surname it spells. Returns that person's entry, else null.
   */
  private obliqueSurnameOf(i: number, p: Phrase): GazEntry | null {
    if (p.toks.length !== 1) return null;
    const entry = pickEntry(p.entries);
    const raw = this.t.raw[i];
    if (entry.type !== 'person' || !/(?:ов|ев|ёв|ин|ын)а$/u.test(raw)) return null;
    const stem = nameKey(raw.slice(0, -1));
    for (let c = this.cands.length - 1; c >= 0; c--) {
      const cd = this.cands[c];
      if (cd.dead || cd.type !== 'person' || !cd.entry || cd.entry.id === entry.id || cd.b - cd.a < 2)
        continue;
      if (nameKey(this.t.raw[cd.b - 1]) === stem) return cd.entry;
    }
    return null;
  }

  /**
   * A bare surname that several known people bear (a father and son, "Berdimuhamedov"): the one
   * of them this document named in full last before it; with none named before, the one who is
   * president at the article's date (the office the bare surname refers to in news). Returns that
   * entry when it differs from the phrase's own, else null.
   */
  private namesakeOf(i: number, p: Phrase): GazEntry | null {
    if (p.toks.length !== 1) return null;
    const entry = pickEntry(p.entries);
    if (entry.type !== 'person') return null;
    const keys = [this.t.key[i], ...this.baseForms(i)];
    const namesakes = new Set<GazEntry>();
    for (const k of keys) for (const e of this.idx.bySurname.get(k) ?? []) namesakes.add(e);
    if (namesakes.size < 2 || !namesakes.has(entry)) return null;
    const published = this.opts.published ?? null;
    const pick = (e: GazEntry | null): GazEntry | null => (e && e !== entry ? e : null);
    const only = (test: (r: GazRole) => boolean): GazEntry | null => {
      const held = [...namesakes].filter((e) => rolesHeldAt(e, published).some(test));
      return held.length === 1 ? held[0] : null;
    };
    // the office written before the surname: "Halk Maslahatı Başkanı Berdimuhamedov", "President X"
    const t = this.t;
    const prev = this.cands.length ? this.cands[this.cands.length - 1] : null;
    if (prev && !prev.dead && prev.entry && prev.type === 'organization' && prev.b >= i - 3) {
      const body = prev.entry;
      const names = [body.name, ...(body.aliases ?? [])].map((n) => n.toLowerCase());
      const holder = only(
        (r) => r.of === body.id || names.some((n) => `${r.title} ${r.label ?? ''}`.toLowerCase().includes(n)),
      );
      if (holder) return pick(holder);
    }
    for (let k = Math.max(0, i - 3); k < i; k++) {
      if (PRESIDENT_TITLES.has(t.key[k]) || (t.key[k] === 'baskani' && k > 0 && t.key[k - 1] === 'devlet')) {
        const president = only((r) => r.title.toLowerCase() === 'president');
        if (president) return pick(president);
      }
    }
    // the one this document named in full last
    for (let c = this.cands.length - 1; c >= 0; c--) {
      const cd = this.cands[c];
      if (cd.dead || cd.type !== 'person' || !cd.entry || cd.b - cd.a < 2 || !namesakes.has(cd.entry))
        continue;
      return pick(cd.entry);
    }
    return published ? pick(only((r) => r.title.toLowerCase() === 'president')) : null;
  }

  /**
   * The gazetteer person of a one-token phrase at `i` (a surname) right after a capitalised,
   * name-shaped word no other mention owns, with no gap or possessive between; else null. The
   * shared start of otherGivenName and givenVariantBefore, which then judge that word.
   */
  private personAfterUnknownCap(i: number, p: Phrase): GazEntry | null {
    const t = this.t;
    if (p.toks.length !== 1 || i === 0 || t.gap[i] !== 0 || t.poss[i - 1]) return null;
    const entry = pickEntry(p.entries);
    if (entry.type !== 'person') return null;
    const g = this.givenTokBefore(i);
    if (!t.cap[g] || this.owner[g] >= 0 || t.upper[g] || !NAME_TOKEN.test(t.raw[g])) return null;
    // "Mesajında Berdimuhamedov …", "Görüşmede Aliyev …": a Turkish noun opening the sentence
    // with a case ending (a name would take it after an apostrophe; mentions-tr.ts)
    if (this.trCaseOpener(g)) return null;
    return entry;
  }

  /**
   * "Vepa Hajiyev" when only "Hikmet Hajiyev" is known: a gazetteer surname right after an
   * unknown capitalised name whose initial matches none of the known person's given names is
   * somebody else with the same surname (left to the capitalised-run pass).
   */
  private otherGivenName(i: number, p: Phrase): boolean {
    const t = this.t;
    const entry = this.personAfterUnknownCap(i, p);
    if (!entry) return false;
    const g = this.givenTokBefore(i);
    const k = t.key[g];
    if (
      STOP_CAP.has(k) ||
      TITLE_HEADS.has(k) ||
      TITLE_MODIFIERS.has(k) ||
      GENERIC_CAP.has(k) ||
      NOT_NAME_ADJ.has(k)
    )
      return false;
    // a word opening a gazetteer name counts as known only where that name is written here:
    // "Dmitry Patrushev" when only "Nikolai Patrushev" is known (the "Dmitry" of "Dmitry Peskov"
    // notwithstanding), "Nurlan Abdrakhmanov" when only Kairat is
    if (this.idx.demonyms.has(k) || (this.idx.byFirst.has(k) && this.bestPhraseAt(g))) return false;
    const initials = new Set<string>();
    const givens = new Set<string>();
    for (const n of [entry.name, ...entry.aliases]) {
      const w = n.split(/\s+/);
      if (w.length >= 2) {
        initials.add(nameKey(w[0]).charAt(0));
        givens.add(nameKey(w[0]));
      }
    }
    // "Ислам Алиев" is not Ilham Aliyev: a known given name other than the known person's, even
    // with the same initial, is another person (a variant spelling has the same key)
    if (givens.size > 0 && isGivenName(t.raw[g], true) && !givens.has(nameKey(t.raw[g]))) return true;
    return initials.size > 0 && !initials.has(nameKey(t.raw[g]).charAt(0));
  }

  /**
   * "Coun. Cameron Kroetsch": a known person's lone surname that is also a given name, right before
   * an unknown capitalised word, is the first name of someone else (not David Cameron).
   */
  private givenOfStranger(i: number, p: Phrase): boolean {
    const t = this.t;
    if (p.toks.length !== 1 || pickEntry(p.entries).type !== 'person' || t.poss[i]) return false;
    // in a title in title case every word is capitalised ("Xi Visits Moscow"): no evidence
    if (this.titleSentence(i)) return false;
    const j = i + 1;
    return (
      isGivenName(t.raw[i]) &&
      j < t.n &&
      t.gap[j] === 0 &&
      t.cap[j] &&
      !t.upper[j] &&
      NAME_TOKEN.test(t.raw[j]) &&
      !this.idx.byFirst.has(t.key[j]) &&
      !STOP_CAP.has(t.key[j]) &&
      !GENERIC_CAP.has(t.key[j])
    );
  }

  /**
   * "Sherzod Asadov said ... Asadov did not elaborate" when only "Ali Asadov" is known: a lone
   * gazetteer surname in a document that names a stranger with that surname (see otherGivenName)
   * and never the known person's full name is the stranger, so it is left to the capitalised-run
   * pass and joins the stranger's full name by surname.
   */
  private surnameOfStranger(i: number, p: Phrase): boolean {
    const t = this.t;
    if (p.toks.length !== 1) return false;
    const entry = pickEntry(p.entries);
    if (entry.type !== 'person') return false;
    const lower = (this.lowerText ??= this.text.toLowerCase());
    for (const n of [entry.name, ...entry.aliases])
      if (/\s/.test(n) && lower.includes(n.toLowerCase())) return false;
    for (let j = 1; j < t.n; j++)
      if (j !== i && t.key[j] === t.key[i] && this.otherGivenName(j, p)) return true;
    return false;
  }

  /**
   * "the Democratic Party of Kazakhstan" is not the gazetteer's (American) "Democratic Party": a
   * national body's name followed by "of" another country names that country's namesake, which
   * the run pass reads whole.
   */
  private ofOtherCountry(i: number, p: Phrase): boolean {
    const t = this.t;
    const entry = pickEntry(p.entries);
    if (entry.type !== 'organization' || !entry.country) return false;
    let j = i + p.toks.length;
    if (j >= t.n || t.key[j] !== 'of' || t.gap[j] !== 0 || t.poss[j - 1]) return false;
    j++;
    if (j < t.n && t.key[j] === 'the' && t.gap[j] === 0) j++;
    if (j >= t.n || t.gap[j] !== 0 || !t.cap[j]) return false;
    const q = this.bestPhraseAt(j);
    const other = q ? pickEntry(q.entries) : null;
    return other !== null && other.type === 'country' && other.id !== entry.country;
  }

  /**
   * "President Xi Jinping": a person alias that includes a title ("President Xi") yields to a
   * person phrase starting inside it and reaching further ("Xi Jinping").
   */
  private laterPersonExtends(i: number, p: Phrase): boolean {
    const len = p.toks.length;
    if (len < 2 || pickEntry(p.entries).type !== 'person') return false;
    for (let k = 1; k < len; k++) {
      if (!this.t.cap[i + k]) continue;
      const q = this.bestPhraseAt(i + k);
      if (q && k + q.toks.length > len && pickEntry(q.entries).type === 'person') return true;
    }
    return false;
  }

  /**
   * The token of the given name before a surname at `i`: the word right before it, or, past a
   * middle initial ("Donald J. Trump", "John F. Kerry"), the word before the initial.
   */
  private givenTokBefore(i: number): number {
    const t = this.t;
    const m = i - 1;
    if (
      m >= 1 &&
      MIDDLE_INITIAL.test(t.raw[m]) &&
      t.gap[m] === 0 &&
      !t.poss[m - 1] &&
      t.cap[m - 1] &&
      !t.upper[m - 1] &&
      this.owner[m] < 0 &&
      NAME_TOKEN.test(t.raw[m - 1]) &&
      !MIDDLE_INITIAL.test(t.raw[m - 1])
    )
      return m - 1;
    return m;
  }

  /**
   * "Bidzhina Ivanishvili" for the gazetteer's "Bidzina Ivanishvili": a known surname after an
   * unknown capitalised word that is a spelling variant of the person's given name (same initial,
   * one or two letters apart) names that person, given name included.
   */
  private givenVariantBefore(i: number, p: Phrase): boolean {
    const t = this.t;
    const entry = this.personAfterUnknownCap(i, p);
    if (!entry) return false;
    const g = this.givenTokBefore(i);
    // (a word opening a gazetteer name is no variant of the given name, unless a middle initial
    // stands between it and the surname: "John F. Kerry" for the gazetteer's "John Kerry")
    if (
      (g === i - 1 && this.idx.byFirst.has(t.key[g])) ||
      TITLE_HEADS.has(t.key[g]) ||
      STOP_CAP.has(t.key[g])
    )
      return false;
    const given = nameKey(t.raw[g]);
    const raw = t.key[g];
    return [entry.name, ...entry.aliases].some((n) => {
      const w = n.split(/\s+/);
      if (w.length < 2) return false;
      const k = nameKey(w[0]);
      // by key ("Bidzhina" and "Bidzina" key apart) and by letters
      return k === given || surnamesClose(k, given).close || surnamesClose(w[0].toLowerCase(), raw).close;
    });
  }

  /**
   * "Rovshan Najaf", "Ali Tabriz": a one-word place (not a country) right after a known given name,
   * with no comma or possessive between, is that person's surname.
   */
  private surnameAfterGiven(i: number, p: Phrase): boolean {
    const t = this.t;
    if (p.toks.length !== 1 || i === 0 || t.gap[i] !== 0 || t.poss[i - 1]) return false;
    const type = pickEntry(p.entries).type;
    if (type !== 'location' && type !== 'country') return false;
    const g = i - 1;
    const given = isGivenName(t.raw[g]) || (this.family === 'tr' && isTurkishGivenName(t.raw[g]));
    if (!t.cap[g] || this.owner[g] >= 0 || t.upper[g] || !given) return false;
    // "Rep. Jim Jordan", "Chief Chuck Jordan": a country after a given name is a surname where the
    // NER model reads the two words as one person's name (or the surname speaks: spokenSurnameHere)
    if (type === 'country') return modelTypeOf(this.ner, g, i + 1) === 'PER';
    return !t.poss[i] && !this.idx.byFirst.has(t.key[g]);
  }

  /**
   * Keys of the words this document uses alone as a speaker ("Banks said", "…," said Park.",
   * "Mr. Houston") and also right after a given name ("Jordan Banks", "Grace Park", "Tim
   * Houston"): the surnames of people it quotes. A place or a country does not speak, so such a
   * word is the person's surname even when it also names a place ("Houston", "Park").
   */
  private spokenSurnames(): Set<string> {
    if (this.spokenSurnameKeys) return this.spokenSurnameKeys;
    const t = this.t;
    const afterGiven = new Set<string>();
    const spoken = new Set<string>();
    for (let i = 0; i < t.n; i++) {
      if (!t.cap[i] || t.upper[i] || !NAME_TOKEN.test(t.raw[i])) continue;
      const capBefore = i > 0 && t.gap[i] === 0 && t.cap[i - 1] && !t.poss[i - 1];
      const capAfter = i + 1 < t.n && t.gap[i + 1] === 0 && t.cap[i + 1] && !t.poss[i];
      if (capBefore && isGivenName(t.raw[i - 1])) afterGiven.add(t.key[i]);
      const honorific = i > 0 && HONORIFICS.has(t.key[i - 1]) && (t.gap[i] & ~GAP.STOP) === 0;
      if (
        (!capBefore || honorific) &&
        !capAfter &&
        !t.poss[i] &&
        (honorific || this.speechAfter(i + 1) || this.speechBefore(i, i + 1))
      )
        spoken.add(t.key[i]);
    }
    this.spokenSurnameKeys = new Set([...spoken].filter((k) => afterGiven.has(k)));
    return this.spokenSurnameKeys;
  }
  private spokenSurnameKeys: Set<string> | null = null;

  /**
   * A one-word gazetteer place, country or organisation that is part of a quoted person's name
   * (see spokenSurnames): the given name before a spoken surname ("Jordan Banks", "Jordan"
   * being a country) or that surname where it speaks ("Houston told reporters" after "Tim
   * Houston"). The run pass then reads the person.
   */
  private spokenSurnameHere(i: number, p: Phrase): boolean {
    const t = this.t;
    if (p.toks.length !== 1 || pickEntry(p.entries).type === 'person' || t.poss[i]) return false;
    const surnames = this.spokenSurnames();
    if (surnames.size === 0) return false;
    const j = i + 1;
    if (
      j < t.n &&
      t.gap[j] === 0 &&
      t.cap[j] &&
      surnames.has(t.key[j]) &&
      isGivenName(t.raw[i]) &&
      !(j + 1 < t.n && t.gap[j + 1] === 0 && t.cap[j + 1])
    )
      return true;
    return surnames.has(t.key[i]) && (this.speechAfter(j) || this.speechBefore(i, j));
  }

  /**
   * "Victoria Panfilova", "Georgia Meloni", "Chelsea Clinton": a one-word place or organization
   * that is also a given name, followed by an unknown capitalised word, is the first name of a
   * person. Only the region's given names count: the English list names too many places ("The
   * Washington Documents" is no person).
   */
  private givenBeforeName(i: number, entry: GazEntry): boolean {
    const t = this.t;
    if (entry.type === 'country' && !t.poss[i]) {
      const named = i + 1 < t.n && t.gap[i + 1] === 0 && t.cap[i + 1] && !this.idx.byFirst.has(t.key[i + 1]);
      // countries yield to a name with a surname suffix ("Georgia Petrova")
      if (named && hasSurnameSuffix(t.raw[i + 1]) && isGivenName(t.raw[i], true)) return true;
      // and, where the country is a common given name ("Jordan", "Chad"), to a two-word name
      // with a person's title before it or a verb of saying after it ("Labour MP Jordan Wells",
      // "Senator Chad Morris", "Jordan Wells said"); "Jordan Valley" has neither
      return (
        named &&
        NAME_TOKEN.test(t.raw[i + 1]) &&
        !STOP_CAP.has(t.key[i + 1]) &&
        isGivenName(t.raw[i]) &&
        !(i + 2 < t.n && t.gap[i + 2] === 0 && t.cap[i + 2]) &&
        ((i > 0 && t.gap[i] === 0 && (TITLE_HEADS.has(t.key[i - 1]) || isPersonNoun(t.raw[i - 1]))) ||
          this.speechAfter(i + 2))
      );
    }
    if (
      (entry.type !== 'location' && entry.type !== 'organization') ||
      t.poss[i] ||
      !isGivenName(t.raw[i], true)
    )
      return false;
    const j = i + 1;
    return (
      j < t.n &&
      t.gap[j] === 0 &&
      t.cap[j] &&
      NAME_TOKEN.test(t.raw[j]) &&
      !this.idx.byFirst.has(t.key[j]) &&
      !STOP_CAP.has(t.key[j])
    );
  }

  /** "Kyrgyz-Turkish relations", "Ankara-directed": mentions of the parts. */
  private hyphenParts(i: number): void {
    const t = this.t;
    const parts = t.raw[i].split(HYPHENS);
    let off = t.start[i];
    for (let k = 0; k < parts.length; k++) {
      const part = parts[k];
      const s = off;
      off += part.length + 1;
      if (!part || !/^\p{Lu}/u.test(part)) continue;
      if (k > 0 && SKIP_PREFIX.has(parts[k - 1].toLowerCase())) continue;
      if (k + 1 < parts.length && /^speaking$/i.test(parts[k + 1])) continue;
      const key = part.toLowerCase();
      const one = (this.idx.byFirst.get(key) ?? []).find((p) => p.toks.length === 1);
      const entry = one ? pickEntry(one.entries) : null;
      if (entry && (entry.type === 'country' || entry.type === 'location')) {
        const c = this.addCand(i, i, 'gaz', entry.type, entry, s, s + part.length);
        this.cands[c].a = i;
        this.cands[c].b = i; // sub-token mention: owns no token
        continue;
      }
      const d = this.idx.demonyms.get(key);
      // "Kanokpan Lao-Araya": a demonym beside a capitalised part that is no place is a name's part
      const placeLike = (p: string) =>
        !/^\p{Lu}/u.test(p) ||
        this.idx.demonyms.has(p.toLowerCase()) ||
        this.idx.byFirst.has(p.toLowerCase());
      if (d && parts.every(placeLike)) this.addCand(i, i, 'demonym', 'country', d, s, s + part.length);
    }
  }

  private markDemonyms(): void {
    const t = this.t;
    for (let i = 0; i < t.n; i++) {
      if (this.owner[i] >= 0) continue;
      let d = t.cap[i] ? this.idx.demonyms.get(t.key[i]) : undefined;
      // Russian demonym adjectives are written in lower case and inflected ("таджикским")
      if (!d && CYRILLIC.test(t.key[i])) {
        d = this.idx.demonyms.get(t.key[i]);
        for (const f of this.baseForms(i)) if (!d) d = this.idx.demonyms.get(f);
      }
      if (d && d.type === 'country' && !this.givenNameOfPerson(i)) this.demo[i] = d;
    }
  }

  /**
   * "Irakli Gharibashvili": a demonym that folds to a common given name ("Iraklı", Turkish for
   * Iraqi) before a capitalised surname-looking word that the gazetteer does not know is the
   * person's first name.
   */
  private givenNameOfPerson(i: number): boolean {
    const t = this.t;
    const j = i + 1;
    return (
      j < t.n &&
      t.gap[j] === 0 &&
      t.cap[j] &&
      isGivenName(t.raw[i], true) &&
      hasSurnameSuffix(t.raw[j]) &&
      !this.idx.byFirst.has(t.key[j]) &&
      !this.idx.demonyms.has(t.key[j])
    );
  }

  private nameLike(i: number): boolean {
    return this.t.upper[i] || NAME_TOKEN.test(this.t.raw[i]);
  }

  /**
   * A capitalised run in a title in title case ("Hillary Clinton Goes After", "Jane Doe Wins
   * Council Seat"): every word is capitalised there, so the name is what the body writes of it.
   * Returns the end of the longest start of the run `[i, b)` written as a name (capitalised, not
   * followed by another capitalised word) in a sentence that is no title; `b` when the whole run
   * is written so; -1 when no start of it is.
   */
  private titleEcho(i: number, b: number): number {
    const t = this.t;
    if (!this.bodyCaps) {
      this.bodyCaps = new Map();
      for (let k = 0; k < t.n; k++) {
        if (!t.cap[k] || this.titleSentence(k)) continue;
        const list = this.bodyCaps.get(t.key[k]);
        if (list) list.push(k);
        else this.bodyCaps.set(t.key[k], [k]);
      }
    }
    let best = -1;
    for (const s of this.bodyCaps.get(t.key[i]) ?? []) {
      let e = s + 1;
      while (e < t.n && e - s < b - i && t.gap[e] === 0 && t.cap[e] && t.key[e] === t.key[i + e - s]) e++;
      const len = e - s;
      if (len === b - i) return b;
      // the body's name must end where the match does ("Clinton" of "Clinton Foundation" is no echo)
      if (len > best - i && !(e < t.n && t.gap[e] === 0 && t.cap[e] && !t.poss[e - 1])) best = i + len;
    }
    return best;
  }
  private bodyCaps: Map<string, number[]> | null = null;

  private scanRuns(): void {
    const t = this.t;
    // the end of the last run of a title cut to what the body names: the words after it are no name
    let titleTail = -1;
    for (let i = 0; i < t.n; i++) {
      if (this.owner[i] >= 0 || !t.cap[i]) continue;
      // "the Tashkent-based Center for …", "the Kremlin-backed party": a compound adjective opens no name
      if (PLACE_COMPOUND.test(t.raw[i])) continue;
      if (!this.nameLike(i)) {
        if (DOMAIN.test(t.raw[i])) this.addCand(i, i + 1, 'media', 'media', null);
        continue;
      }
      let b = i + 1;
      for (;;) {
        // a weekday or month ends a name ("the Higher Labour Court Saturday ruled")
        while (
          b < t.n &&
          this.owner[b] < 0 &&
          t.cap[b] &&
          (t.gap[b] === 0 || this.pluralPossessiveJoin(b)) &&
          (!t.poss[b - 1] || t.key[b - 1] === 'people') &&
          this.nameLike(b) &&
          !DATE_WORDS.has(t.key[b])
        )
          b++;
        let p = this.particlesAt(b);
        if (p === b) p = this.ampersandAt(i, b);
        if (p === b || b - i > 5) break;
        b = p;
      }
      if (this.ner && this.titleSentence(i)) {
        let echo = b - i >= 2 || i < titleTail ? this.titleEcho(i, b) : b;
        // (a common word alone is no echo of a name: "Power" of "Obama Power Plant Rules")
        if (echo === i + 1 && b > i + 1 && englishNerModel()?.common?.has(t.key[i])) echo = -1;
        if (echo < 0 && i < titleTail) {
          this.notName[i] = 1;
          continue;
        }
        if (echo > i && echo < b) {
          titleTail = b;
          b = echo;
        }
      }
      const end = this.classifyRun(i, b);
      i = Math.max(i, end - 1);
    }
  }

  /**
   * "Mohammed bin Salman", "Ruben van der Berg", "Lula da Silva", "Abdel Fattah el-Sisi": one or
   * two lower-case name particles at token j followed by a capitalised name word continue a name
   * (a run of at most six words before them, titles included). Returns the end of the tokens that
   * continue it, or j when none do. English text only (the model's language): in Turkish "de"/"da" is a conjunction
   * ("Aliyev de katıldı").
   */
  /** a lower-case name particle inside a run ("bin", "da"), joined by particlesAt */
  private particle(i: number): boolean {
    return !!this.ner && !this.t.cap[i] && NAME_PARTICLES.has(this.t.raw[i]);
  }

  /**
   * "Procter & Gamble", "Bill & Melinda Gates Foundation", "Korea Hydro & Nuclear Power": an
   * ampersand between two capitalised words joins them into one name (a firm's or a
   * foundation's). Returns the end of the word after it, or j.
   */
  private ampersandAt(i: number, j: number): number {
    const t = this.t;
    if (j >= t.n || !this.ampersandBefore(j) || t.poss[j - 1] || this.owner[j] >= 0) return j;
    if (!t.cap[j] || !this.nameLike(j) || DATE_WORDS.has(t.key[j])) return j;
    // "Karl Langdon & Harvey Deegan", "Ann Lee & Tom's": a full name, then a given name
    if (j - i >= 2 && isGivenName(t.raw[j]) && !this.headRunAt(j)) return j;
    // "Home & Away", "New & Selected Poems": common words make a title, not a firm's name
    const common = englishNerModel()?.common;
    let proper = false;
    for (let k = i; k <= j && !proper; k++)
      if (!t.upper[k] && !common?.has(t.key[k]) && !this.demo[k]) proper = true;
    return proper ? j + 1 : j;
  }

  /** Is the gap before token j just an ampersand ("Procter & Gamble")? */
  private ampersandBefore(j: number): boolean {
    return j > 0 && /^ ?& ?$/.test(this.text.slice(this.t.end[j - 1], this.t.start[j]));
  }

  private particlesAt(j: number): number {
    const t = this.t;
    if (!this.ner || j >= t.n || t.poss[j - 1] || this.owner[j] >= 0 || t.gap[j] !== 0) return j;
    // one token: "el-Sisi", "al-Sudani"
    if (/^(?:al|el|ad|as|ash|at|az|ud|bin|ibn)[-‐]\p{Lu}\p{Ll}/u.test(t.raw[j])) return j + 1;
    let p = j;
    while (p < t.n && p - j < 2 && this.owner[p] < 0 && t.gap[p] === 0 && NAME_PARTICLES.has(t.raw[p])) p++;
    if (p === j || p >= t.n || this.owner[p] >= 0 || !t.cap[p] || t.gap[p] !== 0) return j;
    return this.nameLike(p) && !DATE_WORDS.has(t.key[p]) ? p + 1 : j;
  }

  /**
   * "B.C. Teachers' Federation", "Ontario Nurses' Association", "Federation of Metro Tenants'
   * Associations": the apostrophe of a plural possessive before an organisation head is inside
   * the name, not a closing quotation mark. True when the gap before token j is just that.
   */
  private pluralPossessiveJoin(j: number): boolean {
    const t = this.t;
    if (j === 0 || !ORG_HEADS.has(t.key[j]) || !t.cap[j] || !t.cap[j - 1] || !/s$/i.test(t.raw[j - 1]))
      return false;
    return /^['’] $/.test(this.text.slice(t.end[j - 1], t.start[j]));
  }

  private mediaCue(a: number, b: number): boolean {
    const t = this.t;
    const k1 = a > 0 ? t.key[a - 1] : '';
    const k2 = a > 1 ? t.key[a - 2] : '';
    const k3 = a > 2 ? t.key[a - 3] : '';
    const before = t.gap[a] === 0 || (t.gap[a] & ~GAP.QUOTE) === 0;
    if (before && a > 0) {
      // "told Reagan" is a person far more often than a newspaper: "told" needs a media-like name
      if (
        (k1 === 'told' && (b - a >= 2 || MEDIA_HEADS.has(t.key[b - 1]) || t.upper[a])) ||
        MEDIA_CUE_BEFORE.has(k1)
      )
        return true;
      // ("owned by X", "run by X" name owners, not outlets)
      if (
        k1 === 'by' &&
        /^(?:reported|published|printed|carried|broadcast|aired|quoted|cited|edited)$/.test(k2)
      )
        return true;
      if (k1 === 'with' && k2 === 'interview') return true;
      if (k1 === 'to' && (k2 === 'interview' || k2 === 'according')) return true;
      if (
        k1 === 'the' &&
        ((k2 === 'told' && (b - a >= 2 || MEDIA_HEADS.has(t.key[b - 1]))) ||
          (k2 === 'to' && k3 === 'according') ||
          (k2 === 'with' && k3 === 'interview'))
      )
        return true;
      if (k1 === 'of' && t.gap[a] & GAP.QUOTE) return true; // of “Nezavisimaya Gazeta”
    }
    // after-cues ("X reported") are weak at a sentence start ("Following ...", "Sellers reported")
    if (b < t.n && !t.sentStart[a] && (t.gap[b] === 0 || (t.gap[b] & ~(GAP.QUOTE | GAP.COMMA)) === 0)) {
      const k = t.key[b];
      // "Caesars World reported net income": a company reporting results is no outlet
      const results =
        (k === 'reported' || k === 'reports') &&
        b + 1 < t.n &&
        t.gap[b + 1] === 0 &&
        REPORTED_RESULTS.has(t.key[b + 1]);
      if ((MEDIA_VERBS_AFTER.has(k) && !results) || AFTER_MEDIA.has(k)) return true;
    }
    return false;
  }

  /**
   * "Ранее Пашинян", "Özellikle Erdoğan": a Russian or Turkish function word (learnt from the UD
   * treebanks, src/extract/function-words.ts) opening a capitalised run is not part of the name,
   * unless it is also a known given name or the first word of a gazetteer name ("Kim Jong Un").
   */
  private functionWordOpens(i: number): boolean {
    const t = this.t;
    return (
      (functionWords(this.family).has(t.key[i]) || this.trCaseOpener(i)) &&
      !isGivenName(t.raw[i]) &&
      !this.idx.byFirst.has(t.key[i])
    );
  }

  /** "Görüşmede Erdoğan", "Konuşmasında Tokayev": a Turkish sentence opener in a case, no name (mentions-tr.ts) */
  private trCaseOpener(i: number): boolean {
    const t = this.t;
    return this.family === 'tr' && t.sentStart[i] && !t.poss[i] && !t.upper[i] && turkishCaseOpener(t.key[i]);
  }

  /** Classifies the capitalised run [a, b); returns the token index where scanning resumes. */
  private classifyRun(a0: number, b: number): number {
    const t = this.t;
    let a = a0;
    while (
      a < b &&
      (STOP_CAP.has(t.key[a]) ||
        (t.sentStart[a] && a === a0 && GENERIC_CAP.has(t.key[a]) && b - a === 1) ||
        // "МИД Айхан Гаджизаде": a ministry's abbreviation is no part of the name after it
        (RU_MINISTRY_ABBREVIATIONS[t.key[a]] && b - a > 1 && !t.upper[a + 1]) ||
        this.functionWordOpens(a))
    )
      a++;
    this.notName.fill(1, a0, a);
    for (let k = b - 2; k > a; k--)
      if (HONORIFICS.has(t.key[k])) {
        a = k + 1;
        break;
      }
    if (a >= b) return b;
    // "Commissioner for International Partnerships Jutta Urpilainen", "Minister of Foreign Affairs
    // X": after "<title> of/for" a portfolio opens the run and a name closes it
    if (a === a0 && a > 1 && t.gap[a] === 0 && this.portfolioOpens(a)) {
      let s = a;
      while (s < b - 2 && (TITLE_MODIFIERS.has(t.key[s]) || PORTFOLIO_WORDS.has(t.key[s]))) s++;
      let org = false;
      for (let i = s; i < b; i++) if (ORG_HEADS.has(t.key[i]) || TITLE_HEADS.has(t.key[i])) org = true;
      if (s > a && !org && b - s <= 3) {
        const c = this.addCand(s, b, 'name', 'person', null);
        this.cands[c].titled = true;
        return b;
      }
    }
    // "агентство «Узатом»", "компании «Казтрансгаз»", "издание «Курсив»": a name in guillemets
    // right after a Russian noun for a kind of body is that body's name
    if (a === a0) {
      const quoted = this.quotedBodyName(a, b);
      if (quoted) {
        this.addDiscovered(a, quoted.end, quoted.type === 'media' ? 'media' : 'org', quoted.type);
        return quoted.end;
      }
    }
    // acronyms: kept aside until a long form or a context makes them an organisation
    let allUpper = true;
    for (let i = a; i < b; i++) if (!t.upper[i]) allUpper = false;
    if (allUpper) {
      // in a headline in capitals a run of words is no acronym ("MAJOR SAYS NO EARLY
      // ELECTION"): its names are read from the body (mentions-headline.ts)
      if (b - a > 1 && this.capsSentence(a)) {
        this.notName.fill(1, a, b);
        return b;
      }
      if (b - a > 1 || (!ACRONYM_STOP.has(t.key[a]) && t.raw[a].length <= 10))
        this.addCand(a, b, 'acronym', 'organization', null);
      else this.notName[a] = 1;
      return b;
    }
    // "the Fifth Amendment", "the Jackson-Vanik Amendment", "the Treaty of Kars": a law's or a
    // treaty's name (its "of" chain too, over a place) names no person, place or body
    if (LAW_HEADS.has(t.key[b - 1]) && !(b < t.n && t.gap[b] === 0 && t.cap[b])) {
      let e = b;
      if (b < t.n && t.gap[b] === 0 && (t.key[b] === 'of' || t.key[b] === 'on')) e = this.extendOrg(b);
      // ("the First Amendment": the ordinal a sentence-initial stop word list dropped is the name's)
      let la = a === a0 ? this.andBefore(a) : a;
      if (la > a0 && ORDINAL_WORD.test(t.key[la - 1])) la--;
      // ("the National Baptist Convention" is a body: a convention is a treaty when a place names
      // it, "the Montreux Convention", or its subject follows, "the Convention on ...")
      const place = this.bestPhraseAt(la);
      const treaty =
        !/^conventions?$/.test(t.key[b - 1]) ||
        e > b ||
        (place !== null && ['location', 'country'].includes(pickEntry(place.entries).type)) ||
        (b - la === 2 && !englishNerModel()?.common?.has(t.key[la]));
      if (e - la >= 2 && treaty) {
        this.notName.fill(0, la, a);
        this.addCand(la, e, 'event', 'event_name', null);
        return e;
      }
    }
    // "Procter & Gamble", "Marks & Spencer": an ampersand inside a run names a firm
    for (let i = a + 1; i < b; i++)
      if (this.ampersandBefore(i)) {
        let head = false;
        for (let k = a; k < b; k++) if (ORG_HEADS.has(t.key[k])) head = true;
        if (head) break;
        this.addDiscovered(a, b, 'org', 'organization');
        return b;
      }
    // "Fiat SpA", "Coca-Cola Co": a legal form closing the run makes it a company (its "of"
    // stays out: "Sony Corp of Japan" is the company and the country)
    if (b - a >= 2 && legalFormAt(t, b - 1)) {
      this.addDiscovered(a, b, 'org', 'organization');
      return b;
    }
    // "министр иностранных дел Фридонии Арман Беков": after a lower-case title word, a capitalised
    // genitive the gazetteer does not know (the office's owner), then a given name: the owner is
    // no part of the holder's name
    if (
      b - a >= 3 &&
      a > 0 &&
      t.gap[a] === 0 &&
      CYRILLIC.test(t.raw[a]) &&
      /^\p{Ll}+$/u.test(t.raw[a - 1]) &&
      CYRILLIC.test(t.raw[a - 1]) &&
      /(?:ии|ы|и)$/u.test(t.key[a]) &&
      !isGivenName(t.raw[a]) &&
      isGivenName(t.raw[a + 1])
    ) {
      this.notName.fill(1, a, a + 1);
      const c = this.addCand(a + 1, b, 'name', 'person', null);
      this.cands[c].titled = true;
      return b;
    }
    // title + name ("Turkish Defense Minister Hulusi Akar", "Colonel-General Andrei Serdyukov")
    for (let k = b - 2; k >= a; k--) {
      if (TITLE_HEADS.has(t.key[k])) {
        let na = k + 1;
        // ("Пресс-секретарь МВД Рустам Каримов": the ministry's abbreviation is the title's)
        while (
          na < b - 1 &&
          (GENERIC_CAP.has(t.key[na]) || (t.upper[na] && RU_MINISTRY_ABBREVIATIONS[t.key[na]]))
        )
          na++;
        let ok = true;
        // "General Cinema Beverages", "General Motors": a company, not General X
        for (let i = na; i < b; i++)
          if (
            !this.particle(i) &&
            (ORG_HEADS.has(t.key[i]) ||
              // a title word closing the name after a first name is a surname ("John Major")
              (TITLE_HEADS.has(t.key[i]) && !(i === b - 1 && i > na && isGivenName(t.raw[i - 1]))) ||
              STOP_CAP.has(t.key[i]) ||
              NON_NAME_NOUNS.has(t.key[i]))
          )
            ok = false;
        if (ok) {
          // "Адвокат Абдуллаева Сергей Майоров": a title's genitive complement naming someone
          // else (no given name) stands before the full name of the title's holder
          if (b - na >= 3 && CYRILLIC.test(t.raw[na]) && !isGivenName(t.raw[na])) {
            let g = na + 1;
            while (g < b - 1 && !isGivenName(t.raw[g], true)) g++;
            if (g < b - 1) {
              // (the complement is left unnamed: the title, read before the holder, is not its)
              this.notName.fill(1, a, g);
              const c = this.addCand(g, b, 'name', 'person', null);
              this.cands[c].titled = true;
              return b;
            }
          }
          // one word after a title is a name only with more evidence ("General Electric" is not)
          const single = b - na === 1;
          this.notName.fill(1, a, na); // the title ("Deputy Treasury Secretary")
          const c = this.addCand(na, b, single ? 'single' : 'name', 'person', null);
          this.cands[c].titled = !single || hasSurnameSuffix(t.raw[na]) || this.speechAfter(b);
          return b;
        }
        break;
      }
    }
    const last = t.key[b - 1];
    // media by head word in a media context ("told Nezavisimaya Gazeta", "the newspaper X")
    if (
      MEDIA_HEADS.has(last) &&
      this.mediaCue(a, b) &&
      !(b < t.n && t.gap[b] === 0 && (t.key[b] === 'for' || t.key[b] === 'of'))
    ) {
      this.addDiscovered(a, b, 'media', 'media');
      return b;
    }
    // "Heydar Aliyev International Airport", "Independence Square": a place named after someone
    // ("Grace Park" is a person where "Park said" tells so: see spokenSurnames)
    const personNamed = b - a === 2 && isGivenName(t.raw[a]) && this.spokenSurnames().has(last);
    if (b - a >= 2 && LOCATION_HEADS.has(last) && !personNamed) {
      this.addCand(a, b, 'location', 'location', null);
      return b;
    }
    // organisations by head word, with "of"/"for"/"and" chains
    let head = false;
    let lastHead = -1;
    for (let i = a; i < b; i++)
      if (ORG_HEADS.has(t.key[i])) {
        head = true;
        lastHead = i;
      }
    // "Secretary of the Security Council Alexander Venediktov": a full name after the body's head
    // (a given name and at least a surname) is the person holding the title, not the body's name
    if (head && b - lastHead >= 3 && isGivenName(t.raw[lastHead + 1])) {
      let nameOnly = true;
      for (let i = lastHead + 1; i < b; i++)
        if (ORG_HEADS.has(t.key[i]) || TITLE_HEADS.has(t.key[i]) || t.upper[i]) nameOnly = false;
      if (nameOnly) {
        // (a lone head word is no name of its own: "the Kazakhstan Union Aidos Sarym")
        if (lastHead > a) this.addDiscovered(a, lastHead + 1, 'org', 'organization');
        const c = this.addCand(lastHead + 1, b, 'name', 'person', null);
        this.cands[c].titled = true;
        return b;
      }
    }
    // "Armenian Security Council Secretary Armen Grigoryan": title words closing the run right
    // before a known person's name are the person's title, not words of the body's name
    if (
      head &&
      b < t.n &&
      t.gap[b] === 0 &&
      this.owner[b] >= 0 &&
      this.cands[this.owner[b]].type === 'person'
    ) {
      let tb = b;
      while (tb > a + 1 && (TITLE_HEADS.has(t.key[tb - 1]) || TITLE_MODIFIERS.has(t.key[tb - 1]))) tb--;
      if (tb < b && TITLE_HEADS.has(t.key[b - 1]) && ORG_HEADS.has(t.key[tb - 1])) {
        this.notName.fill(1, tb, b);
        b = tb;
      }
    }
    if (head) {
      const e = this.extendOrg(b);
      if (a === a0) a = this.andBefore(a);
      if (e - a >= 2) {
        const c = this.addDiscovered(a, e, 'org', 'organization');
        this.qualifyStateBody(c);
      }
      return e;
    }
    // "Khabeishvili's party", "Osh's district" belong to the name; they are not named by it
    if (b < t.n && t.gap[b] === 0 && !t.cap[b] && !t.poss[b - 1]) {
      const nk = t.key[b];
      if (PLACE_SUFFIX.has(nk)) {
        const c = this.addCand(a, b, 'location', 'location', null, t.start[a], t.end[b]);
        this.cands[c].aliases.push(this.text.slice(t.start[a], t.end[b - 1]));
        return b + 1;
      }
      // "Hamilton police said": a place's police force (see localPoliceAfter)
      if (nk === 'police' && !t.upper[a] && !this.demo[a] && b - a <= 2) {
        const c = this.addCand(a, b + 1, 'org', 'organization', null);
        this.cands[c].reason = `"${this.cands[c].name}": the police force of a place`;
        return b + 1;
      }
      if (nk === 'party') {
        const c = this.addCand(
          a,
          b,
          'org',
          'organization',
          null,
          t.start[a],
          t.end[b],
          this.text.slice(t.start[a], t.end[b - 1]),
        );
        this.cands[c].aliases.push(this.text.slice(t.start[a], t.end[b]));
        return b + 1;
      }
    }
    if (b - a >= 2 && EVENT_HEADS.has(last)) {
      this.addCand(a, b, 'event', 'event_name', null);
      return b;
    }
    if (b - a === 1 && DOMAIN.test(t.raw[a])) {
      this.addCand(a, b, 'media', 'media', null);
      return b;
    }
    // a run of title words alone ("The Prime Minister said") names nobody: anaphors() may
    // link it to a person introduced with that title; so does one after a demonym ("Turkmen
    // Foreign Minister" before a gazetteer name), whose demonym stays the country's mention
    let ta = a;
    while (ta < b - 1 && this.demo[ta]) ta++;
    let titleOnly = true;
    for (let i = ta; i < b && titleOnly; i++)
      if (!TITLE_HEADS.has(t.key[i]) && !TITLE_MODIFIERS.has(t.key[i]) && !GENERIC_CAP.has(t.key[i]))
        titleOnly = false;
    if (titleOnly) {
      this.notName.fill(1, ta, b);
      return b;
    }
    // a capitalised run with a function word inside is a title of a document or a heading
    // ("… Kurulmasına Dair Karar", "Закон О …"), never a person's name
    for (let i = a + 1; i < b; i++)
      if (functionWords(this.family).has(t.key[i]) && !isGivenName(t.raw[i]) && !this.particle(i)) return b;
    // a name to be typed by its contexts (decideNames)
    if (b - a <= 5) {
      // a demonym or generic noun opening a run ("Kazakh Mukhtar ...", "the Republic Ahmet ...")
      // is not part of the name, nor is the end of a portfolio ("Minister of Foreign Affairs X")
      // ("Commissioner for International Partnerships X" too)
      const portfolio = a0 > 0 && (t.key[a0 - 1] === 'of' || t.key[a0 - 1] === 'for') && t.gap[a0] === 0;
      while (
        a < b - 1 &&
        (this.demo[a] ||
          GENERIC_CAP.has(t.key[a]) ||
          NOT_NAME_ADJ.has(t.key[a]) ||
          (portfolio && (TITLE_MODIFIERS.has(t.key[a]) || PORTFOLIO_WORDS.has(t.key[a]))) ||
          // "Parent Amrit Gill said", "Evacuee Lorraine Morin", "Elder Joseph Moosomin": a noun
          // for a person written capitalised before a full name describes the person
          (b - a >= 3 && isPersonNoun(t.key[a]) && !isGivenName(t.raw[a]) && !t.poss[a]))
      )
        a++;
      if (b - a === 1 && (this.demo[a] || NOT_NAME_ADJ.has(t.key[a]))) return b;
      // "Surrey RCMP", "Toronto TTC": a name closed by an acronym is a body's local branch
      if (b - a >= 2 && t.upper[b - 1] && !t.upper[a] && t.raw[b - 1].length >= 2) {
        this.addCand(a, b, 'org', 'organization', null);
        return b;
      }
      this.addCand(a, b, b - a === 1 ? 'single' : 'name', 'person', null);
    }
    return b;
  }

  /**
   * The end and type of a body's name written in guillemets after a Russian noun for its kind
   * ("госкорпорация «Росатом»", "агентства «Узатом»", "газета «Вечерний Бишкек»"), read from a
   * capitalised word right after the opening mark up to the closing one (at most five words, no
   * other punctuation); null when the words are not so set off. A news agency, a newspaper or a
   * channel is a medium; "агентство" alone is one only after a verb of reporting ("сообщает
   * агентство «X»") or with "информационное", else a state agency.
   */
  private quotedBodyName(a: number, b: number): { end: number; type: EntityType } | null {
    const t = this.t;
    if (a < 1 || !(t.gap[a] & GAP.QUOTE) || t.gap[a] & ~(GAP.QUOTE | GAP.NEWLINE)) return null;
    if (!/[«"„“]\s*$/u.test(this.text.slice(t.end[a - 1], t.start[a]))) return null;
    const noun = RU_BODY_NOUN.exec(t.raw[a - 1].toLowerCase());
    if (!noun) return null;
    let e = b;
    while (e < t.n && e - a < 5 && t.gap[e] === 0 && !t.sentStart[e]) e++;
    if (e < t.n && !(t.gap[e] & GAP.QUOTE)) return null;
    if (e === t.n && !/^\s*[»"“]/u.test(this.text.slice(t.end[e - 1]))) return null;
    // a place inside the name is part of it ("«Вечерний Бишкек»"); another body's name is not
    for (let i = a; i < e; i++) {
      const c = this.owner[i];
      if (c < 0) continue;
      const cd = this.cands[c];
      if (cd.a < a || cd.b > e || (cd.type !== 'location' && cd.type !== 'country')) return null;
    }
    for (let i = a; i < e; i++) if (this.owner[i] >= 0) this.release(this.owner[i]);
    let media = RU_MEDIA_BODY.test(noun[1]);
    if (noun[1] === 'агентств') {
      // (a verb after it tells nothing: a state agency reports too, "агентство «X» сообщило")
      const near = [t.raw[a - 2]?.toLowerCase(), t.raw[a - 3]?.toLowerCase()];
      media = near.some((k) => k !== undefined && RU_NEWS_WORD.test(k));
    }
    return { end: e, type: media ? 'media' : 'organization' };
  }

  /**
   * "Landlord and Tenant Board", "Workplace Safety and Insurance Board": the capitalised words
   * joined by "and" before an organisation's run open its name. Only words the rules left
   * undecided count (no gazetteer name, title or given name: "Ahmed and Security Council" is two
   * names). Returns the name's first token (a when nothing joins).
   */
  private andBefore(a: number): number {
    const t = this.t;
    if (a < 2 || t.key[a - 1] !== 'and' || t.gap[a] !== 0 || t.gap[a - 1] !== 0) return a;
    // "... and Uzbekistan Railways": a name opened by a country is a name of its own
    const q = this.bestPhraseAt(a);
    if (q && pickEntry(q.entries).type === 'country') return a;
    const o = this.owner[a - 2];
    // "the Security and Intelligence Service", "the Food and Drug Administration": capitalised
    // words no rule claimed between "the" and "and" open the body's name
    if (o < 0) {
      let s = a - 2;
      while (
        s > a - 5 &&
        s > 0 &&
        this.owner[s] < 0 &&
        t.cap[s] &&
        !t.upper[s] &&
        !t.poss[s] &&
        !this.demo[s] &&
        this.nameLike(s) &&
        t.gap[s + 1] === 0
      ) {
        if (t.key[s - 1] === 'the' && t.gap[s] === 0) {
          this.notName.fill(0, s, a - 1);
          return s;
        }
        if (t.gap[s] !== 0) break;
        s--;
      }
      return a;
    }
    const cd = o >= 0 ? this.cands[o] : null;
    if (!cd || cd.dead || cd.b !== a - 1 || (cd.kind !== 'single' && cd.kind !== 'name') || cd.titled)
      return a;
    // ("Victorian Gambling and Casino Control Commission": a common noun makes no person's name)
    const common = cd.b - cd.a >= 2 && NON_NAME_NOUNS.has(t.key[cd.b - 1]);
    for (let i = cd.a; i < cd.b; i++)
      if ((!common && (isGivenName(t.raw[i]) || hasSurnameSuffix(t.raw[i]))) || t.poss[i]) return a;
    const from = cd.a;
    this.release(o);
    return from;
  }

  /**
   * "Kyrgyzstan's Foreign Ministry": a state body named after a possessive country is that
   * country's body, so "Foreign Ministry" of two countries never becomes one entity. The name
   * takes the country's adjective ("Kyrgyz Foreign Ministry"); the surface stays an alias.
   */
  private qualifyStateBody(c: number): void {
    const t = this.t;
    const cd = this.cands[c];
    if (cd.kind !== 'org' || cd.entry) return;
    // "Azerbaijani Foreign Ministry": the demonym is part of the name already
    const demonymOf = this.demo[cd.a];
    if (demonymOf && cd.b - cd.a >= 2) {
      const body = this.text.slice(t.start[cd.a + 1], cd.ce);
      if (!STATE_BODY.test(body)) return;
      this.markQualified(cd, demonymOf, body, `"${cd.name}": ${demonymOf.name}'s body`);
      return;
    }
    // "Central Bank of Uzbekistan", "Ministry of Foreign Affairs of the Republic of Kazakhstan":
    // the country closes the name
    const ofCountry = /^(.+?)(?: of the Republic)? of (?:the )?(?:Republic of )?(\S+(?: \S+)?)$/.exec(
      cd.name,
    );
    const closing = ofCountry ? this.gaz.lookup(ofCountry[2]).find((e) => e.type === 'country') : undefined;
    if (
      ofCountry &&
      closing &&
      STATE_BODY.test(ofCountry[1]) &&
      !/ of /.test(ofCountry[1].replace(/^Ministry of /, ''))
    ) {
      this.markQualified(cd, closing, ofCountry[1], `"${cd.name}": ${closing.name}'s body`);
      return;
    }
    if (cd.a === 0 || !t.poss[cd.a - 1] || t.gap[cd.a] !== 0) return;
    const o = this.owner[cd.a - 1];
    const country = o >= 0 ? this.cands[o] : null;
    if (!country || country.dead || country.type !== 'country' || !country.entry) return;
    if (!STATE_BODY.test(cd.name)) return;
    const adj = country.entry.demonyms?.[0] ?? null;
    const surface = cd.name;
    cd.name = adj ? `${adj} ${surface}` : `${country.entry.name}'s ${surface}`;
    this.markQualified(
      cd,
      country.entry,
      surface,
      `"${surface}" after "${this.text.slice(country.cs, country.ce)}'s": that country's body`,
    );
  }

  /** Records that a body candidate belongs to a country, with the other ways to write that. */
  private markQualified(cd: Cand, country: GazEntry, body: string, reason: string): void {
    cd.aliases.push(`${country.name}'s ${body}`, `${body} of ${country.name}`);
    cd.qualified = true;
    cd.bodyKind = bodyKind(body);
    // the name news and the gazetteer write for any of its forms ("Ministry of Foreign Affairs
    // of Uzbekistan" is the "Uzbek Foreign Ministry"), so the documents' forms meet
    const adj = country.demonyms?.[0];
    if (adj) cd.aliases.push(`${adj} ${titleCase(cd.bodyKind)}`);
    cd.bodyOf = country.id;
    cd.reason = reason;
  }

  /**
   * A ministry in lower case right after its country: "Azerbaijan's foreign ministry", "the
   * Iranian foreign ministry", "Iran's ministry of foreign affairs" (news style writes it so).
   * The name is written as the capitalised form would be ("Azerbaijani Foreign Ministry").
   */
  private lowerCaseBodies(): void {
    const t = this.t;
    for (let i = 0; i + 1 < t.n; i++) {
      const o = this.owner[i];
      const possessive = o >= 0 && t.poss[i] && this.cands[o].b === i + 1 && this.cands[o].type === 'country';
      const country = possessive ? this.cands[o].entry : o < 0 && t.cap[i] ? this.demo[i] : null;
      if (!country || country.type !== 'country') continue;
      const end = this.lowerMinistryEnd(i + 1);
      if (end < 0) continue;
      const body = titleCase(this.text.slice(t.start[i + 1], t.end[end - 1]));
      const adj = possessive ? (country.demonyms?.[0] ?? `${country.name}'s`) : t.raw[i];
      const a = possessive ? i + 1 : i;
      const names = [`${adj} ${body}`, `${country.name}'s ${body}`, `${body} of ${country.name}`];
      // a ministry the gazetteer knows ("Kazakhstan's foreign ministry")
      const known = names
        .flatMap((n) => this.gaz.lookup(n))
        .find((e) => e.type === 'organization' && e.country === country.id);
      if (known) {
        this.addCand(a, end, 'gaz', known.type, known);
      } else {
        const c = this.addCand(a, end, 'org', 'organization', null, undefined, undefined, names[0]);
        const why = `"${body.toLowerCase()}" after ${country.name}: that country's ministry`;
        this.markQualified(this.cands[c], country, body, why);
      }
      i = end - 1;
    }
  }

  /**
   * "МИД Киргизии", "Минобороны Армении": a Russian ministry abbreviation before a country in the
   * genitive is that country's ministry, named as in English ("Kyrgyz Foreign Ministry") so the
   * two languages meet; the gazetteer's own ministries ("МИД России") are matched before this.
   */
  private russianMinistries(): void {
    const t = this.t;
    for (let i = 0; i < t.n; i++) {
      const body = RU_MINISTRY_ABBREVIATIONS[t.key[i]];
      if (!body || this.owner[i] >= 0) continue;
      const o = i + 1 < t.n && t.gap[i + 1] === 0 ? this.owner[i + 1] : -1;
      const country = o >= 0 ? this.cands[o] : null;
      // "китайского МИД", "российское Минобороны": a demonym adjective right before the
      // abbreviation names the country as well as a genitive after it does
      const demo =
        i > 0 && t.gap[i] === 0 && this.owner[i - 1] < 0 && !t.cap[i - 1] ? this.demo[i - 1] : null;
      const byCountry = !!country && country.a === i + 1 && country.type === 'country' && !!country.entry;
      if (!byCountry && !demo) continue;
      const entry = byCountry ? country!.entry! : demo!;
      const adj = entry.demonyms?.[0] ?? `${entry.name}'s`;
      const names = [`${adj} ${body}`, `${entry.name}'s ${body}`, `${body} of ${entry.name}`];
      const known = names
        .flatMap((n) => this.gaz.lookup(n))
        .find((e) => e.type === 'organization' && e.country === entry.id);
      // (the adjective opens the body's name)
      const a = byCountry ? i : i - 1;
      const end = byCountry ? country!.b : i + 1;
      if (byCountry) this.release(o);
      else this.demo[a] = null;
      if (known) {
        this.addCand(a, end, 'gaz', known.type, known);
        continue;
      }
      const c = this.addCand(a, end, 'org', 'organization', null, undefined, undefined, names[0]);
      this.markQualified(
        this.cands[c],
        entry,
        body,
        `"${t.raw[i]}" before ${entry.name}: that country's ministry`,
      );
      this.cands[c].aliases.push(this.text.slice(t.start[a], t.end[end - 1]));
    }
    this.bareRussianMinistries();
  }

  /**
   * A ministry abbreviation without its country ("Официальный представитель МИД Айхан
   * Гаджизаде", "как заявили в МИД") is the ministry of that kind the text named before ("МИД
   * Азербайджана" in the lede): it joins that entity. With none named before it stays no name,
   * and never opens a person's name (classifyRun skips it).
   */
  private bareRussianMinistries(): void {
    const t = this.t;
    for (let i = 0; i < t.n; i++) {
      const body = RU_MINISTRY_ABBREVIATIONS[t.key[i]];
      if (!body || this.owner[i] >= 0) continue;
      let prev: Cand | null = null;
      for (const cd of this.cands)
        if (
          !cd.dead &&
          cd.b <= i &&
          cd.type === 'organization' &&
          cd.name.endsWith(body) &&
          (!prev || cd.a > prev.a)
        )
          prev = cd;
      if (!prev) continue;
      if (prev.entry) {
        this.addCand(i, i + 1, 'gaz', prev.entry.type, prev.entry);
        continue;
      }
      const c = this.addCand(i, i + 1, 'org', 'organization', null, undefined, undefined, prev.name);
      Object.assign(this.cands[c], {
        qualified: prev.qualified,
        bodyKind: prev.bodyKind,
        reason: `bare "${t.raw[i]}" after ${prev.name}`,
      });
      this.cands[c].aliases.push(...prev.aliases);
    }
  }

  /**
   * "Kazakistan Dışişleri Bakanlığı", "Kırgızistan'ın Savunma Bakanlığı": a Turkish state body after
   * its country is that country's body, named as in English ("Kazakh Foreign Ministry") so that it
   * meets the gazetteer's ministries and the other languages; the country is no separate speaker.
   */
  private turkishStateBodies(): void {
    const t = this.t;
    for (let i = 0; i + 1 < t.n; i++) {
      const o = this.owner[i];
      const country = o >= 0 ? this.cands[o] : null;
      if (!country || country.b !== i + 1 || country.type !== 'country' || !country.entry) continue;
      const found = turkishStateBodyAfter(t, this.owner, i);
      if (!found) continue;
      const [keys, body] = found;
      const entry = country.entry;
      const end = i + 1 + keys.length;
      const adj = entry.demonyms?.[0] ?? `${entry.name}'s`;
      const names = [`${adj} ${body}`, `${entry.name}'s ${body}`, `${body} of ${entry.name}`];
      const known = names
        .flatMap((n) => this.gaz.lookup(n))
        .find((e) => e.type === 'organization' && e.country === entry.id);
      const a = country.a;
      this.release(o);
      if (known) {
        this.addCand(a, end, 'gaz', known.type, known);
      } else {
        const c = this.addCand(a, end, 'org', 'organization', null, undefined, undefined, names[0]);
        const surface = this.text.slice(t.start[i + 1], t.end[end - 1]);
        this.markQualified(
          this.cands[c],
          entry,
          body,
          `"${surface}" after ${entry.name}: that country's body`,
        );
        this.cands[c].aliases.push(this.text.slice(t.start[a], t.end[end - 1]));
      }
      i = end - 1;
    }
  }

  /** Turkey's own ministries, written without the country in Turkish copy (mentions-tr.ts). */
  private turkishDomesticBodies(): void {
    const t = this.t;
    if (this.opts.language !== 'tr') return;
    const turkey = this.gaz.byId('country:TR');
    if (!turkey) return;
    const foreign = new Set<string>();
    for (const cd of this.cands) {
      if (cd.dead || cd.type !== 'organization') continue;
      const kind =
        cd.bodyKind ??
        (cd.entry?.kind === 'ministry' ? bodyKind(cd.entry.name.replace(/^\S+\s+/, '')) : null);
      const of = cd.entry?.country ?? cd.bodyOf ?? null;
      if (kind && of && of !== turkey.id) foreign.add(kind);
    }
    const spans = turkishDomesticBodies({
      t,
      owner: this.owner,
      countryAt: (k) =>
        (this.owner[k] >= 0 && this.cands[this.owner[k]].type === 'country') || this.demo[k] !== null,
      foreign: (body) => foreign.has(bodyKind(body)),
    });
    for (const { a, end, body } of spans) {
      const adj = turkey.demonyms?.[0] ?? `${turkey.name}'s`;
      const names = [`${adj} ${body}`, `${turkey.name}'s ${body}`, `${body} of ${turkey.name}`];
      const known = names
        .flatMap((n) => this.gaz.lookup(n))
        .find((e) => e.type === 'organization' && e.country === turkey.id);
      if (known) this.addCand(a, end, 'gaz', known.type, known);
      else {
        const c = this.addCand(a, end, 'org', 'organization', null, undefined, undefined, names[0]);
        const surface = this.text.slice(t.start[a], t.end[end - 1]);
        this.markQualified(this.cands[c], turkey, body, `"${surface}" in Turkish copy: Turkey's body`);
        this.cands[c].aliases.push(surface);
      }
    }
  }

  /** End of "<portfolio> ministry" or "ministry of <portfolio> [affairs]" in lower case from j, or -1. */
  private lowerMinistryEnd(j: number): number {
    const t = this.t;
    const free = (k: number) => k < t.n && this.owner[k] < 0 && !t.cap[k] && t.gap[k] === 0;
    if (!free(j) || !free(j + 1)) return -1;
    if (MINISTRY_PORTFOLIOS.has(t.key[j]) && t.key[j + 1] === 'ministry') return j + 2;
    // "Kazakhstan's central bank", "the Uzbek national bank": every country has one
    if ((t.key[j] === 'central' || t.key[j] === 'national') && t.key[j + 1] === 'bank') return j + 2;
    if (
      t.key[j] !== 'ministry' ||
      t.key[j + 1] !== 'of' ||
      !free(j + 2) ||
      !MINISTRY_PORTFOLIOS.has(t.key[j + 2])
    )
      return -1;
    return free(j + 3) && (t.key[j + 3] === 'affairs' || t.key[j + 3] === 'situations') ? j + 4 : j + 3;
  }

  private extendOrg(b: number): number {
    const t = this.t;
    let e = b;
    let placeEnd = false;
    for (;;) {
      const j = e;
      if (j >= t.n || t.gap[j] !== 0 || t.cap[j] || !CONNECTORS.has(t.key[j]) || t.poss[j - 1]) break;
      let k = j + 1;
      // "the Ministry of Foreign Affairs and the Ministry of Economy", "the Senate and the House
      // of Representatives": "and the" opens a name of its own, never a word of this one
      if (t.key[j] === 'and' && k < t.n && t.key[k] === 'the') break;
      if (k < t.n && t.key[k] === 'the' && t.gap[k] === 0) k++;
      // "Fédération des chambres de commerce du Québec": in a French name the words after de, du,
      // des (and "de la") are common nouns in lower case; the chain goes on noun by noun
      if (FRENCH_CONNECTORS.has(t.key[j])) {
        if (k < t.n && t.key[k] === 'la' && t.gap[k] === 0) k++;
        if (k < t.n && t.gap[k] === 0 && !t.cap[k] && FRENCH_NOUN.test(t.raw[k]) && !STOP_CAP.has(t.key[k])) {
          e = k + 1;
          continue;
        }
      }
      if (k >= t.n || t.gap[k] !== 0 || !t.cap[k]) break;
      const o = this.owner[k];
      // "Canadian Federation of Independent Business": an outlet's one-word name ("Independent")
      // followed by more capitalised words of the chain is a word of the organisation's name
      const c0 = o >= 0 ? this.cands[o] : null;
      if (
        c0 &&
        c0.type === 'media' &&
        c0.kind === 'gaz' &&
        c0.a === k &&
        c0.b < t.n &&
        t.gap[c0.b] === 0 &&
        t.cap[c0.b] &&
        this.owner[c0.b] < 0
      )
        this.release(o);
      else if (o >= 0) {
        const c = this.cands[o];
        if (t.key[j] === 'and' || c.kind !== 'gaz' || !ORG_ABSORB.has(c.type) || c.a !== k) break;
        this.release(o);
        e = c.b;
        placeEnd = c.type === 'country' || c.type === 'location';
        // "Association of Kazakhstan Automobile Business": capitalised words after the place
        // that the NER model reads as the rest of one organisation's name
        if (placeEnd && this.ner) {
          const sp = this.ner.spans[this.ner.spanAt[e - 1]];
          if (sp && sp.type === 'ORG' && sp.a < k && sp.b > e) {
            let r = e;
            while (r < sp.b && this.owner[r] < 0 && t.cap[r] && t.gap[r] === 0 && !t.poss[r - 1]) r++;
            if (r === sp.b) {
              e = r;
              placeEnd = false;
            }
          }
        }
        continue;
      }
      // "Bank of Georgia and Ardshinbank": after the place that closes an "of" chain, "and"
      // opens another name, not a second portfolio
      if (placeEnd && t.key[j] === 'and') break;
      // "the United National Movement and Coalition for Change", "the Gates Foundation and
      // Bloomberg Philanthropies": a name closing on its head word, then "and" and another
      // capitalised run, are two bodies
      if (t.key[j] === 'and' && j === b && ORG_HEADS.has(t.key[b - 1])) break;
      placeEnd = false;
      let r = k;
      // "… Jutta Urpilainen on Tuesday": a weekday or month after "on"/"of" is no part of a name
      while (
        r < t.n &&
        this.owner[r] < 0 &&
        t.cap[r] &&
        (r === k || t.gap[r] === 0 || this.pluralPossessiveJoin(r)) &&
        this.nameLike(r) &&
        !(r > k && t.poss[r - 1]) &&
        !STOP_CAP.has(t.key[r])
      )
        r++;
      if (r === k) break;
      // "State Committee on Investments Zavqi Zavqizoda": a person's name closing the chain
      // follows the organization, it is no part of its name
      if (r - k >= 3 && this.personPair(r - 2)) {
        e = r - 2;
        break;
      }
      e = r;
    }
    return e;
  }

  /** Does the capitalised run starting at token k carry an organisation head word? */
  private headRunAt(k: number): boolean {
    const t = this.t;
    for (let r = k; r < t.n && t.cap[r] && (r === k || t.gap[r] === 0) && this.owner[r] < 0; r++) {
      if (ORG_HEADS.has(t.key[r])) return true;
      if (t.poss[r]) break;
    }
    return false;
  }

  /**
   * Does the run at token a continue a portfolio after "<title> of/for": "Minister of Foreign
   * Affairs X", "Minister of Investment, Industry and Trade X" (a list of portfolio words)?
   */
  private portfolioOpens(a: number): boolean {
    const t = this.t;
    for (let k = a - 1; k > 0 && a - k <= 8; k--) {
      const w = t.key[k];
      if (w === 'of' || w === 'for') return t.gap[k] === 0 && TITLE_HEADS.has(t.key[k - 1]);
      const listWord =
        w === 'and' || (t.cap[k] && (PORTFOLIO_WORDS.has(w) || TITLE_MODIFIERS.has(w)) && !t.poss[k]);
      if (!listWord || t.gap[k + 1] & ~GAP.COMMA) return false;
    }
    return false;
  }

  /** Do tokens i, i+1 read as a given name and a surname (no organization or office word)? */
  private personPair(i: number): boolean {
    const t = this.t;
    for (let j = i; j < i + 2; j++)
      if (
        ORG_HEADS.has(t.key[j]) ||
        PORTFOLIO_WORDS.has(t.key[j]) ||
        TITLE_HEADS.has(t.key[j]) ||
        TITLE_MODIFIERS.has(t.key[j])
      )
        return false;
    return isGivenName(t.raw[i]) || hasSurnameSuffix(t.raw[i + 1]);
  }

  /** A discovered organisation/media name, matched to the gazetteer when it is a typo of an entry. */
  private addDiscovered(a: number, b: number, kind: Kind, type: EntityType): number {
    const t = this.t;
    const words: string[] = [];
    for (let i = a; i < b; i++) words.push(t.key[i]);
    const fz = fuzzyGaz(this.idx, words);
    if (
      fz &&
      (fz.entry.type === type ||
        (type === 'organization' && fz.entry.type === 'media') ||
        (type === 'media' && fz.entry.type === 'organization'))
    ) {
      const c = this.addCand(a, b, 'gaz', fz.entry.type, fz.entry);
      this.cands[c].reason =
        `"${this.text.slice(t.start[a], t.end[b - 1])}" is edit distance ${fz.distance} from gazetteer name "${fz.surface}"`;
      return c;
    }
    return this.addCand(a, b, kind, type, null);
  }

  // ------------------------------------------------------------------ person evidence

  private roleCtx(): RoleCtx {
    return {
      t: this.t,
      text: this.text,
      candAt: (i) => {
        const o = this.owner[i];
        if (o < 0) return -1;
        const c = this.cands[o];
        return c.kind === 'name' || c.kind === 'single' || c.dead ? -1 : o;
      },
      cand: (c) => this.cands[c],
      demonymAt: (i) =>
        this.demo[i] !== null && this.owner[i] < 0 && !/^(?:pro|anti)[-\u2010]/i.test(this.t.raw[i]),
    };
  }

  private rolesAround(ctx: RoleCtx, c: number): FoundRole[] {
    const cd = this.cands[c];
    const pre = prefixRole(ctx, cd.a, cd.ce);
    const app = appositiveRole(ctx, cd.b, cd.cs) ?? appointedRole(ctx, cd.a, cd.b, cd.cs);
    const roles = app ? [...pre, app] : pre;
    for (const r of roles) {
      if (r.of?.kind === 'cand') this.chainCands.add(r.of.cand);
      for (const x of r.extraOf) this.chainCands.add(x);
    }
    return roles;
  }

  private speechAfter(b: number): boolean {
    const t = this.t;
    if (b >= t.n) return false;
    if (t.gap[b] === 0 && SPEECH_VERBS.has(t.key[b])) return true;
    return (
      t.gap[b] === 0 &&
      ADVERBS.has(t.key[b]) &&
      b + 1 < t.n &&
      t.gap[b + 1] === 0 &&
      SPEECH_VERBS.has(t.key[b + 1])
    );
  }

  /** "Gebele'de görüştü", "Gebele'ye gitti": a place by its Turkish case ending (mentions-tr.ts) */
  private turkishPlaceCase(i: number): boolean {
    return turkishPlaceCaseAt(this.t, this.text, i);
  }

  /** "…,” said Grace Okafor.": the name a post-posed speech verb opens, up to a comma or the sentence end. */
  private speechBefore(a: number, b: number): boolean {
    const t = this.t;
    // "“…”, ifade etti Seda Kaya.": Turkish verbs of saying of one or two words (mentions-tr.ts)
    if (this.family === 'tr' && turkishSpeechBefore(t, a, b)) return true;
    if (a === 0 || t.gap[a] !== 0 || !SPEECH_VERBS.has(t.key[a - 1])) return false;
    return b >= t.n || (t.gap[b] & (GAP.COMMA | GAP.STOP | GAP.NEWLINE)) !== 0;
  }

  private decideNames(): void {
    const t = this.t;
    const ctx = this.roleCtx();
    const byName = new Map<string, number[]>();
    const verdict = new Map<string, 'person' | 'media' | 'organization' | 'location' | null>();
    const personEvidence = new Set<number>();
    const weakPerson = new Set<number>(); // only a speech verb after a multi-word name
    const orgEvidence = new Set<number>();
    const mediaEvidence = new Set<number>();
    const describedOrg = new Set<number>(); // "X, the state oil company," (one word too)
    const describedMedia = new Set<number>();
    // "Fiat" beside "Fiat SpA", "carmaker Fiat", "Philips shares" (mentions-company.ts)
    const companyEvidence = new Set<number>();
    const companies = this.companyNames();
    const common = this.ner ? (englishNerModel()?.common ?? null) : null;
    // the NER model's type of the name (English): below the rules' strong cues, above the weak ones
    const modelPer = new Set<number>();
    const modelOrg = new Set<number>();
    const modelLoc = new Set<number>();
    // a Turkish name in the locative before a meeting, or in the dative before a journey (turkishPlaceCase)
    const casePlace = new Set<number>();
    // surnames of the multi-word person names of this document: "according to Uali" after
    // "Berik Uali" is the person again, never a media outlet
    const surnames = new Set<string>();
    for (const cd of this.cands) {
      if (!cd.dead && cd.b - cd.a >= 2 && ((cd.kind === 'gaz' && cd.type === 'person') || cd.kind === 'name'))
        surnames.add(nameKey(t.raw[cd.b - 1]));
    }
    for (let c = 0; c < this.cands.length; c++) {
      const cd = this.cands[c];
      if (cd.dead) continue;
      if (cd.kind === 'gaz' && cd.type === 'person') {
        const roles = this.rolesAround(ctx, c);
        if (roles.length) this.roles.set(c, roles);
        continue;
      }
      if (cd.kind !== 'name' && cd.kind !== 'single') continue;
      const multi = cd.b - cd.a >= 2;
      const k = multi ? fullNameKey(cd.name) : nameKey(cd.name);
      if (!byName.has(k)) byName.set(k, []);
      byName.get(k)!.push(c);
      const roles = this.rolesAround(ctx, c);
      if (roles.length) this.roles.set(c, roles);
      const given = isGivenName(t.raw[cd.a]);
      let suffix = false;
      for (let i = cd.a; i < cd.b; i++)
        if (hasSurnameSuffix(t.raw[i]) && !NOT_NAME_ADJ.has(t.key[i]) && !this.idx.demonyms.has(t.key[i]))
          suffix = true;
      const context = roles.length > 0 || copulaRole(t, cd.b) || personRelative(t, cd.b);
      // a lone capitalised word needs a name-like shape besides its context ("the accident")
      // "Human Rights Watch called …", "the Grain Futures Market is a member": common nouns
      // make no person from a context alone
      let commonNoun = false;
      for (let i = cd.a; i < cd.b; i++) if (NON_NAME_NOUNS.has(t.key[i])) commonNoun = true;
      // ("Grain" ends like "Putin": a surname-like ending next to common nouns is no name either)
      if (commonNoun && !given) suffix = false;
      // "Seda Kaya, … söyledi.": a Turkish given name opening a two- or three-word name that is
      // the subject of a clause ending on a verb of saying (mentions-tr.ts)
      const trSpeaker =
        this.family === 'tr' &&
        multi &&
        cd.b - cd.a <= 3 &&
        !commonNoun &&
        (isGivenName(t.raw[cd.a], true) || isTurkishGivenName(t.raw[cd.a])) &&
        turkishSpeechClauseAfter(t, this.text, cd.b);
      const strong =
        cd.titled ||
        trSpeaker ||
        (context && ((multi && !commonNoun) || given || suffix || this.speechAfter(cd.b)));
      const media = this.mediaCue(cd.a, cd.b);
      // "a Caesars World spokesman", "Steppe Mining shares": the name of a body, not of a person
      const body =
        multi && cd.b < t.n && t.gap[cd.b] === 0 && !t.poss[cd.b - 1] && ORG_FOLLOWERS.has(t.key[cd.b]);
      // "the newspaper Moskovsky Obozrevatel": a media noun right before outweighs a surname-like ending
      // (not the noun's possessive, "the agency's Clinton report", nor the surname of a full name)
      const namedOutlet =
        cd.a > 0 &&
        MEDIA_CUE_BEFORE.has(t.key[cd.a - 1]) &&
        !t.poss[cd.a - 1] &&
        (t.gap[cd.a] & ~GAP.QUOTE) === 0 &&
        !cd.titled &&
        roles.length === 0 &&
        !(!multi && surnames.has(nameKey(t.raw[cd.a])));
      // the surname of a full name in the document is that person (grouped later), whatever the model says
      const model = !multi && surnames.has(nameKey(t.raw[cd.a])) ? null : this.modelTypes(cd.a, cd.b);
      // "Barqi Tojik, the state power company,": the appositive says what the name is
      const described = roles.length === 0 && !cd.titled ? appositiveKind(t, cd.b) : null;
      // (English cues: read only where the English model reads the text)
      const company =
        !!this.ner &&
        roles.length === 0 &&
        !cd.titled &&
        // ("Carlyle said its profit rose": "its" outweighs a given name's shape)
        (itAfterSpeech(t, cd.b, (w) => SPEECH_VERBS.has(w)) ||
          (!given &&
            (companies.has(k) ||
              companyNounBefore(t, cd.a) ||
              (!multi && (bodyNounAfter(t, cd.a, common) || bankWord(t.raw[cd.a]))))));
      if (described === 'media') describedMedia.add(c);
      else if (described) describedOrg.add(c);
      else if (company) companyEvidence.add(c);
      else if (body && !given && !suffix && !cd.titled) orgEvidence.add(c);
      else if (namedOutlet) mediaEvidence.add(c);
      // a given name opening a name the model reads whole as a place or a body, ending on a
      // common noun or a head ("Coral Springs", "Charlotte Observer", "Washington Monument"), is
      // no person's, unless a surname ending or the last word written alone says so
      else if (
        strong ||
        (multi &&
          (suffix ||
            (given &&
              !(
                (model === 'ORG' || model === 'LOC') &&
                this.headNounWord(t.key[cd.b - 1], common) &&
                !this.lastWordAlone(cd.a, cd.b)
              ))))
      )
        personEvidence.add(c);
      // a name of capitalised common nouns ("Grain Futures Market") is a body, whatever the model says
      else if (model === 'PER' && !(commonNoun && !given)) modelPer.add(c);
      else if (model === 'ORG' || model === 'PER') (media ? mediaEvidence : modelOrg).add(c);
      else if (model === 'LOC') modelLoc.add(c);
      else if (
        this.family === 'tr' &&
        !given &&
        !suffix &&
        // ("Toplantı Meclis'te yapıldı": a capitalised sentence opener is no part of the name)
        (!multi || !t.sentStart[cd.a]) &&
        !turkishInstitutionNoun(t.key[cd.b - 1]) &&
        this.turkishPlaceCase(cd.b - 1)
      )
        casePlace.add(c);
      else if (multi && (this.speechAfter(cd.b) || this.speechBefore(cd.a, cd.b)) && !media && !commonNoun)
        weakPerson.add(c);
      else if (media && !given && !suffix && !(!multi && surnames.has(nameKey(t.raw[cd.a]))))
        mediaEvidence.add(c);
    }
    for (const [k, list] of byName) {
      if (list.some((c) => personEvidence.has(c))) verdict.set(k, 'person');
      else if (list.some((c) => describedMedia.has(c))) verdict.set(k, 'media');
      else if (list.some((c) => orgEvidence.has(c) || describedOrg.has(c) || companyEvidence.has(c)))
        verdict.set(k, 'organization');
      else if (list.some((c) => modelPer.has(c) || weakPerson.has(c))) verdict.set(k, 'person');
      else if (list.some((c) => mediaEvidence.has(c))) verdict.set(k, 'media');
      else if (list.some((c) => modelOrg.has(c))) verdict.set(k, 'organization');
      else if (list.some((c) => modelLoc.has(c) || casePlace.has(c))) verdict.set(k, 'location');
      else verdict.set(k, null);
    }
    for (const [k, list] of byName) {
      const v = verdict.get(k);
      const byModel =
        v !== null &&
        !list.some(
          (c) =>
            personEvidence.has(c) ||
            orgEvidence.has(c) ||
            weakPerson.has(c) ||
            describedOrg.has(c) ||
            describedMedia.has(c) ||
            companyEvidence.has(c),
        ) &&
        list.some((c) => modelPer.has(c) || modelOrg.has(c) || modelLoc.has(c));
      for (const c of list) {
        const cd = this.cands[c];
        if (byModel && !cd.reason) cd.reason = `"${cd.name}": ${v} by the NER model`;
        if (v === 'location' && !cd.reason && list.some((x) => casePlace.has(x)))
          cd.reason = `"${cd.name}": a place by its Turkish case ending before a meeting or a journey`;
        if (v === 'media') {
          cd.kind = 'media';
          cd.type = 'media';
        } else if (v === 'organization') {
          // one word is an organisation only when the model says so ("Gazprom", "Reuters")
          if (
            cd.b - cd.a >= 2 ||
            list.some((x) => modelOrg.has(x) || describedOrg.has(x) || companyEvidence.has(x))
          ) {
            cd.kind = 'org';
            cd.type = 'organization';
          } else this.release(c);
        } else if (v === 'location') {
          cd.kind = 'location';
          cd.type = 'location';
        } else if (v === 'person') {
          if (cd.kind === 'single') cd.kind = 'name'; // a single name with a title ("Minister Aker") stays a person
        } else if (cd.kind === 'name') {
          this.release(c); // no evidence: not an entity
        }
      }
    }
  }

  /** A word that ends names of places and bodies: a common noun (or its plural) or a head. */
  private headNounWord(key: string, common: ReadonlySet<string> | null): boolean {
    if (ORG_HEADS.has(key) || MEDIA_HEADS.has(key)) return true;
    return !!common && (common.has(key) || (key.endsWith('s') && common.has(key.slice(0, -1))));
  }

  /** The last word of the name `[a, b)` stands alone, capitalised, elsewhere in the document. */
  private lastWordAlone(a: number, b: number): boolean {
    const t = this.t;
    const key = t.key[b - 1];
    for (let k = 0; k < t.n; k++) {
      if ((k >= a && k < b) || t.key[k] !== key || !t.cap[k]) continue;
      const joinedBefore = k > 0 && t.gap[k] === 0 && t.cap[k - 1] && !t.poss[k - 1];
      const joinedAfter = k + 1 < t.n && t.gap[k + 1] === 0 && t.cap[k + 1] && !t.poss[k];
      if (!joinedBefore && !joinedAfter) return true;
    }
    return false;
  }

  /**
   * Keys of the companies this document names with a legal form ("Coca-Cola Co" gives
   * "coca-cola"), and of the first word of a longer one ("Philips Electronics NV" gives
   * "philips") unless that word is a given name or a common word: the bare name elsewhere is
   * that company.
   */
  private companyNames(): Map<string, string> {
    const t = this.t;
    const out = new Map<string, string>(); // key -> key of the company's name without legal form
    const common = this.ner ? (englishNerModel()?.common ?? null) : null;
    for (const cd of this.cands) {
      if (cd.dead || cd.type !== 'organization' || cd.b - cd.a < 2 || !legalFormAt(t, cd.b - 1)) continue;
      const core = withoutLegalForm(this.text.slice(t.start[cd.a], t.end[cd.b - 1]));
      const key = fullNameKey(core);
      out.set(key, key);
      const first = t.raw[cd.a];
      if (cd.b - cd.a >= 3 && !isGivenName(first) && !(common && common.has(t.key[cd.a])) && !this.demo[cd.a])
        if (!out.has(fullNameKey(first))) out.set(fullNameKey(first), key);
    }
    // "Crown Resorts" … "Crown", "Allur Group" … "Allur": a two-word company closing on a
    // corporate word is its first word at a later mention (no given name, place or demonym)
    for (const cd of this.cands) {
      if (cd.dead || cd.type !== 'organization' || cd.entry || cd.b - cd.a !== 2) continue;
      if (!CORPORATE_TAILS.has(t.key[cd.a + 1]) || t.poss[cd.a] || !t.cap[cd.a] || t.upper[cd.a]) continue;
      const first = t.raw[cd.a];
      if (isGivenName(first) || this.demo[cd.a] || STOP_CAP.has(t.key[cd.a]) || this.bestPhraseAt(cd.a))
        continue;
      const key = fullNameKey(this.text.slice(cd.cs, cd.ce));
      if (!out.has(fullNameKey(first))) out.set(fullNameKey(first), out.get(key) ?? key);
    }
    return out;
  }

  // ------------------------------------------------------------------ the NER model's own spans

  /**
   * The model's type for a name the rules found. A lone word typed person or organisation by
   * the model alone is too often a capitalised common noun ("NGOs", "Commonwealth"): on
   * wikigold it costs more than it gains (mention F1 0.550 with it, 0.582 without), so it counts
   * only when the document supports it (the surname of a full name). Places are kept.
   */
  private modelTypes(a: number, b: number): NerType | null {
    if (!this.ner || !this.trustModel(a, b)) return null;
    const type = modelTypeOf(this.ner, a, b);
    // (a table row is names and figures only: no common noun stands in it capitalised)
    if (type === null || type === 'LOC' || b - a >= 2 || this.tableRow[a]) return type;
    return this.ner.spans[this.ner.spanAt[a]].consistency ? type : null;
  }

  /** Nationality words ("Tajik", "Central Asian"): CoNLL's MISC, which the model sometimes types ORG. */
  private nationality(a: number, b: number): boolean {
    for (let i = a; i < b; i++) {
      const k = this.t.key[i];
      if (!this.demo[i] && !this.idx.demonyms.has(k) && !NOT_NAME_ADJ.has(k)) return false;
    }
    return true;
  }

  /**
   * One capitalised word opening a sentence or a line is where the model errs most ("Castel",
   * "Ecclesiastical"): there it needs the document's support (a surname of a full name).
   */
  private trustModel(a: number, b: number): boolean {
    if (b - a >= 2 || !this.ner) return true;
    const sp = this.ner.spans[this.ner.spanAt[a]];
    if (sp && sp.consistency) return true;
    // a table row opens with a name, not with a capitalised sentence opener
    if (this.tableRow[a]) return true;
    return !(this.t.sentStart[a] || this.t.gap[a] & (GAP.NEWLINE | GAP.DASH | GAP.COLON));
  }

  /**
   * Names the model found where the rules found nothing (English): companies, clubs, places
   * and people with no title, gazetteer entry or context cue. A model organisation may take in
   * a gazetteer place it names ("University of Texas", "Bank of America").
   */
  private modelSpans(): void {
    const ner = this.ner;
    if (!ner) return;
    const t = this.t;
    for (const sp of ner.spans) {
      if (sp.type === 'MISC' || !t.cap[sp.a]) continue;
      if (!this.trustModel(sp.a, sp.b) || this.nationality(sp.a, sp.b)) continue;
      // a lone word is a person only with the document's support, as in modelTypes()
      if (sp.type === 'PER' && sp.b - sp.a === 1 && !sp.consistency) continue;
      const absorbed: number[] = [];
      let free = true;
      for (let i = sp.a; i < sp.b && free; i++) {
        if (this.notName[i]) free = false;
        const o = this.owner[i];
        if (o < 0) continue;
        const cd = this.cands[o];
        // a place opening an organisation's name ("Manchester United"; "Bank of America" is the
        // rules' organisation head with its "of"-chain)
        if (
          sp.type === 'ORG' &&
          cd.kind === 'gaz' &&
          (cd.type === 'country' || cd.type === 'location') &&
          cd.a === sp.a &&
          cd.b <= sp.b &&
          cd.b - cd.a < sp.b - sp.a &&
          !t.poss[cd.b - 1]
        ) {
          if (!absorbed.includes(o)) absorbed.push(o);
        } else if (
          // a place closing a longer place name ("New Jersey", "New Mexico"): the model's
          // span starts on a free word the rules could not place
          sp.type === 'LOC' &&
          cd.kind === 'gaz' &&
          (cd.type === 'country' || cd.type === 'location') &&
          cd.a > sp.a &&
          cd.b === sp.b &&
          this.owner[sp.a] < 0
        ) {
          if (!absorbed.includes(o)) absorbed.push(o);
        } else free = false;
      }
      if (!free) continue;
      for (const o of absorbed) this.release(o);
      let c: number;
      if (sp.type === 'PER') c = this.addCand(sp.a, sp.b, 'name', 'person', null);
      else if (sp.type === 'LOC')
        c = this.addCand(
          sp.a,
          sp.b,
          'location',
          'location',
          null,
          undefined,
          sp.dot ? t.end[sp.b - 1] + 1 : undefined,
        );
      // an outlet as the rules read one: a media head word in a media context ("told Daily Sabah")
      else if (MEDIA_HEADS.has(t.key[sp.b - 1]) && this.mediaCue(sp.a, sp.b))
        c = this.addDiscovered(sp.a, sp.b, 'media', 'media');
      else c = this.addDiscovered(sp.a, sp.b, 'org', 'organization');
      const cd = this.cands[c];
      if (!cd.reason) cd.reason = `"${cd.name}": ${sp.type} name found by the NER model`;
    }
    for (let c = 0; c < this.cands.length; c++) {
      const cd = this.cands[c];
      if (cd.dead) continue;
      if (cd.type === 'organization') this.ownOfficeAfter(c);
      // "Flint, Mich.": a place the model reads with the dot of its abbreviation keeps the dot
      const k = ner.spanAt[cd.a];
      if (cd.type === 'location' && !cd.entry && k >= 0 && ner.spans[k].dot && ner.spans[k].b === cd.b)
        cd.ce = t.end[cd.b - 1] + 1;
    }
  }

  /**
   * "Commerzbank analyst X", "Halyk Bank chairman X": an organisation typed by the model or by
   * the name's own context right before a title names the office, as a gazetteer organisation
   * would ("Rosatom head X"). The roles were read before those names were typed; a role with
   * no owner whose title starts right after the organisation takes it.
   */
  private ownOfficeAfter(c: number): void {
    const t = this.t;
    const cd = this.cands[c];
    const j = cd.b;
    if (j >= t.n || t.gap[j] !== 0 || t.poss[cd.b - 1]) return;
    for (const list of this.roles.values())
      for (const r of list)
        if (!r.of && r.titleTok === j) {
          r.of = { kind: 'cand', cand: c };
          r.evStart = Math.min(r.evStart, t.start[cd.a]);
        }
  }

  // ------------------------------------------------------------------ acronyms and demonyms

  private bindAcronyms(): void {
    const t = this.t;
    const bound = new Map<string, number>(); // acronym -> long-form cand
    for (let c = 0; c < this.cands.length; c++) {
      const cd = this.cands[c];
      if (cd.dead || cd.kind !== 'acronym') continue;
      const a = cd.a;
      if (
        cd.b - a === 1 &&
        a > 0 &&
        t.gap[a] & GAP.OPEN_PAREN &&
        (cd.b >= t.n || t.gap[cd.b] & GAP.CLOSE_PAREN)
      ) {
        let prev = this.owner[a - 1];
        // "the Committee to Protect Journalists (CPJ)": an unknown long form spelled by the acronym
        if (prev < 0) {
          const ls = this.longFormByInitials(a);
          if (ls >= 0) {
            prev = this.addCand(ls, a, 'org', 'organization', null);
            this.cands[prev].reason =
              `"${this.text.slice(t.start[ls], t.end[a - 1])}" is spelled out by the acronym "${t.raw[a]}" after it`;
          }
        }
        if (
          prev >= 0 &&
          !this.cands[prev].dead &&
          (this.cands[prev].type === 'organization' || this.cands[prev].type === 'media')
        ) {
          cd.kind = 'org';
          cd.type = this.cands[prev].type;
          cd.reason = `acronym "${t.raw[a]}" in parentheses after "${this.text.slice(this.cands[prev].cs, this.cands[prev].ce)}"`;
          (cd as Cand & { boundTo?: number }).boundTo = prev;
          bound.set(t.raw[a], prev);
          continue;
        }
      }
    }
    // "the Caspian Pipeline Consortium (CPC)": an acronym the text spells out in parentheses is
    // that body's in this document, though the gazetteer knows another body by it (the Communist
    // Party of China), and so is every later use of it
    const rebound = new Set<string>();
    for (let c = 0; c < this.cands.length; c++) {
      const cd = this.cands[c];
      const a = cd.a;
      if (cd.dead || cd.kind !== 'gaz' || cd.b - a !== 1 || a === 0 || !t.upper[a]) continue;
      if (!(t.gap[a] & GAP.OPEN_PAREN) || !(cd.b >= t.n || t.gap[cd.b] & GAP.CLOSE_PAREN)) continue;
      const prev = this.owner[a - 1];
      const long = prev >= 0 ? this.cands[prev] : null;
      if (
        !long ||
        long.dead ||
        long.entry === cd.entry ||
        (long.type !== 'organization' && long.type !== 'media')
      )
        continue;
      if (initialsOf(this.text.slice(long.cs, long.ce)) !== t.raw[a].replace(/[^\p{L}]/gu, '').toUpperCase())
        continue;
      bound.set(t.raw[a], prev);
      rebound.add(t.raw[a]);
    }
    for (let c = 0; c < this.cands.length; c++) {
      const cd = this.cands[c];
      if (
        cd.dead ||
        (cd.kind !== 'acronym' && !(cd.kind === 'gaz' && rebound.has(this.text.slice(cd.cs, cd.ce))))
      )
        continue;
      if (cd.kind === 'gaz') {
        cd.kind = 'acronym';
        cd.entry = null;
      }
      const long = bound.get(this.text.slice(cd.cs, cd.ce));
      if (long !== undefined) {
        cd.kind = 'org';
        cd.type = this.cands[long].type;
        (cd as Cand & { boundTo?: number }).boundTo = long;
        cd.reason = `acronym bound to "${this.text.slice(this.cands[long].cs, this.cands[long].ce)}"`;
      } else if (
        cd.b - cd.a === 1 &&
        cd.a > 0 &&
        (t.gap[cd.a] & (GAP.STOP | GAP.OPEN_PAREN)) === (GAP.STOP | GAP.OPEN_PAREN) &&
        (cd.b >= t.n || t.gap[cd.b] & GAP.CLOSE_PAREN)
      ) {
        // an agency credit closing a story: "... stabilized. (ANI)"
        cd.kind = 'media';
        cd.type = 'media';
        cd.reason = `agency credit "(${t.raw[cd.a]})" after the last sentence`;
      } else if (
        cd.a > 0 &&
        t.poss[cd.a - 1] &&
        t.gap[cd.a] === 0 &&
        this.owner[cd.a - 1] >= 0 &&
        this.cands[this.owner[cd.a - 1]].type === 'country' &&
        !this.mediaCue(cd.a, cd.b)
      ) {
        // "China's CNNC", "Turkey's MIT": an acronym owned by a country is one of its bodies or companies
        cd.kind = 'org';
        cd.reason = `acronym "${t.raw[cd.a]}" after "${t.raw[cd.a - 1]}'s"`;
      } else if (this.inRoleChain(c) || this.mediaCue(cd.a, cd.b)) {
        cd.kind = 'org';
        if (this.mediaCue(cd.a, cd.b)) cd.type = 'media';
      } else if (modelTypeOf(this.ner, cd.a, cd.b) === 'ORG') {
        cd.kind = 'org';
        cd.reason = `acronym "${this.text.slice(cd.cs, cd.ce)}": an organisation for the NER model`;
      } else if (modelTypeOf(this.ner, cd.a, cd.b) === 'LOC') {
        // a place in capitals opening a dateline ("FLINT, Mich., Oct. 4 (UPI) —")
        cd.kind = 'location';
        cd.type = 'location';
        cd.reason = `"${this.text.slice(cd.cs, cd.ce)}": a place in capitals for the NER model`;
      } else {
        this.release(c);
      }
    }
  }

  /** First token of the capitalised words before token `a` whose initials spell the acronym at `a`, or -1. */
  private longFormByInitials(a: number): number {
    const t = this.t;
    const acr = t.raw[a].replace(/[^\p{L}]/gu, '').toUpperCase();
    if (acr.length < 2 || acr.length > 8) return -1;
    let letters = '';
    for (let k = a - 1; k >= 0 && a - k <= 12; k--) {
      if (k < a - 1 && t.gap[k + 1] !== 0) return -1;
      if (this.owner[k] >= 0) return -1;
      if (t.cap[k]) {
        // hyphenated words give one initial per part ("Co-operation" gives C; "Asia-Plus" A and P)
        const parts = t.raw[k].split(/[-\u2010\u2011]/).filter((x) => /^\p{Lu}/u.test(x));
        const ini = (parts.length ? parts : [t.raw[k]]).map((x) => x[0].toUpperCase()).join('');
        if (acr.endsWith(ini + letters)) letters = ini + letters;
        else if (acr.endsWith(ini[0] + letters)) letters = ini[0] + letters;
        else return -1;
        if (letters === acr) return k;
      } else if (!INITIALS_SKIP.has(t.key[k])) return -1;
    }
    return -1;
  }

  private readonly chainCands = new Set<number>();
  private inRoleChain(c: number): boolean {
    return this.chainCands.has(c);
  }

  private demonymMentions(): void {
    const t = this.t;
    for (let i = 0; i < t.n; i++) {
      const d = this.demo[i];
      if (!d || this.owner[i] >= 0) continue;
      const k = t.key[i];
      const prev = i > 0 ? t.key[i - 1] : '';
      const next = i + 1 < t.n ? t.key[i + 1] : '';
      const nounUse =
        (k.endsWith('s') && this.idx.demonyms.get(k.slice(0, -1)) === d) ||
        ((i + 1 >= t.n ||
          t.gap[i + 1] !== 0 ||
          next === 'and' ||
          next === 'or' ||
          next === 'people' ||
          next === 'themselves') &&
          (prev === 'the' || prev === 'both' || prev === 'and'));
      if (nounUse) {
        const c = this.addCand(i, i + 1, 'group', 'group', null);
        this.cands[c].name = t.raw[i];
        (this.cands[c] as Cand & { country?: GazEntry }).country = d;
      } else {
        this.addCand(i, i + 1, 'demonym', 'country', d);
      }
    }
  }

  // ------------------------------------------------------------------ grouping and output

  private build(): { entities: DocEntity[]; mentions: DocMention[] } {
    const t = this.t;
    const text = this.text;
    const cands = this.cands;
    type Ent = DocEntity & { order: number };
    const ents = new Map<string, Ent>();
    const mentions: { c: number; key: string; cs: number; ce: number }[] = [];
    const ensure = (
      key: string,
      type: EntityType,
      name: string,
      entry: GazEntry | null,
      order: number,
    ): Ent => {
      let e = ents.get(key);
      if (!e) {
        e = {
          ref: '',
          type,
          name,
          aliases: [],
          gazetteerId: entry ? entry.id : null,
          roles: [],
          reasons: [],
          order,
        };
        ents.set(key, e);
      }
      return e;
    };
    const addAlias = (e: Ent, s: string) => {
      if (s && !e.aliases.includes(s)) e.aliases.push(s);
    };
    const addReason = (e: Ent, r: string | null) => {
      if (r && !e.reasons.includes(r)) e.reasons.push(r);
    };

    // persons first: unresolved single names may turn out to be media ("Forbes reported")
    const groups = this.groupPersons();
    // non-person candidates
    const qualifiedKey = new Map<string, string>(); // bare state-body name -> its country-qualified entity
    const bodyKeys = new Map<string, string>(); // country id|body kind -> the entity of that body
    // acronyms bound to a long form come last, so an acronym used before its definition (in a
    // headline) still joins the long form's entity
    const isBound = (i: number) => (cands[i] as Cand & { boundTo?: number }).boundTo !== undefined;
    const liveAll = cands.map((c, i) => i).filter((i) => !cands[i].dead);
    const live = [...liveAll.filter((i) => !isBound(i)), ...liveAll.filter(isBound)];
    const ministries = this.qualifiedMinistries(live);
    const companies = this.companyNames();
    this.unifyOutletTypes(live);
    for (const c of live) {
      const cd = cands[c];
      if (cd.kind === 'name' || cd.kind === 'single') continue;
      if (cd.kind === 'gaz' && cd.type === 'person') continue;
      let key: string;
      let e: Ent;
      const bound = (cd as Cand & { boundTo?: number }).boundTo;
      const bareKind = this.bareMinistryKind(cd);
      const ministry = bareKind ? ministries.get(bareKind) : undefined;
      if (bound !== undefined && cands[bound].key) {
        key = cands[bound].key;
        e = ents.get(key)!;
      } else if (ministry && ministry !== 'ambiguous') {
        // "the Ministry of Foreign Affairs" in a text naming one country's foreign ministry, before
        // or after: that ministry. The bare words stay out of its aliases (every country has one).
        key = ministry.key;
        e = ensure(key, 'organization', ministry.name, ministry.entry, cd.cs);
        addReason(e, `"${cd.name}": the only ${bareKind} of a country named in the document`);
        cd.key = key;
        mentions.push({ c, key, cs: cd.cs, ce: cd.ce });
        continue;
      } else if (cd.entry) {
        key = `g:${cd.entry.id}`;
        e = ensure(key, cd.entry.type, cd.entry.name, cd.entry, cd.cs);
      } else {
        // "Tavria Resorts … bought Tavria": the model's lone place word is the company's short name
        if (cd.type === 'location' && cd.b - cd.a === 1 && companies.has(fullNameKey(cd.name))) {
          cd.type = 'organization';
          cd.kind = 'org';
        }
        // "Coca-Cola" and "Coca-Cola Co", "Philips" and "Philips Electronics NV": one company
        const nameKeyOf = fullNameKey(cd.type === 'organization' ? withoutLegalForm(cd.name) : cd.name);
        key = `${cd.type}:${cd.type === 'organization' ? (companies.get(nameKeyOf) ?? nameKeyOf) : nameKeyOf}`;
        // "Uzbekistan's central bank" and "the Central Bank of Uzbekistan": one country's body of one kind
        const bodySig = cd.qualified && cd.bodyOf ? `${cd.bodyOf}|${cd.bodyKind}` : null;
        const sameBody = bodySig ? bodyKeys.get(bodySig) : undefined;
        if (sameBody && sameBody !== key) {
          key = sameBody;
          const had = ents.get(key)!;
          addReason(had, `"${cd.name}": the same body of ${cd.bodyOf} as "${had.name}"`);
          // the name as the body writes it ("Central Bank of Uzbekistan") over one made from a possessive
          if (/ of /.test(cd.name) && !/ of /.test(had.name)) {
            addAlias(had, had.name);
            had.name = cd.name;
          }
        } else if (bodySig && !sameBody) bodyKeys.set(bodySig, key);
        if (!ents.has(key) && (cd.type === 'organization' || cd.type === 'media')) {
          // a typo of a name already seen in this document ("Nejavisimaya" / "Nezavisimaya"),
          // or its short form ("the Ministry of Foreign Affairs" after "… of the Republic of Uzbekistan")
          for (const [k2, e2] of ents) {
            if (e2.type !== cd.type) continue;
            if (
              cd.type === 'organization' &&
              (e2.name.startsWith(`${cd.name} of `) || qualifiedKey.get(fullNameKey(cd.name)) === k2)
            ) {
              key = k2;
              // the short form is generic ("Ministry of Foreign Affairs"): a mention, not an alias
              qualifiedKey.set(fullNameKey(cd.name), k2);
              addReason(e2, `"${cd.name}": short form of "${e2.name}" earlier in the document`);
              break;
            }
            const close = phrasesClose(cd.name, e2.name);
            if (close.close) {
              key = k2;
              addReason(e2, `"${cd.name}" is edit distance ${close.distance} from "${e2.name}"`);
              break;
            }
          }
        }
        e = ensure(key, cd.type, cd.name, null, cd.cs);
        // "The Allur plant … Allur Group": the company's full name names it, not the short one
        const words = cd.name.split(' ');
        if (
          cd.type === 'organization' &&
          words.length === 2 &&
          e.name === words[0] &&
          CORPORATE_TAILS.has(words[1].toLowerCase())
        ) {
          addAlias(e, e.name);
          e.name = cd.name;
        }
      }
      cd.key = key;
      const surface = text.slice(cd.cs, cd.ce);
      // a country's "Foreign Ministry" keeps the bare words out of its aliases, which the
      // corpus merges on: every country has one
      if (cd.qualified) qualifiedKey.set(fullNameKey(surface), key);
      else if (qualifiedKey.get(fullNameKey(surface)) !== key) addAlias(e, surface);
      for (const al of cd.aliases) addAlias(e, al);
      addReason(e, cd.reason);
      if (cd.kind === 'demonym') addReason(e, `demonym "${surface}" of ${cd.entry?.name}`);
      mentions.push({ c, key, cs: cd.cs, ce: cd.ce });
    }

    // persons
    for (const g of groups) {
      let display = g.entry ? g.entry.name : g.tokens.join(' ');
      // "Makhabat Tazhibek kyzy": the name with its patronymic particle, as written
      const particled = g.entry
        ? undefined
        : g.members
            .map((c) => text.slice(cands[c].cs, cands[c].ce))
            .find(
              (x) => x.startsWith(`${display} `) && PATRONYMIC_PARTICLES.has(x.slice(display.length + 1)),
            );
      if (particled) display = particled;
      const key = g.entry ? `g:${g.entry.id}` : g.key;
      const e = ensure(key, 'person', display, g.entry, Math.min(...g.members.map((c) => cands[c].cs)));
      for (const r of g.reasons) addReason(e, r);
      for (const c of g.members) {
        const cd = cands[c];
        cd.key = key;
        addAlias(e, text.slice(cd.cs, cd.ce));
        mentions.push({ c, key, cs: cd.cs, ce: cd.ce });
      }
      if (!g.entry) for (const a of latinAliases(display, this.family)) addAlias(e, a);
    }

    // roles
    const keyOfCand = (c: number) => cands[c].key;
    const countryKey = (d: GazEntry): string => {
      const key = `g:${d.id}`;
      ensure(key, d.type, d.name, d, Number.MAX_SAFE_INTEGER);
      return key;
    };
    const nearestBefore = (tok: number, types: Set<EntityType>): string | null => {
      const pos = t.start[tok];
      let best: { key: string; at: number } | null = null;
      for (const m of mentions) {
        const cd = cands[m.c];
        if (m.cs < pos && types.has(cd.type) && cd.key && (!best || m.cs > best.at))
          best = { key: cd.key, at: m.cs };
      }
      return best ? best.key : null;
    };
    // "Georgia's Central Election Commission rejected complaints by the Coalition for Change,
    // the commission's chair X said": the body whose name has the noun of the anaphor, named in
    // the sentence or the three before it, before the nearest body of any name
    const nearestNamedBy = (tok: number, types: Set<EntityType>): string | null => {
      const pos = t.start[tok];
      const noun = t.key[tok];
      const word = new RegExp(`(?:^|[^\\p{L}])${noun.replace(/s$/, '')}s?(?:$|[^\\p{L}])`, 'iu');
      let best: { key: string; at: number } | null = null;
      for (const m of mentions) {
        const cd = cands[m.c];
        if (m.cs >= pos || !types.has(cd.type) || !cd.key || (best && m.cs <= best.at)) continue;
        if (this.sentIdx[tok] - this.sentIdx[Math.min(cd.a, t.n - 1)] > 3) continue;
        if (word.test(cd.name) || word.test(text.slice(m.cs, m.ce))) best = { key: cd.key, at: m.cs };
      }
      return best ? best.key : null;
    };
    const sameSentenceOrg = (tok: number): string | null => {
      const pos = t.start[tok];
      let best: { key: string; at: number } | null = null;
      for (const m of mentions) {
        const cd = cands[m.c];
        if (
          m.cs < pos &&
          cd.type === 'organization' &&
          cd.b > 0 &&
          this.sentIdx[Math.min(cd.a, t.n - 1)] === this.sentIdx[tok] &&
          (!best || m.cs > best.at)
        )
          best = { key: cd.key, at: m.cs };
      }
      return best ? best.key : null;
    };
    const previousSentenceOrg = (tok: number): string | null => {
      const sent = this.sentIdx[tok] - 1;
      let best: { key: string; at: number } | null = null;
      for (const m of mentions) {
        const cd = cands[m.c];
        if (
          (cd.type === 'organization' || cd.type === 'media') &&
          cd.key &&
          cd.b > 0 &&
          this.sentIdx[Math.min(cd.a, t.n - 1)] === sent &&
          (!best || m.cs > best.at)
        )
          best = { key: cd.key, at: m.cs };
      }
      return best ? best.key : null;
    };
    const firstCountryBefore = (tok: number): string | null => {
      const pos = t.start[tok];
      for (const sent of [this.sentIdx[tok], this.sentIdx[tok] - 1]) {
        let best: { key: string; at: number } | null = null;
        for (const m of mentions) {
          const cd = cands[m.c];
          if (cd.type !== 'country' || !cd.key || m.cs >= pos) continue;
          if (this.sentIdx[Math.min(cd.a, t.n - 1)] !== sent || (best && m.cs >= best.at)) continue;
          best = { key: cd.key, at: m.cs };
        }
        if (best) return best.key;
      }
      return null;
    };
    const COUNTRY = new Set<EntityType>(['country']);
    const ANAPHOR_TYPES: Record<'country' | 'organization' | 'media', Set<EntityType>> = {
      country: COUNTRY,
      organization: new Set<EntityType>(['organization']),
      media: new Set<EntityType>(['media']),
    };
    const resolveOf = (r: FoundRole): string | null => {
      const o = r.of;
      if (!o) return null;
      if (o.kind === 'cand') return keyOfCand(o.cand) || null;
      if (o.kind === 'demonym') return this.demo[o.tok] ? countryKey(this.demo[o.tok]!) : null;
      // "... the bureau condemned the arrest. Its director, X, said": the sentence before
      if (o.kind === 'its')
        return sameSentenceOrg(o.tok) ?? (t.sentStart[o.tok] ? previousSentenceOrg(o.tok) : null);
      // "заявил министр энергетики республики X": Russian "the republic" is the country the
      // sentence (or the one before) is about, named first in it, not the last one named
      if (o.type === 'country' && CYRILLIC.test(t.raw[o.tok])) return firstCountryBefore(o.tok);
      if (o.type && o.type !== 'country') {
        const named = nearestNamedBy(o.tok, ANAPHOR_TYPES[o.type]);
        if (named) return named;
        // "the committee's", "of the commission": a noun that bodies carry in their names
        // stands for a body so named, never for whichever organisation came last
        if (NAME_HEAD_ANAPHORS.has(t.key[o.tok])) return null;
      }
      return nearestBefore(o.tok, o.type ? ANAPHOR_TYPES[o.type] : COUNTRY);
    };
    const ownerCands = new Set<number>();
    for (const list of this.roles.values())
      for (const r of list) if (r.of?.kind === 'cand') ownerCands.add(r.of.cand);
    // "former President X" with no country: the nearest country named before in the sentence
    const inferCountry = (c: number, r: FoundRole): { key: string; surface: string } | null => {
      if (!HEAD_OF_STATE.test(r.title)) return null;
      const tok = r.titleTok;
      const sent = this.sentIdx[tok];
      let best: { key: string; at: number; surface: string } | null = null;
      const named = new Set<string>();
      for (const m of mentions) {
        const cd = cands[m.c];
        if (cd.type !== 'country' || m.cs >= t.start[tok] || !cd.key) continue;
        // "Ukraine's foreign minister said former President X …": a country owning another
        // office named in the sentence is that office's, not a clue to X's
        if (ownerCands.has(m.c) || (cd.b > cd.a && t.poss[cd.b - 1])) continue;
        const ti = cd.b > cd.a ? cd.a : cd.a; // sub-token mentions keep their token index in a
        if (this.sentIdx[ti] !== sent || /^(?:pro|anti)[-\u2010]/i.test(t.raw[ti])) continue;
        named.add(cd.key);
        if (!best || m.cs > best.at) best = { key: cd.key, at: m.cs, surface: text.slice(m.cs, m.ce) };
      }
      void c;
      // "Armenia and Azerbaijan have agreed …, Deputy Prime Minister X said": two countries
      // before the title, and nothing says which one X serves
      return named.size === 1 ? best : null;
    };
    // any other office the gazetteer knows them in ("Foreign Minister Bakhtiyor Saidov"): its country
    const knownHeadOffice = (cd: Cand, written: string, key: string): string | null => {
      // the entry the name resolved to ("İrakli Kobahidze", a transliteration, after the roles)
      const gid = ents.get(key)?.gazetteerId;
      const entry = cd.entry ?? (gid ? this.gaz.byId(gid) : undefined);
      if (cd.type !== 'person' || !entry || /^(?:former|ex-|then|late|eski)\b/i.test(written)) return null;
      // "Başbakan Kobahidze", "Cumhurbaşkanı Aliyev": the office as the gazetteer names it
      const title = trOfficeInEnglish(written) ?? written;
      const head = HEAD_OF_STATE.test(title)
        ? title.toLowerCase().replace(/^.*\b(president|prime minister|premier|chancellor)$/, '$1')
        : title.toLowerCase().replace(/\s+/g, ' ');
      const held = rolesHeldAt(entry, this.opts.published ?? null).filter(
        (x) => x.of && x.title.toLowerCase().endsWith(head) && this.gaz.byId(x.of)?.type === 'country',
      );
      const ofs = new Set(held.map((x) => x.of!));
      return ofs.size === 1 ? `g:${[...ofs][0]}` : null;
    };
    const gazCountryOf = (gid: string | null | undefined) => (gid ? this.gaz.byId(gid)?.country : null);
    const mainCountry = this.datelineCountry(mentions);
    const trDomestic = this.opts.language === 'tr' ? (this.gaz.byId('country:TR') ?? null) : null;
    const roleRecs: { key: string; role: DocRole; sent: number; title: string }[] = [];
    /** roles given Turkey only because Turkish copy leaves Turkey's offices unowned */
    const domesticRoles = new Set<number>();
    for (const [c, list] of this.roles) {
      const key = cands[c].key;
      if (!key || !ents.has(key)) continue;
      for (const r of list) {
        // "Mr X": an honorific is evidence of a person, not an office
        if (r.title.split(/\s+/).every((w) => HONORIFICS.has(w.toLowerCase().replace(/\.$/, '')))) continue;
        let ofKey = resolveOf(r) ?? (r.of ? null : this.possessiveBodyBefore(r.titleTok));
        // "The Russian diplomat met President Ilham Aliyev": a head of state or government the
        // gazetteer knows in that office at publication holds it for his own country, whatever
        // country the sentence names before the title
        const held = !r.of ? knownHeadOffice(cands[c], r.title, key) : null;
        if (held && ents.has(held)) {
          ofKey = held;
          addReason(ents.get(key)!, `role "${r.title}": country of the office the gazetteer knows`);
        } else if (!ofKey && !r.of && !this.ownerNameBefore(r.titleTok)) {
          const inf = inferCountry(c, r);
          if (inf) {
            ofKey = inf.key;
            addReason(
              ents.get(key)!,
              `role "${r.title}": country inferred from "${inf.surface}" earlier in the sentence`,
            );
          } else if (
            trDomestic &&
            TR_STATE_OFFICE.test(r.title) &&
            cands[c].type === 'person' &&
            [cands[c].entry?.country, gazCountryOf(ents.get(key)?.gazetteerId)].every(
              (x) => !x || x === trDomestic.id,
            )
          ) {
            // "Dışişleri Bakanı Hakan Fidan", "Ticaret Bakanı Ömer Bolat": Turkish copy names the
            // country of a foreign office ("Rusya Dışişleri Bakanı") and never of Turkey's own
            ofKey = countryKey(trDomestic);
            domesticRoles.add(roleRecs.length);
            addReason(ents.get(key)!, `role "${r.title}": a Turkish office written without its country`);
          } else if (mainCountry && STATE_OFFICE.test(r.title) && cands[c].type === 'person') {
            // "ASTANA — …, Transport Minister Marat Karabayev said": a state office with no country
            // is the dateline's country's when the story is about that country above all
            ofKey = countryKey(mainCountry);
            addReason(ents.get(key)!, `role "${r.title}": the country of the dateline`);
          }
        }
        roleRecs.push({
          key,
          role: { title: r.title, ofRef: ofKey, evidence: { start: r.evStart, end: r.evEnd } },
          sent: this.sentIdx[cands[c].a] ?? 0,
          title: r.title,
        });
        for (const x of r.extraOf) {
          const k2 = keyOfCand(x);
          if (k2)
            roleRecs.push({
              key,
              role: { title: r.title, ofRef: k2, evidence: { start: r.evStart, end: r.evEnd } },
              sent: this.sentIdx[cands[c].a] ?? 0,
              title: r.title,
            });
        }
      }
    }
    // "Rusya Dışişleri Bakanı Lavrov … Bakan Lavrov": a person the text gives another country's
    // office holds no Turkish one by a bare title
    for (const i of domesticRoles) {
      const rr = roleRecs[i];
      if (roleRecs.some((o) => o.key === rr.key && o.role.ofRef && o.role.ofRef !== rr.role.ofRef))
        rr.role = { ...rr.role, ofRef: null };
    }
    // "his Kazakh counterpart X" after "Turkish Foreign Minister Y": X is a Foreign Minister too
    for (const rr of roleRecs) {
      // Turkish "Azerbaycanlı mevkidaşı X", "meslektaşı X" (his counterpart)
      if (!COUNTERPART.test(rr.title)) continue;
      const other = roleRecs.find(
        (o) =>
          o !== rr &&
          o.key !== rr.key &&
          o.sent === rr.sent &&
          !COUNTERPART.test(o.title) &&
          o.role.evidence.start < rr.role.evidence.start,
      );
      // "Saidov later spoke with his Kazakh counterpart X": the office of the person named
      // before in the sentence, titled earlier in the text
      const owner = other ?? this.counterpartOwnerRole(rr, roleRecs, mentions);
      if (owner) {
        const head = owner.title.replace(/^(?:former|acting|interim)\s+/i, '');
        rr.role = { ...rr.role, title: head };
      }
    }

    // title-only anaphors ("the minister", "the Kyrgyz leader") to the nearest compatible person
    const personRoles = new Map<string, DocRole[]>();
    for (const rr of roleRecs) {
      if (!personRoles.has(rr.key)) personRoles.set(rr.key, []);
      personRoles.get(rr.key)!.push(rr.role);
    }
    // offices the gazetteer knows a person held at publication time also identify them
    // ("the Kazakh president" after a bare "Tokayev"); they never become roles of this document
    for (const [key, e] of ents) {
      if (e.type !== 'person' || !e.gazetteerId) continue;
      const known = rolesHeldAt(this.gaz.byId(e.gazetteerId), this.opts.published ?? null);
      if (!known.length) continue;
      if (!personRoles.has(key)) personRoles.set(key, []);
      for (const r of known)
        personRoles
          .get(key)!
          .push({ title: r.title, ofRef: r.of ? `g:${r.of}` : null, evidence: { start: 0, end: 0 } });
    }
    this.anaphors(mentions, personRoles, countryKey, ents);
    // "YELTSIN SACKS LEBED DEPUTY": a headline in capitals names what the body names
    for (const m of capsEchoes(t, text, this.sentIdx, mentions, (k) => ents.get(k)?.type === 'person')) {
      mentions.push(m);
      const e = ents.get(m.key);
      const surface = text.slice(m.cs, m.ce);
      // the surface as written ("YELTSIN"): an alias unless one differs from it by case only
      if (e && ![e.name, ...e.aliases].some((x) => x.toLowerCase() === surface.toLowerCase()))
        addAlias(e, surface);
    }

    // assemble entities in order of first mention
    mentions.sort((x, y) => x.cs - y.cs || y.ce - x.ce);
    const firstAt = new Map<string, number>();
    for (const m of mentions) if (!firstAt.has(m.key)) firstAt.set(m.key, m.cs);
    const ordered = [...ents.entries()].sort(
      (x, y) =>
        (firstAt.get(x[0]) ?? Number.MAX_SAFE_INTEGER) - (firstAt.get(y[0]) ?? Number.MAX_SAFE_INTEGER) ||
        (x[0] < y[0] ? -1 : 1),
    );
    const refOf = new Map<string, string>();
    ordered.forEach(([k, e], i) => {
      e.ref = `e${i + 1}`;
      refOf.set(k, e.ref);
    });
    for (const rr of roleRecs) {
      const e = ents.get(rr.key);
      if (!e) continue;
      const ofRef = rr.role.ofRef ? (refOf.get(rr.role.ofRef) ?? null) : null;
      if (ofRef === e.ref) continue;
      if (e.roles.some((x) => x.title.toLowerCase() === rr.role.title.toLowerCase() && x.ofRef === ofRef))
        continue;
      e.roles.push({ title: rr.role.title, ofRef, evidence: rr.role.evidence });
    }
    const outMentions: DocMention[] = [];
    const seen = new Set<string>();
    for (const m of mentions) {
      const ref = refOf.get(m.key);
      if (!ref) continue;
      const sig = `${m.cs}:${m.ce}`;
      if (seen.has(sig)) continue;
      seen.add(sig);
      outMentions.push({ ref, start: m.cs, end: m.ce, text: text.slice(m.cs, m.ce) });
    }
    const entities: DocEntity[] = ordered.map(([, e]) => ({
      ref: e.ref,
      type: e.type,
      name: e.name,
      aliases: e.aliases,
      gazetteerId: e.gazetteerId,
      roles: e.roles,
      reasons: e.reasons,
    }));
    return { entities, mentions: outMentions };
  }

  /**
   * "two reporters from Abzas Media ... the independent outlet Abzas Media": one discovered name
   * typed an organisation or a place in one spot and an outlet (by a media cue) in another is one
   * outlet;
   * the entity key carries the type, so without this the name would split into two entities.
   */
  private unifyOutletTypes(live: readonly number[]): void {
    const media = new Set<string>();
    for (const c of live) {
      const cd = this.cands[c];
      if (!cd.entry && cd.type === 'media') media.add(fullNameKey(cd.name));
    }
    if (!media.size) return;
    for (const c of live) {
      const cd = this.cands[c];
      if (
        !cd.entry &&
        (cd.type === 'organization' || cd.type === 'location') &&
        media.has(fullNameKey(cd.name))
      )
        cd.type = 'media';
    }
  }

  /** Person candidates grouped into people: full names first, then single-token mentions. */
  /**
   * The ministries of named countries in the document, by what they are ("foreign ministry"):
   * gazetteer bodies of a country and country-qualified ones found in the text. Two countries'
   * ministries of one kind make that kind 'ambiguous'.
   */
  private qualifiedMinistries(
    live: readonly number[],
  ): Map<string, { key: string; name: string; entry: GazEntry | null } | 'ambiguous'> {
    const out = new Map<string, { key: string; name: string; entry: GazEntry | null } | 'ambiguous'>();
    const add = (kind: string, key: string, name: string, entry: GazEntry | null) => {
      if (!kind.endsWith('ministry')) return;
      const had = out.get(kind);
      if (had === undefined) out.set(kind, { key, name, entry });
      else if (had !== 'ambiguous' && had.key !== key) out.set(kind, 'ambiguous');
    };
    for (const c of live) {
      const cd = this.cands[c];
      if (cd.type !== 'organization') continue;
      if (cd.entry?.country && cd.entry.type === 'organization') {
        // "Russian Foreign Ministry": the gazetteer's name without its demonym
        const words = cd.entry.name.split(' ');
        if (words.length > 1 && this.idx.demonyms.get(words[0].toLowerCase())?.id === cd.entry.country)
          add(bodyKind(words.slice(1).join(' ')), `g:${cd.entry.id}`, cd.entry.name, cd.entry);
      } else if (!cd.entry && cd.qualified && cd.bodyKind) {
        add(cd.bodyKind, `${cd.type}:${fullNameKey(cd.name)}`, cd.name, null);
      }
    }
    return out;
  }

  /**
   * The entity key of the country a wire dateline opens the text with ("ASTANA (AP) —", "TASHKENT,
   * March 4 —", "KOSTANAY, Kazakhstan —"), when that country is named (by name, demonym or a place
   * of it, the dateline included) more often than any other in the document; else null.
   */
  private datelineCountry(mentions: readonly { c: number; cs: number }[]): GazEntry | null {
    const t = this.t;
    if (t.n < 2 || (t.gap[1] & (GAP.COMMA | GAP.OPEN_PAREN | GAP.DASH)) === 0) return null;
    const countryOf = (cd: Cand): GazEntry | null => {
      if (cd.type === 'country') return cd.entry ?? (cd.kind === 'demonym' ? this.demo[cd.a] : null) ?? null;
      if (cd.type !== 'location' || !cd.entry?.country) return null;
      return this.gaz.byId(cd.entry.country) ?? null;
    };
    const first = mentions.find((m) => this.cands[m.c].a === 0);
    const opening = first ? this.cands[first.c] : null;
    // the dateline is a place in capitals, or a place then its country
    if (!opening || opening.b !== 1 || !t.upper[0]) return null;
    const home = countryOf(opening);
    if (!home || home.type !== 'country') return null;
    const counts = new Map<string, number>();
    for (const m of mentions) {
      const country = countryOf(this.cands[m.c]);
      if (country?.type === 'country') counts.set(country.id, (counts.get(country.id) ?? 0) + 1);
    }
    const mine = counts.get(home.id) ?? 0;
    for (const [id, n] of counts) if (id !== home.id && n >= mine) return null;
    return home;
  }

  /**
   * The role of the person a counterpart is of, when the sentence names no titled person before
   * it: the nearest person mentioned before the counterpart in its sentence, with a title of
   * their own earlier in the text (not a counterpart).
   */
  private counterpartOwnerRole<R extends { key: string; title: string; role: DocRole; sent: number }>(
    rr: R,
    recs: readonly R[],
    mentions: readonly { c: number; key: string; cs: number }[],
  ): R | null {
    const at = rr.role.evidence.start;
    let owner: { key: string; cs: number } | null = null;
    for (const m of mentions) {
      const cd = this.cands[m.c];
      if (cd.type !== 'person' || m.key === rr.key || m.cs >= at || this.sentIdx[cd.a] !== rr.sent) continue;
      if (!owner || m.cs > owner.cs) owner = m;
    }
    if (!owner) return null;
    const key = owner.key;
    return (
      recs.find((o) => o.key === key && !COUNTERPART.test(o.title) && o.role.evidence.start < at) ?? null
    );
  }

  /**
   * "Taliban deputy prime minister X": a capitalised word right before a title (no date word)
   * names the office's owner, though no entity of a country or organisation was read there; no
   * country is then inferred for the office.
   */
  private ownerNameBefore(titleTok: number): boolean {
    const t = this.t;
    const k = titleTok - 1;
    if (k < 0 || t.gap[titleTok] !== 0 || !t.cap[k] || DATE_WORDS.has(t.key[k])) return false;
    // "Toplantıya Ticaret Bakanı X da katıldı": a Turkish sentence's first word, capitalised only
    // for its place, with a case ending and no apostrophe, names nobody
    if (this.opts.language === 'tr' && t.sentStart[k] && this.owner[k] < 0 && !/['’]/u.test(t.raw[k]))
      return false;
    return true;
  }

  /**
   * "Allur's president X": the key of an organisation or outlet in the possessive right before a
   * title, when the name was typed only after the roles were read (a lone unknown word then).
   */
  private possessiveBodyBefore(titleTok: number): string | null {
    const t = this.t;
    const k = titleTok - 1;
    if (k < 0 || !t.poss[k] || t.gap[titleTok] !== 0) return null;
    const o = this.owner[k];
    const cd = o >= 0 ? this.cands[o] : null;
    if (!cd || cd.dead || cd.b !== k + 1 || !cd.key) return null;
    return cd.type === 'organization' || cd.type === 'media' ? cd.key : null;
  }

  /** What a ministry named without its country is ("foreign ministry" for "Ministry of Foreign Affairs"), else null. */
  private bareMinistryKind(cd: Cand): string | null {
    if (cd.kind !== 'org' || cd.entry || cd.qualified || this.demo[cd.a] || !STATE_BODY.test(cd.name))
      return null;
    // "Ministry of Foreign Affairs of Kyrgyzstan" names its country
    if ((cd.name.match(/ of /g) ?? []).length > 1) return null;
    const kind = bodyKind(cd.name);
    return kind.endsWith('ministry') ? kind : null;
  }

  private groupPersons(): PersonGroup[] {
    const t = this.t;
    const cands = this.cands;
    const groups: PersonGroup[] = [];
    const byEntry = new Map<string, PersonGroup>();
    const fulls: number[] = [];
    const singles: number[] = [];
    for (let c = 0; c < cands.length; c++) {
      const cd = cands[c];
      if (cd.dead) continue;
      if (cd.kind === 'gaz' && cd.type === 'person') fulls.push(c);
      else if (cd.kind === 'name') (cd.b - cd.a >= 2 ? fulls : singles).push(c);
      else if (cd.kind === 'single') singles.push(c);
    }
    // Russian case forms of a name become its nominative where the ending is unambiguous
    // ("Таалайбеком Ибраевым" -> "Таалайбек Ибраев"), so the display name and keys agree.
    // The given name takes the surname's case ("Сергею Копыркину" -> "Сергей Копыркин").
    const tokensOf = (cd: Cand): string[] => {
      const out: string[] = [];
      const surname = t.raw[cd.b - 1];
      const ending = cd.b - cd.a >= 2 && CYRILLIC.test(surname) ? ruCaseEnding(surname) : '';
      // a surname that does not decline ("Бассани", "Ковальчук") leaves the case to the given name
      const indeclinable = cd.b - cd.a >= 2 && !ending && CYRILLIC.test(surname) && !/[аяь]$/u.test(surname);
      for (let i = cd.a; i < cd.b; i++) {
        const raw = t.raw[i];
        if (!CYRILLIC.test(raw)) out.push(raw);
        else {
          const given =
            i < cd.b - 1 && ending
              ? ruGivenNominative(raw, ending)
              : i === cd.a && indeclinable
                ? ruFeminineGivenNominative(raw)
                : raw;
          out.push(given !== raw ? given : ruNameNominative(raw));
        }
      }
      return out;
    };
    for (const c of fulls) {
      const cd = cands[c];
      if (cd.entry) {
        let g = byEntry.get(cd.entry.id);
        if (!g) {
          const toks = cd.entry.name.split(/\s+/);
          g = {
            key: `g:${cd.entry.id}`,
            tokens: toks,
            keys: toks.map(nameKey),
            entry: cd.entry,
            members: [],
            reasons: [],
          };
          byEntry.set(cd.entry.id, g);
          groups.push(g);
        }
        g.members.push(c);
        continue;
      }
      const toks = tokensOf(cd);
      const keys = toks.map(nameKey);
      const full = keys.join(' ');
      let target: PersonGroup | null = null;
      let reason = '';
      for (const g of groups) {
        if (g.keys.join(' ') === full) {
          target = g;
          if (g.tokens.join(' ') !== toks.join(' ')) reason = `spelling variant of ${g.tokens.join(' ')}`;
          break;
        }
      }
      if (!target) {
        for (const g of groups) {
          const r = this.sameFullName(g, toks, keys);
          if (r) {
            target = g;
            reason = r;
            break;
          }
        }
      }
      if (target) {
        target.members.push(c);
        if (reason) target.reasons.push(`"${toks.join(' ')}": ${reason}`);
        if (!target.entry && toks.length > target.tokens.length) {
          target.tokens = toks;
          target.keys = keys;
        }
      } else {
        groups.push({ key: `person:${full}`, tokens: toks, keys, entry: null, members: [c], reasons: [] });
      }
    }
    this.joinGenitiveNames(groups);
    this.knownBySpelling(groups, byEntry);
    // single tokens: surname, given name, then a close misspelling of a surname
    for (const c of singles) {
      const cd = cands[c];
      const raw = t.raw[cd.a];
      const k = nameKey(raw);
      const at = cd.cs;
      const nearest = (list: PersonGroup[]): PersonGroup => {
        let best = list[0];
        let bestAt = -1;
        for (const g of list) {
          for (const m of g.members)
            if (cands[m].cs < at && cands[m].cs > bestAt) {
              bestAt = cands[m].cs;
              best = g;
            }
        }
        return best;
      };
      // "Сапарова" after "Ерлан Сапаров": the genitive of his surname (see joinGenitiveNames)
      const genitive = CYRILLIC.test(raw) ? ruGenitiveNameNominative([raw]) : null;
      const kGen = genitive ? nameKey(genitive[0]) : null;
      let bySurname = groups.filter((g) => g.keys.length >= 2 && surnameKey(g.keys) === k);
      if (!bySurname.length && kGen)
        bySurname = groups.filter(
          (g) => !g.entry && g.keys.length >= 2 && g.keys[g.keys.length - 1] === kGen,
        );
      // "Sánchez" after "Pedro Sánchez Pérez-Castejón": the first of a Spanish name's two
      // surnames, after a given name, is the one the press uses alone
      if (!bySurname.length && !isGivenName(raw))
        bySurname = groups.filter(
          (g) =>
            g.keys.length === 3 && g.keys[1] === k && isGivenName(g.tokens[0]) && !isGivenName(g.tokens[1]),
        );
      if (bySurname.length) {
        const g = nearest(bySurname);
        g.members.push(c);
        g.reasons.push(`"${raw}": surname of ${g.tokens.join(' ')}`);
        continue;
      }
      const byGiven = groups.filter((g) => g.keys.length >= 2 && g.keys[0] === k);
      if (byGiven.length === 1) {
        byGiven[0].members.push(c);
        byGiven[0].reasons.push(`"${raw}": given name of ${byGiven[0].tokens.join(' ')}`);
        continue;
      }
      const close = groups
        .map((g) => ({
          g,
          d:
            g.keys.length >= 1 ? surnamesClose(k, g.keys[g.keys.length - 1]) : { close: false, distance: 99 },
        }))
        .filter((x) => x.d.close);
      if (close.length === 1 && /^\p{Lu}/u.test(raw)) {
        const g = close[0].g;
        g.members.push(c);
        g.reasons.push(
          close[0].d.distance === 0
            ? `"${raw}": same name as an earlier mention`
            : `"${raw}": edit distance ${close[0].d.distance} to surname ${g.tokens[g.tokens.length - 1]} (only close name in the document)`,
        );
        continue;
      }
      // "Zaharova" alone: a romanisation of exactly one known person's surname alias
      const known = k.length >= 5 ? this.idx.personByKey.get(k) : undefined;
      if (known?.length === 1) {
        const entry = known[0];
        let g = byEntry.get(entry.id);
        if (!g) {
          const toks = entry.name.split(/\s+/);
          g = {
            key: `g:${entry.id}`,
            tokens: toks,
            keys: toks.map(nameKey),
            entry,
            members: [],
            reasons: [],
          };
          byEntry.set(entry.id, g);
          groups.push(g);
        }
        g.members.push(c);
        g.reasons.push(`"${raw}": spelling variant of gazetteer person ${entry.name}`);
        continue;
      }
      if (cd.kind === 'name') {
        // a titled single name with no full form ("President Tokayev" when not in the gazetteer)
        const g: PersonGroup = {
          key: `person:${k}`,
          tokens: [CYRILLIC.test(raw) ? ruNameNominative(raw) : raw],
          keys: [k],
          entry: null,
          members: [c],
          reasons: [],
        };
        groups.push(g);
        continue;
      }
      // media by context ("Forbes reported"), otherwise nothing
      if (this.mediaCue(cd.a, cd.b) && !hasSurnameSuffix(raw)) {
        cd.kind = 'media';
        cd.type = 'media';
      } else this.release(c);
    }
    return groups;
  }

  /**
   * "доклад Ерлана Сапарова" beside "Ерлан Сапаров": a Russian full name in -ова/-ева/-ина is a
   * woman's nominative or a man's genitive/accusative, so tokensOf leaves it as written. When the
   * document also names the man (before or after), the oblique form is him: its group joins his.
   */
  private joinGenitiveNames(groups: PersonGroup[]): void {
    for (let i = groups.length - 1; i >= 0; i--) {
      const g = groups[i];
      if (g.entry || g.tokens.length < 2) continue;
      const nom = ruGenitiveNameNominative(g.tokens);
      if (!nom) continue;
      const keys = nom.map(nameKey);
      const full = keys.join(' ');
      const target = groups.find(
        (h) => h !== g && !h.entry && (h.keys.join(' ') === full || this.sameFullName(h, nom, keys) !== null),
      );
      if (!target) continue;
      target.members.push(...g.members);
      target.reasons.push(...g.reasons, `"${g.tokens.join(' ')}": genitive of ${target.tokens.join(' ')}`);
      groups.splice(i, 1);
    }
  }

  /**
   * "Mariya Zaharova", "Dmitriy Peskov": Turkish and other romanisations of a known person's
   * name that no gazetteer surface spells. A full name whose spelling-variant key (see nameKey)
   * is the key of exactly one known person's name or alias is that person; its group takes the
   * entry (joining the group that already holds it). Lone surnames wait for the singles pass,
   * which tries the same keys on them after the document's own full names.
   */
  private knownBySpelling(groups: PersonGroup[], byEntry: Map<string, PersonGroup>): void {
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i];
      if (g.entry || g.keys.length < 2) continue;
      const known = this.idx.personByKey.get(g.keys.join(' '));
      if (known?.length !== 1) continue;
      const entry = known[0];
      const reason = `"${g.tokens.join(' ')}": spelling variant of gazetteer person ${entry.name}`;
      const held = byEntry.get(entry.id);
      if (held) {
        held.members.push(...g.members);
        held.reasons.push(...g.reasons, reason);
        groups.splice(i--, 1);
        continue;
      }
      const toks = entry.name.split(/\s+/);
      Object.assign(g, { key: `g:${entry.id}`, tokens: toks, keys: toks.map(nameKey), entry });
      g.reasons.push(reason);
      byEntry.set(entry.id, g);
    }
  }

  /** Why a new full name is the same person as group g, or null. */
  private sameFullName(g: PersonGroup, toks: string[], keys: string[]): string | null {
    if (keys.length < 2 || g.keys.length < 2) return null;
    const s1 = keys[keys.length - 1];
    const s2 = g.keys[g.keys.length - 1];
    const given1 = toks.slice(0, -1);
    const given2 = g.tokens.slice(0, -1);
    const givenOk = (a: string[], b: string[]): boolean => {
      const [short, long] = a.length <= b.length ? [a, b] : [b, a];
      let j = 0;
      for (const s of short) {
        while (j < long.length && !givenNamesCompatible(s, long[j])) j++;
        if (j >= long.length) return false;
        j++;
      }
      return true;
    };
    if (!givenOk(given1, given2)) return null;
    // "Pedro Sánchez" after "Pedro Sánchez Pérez-Castejón": a Spanish full name drops the
    // mother's surname, the last word, and keeps the given name and first surname
    const [short, long] = keys.length < g.keys.length ? [keys, g.keys] : [g.keys, keys];
    if (long.length === short.length + 1 && short.every((k, i) => k === long[i]))
      return `the given name and first surname of ${(short === keys ? g.tokens : toks).join(' ')}`;
    // Two differently spelled full names in one article stay two people: a typo of a full
    // name is resolved across documents, where the co-occurrence guard protects real pairs.
    if (s1 === s2) return `same surname and compatible given names as ${g.tokens.join(' ')}`;
    return null;
  }

  private anaphors(
    mentions: { c: number; key: string; cs: number; ce: number }[],
    personRoles: Map<string, DocRole[]>,
    countryKey: (d: GazEntry) => string,
    ents: Map<string, DocEntity>,
  ): void {
    const t = this.t;
    for (let i = 0; i + 1 < t.n; i++) {
      if (t.key[i] !== 'the' || (this.owner[i + 1] >= 0 && this.cands[this.owner[i + 1]].kind !== 'demonym'))
        continue;
      let j = i + 1;
      let demonym: GazEntry | null = null;
      const dOwner = this.owner[j];
      if (dOwner >= 0 && this.cands[dOwner].kind === 'demonym') {
        demonym = this.cands[dOwner].entry;
        j++;
      }
      const mods: string[] = [];
      while (
        j < t.n &&
        t.gap[j] === 0 &&
        TITLE_MODIFIERS.has(t.key[j]) &&
        !ANAPHOR_TITLES.has(t.key[j]) &&
        mods.length < 2
      )
        mods.push(t.key[j++]);
      if (j >= t.n || t.gap[j] !== 0 || this.owner[j] >= 0) continue;
      let head = t.key[j];
      // "the head of state" / "the head of government": one anaphor of three words
      if (
        head === 'head' &&
        j + 2 < t.n &&
        t.key[j + 1] === 'of' &&
        t.gap[j + 1] === 0 &&
        t.gap[j + 2] === 0 &&
        this.owner[j + 2] < 0 &&
        (t.key[j + 2] === 'state' || t.key[j + 2] === 'government')
      ) {
        head = `head of ${t.key[j + 2]}`;
        j += 2;
      }
      const compatible = ANAPHOR_TITLES.get(head);
      if (!compatible) continue;
      // not a title before a name or an "of" phrase ("the minister of ...", "the president Erdogan")
      if (j + 1 < t.n && t.gap[j + 1] === 0 && (t.cap[j + 1] || t.key[j + 1] === 'of')) continue;
      const at = t.start[i];
      const dKey = demonym ? countryKey(demonym) : null;
      let best: { key: string; at: number } | null = null;
      for (const m of mentions) {
        if (m.cs >= at || this.cands[m.c].type !== 'person' || (best && m.cs <= best.at)) continue;
        const rs = personRoles.get(m.key) ?? [];
        const ok = rs.some((r) => {
          // the title's own head, not the office it serves ("Assistant to the President")
          const title = titleHead(r.title);
          if (!compatible.some((x) => title.includes(x))) return false;
          if (mods.length && !mods.every((md) => title.includes(md))) return false;
          if (dKey && r.ofRef !== dKey) return false;
          return true;
        });
        if (ok) best = { key: m.key, at: m.cs };
      }
      if (!best) continue;
      const cs = t.start[i];
      const ce = t.end[j];
      const c = this.addCand(i, j + 1, 'anaphor', 'person', null, cs, ce);
      this.cands[c].key = best.key;
      mentions.push({ c, key: best.key, cs, ce });
      const e = ents.get(best.key);
      if (e) {
        const r = `"${this.text.slice(cs, ce)}": nearest preceding person with a compatible role`;
        if (!e.reasons.includes(r)) e.reasons.push(r);
      }
    }
  }
}

/** The surname key of a full name's keys: the last, past a generational suffix ("Ferdinand Marcos Jr." -> "marcos"). */
function surnameKey(keys: readonly string[]): string {
  const n = keys.length;
  return n > 2 && /^(?:jr|sr|ii|iii|iv)\.?$/.test(keys[n - 1]) ? keys[n - 2] : keys[n - 1];
}
