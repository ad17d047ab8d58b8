/**
 * The backends every shared store test runs against: PGlite always (in-thread and on a worker
 * thread), PostgreSQL when
 * ORBIT_TEST_DATABASE_URL is set. Each PostgreSQL test store gets its own schema so tests
 * never see each other's rows.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Store } from './store.js';

export type Backend = { name: string; open: () => Promise<Store> };

export const TEST_DATABASE_URL = process.env.ORBIT_TEST_DATABASE_URL;

let schemaCounter = 0;

/** A URL whose connections use a fresh schema (public stays on the path for pg_trgm). */
export async function freshSchemaUrl(base: string, prefix = 'orbit_t'): Promise<string> {
  const pg = (await import('pg')).default;
  const schema = `${prefix}_${process.pid}_${Date.now().toString(36)}_${schemaCounter++}`;
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  await client.query('create extension if not exists pg_trgm');
  await client.query(`drop schema if exists ${schema} cascade`);
  await client.query(`create schema ${schema}`);
  await client.end();
  const u = new URL(base);
  u.searchParams.set('options', `-c search_path=${schema},public`);
  return u.toString();
}

export function backends(): Backend[] {
  const list: Backend[] = [
    { name: 'pglite', open: () => Store.open({ data: mkdtempSync(join(tmpdir(), 'orbit-store-')) }) },
    // The same embedded store with its SQL on a worker thread, as `orbit serve` opens it.
    {
      name: 'pglite-thread',
      open: () => Store.open({ data: mkdtempSync(join(tmpdir(), 'orbit-store-')), thread: true }),
    },
  ];
  if (TEST_DATABASE_URL) {
    list.push({
      name: 'postgres',
      open: async () => Store.open({ url: await freshSchemaUrl(TEST_DATABASE_URL) }),
    });
  }
  return list;
}
