/**
 * English attribution finder: source + cue + content (+ relays) read from a unit's tokens.
 *
 * Cues come from src/nlp/lexicon/speech-verbs.ts (every inflection of every verb, with its
 * frames) plus "according to", "as saying" and "This was stated by". For each cue:
 *  - pre-posed, `X said (that) …`, `X told Y (that) …`, `X noted the …`, `X urged Y to …`,
 *    `X described Y as …`, `X said: “…”`, `X said, “…”`: the subject is the noun phrase before
 *    the cue (over auxiliaries, adverbs, a time phrase and an appositive "X, the spokesman,"),
 *    or, after "and", the subject of the clause ("X met Y and said …"); the content is the
 *    complement after it, up to the end of the clause;
 *  - post-posed, `…, X said.`, `…, said X.`, `“…,” X told Y on Friday.`: the content is what
 *    comes before the comma or the closing mark;
 *  - participial, `…, saying (that) …` (the subject of the main clause speaks) and
 *    `Stressing that …, X expressed …` (the subject after the participial clause speaks);
 *  - `according to X, …` / `…, according to X`; `X quoted Y as saying …` (Y speaks, X relays);
 *    `This was stated by X` (the previous sentence is X's).
 * Cues under negation ("did not say"), modals ("would say"), the passive ("was reported") and
 * noun readings ("the said agreement", "his report") are not attributions.
 *
 * Quotations are single tokens here: a quotation that is the content is a direct quote; one
 * inside a reported clause (`said the CSTO had “not fulfilled …”`) is a partial quote that
 * inherits the clause's source (3+ words, or any length after "called/described … as").
 * The dependency parse will replace the noun-phrase and clause heuristics (subject = nsubj of
 * the cue, content = ccomp/parataxis) once the language layer provides it.
 */
import {
  englishCueIndex,
  EN_EXPRESSED_NOUNS,
  EN_NOUN_HOMOGRAPHS,
  type CueEntry,
} from '../nlp/lexicon/speech-verbs.js';
import { EN_RELAY } from '../nlp/lexicon/relay-cues.js';
import { findOnTree } from './quotes-en-syntax.js';
import { EN_ROLE_NOUNS, INSTITUTION_NOUNS, isPersonNoun } from '../nlp/lexicon/speaker-roles.js';
import {
  colonIntroCue,
  countWords,
  findByUnits,
  unitTokens,
  trimSpan,
  type Attribution,
  type ColonIntro,
  type FinderInput,
  type FinderOutput,
  type ParagraphRelay,
  type Relay,
  type Span,
  type Tok,
  type Unit,
  type UnitReader,
} from './quotes-types.js';

/**
 * What is declared as an act, not said ("declared a state of emergency", "declared war",
 * "declared independence", "declared a three-day ceasefire", "declared a day of mourning").
 */
const DECLARED_ACT =
  /^(?:(?:a|an|the|its|their|his|her)\s+)?(?:(?:full|partial|nationwide|national|temporary|unilateral|new|[\p{N}\p{L}]+-day)\s+)?(?:state\s+of\s+(?:emergency|war|siege)|war|independence|ceasefire|cease-fire|truce|(?:a\s+)?day\s+of\s+mourning|mourning|bankruptcy|default|emergency|curfew|quarantine|amnesty|holiday|martial\s+law|lockdown|mobili[sz]ation|moratorium|blockade|sovereignty)\b/iu;

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));
const DET = set(
  'the a an this that these those its his her their our my your both two three several some many',
);
const PREP =
  set(`with to of from by after before for about against at on in into between among than like during under over toward towards upon
near behind via per including without across through despite amid following since while within outside inside beyond around`);
const CONJ = set(
  'and but or nor yet while whereas although though because since as if when unless until once so',
);
const REL = set('that which who whom whose where');
const AUX = set(
  'is are was were be been being has have had do does did will would shall should can could may might must also',
);
const MODAL = set('would could might may should must can shall');
/** "is reported to have (said)": a raising passive; the cue after it is a past act of the subject */
const RAISING_PASSIVE =
  /^(?:is|are|was|were|been) (?:reported|said|believed|understood|known|alleged|thought) to have$/;
const NEG = set("not n't never no");
const ADV =
  set(`also further then again later once only just even still repeatedly previously earlier publicly reportedly recently additionally
moreover however allegedly firmly already first last now today yesterday separately specifically particularly explicitly openly
directly personally similarly likewise subsequently meanwhile here there`);
const PRONOUN_SUBJ = set('he she they it we i');
const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?$/;
const MONTH =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;
const DASH = /^[—–-]$/;
const TIME_NOUNS = /^(?:week|month|year|night|weekend|morning|afternoon|evening|time)$/;
/** what carries a speaker's words in a post-posed tail: "…, the statement said" */
const TAIL_DOCUMENT = /^(?:statement|readout|communiqu[eé]|release|report|declaration|message|transcript)$/;
const PRESS_OFFICE = /^(?:service|office)$/;
/** words after a comma that open a clause of the sentence, never a post-posed "X said" */
const TAIL_BLOCKERS =
  /^(?:which|who|whom|whose|that|as|and|but|or|nor|when|where|if|while|because|since|so|although|though|after|before|until|unless|whereas)$/;
/** words that open an adverbial between a cue and its "that" ("said after the talks that") */
const ADVERBIAL_OPENERS = set(
  'on in at during after before following while via by through from over upon earlier later again also repeatedly publicly once yesterday today last this',
);
/** hearers a "told" may name before its clause without "that" */
const HEARERS = set(
  'reporters journalists lawmakers deputies parliament the press media audience him her them us me students supporters',
);
/** gatherings a "told" may name as its hearer ("told a news conference the …") */
const GATHERINGS = set(
  'conference briefing rally forum meeting session summit crowd gathering hearing audience assembly congress convention panel seminar symposium',
);
const DETERMINERS = set('a an the his her its their our');
const SPEECH_NOUNS = set(
  'statement statements remarks words message address speech comments comment interview post letter appeal declaration announcement',
);
const RELAY_REPORTING = new Set<string>(EN_RELAY.reporting);
const QUOTING = new Set<string>(EN_RELAY.quoting);
/** heads of what a source cites that speak for nobody ("citing preliminary data", "citing official figures") */
const CITED_DATA =
  /^(?:data|figures|statistics|estimates|results|findings|records|polls?|surveys?|research|calculations|information|evidence|numbers)$/;
const DESCRIPTOR_WORDS = new Set(EN_RELAY.mediaDescriptors.flatMap((d) => d.split(' ')));
/** a finite past verb: a regular -ed form or a common irregular one */
const PAST_VERB =
  /^(?:\p{Ll}{2,}ed|met|held|took|made|gave|sent|told|said|began|won|lost|left|sought|brought)$/u;
const ROLE_WORDS = new Set(Object.keys(EN_ROLE_NOUNS).flatMap((k) => k.split(' ')));
const INSTITUTION_WORDS = new Set(INSTITUTION_NOUNS.en.flatMap((k) => k.split(' ')));
/** naming verbs after which a short quotation is the thing said ("called it a “terrorist attack”") */
const NAMING_LEMMAS = new Set([
  'call',
  'describe',
  'characterize',
  'characterise',
  'dub',
  'label',
  'brand',
  'term',
]);

const twoWordStartsOf = new WeakMap<ReadonlyMap<string, CueEntry>, Set<string>>();
/** The first words of the index's two-word cues ("point" of "point out"). */
function twoWordStarts(idx: ReadonlyMap<string, CueEntry>): Set<string> {
  let starts = twoWordStartsOf.get(idx);
  if (!starts) {
    starts = new Set([...idx.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]));
    twoWordStartsOf.set(idx, starts);
  }
  return starts;
}

/** lower-case words of an office's name between its title words ("chief medical officer of health") */
const OFFICE_MODIFIERS =
  /^(?:medical|health|public|executive|operating|financial|information|communications|legal|provincial|municipal|regional|national|federal|police|fire|emergency|acting|interim|associate|assistant|vice|top|hospital|school|union|city|county|officer|doctor|physician|outgoing|incoming|exiled|ousted|jailed|embattled|veteran|longtime|long-serving|newly-elected|newly-appointed)$/;
/**
 * Words that open a cue phrase of findCues without being a cue form themselves: "according to",
 * "as saying", "made (it) clear", "expressed hope that", "is convinced that", ", as announced
 * by", "this was stated by". (A word before "clear" is checked too: "making clear".)
 */
const PHRASE_STARTS = set(
  `according as made makes make making expressed expresses expressing voiced voices voicing is was are were
this that it these those`,
);

/**
 * An "-ly" word in lower case ("repeatedly", "publicly"): the same answer as /^\p{Ll}+ly$/u, with
 * the ending tested first (most words fail there, before the Unicode pattern runs).
 */
export function lyAdverb(w: string): boolean {
  return w.length > 2 && w.endsWith('ly') && LOWER_WORD.test(w);
}
const LOWER_WORD = /^\p{Ll}+$/u;

type Cue = {
  i: number;
  j: number;
  entry: CueEntry;
  text: string;
  special?: 'according' | 'as-saying' | 'stated-by' | 'as-by';
  progressive?: boolean;
};

/** Find the attributions of every unit of an English text. */
export function findEnglish(input: FinderInput): FinderOutput {
  const out = findByUnits(input, (unit, toks, u) => new EnglishUnit(input, unit, toks, input.units, u));
  // what the word patterns left unread, read on the dependency parse (quotes-en-syntax.ts)
  const base = out.attributions.length;
  const others: Attribution[] | undefined = input.wide ? [] : undefined;
  for (const a of findOnTree(input, out.attributions, others))
    out.attributions.push(a.parent !== undefined ? { ...a, parent: a.parent + base } : a);
  if (others) out.others = others;
  return out;
}

/** -ing/-ed words (and "opposition") that stand before a speaker noun as its modifier */
/** "a charge the Kremlin", "an allegation Beijing": a noun for a charge that a relative clause's subject follows */
const CHARGE_NOUNS = '(?:charges?|claims?|accusations?|allegations?|assertions?)';
const DENIED_CHARGE = new RegExp(`^(?:an?|the)\\s+${CHARGE_NOUNS}\\s+\\S`, 'i');
/** ", a charge Moscow denies", ", which Beijing has rejected": a denial by someone else closing a clause */
const DENIAL_TAIL = new RegExp(
  `,\\s+(?:(?:an?\\s+)?${CHARGE_NOUNS}(?:\\s+that|\\s+which)?|which)\\s+[^,;]{1,60}?\\s+(?:(?:has|have|had)\\s+)?(?:(?:repeatedly|strongly|flatly|consistently|always)\\s+)?(?:denied|denies|deny|rejected|rejects|reject|disputed|disputes|dismissed|dismisses|refuted|refutes)\\b[^,;]*$`,
  'i',
);

/** "(him) to convey his greetings", "to pass on (his) best wishes": a courtesy errand, not speech content */
const GREETINGS_ERRAND =
  /^(?:\S+ ){0,4}?to (?:convey|pass on|pass|extend|send|give|deliver|transmit|relay|forward)(?: on)? (?:\S+ ){0,3}?(?:greetings|regards|wishes|congratulations|condolences|respects|salutations)\b/;

const MISSION_NOUNS = /^(?:embassy|embassies|consulate|consulates|mission)$/;

/** nouns for a body of people, which stand for no one person's title ("the Wagner group X") */
const COLLECTIVE_NOUNS = new Set(
  'party government court company firm bank campaign camp side team network group coalition union association organization organisation agency office department ministry board panel committee council administration authority authorities crowd audience majority minority plurality people family delegation staff'.split(
    ' ',
  ),
);

const SPEAKER_MODIFIERS = new Set(
  'opposition ruling governing leading acting incoming outgoing visiting neighbouring neighboring reigning presiding opposing elected unelected jailed exiled ousted embattled detained imprisoned retired appointed designated unnamed so-called self-proclaimed self-declared breakaway'.split(
    ' ',
  ),
);

class EnglishUnit implements UnitReader {
  private readonly text: string;
  private readonly out: Attribution[] = [];
  /** tokens consumed as source or cue of an earlier attribution, by index */
  private readonly used = new Set<number>();
  /** "X reported that …" attributions: kept only as relays of what they contain */
  private readonly reportOnly = new Set<Attribution>();
  /** "According to X, …": X relays an attribution its content opens with */
  private readonly relaying = new Set<Attribution>();
  readonly paragraphRelays: ParagraphRelay[] = [];

  constructor(
    private readonly input: FinderInput,
    private readonly unit: Unit,
    toks: Tok[],
    private readonly units: readonly Unit[],
    private readonly unitIndex: number,
  ) {
    this.text = input.text;
    // most units hold no such name: they keep the shared tokens, copied only when one is found
    let own: Tok[] | null = null;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (!this.nameWord(t)) continue;
      own ??= toks.slice();
      own[i] = { ...t, l: t.t };
    }
    this.toks = own ?? toks;
  }

  private readonly toks: Tok[];

  /**
   * "Will Bright said", "Edward Said told": a capitalised function word or cue form that opens a
   * name the mentions found is a name, not an auxiliary or a cue (its lower-case form matches
   * no word list then).
   */
  private nameWord(t: Tok): boolean {
    if (t.kind !== 'w' || !t.cap) return false;
    const l = t.l;
    const functional = AUX.has(l) || CONJ.has(l) || PREP.has(l) || englishCueIndex().has(l);
    return functional && this.input.mentionAt(t.s, t.e);
  }

  read(): Attribution[] {
    const cues = this.findCues();
    this.frontedCiting();
    for (const c of cues) {
      if (this.used.has(c.i)) continue;
      if (c.special === 'according') this.according(c);
      else if (c.special === 'as-saying') this.asSaying(c);
      else if (c.special === 'stated-by') this.statedBy(c);
      else if (c.special === 'as-by') this.asBy(c);
      else if (c.entry.form === 'gerund' && !c.progressive) this.participial(c);
      else this.finite(c);
    }
    this.openingRelay();
    this.dashAttribution();
    this.nameColonQuote();
    this.nesting();
    this.dropReportOnly();
    this.partialQuotes();
    return this.out;
  }

  /**
   * "Citing a Foreign Ministry statement, Interfax said …": the one cited before the comma that
   * opens the sentence speaks, and the subject of the cue after it relays (data cited, as in
   * "Citing official figures, the ministry said …", speaks for nobody).
   */
  private frontedCiting(): void {
    const { toks } = this;
    if (!/^(?:citing|quoting)$/.test(toks[0]?.l ?? '')) return;
    let comma = 2;
    while (
      comma < Math.min(toks.length, 12) &&
      toks[comma].t !== ',' &&
      toks[comma].kind !== 'q' &&
      !/^[.;:!?]$/.test(toks[comma].t)
    )
      comma++;
    if (toks[comma]?.t !== ',' || CITED_DATA.test(toks[comma - 1].l)) return;
    const subj = this.npRight(comma + 1);
    const cue = subj ? englishCueIndex().get(toks[subj.endTok + 1]?.l ?? '') : undefined;
    if (!cue || cue.form === 'gerund') return;
    this.pendingRelay = {
      ...trimSpan(this.text, toks[1].s, toks[comma - 1].e),
      mediaOnly: false,
      cited: true,
    };
  }

  /**
   * "In an interview with France 24, X said …", "Speaking to Reuters, X said …": the hearer named
   * before the comma that opens the sentence relays what the sentence attributes (when a medium).
   */
  private openingRelay(): void {
    const { toks } = this;
    let k = 0;
    if (toks[k]?.l === 'in') {
      k++;
      while (
        k < toks.length &&
        k < 5 &&
        /^(?:an?|his|her|their|its|exclusive|the|recent|televised|television|phone)$/.test(toks[k].l)
      )
        k++;
      if (!/^(?:interview|interviews|comments|remarks|conversation)$/.test(toks[k]?.l ?? '')) return;
      k++;
    } else if (/^(?:speaking|talking)$/.test(toks[k]?.l ?? '')) k++;
    else return;
    if (!/^(?:with|to|for)$/.test(toks[k]?.l ?? '')) return;
    const from = k + 1;
    let comma = from;
    while (comma < toks.length && comma - from < 8 && toks[comma].t !== ',') comma++;
    if (toks[comma]?.t !== ',' || comma === from) return;
    const relay: Relay = { ...trimSpan(this.text, toks[from].s, toks[comma - 1].e), mediaOnly: true };
    for (const a of this.out)
      if (a.at > relay.end && !a.relays.some((r) => r.start === relay.start)) a.relays = [...a.relays, relay];
  }

  /** Is token i inside the content of an attribution already read? (then its cue needs "that", a colon or a quote) */
  private insideContent(i: number): boolean {
    const t = this.toks[i];
    return this.out.some((a) => !a.direct && t.s >= a.content.start && t.e <= a.content.end);
  }

  // ------------------------------------------------------------------ cues

  private findCues(): Cue[] {
    const { toks } = this;
    const idx = englishCueIndex();
    const starts = twoWordStarts(idx);
    const out: Cue[] = [];
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (t.kind !== 'w') continue;
      const n1 = toks[i + 1]?.l ?? '';
      if (t.l === 'according' && n1 === 'to') {
        out.push({
          i,
          j: i + 1,
          entry: { lemma: 'according to', kind: 'speech', frames: ['clause'], form: 'finite' },
          text: 'according to',
          special: 'according',
        });
        i++;
        continue;
      }
      if (
        t.l === 'as' &&
        (n1 === 'saying' || n1 === 'telling' || n1 === 'writing') &&
        this.quotingVerbBefore(i) >= 0
      ) {
        out.push({
          i,
          j: i + 1,
          // "as saying" takes its clause with or without "that", like "said"
          entry: { lemma: 'say', kind: 'speech', frames: ['clause', 'bare', 'quote'], form: 'finite' },
          text: 'quoted as saying',
          special: 'as-saying',
        });
        i++;
        continue;
      }
      // most words are no cue and open none of the phrases below: one look-up each
      if (n1 !== 'clear' && !idx.has(t.l) && !PHRASE_STARTS.has(t.l) && !starts.has(t.l)) continue;
      // particle verbs: "pointed out", "called on", "called for" (looked up only after a first word of one)
      const e2 = toks[i + 1]?.kind === 'w' && starts.has(t.l) ? idx.get(`${t.l} ${n1}`) : undefined;
      let entry = e2 ?? idx.get(t.l);
      let j = e2 ? i + 1 : i;
      // "expressed hope that …" is read below even though "express" alone is a cue (of quoted
      // words only: "expressed “deep concern”"), which would otherwise shadow it
      const expressedThat =
        /^(?:expressed|expresses|expressing|voiced|voices|voicing)$/.test(t.l) &&
        this.expressedNoun(i + 1) > 0;
      if (expressedThat) entry = undefined;
      if (!entry) {
        // "made (it) clear that", "is convinced that"
        // (the phrase is built only for a form of "make": most words reach this point)
        const m =
          (t.l === 'made' || t.l === 'makes' || t.l === 'make') &&
          /^(?:made|makes|make) (?:it )?clear$/.test(
            `${t.l} ${n1}${toks[i + 2] ? ' ' + toks[i + 2].l : ''}`.replace(/ that$/, ''),
          );
        if (m || (/^mak(?:e|es|ing)|made$/.test(t.l) && n1 === 'clear')) {
          entry = {
            lemma: 'make clear',
            kind: 'speech',
            frames: ['clause'],
            form: t.l === 'making' ? 'gerund' : 'past',
          };
          j = n1 === 'it' ? i + 2 : i + 1;
        } else if (expressedThat) {
          // "expressed hope that …", "voicing concern that …"
          const k = this.expressedNoun(i + 1);
          const noun = toks[k].l;
          entry = {
            lemma: `express ${noun}`,
            kind: EN_EXPRESSED_NOUNS[noun],
            frames: ['clause'],
            form: /ing$/.test(t.l) ? 'gerund' : 'past',
          };
          j = k;
        } else if (
          (t.l === 'is' || t.l === 'was' || t.l === 'are' || t.l === 'were') &&
          (n1 === 'convinced' || n1 === 'confident') &&
          toks[i + 2]?.l === 'that'
        ) {
          entry = { lemma: `be ${n1}`, kind: 'thought', frames: ['clause'], form: 'past' };
          j = i + 1;
        } else if (t.l === 'as' && this.toks[i - 1]?.t === ',' && toks[i + 2]?.l === 'by') {
          // "…, as announced by X (in an interview with Y)": the clause before is X's
          const v = idx.get(n1);
          if (v && v.kind === 'speech' && (v.form === 'past' || v.form === 'participle'))
            out.push({ i: i + 1, j: i + 2, entry: v, text: toks[i + 1].t, special: 'as-by' });
          continue;
        } else if (
          /^(?:this|that|it|these|those)$/.test(t.l) &&
          /^(?:was|were|is|has been)$/.test(n1) &&
          toks[i + 3]?.l === 'by'
        ) {
          const v = idx.get(toks[i + 2]?.l ?? '');
          if (v && v.kind === 'speech' && (v.form === 'past' || v.form === 'participle'))
            out.push({ i: i + 2, j: i + 3, entry: v, text: toks[i + 2].t, special: 'stated-by' });
          continue;
        } else continue;
      }
      if (entry.kind === 'report' && !QUOTING.has(t.l) && !RELAY_REPORTING.has(t.l)) continue;
      if (!this.verbReading(i, entry)) continue;
      out.push({
        i,
        j,
        entry,
        text: this.text.slice(toks[i].s, toks[j].e).toLowerCase().replace(/\s+/g, ' '),
        progressive: entry.form === 'gerund' && this.afterBe(i),
      });
      i = j;
    }
    return out;
  }

  /** "is declaring", "also is stressing", "has been saying": a progressive, a finite cue. */
  private afterBe(i: number): boolean {
    for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
      const w = this.toks[k];
      if (w.kind !== 'w') return false;
      if (/^(?:is|are|was|were|been|am|'s|’s|'re|’re)$/.test(w.l)) return true;
      if (!(ADV.has(w.l) || lyAdverb(w.t))) return false;
    }
    return false;
  }

  /** "expressed (his) (deep) hope that": index of the noun when "that" follows it, else -1. */
  private expressedNoun(k: number): number {
    const { toks } = this;
    for (let j = k; j < Math.min(toks.length - 1, k + 4); j++) {
      if (EN_EXPRESSED_NOUNS[toks[j].l] && toks[j + 1]?.l === 'that') return j;
      if (toks[j].kind !== 'w') return -1;
    }
    return -1;
  }

  /** Is the word at i a verb of attribution here (not a noun, not negated, modal or passive)? */
  private verbReading(i: number, e: CueEntry): boolean {
    const { toks } = this;
    const p1 = toks[i - 1]?.l ?? '';
    const p2 = toks[i - 2]?.l ?? '';
    const n1 = toks[i + 1]?.l ?? '';
    // noun or adjective readings: "the said", "his report", "a call", "so-called"
    // ("Some said", "Many say": a quantifier opening the clause is its subject)
    const quantifierSubject =
      /^(?:some|many|both|several|two|three)$/.test(p1) &&
      (i === 1 || toks[i - 2]?.kind === 'p' || /^(?:and|but|while|yet)$/.test(p2));
    if ((DET.has(p1) && !quantifierSubject) || p1 === "'s" || p1 === '’s' || p1 === 'so') return false;
    // "the plan proposed by", "a statement released by": a participle modifying a noun
    if (n1 === 'by' && e.form !== 'gerund') return false;
    // "member states", "his report": a noun unless a subject-like word is right before it
    if ((e.form === 'third' || e.form === 'base') && EN_NOUN_HOMOGRAPHS.has(e.lemma.split(' ')[0])) {
      const p = toks[i - 1];
      const subjectLike =
        !!p &&
        p.kind === 'w' &&
        (p.cap ||
          PRONOUN_SUBJ.has(p.l) ||
          isPersonNoun(p.l) ||
          ADV.has(p.l) ||
          /ly$/.test(p.l) ||
          ROLE_WORDS.has(p.l.replace(/s$/, '')) ||
          INSTITUTION_WORDS.has(p.l) ||
          DESCRIPTOR_WORDS.has(p.l) ||
          /^(?:officials|experts|analysts|sources|diplomats|authorities|observers|critics|people|government|ministry|kremlin|side|report|statement)$/.test(
            p.l,
          ));
      if (!subjectLike) return false;
    }
    if (
      e.form === 'base' &&
      !(
        PRONOUN_SUBJ.has(p1) ||
        // "leaders who say": a plural antecedent
        (p1 === 'who' && /s$/.test(p2)) ||
        (p1 === 'to' && /^(?:went|go|goes|going)$/.test(p2)) ||
        (/^(?:they|we|i|you)$/.test(p2) && ADV.has(p1)) ||
        /^(?:do|does|did)$/.test(p1) ||
        this.pluralSubjectBefore(i)
      )
    )
      return false;
    if (e.form === 'third' && (p1 === 'to' || (PREP.has(p1) && p1 !== 'as'))) return false;
    if (
      (e.form === 'base' || e.form === 'third') &&
      /^(?:of|for|to)$/.test(n1) &&
      !/^(?:call|point)/.test(e.lemma)
    )
      return false;
    // negation and modality within the auxiliary chain
    for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
      const w = toks[k].l;
      if (NEG.has(w)) return false;
      if (
        MODAL.has(w) ||
        w === 'will' ||
        w === "'ll" ||
        (w === 'to' &&
          !/^(?:went|go|goes|going|continued|continues)$/.test(toks[k - 1]?.l ?? '') &&
          !RAISING_PASSIVE.test(`${toks[k - 2]?.l ?? ''} ${toks[k - 1]?.l ?? ''} to ${toks[k + 1]?.l ?? ''}`))
      )
        return false;
      if (!(AUX.has(w) || ADV.has(w) || /ly$/.test(w))) break;
    }
    if (
      /^(?:declined|refused|failed|decline|declines|refuses|refusing|declining)$/.test(p1) ||
      (p1 === 'to' && /^(?:declined|refused)$/.test(p2))
    )
      return false;
    // passive: "was reported", "is expected" (but "has said", "had told")
    if (
      (e.form === 'past' || e.form === 'participle') &&
      /^(?:was|were|is|are|be|been|being)$/.test(p1) &&
      !(toks[i + 1]?.l === 'by' && e.kind === 'speech')
    )
      return false;
    if ((e.form === 'past' || e.form === 'participle') && /^(?:was|were|is|are|be|been|being)$/.test(p1))
      return false;
    // a past participle modifying a noun: "the agreement signed", "a statement released" — cues are rarely so;
    // a capitalised cue word mid-sentence is a name ("Mark", "Hope")
    if (toks[i].cap && i > 0 && toks[i - 1].kind === 'w' && !/^[.!?:;"“”]$/.test(toks[i - 1].t)) return false;
    return true;
  }

  private pluralSubjectBefore(i: number): boolean {
    const p = this.toks[i - 1];
    if (!p || (p.kind !== 'w' && p.t !== '%')) return false;
    return (
      (/s$/.test(p.l) &&
        (ROLE_WORDS.has(p.l.replace(/s$/, '')) ||
          isPersonNoun(p.l) ||
          /^(?:officials|experts|analysts|sources|diplomats|leaders|authorities|observers|critics|residents|presidents|ministers)$/.test(
            p.l,
          ))) ||
      /^(?:others|many|some|most|few|both|all|percent|third|thirds|quarter|half|majority|minority|plurality|five|four|three|two|ten)$/.test(
        p.l,
      ) ||
      p.t === '%' ||
      (this.input.mentionAt(p.s, p.e + 1) &&
        /^(?:and)$/.test(this.toks[i - 2]?.l ?? '') === false &&
        this.isPluralName(i - 1))
    );
  }

  /**
   * `“…,” said the company's chief executive, John Smith.`: a role phrase without a name (tokens
   * k..e) after an inverted cue, with a person's name in apposition after a comma that ends the
   * unit or the phrase, is that person: the name's phrase, or null when there is none.
   */
  private appositiveName(k: number, e: number): { span: Span; endTok: number } | null {
    const { toks } = this;
    if (toks[e + 1]?.t !== ',' || k > e || this.input.personAt(toks[k].s, toks[e].e)) return null;
    if (!toks.slice(k, e + 1).some((t) => ROLE_WORDS.has(t.l) || isPersonNoun(t.l))) return null;
    const name = toks[e + 2]?.cap ? this.npRight(e + 2) : null;
    if (!name || !this.input.personAt(name.span.start, name.span.end)) return null;
    const next = toks[name.endTok + 1];
    return !next || /^[.,!?]$/.test(next.t) ? name : null;
  }

  private isPluralName(k: number): boolean {
    // "Russia and Kazakhstan say", "The two leaders say"
    for (let j = k - 1; j >= Math.max(0, k - 6); j--) if (this.toks[j].l === 'and') return true;
    return false;
  }

  private quotingVerbBefore(asIdx: number): number {
    for (let k = asIdx - 1; k >= Math.max(0, asIdx - 14); k--) {
      const w = this.toks[k];
      if (w.kind === 'q' || w.t === ';') return -1;
      if (QUOTING.has(w.l) || /^(?:quoted|cited)$/.test(w.l)) return k;
    }
    return -1;
  }

  // ------------------------------------------------------------------ finite cues

  private finite(c: Cue): void {
    const subj = this.citedThroughSubject(c.i, this.leftSubject(c.i));
    // "…, a charge the Kremlin denied": the cue's object is the charge before it, no words of its own
    if (subj.span && DENIED_CHARGE.test(this.text.slice(subj.span.start, subj.span.end))) return;
    const afterCue = c.j + 1;
    const prev = this.prevSignificant(c.i);
    const report = c.entry.kind === 'report';
    if (QUOTING.has(this.toks[c.i].l) && subj.span && this.quotesTheWordsOf(c, subj)) return;
    if (subj.span && !report && this.asClause(c, subj)) return;
    // post-posed inversion: `…, said X.` / `“…,” said X` / `…, reports Akorda.`
    if (!subj.span && prev && (prev.t === ',' || prev.kind === 'q' || DASH.test(prev.t))) {
      const np = this.npRight(afterCue);
      if (np && !report && prev.t === ',' && this.invertedInterjection(c, this.index(prev), np)) return;
      if (!np || !this.isTail(np.endTok + 1, c)) {
        if (!report && !this.clauseSubjectCue(c)) this.quoteAdjacent(c);
        return;
      }
      if (report) return this.reportTail(np.span, c, this.index(prev));
      const content = this.contentBefore(this.index(prev), c);
      if (content) this.emit(c, content, np.span, this.tailRelays(afterCue, c));
      return;
    }
    if (!subj.span) {
      if (!report && !this.clauseSubjectCue(c)) this.quoteAdjacent(c);
      return;
    }
    // post-posed: `…, X said (on Friday).`, `“…,” he told reporters.`
    const before = this.prevSignificant(subj.startTok);
    const postable =
      !!before && (before.t === ',' || before.kind === 'q' || DASH.test(before.t)) && !subj.coord;
    if (
      postable &&
      before!.t === ',' &&
      !report &&
      this.interjected(c, this.index(before!), subj.span, subj.startTok)
    )
      return;
    if (
      postable &&
      !this.auxOpensContent(c, afterCue) &&
      (this.isTail(afterCue, c) || this.tellWithoutClause(c, afterCue))
    ) {
      if (report) return this.reportTail(subj.span, c, this.index(before!));
      const content = this.contentBefore(this.index(before!), c);
      // "At a rally on Sunday, X said, “…”", "In a statement, the ministry said: “…”": with a
      // quotation right after the cue, unquoted words before the subject are an adverbial
      const q = this.skipAdverbials(afterCue, []);
      const quoteNext = /^[,:]$/.test(this.toks[q]?.t ?? '') && this.toks[q + 1]?.kind === 'q';
      // "Speaking in Regina, X told reporters the plan …", "When X bought it, friends told him he
      // was crazy": an adverbial opener is no content when the hearer has a clause after it
      const opener = !!content && this.adverbialOpener(content.span, this.index(before!));
      const clauseAfter = opener && !quoteNext && this.wordsAfterHearer(c, afterCue) >= 3;
      if (content && !(quoteNext && opener) && !clauseAfter) {
        const a = this.emit(c, content, subj.span, [...this.tailRelays(afterCue, c), ...subj.relays]);
        for (let k = subj.startTok; k <= c.j; k++) this.used.add(k);
        if (a) this.quoteAfterAttribution(afterCue, a);
        return;
      }
    }
    const content = this.contentAfter(c, afterCue, this.insideContent(c.i));
    if (!content) {
      if (!report) this.quoteAdjacent(c);
      return;
    }
    const a = this.emit(c, content, subj.span, [...content.relays, ...subj.relays]);
    if (a && report) this.reportOnly.add(a);
    if (a && content.direct) this.listedQuotations(a);
    for (let k = subj.startTok; k <= c.j; k++) this.used.add(k);
  }

  /**
   * `chanted “Georgia is Europe!” and “Freedom, law, justice!”`, `shouted “Resign!”, “Shame!” or
   * “…”`: quotations listed right after the quoted content are more of the same speaker's words.
   */
  private listedQuotations(a: Attribution): void {
    const { toks } = this;
    let j = toks.findIndex((t) => t.kind === 'q' && t.s <= a.content.start && t.e >= a.content.end);
    if (j < 0) return;
    for (;;) {
      let k = j + 1;
      if (toks[k]?.t === ',') k++;
      if (/^(?:and|or)$/.test(toks[k]?.l ?? '')) k++;
      if (k === j + 1 || toks[k]?.kind !== 'q') return;
      this.out.push({
        ...a,
        content: this.segInner(toks[k].seg),
        direct: true,
        mode: 'inherit',
        parent: this.out.indexOf(a),
      });
      j = k;
    }
  }

  /**
   * "Interfax, citing a government source, reported that …", "Reuters, quoting two officials,
   * said …": the one cited between commas speaks and the subject relays it.
   */
  private citedThroughSubject(
    ci: number,
    subj: ReturnType<EnglishUnit['leftSubject']>,
  ): ReturnType<EnglishUnit['leftSubject']> {
    const { toks } = this;
    if (!subj.span || toks[ci - 1]?.t !== ',') return subj;
    let k = ci - 2;
    while (k > subj.startTok && toks[k].t !== ',' && toks[k].kind !== 'q') k--;
    if (toks[k]?.t !== ',' || k <= subj.startTok) return subj;
    const words = toks.slice(k + 1, k + 4).map((t) => t.l);
    const lead = /^(?:citing|quoting)$/.test(words[0])
      ? 1
      : /^(?:with|referring)$/.test(words[0]) && /^(?:reference|to)$/.test(words[1])
        ? words[1] === 'reference' && words[2] === 'to'
          ? 3
          : 2
        : 0;
    if (lead === 0 || k + 1 + lead > ci - 2) return subj;
    const cited = trimSpan(this.text, toks[k + 1 + lead].s, toks[ci - 2].e);
    return { ...subj, span: cited, relays: [...subj.relays, { ...subj.span, mediaOnly: false }] };
  }

  /**
   * `“…,” the TV channel quotes (the words of) the politician.`: the one quoted speaks, the
   * subject relays. True when the unit was read so.
   */
  private quotesTheWordsOf(c: Cue, subj: { span: Span | null; startTok: number }): boolean {
    const { toks } = this;
    const before = this.prevSignificant(subj.startTok);
    if (!before || !(before.t === ',' || before.kind === 'q' || DASH.test(before.t)) || !subj.span)
      return false;
    let k = c.j + 1;
    // "the words of", "the statement of", "a source in"
    if (
      /^(?:the|a)$/.test(toks[k]?.l ?? '') &&
      /^(?:words|remarks|statement|comments)$/.test(toks[k + 1]?.l ?? '')
    )
      k += 2;
    if (toks[k]?.l === 'of') k++;
    const np = this.npRight(k);
    if (!np) return false;
    const rest = toks.slice(np.endTok + 1).filter((t) => t.kind !== 'p');
    if (rest.length) return false;
    const content = this.contentBefore(this.index(before), c);
    if (!content) return false;
    this.emit(c, content, np.span, [{ ...subj.span, mediaOnly: false }]);
    return true;
  }

  /**
   * `Overall, she said, a number of … are …`, `Cost estimates, he added, were “based on …”`: an
   * attribution interjected mid-sentence; the words on both sides are the content (the longer
   * side must come after it, or the sentence before is a post-posed attribution with an aside,
   * unless the side after is a predicate without a subject: "This plan, he says, is different").
   * The content is one span from the first side's start to the second side's end, the
   * attribution inside it: a single span cannot leave the middle out, and the two halves alone
   * are fragments ("This plan" / "is different").
   */
  private interjected(c: Cue, comma: number, source: Span, subjStart: number): boolean {
    const { toks } = this;
    const relays: Relay[] = [];
    let k = this.skipAdverbials(c.j + 1, relays);
    if (toks[k]?.t !== ',') return false;
    k++;
    const n = toks[k];
    if (!n || n.kind !== 'w') return false;
    const ne = englishCueIndex().get(n.l);
    if (
      (ne && ne.form === 'gerund') ||
      /^(?:who|whose|which|where|when|according|referring|speaking|as|while|though|although|but|and|because)$/.test(
        n.l,
      )
    )
      return false;
    // "…, two officials said, dealing a blow to …": a participle clause after a post-posed
    // attribution, not the rest of an interrupted sentence, where the -ing word is a subject
    // with a verb after it ("…, he said, replacing her would be …"; "including" is a preposition)
    if (/^\p{Ll}+ing$/u.test(n.t) && n.l !== 'including') {
      let x = k + 1;
      while (x < toks.length && !/^[.;:!?]$/.test(toks[x].t) && !AUX.has(toks[x].l) && !REL.has(toks[x].l))
        x++;
      if (x >= toks.length || !AUX.has(toks[x].l)) return false;
    }
    if (
      toks.slice(0, comma).some((t) => t.kind === 'q') &&
      toks.slice(0, comma).filter((t) => t.kind === 'w').length < 3
    )
      return false;
    const after = this.clauseFrom(k, c);
    if (!after) return false;
    const afterWords = countWords(this.text, after.span.start, after.span.end);
    const before = this.contentBefore(comma, c);
    const beforeWords = before ? countWords(this.text, before.span.start, before.span.end) : 0;
    // a side opening with a preposition or a subordinator is an adverbial of the content ("After …, the office said, they …")
    const first = before ? toks[this.tokAt(before.span.start)] : null;
    const adverbialBefore =
      !!first && first.kind === 'w' && (PREP.has(first.l) || (CONJ.has(first.l) && first.l !== 'and'));
    const predicate = !!before && this.subjectless(k);
    if (before?.direct) return false;
    if (!predicate && (afterWords < 3 || (afterWords <= beforeWords && !adverbialBefore))) return false;
    const whole =
      before && (beforeWords >= 2 || predicate)
        ? { ...after, span: { start: before.span.start, end: after.span.end } }
        : after;
    if (!this.emit(c, whole, source, [...relays, ...after.relays])) return false;
    for (let x = subjStart; x <= c.j; x++) this.used.add(x);
    return true;
  }

  /**
   * `As X noted (on Monday), <clause>.` and `<clause>, as X admitted.`: "as" makes the cue a
   * comment on the clause it opens or closes, which is X's content. True when read so.
   */
  private asClause(c: Cue, subj: { span: Span | null; startTok: number; relays: Relay[] }): boolean {
    const { toks } = this;
    if (!subj.span) return false;
    // the noun phrase reader keeps "as" ("as well as"): "As X noted" may hold it
    const inside = toks[subj.startTok]?.l === 'as' && subj.startTok < c.i - 1;
    const as = inside ? toks[subj.startTok] : this.prevSignificant(subj.startTok);
    if (!as || as.l !== 'as') return false;
    const ai = this.index(as);
    const source = inside ? trimSpan(this.text, toks[ai + 1].s, subj.span.end) : subj.span;
    const relays: Relay[] = [...subj.relays];
    let k = c.j + 1;
    if (c.entry.frames.includes('obj')) k = this.hearer(k)?.next ?? k;
    k = this.skipAdverbials(k, relays);
    // "As X noted, …" (also "Of course, as X observed, …"): the clause after the comma
    if (this.skipDateline(0, ai) === ai || (toks[ai - 1]?.t === ',' && toks[k]?.t === ',')) {
      if (toks[k]?.t !== ',') return false;
      const content = this.clauseFrom(k + 1, c);
      if (!content || content.direct) return false;
      this.emit(c, content, source, [...relays, ...content.relays]);
    } else {
      // "…, as X admitted.": the clause before the comma, the cue closing the unit
      if (toks[ai - 1]?.t !== ',' || !this.isTail(k, c)) return false;
      const content = this.contentBefore(ai - 1, c);
      if (!content || content.direct) return false;
      // "A reminder: the plans would …, as X has noted": the clause after a colon
      for (let x = ai - 2; x >= 0 && toks[x].s >= content.span.start; x--)
        if (toks[x].t === ':') {
          content.span = trimSpan(this.text, toks[x + 1].s, content.span.end);
          break;
        }
      this.emit(c, content, source, relays);
    }
    for (let x = ai; x <= c.j; x++) this.used.add(x);
    return true;
  }

  /**
   * `Any deal, said Maria Lind, a professor at the University of Oslo, would need …`: an inverted
   * cue interjected mid-sentence, its source with an optional appositive between commas; the
   * clause goes on after it without a subject of its own, or it is a whole clause after an
   * opening adverbial ("Rather than …, said X, the company wants …"). One span holds both sides.
   */
  private invertedInterjection(c: Cue, comma: number, np: { span: Span; endTok: number }): boolean {
    const { toks } = this;
    let k = np.endTok + 1;
    // "The deal, announced Friday, would …": a participle with a time, not an inverted source
    const head = toks[np.endTok].l;
    if (toks[k]?.t !== ',' || WEEKDAY.test(head) || MONTH.test(head) || /^\d/.test(head)) return false;
    // an appositive ", a professor at the University of Oslo,"
    if (!this.subjectless(k + 1)) {
      let x = k + 1;
      while (
        x < toks.length &&
        x - k <= 16 &&
        toks[x].t !== ',' &&
        toks[x].kind !== 'q' &&
        !/^[.;:!?]$/.test(toks[x].t)
      )
        x++;
      if (toks[x]?.t === ',' && x > k + 1) k = x;
    }
    const before = this.contentBefore(comma, c);
    if (!before || before.direct) return false;
    const opener = this.adverbialOpener(before.span, comma);
    if (!this.subjectless(k + 1) && !(opener && toks[k + 1]?.kind === 'w' && this.npRight(k + 1)))
      return false;
    const after = this.clauseFrom(k + 1, c);
    if (!after) return false;
    const whole = { ...after, span: { start: before.span.start, end: after.span.end } };
    if (!this.emit(c, whole, np.span, after.relays)) return false;
    for (let x = c.i; x <= np.endTok; x++) this.used.add(x);
    return true;
  }

  /**
   * Does the clause at token k open with its verb, not its own subject ("… , he says, is
   * different", "…, economists say, limited the recovery")? Then it goes on with the words before.
   */
  private subjectless(k: number): boolean {
    const t = this.toks[k];
    if (!t || t.kind !== 'w' || t.cap) return false;
    return (AUX.has(t.l) && t.l !== 'also') || /^\p{Ll}+ed$/u.test(t.l);
  }

  /**
   * `Michael Seaman, who lives outside Sacramento, said he …`: a finite cue after a long
   * appositive or relative clause; the subject is the clause's first noun phrase.
   */
  private clauseSubjectCue(c: Cue): boolean {
    if (c.entry.form !== 'past' && c.entry.form !== 'third') return false;
    const prev = this.prevSignificant(c.i);
    if (!prev || prev.t !== ',') return false;
    const pi = this.index(prev);
    if (this.toks.slice(0, pi).some((t) => t.kind === 'q')) return false;
    const subj = this.clauseSubject(c.i);
    if (!subj) return false;
    const content = this.contentAfter(c, c.j + 1, this.insideContent(c.i));
    if (!content) return false;
    this.emit(c, content, subj, content.relays);
    return true;
  }

  /**
   * A quotation right before the attribution, whatever the source phrase looks like:
   * `“…,” said Republican party boss X, though …`, `“…!” one delegate from Ohio said as …`.
   * The source is the words between the quotation and the cue (or after an inverted cue), up to a
   * clause break; the content is the quotation.
   */
  private quoteAdjacent(c: Cue): void {
    const { toks } = this;
    let k = c.i - 1;
    while (
      k >= 0 &&
      toks[k].kind === 'w' &&
      (AUX.has(toks[k].l) || ADV.has(toks[k].l) || lyAdverb(toks[k].t)) &&
      !MODAL.has(toks[k].l)
    )
      k--;
    let source: Span | null = null;
    let q = -1;
    if (k >= 0 && (toks[k].kind === 'q' || (toks[k].t === ',' && toks[k - 1]?.kind === 'q'))) {
      // inverted: `“…,” said X`
      q = toks[k].kind === 'q' ? k : k - 1;
      let e = c.j;
      for (let j = c.j + 1; j < toks.length && j - c.j <= 10; j++) {
        const t = toks[j];
        if (t.kind !== 'w' && !/^['’.-]$/.test(t.t) && t.t !== '’s') break;
        if (
          t.kind === 'w' &&
          (CONJ.has(t.l) || REL.has(t.l) || AUX.has(t.l) || (PREP.has(t.l) && !/^(?:of|for)$/.test(t.l)))
        )
          break;
        e = j;
      }
      if (e === c.j) return;
      source = this.appositiveName(c.j + 1, e)?.span ?? trimSpan(this.text, toks[c.j + 1].s, toks[e].e);
    } else {
      // pre-posed: `“…,” one delegate from Ohio said`
      let j = k;
      let words = 0;
      while (j >= 0 && words <= 10) {
        const t = toks[j];
        if (t.kind === 'q') break;
        if (t.kind === 'p') {
          if (t.t === ',' && toks[j - 1]?.kind === 'q') break;
          if (!/^['’.-]$/.test(t.t) && t.t !== '’s') return;
        } else {
          if (CONJ.has(t.l) || REL.has(t.l) || AUX.has(t.l) || englishCueIndex().has(t.l)) return;
          words++;
        }
        j--;
      }
      if (j < 0 || j === k || words > 10) return;
      q = toks[j].kind === 'q' ? j : j - 1;
      source = trimSpan(this.text, toks[j + 1].s, toks[k].e);
    }
    if (q < 0 || toks[q].kind !== 'q' || !source) return;
    // the quotation opens the unit or follows a clause break
    if (!this.isQuoteAfterClauseBreak(q) && q !== 0) return;
    const content = this.segInner(toks[q].seg);
    if (this.out.some((a) => a.content.start < content.end && a.content.end > content.start)) return;
    if (countWords(this.text, content.start, content.end) < 2) return;
    const a = this.emit(c, { span: content, direct: true }, source, this.tailRelays(c.j + 1, c));
    if (a) this.quoteAfterAttribution(c.j + 1, a);
  }

  /** `“We are ready,” he said, “but only if …”`: a quotation right after the attribution continues it. */
  private quoteAfterAttribution(k: number, a: Attribution): void {
    const { toks } = this;
    for (let j = k; j < toks.length; j++) {
      const t = toks[j];
      if (t.kind === 'q') {
        const prev = toks[j - 1];
        // `“…,” he said, “…”` and `“…,” he said, but “…”`
        const joined = !!prev && /^(?:but|and)$/.test(prev.l) && toks[j - 2]?.t === ',';
        if (prev && (prev.t === ',' || prev.t === ':' || DASH.test(prev.t) || joined)) {
          this.out.push({
            ...a,
            content: this.segInner(t.seg),
            direct: true,
            mode: 'inherit',
            parent: this.out.indexOf(a),
          });
        }
        return;
      }
      if (t.kind === 'p' && /^[.!?;]$/.test(t.t)) return;
    }
  }

  /**
   * `…, Reuters reported.`: the outlet relays this unit's attributions. With nobody attributed
   * before it, the words are the outlet's own statement, as with "Reuters reported that …" (the
   * outlet may speak), and it relays the paragraph's later attributions.
   */
  private reportTail(source: Span, c: Cue, before: number): void {
    // "…, Caspian News reported, citing the oil ministry.": the one cited speaks, the outlet relays
    if (this.toks[c.j + 1]?.t === ',') {
      const cited = this.citingAside(c.j + 2);
      if (cited && !CITED_DATA.test(this.toks[cited.end - 1].l)) {
        const content = this.contentBefore(before, c);
        const speaker = trimSpan(this.text, this.toks[cited.from].s, this.toks[cited.end - 1].e);
        // (words another cue of the sentence already attributes are that cue's)
        const nested =
          !!content &&
          this.out.some((b) => !!b.cue && b.cue.start >= content.span.start && b.cue.end <= content.span.end);
        if (content && !nested) this.emit(c, content, speaker, [{ ...source, mediaOnly: false }]);
        return;
      }
    }
    const relay: Relay = { ...source, mediaOnly: false };
    const cueAt = this.toks[c.i].s;
    const earlier = this.out.filter((a) => a.at < cueAt);
    for (const a of earlier) a.relays = [...a.relays, relay];
    if (earlier.length) return;
    this.paragraphRelays.push({ paragraph: this.unit.paragraph, from: this.unit.start, relay });
    const content = this.contentBefore(before, c);
    if (content && !this.reportedSpeechInside(content.span)) this.emit(c, content, source, [], true);
  }

  /** "…,” he told fellow heads of state.": a hearer and no clause after "told". */
  /** The words after a "told"-like cue's hearer ("told reporters [the plan was …]"); 0 without a hearer. */
  private wordsAfterHearer(c: Cue, k: number): number {
    if (!c.entry.frames.includes('obj')) return 0;
    const h = this.hearer(k);
    return h ? this.toks.slice(h.next).filter((t) => t.kind === 'w').length : 0;
  }

  private tellWithoutClause(c: Cue, k: number): boolean {
    if (!c.entry.frames.includes('obj')) return false;
    return !this.toks.slice(k).some((t) => t.l === 'that' || t.t === ':' || t.kind === 'q');
  }

  /** `, saying (that) …` — the subject of the main clause; `Stressing that …, X …` — the subject after. */
  private participial(c: Cue): void {
    const { toks } = this;
    const prev = this.prevSignificant(c.i);
    const atStart =
      !prev ||
      (/^(?:while|after|before|by|when|in)$/.test(prev.l) && !this.prevSignificant(this.index(prev)));
    if (atStart) {
      const content = this.contentAfter(c, c.j + 1, true, true);
      if (!content) return;
      // the main clause starts after the comma that ends the participial clause
      const comma = this.mainClauseComma(c.j + 1);
      if (comma < 0) return;
      const np = this.npRight(comma + 1);
      if (!np) return;
      const end = toks[comma].s;
      const span = trimSpan(this.text, content.span.start, Math.min(content.span.end, end));
      if (span.end - span.start < 8) return;
      this.emit(c, { ...content, span }, np.span, content.relays);
      return;
    }
    // "…, with Pashinyan saying (that) …": an absolute clause whose own subject speaks
    for (let w = c.i - 2; w >= Math.max(0, c.i - 8); w--) {
      if (toks[w].kind !== 'w' || toks[w].l !== 'with') continue;
      const np = this.npRight(w + 1);
      if (!np || np.endTok !== c.i - 1) break;
      const content = this.contentAfter(c, c.j + 1, true);
      if (content) this.emit(c, content, np.span, content.relays);
      return;
    }
    if (
      !prev ||
      !(
        prev.t === ',' ||
        prev.l === 'and' ||
        prev.l === 'while' ||
        prev.l === 'by' ||
        prev.kind === 'q' ||
        DASH.test(prev.t)
      )
    )
      return;
    const content = this.contentAfter(c, c.j + 1, true);
    if (!content) return;
    // the speaker of this unit's last attribution, or the subject of the clause; a report verb's
    // participle ("RIA reported …, suggesting that …") is the outlet's comment, not a quotation
    const last = this.out.length ? this.out[this.out.length - 1] : null;
    if (last && this.reportOnly.has(last)) return;
    if (this.reportCueBefore(c.i)) return;
    if (last && last.source) {
      this.emit(c, content, last.source, last.relays);
      return;
    }
    const subj = this.clauseSubject(c.i);
    if (!subj) return;
    this.emit(c, content, subj, content.relays);
  }

  private reportCueBefore(i: number): boolean {
    for (let k = i - 1; k >= 0; k--)
      if (
        this.toks[k].kind === 'w' &&
        RELAY_REPORTING.has(this.toks[k].l) &&
        englishCueIndex().get(this.toks[k].l)?.kind === 'report'
      )
        return true;
    return false;
  }

  /** The comma ending a clause-initial participial phrase: the first one followed by a subject. */
  private mainClauseComma(from: number): number {
    const { toks } = this;
    for (let k = from; k < toks.length - 1; k++) {
      if (toks[k].t !== ',') continue;
      const n = toks[k + 1];
      if (n.kind === 'w' && (n.cap || PRONOUN_SUBJ.has(n.l) || (n.l === 'the' && this.roleAhead(k + 1))))
        return k;
    }
    return -1;
  }

  private roleAhead(k: number): boolean {
    for (let j = k; j < Math.min(this.toks.length, k + 5); j++)
      if (ROLE_WORDS.has(this.toks[j].l) || INSTITUTION_WORDS.has(this.toks[j].l)) return true;
    return false;
  }

  // ------------------------------------------------------------------ according to / quoted as saying / stated by

  private according(c: Cue): void {
    const { toks } = this;
    const prev = this.prevSignificant(c.i);
    const npStart = c.j + 1;
    const clauseStart =
      !prev ||
      (/^(?:but|and|however|meanwhile|yet|so|also|still|thus|moreover)$/.test(prev.l) &&
        !this.prevSignificant(this.index(prev))) ||
      (prev.t === ',' && this.isClauseOpener(this.index(prev)));
    if (clauseStart) {
      // "According to X, …"
      let comma = -1;
      for (let k = npStart; k < toks.length; k++)
        if (toks[k].t === ',' || toks[k].kind === 'q') {
          comma = k;
          break;
        }
      if (comma < 0 || toks[comma].kind === 'q') return;
      const srcEnd = comma;
      const after = this.skipAppositives(comma + 1);
      // "According to the ministry, X said that …": X speaks, the ministry relays
      const subj = this.npRight(after);
      const cue = subj ? englishCueIndex().get(toks[subj.endTok + 1]?.l ?? '') : undefined;
      // ("According to X, the ministers agreed to hold …": a verb taking an infinitive reports no speech)
      const infinitive = subj ? toks[subj.endTok + 2]?.l === 'to' : false;
      if (subj && cue && cue.form !== 'gerund' && cue.kind !== 'report' && !infinitive) {
        this.pendingRelay = { ...trimSpan(this.text, toks[npStart].s, toks[srcEnd - 1].e), mediaOnly: false };
        return;
      }
      const content = this.clauseFrom(after, c);
      if (!content) return;
      const a = this.emit(c, content, trimSpan(this.text, toks[npStart].s, toks[srcEnd - 1].e), [], true);
      if (a) this.relaying.add(a);
      return;
    }
    if (prev.t !== ',' && prev.kind !== 'q' && !DASH.test(prev.t)) return;
    // "…, according to X" or "X, according to Y, said …" (then Y relays the next cue)
    let end = toks.length;
    for (let k = npStart; k < toks.length; k++)
      if (toks[k].t === ',' || toks[k].t === ';' || toks[k].kind === 'q' || toks[k].t === '.') {
        end = k;
        break;
      }
    if (end <= npStart) return;
    const src = trimSpan(this.text, toks[npStart].s, toks[end - 1].e);
    if (end < toks.length && toks[end].t === ',' && this.nextCueAt(end + 1)) {
      this.pendingRelay = { ...src, mediaOnly: true };
      return;
    }
    // "X said …, according to Russian state media": the source relays the unit's attribution
    const cueAt = toks[c.i].s;
    // ("The government has threatened to …, according to X": a body's act is X's claim, not relayed)
    const earlier = this.out.filter(
      (a) =>
        a.at < cueAt &&
        a.source &&
        (this.input.personAt(a.source.start, a.source.end) ||
          PRONOUN_SUBJ.has(this.text.slice(a.source.start, a.source.end).toLowerCase())),
    );
    if (earlier.length) {
      for (const a of earlier) a.relays = [...a.relays, { ...src, mediaOnly: false }];
      return;
    }
    const content = this.contentBefore(this.index(prev), c, true);
    if (!content) return;
    this.emit(c, content, src, [], true);
  }

  private pendingRelay: Relay | null = null;

  private nextCueAt(k: number): boolean {
    const idx = englishCueIndex();
    for (let j = k; j < Math.min(this.toks.length, k + 3); j++) if (idx.has(this.toks[j].l)) return true;
    return false;
  }

  private isClauseOpener(commaIdx: number): boolean {
    // "However, according to …", "In particular, according to …"
    const p = this.prevSignificant(commaIdx);
    return (
      !!p &&
      /^(?:however|meanwhile|moreover|also|besides|still|yet|thus|instead|then|particular|addition|turn)$/.test(
        p.l,
      )
    );
  }

  /** `X quoted Y as saying …`, `Y was quoted as saying …`, `“…,” X cited Y as saying in a statement.` */
  private asSaying(c: Cue): void {
    const { toks } = this;
    const qv = this.quotingVerbBefore(c.i);
    if (qv < 0) return;
    const passive = /^(?:was|were|is|are|been)$/.test(toks[qv - 1]?.l ?? '');
    let speaker: Span | null = null;
    const relays: Relay[] = [];
    if (passive) {
      const subj = this.leftSubject(qv - 1);
      speaker = subj.span;
      // "was quoted by Reuters as saying"
      const by = toks.slice(qv + 1, c.i).findIndex((t) => t.l === 'by');
      if (by >= 0)
        relays.push({ ...trimSpan(this.text, toks[qv + 1 + by + 1].s, toks[c.i - 1].e), mediaOnly: false });
      // "was quoted as saying by Anadolu Agency"
      const after = toks[c.j + 1]?.l === 'by' ? this.npRight(c.j + 2) : null;
      if (after) relays.push({ ...after.span, mediaOnly: false });
    } else {
      if (qv + 1 >= c.i) return;
      speaker = trimSpan(this.text, toks[qv + 1].s, toks[c.i - 1].e);
      const subj = this.leftSubject(qv);
      if (subj.span) relays.push({ ...subj.span, mediaOnly: false });
    }
    if (!speaker) return;
    const content = this.contentAfter(c, c.j + 1);
    if (content) {
      this.emit(c, content, speaker, [...relays, ...content.relays]);
      return;
    }
    // `“…,” APA cited the Ministry as saying in a press release.`
    const start = passive ? this.leftSubject(qv - 1).startTok : this.leftSubject(qv).startTok;
    const before = this.prevSignificant(start);
    if (!before) return;
    const cb = this.contentBefore(this.index(before), c);
    if (cb) this.emit(c, cb, speaker, relays);
  }

  /** `Y has decided to …, as announced by X in an interview with Z`: the clause before the comma is X's. */
  private asBy(c: Cue): void {
    const np = this.npRight(c.j + 1);
    if (!np) return;
    const comma = c.i - 2;
    const content = this.contentBefore(comma, c);
    if (!content) return;
    this.emit(c, content, np.span, this.tailRelays(np.endTok + 1, c));
  }

  /** `This was stated by X`: the previous sentence of the paragraph is X's. */
  private statedBy(c: Cue): void {
    const { toks } = this;
    const np = this.npRight(c.j + 1);
    if (!np) return;
    const prevUnit = this.units[this.unitIndex - 1];
    if (
      !prevUnit ||
      (prevUnit.paragraph !== this.unit.paragraph &&
        this.unitIndex > 1 &&
        this.units[this.unitIndex - 1].paragraph !== this.unit.paragraph - 1)
    )
      return;
    const tks = unitTokens(this.input, prevUnit);
    if (!tks.length) return;
    const only = tks.filter((t) => t.kind !== 'p');
    const direct = only.length === 1 && only[0].kind === 'q';
    const seg = direct ? this.input.segs[only[0].seg] : null;
    const span = seg
      ? trimSpan(this.text, seg.open + 1, seg.close)
      : trimSpan(this.text, prevUnit.start, prevUnit.end, /[\s.]/);
    this.out.push({
      content: span,
      direct,
      cue: { start: toks[c.i].s, end: toks[c.i].e },
      cueText: `${toks[c.i - 1]?.l ?? ''} ${toks[c.i].l} by`.trim(),
      kind: 'speech',
      source: np.span,
      mode: 'np',
      relays: this.tailRelays(np.endTok + 1, c),
      at: toks[c.i].s,
    });
  }

  // ------------------------------------------------------------------ quotations without a verb

  /** `“…” – Tokaev` / `… - Channel One with reference to X` at the end of a unit. */
  private dashAttribution(): void {
    const { toks } = this;
    for (let k = 1; k < toks.length - 1; k++) {
      if (!DASH.test(toks[k].t)) continue;
      const np = this.npRight(k + 1);
      if (
        !np ||
        (np.endTok + 1 < toks.length &&
          !/^[.,]$/.test(toks[np.endTok + 1].t) &&
          !this.referenceTail(np.endTok + 1))
      )
        continue;
      if (!this.input.mentionAt(np.span.start, np.span.end)) continue;
      // "BISHKEK, June 6 — Kyrgyzstan, China and …": a wire dateline's dash opens the story
      if (this.isWireDateline(k)) continue;
      const prev = toks[k - 1];
      const covered = this.out.some((a) => a.content.start <= prev.s && a.content.end >= prev.s);
      if (covered) continue;
      const ref = this.referenceTail(np.endTok + 1);
      let content: { span: Span; direct: boolean } | null = null;
      if (prev.kind === 'q' && k === 1) content = { span: this.segInner(prev.seg), direct: true };
      else if (k >= 3) content = { span: trimSpan(this.text, toks[0].s, prev.e), direct: false };
      if (!content || content.span.end - content.span.start < 8) continue;
      const cue = { start: toks[k].s, end: toks[k].e };
      if (ref) {
        this.out.push({
          content: content.span,
          direct: content.direct,
          cue,
          cueText: 'with reference to',
          kind: 'speech',
          source: ref,
          mode: 'np',
          relays: [{ ...np.span, mediaOnly: false }],
          at: toks[k].s,
        });
      } else {
        this.out.push({
          content: content.span,
          direct: content.direct,
          cue,
          cueText: toks[k].t,
          kind: 'speech',
          source: np.span,
          mode: 'np',
          relays: [],
          at: toks[k].s,
        });
      }
      return;
    }
  }

  /** "with reference to X" / "citing X" after a dash attribution: X is the speaker. */
  private referenceTail(k: number): Span | null {
    const { toks } = this;
    const w = `${toks[k]?.l ?? ''} ${toks[k + 1]?.l ?? ''} ${toks[k + 2]?.l ?? ''}`;
    const m = /^(with reference to|citing|quoting)\b/.exec(w);
    if (!m) return null;
    const skip = m[1].split(' ').length;
    if (k + skip >= toks.length) return null;
    return trimSpan(this.text, toks[k + skip].s, toks[toks.length - 1].e, /[\s,.;:]/);
  }

  /** `Pashinyan: “…”` (headline style): a named person, a colon, a quotation. */
  private nameColonQuote(): void {
    const { toks } = this;
    this.headlineColon();
    for (let k = 1; k + 1 < toks.length; k++) {
      if (toks[k].t !== ':' || toks[k + 1].kind !== 'q') continue;
      const q = toks[k + 1];
      if (this.out.some((a) => a.content.start >= q.s && a.content.end <= q.e)) continue;
      const first = this.prevSignificant(k);
      if (!first) continue;
      const start = k - 1 >= 0 ? this.npStartBack(k - 1) : -1;
      if (start < 0) continue;
      const span = trimSpan(this.text, toks[start].s, toks[k - 1].e);
      if (start !== 0 || !this.input.personAt(span.start, span.end)) continue;
      this.colonAttribution(span, k, this.segInner(q.seg), true);
    }
  }

  /** The named source before the colon at token `colon` says `content`. */
  private colonAttribution(source: Span, colon: number, content: Span, direct: boolean): void {
    const t = this.toks[colon];
    this.out.push({
      content,
      direct,
      cue: { start: t.s, end: t.e },
      cueText: ':',
      kind: 'speech',
      source,
      mode: 'np',
      relays: [],
      at: t.s,
    });
  }

  /**
   * `Erdogan: Turkey will not accept a fait accompli` as a headline (the text's first paragraph, a
   * line without a closing full stop): the person named before the colon says the clause after it.
   */
  private headlineColon(): void {
    const { toks } = this;
    if (this.unit.paragraph !== 0 || this.unitIndex !== 0 || toks.length < 6) return;
    if (/^[.!?]$/.test(toks[toks.length - 1].t) || toks.some((t) => t.kind === 'q')) return;
    const k = toks.findIndex((t) => t.t === ':');
    if (k < 1 || k > 4) return;
    const span = trimSpan(this.text, toks[0].s, toks[k - 1].e);
    if (
      !toks.slice(0, k).every((t) => t.cap || /^['’.-]$/.test(t.t)) ||
      !this.input.personAt(span.start, span.end)
    )
      return;
    // a clause after the colon: at least four words, one of them a verb form
    const after = toks.slice(k + 1).filter((t) => t.kind === 'w');
    if (
      after.length < 4 ||
      !after.some((t) => AUX.has(t.l) || MODAL.has(t.l) || /^\p{Ll}+(?:s|ed)$/u.test(t.t))
    )
      return;
    this.colonAttribution(span, k, trimSpan(this.text, toks[k + 1].s, toks[toks.length - 1].e), false);
  }

  // ------------------------------------------------------------------ nesting and partial quotes

  /**
   * `Reuters reported that Peskov said …`, `according to TASS, X said …`: when a reporting
   * attribution's content opens with another attribution, the inner one is the statement and
   * the outer source relays it.
   */
  private nesting(): void {
    const out = this.out;
    for (const outer of out) {
      if (outer.direct || !outer.source) continue;
      if (!this.reportOnly.has(outer) && !this.relaying.has(outer)) continue;
      for (const inner of out) {
        if (inner === outer || !inner.source || inner.direct) continue;
        if (inner.at < outer.content.start || inner.at > outer.content.end) continue;
        if (inner.source.start - outer.content.start > 60) continue;
        inner.relays = [...inner.relays, { ...outer.source, mediaOnly: false }, ...outer.relays];
        outer.content = { start: outer.content.start, end: outer.content.start }; // emptied: dropped below
        break;
      }
    }
    for (let i = out.length - 1; i >= 0; i--)
      if (out[i].content.end <= out[i].content.start) this.removeAt(i);
  }

  /** A report verb's own content is the outlet's reporting, not a quotation: it relays the paragraph. */
  private dropReportOnly(): void {
    for (let i = this.out.length - 1; i >= 0; i--) {
      const a = this.out[i];
      if (!this.reportOnly.has(a)) continue;
      if (a.source)
        this.paragraphRelays.push({
          paragraph: this.unit.paragraph,
          from: a.content.start,
          relay: { ...a.source, mediaOnly: false },
        });
      // "RIA Novosti reported that the secretariat had not been notified": with nobody quoted
      // inside, the report is the outlet's own statement (the outlet may speak: mediaMaySpeak)
      const nested = this.out.some(
        (b) => b !== a && b.cue && b.cue.start >= a.content.start && b.cue.end <= a.content.end,
      );
      if (!nested && a.source && !this.reportedSpeechInside(a.content)) continue;
      this.removeAt(i);
    }
  }

  /** Does a report's content hold a speech verb of its own ("reported that X had told …")? */
  private reportedSpeechInside(content: Span): boolean {
    const idx = englishCueIndex();
    return this.toks.some(
      (t) =>
        t.kind === 'w' &&
        t.s >= content.start &&
        t.e <= content.end &&
        (idx.get(t.l)?.kind === 'speech' || t.l === 'according'),
    );
  }

  private removeAt(i: number): void {
    this.out.splice(i, 1);
    for (const a of this.out) if (a.parent !== undefined && a.parent > i) a.parent--;
  }

  /** Quotations inside reported content are direct quotes of the same source (4+ words, or the name a naming verb gives). */
  private partialQuotes(): void {
    const { toks } = this;
    const n = this.out.length;
    for (let i = 0; i < n; i++) {
      const a = this.out[i];
      if (a.direct) continue;
      const naming = NAMING_LEMMAS.has(this.lemmaOf(a.cueText));
      let emptied = false;
      let keep = false;
      for (const t of toks) {
        if (t.kind !== 'q' || t.s < a.content.start || t.e > a.content.end + 1) continue;
        const inner = this.segInner(t.seg);
        const words = countWords(this.text, inner.start, inner.end);
        const quotedFrame = naming || this.quotedFrameOf(a.cueText);
        // a quotation after an article names a thing ("the “three evil forces” of …"), unless a naming verb gives it
        const prevTok = toks[toks.indexOf(t) - 1];
        const term =
          !!prevTok &&
          // ("said that “…”": there "that" opens the clause)
          ((DET.has(prevTok.l) && prevTok.l !== 'that' && !quotedFrame) ||
            /^(?:so-called|dubbed|named|titled|entitled|termed|headlined)$/.test(prevTok.l) ||
            (prevTok.l === 'as' && toks[toks.indexOf(t) - 2]?.l === 'known'));
        // "accused the “global war party” of …": the quotation names whom, the accusation follows "of"
        const accused = toks[toks.indexOf(t) + 1]?.l === 'of' && this.ofFrameOf(a.cueText);
        if (term || accused) continue;
        if (words < 3 && !(quotedFrame && words >= 2 && t.s - a.content.start <= 80)) {
          // 'called them “terrorists”': a word too short to stand alone stays inside its container
          if (quotedFrame && words >= 1) keep = true;
          continue;
        }
        if (this.out.some((b) => b.direct && b.content.start === inner.start)) continue;
        this.out.push({
          content: inner,
          direct: true,
          cue: a.cue,
          cueText: a.cueText,
          kind: a.kind,
          source: a.source,
          mode: 'inherit',
          relays: a.relays,
          at: a.at,
          parent: i,
        });
        // "called relations “the best in history”", "accused Y of “…”": the quoted words are the statement
        if (quotedFrame) emptied = true;
      }
      // (after every quotation of the content is read: "described it as “…” and “…”")
      if (emptied && !keep) a.content = { start: a.content.start, end: a.content.start };
    }
    // containers emptied above: their fragments take their place (parents resolve first, then are dropped)
    for (const a of this.out) if (a.content.end <= a.content.start) a.dropAfterResolve = true;
  }

  private lemmaOf(cueText: string | null): string {
    const e = cueText ? englishCueIndex().get(cueText) : undefined;
    return e?.lemma ?? '';
  }

  /** "accused Y of …", "warned of …": the cue takes an "of" phrase. */
  private ofFrameOf(cueText: string | null): boolean {
    const e = cueText ? englishCueIndex().get(cueText) : undefined;
    return !!e && e.frames.includes('of');
  }

  /** "thanked him “for …”", "accused Y of “…”": the quoted words are what makes these statements. */
  private quotedFrameOf(cueText: string | null): boolean {
    const e = cueText ? englishCueIndex().get(cueText) : undefined;
    return !!e && e.frames.includes('quoted');
  }

  // ------------------------------------------------------------------ noun phrases

  /** The subject before a cue: over auxiliaries, adverbs, time phrases and appositives. */
  private leftSubject(ci: number): { span: Span | null; startTok: number; coord: boolean; relays: Relay[] } {
    const { toks } = this;
    const relays: Relay[] = [];
    let j = ci - 1;
    const none = { span: null, startTok: ci, coord: false, relays };
    for (let guard = 0; guard < 12 && j >= 0; guard++) {
      const w = toks[j];
      if (w.kind !== 'w') break;
      if (AUX.has(w.l) || ADV.has(w.l) || lyAdverb(w.t)) {
        j--;
        continue;
      }
      // "X is reported to have said", "X was said to have told": a raising passive keeps X the subject
      if (
        w.l === 'to' &&
        RAISING_PASSIVE.test(`${toks[j - 2]?.l ?? ''} ${toks[j - 1]?.l ?? ''} to ${toks[j + 1]?.l ?? ''}`)
      ) {
        j -= 2;
        continue;
      }
      // "Peskov on Friday said", "Tokayev in an interview with X said"
      if (WEEKDAY.test(w.l) || (MONTH.test(toks[j - 1]?.l ?? '') && /^\d+$/.test(w.t))) {
        let k = j - 1;
        while (k >= 0 && (MONTH.test(toks[k].l) || /^(?:on|late|early|last|this)$/.test(toks[k].l))) k--;
        j = k;
        continue;
      }
      break;
    }
    if (j < 0) return none;
    // "47% say"
    if (toks[j].t === '%' && j > 0 && /^\d/.test(toks[j - 1].t)) {
      const start =
        j >= 2 && toks[j - 2].kind === 'w' && !CONJ.has(toks[j - 2].l) && !REL.has(toks[j - 2].l)
          ? j - 2
          : j - 1;
      return { span: trimSpan(this.text, toks[start].s, toks[j].e), startTok: start, coord: false, relays };
    }
    // an appositive or a participial aside between commas: "X, the Kremlin spokesman, said"
    if (toks[j].t === ',' || toks[j].t === ')') {
      const close = j;
      let k = j - 1;
      const opener = toks[j].t === ')' ? '(' : ',';
      while (k >= 0 && toks[k].t !== opener && toks[k].kind !== 'q' && toks[k].t !== ';' && close - k < 20)
        k--;
      if (k < 1 || toks[k].t !== opener) return none;
      // "Sen. Rand Paul (R-Ky.) said": a parenthesis is an aside
      if (opener === '(') {
        j = k - 1;
        const start = this.npStartBack(j);
        if (start < 0) return none;
        return { span: trimSpan(this.text, toks[start].s, toks[j].e), startTok: start, coord: false, relays };
      }
      const first = toks[k + 1];
      const aside = toks.slice(k + 1, close);
      const asideText = aside.map((t) => t.l).join(' ');
      // "the press secretary of the President, Berik Uali, suggested": the name between commas after a role phrase
      const asName =
        aside.length > 0 &&
        aside.length <= 5 &&
        aside.every((t) => (t.kind === 'w' && t.cap) || t.t === '-' || t.t === '.') &&
        this.input.personAt(aside[0].s, aside[aside.length - 1].e) &&
        k > 0 &&
        this.roleBefore(k);
      if (asName) {
        return {
          span: trimSpan(this.text, aside[0].s, aside[aside.length - 1].e),
          startTok: this.npStartBack(k - 1) >= 0 ? this.npStartBack(k - 1) : k + 1,
          coord: false,
          relays,
        };
      }
      // an aside opens with an article, a relative, a participle, a role or any lower-case word ("first deputy head of …")
      const isAside =
        first &&
        (DET.has(first.l) ||
          REL.has(first.l) ||
          /ing$/.test(first.l) ||
          ROLE_WORDS.has(first.l) ||
          /^(?:in|on|at|during|after|speaking|writing|according|also|however)$/.test(first.l) ||
          (first.kind === 'w' && !first.cap && !CONJ.has(first.l) && !PRONOUN_SUBJ.has(first.l)) ||
          (aside.every((t) => t.kind === 'w' && (ROLE_WORDS.has(t.l) || t.cap)) &&
            aside.some((t) => ROLE_WORDS.has(t.l))));
      if (!isAside) return none;
      // "in an interview with X" inside the aside is a relay
      // and so is "speaking to X", "talking to X"
      // and so is "quoted by X", "as cited by X"
      const iv =
        /(?:^|\s)(?:in|during) (?:an? )?(?:exclusive )?(?:interview|comments?|remarks) (?:with|to|for) |^(?:speaking|talking) (?:exclusively )?(?:to|with) |^(?:as )?(?:quoted|cited) by /.exec(
          asideText,
        );
      if (iv) relays.push({ ...trimSpan(this.text, toks[k + 1].s, toks[close - 1].e), mediaOnly: true });
      j = k - 1;
      // "Anna Berg, 58, who lives outside Bergen, says": an age between commas before the aside
      if (j >= 2 && /^\d{1,3}$/.test(toks[j].t) && toks[j - 1].t === ',' && toks[j - 2].kind === 'w') j -= 2;
      if (j < 0) return none;
    }
    const w = toks[j];
    if (w.kind !== 'w') return none;
    if (w.l === 'and' || w.l === 'but' || w.l === 'then') {
      // "X met Y and said …": the clause's subject
      const subj = this.clauseSubject(j);
      return subj ? { span: subj, startTok: j, coord: true, relays } : none;
    }
    if (CONJ.has(w.l) || (REL.has(w.l) && w.l !== 'that') || (PREP.has(w.l) && !/^(?:of|for)$/.test(w.l))) {
      // "…, who said", "…, which says": the relative's antecedent
      if (w.l === 'who' || w.l === 'which') {
        const k = this.prevSignificant(j);
        // "business leaders who say …", "voters who said …": a restrictive relative's antecedent
        if (
          w.l === 'who' &&
          k &&
          k.kind === 'w' &&
          !k.cap &&
          /s$/.test(k.l) &&
          (this.npWord(k) || isPersonNoun(k.l))
        ) {
          const s = this.npStartBack(j - 1);
          if (s >= 0)
            return { span: trimSpan(this.text, toks[s].s, toks[j - 1].e), startTok: s, coord: false, relays };
        }
        if (k && k.t === ',') {
          const s = this.npStartBack(this.index(k) - 1);
          if (s >= 0)
            return {
              span: trimSpan(this.text, toks[s].s, toks[this.index(k) - 1].e),
              startTok: s,
              coord: false,
              relays,
            };
        }
      }
      return none;
    }
    const np = this.npStartBack(j);
    if (np < 0) return none;
    const start = this.personBeforePlaces(np);
    // "the Russian embassy in Chisinau said", "the Embassy of Azerbaijan in Tehran said": a
    // diplomatic mission speaks, not the city it sits in
    const m = start === np && np >= 3 && /^(?:in|at)$/.test(toks[np - 1].l) ? this.npStartBack(np - 2) : -1;
    if (m >= 0 && toks.slice(m, np - 1).some((t) => MISSION_NOUNS.test(t.l)))
      return { span: trimSpan(this.text, toks[m].s, toks[np - 2].e), startTok: m, coord: false, relays };
    return { span: trimSpan(this.text, toks[start].s, toks[j].e), startTok: start, coord: false, relays };
  }

  /**
   * "A source in the Azeri embassy in Tehran tells", "an official at the ministry in Baku said":
   * the subject is the person the place phrases belong to, not the place before the verb. From the
   * phrase starting at token s, goes back over up to three "in/at/from/within" phrases to a noun
   * phrase headed by a person noun; returns s unchanged when there is none.
   */
  private personBeforePlaces(s: number): number {
    const { toks } = this;
    let k = s;
    for (let hop = 0; hop < 3; hop++) {
      // "people familiar with the matter", "sources close to the talks", "officials briefed on
      // the plan", "diplomats with knowledge of …": who the sources are, after the head noun
      const knowing = this.knowledgeModifier(k);
      if (knowing > 0) {
        const head = toks[knowing - 1];
        const before = head?.kind === 'w' ? this.npStartBack(knowing - 1) : -1;
        if (before >= 0 && (isPersonNoun(head.l) || /^(?:sources?|officials?)$/.test(head.l))) return before;
        return s;
      }
      const prep = toks[k - 1];
      if (!prep || prep.kind !== 'w' || !/^(?:in|at|from|within|inside)$/.test(prep.l) || k < 2) return s;
      const head = toks[k - 2];
      if (head.kind !== 'w') return s;
      const before = this.npStartBack(k - 2);
      if (before < 0) return s;
      // (a head capitalised only because it opens the sentence is no name: "Analysts in Tashkent said")
      const initial = k - 2 === 0 || toks[k - 3].kind === 'p';
      if (
        (!head.cap || (initial && before === k - 2)) &&
        (isPersonNoun(head.l) || /^(?:source|sources|official|officials)$/.test(head.l))
      )
        return before;
      // "Economist Aliya Serikova in Almaty said": a person named before the place speaks
      if (head.cap && this.input.personAt(toks[before].s, head.e)) return before;
      k = before;
    }
    return s;
  }

  /**
   * The token opening a "familiar with" / "close to" / "briefed on" / "with knowledge of" phrase
   * whose object starts at token k, or -1.
   */
  private knowledgeModifier(k: number): number {
    const l = (i: number) => this.toks[i]?.l ?? '';
    if (/^(?:with|to|on|in|about|of)$/.test(l(k - 1))) {
      const pair = `${l(k - 2)} ${l(k - 1)}`;
      if (
        /^(?:familiar with|close to|briefed on|involved in|knowledgeable about|privy to|aware of)$/.test(pair)
      )
        return k - 2;
      if (/^(?:knowledge|understanding) of$/.test(pair) && /^(?:with|have|had)$/.test(l(k - 3))) return k - 3;
    }
    return -1;
  }

  /** Does a role phrase end right before the comma at token k ("the press secretary of the President of Kazakhstan,", "its commander,")? */
  private roleBefore(k: number): boolean {
    let s = this.npStartBack(k - 1);
    if (s < 0) return false;
    // "the EU's ambassador to Georgia, X, said": the role stands before the mission's place
    if (s > 1 && /^(?:to|in|at)$/.test(this.toks[s - 1].l)) {
      const r = this.npStartBack(s - 2);
      if (r >= 0) s = r;
    }
    // "the head of the security service, X, said", "the chairman of Kyrgyzstan's security
    // committee, X,": the role heads an "of" phrase whose object has lower-case words
    for (let hop = 0; hop < 2; hop++) {
      let p = s - 1;
      // (lower-case words of the object: "the security service", "Kyrgyzstan's security service")
      for (let n = 0; n < 3 && p >= 1; n++, p--) {
        const w = this.toks[p];
        if (
          w.kind !== 'w' ||
          w.cap ||
          DET.has(w.l) ||
          CONJ.has(w.l) ||
          REL.has(w.l) ||
          AUX.has(w.l) ||
          PREP.has(w.l)
        )
          break;
      }
      // (a possessor before them)
      if (p >= 1 && /^['’]s$/.test(this.toks[p].t)) {
        const r = this.npStartBack(p - 1);
        if (r < 0) break;
        s = r;
        p = s - 1;
      }
      if (p >= 0 && DET.has(this.toks[p].l)) p--;
      if (p < 1 || this.toks[p].l !== 'of') break;
      const r = this.npStartBack(p - 1);
      if (r < 0) break;
      s = r;
    }
    return this.toks
      .slice(s, k)
      .some(
        (t) => ROLE_WORDS.has(t.l) || isPersonNoun(t.l) || /^(?:colonel-general|general|colonel)$/.test(t.l),
      );
  }

  /** First token of the noun phrase ending at token j (inclusive), or -1. */
  private npStartBack(j: number): number {
    const { toks } = this;
    let k = j;
    let words = 0;
    while (k >= 0 && words < 10) {
      const t = toks[k];
      if (t.kind === 'q') break;
      // a slash or ampersand between capitalised words is inside a name: "RFE/RL", "AT&T"
      const joiner = /^[/&]$/.test(t.t) && !!toks[k - 1]?.cap && !!toks[k + 1]?.cap;
      if (t.kind === 'p' && !/^['’.-]$/.test(t.t) && t.t !== '’s' && t.t !== "'s" && !joiner) break;
      // a hyphen with spaces around is a dash ("BAKU (AP) - Officials said"), not inside a name
      if (t.t === '-' && /\s/.test(this.text[t.s - 1] ?? '') && /\s/.test(this.text[t.e] ?? '')) break;
      if (t.kind === 'w') {
        if (
          k < j &&
          ((CONJ.has(t.l) && t.l !== 'as') ||
            REL.has(t.l) ||
            AUX.has(t.l) ||
            (PREP.has(t.l) && !/^(?:of|for)$/.test(t.l)))
        )
          break;
        if (k < j && t.l !== "'s" && t.l !== '’s' && !t.cap && !DET.has(t.l) && !this.npWord(t)) break;
        words++;
      }
      k--;
    }
    let s = k + 1;
    // leading "of"/"for" or punctuation cannot open a phrase
    while (s <= j && (toks[s].kind === 'p' || /^(?:of|for)$/.test(toks[s].l))) s++;
    // "the budget office", "the party’s campaign staff": lower-case modifiers after an article
    let x = s - 1;
    let mods = 0;
    while (
      x >= 0 &&
      mods < 3 &&
      toks[x].kind === 'w' &&
      !toks[x].cap &&
      !DET.has(toks[x].l) &&
      !CONJ.has(toks[x].l) &&
      !REL.has(toks[x].l) &&
      !AUX.has(toks[x].l) &&
      !PREP.has(toks[x].l) &&
      !ADV.has(toks[x].l) &&
      !/(?:ly|ed|ing)$/.test(toks[x].l) &&
      !englishCueIndex().has(toks[x].l) &&
      !PRONOUN_SUBJ.has(toks[x].l)
    ) {
      x--;
      mods++;
    }
    if (
      mods > 0 &&
      x >= 0 &&
      toks[x].kind === 'w' &&
      DET.has(toks[x].l) &&
      !/^(?:that|those|these|this)$/.test(toks[x].l)
    )
      s = x;
    // "…, federal officials said": lower-case modifiers right after a comma or opening the unit
    else if (mods > 0 && (x < 0 || toks[x].t === ',' || DASH.test(toks[x].t))) s = x + 1;
    return s <= j ? s : -1;
  }

  /** Lower-case words that belong to a speaker noun phrase ("the Kremlin spokesman", "a senior official"). */
  private npWord(t: Tok): boolean {
    return (
      ROLE_WORDS.has(t.l) ||
      // "chief medical officer of health", "the province's top public health doctor"
      OFFICE_MODIFIERS.test(t.l) ||
      INSTITUTION_WORDS.has(t.l) ||
      DESCRIPTOR_WORDS.has(t.l) ||
      /^(?:of|for|senior|top|former|deputy|first|chief|foreign|press|presidential|official|state|news|government|military|defense|defence|prime|general|political|the|two|both|local|western|russian|other|another|several|some|many|source|sources|analysts?|experts?|officials?|observers?|diplomats?|critics?|people|residents|witnesses|insiders|lawmakers|authorities|side|leadership|statement|report|communique|document|letter|message|ministry|service)$/.test(
        t.l,
      ) ||
      // words that modify a speaker noun ("Georgia's ruling party", "the acting mayor",
      // "the country's jailed opposition leader"), not verbs of the clause
      SPEAKER_MODIFIERS.has(t.l)
    );
  }

  /** The noun phrase starting at token k (a name, a pronoun, a role phrase), up to a clause break. */
  private npRight(k: number): { span: Span; endTok: number } | null {
    const { toks } = this;
    if (k >= toks.length || toks[k].kind !== 'w') return null;
    const first = toks[k];
    if (PRONOUN_SUBJ.has(first.l)) return { span: { start: first.s, end: first.e }, endTok: k };
    if (!(first.cap || DET.has(first.l) || this.npWord(first))) return null;
    let e = k;
    // an article ("The text …": "The" alone) is no head
    let sawHead = (first.cap || this.npWord(first)) && !DET.has(first.l);
    for (let j = k + 1; j < toks.length && j - k < 12; j++) {
      const t = toks[j];
      if (t.kind === 'q') break;
      if (t.kind === 'p') {
        // ("Ontario's Health Minister X": the possessive of either apostrophe stays in the phrase)
        if (/^['’.-]$/.test(t.t) || /^['’]s$/.test(t.t)) continue;
        // "RFE/RL", "AT&T": a slash or ampersand between capitalised parts of one name
        if ((t.t === '/' || t.t === '&') && toks[j - 1].cap && toks[j + 1]?.cap && toks[j + 1].s === t.e)
          continue;
        break;
      }
      if (CONJ.has(t.l) || REL.has(t.l) || AUX.has(t.l) || (PREP.has(t.l) && !/^(?:of|for)$/.test(t.l)))
        break;
      // "France 24", "Channel 4": a number closing a name
      if (/^\d+$/.test(t.t) && toks[j - 1].cap) {
        e = j;
        continue;
      }
      // "the President of the country Kasym-Jomart Tokayev", "the leader of the party X": a
      // common noun after "of the" that a name stands in apposition to belongs to the phrase
      const appositionNoun =
        !t.cap &&
        t.kind === 'w' &&
        DET.has(toks[j - 1].l) &&
        /^(?:of|for)$/.test(toks[j - 2]?.l ?? '') &&
        !!toks[j + 1]?.cap &&
        toks[j + 1].kind === 'w';
      // "Georgian Dream founder Bidzina Ivanishvili", "Kloop editor X": a noun for one person
      // between the name of the body and the person's name is the person's title
      const titleBetween =
        !t.cap &&
        t.kind === 'w' &&
        toks[j - 1].cap &&
        !!toks[j + 1]?.cap &&
        toks[j + 1].kind === 'w' &&
        isPersonNoun(t.l) &&
        !COLLECTIVE_NOUNS.has(t.l) &&
        this.personRunAt(j + 1);
      if (!(t.cap || this.npWord(t) || DET.has(t.l) || appositionNoun || titleBetween)) break;
      if (
        /^(?:of|for)$/.test(t.l) &&
        !(toks[j + 1] && (toks[j + 1].cap || DET.has(toks[j + 1].l) || this.npWord(toks[j + 1])))
      )
        break;
      if (!DET.has(t.l)) sawHead = true;
      e = j;
    }
    if (!sawHead) return null;
    return { span: trimSpan(this.text, toks[k].s, toks[e].e), endTok: e };
  }

  /** Does a person's name open at token k and lie within the capitalised words from k? */
  private personRunAt(k: number): boolean {
    const { toks } = this;
    let e = k;
    while (toks[e + 1]?.cap && toks[e + 1].kind === 'w' && e - k < 4) e++;
    return this.input.personAt(toks[k].s, toks[e].e);
  }

  /** The subject of the clause holding token `upTo`: its first noun phrase after any opening adverbial. */
  private clauseSubject(upTo: number): Span | null {
    const { toks } = this;
    // a wire dateline ("BERLIN (Reuters) — X met … and said") is no subject
    let k = upTo > 1 ? this.skipDateline(0, upTo - 1) : 0;
    // an opening adverbial ends at the first comma
    const firstComma = toks.findIndex((t, i) => i > k && i < upTo && t.t === ',');
    const t0 = toks[k];
    const opener =
      t0?.kind === 'w' &&
      (PREP.has(t0.l) ||
        ADV.has(t0.l) ||
        /ly$/.test(t0.l) ||
        /^(?:earlier|later|meanwhile|however|separately)$/.test(t0.l));
    if (opener && firstComma > 0) k = firstComma + 1;
    else if (t0?.kind === 'w' && firstComma > 0 && this.clauseOpener(k, firstComma)) {
      // "When he ran in 2010, Governor X attacked …", "Speaking on Sunday, X said …", "Hours
      // later, X answered …, telling …": the subject follows the comma that closes the opener
      const comma = this.mainClauseComma(k + 1);
      if (comma > 0 && comma < upTo) k = comma + 1;
    }
    for (; k < upTo; k++) {
      const t = toks[k];
      if (t.kind !== 'w') continue;
      if (PRONOUN_SUBJ.has(t.l)) return { start: t.s, end: t.e };
      if (t.cap || DET.has(t.l) || this.npWord(t)) {
        const np = this.npRight(k);
        return np ? np.span : null;
      }
      return null;
    }
    return null;
  }

  /**
   * Does the unit open at token k with an adverbial that ends at a comma rather than with its
   * subject: a subordinate clause ("When …,", "Although …,"), a participle ("Speaking on Sunday,",
   * "Having announced …,", "Asked about …,") or a time phrase ("Hours later,", "Tuesday at …,",
   * "Back in 1999,")?
   */
  private clauseOpener(k: number, comma: number): boolean {
    const t = this.toks[k];
    if (CONJ.has(t.l) && !/^(?:and|but|or|nor|yet|so)$/.test(t.l)) return true;
    if (WEEKDAY.test(t.l) || MONTH.test(t.l) || /^(?:back|rather|instead)$/.test(t.l)) return true;
    if (/^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(t.t) && !this.input.mentionAt(t.s, t.e)) return true;
    const last = this.toks[comma - 1];
    return comma - k <= 5 && /^(?:later|earlier|ago)$/.test(last.l);
  }

  /** Is `span`, ending at the comma at token `comma`, an unquoted adverbial opening the unit ("At a rally on Sunday")? */
  private adverbialOpener(span: Span, comma: number): boolean {
    const { toks } = this;
    const k = this.tokAt(span.start);
    const t = toks[k];
    if (!t || k >= comma || t.kind !== 'w' || toks.slice(k, comma).some((x) => x.kind === 'q')) return false;
    return PREP.has(t.l) || ADV.has(t.l) || lyAdverb(t.l) || this.clauseOpener(k, comma);
  }

  // ------------------------------------------------------------------ contents

  /**
   * The complement after a cue, by its frames. `strict` (participles, cues inside reported
   * content) accepts only "that", a colon, a quotation or a bare clause of a saying verb.
   */
  private contentAfter(
    c: Cue,
    k: number,
    strict = false,
    participialClause = false,
  ): { span: Span; direct: boolean; relays: Relay[]; np?: boolean } | null {
    const { toks } = this;
    const relays: Relay[] = [];
    const frames = c.entry.frames;
    let hearer = false;
    // a hearer: "told reporters", "told French television channel France 24 on Thursday"
    if (frames.includes('obj')) {
      const h = this.hearer(k);
      if (h) {
        relays.push({ ...h.span, mediaOnly: true });
        k = h.next;
        hearer = true;
      }
    }
    k = this.skipAdverbials(k, relays);
    if (k >= toks.length) return null;
    const question = this.indirectQuestion(c, k);
    if (question >= 0) return this.clauseFrom(question, c, relays, participialClause);
    const t = toks[k];
    if (t.t === ':' || (t.t === ',' && toks[k + 1]?.kind === 'q' && this.quoteEndsUnit(k + 1))) {
      const n = toks[k + 1];
      if (!n) return null;
      if (n.kind === 'q') return { span: this.segInner(n.seg), direct: true, relays };
      if (t.t === ':') {
        const span = trimSpan(this.text, n.s, this.unit.end, /[\s.;:,]/);
        return span.end - span.start >= 8 ? { span, direct: false, relays } : null;
      }
      return null;
    }
    if (t.kind === 'q') {
      if (this.quoteEndsUnit(k)) return { span: this.segInner(t.seg), direct: true, relays };
      // 'protesters chanted “Resign!” as he arrived', 'said “Enough!” and left': after a verb that
      // only introduces quotations, or closed by its own end mark, the quotation is the words said
      const inner = this.segInner(t.seg);
      if (!frames.some((f) => f !== 'quote') || /[!?]$/u.test(this.text.slice(inner.start, inner.end)))
        return { span: inner, direct: true, relays };
      return this.clauseFrom(k, c, relays, participialClause);
    }
    if (t.l === 'that' && frames.some((f) => f === 'clause' || f === 'obj' || f === 'bare'))
      return this.clauseFrom(k + 1, c, relays, participialClause);
    if (t.kind !== 'w') return null;
    if ((CONJ.has(t.l) && t.l !== 'if') || (PREP.has(t.l) && t.l !== 'to')) return null;
    // a bare clause: "said Uzbekistan was ready", "told reporters the talks …"; a belief needs a
    // subject that cannot be its object ("believes he …", "fears Russia …", not "fear the loss of …")
    const bare =
      frames.includes('bare') &&
      (!frames.includes('obj') || hearer) &&
      t.l !== 'to' &&
      (c.entry.kind !== 'thought' ||
        PRONOUN_SUBJ.has(t.l) ||
        t.l === 'there' ||
        (t.cap && this.input.mentionAt(t.s, t.e + 1)));
    if (bare) return this.clauseFrom(k, c, relays, participialClause);
    // "a move Moscow warned would mean …": the content after the cue, even for a verb that takes an object
    if (
      c.entry.kind === 'speech' &&
      (frames.includes('bare') || frames.includes('clause')) &&
      this.auxOpensContent(c, k)
    )
      return this.clauseFrom(k, c, relays, participialClause);
    // "noted he …", "explained they …": a subject pronoun opens a clause after any verb of saying
    // that takes one ("it" and "you" may be objects: "confirmed it")
    if (frames.includes('clause') && c.entry.kind === 'speech' && /^(?:he|she|they|we|i|there)$/.test(t.l))
      return this.clauseFrom(k, c, relays, participialClause);
    // "accused Tehran of supporting …", "accusing Y of openly calling …": what Y is accused of
    // doing is the accuser's claim
    if (frames.includes('of')) {
      for (let j = k; j < Math.min(toks.length - 1, k + 14); j++) {
        const w = toks[j];
        // (a quoted name of the accused may stand before "of": 'accused the “war party” of …')
        if ((w.kind === 'q' && toks[j + 1]?.l !== 'of') || w.t === ',' || w.t === ';') break;
        if (w.l !== 'of') continue;
        const n = toks[j + 1];
        const gerund = (x: Tok | undefined) => !!x && x.kind === 'w' && /\p{Ll}ing$/u.test(x.t);
        if (gerund(n) || (n && /ly$/.test(n.l) && gerund(toks[j + 2])))
          return this.clauseFrom(j + 1, c, relays, participialClause);
      }
    }
    if (strict) return this.namedInQuotes(c, k, relays);
    // complements that are not clauses: "noted the progress …", "urged Baku to …", "described X as …", "thanked X “for …”"
    const cl = this.clauseFrom(k, c, relays, participialClause);
    if (!cl) return null;
    const words = countWords(this.text, cl.span.start, cl.span.end);
    const endTok = this.tokAt(cl.span.end) - 1;
    const holdsQuote = toks.slice(k, endTok + 1).some((x) => x.kind === 'q');
    if (
      frames.includes('np') &&
      words >= 4 &&
      t.l !== 'to' &&
      !(c.entry.lemma === 'declare' && DECLARED_ACT.test(this.text.slice(cl.span.start, cl.span.end)))
    )
      return { ...cl, np: true };
    if (frames.includes('to') && this.toAhead(k) && !this.anonymityRequest(k) && !this.greetingsErrand(k))
      return cl;
    if (
      frames.includes('as') &&
      (toks.slice(k, endTok + 1).some((x) => x.l === 'as') ||
        (holdsQuote && NAMING_LEMMAS.has(c.entry.lemma)))
    )
      return { ...cl, np: true };
    if (frames.includes('quoted') && holdsQuote) return { ...cl, np: true };
    return null;
  }

  /**
   * "…, calling the incident “a provocation”", "…, describing them as “…”": a participle of a
   * naming verb (and cues read strictly) takes its object only when a quotation follows it within
   * a short object (what the source called it); the quotation itself is read by `partialQuotes`.
   */
  private namedInQuotes(
    c: Cue,
    k: number,
    relays: Relay[],
  ): { span: Span; direct: boolean; relays: Relay[]; np?: boolean } | null {
    if (!NAMING_LEMMAS.has(c.entry.lemma)) return null;
    const { toks } = this;
    for (let j = k; j < Math.min(toks.length, k + 7); j++) {
      const t = toks[j];
      if (t.kind === 'q') {
        const close = this.input.segs[t.seg].close + 1;
        return { span: trimSpan(this.text, toks[k].s, close), direct: false, relays, np: true };
      }
      if (t.l === 'as') continue;
      if (t.kind !== 'w' || CONJ.has(t.l) || PREP.has(t.l)) return null;
    }
    return null;
  }

  /**
   * "asked (the minister) whether …", "asked why …": an indirect question is what was asked. The
   * index of the question word (after a hearer of up to five words), else -1.
   */
  private indirectQuestion(c: Cue, k: number): number {
    if (c.entry.lemma !== 'ask') return -1;
    const { toks } = this;
    for (let j = k; j < Math.min(toks.length - 2, k + 6); j++) {
      const t = toks[j];
      if (t.kind !== 'w') return -1;
      if (/^(?:whether|if|why|how|what|when|where|who|which)$/.test(t.l)) return j;
      if (CONJ.has(t.l) || REL.has(t.l) || AUX.has(t.l) || t.l === 'to' || t.l === 'for' || t.l === 'about')
        return -1;
    }
    return -1;
  }

  /** "(who) asked not to be named", "asked to remain anonymous": how a source is cited, not what it said */
  private anonymityRequest(k: number): boolean {
    const w = this.toks
      .slice(k, k + 4)
      .map((x) => x.l)
      .join(' ');
    return /^(?:not )?to (?:be (?:named|identified|quoted|cited)|remain (?:anonymous|unnamed))\b/.test(w);
  }

  /**
   * "asked him to convey his greetings to X", "asked Y to pass on his best wishes to …": an errand
   * of courtesy, no content said
   */
  private greetingsErrand(k: number): boolean {
    const w = this.toks
      .slice(k, k + 12)
      .map((x) => x.l)
      .join(' ');
    return GREETINGS_ERRAND.test(w);
  }

  private toAhead(k: number): boolean {
    for (let j = k; j < Math.min(this.toks.length, k + 10); j++) {
      if (this.toks[j].l === 'to') return true;
      if (this.toks[j].kind !== 'w') return false;
    }
    return false;
  }

  private quoteEndsUnit(k: number): boolean {
    const { toks } = this;
    for (let j = k + 1; j < toks.length; j++) {
      if (toks[j].kind === 'p' && /^[.,!?;:…)]$/.test(toks[j].t)) continue;
      return false;
    }
    return true;
  }

  /** The hearer of "told": a medium or a person, "reporters", then the clause (with or without "that"). */
  private hearer(k: number): { span: Span; next: number } | null {
    const { toks } = this;
    // "warned that Washington would …": "that" opens the clause, no hearer is named
    if (k >= toks.length || toks[k].kind !== 'w' || toks[k].l === 'that') return null;
    // up to "that" within 14 tokens without a break
    for (let j = k; j < Math.min(toks.length, k + 14); j++) {
      const t = toks[j];
      if (t.kind !== 'w' && !(t.t === '/' || t.t === '-' || t.t === '.' || (t.t === ',' && j > k))) break;
      // "told Reuters, a move that would …": a "that" right before a verb after a comma is a
      // relative pronoun of an appositive, which ends the hearer search
      if (
        t.l === 'that' &&
        j > k &&
        AUX.has(toks[j + 1]?.l ?? '') &&
        toks.slice(k, j).some((x) => x.t === ',')
      )
        break;
      if (t.l === 'that' && j > k) {
        // the hearer ends before an adverbial ("on Thursday", "in an interview")
        let e = j - 1;
        for (let x = k + 1; x < j; x++)
          if (ADVERBIAL_OPENERS.has(toks[x].l) && !(toks[x].l === 'this' || toks[x].l === 'last')) {
            e = x - 1;
            break;
          }
        while (e > k && toks[e].kind === 'p') e--;
        return { span: trimSpan(this.text, toks[k].s, toks[e].e), next: e + 1 };
      }
    }
    // "told a news conference the …", "told a briefing in Astana the …": a gathering is the hearer
    const gathering = this.gatheringHearer(k);
    if (gathering) return gathering;
    if (HEARERS.has(toks[k].l)) {
      let e = k;
      if (toks[k].l === 'the' && toks[k + 1]) e = k + 1;
      // "told the Toronto Star the mood …", "told the Globe and Mail she …": the whole name
      if (toks[k].l === 'the' && toks[e].cap)
        while (
          toks[e + 1]?.kind === 'w' &&
          (toks[e + 1].cap || (/^(?:and|of)$/.test(toks[e + 1].l) && toks[e + 2]?.cap))
        )
          e++;
      return { span: trimSpan(this.text, toks[k].s, toks[e].e), next: e + 1 };
    }
    const np = this.npRight(k);
    if (
      np &&
      (this.input.mentionAt(np.span.start, np.span.end) ||
        toks.slice(k, np.endTok + 1).some((t) => DESCRIPTOR_WORDS.has(t.l)))
    ) {
      // "told Reuters the two sides …", "told AFP the expulsion …": an article after a name
      // opens the reported clause's subject
      for (let x = k + 1; x <= np.endTok; x++)
        if (/^(?:the|a|an)$/.test(toks[x].l) && toks[x - 1].cap)
          return { span: trimSpan(this.text, toks[k].s, toks[x - 1].e), next: x };
      return { span: np.span, next: np.endTok + 1 };
    }
    return null;
  }

  /**
   * A determiner, up to three words and a gathering noun ("a news conference", "the UN General
   * Assembly session", "a rally"), then an optional place ("in Almaty"): the hearer of "told".
   */
  private gatheringHearer(k: number): { span: Span; next: number } | null {
    const { toks } = this;
    if (!DETERMINERS.has(toks[k]?.l ?? '')) return null;
    for (let j = k + 1; j < Math.min(toks.length, k + 5); j++) {
      if (toks[j].kind !== 'w') return null;
      if (!GATHERINGS.has(toks[j].l)) continue;
      let e = j;
      // "in Almaty", "at the Kremlin": where the gathering was (capitalised words)
      if (toks[e + 1]?.l === 'in' || toks[e + 1]?.l === 'at') {
        let x = e + 2;
        if (toks[x]?.l === 'the' && /^\p{Lu}/u.test(toks[x + 1]?.t ?? '')) x++;
        while (toks[x]?.kind === 'w' && /^\p{Lu}/u.test(toks[x]!.t)) x++;
        if (x > e + 2 && /^\p{Lu}/u.test(toks[x - 1]!.t)) e = x - 1;
      }
      return { span: trimSpan(this.text, toks[k].s, toks[e].e), next: e + 1 };
    }
    return null;
  }

  /**
   * "(as) quoted by X," / "(as) cited by X," / "according to X," from token `k`: where X starts
   * (the whole aside for "quoted by") and the index of the closing comma, or null.
   */
  /** ", citing the ministry," after a cue: the cited phrase (from its first word to the comma that closes it). */
  private citingAside(k: number): { from: number; end: number } | null {
    const { toks } = this;
    if (!/^(?:citing|quoting)$/.test(toks[k]?.l ?? '')) return null;
    for (let x = k + 2; x < Math.min(toks.length, k + 12); x++) {
      if (toks[x].t === ',') return toks[x + 1]?.l === 'that' ? { from: k + 1, end: x } : null;
      // "…, Caspian News reported, citing the oil ministry.": the aside closes the sentence
      if (toks[x].t === '.' && toks.slice(x + 1).every((t) => t.kind === 'p')) return { from: k + 1, end: x };
      if (toks[x].kind === 'q' || /^[.;:]$/.test(toks[x].t)) return null;
    }
    return null;
  }

  private quotedByAside(k: number): { from: number; end: number } | null {
    const { toks } = this;
    let j = k;
    if (toks[j]?.l === 'as') j++;
    // "said, according to the ministry, that …": the same aside in other words
    const according = toks[j]?.l === 'according' && toks[j + 1]?.l === 'to';
    if (!according && (!/^(?:quoted|cited)$/.test(toks[j]?.l ?? '') || toks[j + 1]?.l !== 'by')) return null;
    for (let x = j + 2; x < Math.min(toks.length, j + 10); x++) {
      if (toks[x].t === ',') return x > j + 2 ? { from: according ? j + 2 : k, end: x } : null;
      if (toks[x].kind === 'q' || /^[.;:]$/.test(toks[x].t)) return null;
    }
    return null;
  }

  /**
   * The end of a time phrase opening at k with "on" or "in" ("on Thursday", "on Monday evening",
   * "on 3 March 2025", "in late May", "in 2024"), or k when there is none: the time expression is
   * the one src/nlp/time.ts found there (with or without the preposition), and a time-of-day noun
   * after a weekday goes with it.
   */
  private timePhraseEnd(k: number): number {
    const { toks } = this;
    if (!/^(?:on|in)$/.test(toks[k]?.l ?? '') || !this.input.timeEndAt) return k;
    for (const from of [k, k + 1]) {
      const tok = toks[from];
      const end = tok ? this.input.timeEndAt(tok.s) : -1;
      if (end < 0) continue;
      let j = from;
      while (j < toks.length && toks[j].s < end) j++;
      if (TIME_NOUNS.test(toks[j]?.l ?? '')) j++;
      return j;
    }
    return k;
  }

  /** Skip time and place adverbials after a cue ("on Friday", "in a statement", "at a briefing in X"); collect interview relays. */
  private skipAdverbials(k: number, relays: Relay[]): number {
    const { toks } = this;
    for (let guard = 0; guard < 6 && k < toks.length; guard++) {
      const t = toks[k];
      // "said, as quoted by Interfax, that …": the aside names a relay
      if (t.t === ',') {
        // "TASS reported, citing the Defence Ministry, that …": the one cited speaks, the subject
        // relays it; "said, citing preliminary data, that …": data cited is no speaker
        const cited = this.citingAside(k + 1);
        if (cited) {
          const span = trimSpan(this.text, toks[cited.from].s, toks[cited.end - 1].e);
          if (!CITED_DATA.test(toks[cited.end - 1].l))
            relays.push({ ...span, mediaOnly: false, cited: true });
          k = cited.end + 1;
          continue;
        }
        const aside = this.quotedByAside(k + 1);
        if (!aside) return k;
        const { end } = aside;
        relays.push({ ...trimSpan(this.text, toks[aside.from].s, toks[end - 1].e), mediaOnly: false });
        k = toks[end + 1]?.l === 'that' ? end + 1 : end;
        continue;
      }
      if (t.kind !== 'w') return k;
      if (ADV.has(t.l) || (lyAdverb(t.t) && !/^(?:only|early)$/.test(t.l))) {
        k++;
        continue;
      }
      // "said Friday", "said last week": a bare time adverbial
      // "said Friday afternoon", "said last week", "said yesterday evening"
      const prev = toks[k - 1]?.l ?? '';
      if (
        WEEKDAY.test(t.l) ||
        ((/^(?:last|this|next|yesterday|today|tomorrow)$/.test(prev) || WEEKDAY.test(prev)) &&
          TIME_NOUNS.test(t.l))
      ) {
        k++;
        continue;
      }
      // "said on Thursday it would …", "said on March 3 that …", "said in May the talks …": a
      // time phrase with no comma or "that" after it (the generic adverbial below needs one)
      const timeEnd = this.timePhraseEnd(k);
      if (timeEnd > k) {
        k = timeEnd;
        continue;
      }
      // "said this month on CNBC": the determiner opens the time adverbial
      if (/^(?:last|this|next)$/.test(t.l) && TIME_NOUNS.test(toks[k + 1]?.l ?? '')) {
        k += 2;
        continue;
      }
      if (!ADVERBIAL_OPENERS.has(t.l) || t.l === 'that') return k;
      // an adverbial runs to the next "that", comma, colon or quotation within 12 tokens
      let j = k + 1;
      let stop = -1;
      for (; j < Math.min(toks.length, k + 14); j++) {
        const x = toks[j];
        if (x.l === 'that' || x.t === ',' || x.t === ':' || x.kind === 'q') {
          stop = j;
          break;
        }
        if (x.kind === 'p' && !/^[-'’./]$/.test(x.t)) break;
      }
      if (stop < 0) return k;
      // "told reporters after the meeting that was held …": a "that" right before a verb is the
      // relative pronoun of the adverbial's noun, not a complement: nothing is reported after it
      if (toks[stop].l === 'that' && AUX.has(toks[stop + 1]?.l ?? '')) return toks.length;
      const phrase = toks
        .slice(k, stop)
        .map((x) => x.l)
        .join(' ');
      if (
        /\b(?:interview|comments?|remarks)\b (?:with|to|for|on)\b/.test(phrase) ||
        (/^(?:on|in) /.test(phrase) &&
          toks.slice(k, stop).some((x) => DESCRIPTOR_WORDS.has(x.l) && x.l !== 'statement'))
      ) {
        relays.push({ ...trimSpan(this.text, toks[k].s, toks[stop - 1].e), mediaOnly: true });
      }
      k = stop;
      // "in Columbus, Ohio, that …": a place and its state or country between commas
      if (toks[k]?.t === ',') {
        let m = k + 1;
        while (m < toks.length && m - k <= 4 && toks[m].kind === 'w' && toks[m].cap) m++;
        if (m > k + 1 && toks[m]?.t === ',' && toks[m + 1]?.l === 'that') k = m;
      }
      if (toks[k]?.t === ',' && toks[k + 1]?.l === 'that') k++;
      return k;
    }
    return k;
  }

  /** Content from token k to the end of its clause. */
  private clauseFrom(
    k: number,
    c: Cue,
    relays: Relay[] = [],
    participialClause = false,
  ): { span: Span; direct: boolean; relays: Relay[] } | null {
    const { toks } = this;
    if (k >= toks.length) return null;
    let end = toks.length;
    const idx = englishCueIndex();
    for (let j = k + 1; j < toks.length; j++) {
      const t = toks[j];
      if (t.t === ';') {
        end = j;
        break;
      }
      if (participialClause) continue;
      const n = toks[j + 1];
      if (t.t === ',' && n) {
        // ", but …", ", while …", ", adding that …", ", according to X", ", Reuters reported", ", he said"
        if (/^(?:but|while|whereas|although|though)$/.test(n.l) && !this.sameClauseGoesOn(j + 2)) {
          end = j;
          break;
        }
        const ne = idx.get(n.l);
        if (ne && ne.form === 'gerund' && ne.kind !== 'report') {
          end = j;
          break;
        }
        if (n.l === 'according' && toks[j + 2]?.l === 'to') {
          end = j;
          break;
        }
        if (this.isReportTail(j + 1) || this.isSayingTail(j + 1)) {
          end = j;
          break;
        }
      }
      // "… and said …", "acknowledged the delays but said …": a coordinated cue of the same subject
      // (after "but" only another verb right after a word: "said … but said “…”" goes on with
      // one statement, and a quotation closing before "but" is the comma case above)
      if (
        (t.l === 'and' ||
          (t.l === 'but' && toks[j - 1]?.kind === 'w' && idx.get(n?.l ?? '')?.lemma !== c.entry.lemma)) &&
        n &&
        idx.has(n.l) &&
        idx.get(n.l)!.form !== 'base' &&
        idx.get(n.l)!.form !== 'gerund'
      ) {
        end = j;
        break;
      }
      if (
        t.l === 'and' &&
        n &&
        (n.l === 'also' || n.l === 'further') &&
        toks[j + 2] &&
        idx.has(toks[j + 2].l)
      ) {
        end = j;
        break;
      }
    }
    if (end <= k) return null;
    const span = trimSpan(this.text, toks[k].s, toks[end - 1].e, /[\s,;:.!?]/);
    if (span.end - span.start < 6) return null;
    void c;
    // content that is only a quotation is a direct quote
    const inner = toks.slice(k, end).filter((t) => t.kind !== 'p');
    if (inner.length === 1 && inner[0].kind === 'q')
      return { span: this.segInner(inner[0].seg), direct: true, relays };
    return { span, direct: false, relays };
  }

  /**
   * After ", but": does the content go on? A second "that" clause of the same cue ("said that A,
   * but that B") or a predicate with no subject of its own ("said she wanted change, but found
   * him objectionable", "but has not decided", "but rather …"). A new subject ("but polls show")
   * is the writer's clause.
   */
  private sameClauseGoesOn(k: number): boolean {
    const t = this.toks[k];
    if (!t || t.kind !== 'w') return false;
    if (t.l === 'that') return true;
    if (this.toks[k - 1]?.l !== 'but') return false;
    return (
      AUX.has(t.l) ||
      MODAL.has(t.l) ||
      /^(?:rather|also|not|never|only|instead|then|later|still)$/.test(t.l) ||
      /^(?:hasn|hadn|didn|doesn|wasn|isn|won|wouldn)['’]t$/.test(t.l) ||
      (/^\p{Ll}+ed$/u.test(t.t) && !DET.has(t.l) && !this.speechVerbPast(t))
    );
  }

  /** "…, but accused Baku of …", "…, but warned that …": a past verb of speech after ", but" is the speaker's next statement */
  private speechVerbPast(t: Tok): boolean {
    const e = englishCueIndex().get(t.l);
    return !!e && e.kind === 'speech' && e.form === 'past';
  }

  /** ", Reuters reported", ", reported X", ", X quoted him as saying" — a relay clause ending the unit. */
  private isReportTail(k: number): boolean {
    const j = this.tailVerb(k, 8, (t) => t.kind === 'w' && RELAY_REPORTING.has(t.l));
    // the rest must be short: an NP and nothing else ("…, Reuters reported on Friday.")
    return j >= 0 && this.shortRest(j, 6, false);
  }

  /**
   * ", the statement said", ", the press office said on Monday": a document (or a press office)
   * and a past or present cue closing the unit, after what an earlier cue of the sentence
   * reported ("X reaffirmed his support for Y, the statement said"): that content ends at the
   * comma. A relative or conjunction after the comma (", which the report said …") opens no tail.
   */
  private isSayingTail(k: number): boolean {
    const { toks } = this;
    if (TAIL_BLOCKERS.test(toks[k]?.l ?? '')) return false;
    const idx = englishCueIndex();
    const j = this.tailVerb(k, 7, (t, at) => {
      const cue = at > k && t.kind === 'w' ? idx.get(t.l) : undefined;
      return !!cue && cue.kind === 'speech' && (cue.form === 'past' || cue.form === 'third');
    });
    if (j < 0) return false;
    // a document or press office carries the earlier cue's words; "…, sources said" may report
    // the whole clause (the thing before the cue no speaker), so it ends nothing
    const subject = toks[j - 1].l;
    if (!TAIL_DOCUMENT.test(subject) && !(PRESS_OFFICE.test(subject) && toks[j - 2]?.l === 'press'))
      return false;
    return this.shortRest(j, 4, true);
  }

  /**
   * The verb of a post-posed tail opening at k: the first token within `window` that `isVerb`
   * accepts, with only the words of a name before it (an outlet's name may hold a slash, an
   * ampersand or a possessive: "RFE/RL's Armenian Service"); -1 when there is none.
   */
  private tailVerb(k: number, window: number, isVerb: (t: Tok, at: number) => boolean): number {
    const { toks } = this;
    for (let j = k; j < Math.min(toks.length, k + window); j++) {
      const t = toks[j];
      if (isVerb(t, j)) return j;
      if (t.kind !== 'w' && !/^(?:['’./&-]|['’]s)$/.test(t.t)) return -1;
    }
    return -1;
  }

  /** Is what follows the tail's verb at j short (at most `words` words, no "that", no quotation if `noQuote`)? */
  private shortRest(j: number, words: number, noQuote: boolean): boolean {
    const rest = this.toks.slice(j + 1);
    return (
      rest.filter((x) => x.kind === 'w').length <= words &&
      !rest.some((x) => x.l === 'that' || (noQuote && x.kind === 'q'))
    );
  }

  /** Content before token `k` (a comma, a closing quotation, a dash): back to the unit start or the previous attribution. */
  private contentBefore(k: number, c: Cue, wholeClause = false): { span: Span; direct: boolean } | null {
    const { toks } = this;
    if (k < 0) return null;
    const edge = toks[k];
    const endTok = edge.kind === 'q' ? k : k - 1;
    if (endTok < 0) return null;
    // the closest quotation or clause before
    if (toks[endTok].kind === 'q') {
      // a quotation closed right before the attribution ("…,” he said): the quotation itself
      const q = toks[endTok];
      const only = toks.slice(0, endTok).filter((t) => t.kind !== 'p').length === 0;
      if (only || this.isQuoteAfterClauseBreak(endTok)) return { span: this.segInner(q.seg), direct: true };
    }
    // reported content from the start of the unit (after a dateline) or after an earlier attribution
    let startTok = 0;
    if (!wholeClause)
      for (const a of this.out)
        if (a.cue && a.cue.end <= toks[endTok].s && !a.direct)
          startTok = Math.max(startTok, this.tokAt(a.cue.end));
    for (const a of this.out)
      if (a.direct && a.content.end <= toks[endTok].s)
        startTok = Math.max(startTok, this.tokAt(a.content.end + 1));
    // "TASHKENT — X condemned …, saying …": the dash closes a dateline, nothing was said before it
    if (DASH.test(edge.t) && this.skipDateline(startTok, k) === k + 1) return null;
    const start = this.skipDateline(startTok, endTok);
    if (start > endTok) return null;
    const span = trimSpan(this.text, toks[start].s, toks[endTok].e, /[\s,;:.]/);
    if (span.end - span.start < 8) return null;
    void c;
    const inner = toks.slice(start, endTok + 1).filter((t) => t.kind !== 'p');
    if (inner.length === 1 && inner[0].kind === 'q')
      return { span: this.segInner(inner[0].seg), direct: true };
    return { span, direct: false };
  }

  private isQuoteAfterClauseBreak(qi: number): boolean {
    const p = this.toks[qi - 1];
    return !p || (p.kind === 'p' && /^[:,.;—–-]$/.test(p.t));
  }

  /** "YEREVAN, March 14 (Agency) — …", "TBILISI, Civil.ge —": a wire dateline is not content. */
  private skipDateline(start: number, end: number): number {
    const { toks } = this;
    // (a site's domain ends in a short lower-case word after a dot: "Civil.ge", "24.kg")
    const domainEnd = (i: number) => toks[i - 1]?.t === '.' && /^[a-z]{2,4}$/.test(toks[i].t);
    // the credit in parentheses is an outlet's name, which may hold lower-case words: "BISHKEK
    // (Times of Central Asia) —", "TBILISI (Agenda.ge / news service) —"
    // ("BAKU, July 1, 2025 (Wire) —" is ten tokens; up to twelve outside the parentheses)
    let depth = 0;
    let outside = 0;
    for (let k = start; k <= Math.min(end, start + 16); k++) {
      const t = toks[k];
      if (DASH.test(t.t) && k > start && depth === 0) return k + 1;
      if (t.t === '(') depth++;
      else if (t.t === ')') {
        depth = Math.max(0, depth - 1);
        // "MOSCOW (UrduPoint News / Sputnik - 08th March, 2023) EU foreign policy chief …": a
        // place in capitals and its credit, no dash after it
        const next = toks[k + 1];
        if (depth === 0 && next?.kind === 'w' && /^\p{Lu}{2,}$/u.test(toks[start].t)) return k + 1;
      } else if (
        depth === 0 &&
        !(t.kind === 'p' || t.cap || /^\d+$/.test(t.t) || t.t === 'date' || domainEnd(k))
      )
        return start;
      // the opening place stays short: a long capitalised run is a headline or a name, not a dateline
      if (depth === 0 && t.t !== ')' && ++outside > 12) return start;
    }
    return start;
  }

  /**
   * Whether the tokens before the dash at `dash` are a wire dateline opening the unit: a place in
   * capitals ("ASTANA —", "BAKU, July 1 (Wire) —") or a place and a date ("Tbilisi, March 3 —").
   * A title-case headline before a dash ("Kazakhstan Will Never Join — Tokayev") is neither.
   */
  private isWireDateline(dash: number): boolean {
    const { toks } = this;
    if (this.skipDateline(0, dash) !== dash + 1) return false;
    const first = toks[0];
    if (first.kind === 'w' && /^[\p{Lu}][\p{Lu}.'’-]{2,}$/u.test(first.t)) return true;
    return toks.slice(0, dash).some((t) => t.kind === 'w' && MONTH.test(t.l));
  }

  /** After "X said …, Reuters reported" / "…, he told France 24": the tail is adverbials and relays only. */
  /**
   * "a move Moscow warned would mean …", "a step the EU said was …": a finite auxiliary right
   * after the cue opens a clause whose subject is the noun the source follows (a relative clause
   * with its subject taken out), so the words after the cue are the content.
   */
  private auxOpensContent(c: Cue, k: number): boolean {
    const t = this.toks[k];
    // "member states had been …": a noun homograph ("states", "reports") is no cue before an auxiliary
    if (
      (c.entry.form === 'third' || c.entry.form === 'base') &&
      EN_NOUN_HOMOGRAPHS.has(c.entry.lemma.split(' ')[0])
    )
      return false;
    return !!t && t.kind === 'w' && AUX.has(t.l) && !/^(?:also|be|been|being)$/.test(t.l);
  }

  private isTail(k: number, c: Cue): boolean {
    const { toks } = this;
    const relays: Relay[] = [];
    let j = k;
    if (c.entry.frames.includes('obj')) {
      const h =
        this.hearer(j) ??
        (() => {
          const np = this.npRight(j);
          return np ? { span: np.span, next: np.endTok + 1 } : null;
        })();
      if (h) j = h.next;
    }
    j = this.skipAdverbials(j, relays);
    // "in a statement", "on Telegram", "at a news conference" were skipped; what is left must end the unit
    for (; j < toks.length; j++) {
      const t = toks[j];
      if (t.kind === 'p' && /^[.!?)]$/.test(t.t)) continue;
      if (t.t === ',' || t.t === '—' || t.t === '–') {
        const n = toks[j + 1];
        if (!n) return true;
        const ne = englishCueIndex().get(n.l);
        if (ne && ne.form === 'gerund') return true; // ", adding that …", ", referring to …"
        if (
          /^(?:referring|speaking|noting|citing|according|in|at|during|after|before|as|while|when)$/.test(n.l)
        )
          return true;
        if (n.kind === 'w' && /^\p{Ll}+ing$/u.test(n.t)) return true; // ", deepening the rift …"
        // an appositive or relative clause about the speaker: ", who arrived …", ", the foreign minister of X."
        if (
          /^(?:who|whose|which)$/.test(n.l) ||
          (DET.has(n.l) && !/^(?:this|that|these|those)$/.test(n.l)) ||
          ROLE_WORDS.has(n.l)
        )
          return true;
        if (n.kind === 'q') return true;
        if (this.isReportTail(j + 1)) return true;
        return false;
      }
      if (t.kind === 'w' && /^(?:on|in|at|during|after|before|via|while|from)$/.test(t.l)) {
        // a trailing adverbial without comma: "said in a statement on Monday"
        let x = j + 1;
        while (x < toks.length && toks[x].kind === 'w' && !REL.has(toks[x].l) && toks[x].l !== 'that') x++;
        j = x - 1;
        continue;
      }
      return false;
    }
    return true;
  }

  /** Relays in the tail after a post-posed attribution: "…, he told France 24", ", Reuters reported". */
  private tailRelays(k: number, c: Cue): Relay[] {
    const { toks } = this;
    const relays: Relay[] = [];
    if (c.entry.frames.includes('obj') || c.entry.lemma === 'tell') {
      const h = this.hearer(k);
      if (h) relays.push({ ...h.span, mediaOnly: true });
      else {
        const np = this.npRight(k);
        if (np) relays.push({ ...np.span, mediaOnly: true });
      }
    }
    const rest = toks.slice(k);
    for (let j = 0; j < rest.length; j++) {
      const t = rest[j];
      if (
        t.kind === 'w' &&
        /^(?:interview|comments)$/.test(t.l) &&
        /^(?:with|to|for)$/.test(rest[j + 1]?.l ?? '')
      ) {
        const np = this.npRight(k + j + 2);
        if (np) relays.push({ ...np.span, mediaOnly: true });
      }
      if (t.t === ',' && this.isReportTail(k + j + 1)) {
        const x = k + j + 1;
        const first = toks[x];
        if (RELAY_REPORTING.has(first.l)) {
          const np = this.npRight(x + 1) ?? (toks[x + 1]?.l === 'by' ? this.npRight(x + 2) : null);
          if (np) relays.push({ ...np.span, mediaOnly: false });
        } else {
          let e = x;
          while (e < toks.length && !RELAY_REPORTING.has(toks[e].l)) e++;
          if (e > x) relays.push({ ...trimSpan(this.text, toks[x].s, toks[e - 1].e), mediaOnly: false });
        }
      }
    }
    return relays;
  }

  // ------------------------------------------------------------------ emit and helpers

  private emit(
    c: Cue,
    content: { span: Span; direct: boolean; np?: boolean },
    source: Span | null,
    relays: Relay[],
    mediaMaySpeak = false,
  ): Attribution | null {
    const { toks } = this;
    if (content.span.end - content.span.start < 2) return null;
    // "X accused Moscow of …, a charge the Kremlin denied": the denial after the comma is no part of X's words
    if (!content.direct) {
      const tail = DENIAL_TAIL.exec(this.text.slice(content.span.start, content.span.end));
      if (tail)
        content = {
          ...content,
          span: trimSpan(this.text, content.span.start, content.span.start + tail.index),
        };
    }
    let rel = this.pendingRelay ? [...relays, this.pendingRelay] : relays;
    this.pendingRelay = null;
    // "TASS reported, citing the ministry, that …": the one cited speaks, the subject relays it
    const cited = rel.find((r) => r.cited);
    if (cited) {
      rel = rel.filter((r) => r !== cited);
      if (source) rel = [...rel, { ...source, mediaOnly: false }];
      source = { start: cited.start, end: cited.end };
    }
    const a: Attribution = {
      content: content.span,
      direct: content.direct,
      cue: { start: toks[c.i].s, end: toks[c.j].e },
      cueText: c.text,
      kind: c.entry.kind === 'thought' ? 'thought' : 'speech',
      source,
      mode: source ? 'np' : 'implicit',
      relays: rel,
      at: source ? Math.min(source.start, toks[c.i].s) : toks[c.i].s,
      mediaMaySpeak: mediaMaySpeak || c.entry.kind === 'report',
    };
    if (content.np) a.contentKind = 'np';
    this.out.push(a);
    return a;
  }

  private segInner(seg: number): Span {
    const g = this.input.segs[seg];
    return trimSpan(this.text, g.open + 1, g.close);
  }

  private prevSignificant(i: number): Tok | null {
    for (let k = i - 1; k >= 0; k--) {
      const t = this.toks[k];
      if (t.kind === 'p' && /^[)\]]$/.test(t.t)) continue;
      return t;
    }
    return null;
  }

  private index(t: Tok): number {
    return this.toks.indexOf(t);
  }

  private tokAt(pos: number): number {
    const i = this.toks.findIndex((t) => t.s >= pos);
    return i < 0 ? this.toks.length : i;
  }

  private skipAppositives(k: number): number {
    const { toks } = this;
    // "According to X, senior researcher at Y, …": lower-case role segments before the clause
    for (let guard = 0; guard < 3; guard++) {
      const c = toks.findIndex((t, i) => i >= k && t.t === ',');
      if (c < 0) return k;
      const seg = toks.slice(k, c);
      const f = seg[0];
      const appositive =
        !!f &&
        f.kind === 'w' &&
        (ROLE_WORDS.has(f.l) ||
          /^(?:a|an)$/.test(f.l) ||
          (f.l === 'the' && seg.some((t) => ROLE_WORDS.has(t.l))) ||
          (!f.cap &&
            !DET.has(f.l) &&
            !PREP.has(f.l) &&
            !CONJ.has(f.l) &&
            !PRONOUN_SUBJ.has(f.l) &&
            !/^(?:there|it|this)$/.test(f.l)));
      if (!appositive) return k;
      if (seg.some((t) => t.kind === 'q')) return k;
      // "According to X, flights were set to resume …, carrying …": a segment with a finite
      // auxiliary is the reported clause itself, not a description of X
      if (seg.some((t) => t.kind === 'w' && AUX.has(t.l) && t.l !== 'also')) return k;
      // ("According to X, the sides discussed the next round of talks, which …": a past verb
      // with its object is the clause, not a description of X)
      if (seg.some((t, i) => i > 0 && PAST_VERB.test(t.l) && DET.has(seg[i + 1]?.l ?? ''))) return k;
      k = c + 1;
    }
    return k;
  }

  /** A unit that ends with a colon and names a speaker introduces the next paragraph(s). */
  colonIntro(found: Attribution[]): ColonIntro | null {
    const { toks } = this;
    // "X said:", "X made a strong statement:", "X's statements:", "X wrote on Telegram:"
    const idx = englishCueIndex();
    const k = colonIntroCue(this.input, this.unitIndex, toks, found, (t) => {
      const cue = idx.get(t.l);
      return cue ? this.verbReading(toks.indexOf(t), cue) : SPEECH_NOUNS.has(t.l);
    });
    if (k < 0) return null;
    const t = toks[k];
    const cue = idx.get(t.l);
    let source: Span | null = cue ? this.leftSubject(k).span : null;
    if (!source && !cue) {
      // "X made a statement", "X's remarks", "the remarks of X"
      const poss = toks.slice(0, k).findIndex((x) => x.t === '’s' || x.t === "'s");
      if (poss > 0) {
        const s = this.npStartBack(poss - 1);
        if (s >= 0) source = trimSpan(this.text, toks[s].s, toks[poss - 1].e);
      }
      if (!source) source = this.clauseSubject(k);
    }
    if (!source) return null;
    return {
      paragraph: this.unit.paragraph,
      source,
      cue: { start: t.s, end: t.e },
      cueText: t.l,
      at: t.s,
      kind: cue?.kind === 'thought' ? 'thought' : 'speech',
      relays: [],
    };
  }
}
