/**
 * The modality of an event trigger: did the event happen (asserted), not happen (negated), is it
 * only possible or asked about (hypothetical), planned (intended) or offered — and is it hedged
 * ("reportedly", "allegedly"), i.e. claimed by someone without the report vouching for it?
 *
 * Read from the trigger's own clause, per language, with cue lists kept as data
 * (data/events/cues.json, `modality.<lang>`):
 * - `before`: the words between the clause's subject and the trigger ("have still not signed",
 *   "is expected to visit", "не подписали", "планирует посетить");
 * - `after`: the words right after the trigger in the same clause — where Turkish puts its
 *   auxiliaries ("imzalaması bekleniyor") and English its passive plans ("talks are planned");
 * - `word`: the rest of the trigger's last word — Turkish marks negation and future on the verb
 *   itself ("imzala-ma-dı" did not sign, "ziyaret ed-ecek" will visit);
 * - `joined`: the rest of the trigger's last word with the words after it — a Turkish verbal
 *   noun and what governs it: purpose ("imzalanması için", "görüşmek için": to sign, intended), a
 *   request ("ziyaret etmesini istedi": asked for, hypothetical), a refusal ("imzalamayı
 *   reddetti": negated);
 * - `condition`: a clause-initial condition ("if", "если", "eğer") makes the clause hypothetical;
 * - `prefix`: sentence-level frames before the subject ("there is no evidence that", "it is
 *   possible that");
 * - a question (a final "?", or Turkish "mı/mi/mu/mü" after the verb) is hypothetical;
 * - `mandate`: what a demand or request asks for ("demanded that Russia apologise", "urged Moscow
 *   to withdraw", "потребовал, чтобы …") is hypothetical: asked for, not done.
 * Precedence: negated > hypothetical > offered > intended > asserted; a hedge only marks an
 * otherwise asserted event. The month "May" in a date ("May 1") is no modal verb.
 */
import type { EventMode } from '../model/index.js';

export type ModalityLang = 'en' | 'ru' | 'tr';

/** One language's cue regexes (compiled); every slot may be absent for a language. */
export type ModalityCues = {
  before: Partial<Record<CueMode, RegExp>>;
  after: Partial<Record<CueMode, RegExp>>;
  word: Partial<Record<CueMode, RegExp>>;
  joined?: Partial<Record<CueMode, RegExp>>;
  prefix: Partial<Record<CueMode, RegExp>>;
  condition: RegExp | null;
  question: RegExp | null;
  /** phrases that look like a cue but are not one ("not only", "no doubt") — removed first */
  notCue: RegExp | null;
  /**
   * a demand or request whose complement holds the trigger ("demanded that Russia apologise",
   * "urged Moscow to withdraw", "потребовал, чтобы …"), tested on the clause head: hypothetical
   */
  mandate?: RegExp | null;
};

export type CueMode = Exclude<EventMode, 'asserted'> | 'hedged';

export type Modality = { mode: EventMode; hedged: boolean; cue: string | null };

export type ModalityInput = {
  /** the clause text between its subject (or start) and the trigger */
  before: string;
  /** the trigger as matched */
  trigger: string;
  /** the rest of the trigger's last word ("madı" in "imzalamadı"), empty when the match ends a word */
  wordRest: string;
  /** the clause text after the trigger (up to the clause end) */
  after: string;
  /** the clause text before its subject (sentence-level frames) */
  prefix: string;
  /** the sentence text from its start to the trigger (for a leading condition) */
  sentenceHead: string;
  /** the trigger's clause from its start to the trigger (for a demand whose complement it is) */
  clauseHead?: string;
  /** the whole sentence (for questions) */
  sentence: string;
  /** the trigger's own intrinsic mode ("offered assistance"), if any */
  intrinsic?: EventMode;
};

/** Order in which cue modes are tried: the first that matches wins. */
const ORDER: readonly CueMode[] = ['negated', 'hypothetical', 'offered', 'intended'];
const MONTH_MAY = /\bMay(?=\s+\d)|(?<=\d\s+)May\b/g;
const LAST_WORDS = 8;
/** auxiliaries, modals and "not" right before a participle inside a trigger match, after its first word */
const INNER_AUXILIARIES =
  /^\S+\s+(?:\S+\s+){0,5}?((?:(?:will|would|could|can|cannot|may|might|must|should|shall|not|never|was|were|is|are|be|been|has|have|had)\s+)+)\p{L}+(?:ed|en|wn)\b/iu;
/** words after the trigger an after-cue may reach: "the summit between A and B was called off" (each
 * cue sets its own reach inside this window, most of them 6 words) */
const FIRST_WORDS = 10;

function lastWords(s: string, n: number): string {
  const w = s.trim().split(/\s+/).filter(Boolean);
  return w.slice(-n).join(' ');
}

function firstWords(s: string, n: number): string {
  const w = s.trim().split(/\s+/).filter(Boolean);
  return w.slice(0, n).join(' ');
}

function firstMatch(
  slots: Partial<Record<CueMode, RegExp>>,
  text: string,
): { mode: CueMode; cue: string } | null {
  if (!text) return null;
  for (const mode of ORDER) {
    const re = slots[mode];
    if (!re) continue;
    re.lastIndex = 0;
    const m = re.exec(text);
    if (m) return { mode, cue: m[0].trim() };
  }
  return null;
}

/**
 * The modality of one trigger. Pure: the caller cuts the clause pieces; this decides from the
 * language's cues.
 */
export function modalityOf(input: ModalityInput, cues: ModalityCues): Modality {
  const clean = (s: string) => (cues.notCue ? s.replace(cues.notCue, ' ') : s);
  // a trigger that runs through a passive's auxiliaries ("sanctions will be imposed", "the
  // agreement was not signed") carries its modal and negation inside the match
  const innerAux = INNER_AUXILIARIES.exec(input.trigger)?.[1] ?? '';
  const before = clean(
    `${lastWords(input.before, LAST_WORDS)} ${input.trigger.split(/\s+/)[0]}${innerAux ? ` ${innerAux.trim()}` : ''}`.replace(
      MONTH_MAY,
      'month',
    ),
  );
  const after = clean(firstWords(input.after, FIRST_WORDS));
  const found: { mode: CueMode; cue: string }[] = [];
  const wordHit = firstMatch(cues.word, input.wordRest);
  if (wordHit) found.push(wordHit);
  const joinedHit =
    cues.joined && firstMatch(cues.joined, clean(firstWords(input.wordRest + input.after, FIRST_WORDS)));
  if (joinedHit) found.push(joinedHit);
  const beforeHit = firstMatch(cues.before, before);
  if (beforeHit) found.push(beforeHit);
  const afterHit = firstMatch(cues.after, after);
  if (afterHit) found.push(afterHit);
  const prefixHit = firstMatch(cues.prefix, clean(input.prefix));
  if (prefixHit) found.push(prefixHit);
  if (cues.condition && cues.condition.test(input.sentenceHead))
    found.push({ mode: 'hypothetical', cue: 'condition' });
  if (cues.question && cues.question.test(input.sentence.trimEnd()))
    found.push({ mode: 'hypothetical', cue: 'question' });
  if (cues.mandate && input.clauseHead && cues.mandate.test(input.clauseHead))
    found.push({ mode: 'hypothetical', cue: 'demanded' });

  const hedge = [cues.before.hedged, cues.after.hedged, cues.prefix.hedged].some((re, i) => {
    if (!re) return false;
    re.lastIndex = 0;
    return re.test(i === 0 ? before : i === 1 ? after : clean(input.prefix));
  });

  for (const mode of ORDER) {
    const hit = found.find((f) => f.mode === mode);
    if (!hit) continue;
    // "offered to help" is already an offer; an intention to offer stays an offer
    if ((mode === 'intended' || mode === 'offered') && input.intrinsic === 'offered')
      return { mode: 'offered', hedged: false, cue: hit.cue };
    return { mode: mode as EventMode, hedged: false, cue: hit.cue };
  }
  const mode = input.intrinsic ?? 'asserted';
  return { mode, hedged: hedge && mode === 'asserted', cue: hedge ? 'hedge' : null };
}

/** The language's cue set, falling back to English for languages without their own. */
export function cuesFor(all: Record<string, ModalityCues>, lang: string | null | undefined): ModalityCues {
  const l = (lang ?? 'en').toLowerCase().slice(0, 2);
  return all[l] ?? all.en;
}

/** past-tense saying verbs: the clause they report shifts the speaker's "will" back to "would" */
const PAST_SAYING =
  /^(?:said|told|announced|stated|added|noted|confirmed|reported|wrote|explained|declared|promised|pledged|assured|informed|indicated|revealed|disclosed|emphasi[sz]ed|stressed|underlined|insisted|acknowledged|admitted|specified|clarified|recalled)\b/i;
/** what keeps a reported "would" conditional: a condition in the report, or a past counterfactual */
const STILL_CONDITIONAL = /\b(?:if|unless|otherwise|in\s+case|provided\s+that|would\s+have)\b/i;

/**
 * Reported speech in the past tense shifts "will" to "would": "the minister said Turkmenistan
 * would open a consulate", "the Kremlin announced that Putin would visit Astana" report a plan, not
 * a supposition. A hypothetical read from a bare "would" inside an indirect report of a past-tense
 * saying verb is therefore intended; a condition ("would … if …") or "would have" keeps it
 * hypothetical, and so does a direct quotation (the speaker's own "would").
 */
export function reportedFuture(
  modality: Modality,
  report: { direct: boolean; cue: string | null; kind?: 'speech' | 'thought'; text: string } | null,
  clause: string,
): Modality {
  if (modality.mode !== 'hypothetical' || !/^would$/i.test(modality.cue ?? '')) return modality;
  if (!report || report.direct || report.kind === 'thought' || !PAST_SAYING.test(report.cue ?? ''))
    return modality;
  if (STILL_CONDITIONAL.test(report.text) || STILL_CONDITIONAL.test(clause)) return modality;
  return { mode: 'intended', hedged: false, cue: 'would (reported)' };
}
