/**
 * Russian and Turkish function words (adverbs, adpositions, conjunctions, pronouns, particles…),
 * learnt from the UD treebanks by scripts/train-function-words.mjs into
 * data/lexicon/function-words.json. A capitalised word of this class opens a sentence or a clause
 * ("Ранее", "Однако", "Özellikle"); it is never the first word of a name. English needs no such
 * file: its capitalised function words are few and listed with the mention rules.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fold } from '../resolve/fold.js';

const FILE = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'data',
  'lexicon',
  'function-words.json',
);

let cache: Record<'ru' | 'tr', ReadonlySet<string>> | null = null;

/** The folded function words of a language (empty for a language without a list). */
export function functionWords(lang: string): ReadonlySet<string> {
  if (!cache) {
    // A missing file is a broken checkout, not a reason to stop extracting: no trimming then.
    const raw = existsSync(FILE) ? (JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, unknown>) : {};
    const list = (k: string) =>
      new Set((Array.isArray(raw[k]) ? (raw[k] as string[]) : []).map((w) => fold(w)));
    cache = { ru: list('ru'), tr: list('tr') };
  }
  return lang === 'ru' || lang === 'tr' ? cache[lang] : EMPTY;
}

const EMPTY: ReadonlySet<string> = new Set();
