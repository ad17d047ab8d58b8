/**
 * Given names common in English-speaking countries, with the gender each signals
 * (data/lexicon/given-names-en.json, built by scripts/build-given-names-en.mjs from a CC0 list).
 * Mainstream news quotes ordinary people nobody's gazetteer knows ("said Will Bright, a
 * parent"); their given name is the evidence that a capitalised pair names a person, and the
 * gender lets "she said" find them. Keys are lower case.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Gender } from './speaker-roles.js';

const FILE = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'data',
  'lexicon',
  'given-names-en.json',
);

/** gender by lower-case name; null for a name given to both sexes */
let cache: ReadonlyMap<string, Gender | null> | null = null;

function table(): ReadonlyMap<string, Gender | null> {
  if (!cache) {
    // A missing file is a broken checkout, not a reason to stop extracting: no English names then.
    const raw = existsSync(FILE) ? (JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, unknown>) : {};
    const list = (k: string): string[] => (Array.isArray(raw[k]) ? (raw[k] as string[]) : []);
    const m = new Map<string, Gender | null>();
    for (const n of list('male')) m.set(n, 'm');
    for (const n of list('female')) m.set(n, 'f');
    for (const n of list('either')) m.set(n, null);
    cache = m;
  }
  return cache;
}

/** Is this token (any case) a common English given name? */
export function isEnglishGivenName(token: string): boolean {
  return table().has(token.toLowerCase());
}

/** The gender an English given name signals: 'm', 'f', or null (unknown or given to both). */
export function englishGivenGender(token: string): Gender | null {
  return table().get(token.toLowerCase()) ?? null;
}
