/**
 * The store: every database read and write of Orbit goes through this class. Queries are
 * parameterised ($1, $2 …) without exception; bulk inserts go through jsonb_to_recordset so one
 * statement carries many rows on both drivers.
 */
import type { Annotations } from '../model/index.js';
import type {
  AlignmentScore,
  DocLink,
  Entity,
  Export,
  ExportDocument,
  Mention,
  OrbitEvent,
  Quote,
  Relation,
  Story,
} from '../model/index.js';
import { OrbitError } from '../errors.js';
import type { Article, RawDocument } from '../model/index.js';
import { openDb, resolveLocation, type Db, type Row } from './db.js';
import { fold } from '../resolve/fold.js';
import { INCREMENTAL_STATE_TABLES, enqueue, insertDocFacts, insertEvents } from './corpus-state.js';
import { migrate } from './migrations.js';
import { copyKeyNumber } from './copy-keys.js';
import { withIndexesDeferred } from './bulk-indexes.js';
import { NO_FILTERS, rankedPage } from './ranked-search.js';
import { toEntity, toExportDocument, toMention } from './rows.js';
import type { LinkDoc } from '../link/index.js';
import type { LongDocInfo } from '../link/store-link.js';

export type DocumentSummary = {
  id: string;
  source: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  language: string;
  words: number;
};

export type StoredDocument = Article & {
  format: string;
  encoding: string | null;
  bytes: number | null;
  ingestedAt: string;
};

export type SearchHit = DocumentSummary & { rank: number; snippet: string };

/** Corpus-level facts that the resolve/link/analyze stages recompute together. */
export type CorpusFacts = {
  entities: (Entity & { reasons?: string[] })[];
  mentions: Mention[];
  quotes: Quote[];
  events: OrbitEvent[];
  relations: Relation[];
  alignment: AlignmentScore[];
};

export type StoreStats = {
  documents: number;
  words: number;
  languages: Record<string, number>;
  outlets: { outlet: string; documents: number }[];
  entities: Record<string, number>;
  mentions: number;
  quotes: number;
  events: number;
  relations: number;
  links: Record<string, number>;
  stories: number;
  firstPublished: string | null;
  lastPublished: string | null;
};

export { HIGHLIGHT_END, HIGHLIGHT_START, SNIPPET_SOURCE_CHARS } from './ranked-search.js';

/** The calendar day of a published value, or null; an impossible day must never reach the date column (it would fail the batch). */
const dayOf = (published: string | null): string | null => {
  if (!published || !/^\d{4}-\d{2}-\d{2}/.test(published)) return null;
  const [y, m, d] = published.slice(0, 10).split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d
    ? published.slice(0, 10)
    : null;
};
const json = (v: unknown) => JSON.stringify(v);

/** The tables replaceCorpusFacts empties and refills. */
const FACT_TABLES = [
  'entities',
  'mentions',
  'quotes',
  'quote_entities',
  'events',
  'event_entities',
  'relations',
  'alignment',
];

/** Tables a corpus rebuild empties and refills: the facts, the stories, the incremental state. */
const CORPUS_TABLES = [...FACT_TABLES, 'stories', 'story_members', ...INCREMENTAL_STATE_TABLES];

/**
 * A document's word count, as SQL over its text: computed once when it is stored. The number of
 * pieces regexp_split_to_array(trim(text), '\\s+') gives (at least one), counted without building
 * that array: half the cost of the column (equal on the 19,043 Reuters stories on PGlite, and on
 * both backends for empty texts, texts of spaces only and texts starting or ending with a tab).
 */
const WORDS_OF_TEXT = `regexp_count(trim(text), '\\s+') + 1`;

/**
 * Document ids by sequence number (`documents.seq`, what copy_keys stores), for the documents this
 * process wrote or looked up: in a bulk ingest most postings of a batch point to documents of the
 * earlier batches, which then need no look-up (9 of the 62 s of band-table statements at 19,043
 * stories). A sequence number is never given twice, so an entry never goes stale; an entry of a
 * rolled-back write is never asked for. Emptied when full (bounded memory).
 */
class DocIdsBySeq {
  private readonly ids = new Map<number, string>();
  static readonly MAX = 100_000;
  get(seq: number): string | undefined {
    return this.ids.get(seq);
  }
  set(seq: number, id: string): void {
    if (this.ids.size >= DocIdsBySeq.MAX) this.ids.clear();
    this.ids.set(seq, id);
  }
}

export class Store {
  /** `dir`: the embedded store's folder (null for PostgreSQL and in-memory stores). */
  private constructor(
    readonly db: Db,
    readonly dir: string | null = null,
    private readonly idsBySeq = new DocIdsBySeq(),
  ) {}

  /** `thread`: an embedded store runs its SQL on a worker thread (what `orbit serve` uses). */
  static async open(
    opts: { data?: string; url?: string; memory?: boolean; thread?: boolean } = {},
  ): Promise<Store> {
    const loc = opts.memory ? { memory: true as const } : resolveLocation(opts);
    const db = await openDb(loc, { thread: opts.thread });
    try {
      await migrate(db);
    } catch (e) {
      await db.close().catch(() => undefined);
      throw new OrbitError('ORBIT_E_STORE', `cannot migrate the store: ${(e as Error).message}`);
    }
    return new Store(db, 'dir' in loc ? loc.dir : null);
  }

  close(): Promise<void> {
    return this.db.close();
  }

  /**
   * This store with every statement on `db`: the pipeline hands stages the store bound to the
   * transaction that writes a batch, so their reads see the batch and their writes commit with it.
   */
  within(db: Db): Store {
    return new Store(db, this.dir, this.idsBySeq);
  }

  async hasDocument(id: string): Promise<boolean> {
    return (await this.db.query('select 1 from documents where id = $1', [id])).length > 0;
  }

  /** Inserts a cleaned document with its annotations; returns false if it was already present. */
  async insertDocument(
    raw: RawDocument,
    article: Article,
    ann: Annotations | null,
    db: Db = this.db,
  ): Promise<boolean> {
    return (await this.insertDocuments([{ raw, article, ann }], db))[0];
  }

  /**
   * Inserts many cleaned documents with their annotations in two statements (one round trip each,
   * which matters on PGlite); returns, per item, whether it was new.
   */
  async insertDocuments(
    items: { raw: RawDocument; article: Article; ann: Annotations | null }[],
    db: Db = this.db,
  ): Promise<boolean[]> {
    if (!items.length) return [];
    const rows = await db.query(
      `insert into documents (id, source, format, encoding, bytes, title, published, published_day, author, outlet,
         original_source, dateline, language, text, paragraphs, diagnostics, words)
       select id, source, format, encoding, bytes, title, published, published_day, author, outlet,
              original_source, dateline, language, text, paragraphs, diagnostics, ${WORDS_OF_TEXT}
         from rows from (jsonb_to_recordset($1::jsonb) as (id text, source text, format text, encoding text, bytes int, title text,
              published text, published_day date, author text, outlet text, original_source text, dateline text, language text,
              text text, paragraphs jsonb, diagnostics jsonb)) with ordinality as x
        order by x.ordinality
       on conflict (id) do nothing returning id`,
      [
        json(
          items.map(({ raw, article: a }) => ({
            id: a.id,
            source: a.source,
            format: raw.format,
            encoding: raw.encoding,
            bytes: raw.bytes,
            title: a.title,
            published: a.published,
            published_day: dayOf(a.published),
            author: a.author,
            outlet: a.outlet,
            original_source: a.originalSource,
            dateline: a.dateline,
            language: a.language,
            text: a.text,
            paragraphs: a.paragraphs,
            diagnostics: a.diagnostics,
          })),
        ),
      ],
    );
    const inserted = new Set(rows.map((r) => String(r.id)));
    // Every new document waits in corpus_queue until the corpus facts take it in (same
    // transaction as the document: no document is ever stored without being queued).
    await enqueue(db, [...inserted]);
    const anns = items.filter((i) => i.ann && inserted.has(i.article.id));
    if (anns.length) {
      await db.query(
        `insert into annotations (doc_id, data) select doc_id, data from jsonb_to_recordset($1::jsonb) as x(doc_id text, data jsonb)
         on conflict (doc_id) do update set data = excluded.data`,
        [json(anns.map((i) => ({ doc_id: i.article.id, data: i.ann })))],
      );
    }
    return items.map((i) => inserted.has(i.article.id));
  }

  /** Which of these ids are stored already (one query). */
  async existingIds(ids: string[], db: Db = this.db): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows = await db.query('select id from documents where id = any($1::text[])', [ids]);
    return new Set(rows.map((r) => String(r.id)));
  }

  /**
   * Saves many copy sketches and their band keys in three statements. A sketch already stored is
   * left as it is, with its key rows (both are only ever written together, in one transaction).
   *
   * Key rows are the bulk of ingest's database work (~70 per document, into a primary key that
   * outgrows the embedded store's buffers). Each is (integer key, document seq) (migration 19,
   * src/store/copy-keys.ts). They go in as a plain insert, not `on conflict do nothing`: rows of a
   * sketch inserted by this statement are new, and a conflict check costs a second B-tree descent
   * per row. They are sorted by key, so the index is walked in order. On the embedded store they
   * are COPYed (Db.copyRows): 27 batches of 20,000 key rows took 1.8–2.2 CPU s against 2.8–3.0
   * for the unnest insert. The sketch itself holds only what is read back (src/link/store-link.ts).
   */
  async saveSketches(
    items: { docId: string; sketch: unknown; keys: string[]; spans?: Map<string, number[]> }[],
    db: Db = this.db,
  ): Promise<void> {
    if (!items.length) return;
    const saved = await db.query(
      `with s as (insert into copy_sketches (doc_id, sketch) select doc_id, sketch from jsonb_to_recordset($1::jsonb) as x(doc_id text, sketch jsonb)
         on conflict (doc_id) do nothing returning doc_id)
       select s.doc_id, d.seq from s join documents d on d.id = s.doc_id`,
      [json(items.map((i) => ({ doc_id: i.docId, sketch: i.sketch })))],
    );
    const seqOf = new Map(saved.map((r) => [String(r.doc_id), Number(r.seq)]));
    for (const [id, seq] of seqOf) this.idsBySeq.set(seq, id);
    const rows: { key: number; doc: number; spans: string | null }[] = [];
    for (const i of items) {
      const doc = seqOf.get(i.docId);
      if (doc === undefined) continue;
      seqOf.delete(i.docId); // once per saved sketch
      for (const key of new Set(i.keys))
        rows.push({ key: copyKeyNumber(key), doc, spans: i.spans?.get(key)?.join(',') ?? null });
    }
    if (!rows.length) return;
    rows.sort((a, b) => a.key - b.key || a.doc - b.doc);
    if (db.copyRows) {
      // The embedded store: COPY (~20,000 rows a batch; a third less CPU than the unnest insert).
      let text = '';
      for (const r of rows) text += `${r.key}\t${r.doc}\t${r.spans === null ? '\\N' : `{${r.spans}}`}\n`;
      await db.copyRows('copy_keys', ['key', 'doc', 'spans'], text);
      return;
    }
    const keys = rows.map((r) => r.key);
    const docs = rows.map((r) => r.doc);
    if (rows.every((r) => r.spans === null)) {
      await db.query('insert into copy_keys (key, doc) select * from unnest($1::bigint[], $2::bigint[])', [
        keys,
        docs,
      ]);
    } else {
      await db.query(
        `insert into copy_keys (key, doc, spans)
         select k, d, string_to_array(s, ',')::int[] from unnest($1::bigint[], $2::bigint[], $3::text[]) as x(k, d, s)`,
        [keys, docs, rows.map((r) => r.spans)],
      );
    }
  }

  /** Of these documents, those sketched as long: the `long` record of their sketch (src/link/windows.ts). */
  async longDocs(ids: string[], db: Db = this.db): Promise<Map<string, LongDocInfo>> {
    const out = new Map<string, LongDocInfo>();
    if (!ids.length) return out;
    const rows = await db.query(
      `select doc_id, sketch->'long' as long from copy_sketches where doc_id = any($1::text[]) and sketch ? 'long'`,
      [ids],
    );
    for (const r of rows) out.set(String(r.doc_id), r.long as LongDocInfo);
    return out;
  }

  /** The stored spans of these passage keys in one document (keys it carries with spans). */
  async passageSpans(docId: string, keys: string[], db: Db = this.db): Promise<Map<string, number[]>> {
    const out = new Map<string, number[]>();
    if (!keys.length) return out;
    const byNumber = new Map([...new Set(keys)].map((k) => [copyKeyNumber(k), k]));
    const rows = await db.query(
      `select key, spans from copy_keys
        where key = any($1::bigint[]) and doc = (select seq from documents where id = $2) and spans is not null`,
      [[...byNumber.keys()], docId],
    );
    for (const r of rows) out.set(byNumber.get(Number(r.key))!, (r.spans as number[]).map(Number));
    return out;
  }

  /**
   * A document's link fields (text empty) and these pieces of its text (UTF-16 ranges). The text
   * is read whole and cut here: substr on a compressed text decompresses it once per piece
   * (measured 0.3 s for a dozen pieces of a 2 MB text, against 0.01–0.04 s to read it whole).
   */
  async docSlices(
    docId: string,
    ranges: [number, number][],
    db: Db = this.db,
  ): Promise<{ doc: LinkDoc; pieces: string[] } | null> {
    const [r] = await db.query(
      'select id, text, title, published, outlet, original_source from documents where id = $1',
      [docId],
    );
    if (!r) return null;
    return {
      doc: {
        id: String(r.id),
        text: '',
        title: (r.title as string) ?? null,
        published: (r.published as string) ?? null,
        outlet: (r.outlet as string) ?? null,
        originalSource: (r.original_source as string) ?? null,
      },
      pieces: ranges.map(([a, b]) => String(r.text).slice(a, b)),
    };
  }

  /**
   * Postings of band keys for a whole batch in two queries: for each key carried by a stored
   * document, how many carry it and (up to `cap`; all of them when the key is under its cap) which
   * ones, in id order. Documents are read back from their sequence numbers only for keys within
   * the cap: the candidate choice skips keys over it.
   *
   * The keys are handed to `= any` through a subquery: the planner then uses a default estimate
   * (an index scan, as it would choose anyway) instead of estimating each of the ~20,000 keys of a
   * batch against the column statistics, which took longer than running the lookup (50–90 ms of
   * planning for 300–400 ms of execution at 19,000 documents). The array is sorted by the index
   * scan, which then descends once per leaf page rather than once per key.
   */
  async bandPostings(
    keys: string[],
    cap = 300,
    db: Db = this.db,
  ): Promise<Map<string, { n: number; docs: string[] }>> {
    const out = new Map<string, { n: number; docs: string[] }>();
    if (!keys.length) return out;
    const byNumber = new Map([...new Set(keys)].map((k) => [copyKeyNumber(k), k]));
    const rows = await db.query(
      'select key, doc from copy_keys where key = any(array(select unnest($1::bigint[])))',
      [[...byNumber.keys()]],
    );
    const postings = new Map<number, number[]>();
    for (const r of rows) {
      const key = Number(r.key);
      const docs = postings.get(key);
      if (docs) docs.push(Number(r.doc));
      else postings.set(key, [Number(r.doc)]);
    }
    const idOf = new Map<number, string>();
    const unknown = new Set<number>();
    for (const docs of postings.values()) {
      if (docs.length > cap) continue;
      for (const d of docs) {
        const id = this.idsBySeq.get(d);
        if (id !== undefined) idOf.set(d, id);
        else unknown.add(d);
      }
    }
    if (unknown.size) {
      const ids = await db.query(
        'select seq, id from documents where seq = any(array(select unnest($1::bigint[])))',
        [[...unknown]],
      );
      for (const r of ids) {
        idOf.set(Number(r.seq), String(r.id));
        this.idsBySeq.set(Number(r.seq), String(r.id));
      }
    }
    for (const [key, docs] of postings) {
      const ids =
        docs.length <= cap
          ? docs.flatMap((d) => {
              const id = idOf.get(d);
              return id === undefined ? [] : [id];
            })
          : [];
      out.set(byNumber.get(key)!, { n: docs.length, docs: ids.sort() });
    }
    return out;
  }

  /**
   * Refreshes planner statistics. PGlite runs no autovacuum, and without statistics PostgreSQL
   * picks plans that scan whole tables (seconds per entity page on 20k documents).
   */
  async analyze(
    tables: string[] = [
      'documents',
      'copy_keys',
      'links',
      'entities',
      'mentions',
      'quotes',
      'quote_entities',
      'events',
      'event_entities',
      'relations',
    ],
  ): Promise<void> {
    for (const t of tables) if (/^[a-z_]+$/.test(t)) await this.db.exec(`analyze ${t}`);
  }

  /**
   * Housekeeping after a corpus rebuild, which deletes and rewrites every corpus fact. PostgreSQL
   * servers run autovacuum; the embedded store has none, so without this every rebuild left the
   * previous facts behind as dead rows and the data folder grew with the number of ingests, not
   * with the data (218 MB → 1.8 GB over repeated one-article ingests after one large document).
   * VACUUM makes the dead rows' space reusable by the next rebuild, ANALYZE refreshes planner
   * statistics, and CHECKPOINT lets PostgreSQL recycle the write-ahead log.
   */
  async maintain(): Promise<void> {
    if (this.db.kind !== 'pglite') return this.analyze();
    for (const t of [
      ...CORPUS_TABLES,
      'documents',
      'annotations',
      'copy_sketches',
      'copy_keys',
      'links',
      'meta',
    ])
      await this.db.exec(`vacuum (analyze) ${t}`);
    await this.db.exec('checkpoint');
  }

  async transaction<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    return this.db.transaction(fn);
  }

  async listDocuments(
    opts: {
      limit?: number;
      offset?: number;
      outlet?: string;
      from?: string;
      to?: string;
      language?: string;
      sort?: 'ingested' | 'published' | '-published';
    } = {},
  ): Promise<DocumentSummary[]> {
    // a fixed set of orderings, never user text, goes into the SQL
    const order =
      opts.sort === '-published'
        ? 'published_day desc nulls last, seq desc'
        : opts.sort === 'published'
          ? 'published_day nulls last, seq'
          : 'seq';
    const rows = await this.db.query(
      `select id, source, title, published, outlet, language,
              coalesce(words, 0) as words
         from documents
        where ($3::text is null or outlet ilike $3)
          and ($4::date is null or published_day >= $4::date)
          and ($5::date is null or published_day <= $5::date)
          and ($6::text is null or language = $6)
        order by ${order} limit $1 offset $2`,
      [
        opts.limit ?? 50,
        opts.offset ?? 0,
        opts.outlet ?? null,
        opts.from ?? null,
        opts.to ?? null,
        opts.language ?? null,
      ],
    );
    return rows.map(toSummary);
  }

  /** A document by full id or by a unique id prefix (at least 6 characters). */
  async getDocument(idOrPrefix: string): Promise<StoredDocument | null> {
    const rows = await this.db.query(
      `select * from documents where id = $1 or (length($1) >= 6 and id like $2) order by (id = $1) desc limit 2`,
      [idOrPrefix, `${idOrPrefix.replace(/[%_\\]/g, '\\$&')}%`],
    );
    if (!rows.length) return null;
    if (rows.length > 1 && rows[0].id !== idOrPrefix) {
      throw new OrbitError(
        'ORBIT_E_USAGE',
        `id prefix ${idOrPrefix} matches several documents`,
        'give more characters of the id',
      );
    }
    const r = rows[0];
    return {
      ...toExportDocument(r),
      paragraphs: r.paragraphs as Article['paragraphs'],
      diagnostics: r.diagnostics as Article['diagnostics'],
      format: String(r.format),
      encoding: (r.encoding as string) ?? null,
      bytes: r.bytes == null ? null : Number(r.bytes),
      ingestedAt: new Date(r.ingested_at as string).toISOString(),
    };
  }

  async getAnnotations(docId: string): Promise<Annotations | null> {
    const rows = await this.db.query<{ data: Annotations }>(
      'select data from annotations where doc_id = $1',
      [docId],
    );
    return rows[0]?.data ?? null;
  }

  /** Ranked full-text search with highlighted snippets (markers HIGHLIGHT_START/END): src/store/ranked-search.ts. */
  async search(q: string, opts: { limit?: number; offset?: number } = {}): Promise<SearchHit[]> {
    const query = q.trim();
    if (!query) return [];
    const { rows } = await rankedPage(this.db, query, NO_FILTERS, {
      limit: opts.limit ?? 20,
      offset: opts.offset ?? 0,
    });
    return rows.map((r) => ({ ...toSummary(r), rank: Number(r.rank), snippet: String(r.snippet) }));
  }

  async stats(): Promise<StoreStats> {
    const [d] = await this.db.query(
      `select count(*)::int as documents,
              coalesce(sum(coalesce(words, 0)), 0)::bigint as words,
              min(published_day)::text as first, max(published_day)::text as last from documents`,
    );
    const langs = await this.db.query(
      'select language, count(*)::int as n from documents group by language order by n desc',
    );
    const outlets = await this.db.query(
      'select outlet, count(*)::int as n from documents where outlet is not null group by outlet order by n desc, outlet limit 20',
    );
    const ents = await this.db.query(
      'select type, count(*)::int as n from entities group by type order by type',
    );
    const links = await this.db.query(
      'select type, count(*)::int as n from links group by type order by type',
    );
    const [c] = await this.db.query(
      `select (select count(*) from mentions)::int as mentions, (select count(*) from quotes)::int as quotes,
              (select count(*) from events)::int as events, (select count(*) from relations)::int as relations,
              (select count(*) from stories)::int as stories`,
    );
    return {
      documents: Number(d.documents),
      words: Number(d.words),
      languages: Object.fromEntries(langs.map((r) => [String(r.language), Number(r.n)])),
      outlets: outlets.map((r) => ({ outlet: String(r.outlet), documents: Number(r.n) })),
      entities: Object.fromEntries(ents.map((r) => [String(r.type), Number(r.n)])),
      mentions: Number(c.mentions),
      quotes: Number(c.quotes),
      events: Number(c.events),
      relations: Number(c.relations),
      links: Object.fromEntries(links.map((r) => [String(r.type), Number(r.n)])),
      stories: Number(c.stories),
      firstPublished: (d.first as string) ?? null,
      lastPublished: (d.last as string) ?? null,
    };
  }

  /**
   * All documents with their annotations, for corpus-level stages, in id (content-hash) order: the
   * corpus facts must not depend on the order in which files, batches or parallel workers stored
   * the documents (several corpus steps keep the first of equals).
   */
  async *iterateAnnotated(
    batch = 500,
  ): AsyncGenerator<{ doc: ExportDocument & { dateline: string | null }; ann: Annotations | null }> {
    let after = '';
    for (;;) {
      const rows = await this.db.query(
        `select d.id, d.source, d.title, d.published, d.author, d.outlet, d.original_source, d.dateline, d.language, d.text, a.data
           from documents d left join annotations a on a.doc_id = d.id where d.id > $1 order by d.id limit $2`,
        [after, batch],
      );
      if (!rows.length) return;
      for (const r of rows) yield { doc: toExportDocument(r), ann: (r.data as Annotations) ?? null };
      after = String(rows[rows.length - 1].id);
    }
  }

  async documentCount(): Promise<number> {
    const [r] = await this.db.query('select count(*)::int as n from documents');
    return Number(r.n);
  }

  // ------------------------------------------------------------------ copy detection
  async saveSketch(docId: string, sketch: unknown, keys: string[], db: Db = this.db): Promise<void> {
    await this.saveSketches([{ docId, sketch, keys }], db);
  }

  async linkDocs(
    ids: string[],
    db: Db = this.db,
  ): Promise<
    {
      id: string;
      text: string;
      title: string | null;
      published: string | null;
      outlet: string | null;
      originalSource: string | null;
    }[]
  > {
    if (!ids.length) return [];
    const rows = await db.query(
      'select id, text, title, published, outlet, original_source from documents where id = any($1::text[])',
      [ids],
    );
    return rows.map((r) => ({
      id: String(r.id),
      text: String(r.text),
      title: (r.title as string) ?? null,
      published: (r.published as string) ?? null,
      outlet: (r.outlet as string) ?? null,
      originalSource: (r.original_source as string) ?? null,
    }));
  }

  /**
   * The id of the current transaction and the snapshot its reads use (PostgreSQL). Concurrent
   * writers record them with their copy sketches; see pairsNotCompared.
   */
  async transactionSnapshot(db: Db = this.db): Promise<{ xid: string; snap: string }> {
    const [me] = await db.query<{ xid: string; snap: string }>(
      'select pg_current_xact_id()::text as xid, pg_current_snapshot()::text as snap',
    );
    return me;
  }

  /**
   * Of these (document, candidate) pairs, those no earlier candidate lookup compared: written by
   * different transactions, neither of whose lookup snapshots saw the other's transaction (both
   * recorded in copy_sketches by transactionSnapshot), and not linked yet.
   */
  async pairsNotCompared(
    me: string[],
    other: string[],
    db: Db = this.db,
  ): Promise<{ me: string; other: string }[]> {
    if (!me.length) return [];
    return db.query<{ me: string; other: string }>(
      `select p.me, p.other from unnest($1::text[], $2::text[]) as p(me, other)
         join copy_sketches sm on sm.doc_id = p.me
         join copy_sketches so on so.doc_id = p.other
        where (sm.sketch->>'xid') is distinct from (so.sketch->>'xid')
          and not coalesce(pg_visible_in_snapshot((sm.sketch->>'xid')::xid8, (so.sketch->>'snap')::pg_snapshot), false)
          and not coalesce(pg_visible_in_snapshot((so.sketch->>'xid')::xid8, (sm.sketch->>'snap')::pg_snapshot), false)
          and not exists (select 1 from links l where (l.from_doc = p.me and l.to_doc = p.other) or (l.from_doc = p.other and l.to_doc = p.me))`,
      [me, other],
    );
  }

  async insertLinks(links: DocLink[], db: Db = this.db): Promise<void> {
    if (!links.length) return;
    await db.query(
      `insert into links (from_doc, to_doc, type, score)
       select from_doc, to_doc, type, score from jsonb_to_recordset($1::jsonb) as x(from_doc text, to_doc text, type text, score float8)
       on conflict (from_doc, to_doc) do update set type = excluded.type, score = excluded.score, via = 'copy', reasons = '[]'`,
      [json(links.map((l) => ({ from_doc: l.from, to_doc: l.to, type: l.type, score: l.score })))],
    );
  }

  /**
   * Links in (from, to) order: copy links and story links (same news; `via` picks one kind);
   * `docs`: only links between two of these documents; `limit` unset reads all.
   */
  async links(
    opts: {
      type?: string;
      doc?: string;
      docs?: string[];
      via?: 'copy' | 'story';
      limit?: number;
      offset?: number;
    } = {},
  ): Promise<DocLink[]> {
    const rows = await this.db.query(
      `select from_doc, to_doc, type, score from links where ($1::text is null or type = $1)
         and ($2::text is null or from_doc = $2 or to_doc = $2)
         and ($3::text[] is null or (from_doc = any($3::text[]) and to_doc = any($3::text[])))
         and ($6::text is null or via = $6)
       order by from_doc, to_doc limit $4 offset $5`,
      [
        opts.type ?? null,
        opts.doc ?? null,
        opts.docs ?? null,
        opts.limit ?? null,
        opts.offset ?? 0,
        opts.via ?? null,
      ],
    );
    return rows.map((r) => ({
      from: String(r.from_doc),
      to: String(r.to_doc),
      type: r.type as DocLink['type'],
      score: Number(r.score),
    }));
  }

  /** What source profiles count (src/analyze/sources.ts): document metadata (no text), links, stories. */
  async sourceInput(opts: { language?: string } = {}): Promise<{
    docs: {
      id: string;
      outlet: string | null;
      originalSource: string | null;
      language: string;
      published: string | null;
    }[];
    links: DocLink[];
    stories: { id: string; documents: string[] }[];
  }> {
    const docs = await this.db.query(
      'select id, outlet, original_source, language, published from documents where ($1::text is null or language = $1) order by seq',
      [opts.language ?? null],
    );
    const stories = await this.db.query('select id, documents from stories order by id');
    return {
      docs: docs.map((r) => ({
        id: String(r.id),
        outlet: (r.outlet as string) ?? null,
        originalSource: (r.original_source as string) ?? null,
        language: String(r.language),
        published: (r.published as string) ?? null,
      })),
      links: await this.links(),
      stories: stories.map((r) => ({ id: String(r.id), documents: r.documents as string[] })),
    };
  }

  /** Story links with their reasons, between documents of these ids (all when unset). */
  async storyLinks(docs?: string[]): Promise<(DocLink & { reasons: string[] })[]> {
    const rows = await this.db.query(
      `select from_doc, to_doc, type, score, reasons from links where via = 'story'
         and ($1::text[] is null or (from_doc = any($1::text[]) and to_doc = any($1::text[]))) order by from_doc, to_doc`,
      [docs ?? null],
    );
    return rows.map((r) => ({
      from: String(r.from_doc),
      to: String(r.to_doc),
      type: r.type as DocLink['type'],
      score: Number(r.score),
      reasons: (r.reasons as string[]) ?? [],
    }));
  }

  /** Replaces every story link (a corpus rebuild); a pair with a copy link keeps the copy link. */
  async replaceStoryLinks(links: (DocLink & { reasons: string[] })[], db: Db = this.db): Promise<void> {
    await db.transaction(async (tx) => {
      await tx.exec(`delete from links where via = 'story'`);
      for (let i = 0; i < links.length; i += 5000) {
        await tx.query(
          `insert into links (from_doc, to_doc, type, score, via, reasons)
           select x.from_doc, x.to_doc, x.type, x.score, 'story', x.reasons from jsonb_to_recordset($1::jsonb) as x(from_doc text, to_doc text, type text, score float8, reasons jsonb)
            where not exists (select 1 from links l where (l.from_doc = x.from_doc and l.to_doc = x.to_doc) or (l.from_doc = x.to_doc and l.to_doc = x.from_doc))
           on conflict (from_doc, to_doc) do nothing`,
          [
            json(
              links.slice(i, i + 5000).map((l) => ({
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
    });
  }

  /**
   * Replaces all stories in one transaction: readers never see the table emptied mid-rebuild.
   * Each story's first and last publication day come from its documents.
   */
  async replaceStories(stories: Story[], db: Db = this.db): Promise<void> {
    await db.transaction(async (tx) => {
      await tx.exec('delete from stories; delete from story_members;');
      const chunks = <T>(xs: T[], n = 5000): T[][] => {
        const out: T[][] = [];
        for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
        return out;
      };
      for (const part of chunks(stories)) {
        await tx.query(
          `insert into stories (id, title, documents, first_day, last_day)
           select x.id, x.title, x.documents,
                  (select min(d.published_day) from documents d where d.id in (select jsonb_array_elements_text(x.documents))),
                  (select max(d.published_day) from documents d where d.id in (select jsonb_array_elements_text(x.documents)))
             from jsonb_to_recordset($1::jsonb) as x(id text, title text, documents jsonb)`,
          [json(part.map((s) => ({ id: s.id, title: s.title, documents: s.documents })))],
        );
        await tx.query(
          `insert into story_members (doc_id, story_id, published_day)
           select x.doc_id, x.story_id, d.published_day from jsonb_to_recordset($1::jsonb) as x(doc_id text, story_id text)
           left join documents d on d.id = x.doc_id
           on conflict (doc_id) do nothing`,
          [json(part.flatMap((s) => s.documents.map((d) => ({ doc_id: d, story_id: s.id }))))],
        );
      }
    });
  }

  // ------------------------------------------------------------------ corpus staleness
  // A counter, not a flag: every write of new documents bumps meta.corpus_generation in its own
  // transaction; a finished corpus rebuild records the generation it started from in
  // meta.corpus_built. A run killed between storing documents and the rebuild leaves
  // built < generation, so the next ingest rebuilds even when it stores nothing new.

  /** Marks the corpus facts stale; call inside the transaction that stores new documents. */
  async bumpCorpusGeneration(db: Db = this.db): Promise<void> {
    await db.query(
      `insert into meta (key, value) values ('corpus_generation', '1'::jsonb)
       on conflict (key) do update set value = to_jsonb((meta.value #>> '{}')::bigint + 1)`,
    );
  }

  async corpusGeneration(): Promise<{ generation: number; built: number | null }> {
    const rows = await this.db.query<{ key: string; value: unknown }>(
      `select key, value from meta where key in ('corpus_generation', 'corpus_built')`,
    );
    const get = (k: string) => rows.find((r) => r.key === k)?.value;
    const gen = get('corpus_generation');
    const built = get('corpus_built');
    return { generation: gen == null ? 0 : Number(gen), built: built == null ? null : Number(built) };
  }

  /** True when documents were stored after the last completed corpus rebuild (or none completed yet). */
  async corpusStale(): Promise<boolean> {
    const { generation, built } = await this.corpusGeneration();
    return built === null ? generation > 0 || (await this.documentCount()) > 0 : built < generation;
  }

  /** Records that the corpus facts reflect every document stored up to `generation`. */
  async markCorpusBuilt(generation: number): Promise<void> {
    await this.db.query(
      `insert into meta (key, value) values ('corpus_built', to_jsonb($1::bigint)), ('corpus_built_at', to_jsonb($2::text))
       on conflict (key) do update set value = excluded.value`,
      [generation, new Date().toISOString()],
    );
  }

  async stories(
    opts: { limit?: number; offset?: number; id?: string } = {},
  ): Promise<(Story & { firstDay: string | null; lastDay: string | null })[]> {
    const rows = await this.db.query(
      `select id, title, documents, first_day::text as first_day, last_day::text as last_day from stories where ($3::text is null or id = $3)
        order by jsonb_array_length(documents) desc, last_day desc nulls last, id limit $1 offset $2`,
      [opts.limit ?? null, opts.offset ?? 0, opts.id ?? null],
    );
    return rows.map((r) => ({
      id: String(r.id),
      title: String(r.title),
      documents: r.documents as string[],
      firstDay: (r.first_day as string) ?? null,
      lastDay: (r.last_day as string) ?? null,
    }));
  }

  // ------------------------------------------------------------------ corpus facts
  /** Replaces every corpus-level fact in one transaction, so readers never see a half-written corpus. */
  async replaceCorpusFacts(f: CorpusFacts): Promise<void> {
    const mentionCounts = new Map<string, number>();
    const docCounts = new Map<string, Set<string>>();
    for (const m of f.mentions) {
      mentionCounts.set(m.entity, (mentionCounts.get(m.entity) ?? 0) + 1);
      if (!docCounts.has(m.entity)) docCounts.set(m.entity, new Set());
      docCounts.get(m.entity)!.add(m.document);
    }
    await this.db.transaction((tx) =>
      withIndexesDeferred(tx, FACT_TABLES, () => this.writeCorpusFacts(tx, f, mentionCounts, docCounts)),
    );
  }

  /** The body of replaceCorpusFacts, inside its transaction. */
  private async writeCorpusFacts(
    tx: Db,
    f: CorpusFacts,
    mentionCounts: Map<string, number>,
    docCounts: Map<string, Set<string>>,
  ): Promise<void> {
    await tx.exec(
      'delete from entities; delete from mentions; delete from quotes; delete from quote_entities; delete from events; delete from event_entities; delete from relations; delete from alignment;',
    );
    const chunks = <T>(xs: T[], n = 5000): T[][] => {
      const out: T[][] = [];
      for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
      return out;
    };
    for (const part of chunks(f.entities)) {
      await tx.query(
        `insert into entities (id, type, name, name_fold, aliases, roles, country, reasons, mention_count, document_count)
           select id, type, name, name_fold, aliases, roles, country, reasons, mention_count, document_count from jsonb_to_recordset($1::jsonb)
             as x(id text, type text, name text, name_fold text, aliases jsonb, roles jsonb, country text, reasons jsonb, mention_count int, document_count int)`,
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
              reasons: e.reasons ?? [],
              mention_count: mentionCounts.get(e.id) ?? 0,
              document_count: docCounts.get(e.id)?.size ?? 0,
            })),
          ),
        ],
      );
    }
    // mentions, quotes and the entities inside each quote ("quotes about X"): the incremental
    // path's statements
    await insertDocFacts(tx, f.mentions, f.quotes);
    // the same statements the incremental path uses for its merged events
    await insertEvents(tx, f.events);
    for (const part of chunks(f.relations)) {
      await tx.query(
        `insert into relations (id, type, from_id, to_id, data)
           select id, type, from_id, to_id, data from jsonb_to_recordset($1::jsonb) as x(id text, type text, from_id text, to_id text, data jsonb)`,
        [
          json(
            part.map((r, i) => ({
              id: `${r.type}:${r.from}:${r.to}:${i}`,
              type: r.type,
              from_id: r.from,
              to_id: r.to,
              data: r,
            })),
          ),
        ],
      );
    }
    for (const part of chunks(f.alignment)) {
      await tx.query(
        `insert into alignment (entity, bloc, period, score, data)
           select entity, bloc, period, score, data from jsonb_to_recordset($1::jsonb) as x(entity text, bloc text, period text, score float8, data jsonb)`,
        [
          json(
            part.map((a) => ({
              entity: a.entity,
              bloc: a.bloc,
              period: a.period,
              score: a.score,
              data: a,
            })),
          ),
        ],
      );
    }
  }

  // ------------------------------------------------------------------ export
  /**
   * Every export-v1 record, section by section in the order and with the row order of exportAll,
   * read in pages of `page` rows (keyset pagination), so memory stays bounded whatever the corpus
   * size. On PostgreSQL the reads share one repeatable-read transaction: the export is one
   * consistent snapshot even while workers write. (On the embedded store a transaction would hold
   * every other statement of the process back until the export ends; the CLI export runs alone.)
   */
  async *exportRecords(page = 1000): AsyncGenerator<ExportRecord> {
    if (this.db.kind !== 'postgres') {
      yield* exportPages(this.db, page);
      return;
    }
    // A generator cannot run inside db.transaction(fn); drive one connection's transaction by hand.
    const out: ExportRecord[] = [];
    let wake: (() => void) | null = null;
    let done = false;
    let failure: unknown = null;
    let resume: (() => void) | null = null;
    let aborted = false;
    const reader = this.db
      .transaction(async (tx) => {
        await tx.exec('set transaction isolation level repeatable read');
        for await (const r of exportPages(tx, page)) {
          if (aborted) break; // the consumer stopped early
          out.push(r);
          if (out.length >= page) {
            wake?.();
            await new Promise<void>((res) => (resume = res));
          }
        }
      })
      .then(
        () => {
          done = true;
          wake?.();
        },
        (e) => {
          failure = e;
          done = true;
          wake?.();
        },
      );
    let held: (() => void) | null = null; // the reader's resume while its page is being consumed
    try {
      for (;;) {
        if (out.length) {
          const batch = out.splice(0, out.length);
          held = resume;
          resume = null;
          for (const x of batch) yield x;
          const r = held as (() => void) | null;
          held = null;
          r?.();
          continue;
        }
        if (done) break;
        await new Promise<void>((res) => (wake = res));
        wake = null;
      }
      if (failure) throw failure;
    } finally {
      aborted = true;
      (held as (() => void) | null)?.();
      (resume as (() => void) | null)?.();
      await reader;
    }
  }

  async exportAll(): Promise<Export> {
    const docs = await this.db.query(
      'select id, source, title, published, author, outlet, original_source, language, text from documents order by seq',
    );
    const ents = await this.db.query(
      'select id, type, name, aliases, roles, country from entities order by id',
    );
    const ments = await this.db.query(
      'select doc_id, start_pos, end_pos, text, entity_id from mentions order by doc_id, start_pos, end_pos',
    );
    const quotes = await this.db.query('select data from quotes order by doc_id, id');
    const events = await this.db.query('select data from events order by date_start nulls last, id');
    const rels = await this.db.query('select data from relations order by id');
    const align = await this.db.query('select data from alignment order by entity, bloc, period');
    return {
      version: 1,
      generatedAt: new Date().toISOString(),
      documents: docs.map(toExportDocument),
      entities: ents.map(toEntity),
      mentions: ments.map(toMention),
      quotes: quotes.map((r) => r.data as Quote),
      events: events.map((r) => r.data as OrbitEvent),
      relations: rels.map((r) => r.data as Relation),
      links: await this.links(),
      stories: (await this.stories()).map(({ id, title, documents }) => ({ id, title, documents })),
      alignment: align.map((r) => r.data as AlignmentScore),
    };
  }
}

/** One record of an export, tagged with its export-v1 section. */
export type ExportRecord =
  | { section: 'documents'; item: ExportDocument }
  | { section: 'entities'; item: Entity }
  | { section: 'mentions'; item: Mention }
  | { section: 'quotes'; item: Quote }
  | { section: 'events'; item: OrbitEvent }
  | { section: 'relations'; item: Relation }
  | { section: 'links'; item: DocLink }
  | { section: 'stories'; item: Story }
  | { section: 'alignment'; item: AlignmentScore };

export const EXPORT_SECTIONS = [
  'documents',
  'entities',
  'mentions',
  'quotes',
  'events',
  'relations',
  'links',
  'stories',
  'alignment',
] as const;

/**
 * The pages behind Store.exportRecords: each section by keyset (the last key of a page starts the
 * next), in exportAll's order. Mentions and quotes are read per page of document ids, so rows
 * without a unique key (two identical mentions) are never skipped or repeated.
 */
async function* exportPages(db: Db, page: number): AsyncGenerator<ExportRecord> {
  let seq = 0;
  for (;;) {
    const rows = await db.query(
      'select seq, id, source, title, published, author, outlet, original_source, language, text from documents where seq > $1 order by seq limit $2',
      [seq, page],
    );
    for (const r of rows) yield { section: 'documents', item: toExportDocument(r) };
    if (rows.length < page) break;
    seq = Number(rows[rows.length - 1].seq);
  }
  for (let after: string | null = ''; after !== null;) {
    const rows: Row[] = await db.query(
      'select id, type, name, aliases, roles, country from entities where id > $1 order by id limit $2',
      [after, page],
    );
    for (const e of rows)
      yield {
        section: 'entities',
        item: toEntity(e),
      };
    after = rows.length < page ? null : String(rows[rows.length - 1].id);
  }
  // Mentions, then quotes, for pages of document ids (the order of exportAll: by document id first).
  for (const section of ['mentions', 'quotes'] as const) {
    for (let after: string | null = ''; after !== null;) {
      const ids: string[] = (
        await db.query('select id from documents where id > $1 order by id limit $2', [after, page])
      ).map((r) => String(r.id));
      if (section === 'mentions') {
        const rows = ids.length
          ? await db.query(
              'select doc_id, start_pos, end_pos, text, entity_id from mentions where doc_id = any($1::text[]) order by doc_id, start_pos, end_pos',
              [ids],
            )
          : [];
        for (const m of rows)
          yield {
            section,
            item: toMention(m),
          };
      } else {
        const rows = ids.length
          ? await db.query('select data from quotes where doc_id = any($1::text[]) order by doc_id, id', [
              ids,
            ])
          : [];
        for (const q of rows) yield { section, item: q.data as Quote };
      }
      after = ids.length < page ? null : ids[ids.length - 1];
    }
  }
  // Events: dated ones by (date_start, id), then undated by id (exportAll: date_start nulls last, id).
  for (let key: [string, string] | null = ['', '']; key !== null;) {
    const rows: Row[] = await db.query(
      'select date_start, id, data from events where date_start is not null and (date_start, id) > ($1, $2) order by date_start, id limit $3',
      [key[0], key[1], page],
    );
    for (const r of rows) yield { section: 'events', item: r.data as OrbitEvent };
    key =
      rows.length < page
        ? null
        : [String(rows[rows.length - 1].date_start), String(rows[rows.length - 1].id)];
  }
  for (let after: string | null = ''; after !== null;) {
    const rows: Row[] = await db.query(
      'select id, data from events where date_start is null and id > $1 order by id limit $2',
      [after, page],
    );
    for (const r of rows) yield { section: 'events', item: r.data as OrbitEvent };
    after = rows.length < page ? null : String(rows[rows.length - 1].id);
  }
  for (let after: string | null = ''; after !== null;) {
    const rows: Row[] = await db.query('select id, data from relations where id > $1 order by id limit $2', [
      after,
      page,
    ]);
    for (const r of rows) yield { section: 'relations', item: r.data as Relation };
    after = rows.length < page ? null : String(rows[rows.length - 1].id);
  }
  for (let key: [string, string] | null = ['', '']; key !== null;) {
    const rows: Row[] = await db.query(
      'select from_doc, to_doc, type, score from links where (from_doc, to_doc) > ($1, $2) order by from_doc, to_doc limit $3',
      [key[0], key[1], page],
    );
    for (const r of rows)
      yield {
        section: 'links',
        item: {
          from: String(r.from_doc),
          to: String(r.to_doc),
          type: r.type as DocLink['type'],
          score: Number(r.score),
        },
      };
    key =
      rows.length < page
        ? null
        : [String(rows[rows.length - 1].from_doc), String(rows[rows.length - 1].to_doc)];
  }
  // Stories: few next to documents (each document is in at most one); paged by offset in the listing's order.
  for (let offset = 0; ; offset += page) {
    const rows = await db.query(
      'select id, title, documents from stories order by jsonb_array_length(documents) desc, last_day desc nulls last, id limit $1 offset $2',
      [page, offset],
    );
    for (const r of rows)
      yield {
        section: 'stories',
        item: { id: String(r.id), title: String(r.title), documents: r.documents as string[] },
      };
    if (rows.length < page) break;
  }
  for (let key: [string, string, string] | null = ['', '', '']; key !== null;) {
    const rows: Row[] = await db.query(
      'select entity, bloc, period, data from alignment where (entity, bloc, period) > ($1, $2, $3) order by entity, bloc, period limit $4',
      [key[0], key[1], key[2], page],
    );
    for (const r of rows) yield { section: 'alignment', item: r.data as AlignmentScore };
    key =
      rows.length < page
        ? null
        : [
            String(rows[rows.length - 1].entity),
            String(rows[rows.length - 1].bloc),
            String(rows[rows.length - 1].period),
          ];
  }
}

function toSummary(r: Record<string, unknown>): DocumentSummary {
  return {
    id: String(r.id),
    source: String(r.source),
    title: (r.title as string) ?? null,
    published: (r.published as string) ?? null,
    outlet: (r.outlet as string) ?? null,
    language: String(r.language),
    words: Number(r.words ?? 0),
  };
}
