/**
 * How the embedded store's PostgreSQL is started: settings for a small process, and a template
 * data folder for new stores.
 *
 * Memory: creating a store runs initdb, which starts a second PostgreSQL instance in WebAssembly;
 * together they peaked at ~830 MB RSS, more than opening an existing store (~300 MB) ever costs.
 * `npm run build` runs initdb once (scripts/build-store-template.mjs) and keeps the fresh data
 * folder as a tarball; a new store is unpacked from it instead (peak ~370 MB). Without the
 * tarball (a source checkout before its first build) initdb runs as before.
 *
 * Settings: shared buffers and WAL buffers sized for one local process rather than a server, and
 * a small WAL (max 64 MB) so checkpoints recycle it: the data folder holds data, not log.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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
export function templateFor(dir: string | null): string | null {
  if (!dir || existsSync(join(dir, 'PG_VERSION')) || process.env.ORBIT_STORE_TEMPLATE === 'off') return null;
  return existsSync(STORE_TEMPLATE) ? STORE_TEMPLATE : null;
}

/** PGlite constructor options (extensions apart) for a store in `dir` (null: in memory). */
export function pgliteOptions(
  dir: string | null,
  defaultStartParams: string[],
): { startParams: string[]; loadDataDir?: Blob } {
  const template = templateFor(dir);
  return {
    startParams: [...defaultStartParams, ...PGLITE_SETTINGS.flatMap((s) => ['-c', s])],
    ...(template ? { loadDataDir: new Blob([readFileSync(template)]) } : {}),
  };
}
