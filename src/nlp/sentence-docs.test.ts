import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { concatDocs, SentenceDocs, sentenceDocStats } from './sentence-docs.js';
import { splitSentences } from './sentences.js';

const TEXT =
  'The foreign minister said on Tuesday that the talks had failed. Officials in Brussels now say a deal is near.\n\n' +
  '"We will not sign," he told reporters. Troops crossed the border on Monday.';

/** English models are shipped with the repository; without them every Doc is untagged. */
const modelsPresent = analyze('He said so.', 'en').parsed;

describe('SentenceDocs', () => {
  it('analyses each sentence once, whichever span asks for it', () => {
    const sentences = splitSentences(TEXT);
    const docs = new SentenceDocs(TEXT, 'en', sentences);
    const first = sentences[0]!;
    const before = { ...sentenceDocStats };
    const a = docs.span(first.start, first.end, { parse: false })!;
    const b = docs.span(first.start + 4, first.start + 20)!; // part of the sentence: the whole one
    expect(b.doc).toBe(a.doc);
    expect(b.offset).toBe(first.start);
    expect(a.doc.text).toBe(TEXT.slice(first.start, first.end));
    // two sentences at once: one Doc over both, their Docs reused
    const both = docs.span(first.start, sentences[1]!.end)!;
    expect(both.doc.sentences).toHaveLength(2);
    expect(docs.analysed).toBe(2);
    expect(docs.span(sentences[1]!.start, sentences[1]!.end)!.doc.form(0)).toBe('Officials');
    expect(docs.analysed).toBe(2);
    if (modelsPresent) {
      expect(b.doc.parsed && both.doc.parsed).toBe(true);
      // the process-wide counters: two sentences tagged and parsed, each once
      expect(sentenceDocStats.tagged - before.tagged).toBe(2);
      expect(sentenceDocStats.parsed - before.parsed).toBe(2);
      expect(sentenceDocStats.parsedTokens - before.parsedTokens).toBe(both.doc.length);
    }
  });

  it('gives a span of several sentences the annotations of each sentence alone', () => {
    const sentences = splitSentences(TEXT);
    const docs = new SentenceDocs(TEXT, 'en', sentences);
    const whole = docs.span(0, TEXT.length)!;
    expect(whole.offset).toBe(sentences[0]!.start);
    let t = 0;
    for (const s of sentences) {
      const alone = analyze(TEXT.slice(s.start, s.end), 'en', {
        sentences: [{ start: 0, end: s.end - s.start }],
      });
      for (let k = 0; k < alone.length; k++, t++) {
        expect(whole.doc.form(t)).toBe(alone.form(k));
        expect(whole.doc.starts[t]! + whole.offset).toBe(alone.starts[k]! + s.start);
        expect(whole.doc.upos(t)).toBe(alone.upos(k));
        expect(whole.doc.deprel(t)).toBe(alone.deprel(k));
        const h = alone.head(k);
        expect(whole.doc.head(t)).toBe(h === null || h < 0 ? h : h + t - k);
      }
    }
    expect(t).toBe(whole.doc.length);
  });

  it('never throws on bad input', () => {
    const none = new SentenceDocs(TEXT, 'en', []);
    expect(none.span(0, TEXT.length)).toBeNull();
    const bad = new SentenceDocs(null as unknown as string, 'en', null as unknown as []);
    expect(bad.span(0, 10)).toBeNull();
    const outside = new SentenceDocs('Short text.', 'en', [
      { start: -5, end: 400 },
      { start: 3, end: 1 },
      null as unknown as { start: number; end: number },
    ]);
    expect(outside.sentences).toEqual([{ start: 0, end: 11 }]);
    expect(outside.span(50, 60)).toBeNull();
    expect(outside.span(0, 5)!.doc.text).toBe('Short text.');
    // a language without models: tokens, no tags
    const ru = new SentenceDocs('Президент заявил. Он ушёл.', 'ru', [{ start: 0, end: 17 }]);
    const d = ru.span(0, 5)!.doc;
    expect(d.length).toBe(3);
    expect(d.tagged || d.parsed).toBe(false);
    expect(concatDocs('', 'en', [], []).length).toBe(0);
  });
});
