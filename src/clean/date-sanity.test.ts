import { describe, expect, it } from 'vitest';
import type { Diagnostic, RawDocument } from '../model/index.js';
import { plausiblePublished } from './date-sanity.js';
import { cleanDocument } from './index.js';

const now = new Date('2026-06-01T00:00:00Z');
const body =
  'Officials of Kazakhstan and Kyrgyzstan met in Bishkek on Monday to discuss water sharing on the upper rivers, the ministry said.';
const raw = (published: string): RawDocument => ({
  id: 'x1',
  source: 'feed.json#1',
  format: 'text',
  body,
  encoding: 'utf-8',
  bytes: body.length,
  hints: { title: 'Talks', published },
});

describe('publication date sanity', () => {
  it('keeps years from 1900 to next year', () => {
    const d: Diagnostic[] = [];
    expect(plausiblePublished('1900-01-01', d, now)).toBe('1900-01-01');
    expect(plausiblePublished('2027-12-31T23:00:00Z', d, now)).toBe('2027-12-31T23:00:00Z');
    expect(d).toEqual([]);
  });
  it('refuses years before 1900, after next year, and negative years, with ORBIT_W_BAD_DATE', () => {
    for (const v of ['-000050-01-01', '0001-01-01', '1899-12-31', '2028-01-01', '+275760-09-13T00:00:00Z']) {
      const d: Diagnostic[] = [];
      expect(plausiblePublished(v, d, now)).toBeNull();
      expect(d[0]?.code).toBe('ORBIT_W_BAD_DATE');
    }
  });
  it('leaves an implausible stated date unknown in a cleaned article', () => {
    const a = cleanDocument(raw('-000050-01-01'));
    expect(a.published).toBeNull();
    expect(a.diagnostics.some((x) => x.code === 'ORBIT_W_BAD_DATE')).toBe(true);
    expect(cleanDocument(raw('2022-03-04')).published).toBe('2022-03-04');
  });
});
