import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fold } from '../resolve/fold.js';
import { upsertEntities, type StoredEntity } from './corpus-state.js';
import type { Db } from './db.js';
import { listEntities } from './fact-queries.js';
import { Store } from './store.js';

const SYL = ['ka', 'zan', 'bek', 'ov', 'ro', 'mi', 'tal', 'sha', 'nur', 'gül', 'dar', 'Ian', 'berg', 'ÖZ'];

/** Deterministic entities whose names and aliases share many pieces (so queries match several). */
function entities(n: number): StoredEntity[] {
  let s = 7;
  const rnd = () => ((s = (s * 9301 + 49297) % 233280), s / 233280);
  const word = () => {
    let w = '';
    for (let k = 2 + Math.floor(rnd() * 2); k > 0; k--) w += SYL[Math.floor(rnd() * SYL.length)];
    return w[0]!.toUpperCase() + w.slice(1);
  };
  return Array.from({ length: n }, (_, i) => ({
    id: `person:t-${i}`,
    type: i % 3 ? 'person' : 'organization',
    name: `${word()} ${word()}`,
    aliases: Array.from({ length: Math.floor(rnd() * 4) }, () =>
      rnd() < 0.5 ? word() : `${word()} ${word()}`,
    ),
    reasons: [],
    mentionCount: Math.floor(rnd() * 20),
    documentCount: 1,
  }));
}

describe('listEntities with a query', () => {
  let store: Store;
  let all: StoredEntity[];
  beforeAll(async () => {
    store = await Store.open({ data: mkdtempSync(join(tmpdir(), 'orbit-entq-')) });
    all = entities(400);
    await upsertEntities(store.db, all);
  });
  afterAll(async () => {
    await store?.close();
  });

  it('finds the entities whose folded name or a lower-cased alias contains the query', async () => {
    const piece = fc.tuple(fc.nat(399), fc.nat(12), fc.integer({ min: 1, max: 6 }));
    await fc.assert(
      fc.asyncProperty(piece, fc.constantFrom(undefined, 'person'), async ([i, at, len], type) => {
        const e = all[i]!;
        const text = [e.name, ...e.aliases][at % (1 + e.aliases.length)]!;
        const q = text.slice(at % text.length, (at % text.length) + len);
        const got = await listEntities(store, { q, type, limit: 500 });
        const f = fold(q);
        const want = all.filter(
          (x) =>
            (!type || x.type === type) &&
            (fold(x.name).includes(f) || x.aliases.some((a) => a.toLowerCase().includes(f))),
        );
        // every substring match is found (trigram-similar names may come on top of them)
        expect(got.map((x) => x.id)).toEqual(expect.arrayContaining(want.map((x) => x.id)));
        for (const x of got.filter((g) => !want.some((w) => w.id === g.id)))
          expect(x.aliases.some((a) => a.toLowerCase().includes(f))).toBe(false);
      }),
      { numRuns: 80, seed: 3 },
    );
  });

  it('finds aliases through an index, not by unpacking every alias list', async () => {
    // The statement listEntities sends, explained with sequential scans priced out: with the
    // alias index the entities table is read by bitmap scans only.
    let sent: { sql: string; params: unknown[] } | null = null;
    const spy: Db = {
      ...store.db,
      query: async (sql: string, params?: unknown[]) => {
        sent = { sql, params: params ?? [] };
        return store.db.query(sql, params);
      },
    };
    await listEntities({ db: spy } as Store, { q: 'zanbek', limit: 20 });
    expect(sent).not.toBeNull();
    const plan = await store.db.transaction(async (tx) => {
      await tx.exec('set local enable_seqscan = off');
      return tx.query(`explain ${sent!.sql}`, sent!.params);
    });
    const text = plan.map((r) => String(r['QUERY PLAN'])).join('\n');
    expect(text).toContain('entities_aliases_trgm');
    expect(text).not.toMatch(/Seq Scan on entities/);
  });
});
