/**
 * The store side of incremental corpus facts (src/corpus/incremental.ts): the look-up tables of
 * migration 11 and the indexed reads and partial writes an update needs. Everything here reads
 * or writes rows by key (an entity, a document, an event, a story, a cell); nothing scans the
 * corpus. Functions take the Db of the caller's transaction.
 */
import type {
  Annotations,
  DocEntity,
  DocLink,
  Entity,
  Mention,
  Quote,
  Relation,
  ResolvedDocEvent,
} from '../model/index.js';
import type { AlignmentScore, OrbitEvent, Story } from '../model/index.js';
import type { DocRow } from '../resolve/corpus.js';
import { fold } from '../resolve/fold.js';
import type { Db } from './db.js';
import { withIndexesDeferred } from './bulk-indexes.js';

const json = (v: unknown) => JSON.stringify(v);

/** The incremental state (migration 11) replaceCorpusState empties and refills. */
export const INCREMENTAL_STATE_TABLES = [
  'entity_recs',
  'entity_keys',
  'event_reports',
  'event_keys',
  'term_df',
];
const SEP = '\u0000';
/** Characters per cell of the quotation-span index (quotes.cells, migrations 13 and 18). */
const QUOTE_CELL = 4096;
/**
 * The cells of a span within its document: `doc:n` for every cell n from the one holding its
 * start to the one holding its end (a negative or missing offset counts as 0), as SQL's
 * quote_cells() of migration 13 computes them. A quotation is indexed under its cells; a look-up
 * reads the quotations of the cells its span covers.
 */
export function spanCells(doc: string, start: number | null, end: number | null): string[] {
  const s = Number.isFinite(start) ? (start as number) : 0;
  const e = Number.isFinite(end) ? (end as number) : 0;
  const out: string[] = [];
  for (let c = Math.floor(Math.max(0, s) / QUOTE_CELL); c <= Math.floor(Math.max(0, e, s) / QUOTE_CELL); c++)
    out.push(`${doc}:${c}`);
  return out;
}
const chunks = <T>(xs: T[], n = 5000): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
};

export type StoredEntity = Entity & {
  reasons: string[];
  mentionCount: number;
  documentCount: number;
};
export type RecRow = { doc: string; ref: string; entity: string };
/**
 * A resolution record with what resolution reads of it: the document-local entity and its number
 * of mentions (null for records stored before migration 13).
 */
export type RecData = RecRow & { data: DocEntity | null; mentions: number };
export type ReportRow = { report: ResolvedDocEvent; event: string };

/** Marks the store's incremental state complete (written by a full rebuild). */
export const INCREMENTAL_META = 'corpus_incremental';

// ------------------------------------------------------------------ full rewrite (rebuild)

/** Replaces every look-up row: what a full rebuild computed. */
export async function replaceCorpusState(
  db: Db,
  s: {
    recs: (RecRow | RecData)[];
    entityKeys: { key: string; entity: string }[];
    reports: ReportRow[];
    eventKeys: { key: string; event: string }[];
    termDf: Map<string, number>;
    processed: string[];
  },
): Promise<void> {
  await db.transaction((tx) =>
    withIndexesDeferred(tx, INCREMENTAL_STATE_TABLES, () => writeCorpusState(tx, s)),
  );
}

/** The body of replaceCorpusState, inside its transaction. */
async function writeCorpusState(tx: Db, s: Parameters<typeof replaceCorpusState>[1]): Promise<void> {
  await tx.exec(INCREMENTAL_STATE_TABLES.map((t) => `delete from ${t};`).join(' '));
  await insertRecs(tx, s.recs);
  await insertEntityKeys(tx, s.entityKeys);
  await insertReports(tx, s.reports);
  await insertEventKeys(tx, s.eventKeys);
  for (const part of chunks([...s.termDf])) {
    await tx.query(
      `insert into term_df (term, df) select term, df from jsonb_to_recordset($1::jsonb) as x(term text, df int)`,
      [json(part.map(([term, df]) => ({ term, df })))],
    );
  }
  await dequeue(tx, s.processed);
  await tx.query(
    `insert into meta (key, value) values ($1, '1'::jsonb) on conflict (key) do update set value = excluded.value`,
    [INCREMENTAL_META],
  );
}

export async function incrementalReady(db: Db): Promise<boolean> {
  return (await db.query('select 1 from meta where key = $1', [INCREMENTAL_META])).length > 0;
}

// ------------------------------------------------------------------ the queue

/** Queues newly stored documents for the corpus facts (in the transaction that stores them). */
export async function enqueue(db: Db, ids: string[]): Promise<void> {
  if (!ids.length) return;
  await db.query(
    `insert into corpus_queue (doc_id) select unnest($1::text[]) on conflict (doc_id) do nothing`,
    [ids],
  );
}

export async function queued(db: Db, limit: number): Promise<string[]> {
  const rows = await db.query('select doc_id from corpus_queue order by doc_id limit $1', [limit]);
  return rows.map((r) => String(r.doc_id));
}

/** Which of these documents are still queued (in id order). */
export async function queuedAmong(db: Db, ids: string[]): Promise<string[]> {
  if (!ids.length) return [];
  const rows = await db.query(
    'select doc_id from corpus_queue where doc_id = any($1::text[]) order by doc_id',
    [ids],
  );
  return rows.map((r) => String(r.doc_id));
}

export async function queueLength(db: Db): Promise<number> {
  const [r] = await db.query('select count(*)::int as n from corpus_queue');
  return Number(r.n);
}

export async function dequeue(db: Db, ids: string[]): Promise<void> {
  if (ids.length) await db.query('delete from corpus_queue where doc_id = any($1::text[])', [ids]);
}

/** Documents whose corpus facts are in the store: all stored documents except those still queued. */
export async function corpusSize(db: Db): Promise<number> {
  const [r] = await db.query(
    'select (select count(*) from documents)::int - (select count(*) from corpus_queue)::int as n',
  );
  return Number(r.n);
}

/**
 * Whether the queued documents hold more words than those already in the corpus (one long
 * report into a small store): an update of them does most of a rebuild's work, and a batch that
 * large nearly always bridges or renames a stored entity, so its update would be thrown away for
 * the rebuild. Sums the corpus's words only when the queue holds a long text (`minWords`), so the
 * ordinary one-article refresh reads the queue's rows only.
 */
export async function queueOutweighsCorpus(db: Db, minWords = 20_000): Promise<boolean> {
  const [q] = await db.query(
    'select coalesce(sum(d.words), 0)::bigint as n from corpus_queue q join documents d on d.id = q.doc_id',
  );
  const queued = Number(q.n);
  if (queued < minWords) return false;
  const [all] = await db.query('select coalesce(sum(words), 0)::bigint as n from documents');
  return queued > Number(all.n) - queued;
}

// ------------------------------------------------------------------ documents

export type LoadedDoc = { doc: DocRow; language: string | null; ann: Annotations | null };

export async function loadDocs(db: Db, ids: string[]): Promise<LoadedDoc[]> {
  if (!ids.length) return [];
  const rows = await db.query(
    `select d.id, d.title, d.published, d.author, d.outlet, d.original_source, d.language, d.text, a.data
       from documents d left join annotations a on a.doc_id = d.id where d.id = any($1::text[]) order by d.id`,
    [ids],
  );
  return rows.map((r) => loadedDoc(r, (r.data as Annotations) ?? null));
}

/** A document row (id, link fields, language, text) as a LoadedDoc with the given annotations. */
function loadedDoc(r: Record<string, unknown>, ann: Annotations | null): LoadedDoc {
  return {
    doc: {
      id: String(r.id),
      published: (r.published as string) ?? null,
      title: (r.title as string) ?? null,
      author: (r.author as string) ?? null,
      outlet: (r.outlet as string) ?? null,
      originalSource: (r.original_source as string) ?? null,
      text: String(r.text),
    },
    language: (r.language as string) ?? null,
    ann,
  };
}

/**
 * Documents as story clustering reads them: link fields and the first `chars` characters of the
 * text, no annotations. Stories look at the headline, the lead (120 words), the first paragraphs
 * and the first sentence only; reading a long report whole, with its annotations, cost every later
 * update whose story scope held it a second per 2 MB.
 */
export async function loadDocHeads(db: Db, ids: string[], chars: number): Promise<LoadedDoc[]> {
  if (!ids.length) return [];
  const rows = await db.query(
    `select id, title, published, author, outlet, original_source, language, left(text, $2) as text
       from documents where id = any($1::text[]) order by id`,
    [ids, chars],
  );
  return rows.map((r) => loadedDoc(r, null));
}

/** id, publication date and outlet of documents (no text). */
export async function docMeta(
  db: Db,
  ids: string[],
): Promise<{ id: string; published: string | null; outlet: string | null }[]> {
  if (!ids.length) return [];
  const rows = await db.query(
    'select id, published, outlet from documents where id = any($1::text[]) order by id',
    [ids],
  );
  return rows.map((r) => ({
    id: String(r.id),
    published: (r.published as string) ?? null,
    outlet: (r.outlet as string) ?? null,
  }));
}

/** Copy links (via 'copy') touching any of these documents. */
export async function copyLinksTouching(db: Db, ids: string[]): Promise<DocLink[]> {
  if (!ids.length) return [];
  const rows = await db.query(
    `select from_doc, to_doc, type, score from links where via = 'copy'
       and (from_doc = any($1::text[]) or to_doc = any($1::text[])) order by from_doc, to_doc`,
    [ids],
  );
  return rows.map((r) => ({
    from: String(r.from_doc),
    to: String(r.to_doc),
    type: r.type as DocLink['type'],
    score: Number(r.score),
  }));
}

// ------------------------------------------------------------------ entities

export async function entityIdsByKeys(db: Db, keys: string[]): Promise<{ key: string; entity: string }[]> {
  if (!keys.length) return [];
  const rows = await db.query('select key, entity_id from entity_keys where key = any($1::text[])', [keys]);
  return rows.map((r) => ({ key: String(r.key), entity: String(r.entity_id) }));
}

export async function entitiesByIds(db: Db, ids: string[]): Promise<Map<string, StoredEntity>> {
  const out = new Map<string, StoredEntity>();
  if (!ids.length) return out;
  const rows = await db.query(
    `select id, type, name, aliases, roles, country, reasons, mention_count, document_count from entities where id = any($1::text[])`,
    [ids],
  );
  for (const r of rows) {
    const e: StoredEntity = {
      id: String(r.id),
      type: r.type as Entity['type'],
      name: String(r.name),
      aliases: (r.aliases as string[]) ?? [],
      reasons: (r.reasons as string[]) ?? [],
      mentionCount: Number(r.mention_count),
      documentCount: Number(r.document_count),
    };
    const roles = (r.roles as Entity['roles']) ?? [];
    if (roles.length) e.roles = roles;
    if (r.country) e.country = String(r.country);
    out.set(e.id, e);
  }
  return out;
}

/** Those of these entities that some document-local entity resolved to. */
export async function entitiesWithRecs(db: Db, ids: string[]): Promise<string[]> {
  if (!ids.length) return [];
  const rows = await db.query(
    'select id from unnest($1::text[]) as id where exists (select 1 from entity_recs r where r.entity_id = id)',
    [ids],
  );
  return rows.map((r) => String(r.id));
}

export async function recsOfEntities(db: Db, ids: string[]): Promise<RecRow[]> {
  if (!ids.length) return [];
  const rows = await db.query(
    'select doc_id, ref, entity_id from entity_recs where entity_id = any($1::text[]) order by doc_id, ref',
    [ids],
  );
  return rows.map((r) => ({ doc: String(r.doc_id), ref: String(r.ref), entity: String(r.entity_id) }));
}

export async function recsOfDocs(db: Db, ids: string[]): Promise<RecRow[]> {
  if (!ids.length) return [];
  const rows = await db.query(
    'select doc_id, ref, entity_id from entity_recs where doc_id = any($1::text[]) order by doc_id, ref',
    [ids],
  );
  return rows.map((r) => ({ doc: String(r.doc_id), ref: String(r.ref), entity: String(r.entity_id) }));
}

export async function insertRecs(db: Db, recs: (RecRow | RecData)[]): Promise<void> {
  for (const part of chunks(recs)) {
    await db.query(
      `insert into entity_recs (doc_id, ref, entity_id, data, mentions) select doc_id, ref, entity_id, data, mentions
         from jsonb_to_recordset($1::jsonb) as x(doc_id text, ref text, entity_id text, data jsonb, mentions int)
         on conflict (doc_id, ref) do update set entity_id = excluded.entity_id,
           data = coalesce(excluded.data, entity_recs.data), mentions = coalesce(excluded.mentions, entity_recs.mentions)`,
      [
        json(
          part.map((r) => ({
            doc_id: r.doc,
            ref: r.ref,
            entity_id: r.entity,
            data: 'data' in r ? r.data : null,
            mentions: 'mentions' in r ? r.mentions : null,
          })),
        ),
      ],
    );
  }
}

/**
 * The records of these documents that resolution needs to recompute entities `entities`: their
 * own records there, and the records their roles point to (a role's `of` is a record of the same
 * document). Read by (doc, ref) from entity_recs, never from the documents' annotations.
 */
export async function recDataOf(db: Db, docs: string[], entities: string[]): Promise<RecData[]> {
  if (!docs.length || !entities.length) return [];
  const row = (r: Record<string, unknown>): RecData => ({
    doc: String(r.doc_id),
    ref: String(r.ref),
    entity: String(r.entity_id),
    data: (r.data as DocEntity) ?? null,
    mentions: Number(r.mentions ?? 0),
  });
  const own = (
    await db.query(
      `select doc_id, ref, entity_id, data, mentions from entity_recs
        where doc_id = any($1::text[]) and entity_id = any($2::text[])`,
      [docs, entities],
    )
  ).map(row);
  // Roles' targets, and theirs in turn (a chain of offices is short; each pass reads only new refs).
  const out = [...own];
  const have = new Set(out.map((r) => r.doc + SEP + r.ref));
  let from = own;
  while (from.length) {
    const want = new Map<string, { doc: string; ref: string }>();
    for (const r of from)
      for (const role of r.data?.roles ?? [])
        if (role.ofRef && !have.has(r.doc + SEP + role.ofRef))
          want.set(r.doc + SEP + role.ofRef, { doc: r.doc, ref: role.ofRef });
    if (!want.size) break;
    for (const k of want.keys()) have.add(k);
    from = (
      await db.query(
        `select r.doc_id, r.ref, r.entity_id, r.data, r.mentions
           from unnest($1::text[], $2::text[]) as x(doc_id, ref) join entity_recs r using (doc_id, ref)`,
        [[...want.values()].map((w) => w.doc), [...want.values()].map((w) => w.ref)],
      )
    ).map(row);
    out.push(...from);
  }
  return out;
}

export async function insertEntityKeys(db: Db, keys: { key: string; entity: string }[]): Promise<void> {
  for (const part of chunks(keys)) {
    await db.query(
      `insert into entity_keys (key, entity_id) select key, entity_id
         from jsonb_to_recordset($1::jsonb) as x(key text, entity_id text) on conflict do nothing`,
      [json(part.map((k) => ({ key: k.key, entity_id: k.entity })))],
    );
  }
}

/** Inserts or replaces entity rows (counts included). */
export async function upsertEntities(db: Db, entities: StoredEntity[]): Promise<void> {
  for (const part of chunks(entities)) {
    await db.query(
      `insert into entities (id, type, name, name_fold, aliases, roles, country, reasons, mention_count, document_count)
       select id, type, name, name_fold, aliases, roles, country, reasons, mention_count, document_count from jsonb_to_recordset($1::jsonb)
         as x(id text, type text, name text, name_fold text, aliases jsonb, roles jsonb, country text, reasons jsonb, mention_count int, document_count int)
       on conflict (id) do update set type = excluded.type, name = excluded.name, name_fold = excluded.name_fold, aliases = excluded.aliases,
         roles = excluded.roles, country = excluded.country, reasons = excluded.reasons, mention_count = excluded.mention_count,
         document_count = excluded.document_count`,
      [
        json(
          part.map((e) => ({
            id: e.id,
            type: e.type,
            name: e.name,
            name_fold: fold(e.name),
            aliases: e.aliases,
            roles: e.roles ?? [],
            country: e.country ?? null,
            reasons: e.reasons,
            mention_count: e.mentionCount,
            document_count: e.documentCount,
          })),
        ),
      ],
    );
  }
}

/** Inserts mentions and quotes of new documents (with the entities mentioned inside each quote). */
/**
 * The mentions lying inside a quotation (start ≥ its start, end ≤ its end), in their input order.
 * Each document's mentions are sorted by start once and a quotation reads only those starting
 * within it: filtering every mention of the document per quotation was quadratic (39k quotations
 * × 145k mentions in one 8 MB report: most of a rebuild's CPU time).
 */
export function mentionsInside(mentions: Mention[]): (q: Quote) => Mention[] {
  const byDoc = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    const l = byDoc.get(m.document);
    if (l) l.push(i);
    else byDoc.set(m.document, [i]);
  });
  for (const l of byDoc.values()) l.sort((x, y) => mentions[x]!.start - mentions[y]!.start || x - y);
  return (q) => {
    const l = byDoc.get(q.document);
    if (!l) return [];
    let lo = 0;
    let hi = l.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[l[mid]!]!.start < q.start) lo = mid + 1;
      else hi = mid;
    }
    const found: number[] = [];
    for (let k = lo; k < l.length && mentions[l[k]!]!.start <= q.end; k++)
      if (mentions[l[k]!]!.end <= q.end) found.push(l[k]!);
    return found.sort((x, y) => x - y).map((i) => mentions[i]!);
  };
}

export async function insertDocFacts(db: Db, mentions: Mention[], quotes: Quote[]): Promise<void> {
  for (const part of chunks(mentions)) {
    await db.query(
      `insert into mentions (doc_id, start_pos, end_pos, text, entity_id, published_day)
       select x.doc_id, x.start_pos, x.end_pos, x.text, x.entity_id, d.published_day
         from jsonb_to_recordset($1::jsonb) as x(doc_id text, start_pos int, end_pos int, text text, entity_id text)
         join documents d on d.id = x.doc_id`,
      [
        json(
          part.map((m) => ({
            doc_id: m.document,
            start_pos: m.start,
            end_pos: m.end,
            text: m.text ?? '',
            entity_id: m.entity,
          })),
        ),
      ],
    );
  }
  for (const part of chunks(quotes)) {
    await db.query(
      `insert into quotes (id, doc_id, speaker, published_day, data, cells)
       select q.id, q.doc_id, q.speaker, d.published_day, q.data, q.cells
         from jsonb_to_recordset($1::jsonb) as q(id text, doc_id text, speaker text, data jsonb, cells text[])
         join documents d on d.id = q.doc_id`,
      [
        json(
          part.map((q) => ({
            id: q.id,
            doc_id: q.document,
            speaker: q.speaker,
            data: q,
            cells: spanCells(q.document, q.start, q.end),
          })),
        ),
      ],
    );
  }
  const about: { quote_id: string; entity_id: string; doc_id: string }[] = [];
  const inQuote = mentionsInside(mentions);
  for (const q of quotes)
    for (const e of new Set(inQuote(q).map((m) => m.entity)))
      about.push({ quote_id: q.id, entity_id: e, doc_id: q.document });
  for (const part of chunks(about)) {
    await db.query(
      `insert into quote_entities (quote_id, entity_id, published_day)
       select x.quote_id, x.entity_id, d.published_day from jsonb_to_recordset($1::jsonb) as x(quote_id text, entity_id text, doc_id text)
         join documents d on d.id = x.doc_id`,
      [json(part)],
    );
  }
}

/** The entities each document mentions (a story's entity keys). */
export async function entityKeysOfDocs(db: Db, ids: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (!ids.length) return out;
  const rows = await db.query(
    'select distinct doc_id, entity_id from mentions where doc_id = any($1::text[]) order by doc_id, entity_id',
    [ids],
  );
  for (const r of rows) {
    const d = String(r.doc_id);
    const l = out.get(d);
    if (l) l.push(String(r.entity_id));
    else out.set(d, [String(r.entity_id)]);
  }
  return out;
}

/**
 * How many documents mention each entity (all; and those with a publication date, counted only up
 * to `cap` + 1, enough to tell whether it passes `cap`).
 */
export async function entityPostings(
  db: Db,
  ids: string[],
  cap: number,
): Promise<Map<string, { all: number; dated: number }>> {
  const out = new Map<string, { all: number; dated: number }>();
  if (!ids.length) return out;
  const rows = await db.query('select id, document_count from entities where id = any($1::text[])', [ids]);
  for (const r of rows) {
    const all = Number(r.document_count);
    out.set(String(r.id), { all, dated: all });
  }
  for (const [id, c] of out) {
    if (c.all <= cap) continue;
    const [r] = await db.query(
      `select count(*)::int as n from (select distinct m.doc_id from mentions m join documents d on d.id = m.doc_id
          where m.entity_id = $1 and d.published is not null limit $2) x`,
      [id, cap + 1],
    );
    c.dated = Number(r.n);
  }
  return out;
}

/** Stored documents mentioning at least `min` of these entities. */
export async function docsSharingEntities(db: Db, ids: string[], min: number): Promise<string[]> {
  if (!ids.length) return [];
  const rows = await db.query(
    `select doc_id from mentions where entity_id = any($1::text[]) group by doc_id having count(distinct entity_id) >= $2 order by doc_id`,
    [ids, min],
  );
  return rows.map((r) => String(r.doc_id));
}

// ------------------------------------------------------------------ same-news term frequencies

export async function termDf(db: Db, terms: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (!terms.length) return out;
  const rows = await db.query('select term, df from term_df where term = any($1::text[])', [terms]);
  for (const r of rows) out.set(String(r.term), Number(r.df));
  return out;
}

export async function addTermDf(db: Db, counts: Map<string, number>): Promise<void> {
  // Sorted: concurrent updaters take the row locks in one order (no deadlock).
  const rows = [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([term, df]) => ({ term, df }));
  for (const part of chunks(rows)) {
    await db.query(
      `insert into term_df (term, df) select term, df from jsonb_to_recordset($1::jsonb) as x(term text, df int)
         on conflict (term) do update set df = term_df.df + excluded.df`,
      [json(part)],
    );
  }
}

// ------------------------------------------------------------------ stories

export async function storiesOfDocs(db: Db, ids: string[]): Promise<{ id: string; documents: string[] }[]> {
  if (!ids.length) return [];
  const rows = await db.query(
    `select id, documents from stories where id in (select story_id from story_members where doc_id = any($1::text[])) order by id`,
    [ids],
  );
  return rows.map((r) => ({ id: String(r.id), documents: r.documents as string[] }));
}

export async function storyOfDocs(db: Db, ids: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (!ids.length) return out;
  const rows = await db.query('select doc_id, story_id from story_members where doc_id = any($1::text[])', [
    ids,
  ]);
  for (const r of rows) out.set(String(r.doc_id), String(r.story_id));
  return out;
}

/**
 * Replaces the stories and story links of a set of documents: their old stories (`remove`) and
 * every story link touching them go; `stories` and `links` come in (a pair with a copy link
 * keeps the copy link, as in a rebuild).
 */
export async function replaceStoriesOf(
  db: Db,
  docs: string[],
  remove: string[],
  stories: Story[],
  links: (DocLink & { reasons: string[] })[],
): Promise<void> {
  await db.query('delete from stories where id = any($1::text[])', [remove]);
  await db.query('delete from story_members where story_id = any($1::text[]) or doc_id = any($2::text[])', [
    remove,
    docs,
  ]);
  await db.query(
    `delete from links where via = 'story' and (from_doc = any($1::text[]) or to_doc = any($1::text[]))`,
    [docs],
  );
  for (const part of chunks(stories)) {
    await db.query(
      `insert into stories (id, title, documents, first_day, last_day)
       select x.id, x.title, x.documents,
              (select min(d.published_day) from documents d where d.id in (select jsonb_array_elements_text(x.documents))),
              (select max(d.published_day) from documents d where d.id in (select jsonb_array_elements_text(x.documents)))
         from jsonb_to_recordset($1::jsonb) as x(id text, title text, documents jsonb)
       on conflict (id) do update set title = excluded.title, documents = excluded.documents,
         first_day = excluded.first_day, last_day = excluded.last_day`,
      [json(part.map((s) => ({ id: s.id, title: s.title, documents: s.documents })))],
    );
    await db.query(
      `insert into story_members (doc_id, story_id, published_day)
       select x.doc_id, x.story_id, d.published_day from jsonb_to_recordset($1::jsonb) as x(doc_id text, story_id text)
       left join documents d on d.id = x.doc_id
       on conflict (doc_id) do update set story_id = excluded.story_id, published_day = excluded.published_day`,
      [json(part.flatMap((s) => s.documents.map((d) => ({ doc_id: d, story_id: s.id }))))],
    );
  }
  for (const part of chunks(links)) {
    await db.query(
      `insert into links (from_doc, to_doc, type, score, via, reasons)
       select x.from_doc, x.to_doc, x.type, x.score, 'story', x.reasons from jsonb_to_recordset($1::jsonb) as x(from_doc text, to_doc text, type text, score float8, reasons jsonb)
        where not exists (select 1 from links l where (l.from_doc = x.from_doc and l.to_doc = x.to_doc) or (l.from_doc = x.to_doc and l.to_doc = x.from_doc))
       on conflict (from_doc, to_doc) do nothing`,
      [
        json(
          part.map((l) => ({
            from_doc: l.from,
            to_doc: l.to,
            type: l.type,
            score: l.score,
            reasons: l.reasons,
          })),
        ),
      ],
    );
  }
}

// ------------------------------------------------------------------ events

/** Events sharing a blocking key, with their date columns and the keys they share. */
export async function eventsByKeys(
  db: Db,
  keys: string[],
): Promise<{ id: string; start: string | null; end: string | null; inferred: boolean; keys: string[] }[]> {
  if (!keys.length) return [];
  const rows = await db.query(
    `select e.id, e.t_start, e.t_end, e.inferred, array_agg(k.key) as keys from event_keys k join events e on e.id = k.event_id
      where k.key = any($1::text[]) group by e.id, e.t_start, e.t_end, e.inferred order by e.id`,
    [keys],
  );
  return rows.map((r) => ({
    id: String(r.id),
    start: (r.t_start as string) ?? null,
    end: (r.t_end as string) ?? null,
    inferred: !!r.inferred,
    keys: (r.keys as string[]) ?? [],
  }));
}

export async function eventsOfDocs(db: Db, ids: string[]): Promise<string[]> {
  if (!ids.length) return [];
  const rows = await db.query(
    'select distinct event_id from event_reports where doc_id = any($1::text[]) order by event_id',
    [ids],
  );
  return rows.map((r) => String(r.event_id));
}

/** The member reports of these events, each with the event it is in. */
export async function reportsOfEvents(db: Db, ids: string[]): Promise<ReportRow[]> {
  if (!ids.length) return [];
  const rows = await db.query(
    'select event_id, data from event_reports where event_id = any($1::text[]) order by report_id',
    [ids],
  );
  return rows.map((r) => ({ report: r.data as ResolvedDocEvent, event: String(r.event_id) }));
}

export async function eventsByIds(db: Db, ids: string[]): Promise<OrbitEvent[]> {
  if (!ids.length) return [];
  const rows = await db.query('select data from events where id = any($1::text[])', [ids]);
  return rows.map((r) => r.data as OrbitEvent);
}

export async function deleteEvents(db: Db, ids: string[]): Promise<void> {
  if (!ids.length) return;
  await db.query('delete from events where id = any($1::text[])', [ids]);
  await db.query('delete from event_entities where event_id = any($1::text[])', [ids]);
  await db.query('delete from event_keys where event_id = any($1::text[])', [ids]);
  await db.query('delete from event_reports where event_id = any($1::text[])', [ids]);
}

/** Inserts merged events (with their participants) as replaceCorpusFacts does. */
export async function insertEvents(db: Db, events: OrbitEvent[]): Promise<void> {
  for (const part of chunks(events)) {
    await db.query(
      `insert into events (id, type, date_start, date_end, data, t_start, t_end, inferred, sources, intensity)
       select id, type, date_start, date_end, data,
              coalesce(orbit_day_lower(date_start), orbit_day_lower(date_end)), coalesce(orbit_day_upper(date_end), orbit_day_lower(date_start)),
              coalesce((data->'date'->>'inferred')::boolean, false), coalesce((data->>'sources')::int, 1), coalesce((data->>'intensity')::float8, 0)
         from jsonb_to_recordset($1::jsonb) as x(id text, type text, date_start text, date_end text, data jsonb)`,
      [
        json(
          part.map((e) => ({
            id: e.id,
            type: e.type,
            date_start: e.date.start,
            date_end: e.date.end,
            data: e,
          })),
        ),
      ],
    );
    const roles = part.flatMap((e) => [
      ...e.actors.map((a) => ({ event_id: e.id, entity_id: a, role: 'actor' })),
      ...e.targets.map((t) => ({ event_id: e.id, entity_id: t, role: 'target' })),
      ...(e.location ? [{ event_id: e.id, entity_id: e.location, role: 'location' }] : []),
    ]);
    if (roles.length)
      await db.query(
        `insert into event_entities (event_id, entity_id, role) select event_id, entity_id, role from jsonb_to_recordset($1::jsonb) as x(event_id text, entity_id text, role text)`,
        [json(roles)],
      );
  }
}

export async function insertReports(db: Db, reports: ReportRow[]): Promise<void> {
  for (const part of chunks(reports, 2000)) {
    await db.query(
      `insert into event_reports (report_id, doc_id, event_id, data) select report_id, doc_id, event_id, data
         from jsonb_to_recordset($1::jsonb) as x(report_id text, doc_id text, event_id text, data jsonb)
       on conflict (report_id) do update set event_id = excluded.event_id, data = excluded.data`,
      [
        json(
          part.map((r) => ({
            report_id: r.report.event.id,
            doc_id: r.report.docId,
            event_id: r.event,
            data: r.report,
          })),
        ),
      ],
    );
  }
}

export async function insertEventKeys(db: Db, keys: { key: string; event: string }[]): Promise<void> {
  for (const part of chunks(keys)) {
    await db.query(
      `insert into event_keys (key, event_id) select key, event_id from jsonb_to_recordset($1::jsonb) as x(key text, event_id text)
       on conflict do nothing`,
      [json(part.map((k) => ({ key: k.key, event_id: k.event })))],
    );
  }
}

// ------------------------------------------------------------------ relations

export type RelationRow = { id: string; relation: Relation };

/** Stored relations of these (type, from, to) keys, either direction. */
export async function relationsBetween(
  db: Db,
  pairs: { type: string; from: string; to: string }[],
): Promise<RelationRow[]> {
  if (!pairs.length) return [];
  const rows = await db.query(
    `select r.id, r.data from relations r join jsonb_to_recordset($1::jsonb) as x(type text, a text, b text)
       on r.type = x.type and ((r.from_id = x.a and r.to_id = x.b) or (r.from_id = x.b and r.to_id = x.a))`,
    [json(pairs.map((p) => ({ type: p.type, a: p.from, b: p.to })))],
  );
  return rows.map((r) => ({ id: String(r.id), relation: r.data as Relation }));
}

export async function upsertRelations(db: Db, rows: RelationRow[]): Promise<void> {
  for (const part of chunks(rows)) {
    await db.query(
      `insert into relations (id, type, from_id, to_id, data)
       select id, type, from_id, to_id, data from jsonb_to_recordset($1::jsonb) as x(id text, type text, from_id text, to_id text, data jsonb)
       on conflict (id) do update set data = excluded.data`,
      [
        json(
          part.map((r) => ({
            id: r.id,
            type: r.relation.type,
            from_id: r.relation.from,
            to_id: r.relation.to,
            data: r.relation,
          })),
        ),
      ],
    );
  }
}

/** Relations with an end among these entities. */
export async function relationsOf(db: Db, ids: string[]): Promise<RelationRow[]> {
  if (!ids.length) return [];
  const rows = await db.query(
    'select id, data from relations where from_id = any($1::text[]) or to_id = any($1::text[]) order by id',
    [ids],
  );
  return rows.map((r) => ({ id: String(r.id), relation: r.data as Relation }));
}

// ------------------------------------------------------------------ alignment

/** Entities that may count for a country: it, and those whose country or an office's `of` is it. */
export async function entitiesOfCountries(db: Db, countries: string[]): Promise<string[]> {
  if (!countries.length) return [];
  const rows = await db.query(
    `select id from entities where id = any($1::text[]) or country = any($1::text[])
        or exists (select 1 from jsonb_array_elements(roles) r where r->>'of' = any($1::text[]))`,
    [countries],
  );
  return rows.map((r) => String(r.id));
}

/**
 * Events with one of these participants whose alignment period can be one of `periods`
 * (an explicit date in it, an inferred window ending in it, or no date: the period is then the
 * publication month, decided by the caller).
 */
export async function eventsOfEntities(db: Db, ids: string[], periods: string[]): Promise<OrbitEvent[]> {
  if (!ids.length || !periods.length) return [];
  const rows = await db.query(
    `select data from events where id in (select event_id from event_entities where entity_id = any($1::text[]))
        and (date_start is null and date_end is null
          or (not inferred and left(date_start, 7) = any($2::text[]))
          or (inferred and left(date_end, 7) = any($2::text[]))
          or (not inferred and date_start is null))`,
    [ids, periods],
  );
  return rows.map((r) => r.data as OrbitEvent);
}

/** Every event with one of these participants. */
export async function eventsOfEntitiesAnyTime(db: Db, ids: string[]): Promise<OrbitEvent[]> {
  if (!ids.length) return [];
  const rows = await db.query(
    `select data from events where id in (select event_id from event_entities where entity_id = any($1::text[]))`,
    [ids],
  );
  return rows.map((r) => r.data as OrbitEvent);
}

/** Quotes by these speakers published in one of `periods` (or undated); every period when null. */
export async function quotesBySpeakers(db: Db, ids: string[], periods: string[] | null): Promise<Quote[]> {
  if (!ids.length || (periods && !periods.length)) return [];
  const rows = await db.query(
    `select data from quotes where speaker = any($1::text[])
        and ($2::text[] is null or published_day is null or to_char(published_day, 'YYYY-MM') = any($2::text[]))`,
    [ids, periods],
  );
  return rows.map((r) => r.data as Quote);
}

/** Every quotation in these documents. */
export async function quotesOfDocs(db: Db, ids: string[]): Promise<Quote[]> {
  if (!ids.length) return [];
  const rows = await db.query('select data from quotes where doc_id = any($1::text[])', [ids]);
  return rows.map((r) => r.data as Quote);
}

/**
 * The quotations overlapping these spans (each span within its document), found through the
 * index of quotation spans (quotes.cells, migrations 13 and 18): the quotation an event's evidence sits in, without
 * reading every quotation of a long document.
 */
export async function quotesOverlapping(
  db: Db,
  spans: { document: string; start: number; end: number }[],
): Promise<Quote[]> {
  if (!spans.length) return [];
  // One look-up row per (span, cell it covers): the cells' index finds the few quotations there.
  const keys: string[] = [];
  const st: number[] = [];
  const en: number[] = [];
  for (const x of spans)
    for (const cell of spanCells(x.document, x.start, x.end)) {
      keys.push(cell);
      st.push(x.start);
      en.push(x.end);
    }
  const rows = await db.query(
    `select q.id, q.data from unnest($1::text[], $2::int[], $3::int[]) as s(cell, st, en)
       join quotes q on q.cells @> array[s.cell]
        and (q.data->>'end')::int > s.st and (q.data->>'start')::int < s.en`,
    [keys, st, en],
  );
  // a quotation met by several spans or cells once, in id order (deduplicated here: sorting the
  // rows by their data in SQL cost more than the look-up)
  const byId = new Map(rows.map((r) => [String(r.id), r.data as Quote]));
  return [...byId.keys()].sort().map((id) => byId.get(id)!);
}

/** Quotations with a speaker whose text contains one of these strings (case-sensitive). */
export async function quotesContaining(db: Db, needles: string[]): Promise<Quote[]> {
  const ns = [...new Set(needles.filter((n) => n.length >= 2))];
  if (!ns.length) return [];
  const rows = await db.query(
    `select data from quotes where speaker is not null
        and exists (select 1 from unnest($1::text[]) n where strpos(data->>'text', n) > 0)`,
    [ns],
  );
  return rows.map((r) => r.data as Quote);
}

export async function replaceCells(
  db: Db,
  cells: { entity: string; bloc: string; period: string }[],
  scores: AlignmentScore[],
): Promise<void> {
  if (cells.length)
    await db.query(
      `delete from alignment a using jsonb_to_recordset($1::jsonb) as x(entity text, bloc text, period text)
        where a.entity = x.entity and a.bloc = x.bloc and a.period = x.period`,
      [json(cells)],
    );
  for (const part of chunks(scores)) {
    await db.query(
      `insert into alignment (entity, bloc, period, score, data)
       select entity, bloc, period, score, data from jsonb_to_recordset($1::jsonb) as x(entity text, bloc text, period text, score float8, data jsonb)`,
      [
        json(
          part.map((a) => ({ entity: a.entity, bloc: a.bloc, period: a.period, score: a.score, data: a })),
        ),
      ],
    );
  }
}
