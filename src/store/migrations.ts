/**
 * Versioned schema migrations. Each runs once, in order, inside a transaction, and is recorded in
 * schema_migrations. Plain PostgreSQL: the same statements run on PGlite and on a server.
 * Never edit a released migration; add a new one.
 */
import type { Db } from './db.js';

export type Migration = { version: number; name: string; sql: string };

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'documents, annotations, full-text search',
    sql: `
create or replace function orbit_ts_config(lang text) returns regconfig
  language sql immutable parallel safe as $$
  select case lang
    when 'en' then 'english'::regconfig when 'ru' then 'russian'::regconfig
    when 'tr' then 'turkish'::regconfig when 'de' then 'german'::regconfig
    when 'fr' then 'french'::regconfig when 'es' then 'spanish'::regconfig
    else 'simple'::regconfig end $$;

create table documents (
  id text primary key,
  seq bigserial unique,
  source text not null,
  format text not null,
  encoding text,
  bytes integer,
  title text,
  published text,
  published_day date,
  author text,
  outlet text,
  original_source text,
  dateline text,
  language text not null,
  text text not null,
  paragraphs jsonb not null default '[]',
  diagnostics jsonb not null default '[]',
  ingested_at timestamptz not null default now(),
  tsv tsvector generated always as (
    setweight(to_tsvector(orbit_ts_config(language), coalesce(title, '')), 'A') ||
    setweight(to_tsvector(orbit_ts_config(language), text), 'B')) stored
);
create index documents_tsv on documents using gin (tsv);
create index documents_published on documents (published_day);

create table annotations (
  doc_id text primary key references documents (id) on delete cascade,
  data jsonb not null
);

create table meta (key text primary key, value jsonb not null);
`,
  },
  {
    version: 2,
    name: 'copy detection sketches, bands and links; stories',
    sql: `
create table copy_sketches (doc_id text primary key references documents (id) on delete cascade, sketch jsonb not null);
create table copy_bands (band_key text not null, doc_id text not null references documents (id) on delete cascade,
  primary key (band_key, doc_id));
create index copy_bands_doc on copy_bands (doc_id);
create table links (from_doc text not null references documents (id) on delete cascade,
  to_doc text not null references documents (id) on delete cascade,
  type text not null, score double precision not null, primary key (from_doc, to_doc));
create index links_to on links (to_doc);
create table stories (id text primary key, title text not null, documents jsonb not null, first_day date, last_day date);
`,
  },
  {
    version: 3,
    name: 'corpus facts: entities, mentions, quotes, events, relations, alignment',
    sql: `
create table entities (
  id text primary key, type text not null, name text not null, name_fold text not null,
  aliases jsonb not null default '[]', roles jsonb not null default '[]', country text,
  reasons jsonb not null default '[]', mention_count integer not null default 0, document_count integer not null default 0);
create index entities_name_trgm on entities using gin (name_fold gin_trgm_ops);
create index entities_type on entities (type);
create table mentions (doc_id text not null references documents (id) on delete cascade,
  start_pos integer not null, end_pos integer not null, text text not null, entity_id text not null);
create index mentions_entity on mentions (entity_id);
create index mentions_doc on mentions (doc_id);
create table quotes (id text primary key, doc_id text not null references documents (id) on delete cascade,
  speaker text, published_day date, data jsonb not null);
create index quotes_speaker on quotes (speaker);
create index quotes_doc on quotes (doc_id);
create table events (id text primary key, type text not null, date_start text, date_end text, data jsonb not null);
create table event_entities (event_id text not null, entity_id text not null, role text not null);
create index event_entities_entity on event_entities (entity_id);
create table relations (id text primary key, type text not null, from_id text not null, to_id text not null, data jsonb not null);
create index relations_from on relations (from_id);
create index relations_to on relations (to_id);
create table alignment (entity text not null, bloc text not null, period text not null, score double precision not null,
  data jsonb not null, primary key (entity, bloc, period));
`,
  },
  {
    version: 4,
    name: 'copy_bands without per-row foreign-key checks',
    // Every document writes ~70 band keys; a foreign-key check per key row dominated ingest time.
    // Band rows are written in the same transaction as their document and documents are never
    // deleted one by one, so the constraint guarded nothing the transaction does not already.
    sql: `
alter table copy_bands drop constraint if exists copy_bands_doc_id_fkey;
drop index if exists copy_bands_doc;
`,
  },
  {
    version: 5,
    name: 'exact entity-name lookups by index',
    sql: `create index if not exists entities_name_fold on entities (name_fold);`,
  },
  {
    version: 6,
    name: 'entity pages by index: mentions in date order, entities mentioned inside quotes',
    // An entity page lists its latest mentions and the quotes that mention it; both were sorts
    // over every mention of the entity (tens of thousands for a country) on each request.
    sql: `
alter table mentions add column if not exists published_day date;
create index if not exists mentions_entity_day on mentions (entity_id, published_day desc nulls last, doc_id, start_pos);
create table if not exists quote_entities (quote_id text not null, entity_id text not null, published_day date);
create index if not exists quote_entities_entity_day on quote_entities (entity_id, published_day desc nulls last, quote_id);
`,
  },
  {
    version: 7,
    name: 'read paths by index: story members, event periods and ranks',
    // A briefing reads one period: the stories of the documents published in it (story_members),
    // the events whose timeline dates meet it ranked by sources and intensity (columns, not JSON),
    // without loading the knowledge base. t_start/t_end are the timeline's day strings (a year or
    // month widened to its first/last day, compared as text exactly as src/analyze/timeline.ts does).
    sql: `
create table if not exists story_members (doc_id text primary key, story_id text not null);
create index if not exists story_members_story on story_members (story_id);
insert into story_members (doc_id, story_id)
  select distinct on (d) d, id from stories, jsonb_array_elements_text(documents) as d order by d, id
  on conflict do nothing;
create or replace function orbit_day_lower(d text) returns text language sql immutable parallel safe as $$
  select case when nullif(d, '') is null then null when length(d) = 4 then d || '-01-01' when length(d) = 7 then d || '-01' else left(d, 10) end $$;
create or replace function orbit_day_upper(d text) returns text language sql immutable parallel safe as $$
  select case when nullif(d, '') is null then null when length(d) = 4 then d || '-12-31' when length(d) = 7 then d || '-31' else left(d, 10) end $$;
alter table events add column if not exists t_start text;
alter table events add column if not exists t_end text;
alter table events add column if not exists inferred boolean not null default false;
alter table events add column if not exists sources integer not null default 1;
alter table events add column if not exists intensity double precision not null default 0;
update events set
  t_start = coalesce(orbit_day_lower(date_start), orbit_day_lower(date_end)),
  t_end = coalesce(orbit_day_upper(date_end), orbit_day_lower(date_start)),
  inferred = coalesce((data->'date'->>'inferred')::boolean, false),
  sources = coalesce((data->>'sources')::int, 1),
  intensity = coalesce((data->>'intensity')::float8, 0);
create index if not exists events_period on events (t_end, t_start) where t_start is not null;
create index if not exists events_rank on events (sources desc, abs(intensity) desc) where t_start is not null;
create index if not exists events_export on events (date_start, id);
`,
  },
  {
    version: 8,
    name: 'word counts stored with the document',
    // Lists, search hits and stats counted words by splitting the whole text on every request:
    // a 2 MB document made every search that matched it cost a second.
    sql: `
alter table documents add column if not exists words integer;
update documents set words = coalesce(array_length(regexp_split_to_array(trim(text), '\\s+'), 1), 0) where words is null;
`,
  },
  {
    version: 9,
    name: 'mentions and quotes without per-row foreign-key checks',
    // Every corpus rebuild rewrites all mentions and quotes; a foreign-key check per row (locking
    // the document row each time) was a quarter of a rebuild over a long document. The rows are
    // written from stored documents in the rebuild's own transaction, and documents are never
    // deleted one by one (as for copy_bands, migration 4).
    sql: `
alter table mentions drop constraint if exists mentions_doc_id_fkey;
alter table quotes drop constraint if exists quotes_doc_id_fkey;
`,
  },
  {
    version: 10,
    name: 'story links: same-news links with their reasons, apart from copy links',
    // Copy links are written per ingested document; story links (same_story, and rewrites found
    // by same-news evidence) are rewritten with the stories by every corpus rebuild.
    sql: `
alter table links add column if not exists via text not null default 'copy';
alter table links add column if not exists reasons jsonb not null default '[]';
create index if not exists links_via on links (via);
`,
  },
  {
    version: 11,
    name: 'incremental corpus state: resolved records, entity and event look-up keys, term frequencies, the corpus queue',
    // What the incremental corpus update (src/corpus/incremental.ts) looks up by index instead of
    // recomputing from every document: which corpus entity each document-local entity became
    // (entity_recs), the keys a new record can join an entity by (entity_keys: gazetteer id,
    // folded names, surname keys), each merged event's member reports and blocking keys
    // (event_reports, event_keys), the document frequency of same-news terms (term_df), and the
    // documents stored since the corpus facts last took them in (corpus_queue). A full rebuild
    // rewrites all of it.
    sql: `
create table if not exists entity_recs (doc_id text not null, ref text not null, entity_id text not null, primary key (doc_id, ref));
create index if not exists entity_recs_entity on entity_recs (entity_id);
create table if not exists entity_keys (key text not null, entity_id text not null, primary key (key, entity_id));
create table if not exists event_reports (report_id text primary key, doc_id text not null, event_id text not null, data jsonb not null);
create index if not exists event_reports_event on event_reports (event_id);
create index if not exists event_reports_doc on event_reports (doc_id);
create table if not exists event_keys (key text not null, event_id text not null, primary key (key, event_id));
create index if not exists event_keys_event on event_keys (event_id);
create index if not exists event_entities_event on event_entities (event_id);
create table if not exists term_df (term text primary key, df integer not null);
create table if not exists corpus_queue (doc_id text primary key, queued_at timestamptz not null default now());
`,
  },
  {
    version: 12,
    name: 'passage key positions of long documents',
    // Comparing a short document with a long one aligned the whole long text: after one 8 MB
    // report, every later one-article ingest whose passages met it took a minute. A long
    // document's passage keys now record the spans of the segments carrying them (flattened
    // start/end character offsets), so a comparison reads and aligns only those passages
    // (src/link/windows.ts). Null for short documents and for documents sketched before this
    // migration (compared whole, as before).
    sql: `alter table copy_bands add column if not exists spans integer[];`,
  },
  {
    version: 13,
    name: 'resolution records and quotation spans read without their document',
    // After one long report, every later one-article update whose candidate entity it named read
    // and re-resolved the report's whole annotations, and every alignment cell with one of its
    // events read all its quotations: each update cost a second per 2 MB of that report. Each
    // resolution record now keeps its document-local entity and mention count (read by (doc, ref)
    // instead of the annotations; null for records stored before this migration, whose documents
    // are read whole as before), and quotations are found by their span within a document: each
    // is indexed under the 4,096-character cells of its document it covers (a b-tree over start or
    // end positions still walked every quotation before or after the span).
    sql: `
alter table entity_recs add column if not exists data jsonb;
alter table entity_recs add column if not exists mentions integer;
create or replace function quote_cells(doc text, s int, e int) returns text[] language sql immutable parallel safe
  as $$ select array(select doc || ':' || b from generate_series(greatest(s, 0) / 4096, greatest(e, s, 0) / 4096) b) $$;
create index if not exists quotes_cells on quotes using gin (quote_cells(doc_id, (data->>'start')::int, (data->>'end')::int));
`,
  },
  {
    version: 14,
    name: 'entity aliases searchable through a trigram index',
    // `/api/entities?q=` and `orbit entities --q` matched aliases by unpacking every entity's
    // alias list (81 ms CPU on a Reuters store): the lower-cased aliases, one per line, are now
    // indexed like entity names (the alias test still runs, on the rows the index finds).
    sql: `
create or replace function orbit_aliases_lower(aliases jsonb) returns text language sql immutable parallel safe
  as $$ select coalesce(string_agg(lower(a), E'\\n'), '') from jsonb_array_elements_text(aliases) a $$;
create index if not exists entities_aliases_trgm on entities using gin (orbit_aliases_lower(aliases) gin_trgm_ops);
`,
  },
  {
    version: 15,
    name: 'title lexemes for searches that rank a page without ranking every match',
    // A search ranks first the matches whose title has a query lexeme (src/store/ranked-search.ts).
    // Stored, not an expression index: a phrase query rechecks every candidate row, and
    // re-parsing each title there cost more than ranking it (90 vs 30 ms over 1,760 candidates
    // among 200,000 documents). Adding the column rewrites the table once.
    sql: `
alter table documents add column if not exists title_tsv tsvector
  generated always as (to_tsvector(orbit_ts_config(language), coalesce(title, ''))) stored;
create index if not exists documents_title_tsv on documents using gin (title_tsv);
`,
  },
  {
    version: 16,
    name: 'quotes by index: a speaker in date order, the longest of a period; story members by day',
    // An entity page lists a speaker's latest quotes and a briefing the longest quote of each
    // speaker in its period; both sorted every quote they could pick from (8,300 for the United
    // States, 147,000 in a month of 200,000 stories) on each request. A briefing counts its
    // period's documents per story: story members carry their document's day (as mentions and
    // quotes do) instead of a look-up of every member document (72 ms for 3,900 members).
    sql: `
alter table story_members add column if not exists published_day date;
update story_members m set published_day = d.published_day from documents d where d.id = m.doc_id;
create index if not exists story_members_day on story_members (published_day, story_id, doc_id);
create index if not exists quotes_speaker_day on quotes (speaker, published_day desc nulls last, doc_id, ((data->>'start')::int));
create index if not exists quotes_longest on quotes ((char_length(data->>'text')) desc, doc_id, id) where speaker is not null;
create index if not exists quotes_day on quotes (published_day) where speaker is not null;
drop index if exists quotes_speaker;
`,
  },
  {
    version: 17,
    name: 'briefing candidates by index: the longest quotes first by one row comparison, statistics for its filters',
    // A briefing walks a period's quotes longest first in batches, each after the last row read.
    // Ordered by the negated length the position is one row comparison the index serves; the
    // separate length and tie tests of quotes_longest were estimated to keep a few rows, and the
    // planner sorted a month's 66,000 quotes for each batch instead (390 ms). Statistics on the
    // negated length (a partial index's expression gets none the planner reads), and on the key
    // events' mode and timeline day, let it see how many rows these tests keep: without them it
    // expected 14 of a month's 4,659 asserted events and sorted them all instead of reading the
    // rank index (48 ms -> 0.4 ms).
    sql: `
create index if not exists quotes_longest_first on quotes ((-char_length(data->>'text')), doc_id, id) where speaker is not null;
drop index if exists quotes_longest;
create statistics if not exists quotes_length_neg on (-char_length(data->>'text')) from quotes;
create statistics if not exists events_brief_keys on (coalesce(data->>'mode', 'asserted')), (case when inferred then t_end else t_start end) from events;
analyze quotes;
analyze events;
`,
  },
  {
    version: 18,
    name: 'quotation cells stored with each quotation',
    // The span index of migration 13 was over quote_cells(), a SQL function with a subquery that
    // PostgreSQL cannot inline: it started an executor per call, for every quotation written and
    // every row ANALYZE samples. That was over half the CPU of writing quotations (index insert
    // and vacuum: 2.7 of 3.6 s for the 11,870 quotations of 4,000 Reuters stories; the GIN insert
    // of an array column costs a few percent). The writer now stores each quotation's cells (the
    // same keys, computed by the code that computes the look-up's cells) and the index is over
    // the column. (An inlinable quote_cells cannot call a helper for long quotations: ANALYZE
    // and index builds resolve names on a restricted search_path.)
    sql: `
drop index if exists quotes_cells;
alter table quotes add column if not exists cells text[];
update quotes set cells = quote_cells(doc_id, (data->>'start')::int, (data->>'end')::int) where cells is null;
alter table quotes alter column cells set not null;
create index if not exists quotes_cell_keys on quotes using gin (cells);
analyze quotes;
`,
  },
  {
    version: 19,
    name: 'copy keys as integers, documents by sequence number',
    // Band and passage keys were rows of (key text, document id text): ~70 per document, 1.5
    // million for the Reuters corpus, each index entry ~50 bytes of data compared as strings; their
    // insert and the candidate lookup were the largest costs of writing a batch. copy_keys holds
    // the same postings as (integer key, document seq): the key's integer is one-to-one with its
    // text (src/store/copy-keys.ts; orbit_copy_key here is the same function), the document is its
    // documents.seq. The index is on the key alone: the writer inserts a document's keys once (a
    // sketch and its keys are written together, once), so (key, doc) is unique without a unique
    // index, and an entry of 8 bytes of data instead of 16 keeps more of the index in the
    // embedded store's buffers. Rows whose document is gone (no foreign key, migration 4) are dropped.
    sql: `
create or replace function orbit_copy_key(k text) returns bigint language sql immutable parallel safe as $$
  select case left(k, 1)
    when 'b' then split_part(substr(k, 2), ':', 1)::bigint * 281474976710656
                  + ('x' || lpad(split_part(k, ':', 2), 16, '0'))::bit(64)::bigint
    else -(split_part(substr(k, 2), ':', 1)::bigint * 4294967296
           + ('x' || lpad(split_part(k, ':', 2), 16, '0'))::bit(64)::bigint) - 1 end $$;
create table if not exists copy_keys (key bigint not null, doc bigint not null, spans integer[]);
insert into copy_keys (key, doc, spans)
  select orbit_copy_key(b.band_key), d.seq, b.spans from copy_bands b join documents d on d.id = b.doc_id
  order by 1, 2;
create index if not exists copy_keys_key on copy_keys (key);
drop table copy_bands;
analyze copy_keys;
`,
  },
];

/** Applies pending migrations; safe to call on every start and from several processes. */
export async function migrate(db: Db): Promise<number[]> {
  await db.exec(`create table if not exists schema_migrations (
    version integer primary key, name text not null, applied_at timestamptz not null default now())`);
  await db.exec('create extension if not exists pg_trgm');
  const applied = new Set(
    (await db.query<{ version: number }>('select version from schema_migrations')).map((r) =>
      Number(r.version),
    ),
  );
  const done: number[] = [];
  for (const m of MIGRATIONS) {
    if (applied.has(m.version)) continue;
    await db.transaction(async (tx) => {
      // Serialise concurrent migrators on a server; PGlite is single-process anyway.
      if (tx.kind === 'postgres') await tx.query('select pg_advisory_xact_lock(4242001)');
      const again = await tx.query('select 1 from schema_migrations where version = $1', [m.version]);
      if (again.length) return;
      await tx.exec(m.sql);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [m.version, m.name]);
      done.push(m.version);
    });
  }
  return done;
}
