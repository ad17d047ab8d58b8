/**
 * English event arguments from the dependency tree (src/nlp/en): who is the syntactic subject of
 * a verb trigger, and whose subject governs a nominal one.
 *
 * The parser costs about 0.15 ms a token, so only sentences that hold a trigger are parsed, each
 * once, and only the sentence's own text (`sentenceParser`). The tree is used where it beats the
 * nearest-mention heuristics of events.ts and nowhere else:
 * - a verb trigger's actor is the entity inside its `nsubj` (for a verb coordinated with an
 *   earlier one, "X met Y and signed …", the first conjunct's subject; for "agreed to sign" and a
 *   participle clause, "Accusing Russia …, X said", the governing verb's), not the nearest name to
 *   its left ("Pashinyan, speaking to Putin, accused …": Pashinyan);
 * - a nominal trigger that is the object of a content verb ("X described the signing of the
 *   treaty", "X welcomed the talks") has no actor in that verb's subject: X talks about the event,
 *   X did not do it. Support verbs that make the noun a deed of their subject ("held talks", "paid
 *   a visit", "took part in the summit", "signed the agreement") keep it.
 * When the sentence is not parsed (no model files) every answer is null and the heuristics stand.
 */
import type { Doc } from '../nlp/doc.js';
import type { SentenceDocs } from '../nlp/sentence-docs.js';
import { isPersonNoun } from '../nlp/lexicon/speaker-roles.js';

export type Span = { start: number; end: number };
export type SentenceParse = { doc: Doc; offset: number };

/**
 * The parse of the sentence holding `[start, end)`, from the document's shared sentence Docs
 * (each sentence parsed once, whichever stage asks first); null when the language has no parser.
 */
export function sentenceParser(docs: SentenceDocs): (start: number, end: number) => SentenceParse | null {
  return (start, end) => {
    const p = docs.span(start, end);
    return p?.doc.parsed ? p : null;
  };
}

/** verbs whose object noun is a deed of their subject: "held talks", "paid a visit", "took part in" */
const SUPPORT_VERBS = new Set([
  'hold',
  'have',
  'conduct',
  'pay',
  'make',
  'take',
  'attend',
  'join',
  'participate',
  'host',
  'chair',
  'lead',
  'organize',
  'organise',
  'stage',
  'carry',
  'launch',
  'begin',
  'start',
  'continue',
  'resume',
  'complete',
  'conclude',
  'finish',
  'sign',
  'reach',
  'impose',
  'introduce',
  'give',
  'provide',
  'send',
  'offer',
  'deliver',
  'open',
  'arrive',
  'be',
  'go',
  'come',
  'travel',
  'speak',
  'meet',
]);

function tokenOf(p: SentenceParse, pos: number): number {
  const i = p.doc.tokenAt(pos - p.offset);
  return i;
}

function spanOf(p: SentenceParse, t: number): Span {
  const s = p.doc.span(p.doc.subtree(t));
  return { start: s.start + p.offset, end: s.end + p.offset };
}

/** passive verbs whose subject is the subject of the clause they govern: "X is said to have attacked" */
const RAISING = new Set([
  'say',
  'believe',
  'report',
  'think',
  'expect',
  'know',
  'allege',
  'rumor',
  'rumour',
  'understand',
  'suspect',
  'see',
]);

/** The clause's subject of verb `v`: its own nsubj, else (coordinated or xcomp verb) its governor's. */
function subjectOfVerb(doc: Doc, v: number): number | null {
  for (let t = v, steps = 0; t >= 0 && steps < 4; steps++) {
    const own = doc.dependents(t, 'nsubj').filter((s) => doc.deprel(s) !== 'nsubj:pass');
    // two subjects for one verb is a parse gone wrong (a dateline read as a subject): no answer
    if (own.length > 1) return null;
    if (own.length) return own[0];
    // a passive has no agent subject; relative clauses have their own. But "X is said / believed /
    // reported to have attacked": X, the passive's subject, is the subject of the verb it governs
    if (doc.dependents(t, 'nsubj:pass', 'aux:pass').length) {
      const raised = doc.dependents(t, 'nsubj:pass');
      return steps > 0 && raised.length === 1 && RAISING.has((doc.lemma(t) ?? '').toLowerCase())
        ? raised[0]
        : null;
    }
    const rel = doc.deprel(t);
    // "X met Y and signed", "agreed to sign", and a participle clause without a subject of its own
    // ("Accusing Russia of …, Pashinyan said") share the subject of the verb they hang on
    const participle = rel === 'advcl' && doc.xpos(t) === 'VBG';
    if (rel !== 'conj' && rel !== 'xcomp' && !participle) return null;
    const h = doc.head(t);
    if (h == null || h < 0) return null;
    t = h;
  }
  return null;
}

/**
 * The tokens that name the subject: its head and the heads coordinated with it ("A and B"); for a
 * head that is a common noun ("the leaders of A and B"), the nouns of its `of` dependents too.
 * Relative clauses and appositions inside the subject are not the subject.
 */
export function subjectHeads(p: SentenceParse, subject: number): Span[] {
  const { doc } = p;
  const heads = [subject, ...doc.dependents(subject, 'conj')];
  const out: Span[] = [];
  const tok = (t: number) => ({ start: doc.token(t).start + p.offset, end: doc.token(t).end + p.offset });
  for (const h of heads) {
    out.push(tok(h));
    // names are several tokens ("Recep Tayyip Erdoğan"): flat and compound parts belong to the head
    for (const c of doc.dependents(h, 'flat', 'compound')) out.push(tok(c));
    // "the leaders of A and B" name A and B; "activists in A" do not
    if (doc.upos(h) === 'NOUN')
      for (const n of doc.dependents(h, 'nmod')) {
        if (!doc.dependents(n, 'case').some((c) => doc.form(c).toLowerCase() === 'of')) continue;
        out.push(tok(n));
        for (const c of [...doc.dependents(n, 'conj'), ...doc.dependents(n, 'flat', 'compound')])
          out.push(tok(c));
      }
  }
  return out;
}

/**
 * The subject of the verb trigger starting at `pos` as the character spans of its head words
 * (see subjectHeads), or null (not parsed, not a verb, passive, or no subject in the tree).
 */
export function verbSubjectHeads(p: SentenceParse | null, pos: number): Span[] | null {
  if (!p) return null;
  const t = tokenOf(p, pos);
  if (t < 0 || p.doc.upos(t) !== 'VERB') return null;
  const s = subjectOfVerb(p.doc, t);
  return s == null ? null : subjectHeads(p, s);
}

/**
 * The character span of the syntactic subject of the verb trigger starting at `pos`, or null
 * (not parsed, not a verb, passive, or no subject in the tree).
 */
export function verbSubject(p: SentenceParse | null, pos: number): Span | null {
  if (!p) return null;
  const t = tokenOf(p, pos);
  if (t < 0 || p.doc.upos(t) !== 'VERB') return null;
  const s = subjectOfVerb(p.doc, t);
  return s == null ? null : spanOf(p, s);
}

/**
 * For a trigger word at `pos` that the parse reads as a noun: the subject span of the content
 * verb whose object (or oblique) it is, when that verb is no support verb ("Japarov described the
 * signing": Japarov's span); null otherwise.
 */
export function reporterOfNoun(p: SentenceParse | null, pos: number): Span | null {
  if (!p) return null;
  const { doc } = p;
  const t = tokenOf(p, pos);
  if (t < 0 || doc.upos(t) !== 'NOUN') return null;
  // only the object: a subject who spoke "at the summit" (an oblique) may well have been there
  const rel = doc.deprel(t);
  if (rel !== 'obj' && rel !== 'iobj') return null;
  const v = doc.head(t);
  if (v == null || v < 0 || doc.upos(v) !== 'VERB') return null;
  if (SUPPORT_VERBS.has((doc.lemma(v) ?? doc.form(v)).toLowerCase())) return null;
  const s = subjectOfVerb(doc, v);
  return s == null ? null : spanOf(p, s);
}

/** The arguments of a passive clause, as the character spans of their head words. */
export type PassiveArguments = {
  /** who did it: the "by" phrase ("sanctioned by Freedonia") */
  agent: Span[] | null;
  /** to whom it was done: the passive subject ("Sylvania was sanctioned") */
  patient: Span[] | null;
  /** whom a done thing was aimed at: "(sanctions were imposed) on/against X" */
  aimedAt: Span[] | null;
};

/** prepositions that name whom a passive deed was aimed at ("imposed on", "directed against") */
const AIMED_AT = new Set(['on', 'against', 'upon']);

/** The passive verb a trigger word belongs to: the word itself, or the verb whose passive subject it is. */
function passiveVerbOf(doc: Doc, t: number): number | null {
  if (doc.upos(t) === 'VERB' && doc.dependents(t, 'aux:pass', 'nsubj:pass').length) return t;
  // "sanctions were imposed", "an agreement … was signed": the trigger noun is the passive subject
  if (doc.deprel(t) === 'nsubj:pass') {
    const h = doc.head(t);
    if (h != null && h >= 0 && doc.upos(h) === 'VERB') return h;
  }
  return null;
}

/** Whether token `d` is introduced by one of `preps`. */
function hasCase(doc: Doc, d: number, preps: ReadonlySet<string>): boolean {
  return doc.dependents(d, 'case').some((c) => preps.has(doc.form(c).toLowerCase()));
}

/** The dependents of `v` introduced by one of `preps` (the parser labels an agent obl or obl:agent). */
function withCase(doc: Doc, v: number, preps: ReadonlySet<string>): number[] {
  return doc.dependents(v, 'obl', 'nmod').filter((d) => hasCase(doc, d, preps));
}

/**
 * The passive's "by" phrases. The parser often hangs "by X" on the oblique before it ("imposed on
 * Sylvania by Freedonia": by-Freedonia under Sylvania); a proper name or country seldom takes a
 * "by" modifier of its own, so one there is the verb's agent.
 */
function agentsOf(doc: Doc, v: number): number[] {
  const own = withCase(doc, v, BY);
  return own.length ? own : underObliques(doc, v, BY, () => true);
}

/**
 * The `nmod` dependents introduced by one of `preps` of the verb's obliques that pass `host`: where
 * the parser hangs a phrase of the verb's on the oblique right before it.
 */
function underObliques(
  doc: Doc,
  v: number,
  preps: ReadonlySet<string>,
  host: (o: number) => boolean,
): number[] {
  return doc
    .dependents(v, 'obl')
    .filter(host)
    .flatMap((o) => doc.dependents(o, 'nmod').filter((d) => hasCase(doc, d, preps)));
}

const RELATIVE_PRONOUNS = new Set(['which', 'who', 'that', 'whom']);

const BY = new Set(['by']);

/**
 * For a trigger at `pos` inside a passive clause ("Sylvania was sanctioned by Freedonia", "new
 * sanctions were imposed on Sylvania by Freedonia"): the agent, the patient and whom the deed was
 * aimed at, each null when the tree has none. Null when not parsed or not passive. The heuristics
 * read a passive only from the words right after the trigger; the tree also knows the subject.
 */
export function passiveArguments(p: SentenceParse | null, pos: number): PassiveArguments | null {
  if (!p) return null;
  const { doc } = p;
  const t = tokenOf(p, pos);
  if (t < 0) return null;
  const v = passiveVerbOf(doc, t);
  if (v == null) return null;
  const agents = agentsOf(doc, v);
  // "Freedonia, which was criticized by Sylvania": a relative pronoun stands for the noun it follows
  const subjects = doc.dependents(v, 'nsubj:pass').map((s) => {
    const h = doc.head(v);
    return RELATIVE_PRONOUNS.has(doc.form(s).toLowerCase()) &&
      doc.deprel(v) === 'acl:relcl' &&
      h != null &&
      h >= 0
      ? h
      : s;
  });
  const aimed = withCase(doc, v, AIMED_AT);
  return {
    agent: agents.length === 1 ? subjectHeads(p, agents[0]) : null,
    patient: subjects.length === 1 ? patientOf(p, subjects[0], t) : null,
    aimedAt: aimed.length ? aimed.flatMap((a) => subjectHeads(p, a)) : null,
  };
}

/**
 * Whom the passive deed was done to. The trigger noun itself as the subject ("sanctions were
 * imposed") is the deed, not its patient; but people named by it ("Sylvanian diplomats were
 * expelled") are the patients through their owner.
 */
function patientOf(p: SentenceParse, subject: number, trigger: number): Span[] | null {
  if (subject !== trigger) return patientHeads(p, subject);
  const { doc } = p;
  if (!isPersonNoun(doc.lemma(subject) ?? doc.form(subject))) return null;
  const owners = patientHeads(p, subject).slice(1);
  return owners.length ? owners : null;
}

/**
 * A passive subject's head words, and for a common noun its owners too: "Sylvanian diplomats were
 * expelled", "Sylvania's embassy was attacked" — the deed is done to the country through them.
 */
function patientHeads(p: SentenceParse, subject: number): Span[] {
  const { doc } = p;
  const heads = subjectHeads(p, subject);
  if (doc.upos(subject) !== 'NOUN') return heads;
  for (const o of doc.dependents(subject, 'amod', 'nmod:poss')) {
    const s = doc.token(o);
    heads.push({ start: s.start + p.offset, end: s.end + p.offset });
  }
  return heads;
}

/** Who calls whom what: "X warned Y was the biggest threat", "X called Y the main threat". */
export type Predication = {
  /** what the noun is said of: the copula's subject, or the object of "call/name/consider" */
  holder: Span[];
  /** who says it: the subject of the verb governing the predication, null when the tree has none */
  speaker: Span[] | null;
  /** the governing verb's start, for a reader that looks for its subject beside it */
  verbStart: number;
};

/**
 * For an event noun at `pos` (or an adjective modifying it: "the biggest threat") used as a
 * predicate — the copula's complement in a reported clause ("X said Y is the biggest threat") or
 * the second object of a naming verb ("X called Y the main threat") — what it is said of and who
 * says it. The nearest-name reading takes the noun's "to Z" for the target, and Z is the one
 * threatened, not the one called a threat.
 */
export function predicationOf(p: SentenceParse | null, pos: number): Predication | null {
  if (!p) return null;
  const { doc } = p;
  let n = tokenOf(p, pos);
  if (n < 0) return null;
  if (doc.upos(n) === 'ADJ' && doc.deprel(n) === 'amod') n = doc.head(n) ?? -1;
  if (n < 0 || doc.upos(n) !== 'NOUN') return null;
  const subject = doc.dependents(n, 'nsubj');
  const copular = subject.length === 1 && doc.dependents(n, 'cop').length > 0;
  // "Y is the biggest threat, X said": the saying hangs on the noun as parataxis
  const after = doc.dependents(n, 'parataxis').find((d) => doc.upos(d) === 'VERB');
  if (copular && after != null) {
    const s = subjectOfVerb(doc, after);
    return {
      holder: subjectHeads(p, subject[0]),
      speaker: s == null ? null : subjectHeads(p, s),
      verbStart: doc.token(after).start + p.offset,
    };
  }
  const v = doc.head(n);
  if (v == null || v < 0 || doc.upos(v) !== 'VERB') return null;
  const verbStart = doc.token(v).start + p.offset;
  const speaker = () => {
    const s = subjectOfVerb(doc, v);
    return s == null ? null : subjectHeads(p, s);
  };
  const rel = doc.deprel(n);
  // a reported clause without "that" is often parsed as parataxis of the saying verb
  if ((rel === 'ccomp' || rel === 'parataxis') && copular)
    return { holder: subjectHeads(p, subject[0]), speaker: speaker(), verbStart };
  const object = doc.dependents(v, 'obj');
  if (rel === 'xcomp' && object.length === 1)
    return { holder: subjectHeads(p, object[0]), speaker: speaker(), verbStart };
  return null;
}

/** verbs that deny the clause they govern: "X denied that it had attacked Y", "denied attacking" */
const DENY_VERBS = new Set(['deny', 'refute', 'dismiss', 'reject', 'disprove']);
/** verbs that put the clause they govern in someone's claim: "Y claimed that X attacked" */
const CLAIM_VERBS = new Set(['claim', 'allege']);
/** nouns naming a claim that a verb of DENY_VERBS can deny: "rejected claims that it attacked" */
const CLAIM_NOUNS = new Set(['claim', 'allegation', 'accusation', 'report', 'rumor', 'rumour', 'assertion']);

/**
 * Whether the trigger at `pos` is denied ("X denied that it had attacked Y", "rejected claims that
 * it attacked") or only claimed ("Y claimed that X attacked") by a verb governing its clause, read
 * up the tree through complement clauses; null when neither (or not parsed).
 */
export function stanceOf(p: SentenceParse | null, pos: number): 'denied' | 'claimed' | null {
  if (!p) return null;
  const { doc } = p;
  let t = tokenOf(p, pos);
  const lemmaOf = (i: number) => (doc.lemma(i) ?? doc.form(i)).toLowerCase();
  for (let steps = 0; t >= 0 && steps < 4; steps++) {
    const rel = doc.deprel(t);
    const h = doc.head(t);
    if (h == null || h < 0) return null;
    if (rel === 'conj') {
      t = h;
      continue;
    }
    if (rel !== 'ccomp' && rel !== 'xcomp' && rel !== 'acl') return null;
    const lemma = lemmaOf(h);
    if (doc.upos(h) === 'VERB') {
      if (DENY_VERBS.has(lemma)) return 'denied';
      if (CLAIM_VERBS.has(lemma)) return 'claimed';
      return null;
    }
    if (doc.upos(h) === 'NOUN' && CLAIM_NOUNS.has(lemma)) {
      const v = doc.head(h);
      const denied = v != null && v >= 0 && doc.upos(v) === 'VERB' && DENY_VERBS.has(lemmaOf(v));
      return denied ? 'denied' : 'claimed';
    }
    return null;
  }
  return null;
}

/**
 * The head words of the verb trigger's obliques introduced by one of `preps` ("met in Geneva with
 * the foreign minister of Sylvania": minister, Sylvania), or null (not parsed, not a verb, none).
 * The nearest-name reading stops at the first place after the verb; the tree does not.
 */
export function verbObliqueHeads(
  p: SentenceParse | null,
  pos: number,
  preps: ReadonlySet<string>,
): Span[] | null {
  if (!p) return null;
  const t = tokenOf(p, pos);
  if (t < 0 || p.doc.upos(t) !== 'VERB') return null;
  const { doc } = p;
  let obliques = withCase(doc, t, preps);
  // "met on Monday in Geneva with X": the parser may hang "with X" on the name of the place or day
  if (!obliques.length) obliques = underObliques(doc, t, preps, (o) => doc.upos(o) === 'PROPN');
  return obliques.length ? obliques.flatMap((o) => subjectHeads(p, o)) : null;
}
