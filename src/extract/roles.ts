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
import { ROLE_ADJ, ROLE_NOUNS, TITLE_HEADS, TITLE_MODIFIERS } from './mentions-lexicon.js';

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
  | { kind: 'anaphor'; tok: number }; // "of the Republic": the nearest country before

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

const isTitleWord = (k: string): boolean => TITLE_HEADS.has(k) || ROLE_NOUNS.has(k) || TITLE_MODIFIERS.has(k);
const isHead = (k: string): boolean => TITLE_HEADS.has(k) || ROLE_NOUNS.has(k);

/** Collects title words backwards from token j (inclusive). Returns the first title token or -1. */
function titleBack(ctx: RoleCtx, j: number): number {
  const { t } = ctx;
  let ts = -1;
  let head = false;
  for (let k = j; k >= 0 && j - k < 6; k--) {
    if (k < j && t.gap[k + 1] !== 0) break;
    if (!isTitleWord(t.key[k]) || ctx.candAt(k) >= 0) break;
    if (isHead(t.key[k])) head = true;
    ts = k;
  }
  // a title must contain a head word ("Foreign" alone is not a title)
  return head ? ts : -1;
}

/**
 * The role phrase that ends right before the name starting at token `p`, or null.
 * `depth` allows one further role before a comma ("its commander, Colonel-General X").
 */
export function prefixRole(ctx: RoleCtx, p: number, nameEndChar: number, depth = 0): FoundRole[] {
  const { t, text } = ctx;
  if (p <= 0) return [];
  const g = t.gap[p];
  if (g & ~GAP.COMMA) return [];
  let j = p - 1;
  let of: OfTarget | null = null;

  // "Ambassador to [the] Republic X": skip the target of the mission.
  if (g === 0) {
    for (let k = j; k >= 0 && j - k < 5; k--) {
      if (t.key[k] === 'to' && k > 0 && TARGET_TITLES.has(t.key[k - 1])) {
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
    while (r > 0 && j - r < 4 && t.cap[r - 1] && ctx.candAt(r - 1) < 0 && t.gap[r] === 0) r--;
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
  if (!of && k >= 0 && t.gap[ts] === 0) {
    const ck = ctx.candAt(k);
    if (ctx.demonymAt(k)) of = { kind: 'demonym', tok: k };
    else if (ck >= 0 && t.poss[k] && OF_TYPES.has(ctx.cand(ck).type)) of = { kind: 'cand', cand: ck };
    // "European Council President X", "Rosatom head X": an organisation naming the office
    else if (
      ck >= 0 &&
      ctx.cand(ck).b === k + 1 &&
      (ctx.cand(ck).type === 'organization' || ctx.cand(ck).type === 'country')
    )
      of = { kind: 'cand', cand: ck };
    else if (t.key[k] === 'its') of = { kind: 'its', tok: k };
  }
  let evStart = t.start[ts];
  if (of?.kind === 'demonym' || of?.kind === 'its') evStart = t.start[of.tok];
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
  const { t, text } = ctx;
  const n = t.n;
  if (b >= n) return null;
  const g = t.gap[b];
  if (!(g & GAP.COMMA) || g & (GAP.STOP | GAP.NEWLINE | GAP.COLON | GAP.OPEN_PAREN)) return null;
  let j = b;
  if (ARTICLES.has(t.key[j])) j++;
  const ts = j;
  let te = -1;
  for (; j < n && j - ts < 6; j++) {
    if (j > ts && t.gap[j] !== 0) break;
    const k = t.key[j];
    if (ctx.candAt(j) >= 0) break;
    if (!(ROLE_ADJ.has(k) || isTitleWord(k))) break;
    if (isHead(k)) te = j;
  }
  if (te < 0) return null;
  const ofs: number[] = [];
  let k = te + 1;
  if (k < n && t.gap[k] === 0 && CHAIN_PREPS.has(t.key[k])) {
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
  // The top-level institution (the last of the chain) is the primary `of`.
  const orgs = ofs.filter((c) => ctx.cand(c).type !== 'location');
  const primary = orgs.length ? orgs[orgs.length - 1] : -1;
  const evEnd = k > te + 1 ? t.end[Math.min(k, n) - 1] : t.end[te];
  return {
    title: text.slice(t.start[ts], t.end[te]),
    titleTok: ts,
    of: primary >= 0 ? { kind: 'cand', cand: primary } : null,
    extraOf: orgs.filter((c) => c !== primary),
    evStart: nameStartChar,
    evEnd,
  };
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
