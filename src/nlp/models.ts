/**
 * Where trained weights live: data/models/ next to the package root (src/nlp/models.ts under
 * vitest, dist/nlp/models.js when built — two levels below the root either way). Files are read
 * on first use only; a missing file means "no model for this language" (the Doc stays
 * untagged), a corrupt one fails loudly with ORBIT_E_MODEL because it is a packaging bug.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export function modelDir(): string {
  const override = process.env.ORBIT_MODEL_DIR;
  if (override) return override;
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'models');
}

/** The bytes of data/models/<name>, or null when the file does not exist. */
export function readModelFile(name: string): Uint8Array | null {
  const path = join(modelDir(), name);
  if (!existsSync(path)) return null;
  return readFileSync(path); // a Buffer is a Uint8Array: no copy of the file
}
