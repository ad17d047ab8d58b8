// Entity extraction: Orbit vs compromise (people/places/organizations), in one run.
//  - speed: words/s of each over the Reuters-21578 bodies (BENCH_ENTITY_DOCS limits the count)
//  - quality: on the seed articles, entity precision/recall of each, scored by the evaluation's
//    own scorer (../shared/eval/score.mjs) on an export holding only documents and entities.
// Writes bench/out/entities.json. Reported, not asserted.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import nlp from 'compromise';
import { loadReuters } from './reuters.mjs';

const here = import.meta.dirname;
const SHARED = resolve(here, '..', '..', 'shared');
const { extractEntities } = await import('../dist/extract/mentions.js');
const { splitSentences } = await import('../dist/nlp/sentences.js');
const { loadGazetteer } = await import('../dist/resolve/gazetteer.js');
const { cleanDocument } = await import('../dist/clean/index.js');
const { resolveCorpus } = await import('../dist/resolve/resolve.js');
const { score } = await import(join(SHARED, 'eval', 'score.mjs'));

const gaz = loadGazetteer();
const bodies = loadReuters(Number(process.env.BENCH_ENTITY_DOCS ?? 'Infinity')).map((d) => d.body);
const words = bodies.reduce((n, b) => n + (b.match(/\S+/g)?.length ?? 0), 0);
extractEntities('Warm-up: Kazakh Foreign Minister said.', null, gaz);
nlp('Warm-up sentence by John Smith in Paris.').people();

function time(fn) {
  const t0 = performance.now();
  let n = 0;
  for (const b of bodies) n += fn(b);
  const s = (performance.now() - t0) / 1000;
  return { seconds: +s.toFixed(2), wordsPerSecond: Math.round(words / s), entities: n };
}
const orbitSpeed = time((b) => extractEntities(b, splitSentences(b), gaz).entities.length);
const compSpeed = time((b) => {
  const d = nlp(b);
  return d.people().length + d.places().length + d.organizations().length;
});

// Quality on the seeds: the same cleaned text for both extractors.
const seedDir = join(SHARED, 'corpus', 'seeds');
const docs = readdirSync(seedDir)
  .sort()
  .map((f) => {
    const body = readFileSync(join(seedDir, f), 'utf8');
    const a = cleanDocument({
      id: f,
      source: f,
      format: 'text',
      body,
      encoding: 'utf-8',
      bytes: body.length,
      hints: {},
    });
    return {
      id: f,
      source: f,
      title: a.title,
      published: a.published,
      author: a.author,
      outlet: a.outlet,
      originalSource: a.originalSource,
      language: a.language,
      text: a.text,
    };
  });
const base = {
  version: 1,
  generatedAt: new Date().toISOString(),
  documents: docs,
  quotes: [],
  events: [],
  relations: [],
  links: [],
  stories: [],
  alignment: [],
};

const perDoc = docs.map((d) => ({
  id: d.id,
  published: d.published,
  ...extractEntities(d.text, splitSentences(d.text), gaz),
}));
const resolved = resolveCorpus(perDoc, gaz);
const orbitMentions = perDoc.flatMap((d) =>
  d.mentions
    .map((m) => ({
      document: d.id,
      start: m.start,
      end: m.end,
      text: m.text,
      entity: resolved.mentionEntity.get(`${d.id}\u0000${m.ref}`),
    }))
    .filter((m) => m.entity),
);
const orbitScore = score(
  { ...base, entities: resolved.entities, mentions: orbitMentions },
  JSON.parse(readFileSync(join(SHARED, 'gold', 'seeds.gold.json'), 'utf8')),
).categories.entities;

// compromise: one entity per distinct normalised name and type, with its mentions located in the text.
const compEntities = new Map();
const compMentions = [];
for (const d of docs) {
  const doc = nlp(d.text);
  for (const [type, list] of [
    ['person', doc.people()],
    ['location', doc.places()],
    ['organization', doc.organizations()],
  ]) {
    for (const m of list.json({ offset: true })) {
      const name = m.text
        .replace(/[’']s$/, '')
        .replace(/[.,;:!?"“”]+$/g, '')
        .trim();
      if (!name) continue;
      const id = `${type}:${name.toLowerCase()}`;
      if (!compEntities.has(id)) compEntities.set(id, { id, type, name, aliases: [name] });
      const start = m.offset?.start ?? d.text.indexOf(name);
      if (start >= 0)
        compMentions.push({
          document: d.id,
          start,
          end: start + m.offset.length,
          text: d.text.slice(start, start + m.offset.length),
          entity: id,
        });
    }
  }
}
const compScore = score(
  { ...base, entities: [...compEntities.values()], mentions: compMentions },
  JSON.parse(readFileSync(join(SHARED, 'gold', 'seeds.gold.json'), 'utf8')),
).categories.entities;

const pick = (s) => ({
  precision: s.precision,
  recall: s.recall,
  f1: s.f1,
  found: s.found,
  total: s.total,
  predicted: s.predicted,
  falsePositives: s.falsePositives,
});
const result = {
  corpus: { documents: bodies.length, words },
  speed: {
    orbit: orbitSpeed,
    compromise: compSpeed,
    ratio: +(orbitSpeed.wordsPerSecond / compSpeed.wordsPerSecond).toFixed(2),
  },
  seeds: { orbit: pick(orbitScore), compromise: pick(compScore) },
};
mkdirSync(join(here, 'out'), { recursive: true });
writeFileSync(join(here, 'out', 'entities.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result));
