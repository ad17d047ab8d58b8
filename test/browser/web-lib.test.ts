/** Unit tests for the UI's pure helpers (no browser): text segmentation, snippets, routing, map scores, layout. */
import { describe, expect, it } from 'vitest';
import { normaliseParagraphs, segmentText, splitSnippet, type Annotation } from '../../web/src/lib/segments';
import { parseHash, href } from '../../web/src/lib/router';
import { alpha2Of, monthsOf, scoreColor, scoresAt } from '../../web/src/lib/alignment';
import { forceLayout } from '../../web/src/lib/layout';
import { fmtDate, fmtRange, fmtScore, labelFromId, titleOf } from '../../web/src/lib/format';

const ann = (kind: string, start: number, end: number, index = 0): Annotation => ({
  kind,
  start,
  end,
  index,
});

describe('segmentText', () => {
  const text = 'Alpha Beta said "go now" today.\n\nSecond para here.';
  const paras = [
    { start: 0, end: 31 },
    { start: 33, end: 50 },
  ];

  it('reassembles every paragraph exactly from its segments', () => {
    const out = segmentText(text, paras, [
      ann('mention', 0, 10),
      ann('quote', 17, 23),
      ann('time', 25, 30),
      ann('mention', 40, 44),
    ]);
    expect(out.map((p) => p.segments.map((s) => s.text).join(''))).toEqual([
      text.slice(0, 31),
      text.slice(33, 50),
    ]);
  });

  it('marks each segment with the annotations covering it, nested ones included', () => {
    const out = segmentText(text, paras, [ann('quote', 16, 24), ann('mention', 17, 19)]);
    const segs = out[0].segments;
    const go = segs.find((s) => s.text === 'go')!;
    expect(go.marks.map((m) => m.kind).sort()).toEqual(['mention', 'quote']);
    const now = segs.find((s) => s.text === ' now"')!;
    expect(now.marks.map((m) => m.kind)).toEqual(['quote']);
    expect(segs.find((s) => s.text.startsWith(' today'))!.marks).toEqual([]);
  });

  it('cuts an annotation that crosses a paragraph boundary', () => {
    const out = segmentText(text, paras, [ann('quote', 25, 40)]);
    expect(out[0].segments.at(-1)!.marks.map((m) => m.kind)).toEqual(['quote']);
    expect(out[1].segments[0].text).toBe('Second ');
    expect(out[1].segments[0].marks.map((m) => m.kind)).toEqual(['quote']);
  });

  it('drops bad spans instead of trusting them', () => {
    const bad = [
      ann('m', -1, 3),
      ann('m', 5, 5),
      ann('m', 10, 4),
      ann('m', 0, 10_000),
      ann('m', 1.5, 3),
      { kind: 'm', start: NaN, end: 2, index: 0 },
    ];
    const out = segmentText(text, paras, bad);
    expect(out.flatMap((p) => p.segments).every((s) => s.marks.length === 0)).toBe(true);
  });

  it('survives a missing text, missing paragraphs and overlapping paragraphs', () => {
    expect(segmentText(undefined as unknown as string, null, [])).toEqual([]);
    expect(normaliseParagraphs('a\n\n\nb', undefined)).toEqual([
      { start: 0, end: 1 },
      { start: 4, end: 5 },
    ]);
    expect(
      normaliseParagraphs('abcdef', [
        { start: 0, end: 4 },
        { start: 2, end: 6 },
        { start: 9, end: 12 },
      ]),
    ).toEqual([
      { start: 0, end: 4 },
      { start: 4, end: 6 },
    ]);
  });

  it('handles many annotations in one pass', () => {
    const long = 'word '.repeat(20_000);
    const anns = Array.from({ length: 20_000 }, (_, i) => ann('mention', i * 5, i * 5 + 4, i));
    const out = segmentText(long, [{ start: 0, end: long.length }], anns);
    expect(out[0].segments.filter((s) => s.marks.length === 1)).toHaveLength(20_000);
  });
});

describe('splitSnippet', () => {
  it('turns \\u0002/\\u0003 markers into hit parts and keeps markup as text', () => {
    expect(splitSnippet('a \u0002b\u0003 <i>c</i> \u0002d\u0003')).toEqual([
      { text: 'a ', hit: false },
      { text: 'b', hit: true },
      { text: ' <i>c</i> ', hit: false },
      { text: 'd', hit: true },
    ]);
  });
  it('tolerates unbalanced markers and non-strings', () => {
    expect(splitSnippet('x\u0003y\u0002z')).toEqual([
      { text: 'x', hit: false },
      { text: 'y', hit: false },
      { text: 'z', hit: true },
    ]);
    expect(splitSnippet(null)).toEqual([]);
    expect(splitSnippet(42 as unknown as string)).toEqual([]);
  });
});

describe('router', () => {
  it('round-trips ids with reserved characters', () => {
    const h = href(['entity', 'country:KZ/x?y#z'], { at: '3-9', empty: '' });
    expect(h).toBe('#/entity/country%3AKZ%2Fx%3Fy%23z?at=3-9');
    const r = parseHash(h);
    expect(r.parts).toEqual(['entity', 'country:KZ/x?y#z']);
    expect(r.query.get('at')).toBe('3-9');
  });
  it('parses empty and malformed hashes', () => {
    expect(parseHash('').parts).toEqual([]);
    expect(parseHash('#/doc/%E0%A4%A').parts).toEqual(['doc', '%E0%A4%A']);
  });
});

describe('alignment map helpers', () => {
  const pts = [
    { entity: 'country:KZ', bloc: 'russia', period: '2025-01', score: 0.2, evidence: [] },
    { entity: 'country:KZ', bloc: 'russia', period: '2025-03', score: 0.6, evidence: [{ start: 0, end: 1 }] },
    { entity: 'country:AM', bloc: 'russia', period: '2025-02', score: -3, evidence: 4 },
    { entity: 'country:AM', bloc: 'china', period: '2025-02', score: 0.1, evidence: [] },
    { entity: 'org:csto', bloc: 'russia', period: '2025-02', score: 1, evidence: [] },
    { entity: 'country:GE', bloc: 'russia', period: '2025-02', score: NaN, evidence: [] },
  ];
  it('takes the month asked for, or carries the latest earlier score', () => {
    const feb = scoresAt(pts, 'russia', '2025-02');
    expect([...feb.keys()].sort()).toEqual(['AM', 'KZ']);
    expect(feb.get('KZ')).toMatchObject({ score: 0.2, period: '2025-01', carried: true });
    expect(feb.get('AM')).toMatchObject({ score: -1, evidence: 4, carried: false });
    expect(scoresAt(pts, 'russia', '').get('KZ')).toMatchObject({ score: 0.6, evidence: 1, carried: false });
    expect(scoresAt(pts, 'west', '').size).toBe(0);
  });
  it('reads ISO codes and months, and colours both directions', () => {
    expect(alpha2Of('country:KZ')).toBe('KZ');
    expect(alpha2Of('country:SOUTH-OSSETIA')).toBeNull();
    expect(alpha2Of(undefined)).toBeNull();
    expect(monthsOf(pts)).toEqual(['2025-01', '2025-02', '2025-03']);
    expect(scoreColor(1, '#c0392b')).toBe('#c0392b');
    expect(scoreColor(0, '#c0392b')).toBe(scoreColor(-0, '#000000'));
    expect(scoreColor(-1, '#c0392b')).not.toBe(scoreColor(1, '#c0392b'));
    expect(scoreColor(NaN, '#c0392b')).toBe(scoreColor(0, '#c0392b'));
  });
});

describe('forceLayout', () => {
  it('is deterministic, finite, and ignores edges to unknown nodes', () => {
    const nodes = Array.from({ length: 40 }, (_, i) => ({ id: `n${i}` }));
    const edges = [
      ...nodes.slice(1).map((n, i) => ({ source: `n${i}`, target: n.id, weight: i })),
      { source: 'n0', target: 'missing' },
      { source: 'n3', target: 'n3' },
    ];
    const a = forceLayout(nodes, edges, 50);
    const b = forceLayout(nodes, edges, 50);
    expect([...a.entries()]).toEqual([...b.entries()]);
    for (const p of a.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    expect(forceLayout([], [], 10).size).toBe(0);
  });
});

describe('format', () => {
  it('shows dates as stated and labels ids readably', () => {
    expect(fmtDate('2024-05-11T09:30:00+05:00')).toBe('2024-05-11 09:30');
    expect(fmtDate('2024-05')).toBe('2024-05');
    expect(fmtDate(null)).toBe('—');
    expect(fmtRange(null, null)).toBe('undated');
    expect(fmtRange('2024-01-01', '2024-01-31')).toBe('2024-01-01 – 2024-01-31');
    expect(fmtScore(0.456)).toBe('+0.46');
    expect(fmtScore(undefined)).toBe('—');
    expect(labelFromId('person:kassym-jomart-tokayev')).toBe('Kassym Jomart Tokayev');
    expect(labelFromId('org:csto')).toBe('CSTO');
    expect(labelFromId('plain')).toBe('plain');
    expect(titleOf({ id: 'abcdef0123456789', source: '/a/b/file.txt', title: '  ' })).toBe('file.txt');
  });
});
