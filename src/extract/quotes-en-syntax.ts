/**
 * English attribution on the dependency parse: the second reader after the word-pattern finder
 * (quotes-en.ts), for the indirect speech it cannot read ("Officials in Brussels, who had
 * hoped for a deal, now say the talks have stalled", "He indicated last month that …").
 *
 * Only units (sentences) holding a speech-verb candidate that the first reader did not use are
 * parsed (the parser runs ~7k tokens/s; most sentences hold no such verb). On the tree:
 *  - cue: a VERB whose word form is in the speech-verb lexicon (src/nlp/lexicon/speech-verbs.ts),
 *    not negated ("did not say"), not under a modal ("would say"), not passive ("was reported"),
 *    not a noun modifier ("the plan announced …"), not an infinitive complement ("refused to say");
 *  - content: the cue's clausal complement (`ccomp`) on either side ("X said Y …", "Y …, X said"),
 *    or, for a post-posed cue in `parataxis` ("Y …, said X."), the clause it hangs from;
 *    "that" and edge punctuation trimmed; three words at least;
 *  - source: the cue's `nsubj` (before or after it: "said X"), or through the clause the cue is
 *    coordinated with ("X met Y and said …"), or the noun a relative clause hangs from ("X, who
 *    said …"); its relative clauses are cut off. No subject, no attribution;
 *  - relays: the hearer of "tell" (`obj`/`iobj`: "told France 24 that …", a relay when it is a
 *    medium) and "in an interview with X" (`obl` → `nmod`).
 * Quotations of three words or more inside the content are direct quotes of the same source.
 */
import { pipelineFor } from '../nlp/analyze.js';
import type { Doc } from '../nlp/doc.js';
import { englishCueIndex, EN_NOUN_HOMOGRAPHS, type CueEntry } from '../nlp/lexicon/speech-verbs.js';
import { INSTITUTION_NOUNS } from '../nlp/lexicon/speaker-roles.js';
import { personHeaded } from './quotes-speaker.js';
import { keepOther, otherCandidates, readOther } from './quotes-en-other.js';
import {
  countWords,
  unitTokens,
  trimSpan,
  type Attribution,
  type FinderInput,
  type Relay,
  type Span,
  type Unit,
} from './quotes-types.js';

/** minimum words of an indirect content read on the tree */
export const MIN_CONTENT_WORDS = 3;
/** minimum words of a quotation inside it to be a direct quote of the same source */
const MIN_PARTIAL_WORDS = 3;
/** units longer than this are not parsed (a run-on list, a table): the parser's window is 250 */
const MAX_UNIT_CHARS = 1500;
const MODALS = new Set([
  'would',
  'could',
  'might',
  'may',
  'should',
  'can',
  'will',
  'shall',
  'must',
  "'ll",
  '’ll',
  "'d",
  '’d',
]);
const NEGATION = new Set(['not', "n't", 'n’t', 'never']);
export const RELATIVE = new Set(['who', 'that', 'which', 'whom']);
/** cue lemmas whose object is a hearer ("told France 24 that …") */
export const HEARER_VERBS = new Set(['tell', 'assure', 'reassure', 'inform', 'remind', 'notify', 'warn']);
/** thought verbs read on the tree (believe, hope …); "know", "expect", "consider" mostly are not attributions */
const THOUGHT_LEMMAS = new Set(['believe', 'think', 'fear', 'hope', 'worry', 'suspect', 'doubt']);
/** verbs of agreeing, proposing and estimating: acts or figures rather than reported speech */
const NOT_ON_TREE = new Set([
  'agree',
  'propose',
  'estimate',
  'forecast',
  'specify',
  'recommend',
  'demand',
  'order',
]);
/** words before a base form that make it an infinitive, a modal or negated form, or an imperative */
const NOT_A_SUBJECT = new Set([
  'to',
  'not',
  "n't",
  'n’t',
  'never',
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'should',
  'must',
  'shall',
  'did',
  'does',
  'do',
  "'ll",
  '’ll',
  "'d",
  '’d',
  'and',
  'or',
  'but',
  'please',
  'let',
]);
const SINGULAR_PRONOUNS = new Set(['he', 'she', 'it']);
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'no',
  'any',
  'some',
  "'s",
  '’s',
]);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'who']);
const INTERVIEW = /^(?:interview|interviews|comments|remarks|conversation|statement)$/i;

/** A cue word of a unit that the first reader left unused. */
export type Candidate = {
  start: number;
  end: number;
  entry: CueEntry;
  repair?: Attribution;
  need?: RepairNeed;
};

/**
 * Attributions read on the tree for the units the word-pattern finder left with an unused cue.
 * `found` is what that finder produced (not modified); the result is new attributions only.
 */
export function findOnTree(
  input: FinderInput,
  found: readonly Attribution[],
  others?: Attribution[],
): Attribution[] {
  const t0 = performance.now();
  try {
    return readUnits(input, found, others);
  } finally {
    treeStats.ms += performance.now() - t0;
  }
}

/**
 * What the tree reader cost in this process (bench/attribution-speed.mjs reports it): units
 * tagged, units parsed, tokens parsed, milliseconds (the English model load included once), and
 * units whose parse gave something (a new attribution, or a mended source or content end): the
 * rest is what a cheaper test before the parse could save at most.
 */
export const treeStats = { unitsTagged: 0, unitsParsed: 0, tokensParsed: 0, ms: 0, unitsYielding: 0 };

function readUnits(input: FinderInput, found: readonly Attribution[], others?: Attribution[]): Attribution[] {
  const out: Attribution[] = [];
  for (const unit of input.units) {
    const cands = candidates(input, unit, found);
    // the wide reading (not quotes): every other speech verb of the unit
    const extra = others ? otherCandidates(input, unit, found, cands) : [];
    if (!cands.length && !extra.length) continue;
    if (unit.end - unit.start > MAX_UNIT_CHARS) continue;
    // tags first (cheap): a unit whose candidates are all nouns ("the state", "his plan") is not parsed.
    // The document's sentence Docs are shared with the event stage: each sentence is analysed once.
    const tagged = input.sentenceDocs.span(unit.start, unit.end, { parse: false });
    if (!tagged) continue;
    if (!tagged.doc.tagged) return out; // no model files: nothing to read
    treeStats.unitsTagged++;
    const at = (c: Candidate) => tagged.doc.tokenAt(c.start - tagged.offset);
    const isVerb = (c: Candidate) => tagged.doc.upos(at(c)) === 'VERB';
    // the wide reading's candidates include statement nouns ("his claim that …")
    const readable = (c: Candidate) => isVerb(c) || tagged.doc.upos(at(c)) === 'NOUN';
    // a verb whose sentence can hold no clause for it reads nothing on the tree (not parsed for it)
    const clausal = (c: Candidate) => isVerb(c) && mayHaveClause(tagged.doc, at(c));
    if (!cands.some(clausal)) {
      // the wide reading still reads those verbs' other contents ("reported a loss")
      if (others) for (const c of cands) if (!c.repair && isVerb(c)) extra.push(c);
      if (!extra.some(readable)) continue;
    }
    if (!pipelineFor('en').parser) return out;
    const parsed = input.sentenceDocs.span(unit.start, unit.end);
    if (!parsed?.doc.parsed) continue;
    const { doc, offset } = parsed;
    treeStats.unitsParsed++;
    treeStats.tokensParsed += doc.length;
    let gave = false;
    for (const c of cands) {
      const a = readCue(input, unit, doc, offset, c);
      if (!a) {
        if (others && !c.repair) keepOther(readOther(input, doc, offset, c), [...found, ...out], others);
        continue;
      }
      if (c.repair) {
        gave = repair(c.repair, a, c.need ?? 'content') || gave;
        continue;
      }
      if ([...found, ...out].some((b) => overlapShare(a.content, b.content) >= 0.5)) continue;
      out.push(a);
      gave = true;
      partials(input, a, out);
    }
    if (gave) treeStats.unitsYielding++;
    if (others)
      for (const c of extra) keepOther(readOther(input, doc, offset, c), [...found, ...out], others);
  }
  return out;
}

/**
 * Speech-verb words of the unit outside quotations, cues and contents already read, that can head
 * a clause here: cheap word tests keep the parser off sentences that cannot give an attribution
 * (a noun reading "the state", "his claims"; a passive "is expected"; an infinitive "plans to";
 * nothing after the verb and no comma before it).
 */
function candidates(input: FinderInput, unit: Unit, found: readonly Attribution[]): Candidate[] {
  const idx = englishCueIndex();
  const here = found.filter((a) => a.content.start < unit.end && a.content.end > unit.start);
  const toks = unitTokens(input, unit);
  const out: Candidate[] = [];
  for (const a of here) {
    if (!a.cue || a.direct || a.mode !== 'np' || a.cue.start < unit.start || a.cue.end > unit.end) continue;
    const entry = idx.get(input.text.slice(a.cue.start, a.cue.end).toLowerCase());
    const need = entry ? needsRepair(input, unit, a) : null;
    // the tree would read the same subject back: no parse for it
    if (need === 'source' && plainSubject(input, unit, a)) continue;
    if (entry && need) out.push({ start: a.cue.start, end: a.cue.end, entry, repair: a, need });
  }
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== 'w') continue;
    const entry = idx.get(t.l);
    // "report" heads a clause ("The Times reported the email came …"): the outlet may be the only source
    if (!entry || (entry.kind === 'report' && entry.lemma !== 'report')) continue;
    if (!entry.frames.includes('clause') && !entry.frames.includes('obj')) continue;
    if (entry.kind === 'thought' && !THOUGHT_LEMMAS.has(entry.lemma)) continue;
    // headlines in capitals are not prose
    if (NOT_ON_TREE.has(entry.lemma) || !/\p{Ll}/u.test(t.t)) continue;
    // a participle gives its clause to the subject of the clause it hangs from (", saying that …")
    if (entry.form === 'gerund' && entry.kind !== 'speech') continue;
    const p1 = toks[i - 1];
    const n1 = toks[i + 1];
    const prev = p1?.kind === 'w' ? p1.l : '';
    // "the said", "was reported" (passive); but "is telling" is a progressive
    if (DETERMINERS.has(prev) || (BE.has(prev) && entry.form !== 'gerund')) continue;
    if (
      (entry.form === 'base' || entry.form === 'third') &&
      EN_NOUN_HOMOGRAPHS.has(entry.lemma) &&
      !(p1?.kind === 'w' && (p1.cap || SUBJECT_PRONOUNS.has(prev)))
    )
      continue;
    // a base form speaks only after a plural or first/second-person subject ("officials say", "we believe")
    if (
      entry.form === 'base' &&
      !(p1?.kind === 'w' && !NOT_A_SUBJECT.has(prev) && !SINGULAR_PRONOUNS.has(prev))
    )
      continue;
    if (n1?.kind === 'w' && (n1.l === 'by' || (n1.l === 'to' && entry.frames.includes('to')))) continue;
    // too few words after the cue for its content: it is post-posed ("…, the airline said Thursday."),
    // which needs a comma or a quotation somewhere before it
    const wordsAfter = toks.slice(i + 1).filter((x) => x.kind !== 'p').length;
    if (wordsAfter < MIN_CONTENT_WORDS && !toks.slice(0, i).some((x) => x.t === ',' || x.kind === 'q'))
      continue;
    if (
      here.some(
        (a) =>
          (a.cue && a.cue.start <= t.s && a.cue.end >= t.e) ||
          (t.s >= a.content.start && t.e <= a.content.end),
      )
    )
      continue;
    // a finite cue opening its unit has no subject in it (a fragment of a broken sentence:
    // "said it filed a registration statement …"); a participle may ("Noting that …, X said")
    if (entry.form !== 'gerund' && !toks.slice(0, i).some((x) => x.kind === 'w')) continue;
    out.push({ start: t.s, end: t.e, entry });
  }
  return out;
}

/**
 * Can the tagged cue at token `v` have a clause for its content (readCue: a `ccomp`, a "that"
 * clause, or the clause a post-posed cue follows)? Only when its sentence holds another verb or
 * auxiliary (a clause's head, or the copula of a noun or adjective predicate), or a comma, colon,
 * dash or quotation mark before the cue (a post-posed cue may follow a verbless clause: "Up 5 pct
 * from a year ago, the company said."). "The company today reported a net loss of 6.5 mln dlrs"
 * holds none: its sentence is not parsed for it.
 */
function mayHaveClause(doc: Doc, v: number): boolean {
  const { first, last } = doc.sentenceTokens(doc.sentenceOf[v]!);
  for (let k = first; k < last; k++) {
    if (k === v) continue;
    const u = doc.upos(k);
    if (u === 'VERB' || u === 'AUX') return true;
    if (k < v && u === 'PUNCT' && CLAUSE_BEFORE.test(doc.form(k))) return true;
  }
  return false;
}
const CLAUSE_BEFORE = /^[,:;"“”'‘’«»—–-]$/;

/** `doc` covers the unit's sentences from text position `base`. */
function readCue(input: FinderInput, unit: Unit, doc: Doc, base: number, c: Candidate): Attribution | null {
  const v = doc.tokenAt(c.start - base);
  if (v < 0 || doc.upos(v) !== 'VERB') return null;
  const rel = doc.deprel(v) ?? '';
  const gerund = /ing$/i.test(doc.form(v));
  if (/^(?:amod|csubj|nsubj|obj|obl|nmod|compound)/.test(rel)) return null;
  if ((rel === 'acl' || rel === 'xcomp') && !gerund) return null;
  const kids = doc.children(v);
  for (const k of kids) {
    const r = doc.deprel(k) ?? '';
    const w = doc.form(k).toLowerCase();
    if ((r === 'advmod' || r === 'neg') && NEGATION.has(w)) return null;
    if (r === 'aux' && MODALS.has(w)) return null;
    if (r === 'aux' && w === 'to') return null;
    if (r === 'aux:pass' || r === 'nsubj:pass') return null;
  }
  // content
  const sentence = doc.sentenceTokens(doc.sentenceOf[v]!);
  let range: { first: number; last: number } | null = null;
  const ccomp = doc.dependents(v, 'ccomp')[0] ?? thatClause(doc, v);
  if (ccomp !== undefined) range = doc.subtree(ccomp);
  else if (rel === 'parataxis' && !doc.dependents(v, 'obj').length) {
    // "Y …, said X." / "Y …, X said.": the clause the cue hangs from, up to the cue's own words;
    // a cue with an object of its own says that ("Campaigning in Ohio, he mentioned the plant")
    const h = doc.head(v)!;
    const own = doc.subtree(v);
    if (h < own.first && own.last >= lastWord(doc, sentence.last)) {
      const hs = doc.subtree(h);
      range = { first: hs.first, last: own.first };
    }
  }
  if (!range) return null;
  // source
  const source = sourceOf(doc, v, rel);
  if (source === null) return null;
  const contentSpan = spanOf(doc, range, base, input.text, true);
  if (!contentSpan || countWords(input.text, contentSpan.start, contentSpan.end) < MIN_CONTENT_WORDS)
    return null;
  const srcSpan = spanOf(doc, source, base, input.text, false);
  if (!srcSpan) return null;
  // the source must not lie inside the content (a parse that went wrong)
  if (srcSpan.start < contentSpan.end && srcSpan.end > contentSpan.start) return null;
  const cue = { start: c.start, end: c.end };
  // `…,” X said.` whose opening mark is out of the unit: the words are a quotation
  const closing = /["”»]$/.test(input.text.slice(contentSpan.end - 1, contentSpan.end));
  const direct = closing && !/["“«]/.test(input.text.slice(contentSpan.start, contentSpan.end - 1));
  const content = direct
    ? trimSpan(input.text, contentSpan.start, contentSpan.end - 1, /[\s,;:.!?]/)
    : contentSpan;
  return {
    content,
    direct,
    cue,
    cueText: input.text.slice(c.start, c.end).toLowerCase(),
    kind: c.entry.kind === 'thought' ? 'thought' : 'speech',
    source: srcSpan,
    mode: 'np',
    relays: relaysOf(doc, v, c.entry, base, input.text),
    at: Math.min(srcSpan.start, cue.start),
    mediaMaySpeak: c.entry.kind === 'report',
  };
}

/** The cue's subject phrase (relative clauses cut off), through coordination or a relative clause. */
export function sourceOf(doc: Doc, v: number, rel: string): { first: number; last: number } | null {
  const subj = doc.dependents(v, 'nsubj').filter((k) => doc.deprel(k) === 'nsubj')[0];
  if (subj !== undefined) {
    if (rel === 'acl:relcl' && RELATIVE.has(doc.form(subj).toLowerCase()))
      return nounPhrase(doc, doc.head(v)!);
    return nounPhrase(doc, subj);
  }
  if (/^(?:advcl|xcomp)/.test(rel) && /ing$/i.test(doc.form(v))) {
    // "…, saying that …", "began by saying …": the subject of the clause the participle hangs from
    const h = doc.head(v)!;
    // "RIA reported …, suggesting that …": the outlet's comment on its report, not a quotation;
    // and a participle hanging inside another clause ("reported that X had …, suggesting") is not X's
    if (doc.lemma(h) === 'report' || !/^(?:root|conj)$/.test(doc.deprel(h) ?? '')) return null;
    const s = doc.dependents(h, 'nsubj').filter((k) => !RELATIVE.has(doc.form(k).toLowerCase()))[0];
    return s === undefined ? null : nounPhrase(doc, s);
  }
  if (rel === 'acl' && /ing$/i.test(doc.form(v))) {
    // "a statement saying that …", "a letter from his doctor saying …": the noun speaks
    return nounPhrase(doc, doc.head(v)!);
  }
  if (rel === 'conj' || rel === 'parataxis') {
    // "X met Y and said …"; "X, who had hoped …, now say …" (a relative clause the parser took for the main one)
    const h = doc.head(v)!;
    // "Political observers in X and around the country say …": the parser made the subject the root
    if (h < v && rel === 'conj' && /^(?:NOUN|PROPN)$/.test(doc.upos(h) ?? '') && doc.deprel(h) === 'root') {
      let last = v;
      while (last > h && /^(?:CCONJ|PUNCT|ADV)$/.test(doc.upos(last - 1) ?? '')) last--;
      return { first: doc.subtree(h).first, last };
    }
    if (h > v || !/^(?:VERB|ADJ)$/.test(doc.upos(h) ?? '')) return null;
    const s = doc.dependents(h, 'nsubj').filter((k) => !RELATIVE.has(doc.form(k).toLowerCase()))[0];
    if (s === undefined) return null;
    // "Sources close to X say …": the adjective the parser made the head belongs to the subject
    if (doc.upos(h) === 'ADJ') return { first: doc.subtree(s).first, last: v };
    return nounPhrase(doc, s);
  }
  return null;
}

/**
 * A "that" clause the parser hung below the cue's adverb ("told X, however, that …"): a verb at
 * most two steps below the cue, after it, marked by "that".
 */
export function thatClause(doc: Doc, v: number): number | undefined {
  for (const k of doc.children(v)) {
    if (k < v) continue;
    const via = doc.deprel(k) ?? '';
    const below = /^(?:advmod|obl)/.test(via) ? doc.children(k) : [];
    // "says at a stop in Toledo, Ohio, that …": the parser may make the clause an advcl or conj
    for (const c of via === 'advcl' || via === 'conj' ? [k] : below) {
      // a predicate: a verb or adjective, or a noun with a copula ("that waterboarding is peanuts")
      const predicate =
        /^(?:VERB|AUX|ADJ)$/.test(doc.upos(c) ?? '') || doc.dependents(c, 'cop', 'nsubj').length >= 2;
      if (c < v || c === v || !predicate) continue;
      const mark = doc.dependents(c, 'mark')[0];
      if (mark !== undefined && doc.form(mark).toLowerCase() === 'that' && mark > v) return c;
    }
  }
  return undefined;
}

/** A noun phrase's tokens without its relative clauses, clausal modifiers and edge punctuation. */
export function nounPhrase(doc: Doc, head: number): { first: number; last: number } {
  const { first } = doc.subtree(head);
  let { last } = doc.subtree(head);
  for (const k of doc.children(head)) {
    const r = doc.deprel(k) ?? '';
    if (!/^(?:acl|parataxis)/.test(r)) continue;
    const s = doc.subtree(k);
    if (s.first > head) last = Math.min(last, s.first);
  }
  return { first, last };
}

export function relaysOf(doc: Doc, v: number, entry: CueEntry, base: number, text: string): Relay[] {
  const out: Relay[] = [];
  for (const k of doc.children(v)) {
    const r = doc.deprel(k) ?? '';
    if ((r === 'obj' || r === 'iobj') && HEARER_VERBS.has(entry.lemma)) {
      const s = spanOf(doc, nounPhrase(doc, k), base, text, false);
      if (s) out.push({ ...s, mediaOnly: true });
    }
    if (r === 'obl' && INTERVIEW.test(doc.form(k))) {
      for (const n of doc.dependents(k, 'nmod')) {
        const s = spanOf(doc, nounPhrase(doc, n), base, text, false);
        if (s) out.push({ ...s, mediaOnly: false });
      }
    }
  }
  return out;
}

/**
 * Should the tree check an attribution the word patterns read? When its source phrase names
 * nothing that can speak (`source`: no name, pronoun, person or institution noun: "nuclear
 * nonproliferation" cut from "Experts on North Korea and nuclear nonproliferation", "long" from
 * "Mr. Ryan has long said", "His" from "His campaign manager, Jeff Weaver, said"), or when its
 * content stops at "and"/"but" with more of the sentence after it (`content`: "said she was
 * tired … and wanted …").
 */
function needsRepair(input: FinderInput, unit: Unit, a: Attribution): RepairNeed | null {
  const src = a.source ? input.text.slice(a.source.start, a.source.end) : '';
  const low = src.toLowerCase();
  // a capital counts past a leading determiner or possessive ("His", "The")
  const named = src
    .split(/\s+/)
    .some((w, i) => /^\p{Lu}/u.test(w) && !(i === 0 && DETERMINERS.has(w.toLowerCase())));
  const speaks =
    named ||
    /^(?:he|she|they|we|i|you|it|who)$/.test(low) ||
    personHeaded(low) ||
    INSTITUTION_NOUNS.en.some((n) => low === n || low.endsWith(' ' + n));
  if (a.source && !speaks) return 'source';
  const after = input.text.slice(a.content.end, unit.end);
  // ("…, but accused Baku of …": a verb of speech after ", but" is the speaker's next statement)
  const butNext = /^\s*,\s*but\s+(\p{L}+)/u.exec(after)?.[1]?.toLowerCase() ?? '';
  const cue = englishCueIndex().get(butNext);
  return /^\s*,?\s*(?:and|but)\s+\S+\s+\S+\s+\S+/.test(after) &&
    !/^\s*,?\s*(?:and|but)\s+(?:said|says|added|told)\b/.test(after) &&
    !(cue && cue.kind === 'speech' && cue.form === 'past')
    ? 'content'
    : null;
}

type RepairNeed = 'source' | 'content';

const PLAIN_DETERMINERS = /^(?:the|a|an|this|that|these|those|its|his|her|their)$/i;
/**
 * A source that needs a repair ('source': it names nothing that speaks) but is all the tree can
 * read as the cue's subject: a determiner and one to three lower-case words ("The report",
 * "the trust", "a new poll") right before the cue, opening the unit or after a comma. Parsing
 * for it gives the same source back (on 2,000 Reuters stories: 71 such units parsed, no change).
 */
function plainSubject(input: FinderInput, unit: Unit, a: Attribution): boolean {
  if (!a.source || !a.cue || a.source.end > a.cue.start) return false;
  if (!/^\s+$/.test(input.text.slice(a.source.end, a.cue.start))) return false;
  const words = input.text.slice(a.source.start, a.source.end).split(/\s+/);
  if (words.length < 2 || words.length > 4 || !PLAIN_DETERMINERS.test(words[0]!)) return false;
  if (!words.slice(1).every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w))) return false;
  return /(?:^|,)\s*$/.test(input.text.slice(unit.start, a.source.start));
}

/**
 * The tree's reading of the same cue mends the first reader's source or content end. A source
 * that names nothing gives way to the tree's subject; a source that speaks only to one that
 * holds it ("Jeff Weaver" -> "His campaign manager, Jeff Weaver"). True when anything changed.
 */
function repair(a: Attribution, t: Attribution, need: RepairNeed): boolean {
  let changed = false;
  const holds = !!a.source && !!t.source && t.source.start <= a.source.start && t.source.end >= a.source.end;
  if (t.source && (holds || need === 'source')) {
    changed = a.source?.start !== t.source.start || a.source?.end !== t.source.end;
    a.source = t.source;
    a.at = Math.min(a.at, t.source.start);
  }
  // the same clause, longer: "she was tired of the status quo and wanted a candidate …"
  if (Math.abs(t.content.start - a.content.start) <= 5 && t.content.end > a.content.end) {
    a.content = { ...a.content, end: t.content.end };
    changed = true;
  }
  return changed;
}

/** Last non-punctuation token before `last` (exclusive bound of the sentence). */
function lastWord(doc: Doc, last: number): number {
  let k = last - 1;
  while (k > 0 && doc.upos(k) === 'PUNCT') k--;
  return k + 1;
}

/** Character span of a token range, without a leading "that" (content) and edge punctuation. */
export function spanOf(
  doc: Doc,
  r: { first: number; last: number },
  base: number,
  text: string,
  content: boolean,
): Span | null {
  let { first, last } = r;
  while (first < last && doc.upos(first) === 'PUNCT' && !/^["“‘«]$/.test(doc.form(first))) first++;
  if (
    content &&
    first < last &&
    doc.deprel(first) === 'mark' &&
    /^(?:that|whether|if)$/i.test(doc.form(first))
  )
    first++;
  while (last > first && doc.upos(last - 1) === 'PUNCT' && !/^["”’»]$/.test(doc.form(last - 1))) last--;
  if (last <= first) return null;
  const s = doc.span({ first, last });
  const t = trimSpan(text, s.start + base, s.end + base, /[\s,;:—–-]/);
  return t.end > t.start ? t : null;
}

export function overlapShare(a: Span, b: Span): number {
  const o = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return o <= 0 ? 0 : o / Math.min(a.end - a.start, b.end - b.start);
}

/** Quotations inside a tree-read content: direct quotes of the same source. */
function partials(input: FinderInput, a: Attribution, out: Attribution[]): void {
  const parent = out.indexOf(a);
  for (const g of input.segs) {
    if (g.open < a.content.start || g.close > a.content.end + 1) continue;
    const inner = trimSpan(input.text, g.open + 1, g.close);
    if (countWords(input.text, inner.start, inner.end) < MIN_PARTIAL_WORDS) continue;
    out.push({ ...a, content: inner, direct: true, mode: 'inherit', parent });
  }
}
