/**
 * Quotations in Russian and Turkish news prose (English is src/extract/quotes.ts).
 *
 * Russian
 *  - direct, attribution after the quote: `«…», — сказал Лавров.`, `«…!» — заявил он.`
 *  - direct, attribution before: `Лавров заявил: «…»`, `По словам Лаврова, «…»`
 *  - indirect: `X заявил(а), что …`, `По словам X, …`, `По данным X, …`, `Как сообщил X, …`
 * Turkish (subject-first, verb-last)
 *  - direct: `X, “…” dedi.`, `X görüşmede, “…” dedi.`, `“…” diye konuştu.`, `X şunları söyledi: “…”`
 *  - indirect: `X, …-dığını/-eceğini söyledi/açıkladı/belirtti/vurguladı.`, `…-dığını belirterek`,
 *    `X'e göre …`, `X'in verdiği bilgiye göre …`
 *
 * Speakers: an explicit name after the verb (ru), the subject of the clause (the person
 * mention closest before the verb in Russian; the first mention of the sentence, preferring
 * one that ends right before a comma, in Turkish). A pronoun ("он", "она") or a dropped Turkish
 * subject ("“…” dedi.") takes the speaker of a quote in the same or the previous sentence, else
 * the first person of the previous sentence. No speaker found stays null.
 */
import type { DocEntity, DocMention, DocQuote, Sentence } from '../model/index.js';
import { findQuoteSegments, paragraphsOf } from './quotes-marks.js';

export type QuoteLanguage = 'ru' | 'tr';

const RU_VERB =
  '(?:заявил|сказал|отметил|подчеркнул|сообщил|добавил|пояснил|указал|заверил|призвал|напомнил|признал|констатировал|предупредил|уточнил|рассказал|написал|ответил|выразил\\s+уверенность|считает|полагает|уверен)(?:а|и|о)?';
const RU_PRONOUN = /^(?:он|она|они)$/i;
const RU_ROLE = /^(?:министр|президент|глава|премьер|посол|дипломат|представитель|пресс-секретарь|спикер|лидер|политик|эксперт|аналитик)/i;

const TR_VERB =
  '(?:dedi|söyledi|açıkladı|belirtti|vurguladı|kaydetti|bildirdi|aktardı|ifade\\s+etti|dile\\s+getirdi|diye\\s+konuştu|şeklinde\\s+konuştu|ifadelerini\\s+kullandı|belirterek|vurgulayarak|söyleyerek|kaydederek|ifade\\s+ederek|açıklayarak|hatırlattı|uyardı|yanıtladı|dedi\\s+ki)';

// direct, attribution after the closing mark
const RU_AFTER = new RegExp(`^\\s*[,.!?…]?\\s*[—–-]\\s*(${RU_VERB})(?![\\p{L}])\\s*`, 'iu');
const RU_BEFORE = new RegExp(`(?:^|[\\s,])(${RU_VERB})(?:\\s+[^\\s:«»"“”„]+){0,3}\\s*[:,]\\s*$`, 'iu');
const RU_ACCORDING = /(?:^|[\s,.;:—–-])((?:по\s+(?:словам|данным|информации|мнению|сообщению|оценке))|(?:как\s+(?:заявил|сказал|сообщил|отметил|подчеркнул|пояснил|рассказал)[аио]?))\s+([^,«»]{1,100}?),\s*/iu;
const RU_THAT = new RegExp(`(?:^|[\\s,])(${RU_VERB})(?![\\p{L}])([^.!?«»]{0,80}?),\\s+(?:что|будто)\\s+`, 'iu');

const TR_AFTER = new RegExp(`^\\s*[,.]?\\s*(${TR_VERB})(?![\\p{L}])`, 'iu');
const TR_BEFORE = new RegExp(`(?:^|\\s)(${TR_VERB}|şunları\\s+söyledi|şöyle\\s+konuştu)\\s*:\\s*$`, 'iu');
const TR_INDIRECT = new RegExp(`(?:^|\\s)(${TR_VERB})(?![\\p{L}])`, 'giu');
/** The nominalised verb that ends reported content: -dığını, -eceğini, -masını, olduğunu ... */
const TR_NOMINAL = /(?:[dt][ıiuü]ğ[ıiuü]n[ıiuü]|[ae]c[ae]ğ[ıiuü]n[ıiuü]|m[ae]s[ıiuü]n[ıiuü]|m[ae]kt[ae]|[dt][ıiuü]ğ[ıiuü])$/iu;
const TR_GORE = /^(.{1,100}?)\s+göre\s*,?\s+/iu;

const SPEAKER_TYPES = new Set(['person', 'organization', 'media', 'country', 'group']);

type Ctx = {
  text: string;
  lang: QuoteLanguage;
  ents: Map<string, DocEntity>;
  mentions: DocMention[];
  sentences: Sentence[];
  /** speakers already attributed, by sentence index */
  spoke: Map<number, string>;
};

/** Russian/Turkish quotations. Never throws: bad input gives []. */
export function extractQuotesMl(lang: QuoteLanguage, text: string, sentences: Sentence[], entities: DocEntity[], mentions: DocMention[]): DocQuote[] {
  if (typeof text !== 'string' || !text) return [];
  try {
    const ctx: Ctx = {
      text,
      lang,
      ents: new Map((entities ?? []).map((e) => [e.ref, e])),
      mentions: (mentions ?? []).filter((m) => m && m.end > m.start && m.end <= text.length).slice().sort((a, b) => a.start - b.start),
      sentences: (sentences ?? []).slice().sort((a, b) => a.start - b.start),
      spoke: new Map(),
    };
    return run(ctx);
  } catch {
    return [];
  }
}

type Found = { start: number; end: number; direct: boolean; cue: string; speaker: () => string | null; sent: number };

function run(ctx: Ctx): DocQuote[] {
  const { text } = ctx;
  const segs = findQuoteSegments(text, paragraphsOf(text));
  const found: Found[] = [];
  const directRanges: { start: number; end: number }[] = [];
  for (const seg of segs) {
    const qs = seg.open + 1;
    const qe = trimQuote(text, qs, seg.close);
    if (qe - qs < 3) continue;
    const f = ctx.lang === 'ru' ? directRu(ctx, seg.open, seg.close, qs, qe) : directTr(ctx, seg.open, seg.close, qs, qe);
    if (f) {
      found.push(f);
      directRanges.push({ start: seg.open, end: seg.close + 1 });
    }
  }
  const inDirect = (a: number, b: number) => directRanges.some((r) => a < r.end && b > r.start);
  for (let si = 0; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    const st = text.slice(s.start, s.end);
    for (const f of ctx.lang === 'ru' ? indirectRu(ctx, si, s, st) : indirectTr(ctx, si, s, st)) {
      if (f.end - f.start < 8 || inDirect(f.start, f.end)) continue;
      found.push(f);
    }
  }
  // resolve in text order so pronouns and dropped subjects see earlier speakers
  found.sort((a, b) => a.start - b.start);
  const out: DocQuote[] = [];
  for (const f of found) {
    const speaker = f.speaker();
    if (speaker) ctx.spoke.set(f.sent, speaker);
    out.push({ start: f.start, end: f.end, text: text.slice(f.start, f.end), direct: f.direct, speakerRef: speaker, reportedByRefs: [], cue: f.cue });
  }
  return out;
}

/** End of the quoted words: without the closing mark and a trailing comma or space. */
function trimQuote(text: string, s: number, e: number): number {
  while (e > s && /[\s,]/.test(text[e - 1])) e--;
  return e;
}

function sentenceIndex(ctx: Ctx, pos: number): number {
  const ss = ctx.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ss[mid].start <= pos) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

function mentionsIn(ctx: Ctx, a: number, b: number): DocMention[] {
  return ctx.mentions.filter((m) => m.start >= a && m.end <= b);
}

function typeOf(ctx: Ctx, m: DocMention): string {
  return ctx.ents.get(m.ref)?.type ?? '';
}

function firstSpeakerMention(ctx: Ctx, ms: DocMention[]): DocMention | null {
  return ms.find((m) => typeOf(ctx, m) === 'person') ?? ms.find((m) => SPEAKER_TYPES.has(typeOf(ctx, m))) ?? null;
}

/** Speaker of a pronoun or dropped subject at sentence `si`. */
function implicitSpeaker(ctx: Ctx, si: number, pos: number): string | null {
  const same = ctx.spoke.get(si);
  if (same) return same;
  const prev = ctx.spoke.get(si - 1);
  if (prev) return prev;
  if (si > 0) {
    const ps = ctx.sentences[si - 1];
    const m = firstSpeakerMention(ctx, mentionsIn(ctx, ps.start, ps.end).filter((x) => typeOf(ctx, x) === 'person'));
    if (m) return m.ref;
  }
  for (let i = ctx.mentions.length - 1; i >= 0; i--) {
    const m = ctx.mentions[i];
    if (m.end <= pos && typeOf(ctx, m) === 'person') return m.ref;
  }
  return null;
}

/** Russian subject: the person (else speaker-type) mention closest before `verbAt` in the clause. */
function subjectBeforeRu(ctx: Ctx, clauseStart: number, verbAt: number): string | null {
  const ms = mentionsIn(ctx, clauseStart, verbAt);
  for (let i = ms.length - 1; i >= 0; i--) if (typeOf(ctx, ms[i]) === 'person') return ms[i].ref;
  for (let i = ms.length - 1; i >= 0; i--) if (SPEAKER_TYPES.has(typeOf(ctx, ms[i]))) return ms[i].ref;
  return null;
}

/** Turkish subject: a mention ending right before the first comma, else the first person, else the first speaker-type mention. */
function subjectTr(ctx: Ctx, clauseStart: number, limit: number): string | null {
  const ms = mentionsIn(ctx, clauseStart, limit);
  const st = ctx.text.slice(clauseStart, limit);
  const comma = st.indexOf(',');
  if (comma >= 0) {
    const at = clauseStart + comma;
    const before = ms.filter((m) => m.end <= at && /^\s*$/.test(ctx.text.slice(m.end, at)) && SPEAKER_TYPES.has(typeOf(ctx, m)));
    if (before.length) return before[before.length - 1].ref;
  }
  return firstSpeakerMention(ctx, ms)?.ref ?? null;
}

// ------------------------------------------------------------------ Russian
function directRu(ctx: Ctx, open: number, close: number, qs: number, qe: number): Found | null {
  const { text } = ctx;
  const si = sentenceIndex(ctx, open);
  const after = RU_AFTER.exec(text.slice(close + 1, close + 120));
  if (after) {
    const verbEnd = close + 1 + after[0].length;
    const cue = after[1];
    const next = /^[\p{L}-]+/u.exec(text.slice(verbEnd, verbEnd + 40));
    return {
      start: qs, end: qe, direct: true, cue, sent: si,
      speaker: () => {
        if (next && RU_PRONOUN.test(next[0])) return implicitSpeaker(ctx, si, open);
        const ms = mentionsIn(ctx, verbEnd, verbEnd + 60).filter((m) => SPEAKER_TYPES.has(typeOf(ctx, m)));
        if (ms.length && ms[0].start - verbEnd <= 2) return ms[0].ref;
        if (next && RU_ROLE.test(next[0])) return implicitSpeaker(ctx, si, open);
        return ms.length && ms[0].start - verbEnd <= 25 ? ms[0].ref : null;
      },
    };
  }
  const s = si >= 0 ? ctx.sentences[si] : { start: 0, end: text.length };
  const lead = text.slice(s.start, open);
  const before = RU_BEFORE.exec(lead);
  if (before) {
    const verbAt = s.start + before.index + before[0].indexOf(before[1]);
    return { start: qs, end: qe, direct: true, cue: before[1], sent: si, speaker: () => subjectBeforeRu(ctx, s.start, verbAt) };
  }
  const acc = RU_ACCORDING.exec(lead);
  if (acc && /^\s*$/.test(lead.slice(acc.index + acc[0].length))) {
    const npStart = s.start + acc.index + acc[0].indexOf(acc[2], acc[1].length);
    const npEnd = npStart + acc[2].length;
    return { start: qs, end: qe, direct: true, cue: acc[1].toLowerCase(), sent: si, speaker: () => firstSpeakerMention(ctx, mentionsIn(ctx, npStart, npEnd))?.ref ?? null };
  }
  return null;
}

function indirectRu(ctx: Ctx, si: number, s: Sentence, st: string): Found[] {
  const out: Found[] = [];
  const that = RU_THAT.exec(st);
  if (that) {
    const verbAt = s.start + that.index + that[0].indexOf(that[1]);
    const cs = s.start + that.index + that[0].length;
    const ce = trimEnd(ctx.text, cs, clauseEndRu(ctx.text, cs, s.end));
    out.push({ start: cs, end: ce, direct: false, cue: that[1], sent: si, speaker: () => subjectBeforeRu(ctx, s.start, verbAt) });
    return out;
  }
  const acc = RU_ACCORDING.exec(st);
  if (acc && acc.index <= 1) {
    const npStart = s.start + acc.index + acc[0].indexOf(acc[2], acc[1].length);
    const npEnd = npStart + acc[2].length;
    const cs = s.start + acc.index + acc[0].length;
    const ce = trimEnd(ctx.text, cs, s.end);
    const ms = mentionsIn(ctx, npStart, npEnd);
    if (ms.length) out.push({ start: cs, end: ce, direct: false, cue: acc[1].toLowerCase(), sent: si, speaker: () => firstSpeakerMention(ctx, ms)?.ref ?? null });
  }
  return out;
}

// ------------------------------------------------------------------ Turkish
function directTr(ctx: Ctx, open: number, close: number, qs: number, qe: number): Found | null {
  const { text } = ctx;
  const si = sentenceIndex(ctx, open);
  const s = si >= 0 ? ctx.sentences[si] : { start: 0, end: text.length };
  const after = TR_AFTER.exec(text.slice(close + 1, close + 60));
  const before = after ? null : TR_BEFORE.exec(text.slice(s.start, open));
  if (!after && !before) return null;
  const cue = (after ?? before)![1];
  return {
    start: qs, end: qe, direct: true, cue, sent: si,
    speaker: () => {
      const subj = subjectTr(ctx, s.start, open);
      return subj ?? implicitSpeaker(ctx, si, open);
    },
  };
}

function indirectTr(ctx: Ctx, si: number, s: Sentence, st: string): Found[] {
  const out: Found[] = [];
  const gore = TR_GORE.exec(st);
  if (gore) {
    const ms = mentionsIn(ctx, s.start, s.start + gore[1].length);
    if (ms.length) {
      const cs = s.start + gore[0].length;
      const ce = trimEnd(ctx.text, cs, s.end);
      out.push({ start: cs, end: ce, direct: false, cue: 'göre', sent: si, speaker: () => firstSpeakerMention(ctx, ms)?.ref ?? null });
      return out;
    }
  }
  TR_INDIRECT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TR_INDIRECT.exec(st)) !== null) {
    const verbAt = m.index + m[0].indexOf(m[1]);
    const lead = st.slice(0, verbAt).trimEnd();
    const lastWord = /[\p{L}'’]+$/u.exec(lead);
    if (!lastWord || !TR_NOMINAL.test(lastWord[0])) continue;
    // content starts after the subject: the first comma of the sentence, else the sentence start
    const comma = lead.indexOf(',');
    let cs = s.start + (comma >= 0 ? comma + 1 : 0);
    while (cs < s.end && /\s/.test(ctx.text[cs])) cs++;
    const ce = s.start + lead.length;
    const limit = s.start + verbAt;
    out.push({ start: cs, end: ce, direct: false, cue: m[1], sent: si, speaker: () => subjectTr(ctx, s.start, Math.max(cs, limit)) ?? implicitSpeaker(ctx, si, s.start) });
    break;
  }
  return out;
}

/** ", и поблагодарил …": a second predicate of the reporting subject ends the reported clause. */
const RU_NEXT_PREDICATE = /,\s+(?:и|а|но)\s+(?:также\s+)?[\p{Ll}]+(?:ил|ал|ел|ял|ул|ёл)(?:а|и|ся|ась|ись)?(?![\p{L}])/u;
function clauseEndRu(text: string, a: number, b: number): number {
  const m = RU_NEXT_PREDICATE.exec(text.slice(a, b));
  return m ? a + m.index : b;
}

function trimEnd(text: string, a: number, b: number): number {
  while (b > a && /[\s.!?…;:,]/.test(text[b - 1])) b--;
  return b;
}
