// Throughput of the mention extractor vs compromise's people/places/organizations on Reuters
// bodies (Reuters-21578, Distribution 1.0; research/benchmark use only, read in place).
//
//   npx vite-node scripts/dev/entities-bench.mjs [files=2]
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import nlp from 'compromise';
import { extractEntities } from '../../src/extract/mentions.ts';
import { loadGazetteer } from '../../src/resolve/gazetteer.ts';

const SHARED = process.env.ORBIT_SHARED ?? '/work/shared';
const files = Number(process.argv[2] ?? 2);
const bodies = [];
for (let i = 0; i < files; i++) {
  const path = `${SHARED}/benchmarks/reuters21578/reut2-${String(i).padStart(3, '0')}.json.gz`;
  for (const d of JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')))
    if (d.body) bodies.push(d.body);
}
const words = bodies.reduce((n, b) => n + (b.match(/\S+/g)?.length ?? 0), 0);
const gaz = loadGazetteer();
extractEntities('Warm-up: Kazakh Foreign Minister Aigerim Sadykova said.', null, gaz); // builds the phrase index

function time(label, fn) {
  const t0 = process.hrtime.bigint();
  let n = 0;
  for (const b of bodies) n += fn(b);
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(
    `${label.padEnd(12)} ${bodies.length} docs, ${words} words in ${s.toFixed(2)} s: ${Math.round(words / s)} words/s, ${Math.round(bodies.length / s)} docs/s, ${n} entities`,
  );
  return words / s;
}
const orbit = time('orbit', (b) => extractEntities(b, null, gaz).entities.length);
const comp = time('compromise', (b) => {
  const doc = nlp(b);
  return doc.people().length + doc.places().length + doc.organizations().length;
});
console.log(`speed-up ${(orbit / comp).toFixed(1)}x`);
