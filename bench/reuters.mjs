// Shared loader for the Reuters-21578 benchmark corpus (read from ../shared, never copied).
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';

export const REUTERS_DIR = resolve(import.meta.dirname, '..', '..', 'shared', 'benchmarks', 'reuters21578');

const decode = (s) =>
  s.replace(/&#3;/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').trim();

/** All stories with a non-empty body, as {newid, title, body, date, dateline}. */
export function loadReuters(limit = Infinity) {
  const out = [];
  for (const f of readdirSync(REUTERS_DIR)
    .filter((n) => n.endsWith('.json.gz'))
    .sort()) {
    for (const d of JSON.parse(gunzipSync(readFileSync(join(REUTERS_DIR, f))).toString('utf8'))) {
      const body = decode(d.body ?? '');
      if (!body) continue;
      out.push({
        newid: d.attrs?.newid,
        title: decode(d.title ?? ''),
        body,
        date: d.date,
        dateline: d.dateline,
      });
      if (out.length >= limit) return out;
    }
  }
  return out;
}

/**
 * Reuters stories, then perturbed copies up to `n` documents: each copy gets a unique reference
 * line (so a new id and a near-duplicate text, as wire copies are), round after round.
 */
export function replicatedReuters(n) {
  const base = loadReuters(Number.isFinite(n) ? n : Infinity);
  const docs = base.map((d) => ({ title: d.title, body: d.body, date: d.date, url: `reuters:${d.newid}` }));
  for (let k = 1; docs.length < n; k++) {
    for (const d of base) {
      if (docs.length >= n) break;
      docs.push({
        title: d.title,
        body: `${d.body}\nReference ${d.newid}-${k}.`,
        date: d.date,
        url: `reuters:${d.newid}:copy${k}`,
      });
    }
  }
  return docs;
}
