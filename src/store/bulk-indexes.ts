/**
 * Bulk rewrites of the embedded store with their tables' secondary indexes built once at the end.
 *
 * A corpus rebuild empties and refills the corpus tables (src/store/store.ts replaceCorpusFacts,
 * corpus-state.ts replaceCorpusState) in one transaction. Inserting hundreds of thousands of rows
 * one by one into each of their B-tree and GIN indexes (mentions has three, quotes five, entities
 * five of which two are trigram GINs) costs more than building the same indexes from the filled
 * table, which sorts once and writes each page once. On the embedded store a transaction holds
 * every other statement back anyway, so dropping the indexes inside it hides nothing from readers;
 * the indexes are recreated from their own definitions (pg_get_indexdef) before commit, and a
 * failed rewrite rolls the drop back with everything else. Indexes behind constraints (primary keys,
 * unique constraints: `on conflict` needs them) are kept. On PostgreSQL a dropped index would
 * hold an exclusive lock on the table for the whole rebuild, blocking the API's reads: there the
 * rewrite runs as it is.
 */
import type { Db } from './db.js';

/** Runs `fn` inside `db`'s current transaction with the non-constraint indexes of `tables` dropped, then rebuilds them. */
export async function withIndexesDeferred<T>(db: Db, tables: string[], fn: () => Promise<T>): Promise<T> {
  if (db.kind !== 'pglite' || !tables.length) return fn();
  const indexes = await db.query<{ name: string; def: string }>(
    `select quote_ident(ci.relname) as name, pg_get_indexdef(i.indexrelid) as def
       from pg_index i
       join pg_class ct on ct.oid = i.indrelid
       join pg_class ci on ci.oid = i.indexrelid
      where ct.relname = any($1::text[]) and ct.relnamespace = current_schema()::regnamespace
        and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
      order by ct.relname, ci.relname`,
    [tables],
  );
  if (indexes.length) await db.exec(indexes.map((i) => `drop index ${i.name};`).join('\n'));
  const out = await fn();
  for (const i of indexes) await db.exec(i.def);
  return out;
}
