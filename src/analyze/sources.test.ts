import { describe, expect, it } from 'vitest';
import { filterProfiles, outletKey, sourceProfiles, type SourceDoc } from './sources.js';
import type { DocLink } from '../model/index.js';

const doc = (
  id: string,
  outlet: string | null,
  language: string,
  originalSource: string | null = null,
  published: string | null = null,
): SourceDoc => ({
  id,
  outlet,
  originalSource,
  language,
  published,
});

describe('source profiles', () => {
  const docs = [
    doc('tass1', 'TASS', 'ru', null, '2025-09-24'),
    doc('tass2', 'ТАСС', 'ru', null, '2025-09-25'),
    doc('tass3', 'tass.com', 'en', null, '2025-09-20'),
    doc('portal1', 'Steppe Portal', 'ru', 'TASS'), // carries TASS copy, credited
    doc('portal2', 'Steppe Portal', 'ru'), // rewrites tass2 without credit
    doc('portal3', 'Steppe Portal', 'tr'),
    doc('daily1', 'Caspian Daily', 'en'), // independent report of tass3's story
    doc('nobody', null, 'en'),
  ];
  const links: DocLink[] = [
    { from: 'portal1', to: 'tass1', type: 'syndicated', score: 0.95 },
    { from: 'portal2', to: 'tass2', type: 'rewrite', score: 0.7 },
    { from: 'daily1', to: 'tass3', type: 'same_story', score: 0.4 },
  ];
  const stories = [
    { id: 's1', documents: ['tass1', 'portal1'] },
    { id: 's2', documents: ['tass3', 'daily1', 'nobody'] },
  ];
  const ps = sourceProfiles({ docs, links, stories });
  const by = new Map(ps.map((p) => [p.outlet, p]));

  it('groups an outlet across scripts and domains through the media gazetteer', () => {
    const tass = by.get('TASS')!;
    expect(tass.key).toBe('media:tass');
    expect(tass.documents).toBe(3);
    expect(tass.names.sort()).toEqual(['TASS', 'tass.com', 'ТАСС'].sort());
    expect(tass.languages).toEqual([
      { language: 'ru', documents: 2 },
      { language: 'en', documents: 1 },
    ]);
    expect(tass.kind).toBe('news agency');
    expect([tass.firstPublished, tass.lastPublished]).toEqual(['2025-09-20', '2025-09-25']);
    expect(ps.map((p) => p.outlet)).not.toContain(null);
  });

  it('counts agency copy, uncredited copies and rewrites, and independent confirmation', () => {
    const portal = by.get('Steppe Portal')!;
    expect(portal.key).toBe('outlet:steppe portal');
    expect(portal.agencyCopy).toMatchObject({
      documents: 1,
      share: 0.333,
      sources: [{ outlet: 'TASS', documents: 1 }],
    });
    // portal1 credits TASS: a credited copy; portal2 copies TASS silently
    expect(portal.uncreditedCopies).toEqual({ documents: 1, share: 0.333 });
    // s1 holds TASS and its copy only: no independent confirmation
    expect(portal.confirmed.documents).toBe(0);
    const tass = by.get('TASS')!;
    // tass3's story s2 has an independent outlet (Caspian Daily) and an unknown one
    expect(tass.confirmed).toEqual({ documents: 1, share: 0.333 });
    expect(tass.uncreditedCopies.documents).toBe(0);
    expect(by.get('Caspian Daily')!.confirmed.documents).toBe(1);
    expect(tass.inStories).toBe(2);
  });

  it('orders by documents and filters by name', () => {
    expect(ps[0]!.documents).toBeGreaterThanOrEqual(ps[ps.length - 1]!.documents);
    expect(filterProfiles(ps, 'steppe').map((p) => p.outlet)).toEqual(['Steppe Portal']);
    expect(filterProfiles(ps, 'тасс').map((p) => p.outlet)).toEqual(['TASS']);
    expect(filterProfiles(ps, '')).toHaveLength(ps.length);
    expect(outletKey('Лента.ру').key).toBe(outletKey('lenta.ru').key);
  });

  it('survives bad input', () => {
    expect(sourceProfiles({ docs: null as never, links: null as never, stories: null as never })).toEqual([]);
    expect(
      sourceProfiles({
        docs: [null as never, doc('x', '  ', 'en')],
        links: [null as never],
        stories: [{ id: 's', documents: ['x', 'y'] }],
      }),
    ).toEqual([]);
  });
});
