/**
 * Turkish statements reported in the passive, the usual way agency prose gives a body's words:
 *
 *  - `Bakanlıktan yapılan açıklamada, iki ülkenin … anlaştığı belirtildi.`
 *  - `Dışişleri Bakanlığı'nın yazılı açıklamasında, “…” ifadesine yer verildi.`
 *  - `Açıklamada, “…” denildi.` (the statement named in an earlier sentence)
 *
 * The passive verb names no speaker: the statement phrase does. Its author is the ablative before
 * "yapılan/yayımlanan" ("Bakanlıktan", "Kremlin'den"), the genitive before the possessed noun
 * ("Bakanlığı'nın açıklamasında") or the noun before "tarafından"; a bare "Açıklamada" is the
 * statement the text last named ("X, … bir açıklama yaptı." / an earlier statement phrase). A
 * lower-case body noun ("Bakanlıktan") is the body of that kind the text named before. With no
 * author found nothing is read: a passive is never given to the most salient person.
 */
import { TR_PASSIVE_CUES } from '../nlp/lexicon/speech-verbs.js';
import {
  trimSpan,
  type Attribution,
  type Relay,
  type FinderInput,
  type Span,
  type Tok,
  type Unit,
} from './quotes-types.js';

/**
 * What one document remembers between sentences: the author of the statement named last, and
 * the index of the unit whose passive statement was read last ("Ayrıca … kaydedildi." right
 * after it goes on with the same statement).
 */
export type StatementMemory = {
  author: Span | null;
  lastUnit: number;
  /**
   * "X, AA muhabirine açıklama yaptı.": a sentence saying only that X spoke to a medium; X's words
   * in the next two sentences came through it (the speaker's last name, the relays, the unit)
   */
  heard?: { name: string; relays: Relay[]; unit: number } | null;
};

/** Nouns for a statement, in the locative (possessed or not): "açıklamada", "bildirisinde". */
const STATEMENT_LOCATIVE =
  /^(?:açıklama|bildiri|mesaj|paylaşım|yazı|rapor|duyuru|nota|metin|genelge|tweet|yazılı açıklama)(?:s[ıi]|lar[ıi]|ler[ıi])?nda$|^(?:açıklama|bildiri|mesaj|paylaşım|duyuru|rapor|nota|metin)(?:lar|ler)?d[ae]$/u;
/** Participles after the author in the ablative: "Bakanlıktan yapılan açıklamada". */
const MADE = /^(?:yapılan|yayımlanan|yayınlanan|gönderilen|paylaşılan|iletilen)$/u;
/** An ablative ending: "Bakanlıktan", "Kremlin'den", "Bakanlığı'ndan". */
const ABLATIVE = /(?:['’]?(?:n?[dt][ae]n))$/u;
/** A genitive ending: "Bakanlığı'nın", "Aliyev'in", "Kremlin'in". */
const GENITIVE = /(?:['’](?:n?[ıiuü]n)|[ıiuü]n|n[ıiuü]n)$/u;
/** Reported content before the passive cue: a nominalised verb in the nominative ("anlaştığı", "açılacağı", "olmaları"). */
const NOMINATIVE_CLAUSE =
  /(?:[dt][ıiuü]ğ[ıiuü]|[ae]c[ae]ğ[ıiuü]|(?:[dt][ıiuü]k|[ae]c[ae]k)l[ae]r[ıiuü]|m[ae]s[ıiuü]|m[ae]l[ae]r[ıiuü])$/u;
/** Words that may stand between the author and the participle or the statement noun ("yazılı", "ortak"). */
const STATEMENT_ADJ =
  /^(?:yazılı|ortak|resmi|resmî|son|yeni|bir|konuya|ilişkin|dair|ilgili|sosyal|medya|hesabından|internet|sitesinden)$/u;
/** The verbs that make "X … açıklama yaptı" name a statement for a later bare "Açıklamada". */
const ISSUED = /^(?:yaptı|yayımladı|yayınladı|paylaştı|gönderdi|yaptılar)$/u;

type Ctx = {
  text: string;
  toks: readonly Tok[];
  input: FinderInput;
  unit: Unit;
  unitIndex: number;
  memory: StatementMemory;
  /** the subject at the head of the unit, read as the unit's other attributions read it */
  subjectBefore(upTo: number): Span | null;
};

/** The attributions of the unit's passive statement, at most one; updates the memory. */
export function passiveStatement(ctx: Ctx): Attribution | null {
  const { toks } = ctx;
  rememberIssued(ctx);
  // the cue ends the unit: the last words before the final stop
  let end = toks.length;
  while (end > 0 && toks[end - 1].kind === 'p') end--;
  let cue: { i: number; text: string } | null = null;
  for (let n = 3; n >= 1 && !cue; n--) {
    if (end - n < 1) continue;
    const words = toks.slice(end - n, end);
    if (words.some((t) => t.kind !== 'w')) continue;
    const phrase = words.map((t) => t.l).join(' ');
    if (TR_PASSIVE_CUES.has(phrase)) cue = { i: end - n, text: phrase };
  }
  if (!cue) return null;
  const before = toks[cue.i - 1];
  if (!before) return null;
  // the statement phrase: its locative noun among the unit's first words, before the content
  let loc = -1;
  for (let i = 0; i < Math.min(cue.i - 1, 14); i++)
    if (toks[i].kind === 'w' && STATEMENT_LOCATIVE.test(toks[i].l)) {
      loc = i;
      break;
    }
  // no statement phrase: a sentence right after a statement's goes on with it ("Ayrıca, …
  // başlatılacağı kaydedildi.")
  const goesOn = loc < 0 && ctx.memory.lastUnit === ctx.unitIndex - 1 && ctx.memory.author !== null;
  if (loc < 0 && !goesOn) return null;
  let k = loc + 1;
  if (toks[k]?.t === ',') k++;
  // "… ayrıca …", "… ise …": particles opening the content
  while (k < cue.i && /^(?:ise|ayrıca|de|da)$/u.test(toks[k].l)) k++;
  if (toks[k]?.t === ',') k++;
  let content: Span;
  let direct = false;
  if (before.kind === 'q' && k === cue.i - 1) {
    const g = ctx.input.segs[before.seg];
    content = trimSpan(ctx.text, g.open + 1, g.close, /[\s,;:]/);
    direct = true;
  } else if (before.kind === 'w' && NOMINATIVE_CLAUSE.test(before.l) && k < cue.i - 1) {
    content = trimSpan(ctx.text, toks[k].s, before.e);
  } else return null;
  if (content.end - content.start < 8) return null;
  const author = (loc >= 0 ? authorOf(ctx, loc) : null) ?? ctx.memory.author;
  if (!author) return null;
  ctx.memory.author = author;
  ctx.memory.lastUnit = ctx.unitIndex;
  return {
    content,
    direct,
    cue: { start: toks[cue.i].s, end: toks[end - 1].e },
    cueText: cue.text,
    kind: 'speech',
    source: author,
    mode: 'np',
    relays: [],
    at: toks[cue.i].s,
  };
}

/** The author named in the statement phrase ending at the locative noun `loc`, or null. */
function authorOf(ctx: Ctx, loc: number): Span | null {
  const { toks } = ctx;
  let j = loc - 1;
  while (j >= 0 && toks[j].kind === 'w' && STATEMENT_ADJ.test(toks[j].l) && !MADE.test(toks[j].l)) j--;
  if (j < 0) return null;
  if (MADE.test(toks[j].l)) {
    j--;
    while (j >= 0 && toks[j].kind === 'w' && STATEMENT_ADJ.test(toks[j].l)) j--;
    if (j < 0) return null;
    // "X tarafından yapılan açıklamada"
    if (toks[j].l === 'tarafından') return nameEndingAt(ctx, j - 1);
    if (!ABLATIVE.test(toks[j].l)) return null;
    return nameEndingAt(ctx, j);
  }
  // "Bakanlığın açıklamasında", "Kremlin'in yazılı açıklamasında": the possessed noun
  if (!/s[ıi]nda$|lar[ıi]nda$|ler[ıi]nda$/u.test(toks[loc].l)) return null;
  if (GENITIVE.test(toks[j].l)) return nameEndingAt(ctx, j);
  // the compound without the genitive: "Dışişleri Bakanlığı açıklamasında", "Bakanlık
  // açıklamasında" — the body's name in the nominative, opening the sentence
  if (!bodyOpensAt(ctx, j)) return null;
  return nameEndingAt(ctx, j);
}

/** Whether the words up to token `j` are the sentence's opening words, a name with no case ending. */
function bodyOpensAt(ctx: Ctx, j: number): boolean {
  const { toks } = ctx;
  if (toks[j].kind !== 'w' || /['’]/u.test(toks[j].t)) return false;
  let s = j;
  while (s > 0 && toks[s - 1].kind === 'w' && toks[s - 1].cap) s--;
  return s === 0;
}

/**
 * The author phrase ending at token `j`: a capitalised run the text mentions ("Dışişleri
 * Bakanlığı'ndan"), or a lower-case body noun standing for the body of that kind named before
 * ("Bakanlıktan": the last "… Bakanlığı" mentioned).
 */
function nameEndingAt(ctx: Ctx, j: number): Span | null {
  const { toks, text, input } = ctx;
  if (j < 0 || toks[j].kind !== 'w') return null;
  if (toks[j].cap) {
    let s = j;
    while (s > 0 && toks[s - 1].kind === 'w' && toks[s - 1].cap && j - s < 5) s--;
    const span = trimSpan(text, toks[s].s, toks[j].e);
    if (input.mentionAt(span.start, span.end)) return span;
    // "Bakanlığın açıklamasında, …": a body noun capitalised only because it opens the sentence
    if (j !== 0) return null;
  }
  // a body noun: the stem before its case ending, matched against capitalised words before
  const stem = toks[j].l.replace(/(?:[dt][ae]n|n[ıiuü]n|[ıiuü]n)$/u, '');
  if (stem.length < 4) return null;
  const prefix = stem.slice(0, Math.max(4, stem.length - 1)).toLocaleLowerCase('tr');
  const re = /\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,4}/gu;
  let best: Span | null = null;
  for (const m of text.slice(0, toks[j].s).matchAll(re)) {
    const words = m[0].split(/\s+/);
    const last = words[words.length - 1].toLocaleLowerCase('tr');
    if (words.length < 2 || !last.startsWith(prefix)) continue;
    const start = m.index!;
    const end = start + m[0].length;
    if (input.mentionAt(start, end)) best = { start, end };
  }
  return best;
}

/**
 * "Dışişleri Bakanlığı, … yazılı bir açıklama yaptı.": the subject issued a statement. So did the
 * subject of "X, yazılı açıklamasında, …" and "X, yaptığı açıklamada, …" (X's statement): a
 * later bare "Açıklamada" is that one, not a statement named before it.
 */
function rememberIssued(ctx: Ctx): void {
  const { toks } = ctx;
  for (let i = 1; i < toks.length; i++) {
    if (!ISSUED.test(toks[i].l) || !/^açıklama(?:lar)?$/u.test(toks[i - 1].l)) continue;
    const src = ctx.subjectBefore(i - 1);
    if (src) ctx.memory.author = src;
    return;
  }
  for (let i = 1; i < Math.min(toks.length, 12); i++) {
    const own =
      OWN_STATEMENT.test(toks[i].l) ||
      (STATEMENT_LOCATIVE.test(toks[i].l) &&
        toks.slice(Math.max(0, i - 3), i).some((t) => t.l === 'yaptığı'));
    if (!own) continue;
    // the subject stands before the statement phrase, set off by its comma
    let j = i - 1;
    while (j > 0 && toks[j].kind === 'w' && (STATEMENT_ADJ.test(toks[j].l) || toks[j].l === 'yaptığı')) j--;
    if (toks[j]?.t !== ',') return;
    const src = ctx.subjectBefore(j + 1);
    if (src) ctx.memory.author = src;
    return;
  }
}

/** A statement possessed by the subject, in the locative: "açıklamasında", "mesajında", "paylaşımında". */
const OWN_STATEMENT = /^(?:açıklama|bildiri|mesaj|paylaşım|yazı)(?:s[ıi]|lar[ıi]|ler[ıi]|[ıi])nda$/u;
