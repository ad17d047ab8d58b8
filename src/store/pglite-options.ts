/**
 * How the embedded store's PostgreSQL is started: settings for a small process, and a template
 * data folder for new stores.
 *
 * Memory: creating a store runs initdb, which starts a second PostgreSQL instance in WebAssembly;
 * together they peaked at ~830 MB RSS, more than opening an existing store (~300 MB) ever costs.
 * `npm run build` runs initdb once (scripts/build-store-template.mjs) and keeps the fresh data
 * folder as a tarball; a new store is unpacked from it instead (`unpackTemplate`, before PGlite
 * starts, which then opens it as an existing store). Without the tarball (a source checkout
 * before its first build) initdb runs as before.
 *
 * Settings: shared buffers and WAL buffers sized for one local process rather than a server, and
 * a small WAL (max 64 MB) so checkpoints recycle it: the data folder holds data, not log.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipWhole } from '../buffers.js';

export const PGLITE_SETTINGS = [
  'shared_buffers=16MB',
  'wal_buffers=1MB',
  'max_wal_size=64MB',
  'min_wal_size=32MB',
  'maintenance_work_mem=32MB',
];

/** The template tarball written by the build (dist/store/), found from src/ (tests) and dist/ alike. */
export const STORE_TEMPLATE = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'dist',
  'store',
  'pgdata-template.tar.gz',
);

/** The template to unpack into `dir`, when `dir` holds no database yet and the template exists. */
export function templateFor(dir: string | null, tarball: string = STORE_TEMPLATE): string | null {
  if (!dir || existsSync(join(dir, 'PG_VERSION')) || process.env.ORBIT_STORE_TEMPLATE === 'off') return null;
  return existsSync(tarball) ? tarball : null;
}

/** PGlite constructor options (extensions apart): the settings above. */
export function pgliteOptions(defaultStartParams: string[]): { startParams: string[] } {
  return { startParams: [...defaultStartParams, ...PGLITE_SETTINGS.flatMap((s) => ['-c', s])] };
}

/**
 * Unpacks the template into `dir` when it holds no database yet; returns whether it did. Done
 * here rather than by PGlite (its `loadDataDir` option): PGlite unpacked the 38 MB tar through its
 * WebAssembly file system, whose memory never shrinks back, so a new store's process kept ~160 MB
 * more resident than one opening an existing store (347 against 187 MB peak). PG_VERSION is
 * written last: a folder left half unpacked (a killed process) is not taken for a database and
 * is unpacked again by the next open.
 */
export function unpackTemplate(dir: string | null, tarball: string = STORE_TEMPLATE): boolean {
  const template = templateFor(dir, tarball);
  if (!dir || !template) return false;
  // Every entry is checked before anything is written.
  const dirs: string[] = [];
  const files: { path: string; body: Buffer }[] = [];
  for (const e of tarEntries(gunzipWhole(readFileSync(template)))) {
    const rel = e.name.replace(/^\/+/, '').replace(/\/+$/, '');
    if (!rel) continue;
    if (rel.split('/').some((p) => p === '..')) throw new Error(`store template: unsafe path ${e.name}`);
    if (e.type === '5') dirs.push(join(dir, rel));
    else if (e.type === '0') files.push({ path: join(dir, rel), body: e.body });
    else throw new Error(`store template: unsupported entry type ${e.type} (${e.name})`);
  }
  for (const d of dirs) mkdirSync(d, { recursive: true });
  const last = (f: { path: string }) => (basename(f.path) === 'PG_VERSION' ? 1 : 0);
  for (const f of files.sort((a, b) => last(a) - last(b))) {
    mkdirSync(dirname(f.path), { recursive: true });
    writeFileSync(f.path, f.body);
  }
  return true;
}

/** The entries of a ustar archive (name, type flag, contents), as PGlite's dumpDataDir writes them. */
export function* tarEntries(tar: Buffer): Generator<{ name: string; type: string; body: Buffer }> {
  let off = 0;
  while (off + 512 <= tar.length) {
    const h = tar.subarray(off, off + 512);
    if (h.every((b) => b === 0)) return; // end of archive
    const field = (a: number, b: number) => {
      const f = h.subarray(a, b);
      const nul = f.indexOf(0);
      return f.subarray(0, nul < 0 ? f.length : nul).toString('utf8');
    };
    const prefix = field(257, 262) === 'ustar' ? field(345, 500) : '';
    const name = prefix ? `${prefix}/${field(0, 100)}` : field(0, 100);
    const size = parseInt(field(124, 136).trim() || '0', 8);
    if (!Number.isFinite(size) || size < 0 || off + 512 + size > tar.length)
      throw new Error(`store template: damaged entry ${name}`);
    yield {
      name,
      type: h[156] ? String.fromCharCode(h[156]) : '0',
      body: tar.subarray(off + 512, off + 512 + size),
    };
    off += 512 + Math.ceil(size / 512) * 512;
  }
}
