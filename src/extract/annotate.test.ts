import { describe, expect, it } from 'vitest';
import { analyze } from '../nlp/analyze.js';
import { SentenceDocs } from '../nlp/sentence-docs.js';
import type { Article } from '../model/index.js';
import { ANNOTATE_STAGES, annotate, type StageTimings } from './annotate.js';

const TEXT =
  'Russia and Ukraine signed a ceasefire agreement in Minsk on Friday, the foreign minister said.\n\n' +
  'Officials in Brussels, who had hoped for a deal, now say the talks have stalled.\n\n' +
  'Putin met Erdogan in Sochi on Monday and said the two countries would build a pipeline.';
const article = (text: string) => ({ text, published: '2024-05-03', language: 'en' }) as Article;
/** English models are shipped with the repository; without them nothing is tagged. */
const modelsPresent = analyze('He said so.', 'en').parsed;

describe('annotate', () => {
  it('tags and parses each sentence once for the quote and event stages together', () => {
    const analysed: string[] = [];
    const asked = new Map<string, number>();
    const original = SentenceDocs.prototype.span;
    SentenceDocs.prototype.span = function (this: SentenceDocs, start, end, opts) {
      const before = this.analysed;
      const out = original.call(this, start, end, opts);
      if (out) asked.set(out.doc.text, (asked.get(out.doc.text) ?? 0) + 1);
      if (out && this.analysed > before) analysed.push(out.doc.text);
      return out;
    };
    let quotes = 0;
    try {
      quotes = annotate(article(TEXT)).quotes.length;
    } finally {
      SentenceDocs.prototype.span = original;
    }
    expect(quotes).toBeGreaterThan(0);
    // "X signed …, the minister said": the quote reader (tags, then the tree) and the event reader ask
    if (modelsPresent) expect(Math.max(...asked.values())).toBeGreaterThan(2);
    expect(new Set(analysed).size).toBe(analysed.length);
  });

  it('reports stage times and can leave attribution out (for measuring it)', () => {
    const timings: StageTimings = {};
    const full = annotate(article(TEXT), { timings });
    expect(Object.keys(timings).sort()).toEqual([...ANNOTATE_STAGES].sort());
    expect(Object.values(timings).every((ms) => ms >= 0)).toBe(true);
    const without = annotate(article(TEXT), { attribution: false });
    expect(full.quotes.length).toBeGreaterThan(0);
    expect(without.quotes).toEqual([]);
    expect(without.entities).toEqual(full.entities);
    expect(without.sentences).toEqual(full.sentences);
    // bad input: nothing to annotate, no timings broken
    expect(annotate(article(''), { timings }).quotes).toEqual([]);
  });

  it('reads stage times on the clock it is given (a bench passes a CPU clock)', () => {
    let ticks = 0;
    const timings: StageTimings = {};
    annotate(article(TEXT), { timings, clock: () => (ticks += 10) });
    // one reading at the start and one after each stage: every stage took exactly one tick
    expect(timings).toEqual(Object.fromEntries(ANNOTATE_STAGES.map((s) => [s, 10])));
  });
});

describe('annotate: the source of "according to X" takes no part in what X reports', () => {
  it('gives the talks to the people who held them, in English, Russian and Turkish', () => {
    const parties = (text: string, language: string) => {
      const a = annotate({ text, published: '2025-03-15', language } as Article);
      const name = (ref: string) => a.entities.find((e) => e.ref === ref)?.name;
      return a.events
        .filter((e) => e.type === 'CONSULT')
        .map((e) => [...e.actorRefs, ...e.targetRefs].map(name).sort());
    };
    const both = ['Kassym-Jomart Tokayev', 'Vladimir Putin'];
    expect(
      parties('According to the Kremlin, Putin and Tokayev held talks by phone on Monday.', 'en'),
    ).toEqual([both]);
    expect(
      parties('По словам Дмитрия Пескова, Путин и Токаев провели переговоры в понедельник.', 'ru'),
    ).toEqual([both]);
  });
});
