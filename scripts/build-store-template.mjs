// Writes dist/store/pgdata-template.tar.gz: a freshly initialised embedded-store data folder
// (PGlite's initdb, run once here), unpacked into every new store instead of running initdb there.
// Why: initdb peaked at ~830 MB RSS per new store; unpacking the template peaks at ~370 MB.
// Rebuilt only when the PGlite version changes (its version is kept beside the tarball).
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
if (existsSync(out) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === version) process.exit(0);
const { PGlite } = await import('@electric-sql/pglite');
const pg = new PGlite();
await pg.waitReady;
const blob = await pg.dumpDataDir('gzip');
await pg.close();
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, Buffer.from(await blob.arrayBuffer()));
writeFileSync(stamp, `${version}\n`);
process.stdout.write(`store template: ${out} (PGlite ${version})\n`);
