/**
 * One document's sentences as the language layer's models see them: every stage that wants tags
 * or a tree (the quote reader on the parse, the event argument reader) asks this object for the
 * span it reads, and each sentence of the document's one sentence list (src/nlp/sentences.ts) is
 * tokenized, tagged and parsed at most once, on the first request, whoever makes it.
 *
 * Why per sentence and not per requested span: the quote stage reads units (sentences merged so
 * that no quotation crosses one) and the event stage a sentence's line; when each analysed its own
 * slice, the same words were tagged and parsed twice under two keys. The tagger and the parser
 * read one sentence at a time anyway, so a span's Doc is the concatenation of its sentences' Docs.
 *
 * A span is widened to the sentences it overlaps: a request for part of a sentence gets the whole
 * sentence's Doc, with `offset` (the text position of the Doc's first character) to map back.
 */
import type { Sentence } from '../model/index.js';
import { annotateDoc } from './analyze.js';
import { Doc, NO_HEAD } from './doc.js';
import { tokenize, type SentenceSpan, type Tokenization } from './tokenize.js';

/** A Doc over a stretch of a document's text; its offsets are relative to `offset`. */
export type SpanDoc = { doc: Doc; offset: number };

export type SpanOptions = {
  /** run the parser too (default true); tags and lemmas are always there */
  parse?: boolean;
};

/**
 * What the models did for the annotate stages in this process (bench/attribution-speed.mjs
 * reports it): sentences and tokens tagged, sentences and tokens parsed, milliseconds in the models
 * (`ms` wall time; `cpuMs` CPU time, which a loaded machine inflates less: process-wide, so it is
 * meaningful only where one thread annotates, as in that bench).
 */
export const sentenceDocStats = {
  tagged: 0,
  taggedTokens: 0,
  parsed: 0,
  parsedTokens: 0,
  ms: 0,
  cpuMs: 0,
};
const cpuNow = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

export class SentenceDocs {
  readonly text: string;
  readonly lang: string;
  /** the document's sentences in text order, non-empty and inside the text */
  readonly sentences: readonly Sentence[];
  private readonly docs: (Doc | undefined)[];
  private readonly merged = new Map<string, Doc>();
  /** sentences analysed (tagged) so far: what the stages cost together */
  analysed = 0;

  constructor(text: string, lang: string, sentences: readonly Sentence[]) {
    this.text = typeof text === 'string' ? text : '';
    this.lang = typeof lang === 'string' ? lang : '';
    const n = this.text.length;
    this.sentences = (Array.isArray(sentences) ? sentences : [])
      .filter((s) => s && Number.isInteger(s.start) && Number.isInteger(s.end))
      .map((s) => ({ start: Math.max(0, s.start), end: Math.min(n, s.end) }))
      .filter((s) => s.end > s.start)
      .sort((a, b) => a.start - b.start);
    this.docs = new Array<Doc | undefined>(this.sentences.length);
  }

  /**
   * The Doc of the sentences overlapping `[start, end)`, tagged (and parsed unless
   * `parse: false`), or null when no sentence overlaps the span.
   */
  span(start: number, end: number, opts: SpanOptions = {}): SpanDoc | null {
    const [first, last] = this.overlapping(start, end);
    if (first >= last) return null;
    const parse = opts.parse !== false;
    const offset = this.sentences[first]!.start;
    if (last - first === 1) return { doc: this.sentenceDoc(first, parse), offset };
    const key = `${first}:${last}`;
    let doc = this.merged.get(key);
    // a merged Doc made from tagged sentences is rebuilt once they are parsed
    if (!doc || (parse && !doc.parsed && this.sentenceDoc(first, true).parsed)) {
      const parts: Doc[] = [];
      for (let i = first; i < last; i++) parts.push(this.sentenceDoc(i, parse));
      doc = concatDocs(
        this.text.slice(offset, this.sentences[last - 1]!.end),
        this.lang,
        parts,
        this.sentences.slice(first, last).map((s) => s.start - offset),
      );
      this.merged.set(key, doc);
    }
    return { doc, offset };
  }

  /** Sentence index range `[first, last)` of the sentences overlapping `[start, end)`. */
  private overlapping(start: number, end: number): [number, number] {
    const ss = this.sentences;
    let lo = 0;
    let hi = ss.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ss[mid]!.end <= start) lo = mid + 1;
      else hi = mid;
    }
    let last = lo;
    while (last < ss.length && ss[last]!.start < end) last++;
    return [lo, Math.max(lo, last)];
  }

  /** Sentence `i` as its own Doc (one sentence, never re-split), analysed once. */
  private sentenceDoc(i: number, parse: boolean): Doc {
    let doc = this.docs[i];
    if (!doc) {
      const s = this.sentences[i]!;
      const sentenceText = this.text.slice(s.start, s.end);
      const one = [{ start: 0, end: sentenceText.length }];
      doc = new Doc(sentenceText, this.lang, tokenize(sentenceText, this.lang, one));
      this.docs[i] = doc;
      this.analysed++;
    }
    const { tagged, parsed } = doc;
    if (tagged && (parsed || !parse)) return doc;
    const t0 = performance.now();
    const c0 = cpuNow();
    annotateDoc(doc, { parse });
    sentenceDocStats.cpuMs += cpuNow() - c0;
    sentenceDocStats.ms += performance.now() - t0;
    if (doc.tagged && !tagged) {
      sentenceDocStats.tagged++;
      sentenceDocStats.taggedTokens += doc.length;
    }
    if (doc.parsed && !parsed) {
      sentenceDocStats.parsed++;
      sentenceDocStats.parsedTokens += doc.length;
    }
    return doc;
  }
}

/**
 * One Doc from consecutive sentence Docs (`starts`: each part's text offset in `text`): tokens,
 * tags, lemmas and trees are copied, token heads shifted. Tagged or parsed only when every part is.
 */
export function concatDocs(
  text: string,
  lang: string,
  parts: readonly Doc[],
  starts: readonly number[],
): Doc {
  const length = parts.reduce((n, d) => n + d.length, 0);
  const tokenStarts = new Int32Array(length);
  const tokenEnds = new Int32Array(length);
  const sentenceOf = new Int32Array(length);
  const sentences: SentenceSpan[] = [];
  let t = 0;
  for (let p = 0; p < parts.length; p++) {
    const d = parts[p]!;
    const at = starts[p] ?? 0;
    for (const s of d.sentences) {
      sentences.push({ start: s.start + at, end: s.end + at, first: s.first + t, last: s.last + t });
    }
    for (let k = 0; k < d.length; k++) {
      tokenStarts[t + k] = d.starts[k]! + at;
      tokenEnds[t + k] = d.ends[k]! + at;
    }
    t += d.length;
  }
  for (let s = 0; s < sentences.length; s++) {
    const { first, last } = sentences[s]!;
    for (let k = first; k < last; k++) sentenceOf[k] = s;
  }
  const tokens: Tokenization = { length, starts: tokenStarts, ends: tokenEnds, sentenceOf, sentences };
  const doc = new Doc(text, lang, tokens);
  const tagged = parts.every((d) => d.tagged);
  const parsed = tagged && parts.every((d) => d.parsed);
  t = 0;
  for (const d of parts) {
    if (tagged) {
      doc.uposIds.set(d.uposIds, t);
      doc.xposIds.set(d.xposIds, t);
      for (let k = 0; k < d.length; k++) doc.lemmas[t + k] = d.lemmas[k] ?? null;
    }
    if (parsed) {
      doc.deprelIds.set(d.deprelIds, t);
      for (let k = 0; k < d.length; k++) {
        const h = d.heads[k]!;
        doc.heads[t + k] = h >= 0 ? h + t : h === NO_HEAD ? NO_HEAD : h;
      }
    }
    t += d.length;
  }
  const model = parts.find((d) => d.tagged);
  if (tagged && model) doc.xposNames = model.xposNames;
  if (parsed && model) doc.deprelNames = parts.find((d) => d.parsed)?.deprelNames ?? [];
  doc.tagged = tagged && length > 0;
  doc.parsed = parsed && length > 0;
  return doc;
}
