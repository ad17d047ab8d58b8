import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM benchmark module without type declarations
import { generateProse } from '../../bench/gen-corpus.mjs';
import type { Article } from '../model/index.js';
import { annotate } from './annotate.js';
import { sectionBounds, SECTION_CHARS } from './sections.js';

const article = (text: string): Article => ({
  id: 'long1',
  source: 'long.txt',
  title: null,
  published: '2023-05-04',
  author: null,
  outlet: null,
  originalSource: null,
  dateline: null,
  language: 'en',
  text,
  paragraphs: [],
  diagnostics: [],
});

describe('sections of long documents', () => {
  it('cover the text without gaps, each within the size, cut at paragraph breaks', () => {
    const text = (generateProse(350_000) as string).trim();
    const b = sectionBounds(text);
    expect(b.length).toBeGreaterThanOrEqual(4);
    expect(b[0][0]).toBe(0);
    expect(b.at(-1)![1]).toBe(text.length);
    for (let i = 0; i < b.length; i++) {
      expect(b[i][1] - b[i][0]).toBeLessThanOrEqual(SECTION_CHARS);
      if (i > 0) expect(b[i][0]).toBe(b[i - 1][1]);
      if (i < b.length - 1) expect(text.slice(b[i][1] - 2, b[i][1])).toBe('\n\n');
    }
  });

  it('falls back to sentence ends and spaces when there are no paragraph breaks', () => {
    const text = 'Officials met in Baku. '.repeat(10_000);
    const b = sectionBounds(text, 1000);
    for (const [s, e] of b.slice(0, -1)) expect(text.slice(s, e).endsWith('. ')).toBe(true);
    expect(sectionBounds('x'.repeat(2500), 1000)).toEqual([
      [0, 1000],
      [1000, 2000],
      [2000, 2500],
    ]);
  });

  it('annotates a long document with exact spans and one entity per thing across sections', () => {
    const text = (generateProse(250_000) as string).trim();
    const ann = annotate(article(text));
    expect(ann.mentions.length).toBeGreaterThan(1000);
    for (const m of ann.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (const q of ann.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
    for (const t of ann.times) expect(text.slice(t.start, t.end)).toBe(t.text);
    const refs = new Set(ann.entities.map((e) => e.ref));
    expect(refs.size).toBe(ann.entities.length);
    for (const m of ann.mentions) expect(refs.has(m.ref)).toBe(true);
    for (const q of ann.quotes)
      for (const r of [q.speakerRef, ...q.reportedByRefs]) if (r) expect(refs.has(r)).toBe(true);
    for (const e of ann.events)
      for (const r of [...e.actorRefs, ...e.targetRefs]) expect(refs.has(r)).toBe(true);
    // a country named in every section is one document entity, not one per section
    const kz = ann.entities.filter((e) => e.gazetteerId && e.name === 'Kazakhstan');
    expect(kz).toHaveLength(1);
    for (let i = 1; i < ann.sentences.length; i++)
      expect(ann.sentences[i].start).toBeGreaterThanOrEqual(ann.sentences[i - 1].start);
  }, 120_000);

  it('gives up a document past its deadline with ORBIT_E_TIMEOUT', () => {
    expect(() =>
      annotate(article('Officials of Kazakhstan met in Astana.'), { deadline: performance.now() - 1 }),
    ).toThrow(expect.objectContaining({ code: 'ORBIT_E_TIMEOUT' }));
  });
});
