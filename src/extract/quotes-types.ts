/**
 * The shape every language's attribution finder produces, and the text units and tokens they
 * read. An attribution is source + cue + content (+ relays): the finders locate spans only; the
 * speaker resolver (quotes-speaker.ts) and the assembler (quotes.ts) turn spans into entities.
 */
import type { Sentence } from '../model/index.js';
import type { CueEntry, CueKind } from '../nlp/lexicon/speech-verbs.js';
import type { Gender, GrammaticalNumber } from '../nlp/lexicon/speaker-roles.js';
import type { SentenceDocs } from '../nlp/sentence-docs.js';
import type { QuoteSegment, Range } from './quotes-marks.js';
import type { Span } from './quotes-speaker.js';

export type { Span };

/**
 * How the source is known:
 *  - `np`: a noun phrase the finder read (`source` holds it);
 *  - `implicit`: no phrase (a dropped subject, "Глава государства" already resolved elsewhere):
 *    the most salient compatible entity;
 *  - `continuation`: an unattributed quotation that continues the last speaker;
 *  - `inherit`: a quoted fragment inside another attribution's content (`parent`).
 */
export type SourceMode = 'np' | 'implicit' | 'continuation' | 'inherit';

/**
 * What the content is: the quoted words (`quotation`), a reported clause, finite or not ("said
 * that …", "promised to …": `clause`), or a noun phrase standing for what was said ("announced
 * his resignation", "denied the report": `np`).
 */
export type ContentKind = 'quotation' | 'clause' | 'np';

export type Attribution = {
  content: Span;
  direct: boolean;
  cue: Span | null;
  /** the cue as the reader sees it ("said", "according to", "заявил") */
  cueText: string | null;
  kind: Exclude<CueKind, 'report'>;
  source: Span | null;
  mode: SourceMode;
  /** agreement the cue shows about its subject ("заявила": f) */
  gender?: Gender;
  number?: GrammaticalNumber;
  /** relay phrases (outlets or people in between), nearest to the speaker first */
  relays: Relay[];
  /** position for resolution order and salience: where the attribution is stated */
  at: number;
  /** for `inherit`: index of the attribution in the same list whose source this one takes */
  parent?: number;
  /** a medium named as the only source ("according to Reuters, …") may be the speaker */
  mediaMaySpeak?: boolean;
  /** a container whose quoted fragments stand for it ("called it “…”"): resolved for them, not output */
  dropAfterResolve?: boolean;
  /** set where the finder knows it is not a clause (`np`); else the quotation or clause `direct` says */
  contentKind?: ContentKind;
  /**
   * for a `continuation` that opens a quotation running on into later paragraphs: where the last
   * of those paragraphs' quoted segments ends (the attribution there names its speaker)
   */
  chainEnd?: number;
};

/** A relay phrase; `mediaOnly` when only a medium makes it a relay ("told X": X may be a hearer). */
/** `cited`: "X reported, citing Y, that …": Y is the source and the phrase read as the source relays */
export type Relay = Span & { mediaOnly: boolean; cited?: boolean };

/** A stretch of text no quotation crosses: one or more sentences (a quoted paragraph is one unit). */
export type Unit = { start: number; end: number; paragraph: number };

/**
 * Units: sentences merged so that no quotation segment crosses a unit boundary, never across
 * paragraphs.
 */
export function buildUnits(
  sentences: readonly Sentence[],
  segs: readonly QuoteSegment[],
  paragraphs: readonly Range[],
  text = '',
): Unit[] {
  const out: Unit[] = [];
  let si = 0;
  const ss = sentences.slice().sort((a, b) => a.start - b.start);
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    while (si < ss.length && ss[si].end <= para.start) si++;
    const inPara: Sentence[] = [];
    while (si < ss.length && ss[si].start < para.end) inPara.push(ss[si++]);
    if (!inPara.length) inPara.push({ start: para.start, end: para.end });
    let cur: Unit | null = null;
    for (const s of inPara) {
      const start = Math.max(s.start, para.start);
      const end = Math.min(s.end, para.end);
      if (
        cur &&
        (segs.some((g) => g.paragraph === p && g.open < start && g.close >= start) ||
          attributionAfterExclamation(text, cur.end, start, end))
      )
        cur.end = end;
      else {
        if (cur) out.push(cur);
        cur = { start, end, paragraph: p };
      }
    }
    if (cur) out.push(cur);
  }
  return out;
}

/**
 * `“We won!” one delegate said.`, `«Хватит!» — сказал он.`: a quotation ending in "!" or "?"
 * closes a sentence for the splitter, but a short sentence after it (or one going on in lower
 * case) is its attribution: the two are one unit.
 */
function attributionAfterExclamation(text: string, prevEnd: number, start: number, end: number): boolean {
  if (!text) return false;
  const tail = text.slice(Math.max(0, prevEnd - 3), prevEnd).trimEnd();
  if (!/[!?…]["”»’]$/u.test(tail)) return false;
  const next = text.slice(start, end).trim();
  if (/^[\s—–-]*\p{Ll}/u.test(next)) return true;
  return countWords(next, 0, next.length) <= 12 && !/["“”«»]/u.test(next) && /[.]$/.test(next);
}

/** A token of a unit: a word, a punctuation mark, or a whole quotation (`q`, its segment index). */
export type Tok = {
  s: number;
  e: number;
  t: string;
  l: string;
  kind: 'w' | 'p' | 'q';
  seg: number;
  cap: boolean;
};

const WORD_RE =
  /(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{N}]*(?:[-'’][\p{L}\p{N}]+)*|\p{N}+(?:[.,:]\p{N}+)*|[^\s\p{L}\p{N}]/gu;

/** Tokens of [start, end): quotation segments inside it become single `q` tokens. */
export function tokenize(text: string, start: number, end: number, segs: readonly QuoteSegment[]): Tok[] {
  const out: Tok[] = [];
  const inside: { g: QuoteSegment; i: number }[] = [];
  for (let i = 0; i < segs.length; i++) {
    const g = segs[i]!;
    if (g.open >= start && g.open < end) inside.push({ g, i });
  }
  let pos = start;
  const words = (a: number, b: number) => {
    WORD_RE.lastIndex = 0;
    const chunk = text.slice(a, b);
    let m: RegExpExecArray | null;
    while ((m = WORD_RE.exec(chunk)) !== null) {
      let w = m[0];
      let s = a + m.index;
      // possessive "Peskov’s" -> "Peskov" + "’s"; Turkish "Erdoğan'ın" stays one word
      const n = w.length;
      const poss = n > 2 && w[n - 1] === 's' && (w[n - 2] === "'" || w[n - 2] === '’');
      if (poss && !/^\p{Ll}/u.test(w)) {
        out.push(tok(text, s, s + n - 2, 'w'));
        s += n - 2;
        w = w.slice(n - 2);
      }
      // the match is the token's text already: no second slice
      out.push(tok(text, s, s + w.length, wordStart(w.charCodeAt(0), w) ? 'w' : 'p', w));
    }
  };
  for (const { g, i } of inside) {
    if (g.open < pos) continue;
    words(pos, g.open);
    const qe = Math.min(end, g.close + 1);
    out.push({ s: g.open, e: qe, t: text.slice(g.open, qe), l: '', kind: 'q', seg: i, cap: false });
    pos = qe;
  }
  words(pos, end);
  return out;
}

/** Tokens of the units of one run (its quotation segments' array), by unit: read by several readers. */
const unitTokenCache = new WeakMap<readonly QuoteSegment[], Map<Unit, { text: string; toks: Tok[] }>>();

/**
 * The tokens of `unit` (one of `input.units`), tokenized once per run: the word reader, the tree
 * reader and the wide reader all walk them. Callers must not modify them.
 */
export function unitTokens(input: Pick<FinderInput, 'text' | 'segs'>, unit: Unit): Tok[] {
  let byUnit = unitTokenCache.get(input.segs);
  if (!byUnit) unitTokenCache.set(input.segs, (byUnit = new Map()));
  const kept = byUnit.get(unit);
  if (kept && kept.text === input.text) return kept.toks;
  const toks = tokenize(input.text, unit.start, unit.end, input.segs);
  byUnit.set(unit, { text: input.text, toks });
  return toks;
}

function tok(text: string, s: number, e: number, kind: 'w' | 'p', t = text.slice(s, e)): Tok {
  const c = t.charCodeAt(0);
  // ASCII answered without the Unicode pattern (most tokens): the same answer, at a fraction of the cost
  const cap = c < 0x80 ? c >= 0x41 && c <= 0x5a : /^\p{Lu}/u.test(t);
  return { s, e, t, l: t.toLowerCase(), kind, seg: -1, cap };
}

/** Does a match of WORD_RE whose first code unit is `c` start with a letter or a digit? */
function wordStart(c: number, w: string): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return /[\p{L}\p{N}]/u.test(w[0]);
}

/** Words in [a, b) of the text (whitespace-separated), for size checks. */
export function countWords(text: string, a: number, b: number): number {
  let n = 0;
  let inWord = false;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    const w = !(c === 32 || c === 10 || c === 9 || c === 13 || c === 160);
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

/** Trim whitespace and the given punctuation from both ends of a span. */
export function trimSpan(text: string, a: number, b: number, punct = /[\s,;:]/): Span {
  while (a < b && /\s/.test(text[a])) a++;
  while (b > a && punct.test(text[b - 1])) b--;
  return { start: a, end: b };
}

// ------------------------------------------------------------------ finders

/** What a finder reads: the text, its units and quotation segments, and where entities are mentioned. */
export type FinderInput = {
  text: string;
  units: readonly Unit[];
  segs: readonly QuoteSegment[];
  /** is there a person mention inside [a, b)? */
  personAt(a: number, b: number): boolean;
  /** does any entity mention start in [a, b)? */
  mentionAt(a: number, b: number): boolean;
  /** the end of a mention of a medium starting at offset a, else -1 */
  mediumAt?(a: number): number;
  /** the end of the time expression (src/nlp/time.ts) starting at offset a, else -1 */
  timeEndAt?(a: number): number;
  /**
   * Read the attributions that are not quotes too (into `FinderOutput.others`): noun-phrase
   * contents, negated or hypothetical cues ("did not say when …"), passives. Off for the quote
   * export, which then does no extra work.
   */
  wide?: boolean;
  /** the document's sentences for the English models, shared with the other stages (tags and trees) */
  sentenceDocs: SentenceDocs;
};

/** A paragraph ending with "X said:" (or "X's remarks:"): X's words follow in the next paragraphs. */
export type ColonIntro = {
  paragraph: number;
  source: Span;
  cue: Span;
  cueText: string;
  at: number;
  kind: 'speech' | 'thought';
  relays: Relay[];
};

/** "X reported that …" with nothing quoted in it: X relays the paragraph's later attributions. */
export type ParagraphRelay = { paragraph: number; from: number; relay: Relay };

export type FinderOutput = {
  attributions: Attribution[];
  intros: ColonIntro[];
  paragraphRelays: ParagraphRelay[];
  /** with `FinderInput.wide`: attributions that are not quotes (never `inherit`, no `parent`) */
  others?: Attribution[];
};

/** A language's reader of one unit. */
export type UnitReader = {
  read(): Attribution[];
  colonIntro(found: Attribution[]): ColonIntro | null;
  readonly paragraphRelays?: readonly ParagraphRelay[];
};

/** Run a unit reader over every unit; `parent` indices become indices of the whole list. */
export function findByUnits(
  input: FinderInput,
  make: (unit: Unit, toks: Tok[], index: number, earlier: Attribution[]) => UnitReader,
): FinderOutput {
  const out: FinderOutput = { attributions: [], intros: [], paragraphRelays: [] };
  for (let u = 0; u < input.units.length; u++) {
    const unit = input.units[u];
    const toks = unitTokens(input, unit);
    if (!toks.length) continue;
    const reader = make(unit, toks, u, out.attributions);
    const found = reader.read();
    const base = out.attributions.length;
    for (const a of found)
      out.attributions.push(a.parent !== undefined ? { ...a, parent: a.parent + base } : a);
    out.paragraphRelays.push(...(reader.paragraphRelays ?? []));
    const intro = reader.colonIntro(found);
    if (intro) out.intros.push(intro);
  }
  return out;
}

/**
 * Quotations inside reported content are direct quotes of the same source when they hold at
 * least `minWords` words ("заявил, что отношения «прошли точку необратимости»").
 */
export function addPartialQuotes(
  text: string,
  toks: readonly Tok[],
  segs: readonly QuoteSegment[],
  out: Attribution[],
  minWords: number,
): void {
  const n = out.length;
  for (let i = 0; i < n; i++) {
    const a = out[i];
    if (a.direct) continue;
    for (const t of toks) {
      if (t.kind !== 'q' || t.s < a.content.start || t.e > a.content.end + 1) continue;
      const g = segs[t.seg];
      const inner = trimSpan(text, g.open + 1, g.close);
      if (countWords(text, inner.start, inner.end) < minWords) continue;
      out.push({ ...a, content: inner, direct: true, mode: 'inherit', parent: i });
    }
  }
}

/**
 * The cue of a colon introduction: the unit ends its paragraph with ":" and nothing in it is
 * attributed past the colon; the last token `isCue` accepts (a speech verb or noun) is returned.
 */
export function colonIntroCue(
  input: FinderInput,
  unitIndex: number,
  toks: readonly Tok[],
  found: readonly Attribution[],
  isCue: (t: Tok) => boolean,
): number {
  const last = toks[toks.length - 1];
  if (!last || last.t !== ':') return -1;
  if (input.units[unitIndex + 1]?.paragraph === input.units[unitIndex].paragraph) return -1;
  if (found.some((a) => a.content.end > last.s)) return -1;
  for (let k = toks.length - 2; k >= 0; k--) if (toks[k].kind === 'w' && isCue(toks[k])) return k;
  return -1;
}

/** A cue found in a unit's tokens: words [i, j] of the unit, their lexicon entry and text. */
export type CueMatch = { i: number; j: number; entry: CueEntry; text: string };

/**
 * The cue scan the Russian and Turkish finders share: at each word, the longest run of up to
 * `maxWords` words (no punctuation or quotation inside) that the language's cue table holds
 * (`lookup`: the table, plus whatever else the language counts as a cue); report verbs are left
 * to the relay readers, and `accept` may veto a match ("как сообщил", "не заявил").
 */
export function scanCues(
  toks: readonly Tok[],
  lookup: (key: string) => CueEntry | undefined,
  maxWords = 1,
  accept: (i: number, entry: CueEntry) => boolean = () => true,
): CueMatch[] {
  const out: CueMatch[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].kind !== 'w') continue;
    for (let n = Math.min(maxWords, toks.length - i); n >= 1; n--) {
      const words = toks.slice(i, i + n);
      if (words.some((t) => t.kind !== 'w')) continue;
      const key = words.map((t) => t.l).join(' ');
      const e = lookup(key);
      if (!e || e.kind === 'report' || !accept(i, e)) continue;
      out.push({ i, j: i + n - 1, entry: e, text: key });
      i += n - 1;
      break;
    }
  }
  return out;
}
