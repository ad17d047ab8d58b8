/**
 * Role phrases around a person's name, read off the token arrays of the mention extractor:
 *  - before the name: "Turkish Defense Minister X", "his Kazakh counterpart X", "the head of
 *    Kyrgyzstan X", "the Minister of Emergency Situations of the Republic, X", "led by its
 *    president X", "the Turkish Ambassador to the Republic X", "former President X";
 *  - after the name (appositive): "X, director of the Agency for ...", "X, senior researcher at
 *    the Center ... at IMEMO RAS" (every organisation of the chain is returned, top-level last).
 * The functions only locate phrases; mentions.ts turns them into DocRoles with entity refs.
 */
import { GAP, type Tokens } from './mentions-tokens.js';
import {
  MINISTRY_PORTFOLIOS,
  PORTFOLIO_WORDS,
  ROLE_ADJ,
  ROLE_NOUNS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
} from './mentions-lexicon.js';
import { ruPrefixRole } from './roles-ru.js';

const CYRILLIC_WORD = /^[\u0400-\u04FF-]+$/u;
/** words for a counterpart (folded keys): "counterpart", Turkish "mevkidaşı", "meslektaşı" */
const COUNTERPART_WORDS = new Set(['counterpart', 'mevkidasi', 'meslektasi']);
/** Turkish titles of envoys (folded): "Büyükelçisi", "Elçisi", "Daimi Temsilcisi" */
const TR_ENVOY_TITLES = new Set(['buyukelcisi', 'elcisi', 'daimi', 'temsilcisi', 'baskonsolosu']);

/** What the role functions need to know about already-found mentions. */
export type RoleCtx = {
  t: Tokens;
  text: string;
  /** index of the candidate mention covering token i, or -1 */
  candAt(i: number): number;
  /** token range and type of candidate c */
  cand(c: number): { a: number; b: number; type: string };
  /** true when token i is a demonym adjective ("Turkish") usable as the country of a role */
  demonymAt(i: number): boolean;
};

export type OfTarget =
  | { kind: 'cand'; cand: number }
  | { kind: 'demonym'; tok: number }
  | { kind: 'its'; tok: number } // "its president": the nearest organisation before
  // "of the Republic", "the country's": the nearest country before; with `type`, the nearest
  // entity of that type ("the party's leader", "the outlet's director")
  | { kind: 'anaphor'; tok: number; type?: 'country' | 'organization' | 'media' };

export type FoundRole = {
  title: string;
  titleTok: number; // first token of the title
  of: OfTarget | null;
  extraOf: number[]; // further organisations of an appositive chain (cands)
  evStart: number; // char offset where the evidence starts
  evEnd: number;
};

const OF_TYPES = new Set(['country', 'organization', 'media', 'location']);
const TARGET_TITLES = new Set(['ambassador', 'ambassadors', 'envoy', 'consul', 'representative']);
/** Titles of a mission for a region ("Special Representative for the South Caucasus"). */
const REGION_TITLES = new Set(['representative', 'envoy', 'commissioner', 'coordinator', 'rapporteur']);
/** A country or place ends at token j ("for the South Caucasus"; not a portfolio "for Enlargement"). */
const regionAt = (ctx: RoleCtx, j: number): boolean => {
  const c = ctx.candAt(j);
  return c >= 0 && (ctx.cand(c).type === 'location' || ctx.cand(c).type === 'country');
};
const ANAPHOR_NOUNS = new Set(['republic', 'country', 'kingdom', 'federation', 'state']);
const ARTICLES = new Set(['a', 'an', 'the']);
const CHAIN_PREPS = new Set(['of', 'at', 'in', 'for', 'with', 'from']);
/** Titles of people serving someone else's office ("Assistant to the President"). */
const AIDE_TITLES = new Set([
  'assistant',
  'adviser',
  'advisor',
  'aide',
  'counsellor',
  'counselor',
  'envoy',
  'representative',
  'secretary',
]);

/** Nouns whose possessive after "the" points back to a named entity ("the country's ambassador"). */
const POSS_ANAPHORS: ReadonlyMap<string, 'country' | 'organization' | 'media'> = new Map([
  ['country', 'country'],
  ['republic', 'country'],
  ['nation', 'country'],
  ['company', 'organization'],
  ['party', 'organization'],
  ['bank', 'organization'],
  ['ministry', 'organization'],
  ['organisation', 'organization'],
  ['organization', 'organization'],
  ['movement', 'organization'],
  ['bloc', 'organization'],
  ['commission', 'organization'],
  ['committee', 'organization'],
  ['council', 'organization'],
  ['agency', 'organization'],
  ['service', 'organization'],
  ['court', 'organization'],
  ['coalition', 'organization'],
  ['alliance', 'organization'],
  ['union', 'organization'],
  ['group', 'organization'],
  ['fund', 'organization'],
  ['corporation', 'organization'],
  ['firm', 'organization'],
  ['lender', 'organization'],
  ['watchdog', 'organization'],
  ['regulator', 'organization'],
  ['body', 'organization'],
  ['church', 'organization'],
  ['foundation', 'organization'],
  ['institute', 'organization'],
  ['university', 'organization'],
  ['parliament', 'organization'],
  ['airline', 'organization'],
  ['carrier', 'organization'],
  ['outlet', 'media'],
  ['paper', 'media'],
  ['station', 'media'],
  ['newspaper', 'media'],
  ['channel', 'media'],
  ['broadcaster', 'media'],
  ['website', 'media'],
]);

/** Lower-case words naming an office's area or field before its title ("regional director"). */
const OFFICE_FIELDS = new Set(
  'regional country managing marketing financial operating technical programme program research communications policy mission'.split(
    ' ',
  ),
);

const isTitleWord = (k: string): boolean => TITLE_HEADS.has(k) || ROLE_NOUNS.has(k) || TITLE_MODIFIERS.has(k);
const isHead = (k: string): boolean => TITLE_HEADS.has(k) || ROLE_NOUNS.has(k);

/** Collects title words backwards from token j (inclusive). Returns the first title token or -1. */
function titleBack(ctx: RoleCtx, j: number): number {
  const { t } = ctx;
  let ts = -1;
  let head = false;
  for (let k = j; k >= 0 && j - k < 6; k--) {
    if (k < j && t.gap[k + 1] !== 0) break;
    if (ctx.candAt(k) >= 0) break;
    // "Trade and Integration Minister", "Science and Higher Education Minister": capitalised
    // portfolio words, joined by "and", qualify the head
    const portfolio = (i: number) =>
      i >= 0 && t.cap[i] && (isTitleWord(t.key[i]) || PORTFOLIO_WORDS.has(t.key[i]));
    const joined =
      t.key[k] === 'and' && k < j && (portfolio(k + 1) || ts === k + 1) && portfolio(k - 1) && t.gap[k] === 0;
    // "Science and Higher Education Minister": a capitalised word qualifying the portfolio word
    // right after it, itself joined by "and" to a portfolio before it, belongs to the title
    const qualifier =
      k < j &&
      ts === k + 1 &&
      k >= 2 &&
      t.cap[k] &&
      t.gap[k + 1] === 0 &&
      t.gap[k] === 0 &&
      (isTitleWord(t.key[k + 1]) || PORTFOLIO_WORDS.has(t.key[k + 1])) &&
      t.key[k - 1] === 'and' &&
      portfolio(k - 2);
    // "EBRD regional director X", "EU foreign policy chief X": a lower-case word saying which
    // field or area the office covers, right before a title word
    const field =
      k < j &&
      ts === k + 1 &&
      !t.cap[k] &&
      t.gap[k + 1] === 0 &&
      (OFFICE_FIELDS.has(t.key[k]) || PORTFOLIO_WORDS.has(t.key[k]));
    if (!isTitleWord(t.key[k]) && !(k < j && portfolio(k)) && !joined && !qualifier && !field) break;
    if (isHead(t.key[k])) head = true;
    ts = k;
  }
  // a title must contain a head word ("Foreign" alone is not a title)
  return head ? ts : -1;
}

/**
 * The owner of an office written before its title, ending at token k: a demonym ("Kazakh"), a
 * possessive country or organisation ("Armenia's"), "its", or "the country's". Returns the
 * target and the first token of the possessor, or null.
 */
/**
 * Is token k a possessor: "Turkey's", or a Turkish genitive ("Türkiye'nin")? Turkish marks every
 * case after the apostrophe, and a place in another case ("Ankara'da Cumhurbaşkanı X": in Ankara)
 * owns no office.
 */
function possessive(ctx: RoleCtx, k: number): boolean {
  const { t, text } = ctx;
  if (!t.poss[k]) return false;
  const suffix = /^['’](\p{L}+)/u.exec(text.slice(t.end[k], t.end[k] + 12))?.[1].toLocaleLowerCase('tr');
  return !suffix || suffix === 's' || TR_GENITIVE.test(suffix);
}
/** a Turkish genitive suffix after the apostrophe, singular or plural: "ın", "nin", "ların" */
const TR_GENITIVE = /^(?:l[ae]r)?n?[ıiuü]n$/u;

function possessorAt(ctx: RoleCtx, k: number): { of: OfTarget; start: number } | null {
  const { t } = ctx;
  if (k < 0) return null;
  const ck = ctx.candAt(k);
  if (ctx.demonymAt(k)) return { of: { kind: 'demonym', tok: k }, start: k };
  if (ck >= 0 && possessive(ctx, k) && ctx.cand(ck).b === k + 1 && OF_TYPES.has(ctx.cand(ck).type))
    return { of: { kind: 'cand', cand: ck }, start: ctx.cand(ck).a };
  if (t.key[k] === 'its') return { of: { kind: 'its', tok: k }, start: k };
  const type = POSS_ANAPHORS.get(t.key[k]);
  if (type && t.poss[k] && ck < 0 && k > 0 && t.key[k - 1] === 'the' && t.gap[k] === 0)
    return { of: { kind: 'anaphor', tok: k, type }, start: k - 1 };
  return null;
}

/**
 * The role phrase that ends right before the name starting at token `p`, or null.
 * `depth` allows one further role before a comma ("its commander, Colonel-General X").
 */
export function prefixRole(ctx: RoleCtx, p: number, nameEndChar: number, depth = 0): FoundRole[] {
  const { t, text } = ctx;
  if (p <= 0) return [];
  // Russian: lower-case titles with their owner in the genitive (roles-ru.ts)
  if (CYRILLIC_WORD.test(t.raw[p - 1])) {
    const ru = ruPrefixRole(ctx, p, nameEndChar);
    if (ru.length) return ru;
  }
  const g = t.gap[p];
  if (g & ~GAP.COMMA) return [];
  let j = p - 1;
  let of: OfTarget | null = null;

  // "Ambassador to [the] Republic X", "the EU's special representative for Central Asia, X":
  // skip the target of the mission.
  if (g === 0 || g === GAP.COMMA) {
    for (let k = j; k >= 0 && j - k < 5; k--) {
      if (
        k > 0 &&
        ((t.key[k] === 'to' && TARGET_TITLES.has(t.key[k - 1])) ||
          (t.key[k] === 'for' && REGION_TITLES.has(t.key[k - 1]) && regionAt(ctx, j)))
      ) {
        j = k - 1;
        break;
      }
      if (!(t.cap[k] || t.key[k] === 'the') || (k < j && t.gap[k + 1] !== 0)) break;
    }
  }

  // "<title> of [the] <entity> X" and "<title> of the Republic, X"
  const c = ctx.candAt(j);
  let entityStart = -1;
  if (c >= 0 && ctx.cand(c).b === j + 1 && OF_TYPES.has(ctx.cand(c).type)) {
    entityStart = ctx.cand(c).a;
    of = { kind: 'cand', cand: c };
  } else if (t.cap[j] && ANAPHOR_NOUNS.has(t.key[j]) && j > 0 && t.key[j - 1] === 'the') {
    entityStart = j;
    of = { kind: 'anaphor', tok: j };
  }
  if (entityStart >= 0) {
    let k = entityStart - 1;
    // "the head of Kazakhstan's central bank X": the owner of the body before it
    const ck = k >= 0 && t.poss[k] && t.gap[entityStart] === 0 ? ctx.candAt(k) : -1;
    if (ck >= 0 && ctx.cand(ck).type === 'country' && ctx.cand(ck).b === k + 1) k = ctx.cand(ck).a - 1;
    if (k >= 0 && t.key[k] === 'the') k--;
    if (k < 0 || t.key[k] !== 'of') return [];
    j = k - 1;
    if (j < 0) return [];
  } else if (g & GAP.COMMA && !isTitleWord(t.key[j])) {
    return [];
  }

  let ts = titleBack(ctx, j);
  let te = j;
  if (ts < 0 && t.cap[j] && ctx.candAt(j) < 0 && (entityStart >= 0 || g === 0)) {
    // "Minister of Emergency Situations of the Republic": a capitalised portfolio between
    let r = j;
    // (a list too: "Minister of Investment, Industry and Trade X")
    while (
      r > 0 &&
      j - r < 8 &&
      (t.cap[r - 1] || (t.key[r - 1] === 'and' && r - 1 > 0 && t.cap[r - 2])) &&
      ctx.candAt(r - 1) < 0 &&
      (t.gap[r] === 0 || (t.gap[r] === GAP.COMMA && t.key[r - 1] !== 'and'))
    )
      r--;
    if (r > 1 && (t.key[r - 1] === 'of' || t.key[r - 1] === 'for')) {
      const s2 = titleBack(ctx, r - 2);
      if (s2 >= 0) ts = s2;
    }
  }
  if (ts < 0) return [];
  // "Assistant to the President of Azerbaijan X": the aide's title, not the President's
  if (
    ts >= 3 &&
    t.key[ts - 1] === 'the' &&
    t.key[ts - 2] === 'to' &&
    AIDE_TITLES.has(t.key[ts - 3]) &&
    t.gap[ts - 1] === 0 &&
    t.gap[ts - 2] === 0
  ) {
    let k = ts - 3;
    while (k > 0 && t.gap[k] === 0 && isTitleWord(t.key[k - 1]) && ctx.candAt(k - 1) < 0 && ts - k < 6) k--;
    ts = k;
  }
  // "press secretary of the President of Kazakhstan, X": the outer title is the person's role
  if (entityStart >= 0 && ts >= 2) {
    let k = ts - 1;
    if (t.key[k] === 'the') k--;
    if (k >= 1 && t.key[k] === 'of') {
      const s2 = titleBack(ctx, k - 1);
      if (s2 >= 0) {
        te = k - 1;
        ts = s2;
      }
    }
  }
  // possessor before the title: demonym, "Turkey's", "its"
  const k = ts - 1;
  let possStart = -1;
  if (!of && k >= 0 && t.gap[ts] === 0) {
    const ck = ctx.candAt(k);
    const owner = possessorAt(ctx, k);
    if (owner) {
      of = owner.of;
      possStart = owner.start;
    } else if (ck >= 0 && possessive(ctx, k) && OF_TYPES.has(ctx.cand(ck).type))
      of = { kind: 'cand', cand: ck };
    // "European Council President X", "Rosatom head X": an organisation naming the office
    else if (
      ck >= 0 &&
      ctx.cand(ck).b === k + 1 &&
      (ctx.cand(ck).type === 'organization' || ctx.cand(ck).type === 'country')
    )
      of = { kind: 'cand', cand: ck };
    // "Rusya'nın Ermenistan (Erivan) Büyükelçisi X": the place before a Turkish envoy's title is
    // where he serves; the genitive country before it sends him
    if (
      ck >= 0 &&
      ctx.cand(ck).b === k + 1 &&
      (!of || (of.kind === 'cand' && of.cand === ck)) &&
      TR_ENVOY_TITLES.has(t.key[ts])
    ) {
      const a = ctx.cand(ck).a;
      const sender = a > 0 && t.poss[a - 1] && t.gap[a] === 0 ? ctx.candAt(a - 1) : -1;
      if (sender >= 0 && ctx.cand(sender).type === 'country') {
        of = { kind: 'cand', cand: sender };
        possStart = ctx.cand(sender).a;
      }
    }
  }
  let evStart = t.start[ts];
  if (possStart >= 0) evStart = t.start[possStart];
  else if (of?.kind === 'demonym' || of?.kind === 'its') evStart = t.start[of.tok];
  else if (of?.kind === 'cand' && t.start[ctx.cand(of.cand).a] < evStart)
    evStart = t.start[ctx.cand(of.cand).a];
  const role: FoundRole = {
    title: text.slice(t.start[ts], t.end[te]),
    titleTok: ts,
    of,
    extraOf: [],
    evStart,
    evEnd: nameEndChar,
  };
  const out = [role];
  if (depth === 0 && t.gap[ts] & GAP.COMMA) {
    for (const r of prefixRole(ctx, ts, nameEndChar, 1)) out.push(r);
  }
  return out;
}

/** The appositive role after a name ending before token `b` ("X, director of ..."), or null. */
export function appositiveRole(ctx: RoleCtx, b: number, nameStartChar: number): FoundRole | null {
  const { t } = ctx;
  if (b >= t.n) return null;
  const g = t.gap[b];
  if (!(g & GAP.COMMA) || g & (GAP.STOP | GAP.NEWLINE | GAP.COLON | GAP.OPEN_PAREN)) return null;
  return titleAfter(ctx, b, nameStartChar);
}

/**
 * "X was appointed acting chairman", "X has been named as ambassador", "X was elected speaker":
 * the token where the office starts after a passive appointment right after the name ending
 * before token b, or -1.
 */
function passiveAppointment(t: Tokens, b: number): number {
  let j = b;
  if (j < t.n && t.gap[j] & GAP.COMMA) return -1;
  const adjacent = (k: number) => k < t.n && t.gap[k] === 0;
  if (!adjacent(j)) return -1;
  if (t.key[j] === 'was' || t.key[j] === 'is') j++;
  else if ((t.key[j] === 'has' || t.key[j] === 'have') && t.key[j + 1] === 'been') j += 2;
  else return -1;
  if (!adjacent(j) || !APPOINT_VERBS.has(t.key[j])) return -1;
  j++;
  if (adjacent(j) && t.key[j] === 'as') j++;
  if (adjacent(j) && ARTICLES.has(t.key[j]) && t.key[j + 1] === 'new') j += 2;
  else if (adjacent(j) && t.key[j] === 'new') j++;
  return adjacent(j) ? j : -1;
}

/** Verbs and nouns of appointment before the person they appoint. */
const APPOINT_VERBS = new Set(['appointed', 'named', 'elected', 'nominated', 'confirmed', 'reappointed']);
const APPOINT_NOUNS = new Set(['appointment', 'election', 'nomination', 'confirmation']);

/**
 * "Tokayev appointed Aida Balayeva as deputy prime minister", "approved the appointment of X as
 * finance minister": the office an appointment gives the person between the verb and "as".
 */
export function appointedRole(ctx: RoleCtx, a: number, b: number, nameStartChar: number): FoundRole | null {
  const { t } = ctx;
  const verb = a > 0 && t.gap[a] === 0 && APPOINT_VERBS.has(t.key[a - 1]);
  const noun = a > 1 && t.gap[a] === 0 && t.key[a - 1] === 'of' && APPOINT_NOUNS.has(t.key[a - 2]);
  // "X was appointed acting chairman of the committee", "X has been named (as) ambassador"
  const passive = passiveAppointment(t, b);
  if (passive > 0) return titleAfter(ctx, passive, nameStartChar);
  if (!(verb || noun) || b + 1 >= t.n || t.key[b] !== 'as' || t.gap[b] !== 0) return null;
  let j = b + 1;
  if (ARTICLES.has(t.key[j]) && t.key[j + 1] === 'new') j += 2;
  else if (t.key[j] === 'new') j++;
  return titleAfter(ctx, j, nameStartChar);
}

/** The title phrase (and the bodies of its chain) from token b on, after a name. */
function titleAfter(ctx: RoleCtx, b: number, nameStartChar: number): FoundRole | null {
  const { t, text } = ctx;
  const n = t.n;
  let j = b;
  if (ARTICLES.has(t.key[j])) j++;
  // "X, Armenia's foreign minister", "X, the Kazakh foreign minister", "X, the country's ambassador"
  let owner: { of: OfTarget; start: number } | null = null;
  if (j < n) {
    const ck = ctx.candAt(j);
    const last = ck >= 0 && ctx.cand(ck).a === j ? ctx.cand(ck).b - 1 : j;
    const o = last + 1 < n && t.gap[last + 1] === 0 ? possessorAt(ctx, last) : null;
    const startsHere = o && (o.start === j || (o.of.kind === 'anaphor' && o.start === j - 1));
    const nk = t.key[last + 1];
    const titleNext =
      ROLE_ADJ.has(nk) || isTitleWord(nk) || MINISTRY_PORTFOLIOS.has(nk) || PORTFOLIO_WORDS.has(nk);
    if (o && startsHere && titleNext) {
      owner = o;
      j = last + 1;
    }
  }
  const ts = j;
  let te = -1;
  for (; j < n && j - ts < 6; j++) {
    if (j > ts && t.gap[j] !== 0) break;
    const k = t.key[j];
    if (ctx.candAt(j) >= 0) break;
    // a portfolio before its head: "Kazakhstan's information minister", "foreign policy adviser"
    if (!(ROLE_ADJ.has(k) || isTitleWord(k) || MINISTRY_PORTFOLIOS.has(k) || PORTFOLIO_WORDS.has(k))) break;
    if (isHead(k)) te = j;
  }
  if (te < 0) return null;
  // "Kazakh President Tokayev, Kyrgyz President Japarov": a title written right before the next
  // name is that name's, not an appositive of the name before the comma
  if (te + 1 < n && t.gap[te + 1] === 0 && t.cap[te + 1] && ctx.candAt(te + 1) >= 0) {
    const next = ctx.cand(ctx.candAt(te + 1));
    if (next.type === 'person' && next.a === te + 1) return null;
  }
  // "Fidan, Azerbaycanlı mevkidaşı Ceyhun Bayramov ile görüştü": a counterpart is always someone
  // else, named right after the word, however little is known of the name yet
  if (te + 1 < n && t.gap[te + 1] === 0 && t.cap[te + 1] && COUNTERPART_WORDS.has(t.key[te])) return null;
  const ofs: number[] = [];
  let k = te + 1;
  // "adviser to the President of Azerbaijan": an aide's office is the one served
  const aideTo = k < n && t.key[k] === 'to' && AIDE_TITLES.has(t.key[te]);
  if (k < n && t.gap[k] === 0 && (CHAIN_PREPS.has(t.key[k]) || aideTo)) {
    for (const start = k; k < n && k - start < 30;) {
      if (k > start && t.gap[k] & (GAP.STOP | GAP.NEWLINE | GAP.COLON | GAP.COMMA)) break;
      const c = ctx.candAt(k);
      if (c >= 0) {
        const cd = ctx.cand(c);
        if (OF_TYPES.has(cd.type) && !ofs.includes(c)) ofs.push(c);
        k = Math.max(cd.b, k + 1);
        continue;
      }
      k++;
    }
  }
  // "acting chairman of the committee": the body named before, by its common noun
  if (!ofs.length && !owner && te + 3 < n && t.key[te + 1] === 'of' && t.key[te + 2] === 'the') {
    const type = POSS_ANAPHORS.get(t.key[te + 3]);
    const closed = te + 4 >= n || t.gap[te + 4] !== 0 || !(t.cap[te + 4] || t.key[te + 4] === 'of');
    if (
      type &&
      type !== 'country' &&
      !t.cap[te + 3] &&
      t.gap[te + 2] === 0 &&
      t.gap[te + 3] === 0 &&
      closed
    ) {
      owner = { of: { kind: 'anaphor', tok: te + 3, type }, start: te + 2 };
      k = te + 4;
    }
  }
  // The top-level institution (the last of the chain) is the primary `of`; an owner written
  // before the title ("Armenia's foreign minister") comes first.
  const orgs = ofs.filter((c) => ctx.cand(c).type !== 'location' && !qualifiesOrg(ctx, c, ofs));
  const primary = orgs.length && !owner ? orgs[orgs.length - 1] : -1;
  const evEnd = k > te + 1 ? t.end[Math.min(k, n) - 1] : t.end[te];
  return {
    title: text.slice(t.start[ts], t.end[te]),
    titleTok: ts,
    of: owner ? owner.of : primary >= 0 ? { kind: 'cand', cand: primary } : null,
    extraOf: orgs.filter((c) => c !== primary),
    evStart: nameStartChar,
    evEnd,
  };
}

/**
 * A country in an appositive chain that only says whose the organisation next to it is: "the
 * Democratic Party of Kazakhstan", "Armenia's Security Council", "Transparency International
 * Georgia". The person holds the office in the organisation, not in the country.
 */
function qualifiesOrg(ctx: RoleCtx, c: number, chain: number[]): boolean {
  const { t } = ctx;
  const cd = ctx.cand(c);
  if (cd.type !== 'country' || cd.b <= cd.a) return false;
  const isOrg = (x: number) => x >= 0 && chain.includes(x) && ctx.cand(x).type !== 'country';
  // the organisation right before: "<Org> Georgia", "<Org> of [the] Kazakhstan"
  let k = cd.a - 1;
  if (k >= 0 && t.gap[cd.a] === 0 && isOrg(ctx.candAt(k)) && ctx.cand(ctx.candAt(k)).b === cd.a) return true;
  if (k >= 0 && t.key[k] === 'the') k--;
  if (k >= 1 && t.key[k] === 'of' && isOrg(ctx.candAt(k - 1)) && ctx.cand(ctx.candAt(k - 1)).b === k)
    return true;
  // the organisation right after a possessive: "Armenia's Security Council"
  const next = cd.b < t.n && t.poss[cd.b - 1] && t.gap[cd.b] === 0 ? ctx.candAt(cd.b) : -1;
  return isOrg(next);
}

/** Nouns that end an appositive describing a body ("Uzbekneftegaz, the state oil and gas company,"). */
const BODY_NOUNS = new Set([
  'company',
  'corporation',
  'firm',
  'bank',
  'party',
  'parliament',
  'legislature',
  'ngo',
  'organisation',
  'organization',
  'fund',
  'movement',
  'operator',
  'producer',
  'monopoly',
  'utility',
  'conglomerate',
  'holding',
  'watchdog',
  'regulator',
  'ministry',
  'council',
  'association',
  'foundation',
  'charity',
  'university',
  'insurer',
  'airline',
  'carrier',
  'miner',
  'manufacturer',
  'developer',
]);
/** Nouns that end an appositive describing an outlet ("Kloop, an investigative outlet"). */
const OUTLET_NOUNS = new Set([
  'outlet',
  'newspaper',
  'broadcaster',
  'channel',
  'website',
  'portal',
  'daily',
  'weekly',
  'magazine',
  'tabloid',
  'publication',
]);
const APPOSITIVE_END = new Set(['that', 'which', 'whose', 'owned', 'run', 'based', 'controlled', 'founded']);

/**
 * What an appositive right after a name says the name is: "X, the state power company," is a
 * body, "X, an independent news site that ..." an outlet. Only a short lower-case noun phrase
 * without "of" ending in a body or outlet noun counts ("X, a member of the party" is a person).
 */
export function appositiveKind(t: Tokens, b: number): 'organization' | 'media' | null {
  if (b >= t.n) return null;
  const g = t.gap[b];
  if (!(g & GAP.COMMA) || g & (GAP.STOP | GAP.NEWLINE | GAP.COLON | GAP.OPEN_PAREN)) return null;
  let j = b;
  if (!ARTICLES.has(t.key[j])) return null;
  j++;
  for (const start = j; j < t.n && j - start < 7; j++) {
    if (j > start && t.gap[j] !== 0) return null;
    const k = t.key[j];
    if (k === 'of' || (t.cap[j] && !t.poss[j] && !HYPHEN_WORD.test(t.raw[j]))) return null;
    // the head comes before a relative clause ("a chaplain who visits the home weekly" is no weekly)
    if (RELATIVES.has(k)) return null;
    const ends = j + 1 >= t.n || t.gap[j + 1] !== 0 || APPOSITIVE_END.has(t.key[j + 1]);
    if (!ends || t.poss[j]) continue;
    if (
      OUTLET_NOUNS.has(k) ||
      (k === 'agency' && t.key[j - 1] === 'news') ||
      (k === 'site' && t.key[j - 1] === 'news')
    )
      return 'media';
    if (BODY_NOUNS.has(k) || k === 'agency') return 'organization';
    return null;
  }
  return null;
}
const RELATIVES = new Set(['who', 'whose', 'whom', 'which', 'that', 'where']);
/** "Yerevan-based", "state-owned": a capitalised hyphenated modifier inside a description */
const HYPHEN_WORD = /^\p{Lu}[\p{L}]*-[\p{Ll}]+$/u;

/**
 * "Faith Young, whose father died, said", "Ian Fry, who chairs the board,": "who" and "whose"
 * after the comma that closes a name refer to a person (a body takes "which").
 */
export function personRelative(t: Tokens, b: number): boolean {
  return b < t.n && t.gap[b] === GAP.COMMA && (t.key[b] === 'who' || t.key[b] === 'whose');
}

/** "X is a journalist": evidence that X is a person (no role is recorded). */
export function copulaRole(t: Tokens, b: number): boolean {
  if (b + 1 >= t.n || t.gap[b] !== 0) return false;
  const v = t.key[b];
  if (v !== 'is' && v !== 'was') return false;
  for (let j = b + 1; j < t.n && j - b < 8; j++) {
    if (t.gap[j] & (GAP.STOP | GAP.NEWLINE)) return false;
    if (ROLE_NOUNS.has(t.key[j])) return true;
  }
  return false;
}
