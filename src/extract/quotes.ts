/**
 * Quotations: direct quotes (in any quotation-mark style) and indirect speech, each with its
 * speaker and the chain of reporters through which the document knows it.
 *
 * Pipeline, all linear in the text:
 * 1. quotes-marks.ts pairs quotation marks into outermost segments per paragraph.
 * 2. Each segment looks for an attribution in its sentence: after the closing mark
 *    (`…," X said`, `…," said X`, `…," according to X`) or before the opening mark
 *    (`X said: "…`, `X noted that "…`, `according to X, "…`), or in a previous paragraph that
 *    ends with a colon. The speaker noun phrase resolves to a DocEntity through the mentions it
 *    contains; pronouns and role nouns ("the minister") resolve to a preceding person.
 * 3. Segments without an attribution: a short quoted term inside a sentence is a term (scare
 *    quotes), not a quotation; a standalone quoted sentence continues the previous speaker
 *    when it follows an attributed quote in the same or the previous paragraph.
 * 4. Indirect speech is read per sentence: `X said (that) …`, `X told Y that …`,
 *    `according to X, …`, `…, according to X`, `…, he explained.` — only with a speech verb and
 *    a resolved speaker, so that precision stays high.
 * 5. Reporters: `, reported X`, `X told <media>`, `in an interview with <media>`, `according to
 *    <media>` and a paragraph-level `<media> reported that …` feed `reportedByRefs` (nearest
 *    first); a reporter whose role in this document is "of <media>" adds that media after it.
 * 6. Interviews in Q&A form: answers are the interviewee's words (quotes-qa.ts).
 * Speakers may also be organisations by their head noun ("the ministry said", "the committee's
 * press service"), a country by "the <demonym> side", an organisation through "a <Org>
 * spokesman"; a quoted fragment inside a reported clause (`said X "does not see …"`, 3+ words,
 * not "so-called") is the subject's; `X called it "…", according to Y` is X's, relayed by Y.
 */
import type { DocEntity, DocMention, DocQuote, Sentence } from '../model/index.js';
import { findQuoteSegments, paragraphsOf, type QuoteSegment, type Range } from './quotes-marks.js';
import { languageFamily } from '../nlp/lang.js';
import { extractQuotesMl } from './quotes-ml.js';
import { qaQuotes } from './quotes-qa.js';

const SPEECH_VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stressed', 'stresses', 'noted', 'notes', 'explained',
  'explains', 'stated', 'states', 'recalled', 'recalls', 'emphasized', 'emphasised', 'emphasizes', 'emphasises',
  'promised', 'promises', 'suggested', 'suggests', 'declared', 'declares', 'announced', 'announces', 'warned',
  'warns', 'argued', 'argues', 'wrote', 'writes', 'asked', 'asks', 'replied', 'replies', 'insisted', 'insists',
  'claimed', 'claims', 'underlined', 'underlines', 'underscored', 'underscores', 'continued', 'concluded',
  'commented', 'remarked', 'observed', 'admitted', 'acknowledged', 'confirmed', 'confirms', 'assured', 'assures',
  'believes', 'believed', 'thinks', 'reported', 'reports', 'asserted', 'maintained', 'maintains', 'urged',
  'pointed out', 'points out', 'quoted as saying', 'denied', 'denies', 'accused', 'accuses', 'instructed', 'instructs', 'ordered',
  // Russian (past tense, all genders/numbers)
  'сказал', 'сказала', 'сказали', 'заявил', 'заявила', 'заявили', 'отметил', 'отметила', 'отметили',
  'подчеркнул', 'подчеркнула', 'подчеркнули', 'добавил', 'добавила', 'добавили', 'сообщил', 'сообщила',
  'сообщили', 'пояснил', 'пояснила', 'пояснили', 'считает', 'говорит',
];
const VERB_ALT = SPEECH_VERBS.map((v) => v.replace(' ', '\\s+')).join('|');
/** Verbs whose clause reports what someone else said: their subject becomes a reporter. */
const REPORT_VERBS = new Set(['reported', 'reports', 'wrote', 'writes']);

const ROLE_SYNONYMS: Record<string, string[]> = {
  minister: ['minister'],
  president: ['president', 'head of state', 'leader'],
  leader: ['leader', 'president', 'head', 'prime minister', 'premier', 'chairman', 'chair', 'king', 'chancellor'],
  head: ['head', 'chief', 'leader', 'director', 'chairman'],
  premier: ['premier', 'prime minister'],
  general: ['general', 'commander', 'chief of staff', 'colonel-general'],
  commander: ['commander', 'general', 'chief'],
  expert: ['expert', 'analyst', 'researcher', 'director', 'professor', 'scholar', 'political scientist', 'fellow'],
  analyst: ['analyst', 'expert', 'researcher', 'director'],
  researcher: ['researcher', 'expert', 'analyst'],
  official: ['official', 'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'secretary', 'deputy', 'head', 'adviser'],
  spokesman: ['spokesman', 'spokeswoman', 'spokesperson', 'press secretary'],
  spokeswoman: ['spokesman', 'spokeswoman', 'spokesperson', 'press secretary'],
  spokesperson: ['spokesman', 'spokeswoman', 'spokesperson', 'press secretary'],
  diplomat: ['diplomat', 'ambassador', 'envoy', 'minister'],
  ambassador: ['ambassador', 'envoy'],
  envoy: ['envoy', 'ambassador'],
  chairman: ['chairman', 'chair', 'head'],
  secretary: ['secretary'],
  director: ['director', 'head'],
  governor: ['governor'],
  mayor: ['mayor'],
  senator: ['senator'],
  professor: ['professor', 'expert'],
  politician: ['politician', 'deputy', 'mp', 'senator', 'leader'],
  deputy: ['deputy'],
  chancellor: ['chancellor'],
  journalist: ['journalist', 'correspondent', 'editor', 'supervisor', 'columnist'],
  economist: ['economist', 'expert', 'analyst'],
  colonel: ['colonel'],
  diplomatist: ['diplomat'],
};
const ROLE_ALT = Object.keys(ROLE_SYNONYMS).join('|');

const PRONOUN_RE = /^(he|she|they|him|her|them)$/i;
const ROLE_NP_RE = new RegExp(String.raw`^(?:the|this|that|our|their|its|a)\s+((?:[\p{L}-]+\s+){0,3}?)(${ROLE_ALT})s?$`, 'iu');
/** a subject right before a speech verb: pronoun, optionally followed by adverbs */
const ADVS = String.raw`(?:\s+(?:also|then|again|further|later|once|only|just|even|still|[\p{L}]+ly))*`;
const PRON_BEFORE_VERB = new RegExp(String.raw`(?:^|[\s,;:(—–-])(he|she|they)${ADVS}\s*$`, 'iu');
const ROLE_BEFORE_VERB = new RegExp(String.raw`(?:^|[\s,;:(—–-])((?:the|this|that|our|their|its)\s+(?:[\p{L}-]+\s+){0,3}?(?:${ROLE_ALT})s?)${ADVS}\s*$`, 'iu');
const VERB_RE = new RegExp(String.raw`(?<![\p{L}-])(${VERB_ALT})(?![\p{L}-])`, 'giu');
const ANY_CUE = new RegExp(String.raw`(?<![\p{L}-])(?:${VERB_ALT}|according)(?![\p{L}-])`, 'iu');
const VERB_AT_START = new RegExp(String.raw`^[\s,;—–-]*(${VERB_ALT})(?![\p{L}-])`, 'iu');
const ACCORDING_AT_START = /^[\s,;:—–-]*according\s+to\s+/i;
const ACCORDING_END = /(?:^|[\s,;:—–-])according\s+to\s+([^,.;:!?]{1,120}?)\s*,\s*$/i;
const PREPOSITION = /(?:^|[^\p{L}])(?:with|to|of|from|by|after|before|for|about|against|at|on|in|into|between|among|than|like|during|under|over|toward|towards|upon|near|behind|via|per|whom|whose)(?=[^\p{L}]|$)/iu;
const QUOTE_CHARS = /["“”„«»]/;
const SENT_END = /[.!?…]["”»’)]*(?=\s+[^\p{Ll}\s]|\s*$)/u;
const INTERVIEW_RE = /\b(?:in|during|to)\s+(?:an?\s+)?(?:exclusive\s+)?interview\s+(?:with|to|for)\s+/i;
const REPORTER_AFTER_RE = /[,;]\s*(?:(?:as\s+)?(?:reported|reports|wrote|writes|according\s+to)\s+(?:by\s+)?)/gi;
const REPORTER_SUBJ_RE = /[,;]\s*(?:as\s+)?(.{1,80}?)\s+(?:reported|reports|wrote|writes)\b/i;
const THAT_CLAUSE_NOTHAT = /^\s*(?:it|he|she|they|we|there|this|these|those|the|his|her|their|its|our)\b/i;
/** "said Uzbekistan was ready", "said Washington is reviewing": a named subject and a finite verb (no "that") */
const NAMED_CLAUSE = /^\s*(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:was|were|is|are|would|will|had|has|have|could|should|must|might|may|did|does|do|can|remained|remains|wanted|wants|needed|needs|planned|plans|intended|intends|hoped|hopes|expected|expects)\b/u;
/** the hearer of "told" when no "that" follows ("told reporters Uzbekistan was ready") */
/** "told the state news agency Kabar": words that introduce a media outlet's name */
const MEDIA_DESCRIPTOR = /^\s*(?:the\s+|a\s+)?(?:[\p{L}-]+\s+){0,3}?(?:news\s+agency|agency|newspaper|daily|channel|broadcaster|outlet|website|portal|radio|magazine|publication|television|TV)\s+$/iu;
/** a verb right after a person that makes the quote after it that person's words */
const QUOTING_VERB_AFTER = new RegExp(String.raw`^\s+(?:(?:has|had|also|again|then)\s+)*(?:called|described|dubbed|termed|labell?ed|branded|${VERB_ALT})(?![\p{L}-])`, 'iu');
/** organisations referred to by their head noun ("the ministry said", "according to the committee") */
const ORG_HEADS = 'ministry|committee|agency|bank|company|party|service|department|commission|council|court|office|embassy';
/** "the ministry's press service" speaks for the ministry */
const VOICE_SUFFIX = String.raw`(?:['’]s\s+(?:press\s+(?:service|office)|spokes(?:man|woman|person)))?`;
const ORG_NP_RE = new RegExp(String.raw`^(?:the|this|that)\s+(?:[\p{L}-]+\s+){0,2}?(${ORG_HEADS})${VOICE_SUFFIX}$`, 'iu');
const ORG_BEFORE_VERB = new RegExp(String.raw`(?:^|[\s,;:(—–-])((?:the|this|that)\s+(?:[\p{L}-]+\s+){0,2}?(?:${ORG_HEADS})${VOICE_SUFFIX})${ADVS}\s*$`, 'iu');
/** a country adjective standing for its government ("the Uzbek side said") */
const DEMONYM_GROUP_AFTER = /^\s+(?:side|government|authorities|leadership|delegation)\b/i;
/** "a State Department spokesman said": the organisation speaks through its spokesperson */
const ORG_VOICE_AFTER = /^\s+(?:spokes(?:man|woman|person)|press\s+(?:service|office|secretary)|officials?|representatives?|sources?)\b/i;
const PAST_VERB_AFTER = /^\s+(?:(?:also|then|later|again|has|had)\s+)?\p{Ll}{2,}ed\b/u;
const NAMING_BEFORE = /(?:so[-\s]called|dubbed|known\s+as|termed|named|titled|entitled|headlined)\s*$/i;
const TOLD_HEARER = /^\s*(?:reporters|journalists|lawmakers|deputies|parliament|the\s+(?:press|media|parliament|audience)|a\s+(?:news\s+)?(?:briefing|conference))\b/i;
/** "…, he explained." / "…, the minister said." / "…, Anna Petrova added." at a sentence end */
/** a time or channel phrase after an attribution verb ("said on Wednesday", "said in a statement") */
const TAIL_ADVERBIAL = String.raw`(?:\s+(?:(?:late\s+|early\s+)?on\s+(?:\p{L}+day|\d{1,2}\s+\p{L}+|\p{L}+\s+\d{1,2})|yesterday|today|last\s+(?:week|month|night)|this\s+week|in\s+a\s+(?:written\s+)?statement|on\s+(?:Telegram|Twitter|Facebook|X)))`;
const TAIL_ATTRIBUTION = new RegExp(String.raw`,\s*((?:he|she|they|(?:the|this)\s+(?:[\p{L}-]+\s+){0,2}?(?:${ROLE_ALT})|(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}))\s+(${VERB_ALT})(?:\s+[\p{L}]+ly)?${TAIL_ADVERBIAL}{0,2}(?:\s*,\s*\p{L}+ing\b[^,;]*)?\s*$`, 'iu');
const APPOSITIVE_ROLE = new RegExp(String.raw`^(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}(?:${ROLE_ALT}|deputy|chief|supervisor)\b`, 'iu');
const MENTION_THEN_VERB = new RegExp(String.raw`^\s+(?:(?:also|again|then|further|once|[\p{L}]+ly|has|have|had|was|were|is|would|will|later)\s+)*(?:${VERB_ALT})(?![\p{L}-])`, 'iu');
const GAP_START = /^\s+(?:after|before|in|on|at|during|to|with|for|from|by|upon|following|earlier|later|again|also|repeatedly|publicly|recently|yesterday|today|last|this|once|then|on|over|via|through|[\p{L}]+ly)\b/iu;
const SPEAKER_TYPES = new Set(['person', 'organization', 'media', 'country', 'group']);
const REPORTER_TYPES = new Set(['person', 'organization', 'media']);

type Ctx = {
  text: string;
  ents: Map<string, DocEntity>;
  mentions: DocMention[]; // sorted by start
  paragraphs: Range[];
  sentences: Sentence[];
};

type NP = { start: number; end: number };

/** A quote found in the text before speakers are resolved. */
type Pending = {
  start: number;
  end: number;
  direct: boolean;
  order: number; // position used for the resolution order (attribution position)
  paragraph: number;
  cue: string | null;
  speakerNP: NP | null;
  speakerKind: 'np' | 'subject' | 'mention'; // np: an explicit noun phrase; subject: search the clause before a verb; mention: exactly one mention
  clauseStart: number; // for 'subject'
  reporters: string[];
  mediaAsSpeaker: boolean; // "according to <media>" names the media as the source
  segIndex: number; // index into the direct segments, or -1
  continues: number;
  standalone: boolean;
  words: number;
  /** a relay named around the attribution ("…, according to Y"), resolved like a subject */
  outerReporterNP?: NP;
};

/**
 * Extract quotations. `entities`/`mentions` come from extractEntities (or hand-made fixtures).
 * Never throws: bad input gives [].
 */
export function extractQuotes(text: string, sentences: Sentence[], entities: DocEntity[], mentions: DocMention[]): DocQuote[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  // Russian and Turkish prose have their own attribution patterns (src/extract/quotes-ml.ts)
  const family = languageFamily(text);
  if (family === 'ru' || family === 'tr') return extractQuotesMl(family, text, Array.isArray(sentences) ? sentences : [], Array.isArray(entities) ? entities : [], Array.isArray(mentions) ? mentions : []);
  try {
    return run(text, Array.isArray(sentences) ? sentences : [], Array.isArray(entities) ? entities : [], Array.isArray(mentions) ? mentions : []);
  } catch {
    return [];
  }
}

function run(text: string, sentences: Sentence[], entities: DocEntity[], mentions: DocMention[]): DocQuote[] {
  const ctx: Ctx = {
    text,
    ents: new Map(entities.map((e) => [e.ref, e])),
    mentions: mentions.filter((m) => m && m.end > m.start && m.end <= text.length).slice().sort((a, b) => a.start - b.start),
    paragraphs: paragraphsOf(text),
    sentences: sentences.slice().sort((a, b) => a.start - b.start),
  };
  const segs = findQuoteSegments(text, ctx.paragraphs);
  const pendings: Pending[] = [];
  const directRanges: Range[] = [];
  segs.forEach((seg, i) => {
    const p = directPending(ctx, seg, i, segs);
    if (p) {
      pendings.push(p);
      directRanges.push({ start: seg.open, end: seg.close + 1 });
    }
  });
  for (const p of indirectPendings(ctx, directRanges)) pendings.push(p);
  pendings.sort((a, b) => a.order - b.order || a.start - b.start);
  const found = resolveAll(ctx, pendings);
  // interview answers are the interviewee's words: they replace whatever was read inside them
  const qa = qaQuotes(text, ctx.paragraphs, entities, ctx.mentions);
  if (!qa.length) return found;
  const inside = (q: DocQuote) => qa.some((a) => q.start < a.end && q.end > a.start);
  return [...found.filter((q) => !inside(q)), ...qa].sort((a, b) => a.start - b.start);
}

// ------------------------------------------------------------------ direct quotes
function directPending(ctx: Ctx, seg: QuoteSegment, idx: number, segs: QuoteSegment[]): Pending | null {
  const { text } = ctx;
  let cs = seg.open + 1;
  let ce = seg.close;
  while (cs < ce && /\s/.test(text[cs])) cs++;
  while (ce > cs && /[\s,;:]/.test(text[ce - 1])) ce--;
  if (ce - cs < 2) return null;
  const words = countWords(text, cs, ce);
  const para = ctx.paragraphs[seg.paragraph];
  const sent = sentenceAt(ctx, seg.open);
  const prevSeg = idx > 0 && segs[idx - 1].paragraph === seg.paragraph ? segs[idx - 1] : null;
  const leadStart = Math.max(para.start, sent ? Math.min(sent.start, seg.open) : para.start, prevSeg ? prevSeg.close + 1 : 0);
  const before = text.slice(leadStart, seg.open);
  const standalone = /^[\s]*$/.test(before) || /[:]\s*$/.test(before) || /[.!?…]["”»]?\s*$/.test(before);
  const base: Pending = {
    start: cs, end: ce, direct: true, order: cs, paragraph: seg.paragraph, cue: null, speakerNP: null, speakerKind: 'np',
    clauseStart: leadStart, reporters: [], mediaAsSpeaker: false, segIndex: idx, continues: seg.continues, standalone, words,
  };
  // 1) attribution after the closing mark
  // a trailing attribution needs punctuation at the seam (`…,” he said`, `…?” she asked`,
  // `…” — he said`), except after a quotation long enough not to be a quoted term
  const seam = text.slice(Math.max(cs, seg.close - 2), seg.close).trimEnd();
  const punct = /[,.!?…—–-]$/.test(seam) || /^\s*[,—–-]/.test(text.slice(seg.close + 1, seg.close + 4));
  if (!seg.unclosed && (punct || words >= 5)) {
    const tEnd = clauseEnd(text, seg.close + 1, para.end);
    const trail = trailingAttribution(ctx, seg.close + 1, tEnd);
    if (trail) {
      // `X called it "…", according to Y` and `X said "…", the agency Y reported`: X spoke, Y relayed it
      const relayed = trail.cue === 'according to' || (trail.cue !== null && REPORT_VERBS.has(trail.cue));
      const inner = relayed ? leadSpeaker(ctx, leadStart, seg.open) : null;
      if (inner && trail.speakerNP) return { ...base, ...trail, speakerNP: inner, speakerKind: 'mention', mediaAsSpeaker: false, outerReporterNP: trail.speakerNP, order: cs };
      return { ...base, ...trail, order: cs };
    }
  }
  // 2) attribution before the opening mark (same sentence), or a previous paragraph ending with ':'
  let lead = leadingAttribution(ctx, leadStart, seg.open, words);
  if (!lead && /^\s*$/.test(before) && seg.paragraph > 0) {
    const pp = ctx.paragraphs[seg.paragraph - 1];
    if (text[pp.end - 1] === ':') {
      const ps = sentenceAt(ctx, pp.end - 1);
      lead = leadingAttribution(ctx, Math.max(pp.start, ps ? ps.start : pp.start), pp.end);
    }
  }
  if (lead) return { ...base, ...lead, order: cs };
  // 3) no attribution: a quoted term inside a sentence is not a quotation
  if (!standalone || words < 5) return null;
  return base;
}

type Attribution = Pick<Pending, 'cue' | 'speakerNP' | 'speakerKind' | 'clauseStart' | 'reporters' | 'mediaAsSpeaker'>;

/** `," X said`, `," said X`, `," according to X`, `," X, director of Y, told Z`. */
function trailingAttribution(ctx: Ctx, from: number, to: number): Attribution | null {
  const { text } = ctx;
  const t = text.slice(from, to);
  if (t.length === 0) return null;
  const acc = ACCORDING_AT_START.exec(t);
  if (acc) {
    const npStart = from + acc[0].length;
    const npEnd = npEndAt(text, npStart, to);
    const ents = mentionEntities(ctx, npStart, npEnd);
    const media = ents.find((e) => e.type === 'media');
    return {
      cue: 'according to', speakerNP: { start: npStart, end: npEnd }, speakerKind: 'np', clauseStart: npStart,
      reporters: media ? [media.ref] : reportersAfter(ctx, npEnd, to), mediaAsSpeaker: !!media,
    };
  }
  const vs = VERB_AT_START.exec(t);
  if (vs) {
    // verb first: `," said Putin` / `," said the minister, reported X`
    const verbEnd = from + vs.index + vs[0].length;
    const npStart = skipSpace(text, verbEnd);
    const npEnd = npEndAt(text, npStart, to);
    return {
      cue: vs[1].toLowerCase().replace(/\s+/g, ' '), speakerNP: { start: npStart, end: npEnd }, speakerKind: 'np',
      clauseStart: npStart, reporters: reportersAround(ctx, vs[1], npStart, npEnd, to), mediaAsSpeaker: false,
    };
  }
  // NP first: find the first speech verb within 16 words
  VERB_RE.lastIndex = 0;
  const vm = VERB_RE.exec(t);
  if (!vm || vm.index === 0) return null;
  const npText = t.slice(0, vm.index);
  if (/[.!?;"“”«»]/.test(npText.replace(/\b(?:[A-Z]\.)+/g, '').replace(/\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sen|Rep|Gov|Prof|St)\./g, ''))) return null;
  if (npText.trim().split(/\s+/).length > 16) return null;
  // `…partners." State media did not say why …`: a negated or modal clause is a new sentence, not an attribution
  if (/(?<![\p{L}])(?:not|never|did|does|do|will|would|could|can|should|may|might|must)(?![\p{L}])/iu.test(npText)) return null;
  const npStart = skipSpaceAndCommas(text, from);
  const npEnd = trimEnd(text, npStart, from + vm.index);
  if (npEnd <= npStart) return null;
  const first = text[npStart];
  // `," X said`, `," the minister said`, `," her lawyer, X, told`, `," ministry spokesman X told`
  if (!/[\p{Lu}]/u.test(first) && !/^(?:he|she|they|the|this|that|our|their|its|his|her|a|an)\b/i.test(text.slice(npStart, npStart + 6))
    && !mentionsIn(ctx, npStart, npEnd).some((m) => ctx.ents.get(m.ref)?.type === 'person')) return null;
  const verbEnd = from + vm.index + vm[0].length;
  return {
    cue: vm[1].toLowerCase().replace(/\s+/g, ' '), speakerNP: { start: npStart, end: npEnd }, speakerKind: 'np', clauseStart: npStart,
    reporters: reportersAround(ctx, vm[1], verbEnd, verbEnd, to), mediaAsSpeaker: false,
  };
}

/** `X said: "`, `X said, "`, `X noted that "`, `X told Y: "`, `according to X, "`. */
function leadingAttribution(ctx: Ctx, from: number, to: number, quoteWords = 0): Attribution | null {
  const { text } = ctx;
  const l = text.slice(from, to);
  if (!/\S/.test(l)) return null;
  const acc = ACCORDING_END.exec(l);
  if (acc) {
    const npStart = from + acc.index + acc[0].indexOf(acc[1]);
    const npEnd = npStart + acc[1].length;
    const ents = mentionEntities(ctx, npStart, npEnd);
    const media = ents.find((e) => e.type === 'media');
    return { cue: 'according to', speakerNP: { start: npStart, end: npEnd }, speakerKind: 'np', clauseStart: npStart, reporters: media ? [media.ref] : [], mediaAsSpeaker: !!media };
  }
  // last speech verb in the lead, with a short gap to the mark
  VERB_RE.lastIndex = 0;
  let vm: RegExpExecArray | null;
  let last: RegExpExecArray | null = null;
  while ((vm = VERB_RE.exec(l)) !== null) last = vm;
  if (!last) return null;
  const gap = l.slice(last.index + last[0].length);
  const gapWords = gap.trim() === '' ? 0 : gap.trim().split(/\s+/).length;
  const okGap = /^\s*(?:that\s*)?$/i.test(gap) || /^[^.!?;"“”«»]*[:,]\s*(?:that\s*)?$/.test(gap) && gapWords <= 10 || /^\s*that\s*$/i.test(gap);
  // a quoted fragment inside the reported clause (`said Armenia "does not see …"`), unless it
  // is too short to be more than a term or is introduced as a name ("the so-called …")
  const inClause = !okGap && quoteWords >= 3 && gapWords <= 12 && /^[^.!?;:"“”«»]*$/.test(gap) && !NAMING_BEFORE.test(gap);
  if (!okGap && !inClause) return null;
  const verbStart = from + last.index;
  const verbEnd = verbStart + last[0].length;
  const reporters = reportersAround(ctx, last[1], verbEnd, verbEnd, to);
  return { cue: last[1].toLowerCase().replace(/\s+/g, ' '), speakerNP: { start: from, end: verbStart }, speakerKind: 'subject', clauseStart: from, reporters, mediaAsSpeaker: false };
}

/** The person whose words a quote in the lead reports: `Putin called relations "…"`. */
function leadSpeaker(ctx: Ctx, from: number, to: number): NP | null {
  const ms = mentionsIn(ctx, from, to).filter((m) => ctx.ents.get(m.ref)?.type === 'person');
  for (let i = ms.length - 1; i >= 0; i--) {
    if (QUOTING_VERB_AFTER.test(ctx.text.slice(ms[i].end, to))) return { start: ms[i].start, end: ms[i].end };
  }
  return null;
}

// ------------------------------------------------------------------ indirect speech
function indirectPendings(ctx: Ctx, direct: Range[]): Pending[] {
  const { text } = ctx;
  const out: Pending[] = [];
  const inDirect = (a: number, b: number) => direct.some((r) => a < r.end && b > r.start);
  let pi = 0;
  for (const s of ctx.sentences) {
    while (pi < ctx.paragraphs.length - 1 && s.start >= ctx.paragraphs[pi].end) pi++;
    const st = text.slice(s.start, s.end);
    if (!ANY_CUE.test(st)) continue; // most sentences hold no speech verb at all
    // content ends before the final punctuation
    let contentEnd = s.end;
    while (contentEnd > s.start && /[.!?…\s]/.test(text[contentEnd - 1])) contentEnd--;
    const base = { direct: false, paragraph: pi, reporters: [] as string[], mediaAsSpeaker: false, segIndex: -1, continues: -1, standalone: false, words: 0 };
    // a) "According to X, CLAUSE"
    const lead = /^(?:(?:however|but|and|meanwhile|moreover|also|still|yet|thus|so)\s*,?\s+)?according\s+to\s+/i.exec(st);
    if (lead) {
      const npStart = s.start + lead[0].length;
      const comma = text.indexOf(',', npStart);
      if (comma > 0 && comma < contentEnd) {
        let cs = skipAppositives(text, comma + 1, contentEnd);
        cs = skipSpace(text, cs);
        const ce = trimReporterTail(ctx, cs, contentEnd);
        if (ce.end - cs > 10 && !inDirect(cs, ce.end)) {
          out.push({ ...base, start: cs, end: ce.end, order: s.start, cue: 'according to', speakerNP: { start: npStart, end: comma }, speakerKind: 'np', clauseStart: npStart, reporters: ce.reporters, words: countWords(text, cs, ce.end) });
        }
      }
      continue;
    }
    // b) "CLAUSE, according to X."
    const tailAcc = /,\s*according\s+to\s+/i.exec(st);
    if (tailAcc && tailAcc.index > 10) {
      const cs = s.start;
      const ce = s.start + tailAcc.index;
      const npStart = ce + tailAcc[0].length;
      const npEnd = npEndAt(text, npStart, contentEnd);
      if (!inDirect(cs, ce)) {
        out.push({ ...base, start: cs, end: ce, order: s.start, cue: 'according to', speakerNP: { start: npStart, end: npEnd }, speakerKind: 'np', clauseStart: npStart, words: countWords(text, cs, ce) });
      }
      continue;
    }
    // c) "CLAUSE, he explained." (the whole sentence is reported content)
    const tail = TAIL_ATTRIBUTION.exec(text.slice(s.start, contentEnd));
    if (tail && tail.index > 15 && !QUOTE_CHARS.test(st)) {
      const cs = skipDateline(text, s.start, s.start + tail.index), ce = s.start + tail.index;
      const npStart = s.start + tail.index + tail[0].indexOf(tail[1]);
      out.push({ ...base, start: cs, end: ce, order: s.start, cue: tail[2].toLowerCase(), speakerNP: { start: npStart, end: npStart + tail[1].length }, speakerKind: 'np', clauseStart: npStart, words: countWords(text, cs, ce) });
      continue;
    }
    // d) "X said (that) CLAUSE", "X told Y that CLAUSE"; a reporting verb whose clause holds another
    //    attribution makes its subject a reporter of the inner one
    VERB_RE.lastIndex = 0;
    let vm: RegExpExecArray | null;
    const found: Pending[] = [];
    while ((vm = VERB_RE.exec(st)) !== null) {
      const vStart = s.start + vm.index;
      const vEnd = vStart + vm[0].length;
      if (inDirect(vStart, vEnd)) continue;
      const after = text.slice(vEnd, Math.min(contentEnd, vEnd + 160));
      const that = /^((?:\s+[^\s,.;:!?"“”«»]+){0,12}?)\s+that\s+/i.exec(after);
      // words between the verb and "that" must be an adverbial ("said after talks with X that"),
      // or the hearer of "told"; a noun phrase there makes "that" a relative pronoun
      // ("recalled the role that …", "said it was important … that")
      const gapOk = !!that && (that[1].trim() === '' || GAP_START.test(that[1]) || /^(?:told|tells|assured|assures|warned|warns|reminded|informed|urged)$/i.test(vm[1]));
      let cs: number;
      if (that && gapOk) cs = vEnd + that[0].length;
      else if (/^(?:say|says|said)$/i.test(vm[1]) && (THAT_CLAUSE_NOTHAT.test(after) || NAMED_CLAUSE.test(after))) cs = skipSpace(text, vEnd);
      else if (/^(?:told|tells)$/i.test(vm[1]) && TOLD_HEARER.test(after)) {
        const rest = after.slice(TOLD_HEARER.exec(after)![0].length);
        if (!THAT_CLAUSE_NOTHAT.test(rest) && !NAMED_CLAUSE.test(rest)) continue;
        cs = skipSpace(text, vEnd + TOLD_HEARER.exec(after)![0].length);
      } else continue;
      if (QUOTE_CHARS.test(text[cs] ?? '')) continue; // `noted that "…"`: the direct quote covers it
      const clauseStart = found.length ? found[found.length - 1].end : s.start;
      let ce = contentEnd;
      // cut at a direct quote inside the clause
      // cut at a direct quote that follows the clause (`…, adding: "…"`); a quoted fragment
      // inside the clause (`would not "sacrifice its economy" to …`) stays part of it
      for (const r of direct) if (r.start > cs && r.start < ce && !/\p{L}\s*$/u.test(text.slice(cs, r.start))) ce = r.start;
      // "X, which says …, does Y": the reported content ends with the relative clause
      if (/,\s*(?:which|who)\s+(?:[\p{L}]+\s+){0,2}$/iu.test(text.slice(Math.max(s.start, vStart - 40), vStart))) {
        const c = text.indexOf(',', cs);
        if (c > 0 && c < ce) ce = c;
      }
      const tr = trimReporterTail(ctx, cs, ce);
      if (tr.end - cs < 10) continue;
      found.push({ ...base, start: cs, end: tr.end, order: vStart, cue: vm[1].toLowerCase().replace(/\s+/g, ' '), speakerNP: { start: Math.max(s.start, clauseStart), end: vStart }, speakerKind: 'subject', clauseStart: Math.max(s.start, clauseStart), reporters: [...new Set([...tr.reporters, ...(/^(?:told|tells)$/i.test(vm[1]) ? reportersAround(ctx, vm[1], vEnd, vEnd, cs) : [])])], words: countWords(text, cs, tr.end) });
    }
    // nested: outer clause contains the inner verb -> keep the inner, outer subject is a reporter
    let emittedEnd = -1;
    for (let k = 0; k < found.length; k++) {
      const outer = found[k], inner = found[k + 1];
      if (inner && inner.order >= outer.start && inner.order < outer.end) {
        inner.speakerNP = { start: outer.start, end: inner.order };
        inner.clauseStart = outer.start;
        inner.outerReporterNP = outer.speakerNP ?? undefined;
        continue;
      }
      if (outer.order < emittedEnd) continue; // a verb inside reported content already emitted
      out.push(outer);
      emittedEnd = outer.end;
    }
  }
  return out;
}

/** "YEREVAN — …", "ASTANA, March 14 (Agency) - …": a wire dateline is not reported content. */
function skipDateline(text: string, from: number, to: number): number {
  const m = /^\p{Lu}[\p{Lu}\s.'’/-]{1,40}(?:,\s*\p{Lu}\p{Ll}+\.?\s+\d{1,2})?(?:\s*\([^)]{1,40}\))?\s*[—–-]+\s*/u.exec(text.slice(from, to));
  return m ? from + m[0].length : from;
}

/** After "according to X," skip appositive segments ("senior researcher at Y,") to the clause. */
function skipAppositives(text: string, from: number, to: number): number {
  let pos = from;
  for (let i = 0; i < 3; i++) {
    const seg = text.slice(pos, to);
    const m = /^\s*([^,]{1,120}),/.exec(seg);
    if (!m) break;
    const first = m[1].trim();
    const isApp = /^\p{Ll}/u.test(first) && !/^(?:the|a|an|it|he|she|they|we|this|there|these|those|in|on|at|since|after|before|for|by|as|when|while|if|because)\b/i.test(first)
      || APPOSITIVE_ROLE.test(first);
    if (!isApp) break;
    pos += m[0].length;
  }
  return pos;
}

/** Cut a trailing ", reported X" / ", according to X" off reported content and return X refs. */
function trimReporterTail(ctx: Ctx, cs: number, ce: number): { end: number; reporters: string[] } {
  const seg = ctx.text.slice(cs, ce);
  const m = /[,;]\s*(?:as\s+)?(?:reported|reports|wrote|writes|according\s+to)\s+(?:by\s+)?([^,;]{2,80})$/i.exec(seg);
  if (!m) return { end: ce, reporters: [] };
  const a = cs + m.index + m[0].length - m[1].length;
  const reps = mentionEntities(ctx, a, ce).filter((e) => REPORTER_TYPES.has(e.type)).map((e) => e.ref);
  return { end: cs + m.index, reporters: reps.slice(0, 1) };
}

// ------------------------------------------------------------------ reporters
/** Reporters named around an attribution verb: told <media>, in an interview with <media>, , reported X. */
function reportersAround(ctx: Ctx, verb: string, npStart: number, afterVerb: number, to: number): string[] {
  const { text } = ctx;
  const out: string[] = [];
  if (/^(?:told|tells)$/i.test(verb)) {
    const objStart = skipSpace(text, afterVerb);
    const m = mentionStartingNear(ctx, objStart, 5);
    if (m) {
      const e = ctx.ents.get(m.ref);
      if (e && e.type === 'media') out.push(e.ref);
    }
  }
  const rest = text.slice(npStart, to);
  const iv = INTERVIEW_RE.exec(rest);
  if (iv) {
    const m = mentionStartingNear(ctx, npStart + iv.index + iv[0].length, 5);
    const e = m ? ctx.ents.get(m.ref) : undefined;
    if (e && (e.type === 'media' || e.type === 'organization')) out.push(e.ref);
  }
  for (const r of reportersAfter(ctx, npStart, to)) out.push(r);
  return [...new Set(out)];
}

/** `, reported X` / `, X reported` / `, according to X` after an attribution. */
function reportersAfter(ctx: Ctx, from: number, to: number): string[] {
  const { text } = ctx;
  const t = text.slice(from, to);
  const out: string[] = [];
  REPORTER_AFTER_RE.lastIndex = 0;
  const m = REPORTER_AFTER_RE.exec(t);
  if (m) {
    const a = from + m.index + m[0].length;
    const ents = mentionEntities(ctx, a, npEndAt(text, a, to)).filter((e) => REPORTER_TYPES.has(e.type));
    if (ents.length) out.push(ents[0].ref);
  } else {
    const s = REPORTER_SUBJ_RE.exec(t);
    if (s) {
      const a = from + s.index + s[0].indexOf(s[1]);
      const ents = mentionEntities(ctx, a, a + s[1].length).filter((e) => REPORTER_TYPES.has(e.type));
      if (ents.length) out.push(ents[ents.length - 1].ref);
    }
  }
  return out;
}

// ------------------------------------------------------------------ speaker resolution
function resolveAll(ctx: Ctx, pendings: Pending[]): DocQuote[] {
  const out: (DocQuote & { _p: Pending })[] = [];
  let lastSpeaker: { ref: string; pos: number } | null = null;
  const reporterRefs = new Set<string>();
  const paraReport = new Map<number, string[]>(); // paragraph -> reporters from "<media> reported that"
  const bySeg = new Map<number, DocQuote & { _p: Pending }>();
  for (const p of pendings) {
    let speaker: string | null = null;
    if (p.speakerNP) {
      const np = p.speakerNP;
      speaker = p.speakerKind === 'subject'
        ? resolveSubject(ctx, np.start, np.end, lastSpeaker, reporterRefs)
        : p.speakerKind === 'mention'
          ? (mentionsIn(ctx, np.start, np.end).find((m) => m.start === np.start)?.ref ?? null)
          : resolveNP(ctx, np.start, np.end, lastSpeaker, reporterRefs);
    }
    let reporters = [...p.reporters];
    const outerNP = p.outerReporterNP;
    if (outerNP) {
      const r = resolveSubject(ctx, outerNP.start, outerNP.end, lastSpeaker, reporterRefs);
      if (r && r !== speaker) {
        reporters.push(r);
        const e = ctx.ents.get(r);
        if (e && e.type === 'media') paraReport.set(p.paragraph, [r]);
      }
    }
    if (p.cue && REPORT_VERBS.has(p.cue) && speaker && !p.direct) {
      const e = ctx.ents.get(speaker);
      if (e && e.type === 'media') paraReport.set(p.paragraph, [speaker]);
    }
    if (p.mediaAsSpeaker && !speaker && reporters.length) speaker = reporters[0];
    // unattributed direct quotes continue the previous speaker (same multi-paragraph quotation,
    // or an attributed quote in the same or the previous paragraph)
    let cue = p.cue;
    if (p.direct && !p.speakerNP) {
      const prevQ = out.length ? out[out.length - 1] : null;
      const grp = p.continues >= 0 ? bySeg.get(p.continues) : undefined;
      const src = grp ?? (prevQ && prevQ.direct && prevQ._p.paragraph >= p.paragraph - 1 ? prevQ : undefined);
      if (src) {
        speaker = src.speakerRef;
        reporters = [...src.reportedByRefs];
      }
      cue = null;
    }
    if (!p.direct && !speaker) continue; // indirect speech needs a resolved speaker
    if (!p.direct && speaker && !SPEAKER_TYPES.has(ctx.ents.get(speaker)?.type ?? '')) continue;
    if (p.direct && p.speakerNP && !speaker && p.words < 5) continue; // unresolved short quote: likely a term
    if (!reporters.length && paraReport.has(p.paragraph)) reporters = [...paraReport.get(p.paragraph)!];
    reporters = withMediaOfReporters(ctx, reporters.filter((r) => r !== speaker || p.mediaAsSpeaker));
    for (const r of reporters) reporterRefs.add(r);
    const q = { start: p.start, end: p.end, text: ctx.text.slice(p.start, p.end), direct: p.direct, speakerRef: speaker, reportedByRefs: reporters, cue, _p: p };
    out.push(q);
    if (p.segIndex >= 0) bySeg.set(p.segIndex, q);
    if (speaker && p.speakerNP && ctx.ents.get(speaker)?.type === 'person') lastSpeaker = { ref: speaker, pos: p.order };
  }
  // a multi-paragraph quotation attributed at its end gives the speaker to its earlier paragraphs
  for (let k = out.length - 1; k >= 0; k--) {
    const q = out[k];
    if (q._p.continues >= 0) {
      const prev = bySeg.get(q._p.continues);
      if (prev && !prev.speakerRef && q.speakerRef) {
        prev.speakerRef = q.speakerRef;
        prev.reportedByRefs = [...q.reportedByRefs];
      }
    }
  }
  // drop indirect quotes that are mostly a direct one (an indirect clause around a short quoted
  // fragment keeps its own words)
  const directs = out.filter((q) => q.direct);
  const overlap = (q: { start: number; end: number }, d: { start: number; end: number }) => Math.max(0, Math.min(q.end, d.end) - Math.max(q.start, d.start));
  return out
    .filter((q) => q.direct || !directs.some((d) => overlap(q, d) > 0 && (overlap(q, d) >= 0.5 * (q.end - q.start) || d.start <= q.start)))
    .sort((a, b) => a.start - b.start)
    .map(({ _p, ...q }) => q);
}

/** Add the media a reporter writes for ("X of Nezavisimaya Gazeta"), after that reporter. */
function withMediaOfReporters(ctx: Ctx, reps: string[]): string[] {
  const out: string[] = [];
  for (const r of reps) {
    if (!out.includes(r)) out.push(r);
    const e = ctx.ents.get(r);
    if (!e || e.type !== 'person') continue;
    for (const role of e.roles ?? []) {
      const of = role.ofRef ? ctx.ents.get(role.ofRef) : undefined;
      if (of && of.type === 'media' && !out.includes(of.ref)) out.push(of.ref);
    }
  }
  return out;
}

/** Resolve an explicit speaker noun phrase: a mention in it, a pronoun, or a role noun. */
function resolveNP(ctx: Ctx, a: number, b: number, last: { ref: string; pos: number } | null, reporters: Set<string>): string | null {
  const { text } = ctx;
  const np = text.slice(a, b).trim();
  if (PRONOUN_RE.test(np)) return resolvePronoun(ctx, a, np, last, reporters);
  const ms = candidateMentions(ctx, a, b);
  const persons = ms.filter((m) => ctx.ents.get(m.ref)?.type === 'person');
  if (persons.length) return persons[0].ref;
  if (ms.length) return ms[ms.length - 1].ref;
  const role = ROLE_NP_RE.exec(np) ?? ROLE_NP_RE.exec(np.split(/[,(]/)[0].trim());
  if (role) return resolveRole(ctx, a, role[2].toLowerCase(), role[1].trim(), last, reporters);
  const org = ORG_NP_RE.exec(np) ?? ORG_NP_RE.exec(np.split(/[,(]/)[0].trim());
  if (org) return resolveOrgNoun(ctx, a, org[1].toLowerCase());
  return null;
}

/** "the ministry": the nearest organisation named before whose name has that head noun. */
function resolveOrgNoun(ctx: Ctx, pos: number, head: string): string | null {
  const ms = mentionsIn(ctx, Math.max(0, pos - 4000), pos);
  for (let i = ms.length - 1; i >= 0; i--) {
    const e = ctx.ents.get(ms[i].ref);
    if (!e || e.type !== 'organization') continue;
    if ([e.name, ...e.aliases].some((n) => new RegExp(String.raw`(?<![\p{L}])${head}(?![\p{L}])`, 'iu').test(n))) return e.ref;
  }
  return null;
}

/** Resolve the subject of a clause ending right before a speech verb at `b`. */
function resolveSubject(ctx: Ctx, a: number, b: number, last: { ref: string; pos: number } | null, reporters: Set<string>): string | null {
  const { text } = ctx;
  const before = text.slice(a, b);
  const pm = PRON_BEFORE_VERB.exec(before);
  if (pm) return resolvePronoun(ctx, a + pm.index, pm[1], last, reporters);
  const rm = ROLE_BEFORE_VERB.exec(before);
  const ms = candidateMentions(ctx, a, b);
  if (rm && !ms.some((m) => m.start >= a + rm.index)) {
    const role = ROLE_NP_RE.exec(rm[1].trim());
    if (role) return resolveRole(ctx, a + rm.index, role[2].toLowerCase(), role[1].trim(), last, reporters);
  }
  const om = ORG_BEFORE_VERB.exec(before);
  if (om && !ms.some((m) => m.start >= a + om.index)) {
    const org = ORG_NP_RE.exec(om[1].trim());
    if (org) return resolveOrgNoun(ctx, a + om.index, org[1].toLowerCase());
  }
  const persons = ms.filter((m) => ctx.ents.get(m.ref)?.type === 'person');
  if (persons.length) return persons[persons.length - 1].ref;
  if (ms.length) return ms[ms.length - 1].ref;
  return null;
}

/** Mentions of speaker-capable entities in [a, b) that are not inside a prepositional phrase or possessive. */
function candidateMentions(ctx: Ctx, a: number, b: number): DocMention[] {
  const { text } = ctx;
  const out: DocMention[] = [];
  for (const m of mentionsIn(ctx, a, b)) {
    const e = ctx.ents.get(m.ref);
    if (!e || !SPEAKER_TYPES.has(e.type)) continue;
    if (/^['’]s?\b/.test(text.slice(m.end, m.end + 2))) continue; // possessive: "Putin's spokesman"
    // a modifier, not a subject: "Russian patriots", "the Turkish experts" (but "Russia says")
    const after = text.slice(m.end, Math.min(b + 40, m.end + 60));
    // (a person followed by a past-tense verb is a subject: "Tokayev received both ministers and said")
    if (/^\s+\p{Ll}/u.test(after) && !MENTION_THEN_VERB.test(after) && !(e.type === 'country' && DEMONYM_GROUP_AFTER.test(after)) && !(e.type !== 'person' && ORG_VOICE_AFTER.test(after))
      && !(e.type === 'person' && PAST_VERB_AFTER.test(after))) continue;
    // the words between the previous comma (or the start) and the mention
    let k = m.start - 1;
    while (k >= a && !/[,;(—–:]/.test(text[k])) k--;
    const lead = text.slice(k + 1, m.start);
    if (PREPOSITION.test(lead)) continue;
    out.push(m);
  }
  return out;
}

function resolvePronoun(ctx: Ctx, pos: number, pronoun: string, last: { ref: string; pos: number } | null, reporters: Set<string>): string | null {
  const plural = /^(they|them)$/i.test(pronoun);
  if (plural) {
    // the nearest preceding organisation, country or group
    const ms = mentionsIn(ctx, Math.max(0, pos - 1500), pos);
    for (let i = ms.length - 1; i >= 0; i--) {
      const e = ctx.ents.get(ms[i].ref);
      if (e && (e.type === 'organization' || e.type === 'country' || e.type === 'group' || e.type === 'media')) return e.ref;
    }
    return null;
  }
  // prefer the subject of the previous attribution when it is recent
  if (last && pos - last.pos < 2500) {
    // ... unless a newer person is the subject (first words) of a sentence since then
    const subj = nearestSubjectPerson(ctx, last.pos, pos, reporters);
    return subj ?? last.ref;
  }
  return nearestPerson(ctx, pos, reporters);
}

function nearestSubjectPerson(ctx: Ctx, from: number, pos: number, reporters: Set<string>): string | null {
  const ms = mentionsIn(ctx, from, pos);
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i];
    const e = ctx.ents.get(m.ref);
    if (!e || e.type !== 'person' || reporters.has(e.ref)) continue;
    const s = sentenceAt(ctx, m.start);
    if (!s) continue;
    const lead = ctx.text.slice(s.start, m.start);
    if (QUOTE_CHARS.test(lead)) continue;
    if (lead.trim().split(/\s+/).filter(Boolean).length <= 4 && !PREPOSITION.test(lead)) return e.ref;
  }
  return null;
}

function nearestPerson(ctx: Ctx, pos: number, reporters: Set<string>): string | null {
  const ms = mentionsIn(ctx, Math.max(0, pos - 3000), pos);
  for (let i = ms.length - 1; i >= 0; i--) {
    const e = ctx.ents.get(ms[i].ref);
    if (e && e.type === 'person' && !reporters.has(e.ref)) return e.ref;
  }
  return null;
}

/** "the minister", "the Kyrgyz leader": a person with a matching role, else the last speaker. */
function resolveRole(ctx: Ctx, pos: number, roleWord: string, modifiers: string, last: { ref: string; pos: number } | null, reporters: Set<string>): string | null {
  const syn = ROLE_SYNONYMS[roleWord] ?? [roleWord];
  const stems = modifiers.toLowerCase().split(/\s+/).filter((w) => w.length >= 4 && /^\p{L}/u.test(w)).map((w) => w.slice(0, Math.min(5, w.length)));
  const ms = mentionsIn(ctx, Math.max(0, pos - 6000), pos);
  const roleMatches = (e: DocEntity): boolean => e.roles?.some((r) => {
    const t = r.title.toLowerCase();
    if (!syn.some((s) => t.includes(s))) return false;
    if (!stems.length) return true;
    const of = r.ofRef ? ctx.ents.get(r.ofRef) : undefined;
    const names = of ? [of.name, ...of.aliases].join(' ').toLowerCase() : '';
    return stems.some((st) => names.includes(st) || t.includes(st));
  }) ?? false;
  // 1) a preceding person whose known roles match
  for (let i = ms.length - 1; i >= 0; i--) {
    const e = ctx.ents.get(ms[i].ref);
    if (e && e.type === 'person' && !reporters.has(e.ref) && roleMatches(e)) return e.ref;
  }
  // 2) a preceding person introduced with the role word or the nationality right before the name
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i];
    const e = ctx.ents.get(m.ref);
    if (!e || e.type !== 'person' || reporters.has(e.ref)) continue;
    let w = ctx.text.slice(Math.max(0, m.start - 60), m.end);
    const cut = Math.max(w.search(/["“”«»][^"“”«»]*$/), w.lastIndexOf('. '));
    if (cut >= 0) w = w.slice(cut + 1);
    const lw = w.toLowerCase();
    if (syn.some((s) => lw.includes(s)) && (!stems.length || stems.some((st) => lw.includes(st)))) return e.ref;
  }
  if (last && pos - last.pos < 3000) return last.ref;
  return nearestPerson(ctx, pos, reporters);
}

// ------------------------------------------------------------------ helpers
function mentionEntities(ctx: Ctx, a: number, b: number): DocEntity[] {
  const out: DocEntity[] = [];
  for (const m of mentionsIn(ctx, a, b)) {
    const e = ctx.ents.get(m.ref);
    if (e && !out.includes(e)) out.push(e);
  }
  return out;
}

/** Mentions fully inside [a, b), in text order (binary search on the sorted list). */
function mentionsIn(ctx: Ctx, a: number, b: number): DocMention[] {
  const ms = ctx.mentions;
  let lo = 0, hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid].start < a) lo = mid + 1;
    else hi = mid;
  }
  const out: DocMention[] = [];
  for (let i = lo; i < ms.length && ms[i].start < b; i++) if (ms[i].end <= b) out.push(ms[i]);
  return out;
}

function mentionStartingNear(ctx: Ctx, pos: number, slack: number): DocMention | null {
  const ms = mentionsIn(ctx, pos, pos + slack + 200);
  for (const m of ms) {
    if (m.start - pos > slack && !/^\s*(?:the\s+)?$/i.test(ctx.text.slice(pos, m.start)) && !MEDIA_DESCRIPTOR.test(ctx.text.slice(pos, m.start))) break;
    return m;
  }
  return null;
}

function sentenceAt(ctx: Ctx, pos: number): Sentence | null {
  const ss = ctx.sentences;
  let lo = 0, hi = ss.length - 1, ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ss[mid].start <= pos) { ans = mid; lo = mid + 1; } else hi = mid - 1;
  }
  if (ans < 0) return null;
  return pos < ss[ans].end + 1 ? ss[ans] : null;
}

/** End of the attribution clause after a closing mark: the sentence end, a quote mark or the limit. */
function clauseEnd(text: string, from: number, paraEnd: number): number {
  const lim = Math.min(paraEnd, from + 300);
  const t = text.slice(from, lim);
  let end = lim;
  const q = t.search(/["“«„]/);
  if (q >= 0) end = Math.min(end, from + q);
  const sm = SENT_END.exec(t.replace(/\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sen|Rep|Gov|Prof|St|[A-Z])\./g, (x) => x.replace('.', '_')));
  if (sm) end = Math.min(end, from + sm.index);
  return end;
}

/** End of a noun phrase (a name with an optional appositive stops at the next clause break). */
function npEndAt(text: string, from: number, to: number): number {
  const t = text.slice(from, to);
  const m = /\s*(?:[,;:(]|\.(?:\s|$)|\s+(?:said|says|told|added|reported|in\s+an\s+interview|who|which|that)\b)/i.exec(t);
  return trimEnd(text, from, m ? from + m.index : to);
}

const skipSpace = (text: string, i: number): number => {
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
};
const skipSpaceAndCommas = (text: string, i: number): number => {
  while (i < text.length && /[\s,—–-]/.test(text[i])) i++;
  return i;
};
const trimEnd = (text: string, a: number, b: number): number => {
  while (b > a && /[\s,]/.test(text[b - 1])) b--;
  return b;
};
function countWords(text: string, a: number, b: number): number {
  let n = 0, inWord = false;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    const w = !(c === 32 || c === 10 || c === 9 || c === 13 || c === 160);
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}
