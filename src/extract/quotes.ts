/**
 * Quotations and reported speech: who said what, and through whom the document knows it.
 *
 * An attribution is source + cue + content (+ relays). The pipeline, linear in the text:
 * 1. quotes-marks.ts pairs quotation marks into segments per paragraph; sentences are merged into
 *    units that no quotation crosses (quotes-types.ts).
 * 2. A finder per language reads the cues and their sources, contents and relays:
 *    quotes-en.ts (English), quotes-ru.ts (Russian), quotes-tr.ts (Turkish). Lexicons are data in
 *    src/nlp/lexicon/ (speech verbs, relay cues, role nouns, pronouns).
 * 3. Here, the rest is language-neutral:
 *    - a paragraph ending with an introduction ("X said:", "Erdoğan'ın açıklamaları:") gives the
 *      following quoted, bulleted or first-person paragraphs to its source;
 *    - a quotation with no attribution continues the last speaker (same or previous paragraph, or
 *      the quotation it continues across paragraphs); one opening the article takes the speaker
 *      attributed right after it;
 *    - sources are resolved in text order by the speaker resolver (quotes-speaker.ts: names,
 *      pronouns, role nouns, institutions; gender, number, office at the date, salience);
 *    - relays resolve to media, people or organisations and go to `reportedByRefs` (nearest
 *      first, then the outlet a relaying journalist writes for), never to the speaker; a medium
 *      is the speaker only when it is the sole source ("according to Reuters, …").
 * 4. Interviews printed as questions and answers (quotes-qa.ts) replace what was read inside.
 * Unknown speakers stay null; `speakerText` keeps the phrase the text used ("a source").
 */
import type { DocEntity, DocMention, DocQuote, Sentence, TimeExpression } from '../model/index.js';
import { extractTimes } from '../nlp/time.js';
import type { Gazetteer } from '../resolve/gazetteer.js';
import { languageFamily, textFamily } from '../nlp/lang.js';
import { splitSentences } from '../nlp/sentences.js';
import { SentenceDocs } from '../nlp/sentence-docs.js';
import { findQuoteSegments, paragraphsOf, type QuoteSegment, type Range } from './quotes-marks.js';
import { qaQuotes } from './quotes-qa.js';
import { SpeakerResolver, type QuoteLang, type SourceForm } from './quotes-speaker.js';
import {
  buildUnits,
  countWords,
  trimSpan,
  type Attribution,
  type ColonIntro,
  type ContentKind,
  type FinderInput,
  type FinderOutput,
  type ParagraphRelay,
  type Unit,
} from './quotes-types.js';
import { findEnglish } from './quotes-en.js';
import { englishCueIndex } from '../nlp/lexicon/speech-verbs.js';
import { findRussian } from './quotes-ru.js';
import { findTurkish } from './quotes-tr.js';

export type QuoteOptions = {
  /** publication date (ISO), for offices held at the date */
  published?: string | null;
  /** the gazetteer, for offices and demonyms; without it only roles read in the text count */
  gazetteer?: Gazetteer | null;
  /**
   * the document's sentence Docs (annotate.ts shares one with the event stage, so each English
   * sentence is tagged and parsed once); made here from `sentences` when absent or not for this text
   */
  sentenceDocs?: SentenceDocs | null;
  /** the document's time expressions (annotate's); found here, when first asked for, if absent */
  times?: readonly TimeExpression[] | null;
  /** ISO 639-1 language of the article (cleaning's detector): settles a short text's family (nlp/lang.ts) */
  language?: string | null;
};

const FINDERS: Record<QuoteLang, (input: FinderInput) => FinderOutput> = {
  en: findEnglish,
  ru: findRussian,
  tr: findTurkish,
};
/** a standalone quotation needs this many words to be a quotation rather than a quoted term */
const STANDALONE_MIN_WORDS = 5;
const MAX_INTRO_PARAGRAPHS = 12;
const FIRST_PERSON: Record<QuoteLang, RegExp> = {
  en: /(?<![\p{L}])(?:I|we|We|our|Our|my|My|us|I'm|we're|we've|I've)(?![\p{L}])/u,
  ru: /(?<![\p{L}])(?:я|Я|мы|Мы|наш|Наш|наши|нас|нам|мне|меня)(?![\p{L}])/u,
  // first-person verbs, and "our …" with its case ending ("Teşkilatımızın", "ülkemize")
  tr: /(?<![\p{L}])(?:ben|biz|Ben|Biz)(?![\p{L}])|\p{L}{3,}(?:yorum|yoruz|ıyorum|iyorum|uyorum|üyorum|dık|dik|duk|dük|tık|tik|tuk|tük|ız|iz|uz|üz|ım|im|um|üm|acağız|eceğiz|abiliriz|ebiliriz|malıyız|meliyiz)(?![\p{L}])|\p{L}{3,}(?:ımız|imiz|umuz|ümüz)(?:ın|in|un|ün|a|e|ı|i|u|ü|da|de|dan|den|la|le)?(?![\p{L}])/u,
};
const BULLET = /^\s*(?:[-–—•*▪►]|\d+[.)])\s+/;

/**
 * An attribution of the attribution layer: a quote (`quote: true`, what `extractQuotes` gives)
 * or an attribution whose content is not someone's words to quote (`quote: false`: "announced
 * his resignation", "has not said when …", "The ad mentions X"), with what its content is.
 */
export type DocAttribution = DocQuote & { content: ContentKind; quote: boolean };

/**
 * Extract quotations. `entities`/`mentions` come from extractEntities (or hand-made fixtures).
 * Never throws: bad input gives [].
 */
export function extractQuotes(
  text: string,
  sentences: Sentence[] | null,
  entities: DocEntity[],
  mentions: DocMention[],
  opts: QuoteOptions = {},
): DocQuote[] {
  return extract(text, sentences, entities, mentions, opts, false).map(
    ({ content: _c, quote: _q, ...q }) => q,
  );
}

/**
 * Every attribution (the attribution layer, scored on PolNeAR by bench/attribution-eval.mjs):
 * the quotes of `extractQuotes`, plus, in English, the attributions that are not quotes
 * (quotes-en-other.ts) and those whose source is a thing ("the ad mentions …"), `quote: false`.
 * The extra reading costs parsing, so the quote export does not run it. Never throws.
 */
export function extractAttributions(
  text: string,
  sentences: Sentence[] | null,
  entities: DocEntity[],
  mentions: DocMention[],
  opts: QuoteOptions = {},
): DocAttribution[] {
  return extract(text, sentences, entities, mentions, opts, true);
}

function extract(
  text: string,
  sentences: Sentence[] | null,
  entities: DocEntity[],
  mentions: DocMention[],
  opts: QuoteOptions,
  wide: boolean,
): DocAttribution[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    // ASCII typesetting of double quotes (``…'' and ''…''): read as "…", same offsets; the output quotes the original text
    const marks = /''|``/.test(text) ? asciiDoubleQuotes(text) : text;
    const out = run(
      marks,
      Array.isArray(sentences) ? sentences : splitSentences(text),
      Array.isArray(entities) ? entities : [],
      Array.isArray(mentions) ? mentions : [],
      opts ?? {},
      wide,
    );
    if (marks !== text)
      for (const q of out) {
        q.text = text.slice(q.start, q.end);
        if (q.source) q.speakerText = text.slice(q.source.start, q.source.end);
      }
    return out;
  } catch {
    return [];
  }
}

/**
 * `''We are refugees,'' she said` -> ` "We are refugees," " she said`: each two-character ASCII
 * double quote becomes a space and a `"` on the side of the quoted words, so offsets do not move.
 */
function asciiDoubleQuotes(text: string): string {
  return text.replace(/``|''/g, (m, at: number) => {
    const next = text[at + 2] ?? ' ';
    const prev = at > 0 ? text[at - 1] : ' ';
    const opening = m === '``' || (/[\s([{—–-]/.test(prev) && !/\s/.test(next));
    return opening ? ' "' : '" ';
  });
}

type Resolved = Attribution & {
  ref: string | null;
  reporters: string[];
  unit: number;
  paragraph: number;
  form?: SourceForm;
};

function run(
  text: string,
  sentences: Sentence[],
  entities: DocEntity[],
  mentions: DocMention[],
  opts: QuoteOptions,
  wide: boolean,
): DocAttribution[] {
  const fam = textFamily(text, opts.language);
  const lang: QuoteLang = fam === 'ru' || fam === 'tr' ? fam : 'en';
  const paragraphs = paragraphsOf(text);
  const segs = findQuoteSegments(text, paragraphs);
  const units = buildUnits(sentences, segs, paragraphs, text);
  const ms = mentions
    .filter((m) => m && m.end > m.start && m.end <= text.length)
    .slice()
    .sort((a, b) => a.start - b.start);
  const ents = new Map(entities.map((e) => [e.ref, e]));
  const mentionStarts = ms.map((m) => m.start);
  const firstMentionFrom = (a: number) => lowerBound(mentionStarts, a);
  let timeEnds: Map<number, number> | null = null;
  const input: FinderInput = {
    text,
    units,
    segs,
    personAt: (a, b) => {
      for (let i = firstMentionFrom(a); i < ms.length && ms[i].start < b; i++)
        if (ms[i].end <= b && ents.get(ms[i].ref)?.type === 'person') return true;
      return false;
    },
    mentionAt: (a, b) => {
      const i = firstMentionFrom(a);
      return i < ms.length && ms[i].start < b;
    },
    mediumAt: (a) => {
      for (let i = firstMentionFrom(a); i < ms.length && ms[i].start === a; i++)
        if (ents.get(ms[i].ref)?.type === 'media') return ms[i].end;
      return -1;
    },
    timeEndAt: (a) => {
      timeEnds ??= new Map(
        (opts.times ?? extractTimes(text, opts.published ?? null, sentences, lang)).map((t) => [
          t.start,
          t.end,
        ]),
      );
      return timeEnds.get(a) ?? -1;
    },
    wide,
    // the tree reader is English: a shared set for another language or another text is not used
    sentenceDocs:
      opts.sentenceDocs && opts.sentenceDocs.lang === 'en' && opts.sentenceDocs.text === text
        ? opts.sentenceDocs
        : new SentenceDocs(text, 'en', sentences),
  };
  const found = findAll(text, lang, input, paragraphs);
  const attributions = [...found.attributions];
  addParagraphRelays(found.paragraphRelays, attributions, paragraphs);
  addIntroductions(text, lang, found.intros, attributions, segs, paragraphs);
  addUnattributedQuotes(text, attributions, segs, paragraphs, units);

  const quoted = segs.map((g) => ({ start: g.open, end: g.close }));
  const resolver = new SpeakerResolver({
    text,
    lang,
    entities,
    mentions: ms,
    sentences,
    quoted,
    verbIn: lang === 'en' ? (a, b) => verbIn(input.sentenceDocs, a, b) : undefined,
    published: opts.published ?? null,
    gazetteer: opts.gazetteer ?? null,
  });
  const resolved = resolveAll(text, attributions, units, paragraphs, resolver, ents);
  const canSpeak = (ref: string | null) => resolver.canSpeak(ref);
  const rejected: Resolved[] | undefined = wide ? [] : undefined;
  let out = finalize(text, resolved, canSpeak, rejected);
  if (wide) out = withOthers(text, out, [...(found.others ?? []), ...rejected!], resolver, ents, canSpeak);
  // interview answers are the interviewee's words: they replace whatever was read inside them
  const qa = qaQuotes(text, paragraphs, entities, ms).map((q) => ({
    ...q,
    source: null,
    speakerText: null,
    kind: 'speech' as const,
    content: 'quotation' as const,
    quote: true,
  }));
  if (!qa.length) return out;
  const inside = (q: DocQuote) => qa.some((a) => q.start < a.end && q.end > a.start);
  return [...out.filter((q) => !inside(q)), ...qa].sort((a, b) => a.start - b.start);
}

/** Does the tagger put a verb or auxiliary in [start, end)? null when no sentence covers it. */
function verbIn(docs: SentenceDocs, start: number, end: number): boolean | null {
  const sd = docs.span(start, end, { parse: false });
  if (!sd || !sd.doc.tagged) return null;
  const { first, last } = sd.doc.tokensIn(start - sd.offset, end - sd.offset);
  for (let i = first; i < last; i++) {
    const t = sd.doc.upos(i);
    if (t === 'VERB' || t === 'AUX') return true;
  }
  return false;
}

/**
 * The attribution layer's extra attributions, after the quotes: resolved in text order without
 * becoming salient speakers (so the quotes' own resolution is what the export gets), and kept
 * when no quote already holds most of their content.
 */
function withOthers(
  text: string,
  quotes: DocAttribution[],
  others: Resolved[] | Attribution[],
  resolver: SpeakerResolver,
  ents: Map<string, DocEntity>,
  canSpeak: (ref: string | null) => boolean,
): DocAttribution[] {
  const out = quotes.slice();
  const items: Resolved[] = others
    .map((a) => ({ ref: null, reporters: [], unit: 0, paragraph: 0, ...a }))
    .sort((x, y) => x.at - y.at);
  for (const a of items) {
    const { start, end } = a.content;
    if (end - start < 2 || a.dropAfterResolve) continue;
    // a live-blog time stamp before a headline ("12:50 GMT - Israel warns") is no content
    if (!a.direct && CLOCK_ONLY.test(text.slice(start, end))) continue;
    const len = end - start;
    if (out.some((q) => Math.min(q.end, end) - Math.max(q.start, start) >= 0.5 * len)) continue;
    if (a.source && !a.ref) resolveOne(a, resolver, ents, false);
    out.push(toDoc(text, a, canSpeak(a.ref) ? a.ref : null, false));
  }
  return out.sort((a, b) => a.start - b.start);
}

// ------------------------------------------------------------------ finders per language

/**
 * Each paragraph is read by the finder of its language: the document's, except where the script
 * says otherwise (a Russian quotation paragraph in an English article, an English one in a
 * Russian article).
 */
function findAll(
  text: string,
  lang: QuoteLang,
  input: FinderInput,
  paragraphs: readonly Range[],
): FinderOutput {
  // a paragraph reads as Russian only with Cyrillic letters in it; a Russian text is read paragraph
  // by paragraph (its Latin paragraphs may be English or Turkish): without either, one finder reads all
  if (lang !== 'ru' && !CYRILLIC.test(text)) return FINDERS[lang](input);
  const paraLang = paragraphs.map((p) => paragraphLanguage(text.slice(p.start, p.end), lang));
  if (paraLang.every((l) => l === lang)) return FINDERS[lang](input);
  const out: FinderOutput = { attributions: [], intros: [], paragraphRelays: [] };
  for (const l of new Set(paraLang)) {
    const units = input.units.filter((u) => paraLang[u.paragraph] === l);
    const r = FINDERS[l]({ ...input, units });
    const base = out.attributions.length;
    for (const a of r.attributions)
      out.attributions.push(a.parent !== undefined ? { ...a, parent: a.parent + base } : a);
    out.intros.push(...r.intros);
    out.paragraphRelays.push(...r.paragraphRelays);
    if (r.others) (out.others ??= []).push(...r.others);
  }
  return out;
}

const CYRILLIC = /[\u0400-\u04ff]/;

function paragraphLanguage(body: string, docLang: QuoteLang): QuoteLang {
  let cyr = 0,
    latin = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c >= 0x400 && c <= 0x4ff) cyr++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  if (cyr > latin && cyr >= 10) return 'ru';
  if (docLang === 'ru' && latin > cyr && latin >= 20) {
    const f = languageFamily(body);
    return f === 'tr' ? 'tr' : 'en';
  }
  return docLang === 'ru' ? 'ru' : docLang;
}

// ------------------------------------------------------------------ introductions and continuations

/** "X reported that …" relays the paragraph's later attributions that name no relay of their own. */
function addParagraphRelays(
  list: readonly ParagraphRelay[],
  out: Attribution[],
  paragraphs: readonly Range[],
): void {
  for (const r of list) {
    const para = paragraphs[r.paragraph];
    if (!para) continue;
    for (const a of out) {
      if (a.content.start < r.from || a.content.start >= para.end || a.relays.length) continue;
      a.relays = [r.relay];
    }
  }
}

/** Paragraphs after "X said:" are X's while they are quoted, bulleted or in the first person. */
function addIntroductions(
  text: string,
  lang: QuoteLang,
  intros: readonly ColonIntro[],
  out: Attribution[],
  segs: readonly QuoteSegment[],
  paragraphs: readonly Range[],
): void {
  for (const intro of intros) {
    for (
      let p = intro.paragraph + 1;
      p < paragraphs.length && p <= intro.paragraph + MAX_INTRO_PARAGRAPHS;
      p++
    ) {
      const para = paragraphs[p];
      const body = text.slice(para.start, para.end);
      const seg = segs.find((g) => g.paragraph === p && g.open === para.start);
      let content: { start: number; end: number } | null = null;
      let direct = false;
      if (seg) {
        content = trimSpan(text, seg.open + 1, seg.close);
        direct = true;
      } else if (BULLET.test(body) || FIRST_PERSON[lang].test(body)) {
        const b = BULLET.exec(body);
        content = trimSpan(text, para.start + (b ? b[0].length : 0), para.end, /[\s]/);
      }
      if (!content || content.end - content.start < 8) break;
      const taken = out.some(
        (a) => a.content.start < content!.end && a.content.end > content!.start && a.mode !== 'continuation',
      );
      if (taken) break;
      out.push({
        content,
        direct,
        cue: intro.cue,
        cueText: intro.cueText,
        kind: intro.kind,
        source: intro.source,
        mode: 'np',
        relays: intro.relays,
        at: content.start,
      });
      if (seg && !seg.unclosed) break; // one quoted paragraph; an unclosed one continues below
    }
  }
}

/** Quotations no finder attributed: standalone ones continue a speaker; terms inside a sentence are not quotations. */
function addUnattributedQuotes(
  text: string,
  out: Attribution[],
  segs: readonly QuoteSegment[],
  paragraphs: readonly Range[],
  units: readonly Unit[],
): void {
  const covered = (a: number, b: number) =>
    out.some(
      (x) =>
        (x.content.start <= a + 1 && x.content.end >= b - 1) ||
        (x.direct && x.content.start < b && x.content.end > a),
    );
  for (let i = 0; i < segs.length; i++) {
    const g = segs[i];
    const inner = trimSpan(text, g.open + 1, g.close);
    if (inner.end - inner.start < 2 || covered(inner.start, inner.end)) continue;
    const unit = units.find((u) => u.start <= g.open && u.end >= g.open);
    const before = unit ? text.slice(unit.start, g.open) : '';
    const after = unit ? text.slice(g.close + 1, unit.end) : '';
    const standalone = (/^\s*$/.test(before) && /^[\s.,!?…]*$/.test(after)) || /:\s*$/.test(before);
    const words = countWords(text, inner.start, inner.end);
    // '“…,” X said. “Iran must act now.”': a short quoted sentence goes on from a quotation of its paragraph
    const goesOn =
      standalone &&
      words >= 2 &&
      /[.!?…]$/u.test(text.slice(inner.start, inner.end)) &&
      out.some(
        (x) => x.direct && x.content.end <= g.open && sameParagraph(paragraphs, x.content.end, g.open),
      );
    if (!((standalone && words >= STANDALONE_MIN_WORDS) || goesOn || g.continues >= 0)) continue;
    // the paragraphs this unclosed quotation runs on into ("“… \n\n“…,” X said.")
    let last = i;
    for (let j = i + 1; j < segs.length; j++) if (segs[j].continues === last && segs[last].unclosed) last = j;
    out.push({
      ...(last > i ? { chainEnd: segs[last].close } : {}),
      content: inner,
      direct: true,
      cue: null,
      cueText: null,
      kind: 'speech',
      source: null,
      mode: 'continuation',
      relays: [],
      at: inner.start,
    });
  }
}

/** Whether two positions lie in one paragraph. */
function sameParagraph(paragraphs: readonly Range[], a: number, b: number): boolean {
  return paragraphs.some((p) => p.start <= a && b <= p.end);
}

// ------------------------------------------------------------------ resolution

function resolveAll(
  text: string,
  attributions: Attribution[],
  units: readonly Unit[],
  paragraphs: readonly Range[],
  resolver: SpeakerResolver,
  ents: Map<string, DocEntity>,
): Resolved[] {
  const unitOf = (pos: number) => {
    let lo = 0,
      hi = units.length - 1,
      ans = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (units[mid].start <= pos) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ans;
  };
  const paraOf = (pos: number) => {
    let lo = 0,
      hi = paragraphs.length - 1,
      ans = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (paragraphs[mid].start <= pos) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ans;
  };
  const items: Resolved[] = attributions.map((a) => ({
    ...a,
    ref: null,
    reporters: [],
    unit: unitOf(a.content.start),
    paragraph: paraOf(a.content.start),
  }));
  const order = items
    .map((_, i) => i)
    .sort((x, y) => items[x].at - items[y].at || items[x].content.start - items[y].content.start);
  let last: Resolved | null = null; // the last attribution with a stated source
  const done = new Set<number>();
  for (const i of order) {
    const a = items[i];
    if (a.mode === 'inherit' && a.parent !== undefined) {
      const p = items[a.parent];
      if (!done.has(a.parent)) resolveOne(p, resolver, ents);
      a.ref = p.ref;
      a.form = p.form;
      a.reporters = [...p.reporters];
      a.source = p.source;
    } else if (a.mode === 'continuation') {
      // a quotation that runs on into later paragraphs is the speaker's whom its last paragraph names
      const named = a.chainEnd !== undefined ? chainSpeaker(a, items) : null;
      if (named !== null && !done.has(named)) {
        resolveOne(items[named], resolver, ents);
        done.add(named);
      }
      const src = named !== null ? items[named] : last && a.paragraph - last.paragraph <= 1 ? last : null;
      if (src) {
        a.ref = src.ref;
        a.reporters = [...src.reporters];
        a.source = src.source;
      }
    } else {
      resolveOne(a, resolver, ents);
      // "…,” he stressed." after "Vedomosti reported that X said …": the same speaker, still relayed
      if (
        !a.reporters.length &&
        last &&
        last.ref === a.ref &&
        a.ref &&
        a.paragraph - last.paragraph <= 1 &&
        a.form !== 'name'
      )
        a.reporters = [...last.reporters];
    }
    done.add(i);
    if (a.mode === 'np' || a.mode === 'implicit') last = a;
    if (a.mode === 'continuation' && a.ref) last = { ...a, paragraph: a.paragraph };
  }
  // a quotation opening the article, or one continued across paragraphs, takes the speaker of what follows it
  for (const a of items) {
    if (a.mode !== 'continuation' || a.ref) continue;
    const next = items
      .filter((b) => b.mode === 'np' && b.ref && b.at > a.content.end && b.paragraph - a.paragraph <= 1)
      .sort((x, y) => x.at - y.at)[0];
    if (next && !items.some((b) => b !== a && b.mode === 'np' && b.at < a.content.start)) {
      a.ref = next.ref;
      a.reporters = [...next.reporters];
      a.source = next.source;
    }
  }
  namedNext(text, items, paragraphs, resolver, ents);
  return items;
}

/** The index of the attribution with a stated source for a quotation inside `a`'s chain, or null. */
function chainSpeaker(a: Resolved, items: readonly Resolved[]): number | null {
  const i = items.findIndex(
    (b) => b.direct && b.mode === 'np' && b.content.start > a.content.end && b.content.end <= a.chainEnd! + 1,
  );
  return i >= 0 ? i : null;
}

/** How a source says it will not be named: no later name is its name. */
const ANONYMOUS_SOURCE =
  /\b(?:anonymity|on condition|not authori[sz]ed|declined to be (?:named|identified)|asked not to be|did not want to be named)\b/i;

/**
 * English ledes describe a speaker before naming them: "A senior official in Kazakhstan has
 * conceded that … . Trade Minister X told RFE/RL …", "Georgia's outgoing president has refused …,
 * saying … . “…,” Salome Zourabichvili said.", "…, their lawyer said. Lawyer X told …". An unnamed
 * singular description (indefinite or possessive) that is the story's first source and resolved
 * to nobody is the person the next named source names, within two paragraphs, when no other
 * person is mentioned between and the description fits them (`describes`). A source that asks
 * not to be named stays unnamed.
 */
function namedNext(
  text: string,
  items: Resolved[],
  paragraphs: readonly Range[],
  resolver: SpeakerResolver,
  ents: Map<string, DocEntity>,
): void {
  const byAt = items.filter((a) => a.mode === 'np' && a.source).sort((x, y) => x.at - y.at);
  // (a headline's "Kazakhstan says …" before it names no person)
  const first = byAt.find((a) => !a.ref || ents.get(a.ref)?.type === 'person');
  if (!first || first.ref || (first.form !== 'role' && first.form !== 'anonymous') || !first.source) return;
  const src = first.source;
  const phrase = text.slice(src.start, src.end).trim();
  if (!/^(?:an?|one|his|her|their)\s/i.test(phrase) && !/^\p{Lu}[\p{L}.-]*['’]s\s/u.test(phrase)) return;
  const para = paragraphs[first.paragraph];
  if (para && ANONYMOUS_SOURCE.test(text.slice(para.start, para.end))) return;
  const next = byAt.find((b) => b.at > first.at && b.ref);
  if (!next || next.form !== 'name' || !next.source || next.paragraph - first.paragraph > 2) return;
  const ref = next.ref!;
  if (ents.get(ref)?.type !== 'person') return;
  const between = resolver.mentionsIn(src.end, next.source.start);
  if (between.some((m) => m.ref !== ref && ents.get(m.ref)?.type === 'person')) return;
  if (!resolver.describes(src, ref)) return;
  for (const a of items) if (!a.ref && (a === first || a.source === src)) a.ref = ref;
}

/** `note`: the speaker becomes salient for later pronouns (off for attributions that are not quotes). */
function resolveOne(a: Resolved, resolver: SpeakerResolver, ents: Map<string, DocEntity>, note = true): void {
  if (a.ref) return;
  const r = resolver.resolve({
    span: a.mode === 'implicit' ? null : a.source,
    at: a.at,
    gender: a.gender,
    number: a.number,
  });
  a.form = r.form;
  // (a capital stays the speaker here; capital-states.ts gives its quotes to the state)
  let ref = r.ref;
  const reporters: string[] = [];
  for (const rel of a.relays) {
    const x = resolver.resolveRelay(rel);
    if (!x || x === ref) continue;
    const type = ents.get(x)?.type;
    if (rel.mediaOnly && type !== 'media') continue;
    if (!reporters.includes(x)) reporters.push(x);
  }
  // a medium is the speaker only when it is the only source; with a speaker it relays
  if (
    ref &&
    ents.get(ref)?.type === 'media' &&
    !a.mediaMaySpeak &&
    reporters.length === 0 &&
    r.form !== 'name' &&
    // "IRNA announced …. It added that …": a pronoun going on with the outlet that just spoke
    !(r.form === 'pronoun' && resolver.lastSpeakerBefore(a.at) === ref)
  )
    ref = null;
  a.ref = ref;
  a.reporters = withOutletsOf(reporters, ents);
  if (!note) return;
  for (const x of a.reporters) resolver.noteReporter(x);
  if (resolver.canSpeak(ref)) resolver.noteSpeaker(ref, a.at);
}

/** A relaying journalist is followed by the outlet they write for ("X of Nezavisimaya Gazeta"). */
function withOutletsOf(reps: string[], ents: Map<string, DocEntity>): string[] {
  const out: string[] = [];
  for (const r of reps) {
    if (!out.includes(r)) out.push(r);
    const e = ents.get(r);
    if (!e || e.type !== 'person') continue;
    for (const role of e.roles ?? []) {
      const of = role.ofRef ? ents.get(role.ofRef) : undefined;
      if (of && of.type === 'media' && !out.includes(of.ref)) out.push(of.ref);
    }
  }
  return out;
}

// ------------------------------------------------------------------ output

/** The quotes; `rejected` (the attribution layer) collects those whose source is a thing. */
function finalize(
  text: string,
  items: Resolved[],
  canSpeak: (ref: string | null) => boolean,
  rejected?: Resolved[],
): DocAttribution[] {
  // one quote per span; an indirect clause that is mostly a direct quotation gives way to it
  const directs = items.filter((a) => a.direct);
  const overlap = (q: { start: number; end: number }, d: { start: number; end: number }) =>
    Math.max(0, Math.min(q.end, d.end) - Math.max(q.start, d.start));
  const seen = new Set<string>();
  const out: DocAttribution[] = [];
  for (const a of items
    .slice()
    .sort((x, y) => x.content.start - y.content.start || y.content.end - x.content.end)) {
    const { start, end } = a.content;
    if (end - start < 2 || a.dropAfterResolve) continue;
    if (!a.direct && CLOCK_ONLY.test(text.slice(start, end))) continue;
    // things do not speak ("this visit underscores …"); a quotation keeps its unknown speaker, and
    // so does a plain verb of saying, whose subject is someone the lexicons do not know ("the
    // airline said", "the tycoon told reporters"), and "according to": the speaker stays null,
    // the phrase is kept
    if (a.form === 'thing' && !a.direct && !sayingCue(a.cueText)) {
      rejected?.push(a);
      continue;
    }
    if (!a.direct && directs.some((d) => overlap(a.content, d.content) >= 0.6 * (end - start))) continue;
    const key = `${start}:${end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(toDoc(text, a, canSpeak(a.ref) ? a.ref : null, true));
  }
  return out;
}

/** a bare clock time, with an optional zone or am/pm: "12:50 GMT", "9.15 a.m.", "14:05 (local time)" */
const CLOCK_ONLY =
  /^[\s\p{P}]*\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|UTC|[A-Z]{2,4}|\(?local time\)?))?[\s\p{P}]*$/iu;

function toDoc(text: string, a: Resolved, ref: string | null, quote: boolean): DocAttribution {
  const { start, end } = a.content;
  return {
    start,
    end,
    text: text.slice(start, end),
    direct: a.direct,
    speakerRef: ref,
    reportedByRefs: a.reporters.filter((r) => r !== ref),
    cue: a.cueText,
    source: a.source ? { start: a.source.start, end: a.source.end } : null,
    speakerText: a.source ? text.slice(a.source.start, a.source.end) : null,
    kind: a.kind,
    content: a.contentKind ?? (a.direct ? 'quotation' : 'clause'),
    quote,
  };
}

/** English verbs of saying whose subject speaks whatever noun heads it (lemmas) */
const SAYING_LEMMAS = new Set(
  'say tell add write claim state announce explain argue insist warn confirm report predict note acknowledge admit reveal tweet recall reply respond'.split(
    ' ',
  ),
);
function sayingCue(cue: string | null): boolean {
  // whatever "according to" names is a source ("according to officials familiar with the system")
  if (cue === 'according to') return true;
  const e = cue ? englishCueIndex().get(cue) : undefined;
  return !!e && SAYING_LEMMAS.has(e.lemma);
}

function lowerBound(xs: number[], v: number): number {
  let lo = 0,
    hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
