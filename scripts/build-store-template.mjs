// Writes dist/store/pgdata-template.tar.gz: a freshly initialised embedded-store data folder
// (PGlite's initdb, run once here) with every schema migration applied, unpacked into every new
// store instead of running initdb and the migrations there.
// Why: initdb peaked at ~830 MB RSS per new store; unpacking an initdb-only template peaked at
// ~260 MB, of which ~70 MB were the migrations' DDL growing PGlite's WebAssembly memory (which
// never shrinks: an `orbit ingest` into a new store carried it to its end); with the schema in the
// template a new store opens like an existing one (~190 MB).
// Rebuilt when the PGlite version or the migrations change (both are kept beside the tarball); a
// template older than the migrations is still correct: the store applies the missing ones on open.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const out = join(ROOT, 'dist', 'store', 'pgdata-template.tar.gz');
const stamp = `${out}.version`;
const require = createRequire(import.meta.url);
const version = JSON.parse(
  readFileSync(join(dirname(require.resolve('@electric-sql/pglite')), '..', 'package.json'), 'utf8'),
).version;
const { MIGRATIONS, migrate } = await import(join(ROOT, 'dist', 'store', 'migrations.js'));
const schema = createHash('sha256').update(JSON.stringify(MIGRATIONS)).digest('hex').slice(0, 16);
const want = `${version} schema ${schema}`;
if (existsSync(out) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === want) process.exit(0);
const { PGlite } = await import('@electric-sql/pglite');
const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
const pg = new PGlite({ extensions: { pg_trgm } });
await pg.waitReady;
// The store's Db interface over this PGlite, as src/store/db.ts wraps it (migrate needs only this).
const wrap = (q, top) => ({
  kind: 'pglite',
  query: async (sql, params) => (await q.query(sql, params)).rows,
  exec: async (sql) => void (await q.exec(sql)),
  transaction: (fn) => (top ? pg.transaction((tx) => fn(wrap(tx, false))) : fn(wrap(q, false))),
});
await migrate(wrap(pg, true));
const blob = await pg.dumpDataDir('gzip');
await pg.close();
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, Buffer.from(await blob.arrayBuffer()));
writeFileSync(stamp, `${want}\n`);
process.stdout.write(`store template: ${out} (PGlite ${version}, ${MIGRATIONS.length} migrations)\n`);
