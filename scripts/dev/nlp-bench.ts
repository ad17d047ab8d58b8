/**
 * Throughput of the sentence, time, amount and quote extractors on Reuters-21578 bodies.
 * Run: npx vite-node scripts/dev/nlp-bench.ts [files=2]
 * Quotes run with empty entity lists (speaker resolution then has nothing to look up), so the
 * figure is the cost of mark pairing, attribution parsing and indirect-speech patterns.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { splitSentences } from '../../src/nlp/sentences.js';
import { extractTimes } from '../../src/nlp/time.js';
import { extractAmounts } from '../../src/nlp/amounts.js';
import { extractQuotes } from '../../src/extract/quotes.js';

const DIR = join(process.env.ORBIT_SHARED ?? '/work/shared', 'benchmarks/reuters21578');
const nFiles = Number(process.argv[2] ?? 2);
const MONTHS: Record<string, string> = {
  JAN: '01',
  FEB: '02',
  MAR: '03',
  APR: '04',
  MAY: '05',
  JUN: '06',
  JUL: '07',
  AUG: '08',
  SEP: '09',
  OCT: '10',
  NOV: '11',
  DEC: '12',
};
const docs: { body: string; published: string | null }[] = [];
for (const f of readdirSync(DIR)
  .filter((x) => x.endsWith('.json.gz'))
  .sort()
  .slice(0, nFiles)) {
  for (const d of JSON.parse(gunzipSync(readFileSync(join(DIR, f))).toString('utf8')) as {
    body?: string;
    date?: string;
  }[]) {
    if (!d.body) continue;
    const m = /^\s*(\d{1,2})-([A-Z]{3})-(\d{4})/.exec(d.date ?? '');
    docs.push({ body: d.body, published: m ? `${m[3]}-${MONTHS[m[2]]}-${m[1].padStart(2, '0')}` : null });
  }
}
const words = docs.reduce((n, d) => n + (d.body.match(/\S+/g)?.length ?? 0), 0);
const sents = docs.map((d) => splitSentences(d.body));
const nSent = sents.reduce((n, s) => n + s.length, 0);
function time(label: string, fn: (i: number) => unknown): void {
  for (let i = 0; i < Math.min(50, docs.length); i++) fn(i); // warm-up
  const t0 = performance.now();
  let items = 0;
  for (let i = 0; i < docs.length; i++) {
    const r = fn(i);
    if (Array.isArray(r)) items += r.length;
  }
  const s = (performance.now() - t0) / 1000;
  console.log(
    `${label.padEnd(10)} ${(words / s).toFixed(0).padStart(10)} words/s ${(nSent / s).toFixed(0).padStart(9)} sentences/s ${(docs.length / s).toFixed(0).padStart(7)} docs/s  (${items} items, ${s.toFixed(2)} s)`,
  );
}
console.log(`${docs.length} docs, ${words} words, ${nSent} sentences`);
time('sentences', (i) => splitSentences(docs[i].body));
time('times', (i) => extractTimes(docs[i].body, docs[i].published, sents[i]));
time('amounts', (i) => extractAmounts(docs[i].body));
time('quotes', (i) => extractQuotes(docs[i].body, sents[i], [], []));
