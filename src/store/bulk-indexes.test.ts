import { afterAll, describe, expect, it } from 'vitest';
import { withIndexesDeferred } from './bulk-indexes.js';
import type { Db } from './db.js';
import { backends } from './test-backends.js';
import type { Store } from './store.js';

const TABLES = ['mentions', 'quotes', 'entities'];

/** Index names and definitions of the tables, constraint indexes included. */
const indexDefs = (db: Db) =>
  db.query<{ indexname: string; indexdef: string }>(
    `select indexname, indexdef from pg_indexes
      where tablename = any($1::text[]) and schemaname = current_schema() order by indexname`,
    [TABLES],
  );

describe.each(backends())('withIndexesDeferred ($name)', ({ name, open }) => {
  const stores: Store[] = [];
  afterAll(async () => {
    for (const s of stores) await s.close();
  });

  it('builds the same indexes after the rewrite; on the embedded store they are absent during it', async () => {
    const store = await open();
    stores.push(store);
    const before = await indexDefs(store.db);
    expect(before.length).toBeGreaterThan(5);
    const during = await store.db.transaction((tx) =>
      withIndexesDeferred(tx, TABLES, async () => {
        await tx.query(
          `insert into mentions (doc_id, start_pos, end_pos, text, entity_id) values ('d', 0, 5, 'Paris', 'e:paris')`,
        );
        return indexDefs(tx);
      }),
    );
    const kept = before.filter((i) => /_pkey$/.test(i.indexname));
    if (name.startsWith('pglite')) expect(during).toEqual(kept);
    else expect(during).toEqual(before);
    expect(await indexDefs(store.db)).toEqual(before);
    // the rebuilt index serves the row written while it was gone
    const rows = await store.db.query(`select doc_id from mentions where entity_id = 'e:paris'`);
    expect(rows.map((r) => r.doc_id)).toEqual(['d']);
  });

  it('keeps the indexes when the rewrite fails (the drop rolls back with it)', async () => {
    const store = await open();
    stores.push(store);
    const before = await indexDefs(store.db);
    await expect(
      store.db.transaction((tx) =>
        withIndexesDeferred(tx, TABLES, async () => {
          throw new Error('rewrite failed');
        }),
      ),
    ).rejects.toThrow('rewrite failed');
    expect(await indexDefs(store.db)).toEqual(before);
  });
});
