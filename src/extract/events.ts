/**
 * Event extraction for one document: PLOVER-typed events with actors, targets, location, date,
 * mode, intensity and the sentence as evidence.
 *
 * How it works (details and the data schema in docs/events.md):
 * 1. every trigger regex from data/events/triggers.json runs once over the whole text; a match
 *    belongs to the sentence that contains it;
 * 2. participants come from entity mentions plus implicit references (events-participants.ts);
 *    frames, tried in order: "between X and Y" right after the trigger; a passive "by X";
 *    otherwise the nearest candidate group to the left is the actor (relative clauses skipped)
 *    and the first group to the right is the target (nominal triggers need a preposition);
 * 3. the mode comes from cue words in the same clause before the trigger (data/events/cues.json);
 * 4. the date is the time expression nearest the trigger in the sentence; "on the same day" takes
 *    the nearest anchored date before it; otherwise an asserted past event gets an *inferred*
 *    window (`date.inferred = true`) ending at publication — never the publication date as fact;
 * 5. precision guards: no event without a resolved participant (a place alone only for riots and
 *    clashes), no events from rhetorical questions, one event per trigger span and participant set.
 */
import type { EventMode, PloverType } from '../model/index.js';
import { tryLoadGazetteer, type Gazetteer } from '../resolve/gazetteer.js';
import { joinOrdinalSplits } from '../nlp/sentences.js';
import { SentenceDocs } from '../nlp/sentence-docs.js';
import { loadEventData, type CompiledTrigger, type EventData } from './events-data.js';
import { buildCandidates, domesticForces, type Candidate } from './events-participants.js';
import { caseFrame, newClauseBetween, turkishRole } from './events-frames-case.js';
import { russianCueIndex } from '../nlp/lexicon/speech-verbs.js';
import { assertedBehind, plannedAhead } from './events-dates.js';
import { judgedFrame, speculatedForce } from './events-judged.js';
import { cuesFor, modalityOf, reportedFuture, type Modality, type ModalityCues } from './events-modality.js';
import {
  passiveArguments,
  predicationOf,
  stanceOf,
  verbObliqueHeads,
  reporterOfNoun,
  sentenceParser,
  verbSubjectHeads,
  type SentenceParse,
  type Span,
} from './events-syntax.js';
import type { DocEntity, DocEvent, DocMention, DocQuote, Sentence, TimeExpression } from '../model/index.js';

export type EventDate = { start: string | null; end: string | null; inferred?: boolean };

export type ExtractEventsOptions = {
  gaz?: Gazetteer | null;
  data?: EventData;
  /** ISO 639-1 language of the text: picks the modality cues (English when unknown) */
  language?: string | null;
  /** the document's quotations: "we"/"I" inside one stands for its speaker */
  quotes?: readonly DocQuote[];
  /**
   * the document's sentence Docs, shared with the quote stage (annotate.ts) so that a sentence is
   * parsed once; made here from the sentences when absent or not English for this text
   */
  sentenceDocs?: SentenceDocs | null;
};

const COOPERATIVE_MIN = 0; // intensity > 0 means cooperative
const PREPOSITION_END =
  /\b(?:with|between|of|to|against|on|into|for|from|toward|towards|in|at|by)\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;
const LOCATION_PREP = /\b(?:in|at|near|outside|to)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
const RELATIVE_CLAUSE = /,\s*(?:which|who|whom|whose|where|from\s+the|of\s+the)\b[^,]*,/giu;
/**
 * An apposition of membership or kinship between the subject and its verb ("Kyrgyzstan and
 * Tajikistan, both members of the CSTO and the SCO, agreed …"): the bodies named in it are no
 * party to the subject's deed.
 */
const MEMBER_APPOSITION =
  /,\s*(?:(?:both|all|each|fellow|two|three)\s+)?(?:an?\s+|the\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:members?|observers?|allies|ally|partners?|neighbou?rs?|signatories|signatory|founders?)\s+(?:of|in|to)\s[^,;]*,/giu;
const OF_AGENT = /^\s*of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;
const PASSIVE_BY = /^\s*(?:[\p{L}-]+\s+)?by\s+(?:the\s+)?$/iu; // "was visited (jointly) by X", not "the alliance proposed by X"
/**
 * "(refused to sign) a protocol proposed by X", "(rejected) a plan drafted by X": a participle
 * after the object noun opens a reduced relative clause; its "by" phrase names who authored the
 * object, the one the deed answers (a target), never who did the deed. No auxiliary may stand
 * between ("the deal was signed by" is the trigger's own passive).
 */
const REDUCED_RELATIVE_BY =
  /^\s*(?:(?:an?|the|this|that|its|their|his|her)\s+)?(?:[\p{L}-]+\s+){0,3}?(?!(?:was|were|been|being|is|are|be)\s)\p{L}+(?:ed|en|wn)\s+(?:\p{L}+ly\s+)?by\s+(?:the\s+)?$/iu;
const AUXILIARY = /\b(?:was|were|been|being|is|are|be|has|have|had)\b/iu;
const BETWEEN_AFTER = /^\s*(?:[\p{L}-]+\s+){0,3}?between\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?$/iu;
const CLAUSE_PUNCT = /[;:"“”«»()]|,\s*(?:but|while|whereas|although)\b/u;
/** the noun whose owner ("Russian troops", "the French ambassador") is a participant of the trigger */
const OWNER_NOUN =
  /^\s*(?:[\p{L}-]+\s+)?(?:troops|forces|armed\s+forces|soldiers|peacekeepers|contingent|military|units|ambassador|envoy|charg[eé]\s+d.affaires|diplomats?|consul)\b/iu;
const SYMMETRIC: ReadonlySet<PloverType> = new Set(['CONSULT', 'AGREE', 'COOPERATE', 'ASSAULT']);
const DAY_MS = 86_400_000;
/** placeholder for an empty summary slot (a private-use character never found in templates) */
const MISSING = '\uE000';
const MISSING_WITH_PREP = /\s+(?:with|to|of|for|from|on|in|against|and|between)\s+\uE000/gu;
const MISSING_ANY = /\s*\uE000\s*/gu;
const DEFINITE_BEFORE = /\bthe\s+(?:[\p{L}\p{N}-]+\s+){0,2}$/iu;

/** Index of the sentence containing offset `pos` (binary search), or -1. */
function sentenceAt(sentences: readonly Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The publication day as YYYY-MM-DD, or null when unknown or unparsable. */
export function publicationDay(published: string | null): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(published ?? '');
  return m ? m[1] : null;
}

type Group = Candidate[];

type Frame = { actors: Group; targets: Group; location: Candidate | null };

export function extractEvents(
  text: string,
  rawSentences: Sentence[],
  entities: DocEntity[],
  mentions: DocMention[],
  times: TimeExpression[],
  published: string | null,
  opts: ExtractEventsOptions = {},
): DocEvent[] {
  if (typeof text !== 'string' || !text || !Array.isArray(rawSentences) || !rawSentences.length) return [];
  const data = opts.data ?? loadEventData();
  const cues = cuesFor(data.modality, opts.language);
  const lang = (opts.language ?? 'en').toLowerCase().slice(0, 2);
  const sentences = lang === 'tr' ? joinOrdinalSplits(text, rawSentences) : rawSentences;
  const caseLang = lang === 'ru' || lang === 'tr' ? lang : null;
  // English sentences are parsed only when a trigger in them needs its arguments (events-syntax.ts)
  const shared = opts.sentenceDocs;
  const parseSentence =
    lang === 'en'
      ? sentenceParser(
          shared && shared.lang === 'en' && shared.text === text
            ? shared
            : new SentenceDocs(text, 'en', rawSentences),
        )
      : null;
  const gaz = opts.gaz === undefined ? tryLoadGazetteer() : opts.gaz;
  const names = new Map((entities ?? []).map((e) => [e.ref, e.name]));
  const entityByRef = new Map((entities ?? []).map((e) => [e.ref, e]));
  const speakerAt = speakerFinder(text, entities ?? [], opts.quotes ?? []);
  // the source phrase of an attribution ("according to the Kremlin, …") names who reports the
  // events of its content, not who takes part in them (a judgement's speaker is its judge: kept)
  const attributions = (opts.quotes ?? [])
    .filter(
      (q) =>
        q.source &&
        q.source.end > q.source.start &&
        (q.source.end <= q.start || q.source.start >= q.end) &&
        ACCORDING_CUE.test(q.cue ?? ''),
    )
    .sort((a, b) => a.start - b.start);
  // a dateline's place ("ASTANA (Reuters) - …") is where the copy was filed: never a participant,
  // at most the venue of a crowd's protest there; a country right after an outlet's name is its
  // edition ("Sputnik Armenia"), neither
  const datelines = datelineRanges(text);
  const mediaEnds = new Set(
    (mentions ?? []).filter((m) => entityByRef.get(m.ref)?.type === 'media').map((m) => m.end),
  );
  const editionOf = (c: Candidate) =>
    c.type === 'country' && / $/.test(text.slice(c.start - 1, c.start)) && mediaEnds.has(c.start - 1);
  const built = buildCandidates(text, sentences, entities ?? [], mentions ?? [], gaz, data, published)
    .filter((c) => !editionOf(c))
    .map((c) =>
      datelines.some(([a, b]) => c.start >= a && c.end <= b) ? { ...c, place: true, dateline: true } : c,
    );
  // "Police arrested …", "security forces raided …": the forces of the country where it happened
  const forces = domesticForces(text, sentences, built, entities ?? [], gaz, datelines);
  const cands = withSpeakers(
    text,
    forces.length
      ? [...built.filter((c) => !forces.some((f) => c.start >= f.start && c.end <= f.end)), ...forces].sort(
          (a, b) => a.start - b.start || a.ref.localeCompare(b.ref),
        )
      : built,
    entities ?? [],
    opts.quotes ?? [],
    lang,
  );
  // a photo caption dates the photo, not the news: its dates and its sentences are left out
  const captions = captionRanges(text);
  const inCaption = (pos: number) => captions.some(([a, b]) => pos >= a && pos < b);
  const validTimes = (times ?? [])
    .filter(
      (t) => t && t.value && (t.value.start || t.value.end) && t.kind !== 'duration' && !inCaption(t.start),
    )
    .sort((a, b) => a.start - b.start);

  // Sentences that only date an earlier event ("the meeting will take place on 11 January").
  const consumedTimes = new Set<TimeExpression>();
  const dateAnaphora: { sentence: number; time: TimeExpression }[] = [];
  data.dateAnaphora.lastIndex = 0;
  for (let m = data.dateAnaphora.exec(text); m; m = data.dateAnaphora.exec(text)) {
    const si = sentenceAt(sentences, m.index);
    if (si < 0) continue;
    const t = validTimes.find((x) => x.start >= m!.index && x.end <= sentences[si].end);
    if (t) {
      consumedTimes.add(t);
      dateAnaphora.push({ sentence: si, time: t });
    }
  }

  const pubDay = publicationDay(published);
  const events: Internal[] = [];

  const triggerSpans: { sentence: number; start: number; end: number }[] = [];
  // Russian frames read a name in guillemets («Роснефть») as a name, not as a quotation's edge
  const caseText = caseLang === 'ru' ? unquotedNames(text) : text;
  // a Russian pattern has nothing to find in English text and the reverse: each text runs its own
  for (const tr of data.triggersByLanguage[lang] ?? data.triggersByLanguage.en ?? []) {
    tr.re.lastIndex = 0;
    for (let m = tr.re.exec(text); m; m = tr.re.exec(text)) {
      if (m[0].length === 0) {
        tr.re.lastIndex++;
        continue;
      }
      const si = sentenceAt(sentences, m.index);
      if (si < 0 || inCaption(m.index)) continue;
      // a sentence never runs across a paragraph break: keep the trigger's own line of it
      const sent = withinLine(text, sentences[si], m.index);
      const mEnd = m.index + m[0].length;
      if (mEnd > sent.end) continue;
      const sentText = text.slice(sent.start, sent.end);
      if (data.opinion.test(sentText.trimEnd())) continue;
      // every trigger word claims the time expressions nearest it, event or not ("the clashes in 2021")
      triggerSpans.push({ sentence: si, start: m.index, end: mEnd });
      // "met in Almaty to discuss trade with China": the purpose of a meeting (or trip) told in the
      // clause is that meeting's topic, not a second, planned meeting with whoever the topic names
      if (tr.meetingTopic && MEETING_PURPOSE.test(text.slice(sent.start, m.index))) continue;
      // "Görüşmede Erdoğan, …", "Zirvede …": a bare Turkish event noun in the locative opening the
      // sentence is the setting of what follows, the meeting just reported (Turkish has no article
      // to say "these talks"), not one more
      if (
        lang === 'tr' &&
        tr.noun &&
        /^[\s"“'‘«]*$/u.test(text.slice(sent.start, m.index)) &&
        TR_SETTING_OPENER.test(text.slice(m.index, m.index + 40))
      )
        continue;
      let modality = detectMode(text, sent, cands, tr, m.index, mEnd, m[0], cues);
      // "the minister said X would open …": a reported plan, not a supposition
      if (lang === 'en' && modality.mode === 'hypothetical')
        modality = reportedFuture(
          modality,
          (opts.quotes ?? []).find((q) => q.start <= m!.index && q.end >= mEnd) ?? null,
          sentText,
        );
      // a clause governed by "denied"/"rejected claims that" did not happen; by "claimed", is a claim
      if (parseSentence && modality.mode === 'asserted' && STANCE_WORDS.test(sentText)) {
        const stance = stanceOf(parseSentence(sent.start, sent.end), m.index);
        if (stance === 'denied') modality = { mode: 'negated', hedged: false, cue: 'denied' };
        else if (stance === 'claimed') modality = { ...modality, hedged: true, cue: 'claimed' };
      }
      // Russian and Turkish: what a denial reports did not happen ("опроверг сообщения о том, что X
      // встретится с Y", "… görüşeceği yönündeki haberleri yalanladı")
      if (
        (modality.mode === 'asserted' || modality.mode === 'intended') &&
        deniedContent(lang, text.slice(sent.start, m.index), text.slice(mEnd, sent.end))
      )
        modality = { mode: 'negated', hedged: false, cue: 'denied' };
      let mode = modality.mode;
      const fcands = withoutSourcesOf(cands, attributions, m.index);
      let frame = tr.judgedBySpeaker
        ? satisfiesNeeds(
            judgedFrame(lang, text, sent, cands, m.index, mEnd, speakerAt, entityByRef, gaz),
            tr,
            mode,
          )
        : caseLang
          ? findCaseFrame(caseLang, caseText, sent, fcands, tr, m.index, mEnd, mode, speakerAt)
          : findFrame(text, sent, fcands, tr, m.index, mEnd, m[0], mode, data, () =>
              parseSentence ? parseSentence(sent.start, sent.end) : null,
            );
      // "prompting a protest from Moscow": a state's protest is a diplomatic one, its accusation
      let etr: CompiledTrigger = tr;
      const protester =
        tr.type === 'PROTEST' ? diplomaticProtester(text, m.index, mEnd, m[0], cands, entityByRef) : null;
      if (protester) {
        etr = {
          ...tr,
          type: 'ACCUSE',
          intensity: undefined,
          locationSuffices: false,
          summary: PROTEST_NOTE_SUMMARY,
        };
        frame = { actors: [protester], targets: [], location: null };
      }
      if (!frame) continue;
      // "the fighting", "the violent riots" with no participant and no time: a reference back, not a report
      if (
        tr.noun &&
        !frame.actors.length &&
        !frame.targets.length &&
        DEFINITE_BEFORE.test(text.slice(Math.max(sent.start, m.index - 40), m.index))
      ) {
        if (
          !(times ?? []).some(
            (t) => t.start >= sent.start && t.end <= sent.end && Math.abs(t.start - mEnd) < 60,
          )
        )
          continue;
      }
      // a speaker's warning that force may be used or is being prepared is the speaker's accusation
      const warned = speculatedForce(
        tr.type,
        mode,
        frame,
        m.index,
        cands,
        opts.quotes ?? [],
        entityByRef,
        gaz,
      );
      if (warned) {
        etr = { ...tr, type: 'ACCUSE', intensity: undefined, mode: undefined, summary: WARNED_SUMMARY };
        frame = warned;
        mode = 'asserted';
      }
      // "hailed the signing of the declaration with X": the deed's partner after "with"
      if (etr.partiesTarget && !frame.targets.length) {
        const partner = deedPartner(text, sent, cands, mEnd);
        if (partner.length) frame = { ...frame, targets: partner.filter((c) => !frame!.actors.includes(c)) };
      }
      const date = dateFor(
        text,
        sentences,
        si,
        m.index,
        validTimes,
        consumedTimes,
        mode,
        pubDay,
        data,
        null,
        mEnd,
        modality.cue ?? futureTenseCue(tr, mode, m[0]),
      );
      const base = etr.intensity ?? data.typeIntensity[etr.type];
      const scale =
        mode === 'negated'
          ? base > COOPERATIVE_MIN
            ? data.modeScale.refusal
            : data.modeScale.negated
          : data.modeScale[mode];
      const intensity = Math.round(base * scale * 10) / 10 || 0;
      const start = sent.start + (sentText.length - sentText.trimStart().length);
      const end = sent.start + sentText.trimEnd().length;
      const actorRefs = uniq(frame.actors.map((c) => c.actorRef));
      const targetRefs = uniq(frame.targets.map((c) => c.actorRef)).filter((r) => !actorRefs.includes(r));
      events.push({
        type: etr.type,
        mode,
        ...(modality.hedged ? { hedged: true } : {}),
        actorRefs,
        targetRefs,
        locationRef: frame.location?.ref ?? null,
        date,
        intensity,
        summary: summarize(etr, actorRefs, targetRefs, frame.location?.ref ?? null, mode, names),
        evidence: { start, end },
        trigger: m[0],
        sentence: si,
        triggerIndex: m.index,
        triggerId: etr.id,
        yieldsTo: etr.yieldsTo,
        reference: DEFINITE_NOUN_BEFORE.test(text.slice(Math.max(sent.start, m.index - 5), m.index)),
        ...(etr.partiesTarget && !targetRefs.length ? { partiesOpen: true } : {}),
      });
    }
  }

  // History in passing: a time expression nearer another event of the sentence dates that one
  // ("met on Monday, years after the clashes of 2021": 2021 belongs to the clashes).
  for (const e of events) {
    const used = (e.date as { timeUsed?: TimeExpression | null }).timeUsed;
    if (!used) continue;
    // a time that opens the sentence ("On Monday, …", "Три дня назад …") scopes over all its
    // clauses: "On Monday, X visited Bishkek, where he signed …" dates the signing too
    if (
      used.end <= e.triggerIndex &&
      OPENING_PREFIX.test(text.slice(sentences[e.sentence].start, used.start))
    )
      continue;
    const eEnd = e.triggerIndex + e.trigger.length;
    const others = triggerSpans.filter(
      (o) =>
        o.sentence === e.sentence &&
        !rangesOverlap(o.start, o.end - o.start, e.triggerIndex, e.trigger.length) &&
        // "congratulated them in a phone call on Thursday": the occasion of a deed shares its date
        !(o.start >= eEnd && used.start >= o.end && OCCASION_AFTER.test(text.slice(eEnd, o.start))) &&
        // Turkish puts a time before the verb it dates ("Görüşmede, 2021 yılında … imzalandığı
        // hatırlatıldı"): a trigger before the time does not take it from one after it
        !(lang === 'tr' && o.end <= used.start && e.triggerIndex >= used.end),
    );
    // "X on Thursday summoned A and protested B": a time before coordinated verbs dates them all
    if (coordinatedAfterTime(text, used, e.triggerIndex)) continue;
    if (!others.some((o) => nearerTrigger(text, used, [o.start, o.end], [e.triggerIndex, eEnd]))) continue;
    const skip = new Set([...consumedTimes, used]);
    const spans = others.map((o) => [o.start, o.end] as const);
    const redone = dateFor(
      text,
      sentences,
      e.sentence,
      e.triggerIndex,
      validTimes,
      skip,
      e.mode,
      pubDay,
      data,
      spans,
      eEnd,
    );
    e.date = redone;
  }

  // Date anaphora: give the date to the nearest earlier meeting-like event without an explicit date.
  for (const da of dateAnaphora) {
    let best: (typeof events)[number] | null = null;
    for (const e of events) {
      if (e.sentence > da.sentence || e.sentence < da.sentence - 2) continue;
      if (e.type !== 'CONSULT' && e.type !== 'AGREE') continue;
      if (e.sentence === da.sentence) continue;
      const d = e.date as EventDate;
      if (d.start && !d.inferred) continue;
      if (!best || e.triggerIndex > best.triggerIndex) best = e;
    }
    if (best)
      best.date = {
        start: da.time.value.start ?? da.time.value.end,
        end: da.time.value.end ?? da.time.value.start,
      };
  }

  const triggerById = new Map((data.triggersByLanguage[lang] ?? []).map((t) => [t.id, t]));
  const answered = lang === 'en' ? withAnsweredParty(text, events, names, triggerById) : events;
  const journeys = withJourneyPurpose(answered, names, triggerById, lang === 'tr' ? text : null);
  return dedupe(withDeedParties(journeys, names, entityByRef)).map(
    ({
      sentence: _s,
      triggerIndex: _t,
      triggerId: _id,
      yieldsTo: _y,
      reference: _r,
      partiesOpen: _p,
      ...e
    }) => e,
  );
}

/** first-person subject pronouns per language ("We call on …" inside a quotation: its speaker) */
const FIRST_PERSON: Record<string, RegExp> = {
  en: /(?<![\p{L}])(?:We|we|I)(?![\p{L}'’])/gu,
  ru: /(?<![\p{L}])(?:Мы|мы|Я|я)(?![\p{L}])/gu,
};

/** The speaker of the quotation around `pos`, as a participant candidate at that spot; null outside one. */
function speakerFinder(
  text: string,
  entities: readonly DocEntity[],
  quotes: readonly DocQuote[],
): (pos: number) => Candidate | null {
  const typeOf = new Map(entities.map((e) => [e.ref, e.type]));
  return (pos) => {
    const q = quotes.find((x) => x.speakerRef && x.kind !== 'thought' && pos >= x.start && pos < x.end);
    const type = q?.speakerRef ? typeOf.get(q.speakerRef) : undefined;
    if (!q?.speakerRef || !type) return null;
    return {
      start: pos,
      end: pos,
      ref: q.speakerRef,
      actorRef: q.speakerRef,
      type,
      kind: 'anaphor',
      modifier: false,
      place: false,
    };
  };
}

/**
 * Cues of attributions that only name a source beside the content ("according to X", "по словам
 * X", "как сообщил X", "X'e göre"): unlike "X said …", whose content may go on about X's own
 * deeds, the source takes no part in what the content reports.
 */
const ACCORDING_CUE =
  /^(?:according to|as reported by|citing|with reference to|по словам|по данным|по информации|по мнению|по сведениям|со ссылкой на|как\s+\p{L}+|göre)$/iu;

/** The candidates of a trigger at `pos`, less those inside the source phrase of an attribution whose content holds it. */
function withoutSourcesOf(cands: Candidate[], attributions: readonly DocQuote[], pos: number): Candidate[] {
  // `attributions` is sorted by start: the contents holding `pos` start at or before it, and
  // contents seldom nest, so a few steps back from the last such start is enough (long documents
  // hold thousands of attributions and triggers)
  let lo = 0,
    hi = attributions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (attributions[mid].start <= pos) lo = mid + 1;
    else hi = mid;
  }
  let out = cands;
  for (let i = lo - 1; i >= Math.max(0, lo - 8); i--) {
    const q = attributions[i];
    if (pos < q.start || pos >= q.end) continue;
    const src = q.source!;
    out = out.filter((c) => c.end <= src.start || c.start >= src.end);
  }
  return out;
}

/** Adds "we"/"I" inside a quotation with a resolved speaker as a subject candidate for that speaker. */
function withSpeakers(
  text: string,
  cands: Candidate[],
  entities: readonly DocEntity[],
  quotes: readonly DocQuote[],
  lang: string,
): Candidate[] {
  const re = FIRST_PERSON[lang];
  if (!re || !quotes.length) return cands;
  const typeOf = new Map(entities.map((e) => [e.ref, e.type]));
  const extra: Candidate[] = [];
  for (const q of quotes) {
    const type = q.speakerRef ? typeOf.get(q.speakerRef) : undefined;
    if (!q.speakerRef || !type || q.kind === 'thought' || q.start < 0 || q.end > text.length) continue;
    const body = text.slice(q.start, q.end);
    re.lastIndex = 0;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const start = q.start + m.index;
      if (cands.some((c) => c.start < start + m![0].length && start < c.end)) continue;
      extra.push({
        start,
        end: start + m[0].length,
        ref: q.speakerRef,
        actorRef: q.speakerRef,
        type,
        kind: 'anaphor',
        modifier: false,
        place: false,
        pronoun: lang === 'en',
      });
    }
  }
  return extra.length
    ? [...cands, ...extra].sort((a, b) => a.start - b.start || a.ref.localeCompare(b.ref))
    : cands;
}

/** a line that is a photo caption or credit: "Photo: …", "Фото: …", "Fotoğraf: …", "… (Photo: AFP)" */
const CAPTION_LINE =
  /^\s*(?:(?:cover\s+)?(?:photo|image|picture|фото|фотография|foto|fotoğraf)\b|.*(?:\(|\s)(?:photo|фото|foto|fotoğraf)\s*(?:by|credit)?\s*:)/iu;

/** The part of a sentence on the line (paragraph) that holds `pos`. */
function withinLine(text: string, sent: Sentence, pos: number): Sentence {
  const ls = text.lastIndexOf('\n', pos - 1) + 1;
  const nl = text.indexOf('\n', pos);
  const le = nl < 0 ? text.length : nl;
  if (ls <= sent.start && le >= sent.end) return sent;
  return { ...sent, start: Math.max(sent.start, ls), end: Math.min(sent.end, le) };
}

/** [start, end) of every caption line of the text. */
export function captionRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    // a caption is short: a long paragraph that merely credits a photo at its end is still news
    if (line.length <= 300 && CAPTION_LINE.test(line)) out.push([start, start + line.length]);
    start += line.length + 1;
  }
  return out;
}

/**
 * A wire dateline opening a paragraph: a place in capitals, then a country, a date or a site
 * and/or an agency in brackets (one at least: "NATO - Russia …" is a headline), and a dash
 * ("ASTANA (Reuters) -", "BAKU, Azerbaijan (AP) —", "MOSCOW, March 3 (Reuters) -", "TBILISI,
 * Civil.ge —"). It says where the copy was filed, not who did anything.
 */
const WIRE_DATELINE =
  /^[\s"“]*\p{Lu}[\p{Lu}'’.-]{2,}(?:\s+\p{Lu}[\p{Lu}'’.-]+){0,2}(?=\s*[,(])(?:\s*,\s*[\p{L}\p{N}.'’-]+(?:\s+[\p{L}\p{N}.'’-]+){0,2}){0,2}\s*(?:\([^()\n]{2,40}\)\s*)?[—–-]+\s/u;

/** The [start, end) spans of the wire datelines that open the text's lines. */
export function datelineRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const m = WIRE_DATELINE.exec(line);
    if (m) out.push([start, start + m[0].length]);
    start += line.length + 1;
  }
  return out;
}

function uniq(xs: string[]): string[] {
  return [...new Set(xs)];
}

// ----------------------------------------------------------------------------------- frames

/** Index of the first candidate starting at or after `pos` (cands are sorted by start). */
function firstAtOrAfter(cands: readonly Candidate[], pos: number): number {
  let lo = 0;
  let hi = cands.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cands[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Candidates usable as actors/targets inside [from, to). */
function inRange(cands: readonly Candidate[], from: number, to: number): Candidate[] {
  // cands is sorted by start; a linear scan over one sentence's worth is cheap, but skip fast.
  let lo = 0;
  let hi = cands.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cands[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Candidate[] = [];
  for (let i = lo; i < cands.length && cands[i].start < to; i++) if (cands[i].end <= to) out.push(cands[i]);
  return out;
}

const JOIN_HEAD = /^\s*(,\s*and|,\s*or|,|and|or|&|as\s+well\s+as|along\s+with)\s*/iu;

/**
 * Are two neighbouring candidates one coordinated group ("X and Y", "X, Y and Z", "X and the head
 * of Y Z")? Modifier candidates inside the gap (a country qualifying the next person) and title
 * words after the conjunction are allowed. Returns the joiner ("," or "and") or null.
 */
function joiner(text: string, a: Candidate, b: Candidate, all: readonly Candidate[]): ',' | 'and' | null {
  // the members of one plural reference ("the two leaders") are one group
  if (a.start === b.start && a.end === b.end) return 'and';
  let gap = text.slice(a.end, b.start);
  for (const c of all)
    if (c.modifier && c.start >= a.end && c.end <= b.start)
      gap = gap.replace(text.slice(c.start, c.end), ' ');
  // "the Kyrgyz-Tajik border", "Armenia–Azerbaijan talks": a hyphenated pair of countries is both
  if (/^[-–—]$/u.test(gap) && a.type === 'country' && b.type === 'country') return 'and';
  const m = JOIN_HEAD.exec(gap);
  if (!m) return null;
  const rest = gap.slice(m[0].length);
  const restOk =
    !rest.trim() || /^(?:the\s+|other\s+)+$/iu.test(rest) || (b.type === 'person' && isTitleWords(rest));
  if (!restOk) return null;
  return m[1].trim() === ',' ? ',' : 'and'; // "or" closes a list like "and"
}

/** A comma continues a group only when an "and" closes the list later ("X, Y and Z"). */
function groupRight(text: string, list: Candidate[], i: number, all: readonly Candidate[]): Group {
  const g = [list[i]];
  const joins: (',' | 'and')[] = [];
  for (let j = i + 1; j < list.length; j++) {
    const k = joiner(text, list[j - 1], list[j], all);
    if (!k) break;
    joins.push(k);
    g.push(list[j]);
  }
  if (joins.length && !joins.includes('and')) return g.slice(0, 1);
  return g;
}

function groupLeft(text: string, list: Candidate[], i: number, all: readonly Candidate[]): Group {
  const g = [list[i]];
  const joins: (',' | 'and')[] = [];
  for (let j = i - 1; j >= 0; j--) {
    const k = joiner(text, list[j], list[j + 1], all);
    if (!k) break;
    joins.push(k);
    g.unshift(list[j]);
  }
  if (joins.length && joins[0] !== 'and') return g.slice(-1);
  return g;
}

/**
 * "Tokayev, Mirziyoyev discuss transit": a headline (a line without closing punctuation) writes
 * "and" as a comma; two names opening it, joined by a comma only, are one subject.
 */
function headlinePair(
  text: string,
  sent: Sentence,
  list: Candidate[],
  i: number,
  all: readonly Candidate[],
): Group | null {
  if (i < 1) return null;
  const lineStart = text.lastIndexOf('\n', sent.start - 1) + 1;
  const nl = text.indexOf('\n', sent.start);
  const line = text.slice(lineStart, nl < 0 ? text.length : nl).trim();
  if (!line || /[.!?:"”»]$/u.test(line)) return null;
  const [a, b] = [list[i - 1], list[i]];
  if (a.type !== b.type || joiner(text, a, b, all) !== ',') return null;
  // the pair opens the headline (titles and demonyms aside: "Kazakh President Tokayev, …")
  return isTitleWords(text.slice(lineStart, a.start)) ? [a, b] : null;
}

const TITLE_WORD =
  /^(?:the|of|to|for|head|heads|president|presidents|leader|leaders|minister|ministers|foreign|defense|defence|prime|chairman|ambassador|envoy|secretary|general|deputy|first|vice|chief|speaker|king|queen|counterpart|counterparts|colleague|republic|state|his|her|its|their|[\p{Lu}][\p{L}-]*)$/u;
function isTitleWords(s: string): boolean {
  const w = s.trim().split(/\s+/).filter(Boolean);
  return w.length <= 6 && w.every((x) => TITLE_WORD.test(x));
}

const usable = (c: Candidate) => !c.modifier && !c.place;
/** a noun in the locative with a capitalised word or a comma after it ("Görüşmede Erdoğan", "Zirvede,") */
const TR_SETTING_OPENER = /^\p{L}+?(?:l[ae]r)?(?:s[ıiuü]n|n)?[dt][ae](?:\s*,|\s+\p{Lu})/u;
const ANAPHORIC_DET = /\b(?:these|those|this|that|such|the\s+same)\s+(?:[\p{L}-]+\s+)?$/iu;
/** up to two lower-case head words of a noun phrase before "and" ("the French ambassador and") */
const OBJECT_HEAD_WORDS = /^\s*(?:\p{Ll}[\p{L}-]*\s+){1,2}(?=(?:,\s*)?and\s)/u;
/** "received the newly appointed Ambassador of ", "met with the Special Envoy of ": an envoy stands for the state that sent them */
const ENVOY_OF =
  /^\s*(?:with\s+)?(?:the\s+)?(?:newly[\s-]appointed\s+|new\s+|outgoing\s+|visiting\s+|special\s+)?(?:ambassador|envoy|charg[eé]\s+d['’]affaires|high\s+commissioner|consul(?:\s+general)?)(?:\s+extraordinary\s+and\s+plenipotentiary)?\s+(?:of|from)\s+(?:the\s+)?$/iu;
/** an object pronoun right after a verb ("accusing it of", "urging them to") */
const OBJECT_PRONOUN = /^\s+(?:it|them)\b/i;
const COORDINATED_VERB =
  /^\s*(?:,\s*)?and\s+(?:has\s+|have\s+|had\s+|also\s+|then\s+|later\s+|is\s+|was\s+)?(?:[\p{L}]+(?:ed|s)\b|initiated|launched|sent|made|took|held|met|signed)/iu;
const NOUN_LINK = /^\s*(?:with|between|of|to|against|on|into|for|from|by|toward|towards)\b[^,;]*$/iu;
const IN_PLACE = /^\s*(?:in|at|near)\s+[^,;]*$/iu;
/**
 * "discussed financing from the X Bank", "discussed the situation in X": a name after a topic noun
 * and its preposition is what a meeting was about, not who took part (people-nouns aside: "met
 * representatives of X")
 */
const TOPIC_OF_END =
  /\b(?!(?:representatives|officials|members|delegations?|leaders|heads|ministers|envoys|ambassadors|diplomats|counterparts|leadership)\b)\p{Ll}[\p{L}-]*\s+(?:from|of|on|about|over|regarding|in|for|to)\s+(?:the\s+)?$/u;
const REL_PRONOUN_LEAD = /^\s*,?\s*(?:who|which|that)\b/iu;
const BY_NON_ENTITY = /^\s*by\s+(?!(?:the\s+)?\p{Lu})/u;
const BY_THEN = /^\s*(?:[\p{L}-]+\s+)?by\s+/iu;
const COUNTERPART_COMMA = /\bcounterparts?\s*,\s*$/i;
const LINK_PREP = /^\s*(?:with|between|of|to|against|on|for|from|by|toward|towards)\s+/i;
/** "with the Deputy Minister of Foreign Affairs of Y X": a preposition (unless the trigger ends
 *  with one: "met with"), then only title words */
function titledLink(gap: string): boolean {
  const m = LINK_PREP.exec(gap);
  const w = gap
    .slice(m ? m[0].length : 0)
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  return w.length <= 10 && w.every((x) => TITLE_WORD.test(x));
}
const IN_PLACE_END = /\b(?:in|at|near)\s+(?:the\s+)?$/iu;
const TO_PLACE_END = /\b(?:to|into|towards?)\s+(?:the\s+)?$/iu;
/** ", and police detained": a new clause with its own (non-entity) subject before a verb trigger */
/** a phrase opening the sentence up to its meeting noun ("After talks", "Speaking at a news conference after talks") */
const OPENING_MEETING =
  /^\s*(?:(?:speaking|talking)\s+(?:(?:at|to|in|on)\s+(?:[\p{L}-]+\s+){1,4})?)?(?:after|following|during|before|ahead\s+of|at\s+the\s+end\s+of|in)\s+(?:(?:the|his|her|their|a|an|its)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/** the words between a traveller and the meeting noun the journey was made for ("flew to Baku on Monday for") */
const JOURNEY_FOR_GAP =
  /^[^,;"“”]*\b(?:travell?(?:ed|ing)|travels|flew|flies|flying|went|goes|going|headed|heads|heading|arrived|arrives|arriving|came|comes|coming)\s+(?:to|in|for)\b[^,;"“”]*\bfor\s+(?:(?:a|an|the|two-day|three-day|further|fresh|new|official|bilateral)\s+)?$/iu;
const NOUN_GAP_VERB = /\b(?:is|are|was|were|been|has|have|had)\b/iu;
/** "has a", "has had a", "have held their first": a light verb before the meeting noun, no verb of its own */
const LIGHT_VERB_GAP =
  /^\s*(?:(?:has|have|had)\s+)?(?:also\s+)?(?:has|have|had|held|hosted|conducted)\s+(?:also\s+)?(?:(?:an?|their|the)\s+)?(?:[\p{L}-]+\s+)?$/iu;
const OTHER_SUBJECT =
  /[,;]\s*(?:and|but|while)\s+(?!(?:has|have|had|also|then|later|is|was|were|will|would|could|should|can|did|does|do|it|he|she|they|its|their|his|her)\b)[\p{L}-]+\s*$/iu;

/** The text of [from, to) with modifier candidates (a country qualifying a person) blanked out. */
function withoutModifiers(text: string, from: number, to: number, cands: readonly Candidate[]): string {
  let gap = text.slice(from, to);
  for (const c of cands)
    if (c.modifier && c.start >= from && c.end <= to) gap = gap.replace(text.slice(c.start, c.end), ' ');
  return gap;
}

function wordCount(s: string): number {
  const t = s.trim();
  return t ? t.split(/\s+/).length : 0;
}

/** an article or possessive right before the match: "an attack on", "the visit to" are nouns */
/** an article or possessive pronoun right before a participle trigger ("the detained protesters") */
/** what follows a verb of blame used without its object ("accused of", "criticised for", "blamed over") */
const BLAMED_FOR = /^\s*(?:of|for|over)\b/iu;
/** between the one blamed and the participle: its head noun ("a Russian diplomat accused of") or a comma */
const BLAMED_GAP = /^\s*,?\s*(?:[\p{Ll}-]+\s+){0,2}$/u;
const ATTRIBUTIVE_DET = /\b(?:the|these|those|its|their|his|her)\s+$/iu;
const DETERMINER_BEFORE = /\b(?:an?|the|this|that|its|their|his|her)\s+(?:[\p{L}-]+\s+)?$/iu;

/**
 * The English frame of a trigger. A passive trigger ("X's ambassador was summoned to the Foreign
 * Ministry") is read as an active one and turned round: its subject is whom it was done to, the
 * body after "to" did it.
 */
function findFrame(
  text: string,
  sent: Sentence,
  cands: readonly Candidate[],
  tr: CompiledTrigger,
  mStart: number,
  mEnd: number,
  mText: string,
  mode: EventMode,
  data: EventData,
  parse: () => SentenceParse | null = () => null,
): Frame | null {
  const frame = activeFrame(text, sent, cands, tr, mStart, mEnd, mText, mode, data, parse);
  return frame && tr.passive ? { ...frame, actors: frame.targets, targets: frame.actors } : frame;
}

function activeFrame(
  text: string,
  sent: Sentence,
  cands: readonly Candidate[],
  trIn: CompiledTrigger,
  mStart: number,
  mEnd: number,
  mText: string,
  mode: EventMode,
  data: EventData,
  parse: () => SentenceParse | null,
): Frame | null {
  // a verb trigger whose match is a noun here ("an attack on the embassy") takes a noun's frame
  const tr =
    !trIn.noun &&
    /^\p{L}+\s+(?:on|to|of|against)\b/iu.test(mText) &&
    DETERMINER_BEFORE.test(text.slice(Math.max(sent.start, mStart - 30), mStart))
      ? { ...trIn, noun: true }
      : trIn;
  const firstWordEnd = mStart + (/^\S+/u.exec(mText)?.[0].length ?? mText.length);
  // "the EU's call to release the detained protesters": a participle right after an article
  // qualifies its noun; whoever stands before the article did not do it
  const attributive =
    !tr.noun &&
    /^\p{L}+(?:ed|en)\s/iu.test(mText) &&
    ATTRIBUTIVE_DET.test(text.slice(Math.max(sent.start, mStart - 12), mStart));
  // "a Russian diplomat accused of espionage", "Russia, accused of meddling, …": a participle of
  // blame with no object before its "of"/"for" is passive: the one before it is blamed, by nobody named
  const blamedOf =
    !tr.noun &&
    tr.type === 'ACCUSE' &&
    /^\p{L}+(?:ed|en)$/iu.test(mText.trim()) &&
    BLAMED_FOR.test(text.slice(mEnd, mEnd + 12));
  // "these talks", "the same meeting": a reference back to an event already reported
  if (tr.noun && ANAPHORIC_DET.test(text.slice(Math.max(sent.start, mStart - 30), mStart))) return null;
  // "was threatened by strikes": the agent is not an entity, so the subject is no actor either
  if (!tr.noun && BY_NON_ENTITY.test(text.slice(mEnd, mEnd + 40))) return null;
  const inSentence = inRange(cands, sent.start, sent.end);
  const people = inSentence.filter(usable);
  let actors: Group = [];
  let targets: Group = [];
  let location: Candidate | null = null;
  const taken = new Set<Candidate>();
  /** the actors were read from "between", a passive "by" or the troops' owner: the tree adds nothing */
  let actorsFixed = false;

  // Troop owners inside the match ("CSTO troops", "Russian forces").
  if (tr.ownerRole) {
    const owner = people.find(
      (c) => c.start >= mStart && c.end <= mEnd && OWNER_NOUN.test(text.slice(c.end, mEnd + 30)),
    );
    if (owner) {
      (tr.ownerRole === 'actor' ? actors : targets).push(owner);
      taken.add(owner);
      actorsFixed = tr.ownerRole === 'actor';
    }
  }

  // Right side: from the end of the trigger's first word to the clause end.
  const rightLimit = clauseEnd(text, firstWordEnd, sent.end);
  // a verb's object is not searched past a subordinate clause ("was arrested after she criticized X")
  const right = people.filter(
    (c) =>
      c.start >= firstWordEnd &&
      c.end <= rightLimit &&
      !taken.has(c) &&
      !c.pronoun &&
      (tr.noun || !data.subordinators.test(text.slice(mEnd, c.start))),
  );
  const between = right.length
    ? BETWEEN_AFTER.test(text.slice(mEnd, right[0].start)) ||
      BETWEEN_AFTER.test(text.slice(firstWordEnd, right[0].start))
    : false;
  if (between) {
    const g = groupRight(text, right, 0, inSentence);
    if (tr.partiesTarget) targets = g;
    else if (g.length >= 2) {
      if (!actors.length) actors = [g[0]];
      targets = g.slice(1);
      actorsFixed = true;
    } else targets = g;
    g.forEach((c) => taken.add(c));
  } else if (right.length) {
    const first = right[0];
    const gap = text.slice(first.start < mEnd ? firstWordEnd : mEnd, first.start);
    const after = text.slice(mEnd, first.start);
    // "was signed by X", "was signed by Minister of Energy of Y X": the agent after "by"
    const byTitled = first.start >= mEnd ? BY_THEN.exec(after) : null;
    // "the visit of President X to Y": the person after "of" made the visit
    const visitor = !!tr.placeTarget && !!tr.noun && first.type === 'person' && OF_AGENT.test(after);
    // the object noun stands in the match ("sign a protocol") or between it and the participle
    const objectNoun =
      !/\p{L}+(?:ed|en|wn)$/iu.test(mText.trimEnd()) || !/^\s*\p{L}+\s+(?:\p{L}+ly\s+)?by\b/iu.test(after);
    const authorOfObject =
      first.start >= mEnd &&
      !tr.noun &&
      objectNoun &&
      REDUCED_RELATIVE_BY.test(after) &&
      !AUXILIARY.test(after) &&
      !/\b(?:and|or)\b/iu.test(after);
    const passive =
      first.start >= mEnd &&
      !authorOfObject &&
      (PASSIVE_BY.test(after) ||
        visitor ||
        (!!byTitled &&
          isTitleWords(withoutModifiers(text, mEnd + byTitled[0].length, first.start, inSentence))));
    // titles, qualifying countries and "counterpart," before the person do not lengthen the link
    const plain = (from: number) =>
      withoutModifiers(text, from, first.start, inSentence).replace(COUNTERPART_COMMA, ' counterpart ');
    const nounLink =
      first.start < mEnd
        ? PREPOSITION_END.test(text.slice(firstWordEnd, first.start))
        : // the match may end in its preposition ("visit to") or before it ("phone conversation with")
          (NOUN_LINK.test(plain(firstWordEnd)) || NOUN_LINK.test(plain(mEnd))) &&
          (wordCount(after) <= 6 || titledLink(plain(mEnd)));
    let linked = tr.noun
      ? nounLink
      : first.start < mEnd ||
        (wordCount(gap) <= 4 &&
          !/,/.test(gap) &&
          !(tr.type === 'CONSULT' && !/\bwith\b/iu.test(gap) && TOPIC_OF_END.test(plain(mEnd)))) ||
        (first.type === 'person' && titledLink(plain(mEnd)));
    // "received Georgian Prime Minister X": only titles may stand between the verb and its object
    if (tr.objectAdjacent)
      linked =
        first.start >= mEnd &&
        (isTitleWords(withoutModifiers(text, mEnd, first.start, inSentence)) ||
          ENVOY_OF.test(text.slice(mEnd, first.start)));
    // "agreed to meet again in Tashkent": a place after in/at is where, not whom (visits aside)
    const placeAfterIn =
      first.start >= mEnd && first.type === 'location' && !tr.placeTarget && IN_PLACE_END.test(after);
    const inPlace =
      first.start >= mEnd &&
      (first.type === 'country' || first.type === 'location') &&
      (IN_PLACE.test(after) || placeAfterIn);
    if (authorOfObject) {
      const g = groupRight(text, right, 0, inSentence);
      targets = g;
      g.forEach((c) => taken.add(c));
    } else if (passive) {
      const g = groupRight(text, right, 0, inSentence);
      actors = g;
      actorsFixed = true;
      g.forEach((c) => taken.add(c));
    } else if (inPlace && (tr.noun || tr.locationSuffices || placeAfterIn)) {
      location = first;
    } else if (linked) {
      const g = groupRight(text, right, 0, inSentence);
      if (!targets.length) targets = g;
      g.forEach((c) => taken.add(c));
    }
  }

  // Left side: nearest group before the trigger in the same clause, relative clauses masked.
  if (!actors.length && !attributive) {
    const masked: [number, number][] = [];
    const leftText = text.slice(sent.start, mStart);
    RELATIVE_CLAUSE.lastIndex = 0;
    for (let r = RELATIVE_CLAUSE.exec(leftText); r; r = RELATIVE_CLAUSE.exec(leftText))
      masked.push([sent.start + r.index, sent.start + r.index + r[0].length]);
    MEMBER_APPOSITION.lastIndex = 0;
    for (let r = MEMBER_APPOSITION.exec(leftText); r; r = MEMBER_APPOSITION.exec(leftText))
      masked.push([sent.start + r.index, sent.start + r.index + r[0].length]);
    const isMasked = (c: Candidate) => masked.some(([a, b]) => c.start >= a && c.end <= b);
    // "activists in Tashkent criticized": a capital after in/at is where, not who; "flew to Moscow
    // to meet X": a city after to/into is where, not who. A country after "to" stays a candidate
    // ("relations with Moscow and Ankara's ties to Russia"): taking countries out changed which
    // reports of a summit corefer, and the incremental corpus update then met them differently
    // from the rebuild (test/incremental.test.ts, dev in batches of 2).
    const inPlaceBefore = (c: Candidate) => {
      if (c.type !== 'location') return false;
      const before = text.slice(Math.max(sent.start, c.start - 12), c.start);
      return IN_PLACE_END.test(before) || TO_PLACE_END.test(before);
    };
    const leftAll = people.filter((c) => c.end <= mStart && !taken.has(c) && !isMasked(c));
    const left = leftAll.filter((c) => !inPlaceBefore(c));
    if (left.length) {
      let idx = left.length - 1;
      let gap = unmasked(text, left[idx].end, mStart, masked);
      // "Russia says it ... in Ukraine and has deployed": the subject of a coordinated verb is the clause subject
      let coordinated = false;
      let participleObject: Candidate | null = null;
      const nearest = leftAll[leftAll.length - 1];
      // the nearest name may be the first verb's object, its head noun after it ("summoned the
      // French ambassador and protested"): those words are no subject between
      const afterNearest = unmasked(text, nearest.end, mStart, masked).replace(OBJECT_HEAD_WORDS, ' ');
      if (COORDINATED_VERB.test(afterNearest + mText)) {
        idx = 0;
        gap = unmasked(text, left[0].end, mStart, masked);
        coordinated = true;
      } else if (
        // "Armenia froze its participation in the bloc, accusing it of …": a participle after the
        // main clause's comma takes that clause's subject, not the nearest name (its object); not
        // across a verb of saying or a subordinate clause ("X said Y struck Z, killing …")
        !tr.noun &&
        left.length > 1 &&
        /^[a-z]+ing$/i.test(text.slice(mStart, firstWordEnd)) &&
        /,\s*$/.test(text.slice(sent.start, mStart)) &&
        !data.subordinators.test(unmasked(text, left[0].end, mStart, masked))
      ) {
        idx = 0;
        gap = unmasked(text, left[0].end, mStart, masked);
        coordinated = true;
        // "…, accusing it of …": the pronoun object is the name the participle passed over
        if (!targets.length && OBJECT_PRONOUN.test(text.slice(firstWordEnd, firstWordEnd + 6)))
          participleObject = nearest;
      }
      // "X later travelled to Beijing on Thursday for talks with Y": who made the journey holds
      // the talks it was made for, however many words the journey takes
      const journeyFor = tr.noun && !coordinated && JOURNEY_FOR_GAP.test(gap);
      const maxWords = coordinated ? 30 : tr.noun && !journeyFor ? 4 : 12;
      // "X, who condemned ...": a relative pronoun right after X makes X the subject
      const relGap = gap.replace(REL_PRONOUN_LEAD, ' ');
      const crossesClause = !tr.noun && !coordinated && data.subordinators.test(relGap);
      // a coordinated verb's subject may stand before a quoted phrase ("criticised the “kidnapping” …, and threatened")
      const quotesOk = coordinated
        ? !/;/.test(gap) && quoteMarksBetween(gap, 0, gap.length) % 2 === 0
        : !/[;"“”«»]/.test(gap);
      // a noun's agent stands right before it ("the Russian attack on"), not across a verb ("X were strained following an attack on")
      // ("X had a phone conversation with Y": "had a" is a light verb, its subject the noun's agent)
      const nounAcrossVerb =
        tr.noun && !coordinated && NOUN_GAP_VERB.test(relGap) && !LIGHT_VERB_GAP.test(relGap);
      const ok =
        wordCount(gap) <= maxWords &&
        quotesOk &&
        !crossesClause &&
        !nounAcrossVerb &&
        (tr.noun || coordinated || !OTHER_SUBJECT.test(gap));
      const manner = ok && !coordinated ? mannerMeeting(text, tr, left, idx, gap, inSentence, data) : null;
      if (manner) {
        actors = manner.actors;
        if (!targets.length) targets = manner.targets;
      } else if (ok) {
        const g = headlinePair(text, sent, left, idx, inSentence) ?? groupLeft(text, left, idx, inSentence);
        if (tr.locationSuffices) {
          if (
            g.every((c) => c.type === 'country' || c.type === 'location') &&
            (tr.type === 'PROTEST' || g.every((c) => c.ref === c.actorRef && c.type !== 'country'))
          )
            location = g[0];
          else if (wordCount(gap) <= 2) actors = g;
        } else if ((passiveBefore(gap, mText) || (blamedOf && BLAMED_GAP.test(gap))) && !targets.length) {
          targets = g;
          if (blamedOf) actorsFixed = true;
        } else actors = g;
        if (participleObject && !g.includes(participleObject) && !targets.length) {
          targets = [participleObject];
          taken.add(participleObject);
        }
      }
    }
  }

  // "After talks with X in Baku, Y told reporters …", "Speaking after a meeting with X, Y said":
  // a meeting in the phrase opening the sentence was held by the main clause's subject
  if (
    !actors.length &&
    tr.noun &&
    tr.type === 'CONSULT' &&
    OPENING_MEETING.test(text.slice(sent.start, mStart))
  ) {
    const comma = text.indexOf(',', mEnd);
    const subject =
      comma > 0 && comma < sent.end ? people.find((c) => c.start > comma && !taken.has(c)) : undefined;
    if (subject && isTitleWords(withoutModifiers(text, comma + 1, subject.start, inSentence))) {
      actors = groupRight(text, people, people.indexOf(subject), inSentence);
      actorsFixed = true;
    }
  }

  // The tree, where it knows better than the nearest name (events-syntax.ts). A name right before
  // the verb, with no comma and few words between, is its subject: no parse is paid for that.
  const hostile = data.typeIntensity[tr.type] < 0;
  const last = actors[actors.length - 1];
  const adjacent =
    !!last &&
    last.end <= mStart &&
    !/[,(;]/.test(text.slice(last.end, mStart)) &&
    wordCount(text.slice(last.end, mStart)) <= 3;
  if (!actorsFixed && !attributive && !tr.locationSuffices && !(adjacent && !(hostile && tr.noun)))
    actors = syntacticActors(parse, people, actors, targets, mStart, hostile);

  // A passive clause, read from the tree: the "by" phrase did it, the passive subject (or whom it
  // was aimed at: "imposed on X") had it done to it. Parsed only when the words look passive.
  if (PASSIVE_NEAR.test(text.slice(Math.max(sent.start, mStart - 40), Math.min(sent.end, mEnd + 40)))) {
    // a demonym may own the patient ("Sylvanian diplomats were expelled"): modifiers count there
    const read = passiveParticipants(
      parse,
      people,
      inSentence.filter((c) => !c.place),
      mStart,
    );
    if (read) {
      // the heuristics read coordination well ("by X and his counterpart Y"): a group holding every agent stays
      if (read.agents.length && !read.agents.every((c) => actors.includes(c))) actors = read.agents;
      const done = read.patients.length ? read.patients : read.aimedAt;
      if (done.length && !tr.locationSuffices) targets = done;
      actors = actors.filter((c) => !targets.includes(c));
    }
  }
  // "X warned Y was the biggest threat", "X called Y the main threat": Y is the target, X the actor
  if (tr.noun && hostile) {
    const said = predicationOf(parse(), mStart);
    const holders = said ? entitiesAt(people, said.holder) : [];
    if (said && holders.length) {
      targets = holders;
      const speakers = entitiesAt(people, said.speaker).filter((c) => !holders.includes(c));
      // the parse may miss the verb's subject: a name right before the verb, no comma between, says it
      const beside = people.filter(
        (c) =>
          c.end <= said.verbStart &&
          !holders.includes(c) &&
          !/[,;(]/.test(text.slice(c.end, said.verbStart)) &&
          wordCount(text.slice(c.end, said.verbStart)) <= 2,
      );
      actors = speakers.length ? speakers : beside.slice(-1);
    }
  }
  // "the attack on X by Y": the agent of an event noun follows its target
  if (tr.noun && !actors.length && targets.length) {
    const lastTarget = targets[targets.length - 1];
    const agent = people.find(
      (c) =>
        c.start >= lastTarget.end &&
        !targets.includes(c) &&
        NOUN_AGENT_GAP.test(text.slice(lastTarget.end, c.start)),
    );
    if (agent)
      actors = groupRight(
        text,
        people.filter((c) => c.start >= agent.start && !targets.includes(c)),
        0,
        inSentence,
      );
  }

  // "met in Geneva with X": a partner named after a place, which the nearest-name reading stops at
  if (!targets.length && !tr.noun && WITH_PARTNER.has(tr.type) && actors.length) {
    const partners = entitiesAt(people, verbObliqueHeads(parse(), mStart, WITH)).filter(
      (c) => !actors.includes(c) && c !== location,
    );
    if (partners.length) targets = partners;
  }

  // A symmetric event with a plural subject and no object: "X and Y met".
  if (!targets.length && actors.length >= 2 && SYMMETRIC.has(tr.type)) {
    targets = actors.slice(1);
    actors = actors.slice(0, 1);
  }

  // Location: "in/at <place>" in the clause after the trigger (then before it).
  const partRefs = new Set([...actors, ...targets].map((c) => c.actorRef));
  const locLimit = Math.min(rightLimit, mEnd + 120);
  const places = inSentence.filter(
    (c) =>
      !c.modifier &&
      c.kind !== 'anaphor' &&
      (c.place || c.type === 'location' || c.type === 'country') &&
      !partRefs.has(c.actorRef),
  );
  // a place behind a subordinate clause's opener is where that clause happens ("the visit to
  // Astana comes while X and Y are in Uzbekistan")
  const ordered = [
    ...places.filter(
      (c) =>
        c.start >= firstWordEnd && c.end <= locLimit && !data.subordinators.test(text.slice(mEnd, c.start)),
    ),
    ...places
      .filter((c) => c.end <= mStart && mStart - c.end < 80 && !newClauseBetween(text, c.end, mStart))
      .reverse(),
  ];
  for (const c of ordered) {
    if (location) break;
    const before = text.slice(Math.max(sent.start, c.start - 40), c.start);
    if (!LOCATION_PREP.test(before)) continue;
    // a place inside a quotation ("…meet again in Tashkent," said X, who arrived …) is not where this happened
    if (quoteMarksBetween(text, Math.min(c.start, mStart), Math.max(c.end, mStart)) % 2 === 1) continue;
    // a country, or a capital after "to" ("a visit by X to Tashkent"), is whom a visit was paid to
    const seatAfterTo = c.type === 'location' && !c.place && TO_PLACE_END.test(before);
    if ((c.type === 'country' || seatAfterTo) && tr.placeTarget && !targets.length && c.start >= mStart) {
      targets = [c];
      continue;
    }
    location = c;
  }
  if (!location && tr.locationSuffices && !actors.length && !targets.length) {
    const near = places.slice().sort((a, b) => Math.abs(a.start - mStart) - Math.abs(b.start - mStart))[0];
    if (near && Math.abs(near.start - mStart) < 120) location = near;
  }
  // A non-capital place named as the object of a visit is where it happened.
  if (!location && (tr.placeTarget || tr.locationSuffices)) {
    const p = inSentence.find((c) => c.place && c.start >= firstWordEnd && c.start - mEnd < 40);
    if (p) location = p;
  }
  // a crowd's protest with no place of its own happened where the copy was filed ("TBILISI, May 1
  // — Thousands protested outside parliament")
  if (!location && tr.locationSuffices) {
    const filed = places.find((c) => c.dateline && c.end <= mStart);
    if (filed) location = filed;
  }
  // "a violent border conflict left 24 Kyrgyz citizens dead, while Tajikistan reported seven": a
  // border is between two states, so with no side read, the sentence's two countries are the sides
  if (
    tr.type === 'ASSAULT' &&
    !actors.length &&
    !targets.length &&
    /\bborder/i.test(text.slice(Math.max(sent.start, mStart - 20), mEnd))
  ) {
    const sides: Candidate[] = [];
    for (const c of inSentence)
      if (c.type === 'country' && !sides.some((x) => x.actorRef === c.actorRef)) sides.push(c);
    if (sides.length === 2) {
      actors = [sides[0]];
      targets = [sides[1]];
      if (location && sides.some((x) => x.actorRef === location!.actorRef)) location = null;
    }
  }

  // "Chinese tourists travelled to Uzbekistan", "thousands of Russians have visited Georgia":
  // private travellers pay no visit on their state's behalf
  if (tr.type === 'CONSULT' && tr.placeTarget)
    actors = actors.filter(
      (c) =>
        c.type !== 'group' &&
        !(c.type === 'country' && PRIVATE_PEOPLE_AFTER.test(text.slice(c.end, c.end + 40))),
    );

  return satisfiesNeeds({ actors, targets, location }, tr, mode);
}

/** people travelling on their own account, after a demonym ("Russian tourists", "Kazakh citizens") */
const PRIVATE_PEOPLE_AFTER =
  /^\s+(?:[\p{L}-]+\s+)?(?:tourists?|holidaymakers?|travell?ers?|visitors?|citizens?|nationals?|pilgrims?|migrants?|labou?r\s+migrants?|students?|fans?|passengers?|residents?|businessm[ae]n|investors?|refugees?|workers?|families|children)\b/iu;

/** the words from a verb to a meeting noun that tells on which occasion it acted ("… them in a") */
const OCCASION_AFTER =
  /^[^,;:"“”()]{0,60}?\s(?:in|during|over|at)\s+(?:an?|the|their|his|her|its)?\s*(?:[\p{L}-]+\s+)?$/iu;
const PROTEST_NOTE_SUMMARY = '{actor} protested to {target}';
/** "from/by (the) (Russian) X" right after the noun "protest" */
const PROTEST_SOURCE_GAP = /^\s+(?:from|by)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}$/u;
/** organizations through which a state speaks */
const STATE_BODY =
  /\b(?:ministry|government|embassy|kremlin|foreign\s+office|state\s+department|white\s+house|parliament|cabinet|presidency|administration|mfa)\b/iu;

/**
 * "The decision prompted a protest from Moscow", "drew protests by the Foreign Ministry": a
 * protest a state or its government makes is a diplomatic protest, its accusation (ACCUSE), not a
 * demonstration in the streets. Returns the protesting state (a capital stands for its country),
 * or null when the protest is nobody's or a crowd's ("a protest by opposition supporters").
 */
function diplomaticProtester(
  text: string,
  mStart: number,
  mEnd: number,
  mText: string,
  cands: readonly Candidate[],
  entityByRef: ReadonlyMap<string, DocEntity>,
): Candidate | null {
  const stateLikeOf = (c: Candidate) =>
    c.type === 'country' ||
    (c.type === 'location' && !c.place) ||
    (c.type === 'organization' && STATE_BODY.test(entityByRef.get(c.ref)?.name ?? ''));
  // "Georgia protested the incident", "Baku strongly protested": a state as the subject of the verb
  // (not a place after "in": "thousands protested in Georgia")
  if (/^protested$/iu.test(mText)) {
    const j = firstAtOrAfter(cands, mStart) - 1;
    const s = j >= 0 ? cands[j] : undefined;
    if (
      s &&
      !s.modifier &&
      !s.dateline &&
      stateLikeOf(s) &&
      /^\s*(?:(?:has|have|had|also|strongly|formally|officially|sharply)\s+){0,2}$/iu.test(
        text.slice(s.end, mStart),
      ) &&
      !/\b(?:in|at|across|throughout|near|outside|of)\s+(?:the\s+)?$/iu.test(
        text.slice(Math.max(0, s.start - 20), s.start),
      )
    )
      return s;
    return null;
  }
  if (!/^protests?$/iu.test(mText)) return null;
  let i = firstAtOrAfter(cands, mEnd);
  while (i < cands.length && cands[i].modifier) i++;
  const c = cands[i];
  if (!c || !PROTEST_SOURCE_GAP.test(withoutModifiers(text, mEnd, c.start, cands))) return null;
  return stateLikeOf(c) && c.start > mStart ? c : null;
}

/** "in a phone call", "during talks", "over the phone": a meeting noun as the manner of a verb */
const MANNER_GAP = /^\s*(?:in|during|over|by|at)\s+(?:an?|the|their|his|her|its)?\s*(?:[\p{L}-]+\s+)?$/iu;
/** a verb between a subject and its object: a lower-case word first (titles may follow), no clause break */
const VERB_GAP = /^\s*\p{Ll}[\p{L}-]*(?:\s+[^\s,;:"“”()]+){0,5}\s*$/u;

/**
 * "Mirziyoyev congratulated both leaders in a phone call": a meeting noun that tells how a verb's
 * deed was done is a meeting between the verb's subject and its object, not one between the
 * members of the object group (the name right before the noun). Null when the words are not
 * subject, verb, object, manner phrase.
 */
function mannerMeeting(
  text: string,
  tr: CompiledTrigger,
  left: readonly Candidate[],
  idx: number,
  gap: string,
  inSentence: readonly Candidate[],
  data: EventData,
): { actors: Group; targets: Group } | null {
  if (!tr.noun || tr.type !== 'CONSULT' || !MANNER_GAP.test(gap)) return null;
  const object = groupLeft(text, left as Candidate[], idx, inSentence);
  const objStart = object[0].start;
  const before = left.filter((c) => c.end <= objStart && !object.includes(c));
  if (!before.length) return null;
  const subjIdx = left.indexOf(before[before.length - 1]);
  const verbGap = text.slice(left[subjIdx].end, objStart);
  if (!VERB_GAP.test(verbGap) || data.subordinators.test(verbGap)) return null;
  const subject = groupLeft(text, left as Candidate[], subjIdx, inSentence);
  return { actors: subject, targets: object };
}

/** types whose partner is named by "with" ("met with", "signed with", "cooperate with") */
const WITH_PARTNER: ReadonlySet<PloverType> = new Set(['CONSULT', 'AGREE', 'COOPERATE']);
const WITH: ReadonlySet<string> = new Set(['with']);
/** a meeting or visit verb (itself a trigger), then words of its clause, then the "to" of a purpose infinitive */
const MEETING_PURPOSE =
  /\b(?:met|meet|meets|meeting|gathered|convened|held\s+talks|hold\s+talks|arrived|arrives|arrive|visit(?:ed|s|ing)?)\b[^.;:!?"“”«»]*\bto\s+$/iu;
/** words of a governing denial or claim (events-syntax.ts stanceOf): only these sentences are parsed for it */
const STANCE_WORDS = /\b(?:den(?:y|ies|ied|ying)|refut|dismiss|reject|disprov|claim|alleg)/iu;
/** an auxiliary then a participle: "was sanctioned", "were imposed", "has been signed", "got arrested" */
const PASSIVE_NEAR =
  /\b(?:was|were|been|being|is|are|be|get|gets|got)\s+(?:\p{L}+ly\s+)?\p{L}+(?:ed|en|wn)\b/iu;
/** "(the attack on X) by Y" */
const NOUN_AGENT_GAP = /^\s*by\s+(?:the\s+)?$/iu;

/** The entities among `people` whose spans hold one of `heads`. */
function entitiesAt(people: readonly Candidate[], heads: readonly Span[] | null): Group {
  if (!heads) return [];
  return people.filter((c) => heads.some((h) => c.start < h.end && h.start < c.end));
}

/** Agents, patients and aimed-at entities of the passive clause of the trigger at `mStart`, or null. */
function passiveParticipants(
  parse: () => SentenceParse | null,
  people: readonly Candidate[],
  withModifiers: readonly Candidate[],
  mStart: number,
): { agents: Group; patients: Group; aimedAt: Group } | null {
  const args = passiveArguments(parse(), mStart);
  if (!args) return null;
  const agents = entitiesAt(people, args.agent);
  const patients = entitiesAt(withModifiers, args.patient).filter((c) => !agents.includes(c));
  const aimedAt = entitiesAt(people, args.aimedAt).filter((c) => !agents.includes(c));
  return agents.length || patients.length || aimedAt.length ? { agents, patients, aimedAt } : null;
}

/**
 * English actors from the parse: a verb trigger's actors are the entities named by its subject's
 * head words when the nearest-name group holds none of them; a hostile noun that is the object of
 * a content verb ("X condemned the attack") loses an actor that is that verb's subject. Without a parse the heuristics' actors stay.
 */
function syntacticActors(
  parse: () => SentenceParse | null,
  people: readonly Candidate[],
  actors: Group,
  targets: Group,
  mStart: number,
  hostile: boolean,
): Group {
  const p = parse();
  if (!p) return actors;
  // hostile deeds only: who praises or describes a signing or a meeting often took part in it
  // ("X hailed the signing of the declaration with Y"), who condemns an attack seldom made it
  const reporter = hostile ? reporterOfNoun(p, mStart) : null;
  if (reporter) {
    const inside = (c: Candidate) => c.start >= reporter.start && c.end <= reporter.end;
    return actors.length && actors.every(inside) ? [] : actors;
  }
  const heads = verbSubjectHeads(p, mStart);
  if (!heads) return actors;
  const subject = people.filter(
    (c) => !targets.includes(c) && heads.some((h) => c.start < h.end && h.start < c.end),
  );
  // the heuristics read coordination well ("A and B signed"): a group holding a subject head stays
  if (!subject.length || actors.some((c) => subject.includes(c))) return actors;
  // "Kyrgyzstan's Foreign Ministry rejected …": the country owning the body acts with it
  const owners = people.filter(
    (c) =>
      c.type === 'country' &&
      !subject.includes(c) &&
      !targets.includes(c) &&
      subject.some((s) => s.type === 'organization' && s.start > c.end && s.start - c.end <= 3),
  );
  return [...owners, ...subject];
}

/** The frame when it has the participants its trigger needs, else null. */
function satisfiesNeeds(frame: Frame, tr: CompiledTrigger, mode: EventMode): Frame | null {
  const { actors, location } = frame;
  // a trigger that names what its target is ("participation in <organization>") keeps only those
  const targets = tr.targetTypes
    ? frame.targets.filter((c) => tr.targetTypes!.includes(c.type))
    : frame.targets;
  frame = { ...frame, targets };
  const hasActor = actors.length > 0;
  const hasTarget = targets.length > 0 || (!!tr.placeTarget && !!location);
  // what might happen needs both sides; so does a planned meeting or agreement ("we will sign
  // this agreement" names neither who else signs nor, often, which agreement)
  const plannedTogether = mode === 'intended' && SYMMETRIC.has(tr.type) && tr.type !== 'ASSAULT';
  const needs = mode === 'hypothetical' || plannedTogether ? 'both' : (tr.needs ?? 'any');
  if (needs === 'both' && !(hasActor && hasTarget)) return null;
  if (needs === 'actor' && !hasActor) return null;
  // a trigger that names its target's type ("detained" a person) needs that target, not a place
  if (needs === 'target' && !(hasTarget || (location && !tr.targetTypes))) return null;
  const placeOnly = !!tr.locationSuffices && !!location && mode === 'asserted';
  if (!hasActor && !targets.length && !placeOnly) return null;
  return frame;
}

const CASE_CLAUSE_PUNCT = /[;"“”«»„]/u;

/** a short capitalised name in guillemets: «Газпром», «Росатома», «Казмунайгаз», «Северный поток» */
const NAME_IN_GUILLEMETS = /«(?=\p{Lu})([^«»"“”„.,;:!?\n]{1,40})»/gu;

/**
 * The text with the guillemets around short names blanked («Роснефти» -> " Роснефти "; offsets
 * unchanged): "ввел санкции против «Роснефти» и «Лукойла»" names the companies sanctioned, and
 * "«Казмунайгаз» и «Роснефть» подписали" the signers; a quotation (longer, or with punctuation)
 * keeps its marks and still ends the clause.
 */
export function unquotedNames(text: string): string {
  return text.replace(NAME_IN_GUILLEMETS, (all, inner: string) =>
    inner.trim().split(/\s+/).length <= 3 ? ` ${inner} ` : all,
  );
}

/**
 * "…посетит Россию в мае, сообщил пресс-секретарь Кремля Дмитрий Песков": a post-posed
 * attribution (a comma, an optional dash, a Russian speech verb) ends the reported clause; who
 * said it takes no part in the event. Returns the comma's position, else `end`.
 */
function attributionAfter(lang: 'ru' | 'tr', text: string, from: number, end: number): number {
  if (lang !== 'ru') return end;
  const re = /,\s*(?:[—–-]\s*)?(\p{L}+)/gu;
  const part = text.slice(from, end);
  for (let m = re.exec(part); m; m = re.exec(part))
    if (russianCueIndex().get(m[1].toLowerCase())?.form === 'finite') return from + m.index;
  return end;
}

/** Russian and Turkish: roles from prepositions and case suffixes in the trigger's clause. */
/** a Turkish verb in the first person ("teşekkür ediyorum", "imzaladık", "destekleyeceğiz") */
const TR_FIRST_PERSON_VERB =
  /(?:yor(?:um|uz)|[dt][ıiuü][mk]|(?:ece|aca)(?:ğim|ğım|ğiz|ğız)|[aeıiuü]r[ıiuü][mz]|m[ıiuü]ş[ıiuü][mz])$/u;

/** a Turkish verbal noun that an auxiliary after it inflects: "imzalamaya (hazırız)", "görüşmek (istiyoruz)" */
const TR_NONFINITE = /(?:m[ae]y[ae]|m[ae]k|m[ae]y[ıi]|m[ae]s[ıi]n[ıi])$/u;
/** the first person on a predicate adjective or noun: "hazırız", "kararlıyız", "hazırım" */
const TR_FIRST_PERSON_COPULA = /(?:y?[ıiuü]z|y?[ıiuü]m)$/u;

/**
 * Is the Turkish verb word [start, end) in the first person, itself ("imzaladık") or through the
 * auxiliary after its verbal noun ("imzalamaya hazırız", "görüşmek istiyoruz")?
 */
function trFirstPerson(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (TR_FIRST_PERSON_VERB.test(word)) return true;
  if (!TR_NONFINITE.test(word)) return false;
  const aux = /^\s+(\p{L}+)/u.exec(text.slice(end, end + 30))?.[1] ?? '';
  return TR_FIRST_PERSON_VERB.test(aux) || TR_FIRST_PERSON_COPULA.test(aux);
}

function findCaseFrame(
  lang: 'ru' | 'tr',
  text: string,
  sent: Sentence,
  cands: readonly Candidate[],
  tr: CompiledTrigger,
  mStart: number,
  mEnd: number,
  mode: EventMode,
  speakerAt: (pos: number) => Candidate | null = () => null,
): Frame | null {
  const head = text.slice(sent.start, mStart);
  let clauseStart = sent.start;
  for (let i = head.length - 1; i >= 0; i--) {
    if (CASE_CLAUSE_PUNCT.test(head[i])) {
      clauseStart = sent.start + i + 1;
      break;
    }
  }
  const end = attributionAfter(lang, text, mEnd, clauseEnd(text, mEnd, sent.end, CASE_CLAUSE_PUNCT));
  // ("Он осудил …": a subject pronoun before the verb is the person it stands for)
  let inClause = inRange(cands, clauseStart, end).filter(
    (c) => !c.modifier && (!c.pronoun || c.end <= mStart),
  );
  // "Fidan, TDT toplantısına katılmak üzere Gebele'ye gitti", "Güler, Hasanov ile görüşmek üzere
  // Bakü'ye gitti": the names of a purpose clause before a journey are its own verb's (a meeting
  // withJourneyPurpose joins to the journey), not the traveller's or the destination
  if (lang === 'tr' && tr.journey) {
    const head = text.slice(clauseStart, mStart);
    let purpose = -1;
    for (const m of head.matchAll(TR_PURPOSE_MARK)) purpose = clauseStart + m.index;
    if (purpose >= 0) {
      const first = inClause.find((c) => c.end <= purpose);
      const comma = first ? text.indexOf(',', first.end) : -1;
      const from = comma >= 0 && comma < purpose ? comma : first ? first.end : purpose;
      inClause = inClause.filter((c) => c.end <= from || c.start >= purpose);
    }
  }
  const f = caseFrame(lang, text, inClause, clauseStart, mStart, mEnd, tr.type, !!tr.placeTarget);
  // "был задан вопрос о переговорах с Украиной", "рассказал о визите в Баку": an event noun after
  // "о/об" is what is talked about; the clause's subject took no part in it
  if (lang === 'ru' && tr.noun && RU_ABOUT_BEFORE.test(text.slice(Math.max(0, mStart - 6), mStart)))
    f.actors = f.actors.filter((c) => c.start >= mEnd);
  // "X tutuklandı", "задержан X": a passive names whom it was done to, not who did it
  if (tr.passive) {
    f.targets = [...f.actors, ...f.targets];
    f.actors = [];
  }
  // a first-person verb inside a quotation: the speaker did it ("… Caparov'a teşekkür ediyorum")
  const verbEnd = mEnd + (/^\p{L}*/u.exec(text.slice(mEnd, mEnd + 20))?.[0].length ?? 0);
  const speaker = lang === 'tr' && trFirstPerson(text, mStart, verbEnd) ? speakerAt(mStart) : null;
  if (speaker) {
    // "… teşkilatımızın … Belgesi'ni kabul ettik": "we" with "our organization" in the clause is
    // the organization, not the one who speaks for it
    const ours = inClauseCands(cands, sent, mStart, mEnd).find((c) => c.ours);
    const we = ours ?? speaker;
    f.targets = f.targets.filter((c) => c.actorRef !== we.actorRef);
    f.actors = [we];
  }
  // "о заморозке участия Армении в ОДКБ", "ODKB'deki katılımını": a trigger that names what its
  // target is (participation in an organization) takes that organization from a place-like phrase
  if (tr.targetTypes && !f.targets.some((c) => tr.targetTypes!.includes(c.type))) {
    const org = inClause.find(
      (c) =>
        c.start >= mStart &&
        tr.targetTypes!.includes(c.type) &&
        !f.actors.some((a) => a.actorRef === c.actorRef),
    );
    if (org) f.targets = [...f.targets, org];
  }
  if (tr.placeTarget && !f.targets.length && f.location && !f.location.place) {
    // "посетил Казахстан" / "Kazakistan'ı ziyaret etti" read the country as a target already;
    // a capital visited stands for its country
    f.targets = [f.location];
  }
  // "посетит Вашингтон", "Astana'yı ziyaret etti": the capital visited (read as its country's
  // target) is also where the visit takes place
  if (tr.placeTarget && !f.location)
    f.location = f.targets.find((c) => c.ref !== c.actorRef || c.type === 'location') ?? null;
  // "Tiflis'teki protestolar": a place in the locative-relative right before an event noun is where
  // it happened
  if (tr.locationSuffices && !f.location && lang === 'tr')
    f.location =
      inClause.find(
        (c) =>
          (c.place || c.type === 'location' || c.type === 'country') &&
          /^['’]?(?:n?[dt][ae]ki)\s+$/u.test(text.slice(c.end, mStart)),
      ) ?? null;
  // "Erdoğan Nahçıvan'a gitti", "Şuşa'yı ziyaret etti": a town (no capital standing for a state)
  // in the dative or accusative of a journey or a visit is where it happened
  if (tr.placeTarget && !f.location && lang === 'tr')
    f.location =
      inClause.find(
        (c) =>
          c.place &&
          c.end <= mStart &&
          !f.actors.some((a) => a.actorRef === c.actorRef) &&
          turkishRole(text, c) === 'target',
      ) ?? null;
  // "… Ersin Tatar ise … zirvede yer aldı": a Turkish meeting noun in the locative tells where a
  // lone participant did something (spoke, took part), not who met whom: no event without a second
  // side or a place; nor with only named subjects coordinated before it ("A ve B ise zirvede yer
  // aldı": both took part, neither met the other)
  if (
    lang === 'tr' &&
    tr.noun &&
    tr.type === 'CONSULT' &&
    !f.location &&
    (f.targets.length
      ? [...f.actors, ...f.targets].every(
          (c) =>
            c.kind === 'mention' &&
            c.end <= mStart &&
            turkishRole(text, c) === 'subject' &&
            // (not the body compounded with the meeting noun: "Türk Konseyi 8. Zirvesi'nde")
            !/^\s*(?:\d+\s*(?:['’.]\s*\p{L}*)?\s*)?$/u.test(text.slice(c.end, mStart)),
        )
      : f.actors.length === 1) &&
    TR_LOCATIVE_WORD.test(/^[\p{L}'’]*/u.exec(text.slice(mStart, mStart + 40))?.[0] ?? '')
  )
    return null;
  return satisfiesNeeds(f, tr, mode);
}

/** "о"/"об"/"обо" right before a word: what follows is a topic ("вопрос о переговорах") */
const RU_ABOUT_BEFORE = /(?<![\p{L}])(?:о|об|обо)\s+$/iu;

/** a word in the locative case: "zirvede", "Zirvesi'nde", "toplantıda" */
const TR_LOCATIVE_WORD = /(?:[dt][ae])$/u;

/** The candidates of the clause around a trigger (the sentence, cut at ; and quotation marks). */
function inClauseCands(
  cands: readonly Candidate[],
  sent: Sentence,
  mStart: number,
  mEnd: number,
): Candidate[] {
  return inRange(cands, sent.start, sent.end).filter((c) => c.end <= mStart || c.start >= mEnd);
}

/** Is `pos` inside a ", who/which …" clause of the sentence that does not contain `trigger`? */
function inOtherRelativeClause(
  text: string,
  sStart: number,
  sEnd: number,
  pos: number,
  trigger: number,
): boolean {
  const re = /,\s*(?:who|which|whose)\b[^,;]*/giu;
  const st = text.slice(sStart, sEnd);
  for (let m = re.exec(st); m; m = re.exec(st)) {
    const a = sStart + m.index;
    const b = a + m[0].length;
    if (pos >= a && pos < b) return !(trigger >= a && trigger < b);
  }
  return false;
}

/** Number of double quotation marks in text[from, to). */
function quoteMarksBetween(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (/["“”«»„]/.test(text[i])) n++;
  return n;
}

/** Text between two offsets with masked spans (relative clauses) removed. */
function unmasked(text: string, from: number, to: number, masked: readonly [number, number][]): string {
  let s = '';
  let pos = from;
  for (const [a, b] of masked) {
    if (b <= pos || a >= to) continue;
    s += text.slice(pos, Math.max(pos, a));
    pos = Math.max(pos, b);
  }
  return s + text.slice(pos, to);
}

/**
 * Is the subject before the trigger its patient ("X was attacked")? An auxiliary closing the gap
 * makes a passive unless a predicative adjective follows it ("X is ready to help", "X was willing
 * to send"), in the gap or as the trigger's own first word.
 */
function passiveBefore(gap: string, trigger: string): boolean {
  return (
    /\b(?:was|were|been|being|is|are|be)\s+(?:\w+\s+)?$/i.test(gap) &&
    !PREDICATIVE.test(gap) &&
    !PREDICATIVE.test(/^\S+/.exec(trigger)?.[0] ?? '')
  );
}
/** adjectives after "is/was" that open an intention, not a passive */
const PREDICATIVE = /\b(?:ready|willing|prepared|going|able|eager|keen|unable|unwilling|reluctant)\b/i;

/** Where the clause containing `from` ends: sentence end, or a semicolon/quote/contrastive break. */
function clauseEnd(text: string, from: number, sentEnd: number, punct: RegExp = CLAUSE_PUNCT): number {
  // an abbreviation in brackets ("the Commonwealth of Independent States (CIS) summit") ends nothing
  const rest = text
    .slice(from, sentEnd)
    .replace(/\(\s*[\p{Lu}\p{N}.&-]{1,12}\s*\)/gu, (m) => ' '.repeat(m.length));
  const m = punct.exec(rest);
  return m ? from + m.index : sentEnd;
}

// ----------------------------------------------------------------------------------- mode

/**
 * The modality of a trigger (events-modality.ts) from its own clause: the clause starts after the
 * last comma, semicolon, quotation mark or bracket before the trigger — a participle after a
 * comma (", offering ...") shares the clause it hangs on — and its subject is the last participant
 * candidate before the trigger; the clause ends at the next such mark after it.
 */
function detectMode(
  text: string,
  sent: Sentence,
  cands: readonly Candidate[],
  tr: CompiledTrigger,
  mStart: number,
  mEnd: number,
  mText: string,
  cues: ModalityCues,
): Modality {
  const clauseText = text.slice(sent.start, mStart);
  const participle = /^\p{L}+ing\b/u.test(mText) && /,\s*$/.test(clauseText);
  const cutChars = participle ? /[;"“”«»(]/g : /[,;"“”«»(]/g;
  let clauseStart = sent.start;
  for (let m = cutChars.exec(clauseText); m; m = cutChars.exec(clauseText)) {
    if (participle && m.index >= clauseText.trimEnd().length - 1) continue;
    clauseStart = sent.start + m.index + 1;
  }
  let subjectEnd = clauseStart;
  let subjectStart = -1;
  for (let i = firstAtOrAfter(cands, clauseStart); i < cands.length; i++) {
    const c = cands[i];
    if (c.end > mStart) break;
    if (subjectStart < 0) subjectStart = c.start;
    subjectEnd = c.end;
  }
  const wordRest = /^\p{L}*/u.exec(text.slice(mEnd, mEnd + 24))?.[0] ?? '';
  const afterStart = mEnd + wordRest.length;
  // quotation marks do not end the clause here: 'an attack was “very likely”'
  const afterEnd = Math.max(afterStart, clauseEnd(text, afterStart, sent.end, /[,;()]/u));
  const modality = modalityOf(
    {
      before: text.slice(participle ? clauseStart : subjectEnd, mStart),
      trigger: mText,
      wordRest,
      after: text.slice(afterStart, afterEnd).replace(/["“”«»„]/gu, ''),
      prefix: text.slice(clauseStart, subjectStart >= 0 ? subjectStart : mStart),
      sentenceHead: text.slice(sent.start, mStart),
      clauseHead: text.slice(clauseStart, mStart),
      sentence: text.slice(sent.start, sent.end),
      intrinsic: tr.mode,
    },
    cues,
  );
  // "X did not attend, accusing Y of …": the main verb's negation is not the participle's; what
  // the participle does happened (its modals, "will not sign, saying …", neither carry over)
  if (participle && modality.mode === 'negated') {
    const own = text.slice(sent.start + clauseText.trimEnd().length, mStart);
    return modalityOf(
      {
        before: own,
        trigger: mText,
        wordRest,
        after: text.slice(afterStart, afterEnd).replace(/["“”«»„]/gu, ''),
        prefix: '',
        sentenceHead: own,
        clauseHead: own,
        sentence: text.slice(sent.start, sent.end),
        intrinsic: tr.mode,
      },
      cues,
    );
  }
  return modality;
}

// ----------------------------------------------------------------------------------- dates

/**
 * The cue of a trigger intended by its own future tense ("посетит", "подпишут", "будет подписан"):
 * its date lies ahead like that of any announced plan ("посетит Россию в мае" in a January article
 * is next May). An infinitive trigger ("посетить") gets its tense from the verb it hangs on, which
 * may be a past purpose clause ("прилетел …, чтобы встретиться"), so it gives none.
 */
function futureTenseCue(tr: CompiledTrigger, mode: EventMode, matched: string): string | null {
  if (tr.mode !== 'intended' || mode !== 'intended') return null;
  const first = /^\p{L}+/u.exec(matched)?.[0] ?? '';
  return /(?:ть|ться|ти|тись)$/u.test(first) ? null : first;
}

/** Intention cues of a purpose clause: "to meet", "in order to", "чтобы", "-mek üzere", "için". */
/**
 * A Russian infinitive as a word of its own ("провести", "начать", "подписать", "встретиться"):
 * "-ть/-ться/-чь", and "-сти/-зти/-йти" of the verbs of leading, carrying and going (nouns in
 * "-сти" such as "области", "безопасности" are no infinitives, so those stems are listed).
 */
const RU_INFINITIVE_WORD =
  /(?<![\p{L}])(?:\p{Ll}{2,}(?:ть|ться|чь)|\p{Ll}*(?:вести|везти|нести|йти|расти|спасти))(?![\p{L}])/u;
/** a finite or infinitive Russian trigger word that is itself an infinitive */
const RU_INFINITIVE_AT = /^\p{L}*(?:ть|ться|чь|сти|зти|йти)(?![\p{L}])/u;

const PURPOSE_CUE = /^(?:to\s|in\s+order\s+to|so\s+as\s+to|чтобы|для|с\s+целью)|(?:üzere|için)$/iu;

/** "invited X to (visit)", "asked X to": the infinitive is what is asked for, a plan, not a purpose */
const INVITED_TO =
  /\b(?:invit(?:ed|es|ing)|ask(?:ed|s)|urg(?:ed|es)|call(?:ed|s)\s+on|encourag(?:ed|es))\s+(?:[^,;.]{0,80}?\s)?to\s+$/iu;

/** What may stand before a sentence-opening time: up to two short words ("On", "In early"), a quotation mark. */
const OPENING_PREFIX = /^[\s"«“(]*(?:\p{L}{1,6}\s+){0,2}$/u;

/** a comma (or semicolon) that opens a subordinate clause: ", days after …", ", while …" */
const CLAUSE_BREAK =
  /[,;]\s*(?:[\p{L}\p{N}-]+\s+){0,2}?(?:after|before|when|while|since|as|because|although|though|whereas|until|where|which|who)\b|,\s*[a-z]+ing\b/iu;

/**
 * Whether the trigger at `other` has a better claim on time `t` than the one at `mine`: a trigger
 * in the time's own clause before one behind a subordinate-clause break ("held talks on Sunday,
 * days after both failed to agree": Sunday is the talks'), then the nearer one.
 */
function nearerTrigger(
  text: string,
  t: { start: number; end: number },
  other: readonly [number, number],
  mine: readonly [number, number],
): boolean {
  const broken = ([a, b]: readonly [number, number]) =>
    CLAUSE_BREAK.test(text.slice(Math.min(t.end, a), Math.max(t.start, b)));
  const bo = broken(other);
  const bm = broken(mine);
  if (bo !== bm) return bm;
  return spanDistance(t.start, other[0], other[1]) < spanDistance(t.start, mine[0], mine[1]);
}

/** A time before a verb coordinated with the verb of its own clause ("on Thursday summoned A and protested"). */
function coordinatedAfterTime(text: string, t: { start: number; end: number }, trigger: number): boolean {
  if (t.end > trigger) return false;
  const between = text.slice(t.end, trigger);
  // "froze its participation in February 2024, accusing it of …": the participle shares the time
  if (/^\s*,\s*$/.test(between) && /^[a-z]+ing\b/i.test(text.slice(trigger, trigger + 20))) return true;
  return (
    between.length < 160 &&
    !/[,;:"“”()]/.test(between) &&
    !/\b(?:after|before|when|while|since|because|that|which|who|if|unless|until)\b/iu.test(between) &&
    /\s(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$/iu.test(between)
  );
}

/** an event noun and its "in"/"of" right before a time: "the war in", "the clashes of", "the unrest of" */
const EVENT_NOUN_OF =
  /\b(?:wars?|clashes|fighting|conflicts?|crisis|revolution|unrest|uprising|invasion|hostilities|earthquake|referendum|coup|elections?|riots|protests|massacre|genocide)(?:\s+(?:of|in))?\s+$/iu;

function dateFor(
  text: string,
  sentences: readonly Sentence[],
  si: number,
  trigger: number,
  times: readonly TimeExpression[],
  consumed: ReadonlySet<TimeExpression>,
  mode: EventMode,
  pubDay: string | null,
  data: EventData,
  /** when given: trigger spans of the sentence's events; a time nearer another one is not ours */
  triggersInSentence: readonly (readonly [number, number])[] | null,
  triggerEnd: number = trigger,
  /** the cue that made the event intended, when known: a purpose clause ("flew to Moscow on
   *  Thursday to meet …") shares its sentence's tense, so its date is not moved ahead */
  intentCue: string | null = null,
): EventDate {
  const sent = sentences[si];
  let best: TimeExpression | null = null;
  for (const t of times) {
    if (t.start < sent.start || t.end > sent.end || consumed.has(t)) continue;
    if (
      triggersInSentence &&
      !coordinatedAfterTime(text, t, trigger) &&
      triggersInSentence.some(
        ([a, b]) => a !== trigger && nearerTrigger(text, t, [a, b], [trigger, triggerEnd]),
      )
    )
      continue;
    if (t.kind === 'since' || (t.vague && !t.value.start)) continue;
    // "договорились провести учения в следующем году": a time after an infinitive that follows
    // the trigger dates the infinitive's deed (the exercises), not the agreeing
    if (
      t.start >= triggerEnd &&
      RU_INFINITIVE_WORD.test(text.slice(triggerEnd, t.start)) &&
      !RU_INFINITIVE_AT.test(text.slice(trigger, trigger + 40)) &&
      /[\u0400-\u04FF]/u.test(text.slice(trigger, triggerEnd))
    )
      continue;
    // "thanked Y for its support during the war in 2020": a time after an event noun and "in/of"
    // dates that event ("the clashes of 2022", "the unrest of October 2020"), not the trigger
    const before = text.slice(Math.max(sent.start, t.start - 40), t.start);
    const noun = EVENT_NOUN_OF.exec(before);
    if (noun) {
      const nounStart = t.start - before.length + noun.index;
      // (the noun is no other event when the trigger holds it: "fought a war in 2020")
      if (nounStart >= triggerEnd || nounStart + noun[0].trimEnd().length <= trigger) continue;
    }
    // "…, who chaired the cabinet until December": a date inside a relative clause dates that clause
    if (inOtherRelativeClause(text, sent.start, sent.end, t.start, trigger)) continue;
    // a date inside a quotation dates what the speaker talks about, not a trigger outside it (and the reverse)
    if (quoteMarksBetween(text, Math.min(t.start, trigger), Math.max(t.start, trigger)) % 2 === 1) continue;
    if (!best || spanDistance(t.start, trigger, triggerEnd) < spanDistance(best.start, trigger, triggerEnd))
      best = t;
  }
  if (best) {
    const stated = { start: best.value.start ?? best.value.end, end: best.value.end ?? best.value.start };
    const d: EventDate =
      intentCue && (!PURPOSE_CUE.test(intentCue) || INVITED_TO.test(text.slice(sent.start, trigger)))
        ? plannedAhead(stated, best, mode, pubDay)
        : assertedBehind(stated, best, mode, pubDay, /^\p{L}*/u.exec(text.slice(trigger))![0]);
    // which expression dated the event (read by the history-in-passing pass, then dropped)
    Object.defineProperty(d, 'timeUsed', { value: best, enumerable: false });
    return d;
  }
  if (data.sameDay.test(text.slice(sent.start, sent.end))) {
    const floor = sentences[Math.max(0, si - 3)].start;
    for (let i = times.length - 1; i >= 0; i--) {
      const t = times[i];
      if (t.end > sent.start || t.start < floor) continue;
      if (t.value.start && /^\d{4}-\d{2}-\d{2}$/.test(t.value.start))
        return { start: t.value.start, end: t.value.start };
    }
  }
  if (pubDay && (mode === 'asserted' || mode === 'offered' || mode === 'negated')) {
    const end = new Date(`${pubDay}T00:00:00Z`);
    if (!Number.isNaN(end.getTime())) {
      return {
        start: isoDay(new Date(end.getTime() - data.inferredWindowDays * DAY_MS)),
        end: pubDay,
        inferred: true,
      };
    }
  }
  return { start: null, end: null };
}

// ----------------------------------------------------------------------------------- output

const MODE_NOTE: Record<EventMode, string> = {
  asserted: '',
  negated: ' (negated)',
  hypothetical: ' (hypothetical)',
  intended: ' (intended)',
  offered: ' (offered)',
};

/** One line saying who did what to whom, and where; the date is a field of its own. */
function summarize(
  tr: CompiledTrigger,
  actors: string[],
  targets: string[],
  location: string | null,
  mode: EventMode,
  names: Map<string, string>,
): string {
  const list = (refs: string[]) => refs.map((r) => names.get(r) ?? r).join(' and ');
  let s = tr.summary;
  const a = list(actors);
  const t = list(targets);
  const l = location ? (names.get(location) ?? location) : '';
  s = s
    .replace('{actor}', a || MISSING)
    .replace('{target}', t || MISSING)
    .replace('{location}', l || MISSING);
  // Drop the words that introduce a missing slot ("with ?", "of ?"), then a missing subject.
  s = s.replace(MISSING_WITH_PREP, '').replace(MISSING_ANY, ' ').replace(/\s+/g, ' ').trim();
  if (l && !tr.summary.includes('{location}')) s += ` in ${l}`;
  s += MODE_NOTE[mode];
  return s.charAt(0).toUpperCase() + s.slice(1);
}

type Internal = DocEvent & {
  sentence: number;
  triggerIndex: number;
  triggerId: string;
  yieldsTo?: PloverType[];
  /** named as "the <event>" ("described the signing of the treaty"): maybe a reference back */
  reference?: boolean;
  /** "welcomed the agreement" with no party named in its sentence: the parties are the deed's */
  partiesOpen?: boolean;
};

/** deeds whose parties a welcome or a praise of "the agreement" stands for */
const DEED_TYPES: ReadonlySet<PloverType> = new Set(['AGREE', 'CONSULT', 'COOPERATE']);
/** a welcomed deed named as an agreement or as talks */
const AGREEMENT_NOUN = /\b(?:agreements?|deals?|treaty|accord|declaration|signing|memorandum)\b/iu;
const TALKS_NOUN = /\b(?:talks|meeting|summit|negotiations|visit)\b/iu;
/** how many sentences back the welcomed deed may be reported */
const DEED_WINDOW = 6;

/**
 * "Kyrgyzstan and Tajikistan signed a border treaty. … The SCO welcomed the treaty": whoever
 * welcomes or hails a deed without naming its parties supports those who did it — the participants
 * of the nearest deed (agreement, meeting, cooperation) reported before it, in the same sentence or
 * up to six sentences back. With no such deed the welcome names nobody it supports and is dropped.
 */
function withDeedParties(
  events: Internal[],
  names: ReadonlyMap<string, string>,
  entityByRef: ReadonlyMap<string, DocEntity>,
): Internal[] {
  const deeds = events
    .filter((e) => DEED_TYPES.has(e.type) && e.mode !== 'negated' && !e.partiesOpen)
    .sort((a, b) => a.triggerIndex - b.triggerIndex);
  const out: Internal[] = [];
  for (const e of events) {
    if (!e.partiesOpen) {
      out.push(e);
      continue;
    }
    // "the agreement" was signed, "the talks" were held: the noun says which deed is welcomed
    const want = AGREEMENT_NOUN.test(e.trigger) ? 'AGREE' : TALKS_NOUN.test(e.trigger) ? 'CONSULT' : null;
    let deed: Internal | null = null;
    for (const d of deeds)
      if (
        d.triggerIndex < e.triggerIndex &&
        d.sentence >= e.sentence - DEED_WINDOW &&
        (!want || d.type === want)
      )
        deed = d;
    // the states of the leaders who did it are parties too ("the treaty" is between states)
    const stateOf = (r: string) =>
      entityByRef.get(r)?.type === 'person'
        ? (entityByRef
            .get(r)!
            .roles.map((x) => x.ofRef)
            .find((o) => !!o && entityByRef.get(o)?.type === 'country') ?? null)
        : null;
    const direct = deed ? uniq([...deed.actorRefs, ...deed.targetRefs]) : [];
    const parties = uniq([...direct, ...direct.map(stateOf).filter((r): r is string => !!r)]).filter(
      (r) => !e.actorRefs.includes(r),
    );
    if (!parties.length) continue;
    const summary = e.summary.replace(/\s*\((?:negated|hypothetical|intended|offered)\)$/u, '');
    const of = parties.map((r) => names.get(r) ?? entityByRef.get(r)?.name ?? r).join(' and ');
    out.push({
      ...e,
      targetRefs: parties,
      summary: `${summary} of ${of}${MODE_NOTE[e.mode]}`,
      partiesOpen: false,
    });
  }
  return out;
}

/** responses whose object may be "the demand", "the decision" of someone named before */
const RESPONSE_TYPES: ReadonlySet<PloverType> = new Set(['ACCUSE', 'REJECT', 'PROTEST']);
/** "(rejected) the demand", "(condemned) the decision", "(protested against) the drills" */
const REFERENCE_OBJECT =
  /^\s*(?:against\s+)?(?:the|this|that|these|those)\s+(?:[\p{Ll}-]+\s+){0,2}?(demands?|calls?|requests?|ultimatum|appeals?|drills?|exercises?|manoeuvres?|maneuvers?|deployments?|sanctions?|restrictions?|ban|attacks?|strikes?|shelling|bombing|incursions?|accusations?|allegations?|claims?|remarks?|comments?|criticism|decision|move|step|plan)\b/iu;
/** which earlier deed each reference noun can name; a generic one ("the decision") any but a response */
const REFERENCE_TYPES: [RegExp, ReadonlySet<PloverType> | null][] = [
  [/^(?:demands?|calls?|requests?|ultimatum|appeals?)$/iu, new Set(['REQUEST', 'THREATEN'])],
  [/^(?:drills?|exercises?|manoeuvres?|maneuvers?|deployments?)$/iu, new Set(['MOBILIZE', 'COOPERATE'])],
  [/^(?:sanctions?|restrictions?|ban)$/iu, new Set(['SANCTION', 'COERCE'])],
  [/^(?:attacks?|strikes?|shelling|bombing|incursions?)$/iu, new Set(['ASSAULT'])],
  [/^(?:accusations?|allegations?|claims?|remarks?|comments?|criticism)$/iu, new Set(['ACCUSE', 'THREATEN'])],
  [/^(?:decision|move|step|plan)$/iu, null],
];
/** how many sentences back the answered deed may be reported */
const ANSWER_WINDOW = 2;

/**
 * "Aliyev demanded that Moscow admit guilt. The Kremlin rejected the demand": a response with no
 * target whose object refers back ("the demand", "the decision", "the drills") answers whoever did
 * the nearest earlier deed of a kind the noun names, in its sentence or up to two before.
 */
function withAnsweredParty(
  text: string,
  events: Internal[],
  names: Map<string, string>,
  triggerById: ReadonlyMap<string, CompiledTrigger>,
): Internal[] {
  return events.map((e) => {
    if (!RESPONSE_TYPES.has(e.type) || e.targetRefs.length || !e.actorRefs.length) return e;
    const tr = triggerById.get(e.triggerId);
    if (!tr || tr.type !== e.type) return e;
    const end = e.triggerIndex + e.trigger.length;
    const m = REFERENCE_OBJECT.exec(text.slice(end, end + 80));
    if (!m) return e;
    const kinds = REFERENCE_TYPES.find(([re]) => re.test(m[1]))?.[1] ?? null;
    let deed: Internal | null = null;
    for (const d of events)
      if (
        d !== e &&
        d.triggerIndex < e.triggerIndex &&
        d.sentence >= e.sentence - ANSWER_WINDOW &&
        d.actorRefs.length &&
        !d.actorRefs.some((r) => e.actorRefs.includes(r)) &&
        (kinds ? kinds.has(d.type) : !RESPONSE_TYPES.has(d.type)) &&
        (!deed || d.triggerIndex > deed.triggerIndex)
      )
        deed = d;
    if (!deed) return e;
    const targetRefs = deed.actorRefs;
    return {
      ...e,
      targetRefs,
      summary: summarize(tr, e.actorRefs, targetRefs, e.locationRef ?? null, e.mode, names),
    };
  });
}

/**
 * "X flew to Bishkek on Monday to meet Y", "X will travel to Moscow, where he will meet Y": the
 * journey and the meeting it was made for are one event, which the journey's verb dates and moods
 * (the purpose infinitive alone reads as a mere intention). The meeting's partners become the
 * journey's targets, and the place travelled to, where it happened.
 */
/** the end of a Turkish purpose clause: a verbal noun with "üzere"/"için" ("görüşmek üzere", "katılması için"), "amacıyla" */
const TR_PURPOSE_MARK =
  /(?<![\p{L}])(?:\p{L}+m[ae]k\s+(?:üzere|için)|\p{L}+m[ae]s[ıi]\s+için|\p{L}+\s+amacıyla)(?![\p{L}])/gu;
/** from a Turkish purpose clause's event to the journey verb: "görüşmek üzere Bakü'ye ", "… katılmak için " */
const TR_PURPOSE_GAP = /^[^,;:"“”]{0,80}?(?<![\p{L}])(?:üzere|için|amacıyla)\s+[^,;:"“”]{0,60}$/u;

function withJourneyPurpose(
  events: Internal[],
  names: Map<string, string>,
  triggerById: ReadonlyMap<string, CompiledTrigger>,
  turkishText: string | null = null,
): Internal[] {
  // Turkish puts the purpose before the journey: "X ile görüşmek üzere Bakü'ye gitti", "…
  // toplantısına katılmak için Gebele'ye gitti"
  const purposeBefore = (o: Internal, e: Internal) =>
    turkishText !== null &&
    o.triggerIndex < e.triggerIndex &&
    TR_PURPOSE_GAP.test(turkishText.slice(o.triggerIndex, e.triggerIndex));
  const absorbed = new Set<Internal>();
  const out = events.map((e) => {
    const tr = triggerById.get(e.triggerId);
    if (!tr?.journey || e.type !== 'CONSULT' || !e.actorRefs.length || absorbed.has(e)) return e;
    const purpose = events.find(
      (o) =>
        o !== e &&
        !absorbed.has(o) &&
        o.type === 'CONSULT' &&
        o.sentence === e.sentence &&
        (o.triggerIndex > e.triggerIndex || purposeBefore(o, e)) &&
        !triggerById.get(o.triggerId)?.journey &&
        o.actorRefs.length > 0 &&
        // ("visited Russia to meet X" may read the destination as the infinitive's subject)
        o.actorRefs.every((r) => e.actorRefs.includes(r) || e.targetRefs.includes(r)) &&
        o.targetRefs.some((r) => !e.targetRefs.includes(r) && r !== e.locationRef) &&
        // "X, who arrived on Sunday, met Y on Monday": a meeting with a date of its own is its own
        !ownDateDiffers(o.date as EventDate, e.date as EventDate),
    );
    if (!purpose) return e;
    absorbed.add(purpose);
    const partners = purpose.targetRefs.filter((r) => !e.actorRefs.includes(r) && !e.targetRefs.includes(r));
    // the destination read as the journey's target is where the meeting took place
    const locationRef = e.locationRef ?? purpose.locationRef ?? e.targetRefs[0] ?? null;
    const targetRefs = partners;
    return {
      ...e,
      targetRefs,
      locationRef,
      summary: summarize(tr, e.actorRefs, targetRefs, locationRef, e.mode, names),
    };
  });
  return out.filter((e) => !absorbed.has(e));
}

const ownDateDiffers = (d: EventDate, from: EventDate) =>
  !!d.start && !d.inferred && (d.start !== from.start || d.end !== from.end);

/** "with X" after a deed noun, in the trigger's clause ("the signing of the declaration with X") */
const WITH_BEFORE = /\bwith\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}$/iu;

/** The partner of a welcomed deed, named after "with" in the rest of the clause. */
function deedPartner(text: string, sent: Sentence, cands: readonly Candidate[], mEnd: number): Group {
  const limit = clauseEnd(text, mEnd, sent.end);
  const after = cands.filter((c) => usable(c) && !c.pronoun && c.start >= mEnd && c.end <= limit);
  const i = after.findIndex((c) =>
    WITH_BEFORE.test(withoutModifiers(text, Math.max(mEnd, c.start - 60), c.start, cands)),
  );
  return i >= 0 ? groupRight(text, after, i, cands) : [];
}

/** the summary of a speaker's warning of force (events-judged.ts speculatedForce) */
const WARNED_SUMMARY = '{actor} accused {target} of preparing to use force';
/** "the" right before the trigger: "the signing of", "the talks" */
const DEFINITE_NOUN_BEFORE = /(?<![\p{L}])the\s+$/iu;

/**
 * One event per trigger span (overlapping matches of different triggers in one sentence with the
 * same type keep the longest), per participant set within a sentence, and triggers that yield to
 * another type present in the sentence are dropped.
 */
function dedupe(events: Internal[]): Internal[] {
  events.sort(
    (a, b) =>
      a.sentence - b.sentence || a.triggerIndex - b.triggerIndex || b.trigger.length - a.trigger.length,
  );
  const out: Internal[] = [];
  const key = (e: Internal) =>
    `${e.sentence}|${e.type}|${[...e.actorRefs].sort().join(',')}|${[...e.targetRefs].sort().join(',')}`;
  const seen = new Set<string>();
  for (const e of events) {
    const k = key(e);
    if (seen.has(k)) continue;
    // overlapping trigger spans in the same sentence: keep the first (longest at that offset)
    if (
      out.some(
        (o) =>
          o.sentence === e.sentence &&
          o.type === e.type &&
          rangesOverlap(o.triggerIndex, o.trigger.length, e.triggerIndex, e.trigger.length),
      )
    )
      continue;
    seen.add(k);
    out.push(e);
  }
  // Same type in one sentence: an event whose participants are a subset of another's adds nothing.
  const parts = (e: Internal) => new Set([...e.actorRefs, ...e.targetRefs]);
  const subsumed = (e: Internal, o: Internal) => {
    const pe = parts(e);
    const po = parts(o);
    if (po.size <= pe.size) return false;
    for (const r of pe) if (!po.has(r)) return false;
    return true;
  };
  // "Japarov described the signing of the border treaty as …": an event named with "the", with no
  // date of its own, whose participants are a subset of another report of the document of the same
  // type and mode, refers back to that report (it is no second, one-sided signing)
  const undated = (e: Internal) => !(e.date as EventDate).start || !!(e.date as EventDate).inferred;
  const full = out.filter(
    (e) =>
      !out.some(
        (o) =>
          o !== e &&
          o.type === e.type &&
          (o.sentence === e.sentence || (e.reference && undated(e) && o.mode === e.mode)) &&
          subsumed(e, o),
      ),
  );
  return full.filter(
    (e) =>
      !e.yieldsTo?.length ||
      !full.some(
        (o) => o !== e && o.sentence === e.sentence && e.yieldsTo!.includes(o.type) && o.mode === e.mode,
      ),
  );
}

/** "опроверг (сообщения о том,) что …", "отрицает, что …": the trigger is inside the denied clause */
const RU_DENIAL_BEFORE =
  /(?<![\p{L}])(?:опроверг\p{L}*|опровергает|опровергли|отрица\p{L}+|отверг\p{L}*)\s*,?\s+(?:[\p{L}-]+\s+){0,3}?(?:о\s+том\s*,?\s+)?что(?![\p{L}])[^.!?;]*$/iu;
/**
 * "… görüşeceği yönündeki haberleri yalanladı", "… uyguladığı iddialarını reddetti": the trigger's
 * verb, nominalised (-DIğ-, -AcAğ-), is the content of the claim denied
 */
const TR_DENIAL_AFTER =
  /^\p{L}*(?:[dt][ıiuü]ğ|[ae]c[ae]ğ)\p{L}*(?:\s+[^\s.!?;]+){0,3}?\s+(?:\p{L}+\s+)?(?:yönündeki|şeklindeki|iddia\p{L}*|haber\p{L}*|söylenti\p{L}*|iddiaları\p{L}*)(?:\s+\p{L}+)?\s+(?:kesinlikle\s+|kesin\s+bir\s+dille\s+)?(?:yalanla|reddet|reddett)\p{L}*/u;

function deniedContent(lang: string | null | undefined, head: string, tail: string): boolean {
  if (lang === 'ru') return RU_DENIAL_BEFORE.test(head);
  if (lang === 'tr') return TR_DENIAL_AFTER.test(tail);
  return false;
}

/** Characters between `pos` and the span [a, b) (0 inside it). */
function spanDistance(pos: number, a: number, b: number): number {
  return pos < a ? a - pos : pos >= b ? pos - b + 1 : 0;
}

function rangesOverlap(a: number, al: number, b: number, bl: number): boolean {
  return a < b + bl && b < a + al;
}
