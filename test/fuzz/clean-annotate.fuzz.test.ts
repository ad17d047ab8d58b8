/**
 * Fuzzing clean → annotate → link sketch/compare with hostile articles: every stage returns a
 * result that meets its invariants (spans slice to their text, offsets in range, dates valid
 * ISO or null, coded diagnostics) and never throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/clean/index.js';
import { MAX_HTML_DEPTH } from '../../src/clean/html-dom.js';
import { annotate } from '../../src/extract/annotate.js';
import { compareDocs, sketch, type LinkDoc } from '../../src/link/index.js';
import type { Article, RawDocument } from '../../src/model/index.js';
import {
  cyrillicText,
  hostileHtml,
  hostileText,
  isValidIsoDate,
  KNOWN_CODES,
  RUNS,
  spanProblems,
} from './arbitraries.js';

const raw = (body: string, format: 'text' | 'html', hints: RawDocument['hints'] = {}): RawDocument => ({
  id: 'f'.repeat(32),
  source: 'fuzz',
  format,
  body,
  encoding: 'utf-8',
  bytes: body.length,
  hints,
});

function checkArticle(a: Article): void {
  expect(typeof a.text).toBe('string');
  let prev = -1;
  for (const p of a.paragraphs) {
    expect(p.start).toBeGreaterThanOrEqual(Math.max(0, prev));
    expect(p.end).toBeGreaterThanOrEqual(p.start);
    expect(p.end).toBeLessThanOrEqual(a.text.length);
    prev = p.end;
  }
  if (a.published !== null) expect(isValidIsoDate(a.published), a.published).toBe(true);
  for (const d of a.diagnostics) expect(KNOWN_CODES.has(d.code), d.code).toBe(true);
  expect(
    a.diagnostics.some((d) => d.code === 'ORBIT_E_INTERNAL'),
    JSON.stringify(a.diagnostics),
  ).toBe(false);
  expect(typeof a.language).toBe('string');
}

function checkAnnotations(a: Article): void {
  const ann = annotate(a);
  const t = a.text;
  const problems = [
    ...spanProblems(t, ann.sentences, 'sentence'),
    ...spanProblems(t, ann.mentions, 'mention'),
    ...spanProblems(t, ann.times, 'time'),
    ...spanProblems(t, ann.amounts, 'amount'),
    ...spanProblems(t, ann.quotes, 'quote'),
    ...spanProblems(
      t,
      ann.events.map((e) => e.evidence),
      'event evidence',
    ),
    ...spanProblems(
      t,
      ann.relations.map((r) => r.evidence),
      'relation evidence',
    ),
    ...spanProblems(
      t,
      ann.entities.flatMap((e) => e.roles.map((r) => r.evidence)),
      'role evidence',
    ),
  ];
  expect(problems).toEqual([]);
  const refs = new Set(ann.entities.map((e) => e.ref));
  for (const m of ann.mentions) expect(refs.has(m.ref)).toBe(true);
  for (const x of ann.times) {
    for (const v of [x.value.start, x.value.end])
      if (v !== null) expect(isValidIsoDate(v), `${x.text} → ${v}`).toBe(true);
  }
  for (const e of ann.events)
    for (const v of [e.date.start, e.date.end]) if (v !== null) expect(isValidIsoDate(v), v).toBe(true);
  for (const x of ann.amounts) expect(Number.isFinite(x.value)).toBe(true);
}

const asLink = (a: Article, id: string): LinkDoc => ({
  id,
  text: a.text,
  title: a.title,
  published: a.published,
  outlet: a.outlet,
  originalSource: a.originalSource,
});

describe('clean/annotate/link fuzz', () => {
  it('text dumps with hostile characters, unclosed quotes and impossible dates', () => {
    fc.assert(
      fc.property(
        hostileText,
        fc.option(
          fc.constantFrom(
            '31.02.2022',
            '2022-02-31',
            'Mon, 32 Jan 2022 25:61:00 +0000',
            'yesterday',
            '2023-03-01',
          ),
        ),
        (body, date) => {
          const a = cleanDocument(raw(body, 'text', date ? { published: date } : {}));
          checkArticle(a);
          checkAnnotations(a);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('Cyrillic-only pages', () => {
    fc.assert(
      fc.property(cyrillicText, fc.boolean(), (body, html) => {
        const a = cleanDocument(
          raw(
            html ? `<html><body><article><p>${body}</p></article></body></html>` : body,
            html ? 'html' : 'text',
          ),
        );
        checkArticle(a);
        checkAnnotations(a);
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });

  it('HTML with scripts, iframes, event handlers and unclosed tags: no script text in the article', () => {
    fc.assert(
      fc.property(hostileHtml, (html) => {
        const a = cleanDocument(raw(html, 'html'));
        checkArticle(a);
        expect(a.text).not.toContain('document.cookie');
        checkAnnotations(a);
      }),
      { numRuns: RUNS },
    );
  });

  it('link: sketch never throws and compare returns null or a link between the two documents', () => {
    fc.assert(
      fc.property(hostileText, hostileText, fc.boolean(), (x, y, copy) => {
        const a = cleanDocument(raw(x, 'text'));
        const b = cleanDocument(raw(copy ? `${x} ${y}` : y, 'text'));
        const la = asLink(a, 'a'.repeat(32));
        const lb = asLink(b, 'b'.repeat(32));
        sketch(la);
        const l = compareDocs(la, lb);
        if (l) {
          expect(new Set([l.from, l.to])).toEqual(new Set([la.id, lb.id]));
          expect(Number.isFinite(l.score)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('HTML nested 10,000 and 200,000 levels deep keeps its text with a depth diagnostic', () => {
    const para =
      '<p>Officials of Kazakhstan and Uzbekistan met in Tashkent on Monday to discuss a new rail link, a statement said.</p>';
    const ten = cleanDocument(
      raw(`<html><body>${'<div>'.repeat(10_000)}${para}${'</div>'.repeat(10_000)}</body></html>`, 'html'),
    );
    expect(ten.text).toContain('rail link');
    expect(ten.diagnostics.map((d) => d.code)).toContain('ORBIT_W_HTML_DEPTH');
    checkAnnotations(ten);
    const shallow = cleanDocument(
      raw(`<html><body>${'<div>'.repeat(MAX_HTML_DEPTH - 10)}${para}</body></html>`, 'html'),
    );
    expect(shallow.diagnostics.map((d) => d.code)).not.toContain('ORBIT_W_HTML_DEPTH');
    // Unclosed and far deeper: bounded work, never a throw.
    const huge = cleanDocument(raw(`<html><body>${'<div><span>'.repeat(100_000)}${para}`, 'html'));
    checkArticle(huge);
    expect(huge.diagnostics.map((d) => d.code)).toContain('ORBIT_W_HTML_DEPTH');
  });

  it('a single 1,000,000-character line', () => {
    const a = cleanDocument(raw(`${'Talks continued in Baku and Astana '.repeat(28_600)}.`, 'text'));
    checkArticle(a);
    expect(a.text.length).toBeGreaterThan(900_000);
  });
});
