/**
 * The searched words, carried from a search into the article: which words to look for (the
 * query's words and the forms the server's snippet marked) and where they occur in a text.
 * Matching is on word starts, case-insensitive, and lets a word run a few letters past the
 * searched form ("sanction" finds "sanctions", "Kazakh" finds "Kazakhstan"), as the server's
 * stemmed search does.
 */
import { splitSnippet } from './segments';

const OPERATORS = new Set(['or', 'and', 'not']);

/** Words of a web-search query, without operators, exclusions and quotes; lowercased, distinct. */
export function queryTerms(q: string | null | undefined): string[] {
  const out: string[] = [];
  for (const raw of (q ?? '').split(/\s+/)) {
    if (!raw || raw.startsWith('-')) continue;
    for (const w of raw.toLowerCase().split(/[^\p{L}\p{N}]+/u))
      if (w.length >= 2 && !OPERATORS.has(w) && !out.includes(w)) out.push(w);
  }
  return out;
}

/** The query's words plus the hits the server marked in a snippet (its stemmed matches). */
export function highlightTerms(q: string, snippet?: string | null): string[] {
  const terms = queryTerms(q);
  for (const part of splitSnippet(snippet))
    if (part.hit) for (const w of queryTerms(part.text)) if (!terms.includes(w)) terms.push(w);
  return terms.slice(0, 12);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A searched form without a common English ending, so its other forms match too. */
function stem(w: string): string {
  if (w.length > 5)
    for (const end of ['ing', 'ed', 'es', 's']) if (w.endsWith(end)) return w.slice(0, -end.length);
  return w;
}

/** Where the terms occur in `text`: word-start matches, longest first, non-overlapping, in text order. */
export function findTerms(text: string, terms: string[], max = 2000): { start: number; end: number }[] {
  const forms = [...new Set(terms.map((t) => stem(t.toLowerCase())).filter((t) => t.length >= 2))].sort(
    (a, b) => b.length - a.length,
  );
  if (!forms.length || !text) return [];
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${forms.map(escapeRe).join('|')})[\\p{L}\\p{N}]{0,4}(?![\\p{L}\\p{N}])`,
    'giu',
  );
  const out: { start: number; end: number }[] = [];
  for (let m = re.exec(text); m && out.length < max; m = re.exec(text))
    out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
