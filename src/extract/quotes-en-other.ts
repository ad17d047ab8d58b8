/**
 * English attributions that are not quotes, read on the dependency parse for the attribution
 * layer (`extractAttributions`, FinderInput.wide) and never for the quote export.
 *
 * A news attribution's content is not always a statement's words. PolNeAR's annotation
 * guidelines (Newell et al. 2018) count as content whatever the cue's complement reports:
 *  - a noun phrase standing for what was said or made known: "X announced his resignation",
 *    "Y denied the report", "the ad mentions Z" (`obj` of a verb whose object is the thing said;
 *    "complained about the referee", "asked him about the deal": the `obl` after "about");
 *  - an infinitive of a verb of promising, urging or telling: "vowed to cut taxes", "told his
 *    staff to find a way" (`xcomp`/`advcl` marked by "to");
 *  - a passive whose subject is what was reported: "The plan was first reported by X" (source:
 *    the `by` agent; no agent, no source);
 *  - a clause under a cue that is negated or hypothetical ("has not said when …", "would not
 *    say whether …"), which the quote reader leaves out on purpose: nothing was stated.
 * None of these is a quotation a reader of the knowledge base should see as someone's words, so
 * the quote export keeps them out; the attribution layer reports them with their content kind.
 */
import type { Doc } from '../nlp/doc.js';
import { englishCueIndex, EN_STATEMENT_NOUNS } from '../nlp/lexicon/speech-verbs.js';
import {
  HEARER_VERBS,
  MIN_CONTENT_WORDS,
  RELATIVE,
  nounPhrase,
  overlapShare,
  relaysOf,
  sourceOf,
  spanOf,
  thatClause,
  type Candidate,
} from './quotes-en-syntax.js';
import {
  countWords,
  unitTokens,
  type Attribution,
  type ContentKind,
  type Relay,
  type Span,
  type FinderInput,
  type Unit,
} from './quotes-types.js';

/**
 * Verbs of saying whose direct object is the thing said or made known ("announced the pick",
 * "denied the report", "mentioned Machado"), not a hearer ("told reporters") or a target
 * ("praised the deal", "accused X": evaluations, which are acts about X, not reports of X).
 */
const NP_CONTENT_LEMMAS = new Set(
  `say announce report mention reveal disclose deny confirm acknowledge admit note stress emphasize
emphasise underline underscore highlight reiterate repeat promise pledge vow claim explain write
tweet post declare recall predict suggest propose recommend demand state allege reaffirm affirm
clarify specify indicate signal forecast estimate concede threaten urge answer`
    .split(/\s+/)
    .filter(Boolean),
);
/** verbs of promising, urging and telling whose infinitive is what was promised or asked */
const INFINITIVE_LEMMAS = new Set(['ask', 'urge', 'call', 'instruct', 'order', 'demand', 'threaten']);
/**
 * Prepositions whose phrase is the content ("complained about the rota", "commented on the
 * shooting", "warned of the risk", "asked the court for a ruling"); `about` for every cue.
 */
const PREPOSITIONS: Readonly<Record<string, ReadonlySet<string>>> = {
  on: new Set(['comment', 'remark', 'testify']),
  of: new Set(['warn', 'complain']),
  for: new Set(['ask', 'call']),
};
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'this',
  'that',
]);

/** Speech-verb words of the unit that neither reader used and that `cands` does not hold. */
export function otherCandidates(
  input: FinderInput,
  unit: Unit,
  found: readonly Attribution[],
  cands: readonly Candidate[],
): Candidate[] {
  const idx = englishCueIndex();
  const here = found.filter((a) => a.content.start < unit.end && a.content.end > unit.start);
  const toks = unitTokens(input, unit);
  const out: Candidate[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== 'w' || !/\p{Ll}/u.test(t.t)) continue;
    const noun = EN_STATEMENT_NOUNS.has(t.l);
    let entry = idx.get(t.l);
    // beliefs are not reported speech; "the said agreement" is no verb, "his report" a noun cue
    if (entry?.kind === 'thought') continue;
    const prev = toks[i - 1];
    if (entry && prev?.kind === 'w' && DETERMINERS.has(prev.l)) entry = undefined;
    if (!entry && noun) entry = { lemma: t.l.replace(/s$/, ''), kind: 'speech', frames: [], form: 'base' };
    if (!entry) continue;
    if (cands.some((c) => c.start === t.s)) continue;
    if (
      here.some(
        (a) =>
          (a.cue && a.cue.start <= t.s && a.cue.end >= t.e) ||
          (t.s >= a.content.start && t.e <= a.content.end),
      )
    )
      continue;
    out.push({ start: t.s, end: t.e, entry });
  }
  return out;
}

/** The attribution a cue gives when its complement is not a statement's words (null: none). */
/** `doc` covers the unit's sentences from text position `base`. */
export function readOther(input: FinderInput, doc: Doc, base: number, c: Candidate): Attribution | null {
  const v = doc.tokenAt(c.start - base);
  if (v >= 0 && doc.upos(v) === 'NOUN' && EN_STATEMENT_NOUNS.has(doc.form(v).toLowerCase()))
    return readNounCue(input, doc, base, c, v);
  if (v < 0 || doc.upos(v) !== 'VERB') return null;
  const rel = doc.deprel(v) ?? '';
  // a participle modifying a noun ("the plan announced …") or a verb taken for a noun's role
  if (/^(?:amod|csubj|nsubj|obj|compound|nmod)/.test(rel)) return null;
  const lemma = c.entry.lemma;
  if (c.entry.kind === 'thought') return null;
  const kids = doc.children(v);
  const passive = kids.some((k) => /^(?:aux:pass|nsubj:pass)$/.test(doc.deprel(k) ?? ''));
  const subjPass = doc.dependents(v, 'nsubj:pass')[0];
  const agent = passive ? doc.dependents(v, 'obl:agent')[0] : undefined;
  let range: { first: number; last: number } | null = null;
  let kind: ContentKind = 'clause';
  const ccomp = doc.dependents(v, 'ccomp')[0] ?? thatClause(doc, v);
  if (ccomp !== undefined) range = doc.subtree(ccomp);
  else if (subjPass !== undefined) {
    // "The registration issue was first reported by The Washington Post."
    // of the verbs whose object is the thing said: "The program was called …" names, it reports nothing
    if (!NP_CONTENT_LEMMAS.has(lemma) || subjPass > v || !isContentNoun(doc, subjPass)) return null;
    range = nounPhrase(doc, subjPass);
    kind = 'np';
  } else {
    const inf = kids.find(
      (k) =>
        k > v &&
        /^(?:xcomp|advcl)$/.test(doc.deprel(k) ?? '') &&
        doc.upos(k) === 'VERB' &&
        doc.dependents(k, 'mark').some((m) => doc.form(m).toLowerCase() === 'to' && m > v),
    );
    const obj = doc.dependents(v, 'obj').find((k) => k > v);
    // "mentioned refinancing student loans": a gerund the parser hangs as xcomp is the object
    const gerund = kids.find(
      (k) =>
        k > v && doc.deprel(k) === 'xcomp' && /ing$/i.test(doc.form(k)) && !doc.dependents(k, 'mark').length,
    );
    const prep = kids.find((k) => k > v && doc.deprel(k) === 'obl' && contentCase(doc, k, lemma));
    if (
      inf !== undefined &&
      (c.entry.frames.includes('to') || HEARER_VERBS.has(lemma) || INFINITIVE_LEMMAS.has(lemma))
    )
      range = doc.subtree(inf);
    else if (gerund !== undefined && NP_CONTENT_LEMMAS.has(lemma)) range = doc.subtree(gerund);
    else if (obj !== undefined && NP_CONTENT_LEMMAS.has(lemma) && isContentNoun(doc, obj)) {
      range = doc.subtree(obj);
      kind = 'np';
    } else if (prep !== undefined) {
      const r = doc.subtree(prep);
      range = { first: Math.max(r.first, doc.dependents(prep, 'case')[0]! + 1), last: r.last };
      kind = 'np';
    }
  }
  if (!range) return null;
  const content = spanOf(doc, range, base, input.text, true);
  if (!content) return null;
  if (kind === 'clause' && countWords(input.text, content.start, content.end) < MIN_CONTENT_WORDS)
    return null;
  // source: the subject; the controller of "refused to say"; the agent of a passive
  let src = passive ? null : sourceOf(doc, v, rel);
  if (!passive && src === null && rel === 'xcomp') {
    const h = doc.head(v)!;
    const s = doc.dependents(h, 'nsubj').filter((k) => !RELATIVE.has(doc.form(k).toLowerCase()))[0];
    if (s !== undefined) src = nounPhrase(doc, s);
  }
  if (agent !== undefined) src = withoutCase(doc, nounPhrase(doc, agent));
  // a passive names no source without its agent; "When asked whether …", "Asked why …" neither
  const asked = lemma === 'ask' && doc.dependents(v, 'nsubj').length === 0;
  if (src === null && !passive && !asked) return null;
  const source = src ? spanOf(doc, src, base, input.text, false) : null;
  if (src && !source) return null;
  return speechAttribution(
    input,
    c,
    content,
    source,
    relaysOf(doc, v, c.entry, base, input.text),
    c.entry.kind === 'report',
    kind,
  );
}

/**
 * The attribution of a cue read on the tree, or null when the source lies inside the content
 * (a parse that went wrong).
 */
function speechAttribution(
  input: FinderInput,
  c: Candidate,
  content: Span,
  source: Span | null,
  relays: Relay[],
  mediaMaySpeak: boolean,
  contentKind: ContentKind,
): Attribution | null {
  if (source && source.start < content.end && source.end > content.start) return null;
  const cue = { start: c.start, end: c.end };
  return {
    content,
    direct: false,
    cue,
    cueText: input.text.slice(c.start, c.end).toLowerCase(),
    kind: 'speech',
    source,
    mode: 'np',
    relays,
    at: source ? Math.min(source.start, cue.start) : cue.start,
    mediaMaySpeak,
    contentKind,
  };
}

/** statement nouns whose "of" phrase is what was stated ("claims of abuse"; "the statement of X" is its source) */
const OF_NOUNS = new Set(
  `mention promise pledge vow warning denial report complaint accusation allegation claim
admission acknowledgment acknowledgement prediction declaration`.split(/\s+/),
);
/** statement nouns whose infinitive is what was promised ("his pledge to cut taxes") */
const TO_NOUNS = new Set(['promise', 'pledge', 'vow', 'threat']);

/**
 * A statement noun and its complement: "Trump's claim that …" (a `that` clause the parser hangs
 * on the noun, not a relative clause), "his pledge to …", "her comments about …", "reports of
 * the explosion". Source: the possessor, a "by"/"from" phrase, a name compounded before the
 * noun ("a New York Times report"), or the subject of the verb the noun is the object of ("She
 * repeated the claim that …"); else none.
 */
function readNounCue(
  input: FinderInput,
  doc: Doc,
  base: number,
  c: Candidate,
  n: number,
): Attribution | null {
  const lemma = doc.form(n).toLowerCase().replace(/s$/, '');
  const kids = doc.children(n).filter((k) => k > n);
  let range: { first: number; last: number } | null = null;
  let kind: ContentKind = 'clause';
  for (const k of kids) {
    const r = doc.deprel(k) ?? '';
    if (r !== 'acl' && r !== 'ccomp' && r !== 'advcl') continue;
    const mark = doc.dependents(k, 'mark').map((m) => doc.form(m).toLowerCase());
    if (mark.includes('that') || (mark.includes('to') && TO_NOUNS.has(lemma))) {
      range = doc.subtree(k);
      break;
    }
  }
  if (!range) {
    const np = kids.find(
      (k) =>
        /^nmod$/.test(doc.deprel(k) ?? '') &&
        doc.dependents(k, 'case').some((p) => {
          const w = doc.form(p).toLowerCase();
          return w === 'about' || w === 'on' || (w === 'of' && OF_NOUNS.has(lemma));
        }),
    );
    if (np === undefined || !isContentNoun(doc, np)) return null;
    range = withoutCase(doc, doc.subtree(np));
    kind = 'np';
  }
  const content = spanOf(doc, range, base, input.text, true);
  if (!content) return null;
  if (kind === 'clause' && countWords(input.text, content.start, content.end) < MIN_CONTENT_WORDS)
    return null;
  let src: { first: number; last: number } | null = null;
  const poss = doc.dependents(n, 'nmod:poss')[0];
  const by = kids.find(
    (k) =>
      doc.deprel(k) === 'nmod' && doc.dependents(k, 'case').some((p) => /^(?:by|from)$/i.test(doc.form(p))),
  );
  const names = doc.dependents(n, 'compound').filter((k) => k < n && doc.upos(k) === 'PROPN');
  if (poss !== undefined) src = nounPhrase(doc, poss);
  else if (by !== undefined) src = withoutCase(doc, nounPhrase(doc, by));
  else if (names.length) src = { first: doc.subtree(names[0]).first, last: names[names.length - 1] + 1 };
  else if (doc.deprel(n) === 'obj') {
    const s = doc
      .dependents(doc.head(n)!, 'nsubj')
      .filter((k) => doc.deprel(k) === 'nsubj' && !RELATIVE.has(doc.form(k).toLowerCase()))[0];
    if (s !== undefined) src = nounPhrase(doc, s);
  }
  const source = src ? spanOf(doc, src, base, input.text, false) : null;
  return speechAttribution(input, c, content, source, [], lemma === 'report', kind);
}

/** Does the phrase `k` open with a preposition that makes it the content of `lemma`? */
function contentCase(doc: Doc, k: number, lemma: string): boolean {
  return doc.dependents(k, 'case').some((p) => {
    const w = doc.form(p).toLowerCase();
    return w === 'about' || !!PREPOSITIONS[w]?.has(lemma);
  });
}

/** A phrase without its leading preposition ("by the agency" -> "the agency"). */
function withoutCase(doc: Doc, r: { first: number; last: number }): { first: number; last: number } {
  return doc.upos(r.first) === 'ADP' && r.last > r.first + 1 ? { first: r.first + 1, last: r.last } : r;
}

/**
 * A noun phrase head that can stand for what was said: not a pronoun ("denied it": the content is
 * elsewhere) and not a time the parser took for an object ("announced Monday").
 */
function isContentNoun(doc: Doc, k: number): boolean {
  return doc.upos(k) !== 'PRON' && !TIME_WORD.test(doc.form(k));
}
const TIME_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|morning|afternoon|evening|night|day|week|month|year|weekend)s?$/i;

/** Keep `a` unless its content is mostly one already read. */
export function keepOther(a: Attribution | null, taken: readonly Attribution[], others: Attribution[]): void {
  if (!a) return;
  if ([...taken, ...others].some((b) => overlapShare(a.content, b.content) >= 0.5)) return;
  others.push(a);
}
