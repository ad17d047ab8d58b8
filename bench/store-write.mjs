// The store side of ingest alone: Reuters-21578 stories processed once (clean + annotate, cached
// in --cache so A/B runs of two commits write the same input), then written batch by batch
// through the same writeBatch the ingest uses (documents, annotations, copy sketches, band keys,
// candidate lookup, copy links), with the same statistics schedule. Reports CPU seconds of this
// process (PGlite runs SQL here; for PostgreSQL add the server's), wall seconds and, per SQL
// statement kind, the seconds spent waiting for it. Reported, not asserted.
// Usage: node bench/store-write.mjs [--store pglite|postgres] [--docs 4000] [--cache FILE] [--url URL]
//   [--batch 300] [--keep-data DIR]
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadReuters } from './reuters.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const storeKind = arg('store', 'pglite');
const limit = Number(arg('docs', '4000'));
const cache = arg('cache', join(tmpdir(), `orbit-store-write-${limit}.json`));
const batchSize = Number(arg('batch', '300'));

const { Store } = await import('../dist/store/store.js');
const { writeBatch, tryProcessDocument } = await import('../dist/pipeline.js');
const { parseBytes } = await import('../dist/ingest/index.js');

let items;
if (existsSync(cache)) items = JSON.parse(readFileSync(cache, 'utf8'));
else {
  const docs = loadReuters(limit);
  const lines = docs.map((d) =>
    JSON.stringify({ title: d.title, body: d.body, date: d.date, url: `reuters:${d.newid}` }),
  );
  const outcomes = parseBytes('reuters.jsonl', Buffer.from(`${lines.join('\n')}\n`));
  items = outcomes.filter((o) => o.ok).map((o) => ({ raw: o.doc, attempt: tryProcessDocument(o.doc) }));
  writeFileSync(cache, JSON.stringify(items));
}

const keep = arg('keep-data', null); // PGlite: write into this empty folder and keep it
const storeDir = keep ?? mkdtempSync(join(tmpdir(), 'orbit-store-write-'));
let store;
if (storeKind === 'postgres') {
  const { freshSchemaUrl } = await import('../dist/store/test-backends.js');
  store = await Store.open({
    url: await freshSchemaUrl(arg('url', 'postgres://postgres@127.0.0.1:5432/test'), 'orbit_bench_sw'),
  });
} else store = await Store.open({ data: storeDir });

// Seconds per statement kind (first words of the SQL), inside transactions too.
const perKind = new Map();
const kindOf = (sql) => {
  const s = sql.replace(/\s+/g, ' ').trim();
  const m = /^(insert into \w+|select .*? from (\w+)|update \w+|delete from \w+|analyze \w+|\w+)/i.exec(s);
  return m ? (m[2] ? `select ${m[2]}` : m[1]).toLowerCase() : s.slice(0, 30);
};
const timed = (db) => {
  const q = db.query.bind(db);
  const tx = db.transaction.bind(db);
  const exec = db.exec.bind(db);
  const add = (sql, t) => perKind.set(kindOf(sql), (perKind.get(kindOf(sql)) ?? 0) + performance.now() - t);
  db.query = async (sql, params, o) => {
    const t = performance.now();
    try {
      return await q(sql, params, o);
    } finally {
      add(sql, t);
    }
  };
  db.exec = async (sql) => {
    const t = performance.now();
    try {
      return await exec(sql);
    } finally {
      add(sql, t);
    }
  };
  db.transaction = (fn) => tx((inner) => fn(timed(inner)));
  return db;
};
timed(store.db);

// The band table of this commit (copy_keys from migration 19 on, copy_bands before).
const [{ t: bandTable }] = await store.db.query(
  "select coalesce(to_regclass('copy_keys'), to_regclass('copy_bands'))::text as t",
);
const load0 = loadavg();
const cpu0 = process.cpuUsage();
const t0 = performance.now();
let written = 0;
let analyzeAt = 300;
for (let i = 0; i < items.length; i += batchSize) {
  const batch = items.slice(i, i + batchSize);
  if (written >= analyzeAt) {
    await store.analyze(['documents', bandTable]);
    analyzeAt = 2 * written;
  }
  written += batch.length;
  const raws = batch.map((b) => b.raw);
  const present = await store.existingIds(raws.map((r) => r.id));
  await writeBatch(store, raws, present, new Map(batch.map((b) => [b.raw, b.attempt])), {
    whenNothingStored: 'report',
  });
}
const cpu = process.cpuUsage(cpu0);
const seconds = (performance.now() - t0) / 1000;
const [{ n }] = await store.db.query('select count(*)::int as n from documents');
const [{ l, h }] = await store.db.query(
  "select count(*)::int as l, md5(string_agg(from_doc || to_doc || type || round(score::numeric, 6), ',' order by from_doc, to_doc)) as h from links",
);
await store.close();
if (!keep) rmSync(storeDir, { recursive: true, force: true });
process.stdout.write(
  `${JSON.stringify({
    store: storeKind,
    documents: n,
    links: l,
    linksMd5: h,
    cpuSeconds: +((cpu.user + cpu.system) / 1e6).toFixed(2),
    seconds: +seconds.toFixed(2),
    docsPerSecond: +(n / seconds).toFixed(1),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    loadavg: [load0.map((x) => +x.toFixed(2)), loadavg().map((x) => +x.toFixed(2))],
    statementSeconds: Object.fromEntries(
      [...perKind].sort((a, b) => b[1] - a[1]).map(([k, ms]) => [k, +(ms / 1000).toFixed(2)]),
    ),
  })}\n`,
);
