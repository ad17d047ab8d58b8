/**
 * Acceptance on the development seeds: cleans every seed page dump and checks the gold's
 * document metadata and cleaning snippets with the scorer's normalisation. The seeds and gold are
 * read from the shared folder at test time (never copied into the repo); without it the suite is
 * skipped with one line saying so (a failure under CI=true). Set ORBIT_SHARED to point elsewhere.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { needs, sharedData, SHARED_DIR } from '../testing/requirements.js';
import type { Article } from '../model/index.js';
import { cleanDocument } from './index.js';

const SEEDS = join(SHARED_DIR, 'corpus/seeds');
const GOLD = join(SHARED_DIR, 'gold/seeds.gold.json');
const requirement = needs(
  'seed acceptance (src/clean/seeds.test.ts)',
  sharedData('corpus/seeds', 'gold/seeds.gold.json'),
);
const available = requirement.ok;

type GoldDoc = {
  title?: unknown;
  published?: string | null;
  author?: unknown;
  outlet?: unknown;
  originalSource?: unknown;
  language?: unknown;
  include?: string[];
  exclude?: string[];
  atMostOnce?: string[];
};

// The scorer's normalisation: NFKD, no diacritics, lowercase, unified quotes/dashes, collapsed spaces.
const FOLD: Record<string, string> = {
  ı: 'i',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ħ: 'h',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
};
function fold(s: unknown): string {
  return String(s ?? '')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ıłøđħßæœþ]/g, (c) => FOLD[c])
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
const normName = (s: unknown): string => fold(s).replace(/^the /, '');
const isEmpty = (v: unknown): boolean => v == null || (typeof v === 'string' && v.trim() === '');

const TS = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
function parseTs(s: string): { date: string; local: string | null; instant: number | null } | null {
  const m = TS.exec(s.trim());
  if (!m) return null;
  const [, date, hh, mm, off] = m;
  const local = hh ? `${date}T${hh}:${mm}` : null;
  let instant: number | null = null;
  if (local && off) {
    const o = /^([+-])(\d{2}):?(\d{2})?$/.exec(off);
    const offMin = o ? (o[1] === '-' ? -1 : 1) * (Number(o[2]) * 60 + Number(o[3] ?? 0)) : 0;
    instant = Date.parse(`${local}:00Z`) - offMin * 60000;
  }
  return { date, local, instant };
}
function sameTime(gold: string, proj: string): boolean {
  const g = parseTs(gold);
  const p = parseTs(proj);
  if (!g || !p) return false;
  if (!g.local) return p.date === g.date;
  if (g.instant != null && p.instant != null) return g.instant === p.instant;
  return p.local === g.local;
}
function metaEqual(field: string, gold: unknown, proj: unknown): boolean {
  if (gold === null) return isEmpty(proj);
  if (isEmpty(proj)) return false;
  if (field === 'published') return sameTime(String(gold), String(proj));
  if (field === 'language') return fold(proj).split(/[-_]/)[0] === fold(gold).split(/[-_]/)[0];
  return normName(proj) === normName(gold);
}
const count = (hay: string, needle: string): number => {
  let n = 0;
  for (let i = needle ? hay.indexOf(needle) : -1; i !== -1; i = hay.indexOf(needle, i + needle.length)) n++;
  return n;
};

const FIELDS = ['title', 'published', 'author', 'outlet', 'originalSource', 'language'] as const;

requirement.describe('seed acceptance (dev set)', () => {
  const gold = available ? (JSON.parse(readFileSync(GOLD, 'utf8')).documents as Record<string, GoldDoc>) : {};
  const articles = new Map<string, Article>();
  if (available) {
    for (const f of readdirSync(SEEDS)) {
      const body = readFileSync(join(SEEDS, f), 'utf8');
      articles.set(
        f,
        cleanDocument({
          id: f,
          source: join(SEEDS, f),
          format: 'text',
          body,
          encoding: 'utf-8',
          bytes: body.length,
          hints: {},
        }),
      );
    }
  }

  it('every gold document has a seed file', () => {
    for (const key of Object.keys(gold)) expect(articles.has(key), key).toBe(true);
  });

  it('metadata accuracy is at least 0.95 (scorer rules)', () => {
    let correct = 0;
    let scored = 0;
    const misses: string[] = [];
    for (const [key, g] of Object.entries(gold)) {
      const a = articles.get(key);
      for (const f of FIELDS) {
        if (!(f in g)) continue;
        const expected = g[f];
        if (expected === null && (f === 'outlet' || f === 'originalSource')) continue; // not scored
        const options = Array.isArray(expected) ? expected : [expected];
        scored++;
        if (a && options.some((o) => metaEqual(f, o, a[f]))) correct++;
        else misses.push(`${key} ${f}: got ${JSON.stringify(a?.[f])}, expected ${JSON.stringify(options)}`);
      }
    }
    expect(scored).toBeGreaterThan(0);
    expect(correct / scored, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('every include / exclude / atMostOnce check passes', () => {
    const misses: string[] = [];
    for (const [key, g] of Object.entries(gold)) {
      const text = fold(articles.get(key)?.text ?? '');
      for (const s of g.include ?? []) if (!text.includes(fold(s))) misses.push(`${key}: missing "${s}"`);
      for (const s of g.exclude ?? []) if (text.includes(fold(s))) misses.push(`${key}: kept "${s}"`);
      for (const s of g.atMostOnce ?? [])
        if (count(text, fold(s)) > 1) misses.push(`${key}: repeated "${s}"`);
    }
    expect(misses).toEqual([]);
  });

  it('paragraph offsets point into the text', () => {
    for (const a of articles.values()) {
      for (const p of a.paragraphs) {
        expect(p.start).toBeLessThan(p.end);
        expect(a.text.slice(p.start, p.end).trim()).toBe(a.text.slice(p.start, p.end));
      }
      expect(a.paragraphs.map((p) => a.text.slice(p.start, p.end)).join('\n\n')).toBe(a.text);
    }
  });
});
