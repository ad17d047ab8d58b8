// Query latency (p50/p95, ms) of the store functions behind the UI and API — full-text search,
// an entity page (lookup, mentions with context, quotes by the entity, events of the entity) and a
// timeline (events in a date range) — at the size of an ingested store and again after replicating
// it to each of --levels (default 20000,100000 documents). Also the store size per 1,000 documents at each size.
// With --export, each level also runs `orbit export --format json` of the whole store (seconds, peak RSS).
// Usage: node bench/queries.mjs --url URL [--drop]   (URL: a store filled by bench/pipeline.mjs --keep)
//        node bench/queries.mjs --docs N             (fills a fresh schema with `ingestPaths` first)
// Larger levels are built in SQL: documents, annotations, mentions, quotes, events and their
// entity links are copied with new ids (`<id>r<k>`), which gives the tables the size such a
// corpus has without running the pipeline for an hour; entities and links are not copied.
// Reported, not asserted.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadReuters } from './reuters.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const BASE = process.env.ORBIT_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const LEVELS = String(arg('levels', '20000,100000')).split(',').map(Number);
const log = (s) => process.stderr.write(`queries: ${s}\n`);
const load = () => loadavg().map((x) => +x.toFixed(2));

const { Store } = await import('../dist/store/store.js');
const { findEntity, entityMentions, listQuotes, listEvents } = await import('../dist/store/fact-queries.js');
const { briefingSlice } = await import('../dist/store/brief-queries.js');
const { buildBriefing } = await import('../dist/analyze/brief.js');
const { freshSchemaUrl } = await import('../dist/store/test-backends.js');

let url = arg('url', null);
let drop = process.argv.includes('--drop');
if (!url) {
  const n = Number(arg('docs', '2000'));
  url = await freshSchemaUrl(BASE, 'orbit_bench_q');
  drop = true;
  const dir = mkdtempSync(join(tmpdir(), 'orbit-queries-'));
  const docs = loadReuters(n);
  writeFileSync(
    join(dir, 'part.jsonl'),
    `${docs.map((d) => JSON.stringify({ title: d.title, body: d.body, date: d.date, url: `reuters:${d.newid}` })).join('\n')}\n`,
  );
  const { ingestPaths } = await import('../dist/pipeline.js');
  const s = await Store.open({ url });
  log(`ingesting ${n} Reuters stories`);
  await ingestPaths(s, [dir]);
  await s.close();
  rmSync(dir, { recursive: true, force: true });
}
const schema = /search_path=([^,]+)/.exec(
  decodeURIComponent(new URL(url).searchParams.get('options') ?? ''),
)[1];
const store = await Store.open({ url });

const SEARCHES = [
  'oil prices',
  'interest rates',
  'coffee exports',
  'takeover bid',
  '"central bank"',
  'grain -wheat',
  'trade deficit',
  'dividend',
  'OPEC output',
  'yen dollar',
];

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return +s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))].toFixed(2);
};
async function timed(fn, inputs, rounds = 3) {
  const ms = [];
  for (let r = 0; r < rounds; r++) {
    for (const x of inputs) {
      const t0 = performance.now();
      await fn(x);
      ms.push(performance.now() - t0);
    }
  }
  return { n: ms.length, p50: pct(ms, 50), p95: pct(ms, 95) };
}

async function measure() {
  const docs = await store.documentCount();
  const ents = await store.db.query(
    `select id, name from entities where type in ('country', 'organization', 'person') order by mention_count desc limit 15`,
  );
  const [{ min, max }] = await store.db.query(
    `select min(date_start) as min, max(date_start) as max from events where date_start is not null`,
  );
  const ranges = [];
  if (min && max) {
    const y0 = Number(String(min).slice(0, 4));
    const y1 = Number(String(max).slice(0, 4));
    for (let y = y0; y <= y1 && ranges.length < 10; y++)
      for (const m of ['01', '04', '07', '10']) ranges.push({ from: `${y}-${m}-01`, to: `${y}-${m}-28` });
  }
  const months = (
    await store.db.query(
      `select to_char(published_day, 'YYYY-MM') as m, count(*)::int as n from documents where published_day is not null group by 1 order by n desc limit 6`,
    )
  ).map((r) => String(r.m));
  const [size] = await store.db.query(
    `select coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint as bytes from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = $1 and c.relkind in ('r', 'm')`,
    [schema],
  );
  await timed((q) => store.search(q, { limit: 20 }), SEARCHES.slice(0, 2), 1); // warm-up
  const out = {
    documents: docs,
    storeMBPer1kDocs: +((Number(size.bytes) / 1048576) * (1000 / Math.max(1, docs))).toFixed(2),
    loadavg: load(),
    search: await timed((q) => store.search(q, { limit: 20 }), SEARCHES),
    entityPage: await timed(async (e) => {
      const d = await findEntity(store, e.name);
      await entityMentions(store, d.id, { limit: 20 });
      await listQuotes(store, { speaker: d.id, limit: 20 });
      await listEvents(store, { entity: d.id, limit: 50 });
    }, ents),
    timeline: ranges.length
      ? await timed((r) => listEvents(store, { from: r.from, to: r.to, limit: 200 }), ranges)
      : null,
    // A month's briefing as /api/brief builds it: the period's indexed slice, then the page (markdown).
    monthBriefing: months.length
      ? await timed(
          async (m) =>
            buildBriefing(await briefingSlice(store, { from: m, to: m }), { from: m, to: m, format: 'md' }),
          months,
        )
      : null,
    // What a briefing cost before briefingSlice: the whole export loaded for every page (one
    // month, 3 samples; only up to 20k documents, past that it is minutes and gigabytes).
    monthBriefingWholeExport:
      months.length && docs <= 20000
        ? await timed(
            async (m) => buildBriefing(await store.exportAll(), { from: m, to: m, format: 'md' }),
            months.slice(0, 1),
          )
        : undefined,
    export: process.argv.includes('--export') ? exportRun() : undefined,
  };
  log(JSON.stringify(out));
  return out;
}

/** `orbit export --format json` of the whole store in its own process: seconds, peak RSS, bytes. */
function exportRun() {
  const dir = mkdtempSync(join(tmpdir(), 'orbit-export-'));
  const preload = join(dir, 'rss.cjs');
  writeFileSync(
    preload,
    "process.on('exit', () => process.stderr.write(`\\nORBIT_MAXRSS_KB ${process.resourceUsage().maxRSS}\\n`));\n",
  );
  const out = join(dir, 'export.json');
  const t0 = performance.now();
  const r = spawnSync(
    process.execPath,
    [
      '-r',
      preload,
      join(import.meta.dirname, '..', 'dist', 'cli', 'main.js'),
      'export',
      '--format',
      'json',
      '--out',
      out,
    ],
    { env: { ...process.env, ORBIT_DATABASE_URL: url }, encoding: 'utf8' },
  );
  const seconds = +((performance.now() - t0) / 1000).toFixed(1);
  const rss = /ORBIT_MAXRSS_KB (\d+)/.exec(r.stderr);
  const bytes = r.status === 0 ? statSync(out).size : null;
  rmSync(dir, { recursive: true, force: true });
  return {
    exit: r.status,
    seconds,
    peakRssMB: rss ? Math.round(Number(rss[1]) / 1024) : null,
    megabytes: bytes === null ? null : +(bytes / 1048576).toFixed(1),
  };
}

async function replicateTo(target) {
  const [{ n: base }] = await store.db.query(
    `select count(*)::int as n from documents where id !~ 'r[0-9]+$'`,
  );
  for (let k = 1; ; k++) {
    const have = await store.documentCount();
    const limit = Math.min(base, target - have);
    if (limit <= 0) break;
    const [{ n: done }] = await store.db.query(`select count(*)::int as n from documents where id ~ $1`, [
      `r${k}$`,
    ]);
    if (done > 0) continue;
    log(`copy ${k}: ${limit} documents`);
    await store.transaction(async (tx) => {
      await tx.query(
        `create temp table pick on commit drop as select id from documents where id !~ 'r[0-9]+$' order by id limit $1`,
        [limit],
      );
      const sfx = `r${k}`;
      await tx.query(
        `insert into documents (id, source, format, encoding, bytes, title, published, published_day, author, outlet, original_source, dateline, language, text, paragraphs, diagnostics)
        select d.id || $1, d.source || '#' || $1, format, encoding, bytes, title, published, published_day, author, outlet, original_source, dateline, language,
               text || E'\\nReference ' || $1 || '.', paragraphs, diagnostics from documents d join pick p on p.id = d.id`,
        [sfx],
      );
      await tx.query(
        `insert into annotations (doc_id, data) select a.doc_id || $1, a.data from annotations a join pick p on p.id = a.doc_id`,
        [sfx],
      );
      await tx.query(
        `insert into mentions (doc_id, start_pos, end_pos, text, entity_id, published_day) select m.doc_id || $1, start_pos, end_pos, text, entity_id, published_day from mentions m join pick p on p.id = m.doc_id`,
        [sfx],
      );
      await tx.query(
        `insert into quotes (id, doc_id, speaker, published_day, data, cells) select q.id || $1, q.doc_id || $1, speaker, published_day, jsonb_set(q.data, '{id}', to_jsonb(q.id || $1)),
           array(select q.doc_id || $1 || substr(c, length(q.doc_id) + 1) from unnest(q.cells) c) from quotes q join pick p on p.id = q.doc_id`,
        [sfx],
      );
      await tx.query(
        `insert into events (id, type, date_start, date_end, data, t_start, t_end, inferred, sources, intensity)
        select e.id || $1, type, date_start, date_end, jsonb_set(e.data, '{id}', to_jsonb(e.id || $1)), t_start, t_end, inferred, sources, intensity
        from events e where e.id !~ 'r[0-9]+$' and split_part(e.id, ':', 1) in (select left(id, 12) from pick)`,
        [sfx],
      );
      await tx.query(
        `insert into event_entities (event_id, entity_id, role) select x.event_id || $1, x.entity_id, x.role from event_entities x
        where x.event_id !~ 'r[0-9]+$' and split_part(x.event_id, ':', 1) in (select left(id, 12) from pick)`,
        [sfx],
      );
    });
  }
  await store.db.exec('analyze');
}

const levels = [await measure()];
const t0 = performance.now();
for (const target of LEVELS) {
  await replicateTo(target);
  levels.push(await measure());
}
const replicateSeconds = +((performance.now() - t0) / 1000).toFixed(1);
await store.close();
if (drop) {
  const c = new pg.Client({ connectionString: BASE });
  await c.connect();
  await c.query(`drop schema if exists ${schema} cascade; drop schema if exists ${schema}_queue cascade`);
  await c.end();
}
console.log(
  JSON.stringify({
    levels,
    replicateSeconds,
    note: 'the first level is the store as ingested; later levels add SQL copies of its documents and their facts (new ids; entities, copy bands and links not copied, so storeMBPer1kDocs is only meaningful at the first level)',
  }),
);
