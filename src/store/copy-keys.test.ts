import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sketch } from '../link/index.js';
import { copyKeyNumber } from './copy-keys.js';
import { openDb } from './db.js';
import { MIGRATIONS, migrate } from './migrations.js';

const text =
  'The ministers met in the capital on Tuesday and agreed to extend the transit agreement. ' +
  'Officials said the new terms would cover grain, fuel and fertiliser shipments through the port. ' +
  'A joint commission will review the tariffs every six months, the statement added.';
const keys = (() => {
  const s = sketch({ id: 'a', text, title: null, published: null, outlet: null, originalSource: null });
  return [...s.bandKeys, ...s.passageKeys];
})();

describe('copyKeyNumber', () => {
  it('maps every key of a sketch to a distinct safe integer, band keys positive, passage keys negative', () => {
    expect(keys.some((k) => k.startsWith('b')) && keys.some((k) => k.startsWith('p'))).toBe(true);
    const n = keys.map(copyKeyNumber);
    expect(new Set(n).size).toBe(new Set(keys).size);
    n.forEach((x, i) => {
      expect(Number.isSafeInteger(x)).toBe(true);
      expect(x >= 0).toBe(keys[i]!.startsWith('b'));
    });
    // the extremes of both kinds stay apart and exact
    expect(copyKeyNumber('b31:ffffffffffff')).toBe(2 ** 53 - 1);
    expect(copyKeyNumber('b0:000000000000')).toBe(0);
    expect(copyKeyNumber('p0:00000000')).toBe(-1);
    expect(copyKeyNumber('p5:ffffffff')).toBe(-(6 * 2 ** 32));
  });
  it('refuses what minhash.ts does not make', () => {
    for (const k of [
      'b32:000000000000',
      'p1:123456789',
      'x1:00',
      'b1:zz',
      'b1:0A',
      'b:00',
      'b12345678:00',
      'p1:',
      'b-1:00',
      '',
    ])
      expect(() => copyKeyNumber(k)).toThrow(/not a copy key/);
  });
});

describe('migration 19 (copy keys as integers)', () => {
  it('turns stored text postings into the same integer postings, by document sequence number', async () => {
    const db = await openDb({ dir: mkdtempSync(join(tmpdir(), 'orbit-store-')) });
    try {
      // A schema of its own, migrated to 18 by hand (a new store's template may be migrated already).
      await db.exec(
        'create extension if not exists pg_trgm; create schema m19; set search_path = m19, public',
      );
      await db.exec('create table schema_migrations (version integer primary key, name text not null)');
      for (const m of MIGRATIONS.filter((m) => m.version < 19)) {
        await db.exec(m.sql);
        await db.query('insert into schema_migrations (version, name) values ($1, $2)', [m.version, m.name]);
      }
      for (const id of ['d1', 'd2'])
        await db.query(
          `insert into documents (id, source, format, language, text) values ($1, 's', 'text', 'en', 'x')`,
          [id],
        );
      const extremes = ['b31:ffffffffffff', 'b0:000000000000', 'p0:00000000', 'p5:ffffffff'];
      const rows = [
        ...keys.map((k) => [k, 'd1', null]),
        ...extremes.map((k) => [k, 'd2', '{1,2}']),
        ['b3:0123456789ab', 'gone', null], // no such document: dropped
      ];
      for (const [k, d, s] of rows)
        await db.query('insert into copy_bands (band_key, doc_id, spans) values ($1, $2, $3::int[])', [
          k,
          d,
          s,
        ]);
      expect(await migrate(db)).toContain(19);
      const got = await db.query<{ key: number; doc: number; spans: number[] | null }>(
        'select key, doc, spans from copy_keys order by key, doc',
      );
      const seq = new Map(
        (await db.query<{ id: string; seq: number }>('select id, seq from documents')).map((r) => [
          r.id,
          Number(r.seq),
        ]),
      );
      const want = rows
        .filter(([, d]) => d !== 'gone')
        .map(([k, d, s]) => ({ key: copyKeyNumber(k!), doc: seq.get(d!)!, spans: s ? [1, 2] : null }))
        .sort((a, b) => a.key - b.key || a.doc - b.doc);
      expect(
        got.map((r) => ({ key: Number(r.key), doc: Number(r.doc), spans: r.spans?.map(Number) ?? null })),
      ).toEqual(want);
      expect(await db.query("select to_regclass('m19.copy_bands') as t")).toEqual([{ t: null }]);
    } finally {
      await db.close();
    }
  });
});
