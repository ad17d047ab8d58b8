// Dev check: entity, resolution and role scores of the mention extractor + resolver on the seed
// articles, measured by the project's scorer (../shared/eval/score.mjs) on an export that holds
// only documents, entities and mentions. The seed files include page chrome; as a stand-in for
// cleaning, only lines of 60+ characters are kept (or the whole file with --raw).
//
//   npx vite-node scripts/dev/entities-seeds.mjs [--raw] [--verbose]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractEntities } from '../../src/extract/mentions.ts';
import { resolveCorpus } from '../../src/resolve/resolve.ts';
import { loadGazetteer } from '../../src/resolve/gazetteer.ts';

const SHARED = process.env.ORBIT_SHARED ?? '/work/shared';
const raw = process.argv.includes('--raw');
const verbose = process.argv.includes('--verbose');
const { score } = await import(join(SHARED, 'eval/score.mjs'));
const gold = JSON.parse(readFileSync(join(SHARED, 'gold/seeds.gold.json'), 'utf8'));
const dir = join(SHARED, 'corpus/seeds');
const gaz = loadGazetteer();
const docs = [];
for (const f of readdirSync(dir)
  .filter((x) => x.endsWith('.txt'))
  .sort()) {
  const full = readFileSync(join(dir, f), 'utf8');
  const text = raw
    ? full
    : full
        .split('\n')
        .filter((l) => l.trim().length >= 60)
        .join('\n');
  const { entities, mentions } = extractEntities(text, null, gaz, { published: null });
  docs.push({ id: f, source: f, text, entities, mentions });
}
const res = resolveCorpus(
  docs.map((d) => ({ id: d.id, published: null, entities: d.entities, mentions: d.mentions })),
  gaz,
);
const exp = {
  version: 1,
  generatedAt: new Date().toISOString(),
  documents: docs.map((d) => ({
    id: d.id,
    source: d.source,
    title: null,
    published: null,
    author: null,
    outlet: null,
    originalSource: null,
    language: 'en',
    text: d.text,
  })),
  entities: res.entities,
  mentions: docs.flatMap((d) =>
    d.mentions
      .map((m) => ({
        document: d.id,
        start: m.start,
        end: m.end,
        text: m.text,
        entity: res.mentionEntity.get(`${d.id}\u0000${m.ref}`),
      }))
      .filter((m) => m.entity),
  ),
  quotes: [],
  events: [],
  relations: [],
  links: [],
  stories: [],
  alignment: [],
};
const r = score(exp, gold);
const c = r.categories;
const e = c.entities;
console.log(
  `entities   P ${e.precision} R ${e.recall} F1 ${e.f1}  found ${e.found}/${e.total} pred ${e.predicted} fp ${e.falsePositives} split ${e.splitErrors} merge ${e.mergeErrors}`,
);
console.log(`resolution ${c.resolution.passed}/${c.resolution.total}  acc ${c.resolution.accuracy}`);
console.log(
  `roles      title ${c.roles.titleCorrect}/${c.roles.total}  title+of ${c.roles.withOfCorrect}/${c.roles.total}  acc ${c.roles.withOfAccuracy}`,
);
console.log(`locations  ${c.locations.found}/${c.locations.total}`);
console.log(`spans      violations ${c.spans.violations}`);
if (verbose) {
  for (const k of ['entities', 'resolution', 'roles', 'locations', 'spans'])
    for (const m of c[k].misses) console.log(`  [${k}]`, JSON.stringify(m));
}
