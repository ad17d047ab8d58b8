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
import { englishCueIndex } from '../nlp/lexicon/speech-verbs.js';
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
  tokenize,
  type Attribution,
  type ContentKind,
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
/** "commented on the shooting", "remarked on …": the `on` phrase is the content */
const ON_LEMMAS = new Set(['comment', 'remark', 'testify']);
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
  const toks = tokenize(input.text, unit.start, unit.end, input.segs);
  const out: Candidate[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== 'w' || !/\p{Ll}/u.test(t.t)) continue;
    const entry = idx.get(t.l);
    // beliefs are not reported speech; "the said agreement", "his report" are no verbs
    if (!entry || entry.kind === 'thought') continue;
    const prev = toks[i - 1];
    if (prev?.kind === 'w' && DETERMINERS.has(prev.l)) continue;
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
  if (v < 0 || doc.upos(v) !== 'VERB') return null;
  const rel = doc.deprel(v) ?? '';
  // a participle modifying a noun ("the plan announced …") or a verb taken for a noun's role
  if (/^(?:amod|csubj|nsubj|obj|compound|nmod)/.test(rel)) return null;
  const lemma = c.entry.lemma;
  if (c.entry.kind === 'thought') return null;
  const kids = doc.children(v);
  const passive = kids.some((k) => /^(?:aux:pass|nsubj:pass)$/.test(doc.deprel(k) ?? ''));
  let range: { first: number; last: number } | null = null;
  let kind: ContentKind = 'clause';
  let agent: number | undefined;
  const ccomp = doc.dependents(v, 'ccomp')[0] ?? thatClause(doc, v);
  if (ccomp !== undefined) range = doc.subtree(ccomp);
  else if (passive) {
    // "The registration issue was first reported by The Washington Post."
    // of the verbs whose object is the thing said: "The program was called …" names, it reports nothing
    const subj = doc.dependents(v, 'nsubj:pass')[0];
    if (!NP_CONTENT_LEMMAS.has(lemma) || subj === undefined || subj > v || !isContentNoun(doc, subj))
      return null;
    range = nounPhrase(doc, subj);
    kind = 'np';
    agent = doc.dependents(v, 'obl:agent')[0];
  } else {
    const inf = kids.find(
      (k) =>
        k > v &&
        /^(?:xcomp|advcl)$/.test(doc.deprel(k) ?? '') &&
        doc.upos(k) === 'VERB' &&
        doc.dependents(k, 'mark').some((m) => doc.form(m).toLowerCase() === 'to' && m > v),
    );
    const obj = doc.dependents(v, 'obj').find((k) => k > v);
    const prep = kids.find(
      (k) =>
        k > v &&
        doc.deprel(k) === 'obl' &&
        doc
          .dependents(k, 'case')
          .some((p) => /^about$/i.test(doc.form(p)) || (ON_LEMMAS.has(lemma) && /^on$/i.test(doc.form(p)))),
    );
    if (
      inf !== undefined &&
      (c.entry.frames.includes('to') || HEARER_VERBS.has(lemma) || INFINITIVE_LEMMAS.has(lemma))
    )
      range = doc.subtree(inf);
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
  if (passive && agent !== undefined) {
    const np = nounPhrase(doc, agent);
    src = { first: doc.form(np.first).toLowerCase() === 'by' ? np.first + 1 : np.first, last: np.last };
  }
  if (src === null && !passive) return null;
  const source = src ? spanOf(doc, src, base, input.text, false) : null;
  if (src && !source) return null;
  // the source must not lie inside the content (a parse that went wrong)
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
    relays: relaysOf(doc, v, c.entry, base, input.text),
    at: source ? Math.min(source.start, cue.start) : cue.start,
    mediaMaySpeak: c.entry.kind === 'report',
    contentKind: kind,
  };
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
