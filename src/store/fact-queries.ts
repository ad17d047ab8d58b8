/**
 * Read queries over corpus facts (entities, mentions, quotes, events, relations, alignment),
 * shared by the CLI and the HTTP API. Parameterised SQL only.
 */
import type { AlignmentScore, Entity, OrbitEvent, Quote, Relation } from '../model/index.js';
import { fold } from '../resolve/fold.js';
import type { Store } from './store.js';

export type EntitySummary = Pick<Entity, 'id' | 'type' | 'name' | 'aliases'> & {
  mentions: number;
  documents: number;
};
export type EntityDetail = Entity & { reasons: string[]; mentions: number; documents: number };
export type MentionSnippet = {
  document: string;
  source: string;
  title: string | null;
  published: string | null;
  start: number;
  end: number;
  text: string;
  before: string;
  after: string;
};
export type QuoteRow = Quote & { title: string | null; published: string | null };
export type EventRow = OrbitEvent & { sources?: number; intensity?: number };

const entitySummary = (r: Record<string, unknown>): EntitySummary => ({
  id: String(r.id),
  type: r.type as Entity['type'],
  name: String(r.name),
  aliases: r.aliases as string[],
  mentions: Number(r.mention_count),
  documents: Number(r.document_count),
});

export async function listEntities(
  store: Store,
  opts: { type?: string; q?: string; limit?: number; offset?: number } = {},
): Promise<EntitySummary[]> {
  const q = opts.q ? fold(opts.q) : null;
  const aliasHas = `exists (select 1 from jsonb_array_elements_text(aliases) a where lower(a) like '%' || $2 || '%')`;
  // Aliases are found through their trigram index (migration 14), which needs three characters;
  // the alias test on the rows found keeps the match within one alias (the index holds them one
  // per line). A shorter query reads every row either way, so it tests the aliases alone.
  const aliasMatch =
    q && q.length >= 3 ? `(orbit_aliases_lower(aliases) like '%' || $2 || '%' and ${aliasHas})` : aliasHas;
  const rows = await store.db.query(
    `select id, type, name, aliases, mention_count, document_count from entities
      where ($1::text is null or type = $1)
        and ($2::text is null or name_fold like '%' || $2 || '%' or name_fold % $2 or ${aliasMatch})
      order by (case when $2::text is not null and name_fold = $2 then 0 else 1 end), mention_count desc, name
      limit $3 offset $4`,
    [opts.type ?? null, q, opts.limit ?? 50, opts.offset ?? 0],
  );
  return rows.map(entitySummary);
}

/** An entity by id, exact name or alias (case/diacritics-insensitive), else the closest name. */
export async function findEntity(store: Store, idOrName: string): Promise<EntityDetail | null> {
  const key = fold(idOrName);
  // Ids (what the UI and API links use) and exact names are index lookups; only when neither
  // matches do we scan aliases and fall back to trigram similarity.
  const direct = await store.db.query(
    'select * from entities where id = $1 or name_fold = $2 order by (id = $1) desc, mention_count desc limit 1',
    [idOrName, key],
  );
  if (direct[0]) return toDetail(direct[0]);
  const rows = await store.db.query(
    `select *, similarity(name_fold, $2) as sim from entities
      where id = $1 or name_fold = $2
         or exists (select 1 from jsonb_array_elements_text(aliases) a where lower(a) = $2)
         or name_fold % $2
      order by (id = $1) desc, (name_fold = $2) desc,
               exists (select 1 from jsonb_array_elements_text(aliases) a where lower(a) = $2) desc,
               sim desc, mention_count desc
      limit 1`,
    [idOrName, key],
  );
  return rows[0] ? toDetail(rows[0]) : null;
}

const toDetail = (r: Record<string, unknown>): EntityDetail => ({
  ...entitySummary(r),
  roles: r.roles as Entity['roles'],
  country: (r.country as string) ?? null,
  reasons: r.reasons as string[],
});

export async function entityMentions(
  store: Store,
  entityId: string,
  opts: { limit?: number; offset?: number; context?: number } = {},
): Promise<MentionSnippet[]> {
  const ctx = opts.context ?? 80;
  // The page of mentions comes from the (entity, day) index; snippets are cut for that page only.
  const rows = await store.db.query(
    `with page as (select doc_id, start_pos, end_pos, text, published_day from mentions where entity_id = $1
                    order by published_day desc nulls last, doc_id, start_pos limit $2 offset $3)
     select m.doc_id, m.start_pos, m.end_pos, m.text, d.source, d.title, d.published,
            substr(d.text, greatest(1, m.start_pos - $4 + 1), least(m.start_pos, $4)) as before,
            substr(d.text, m.end_pos + 1, $4) as after
       from page m join documents d on d.id = m.doc_id
      order by m.published_day desc nulls last, m.doc_id, m.start_pos`,
    [entityId, opts.limit ?? 20, opts.offset ?? 0, ctx],
  );
  return rows.map((r) => ({
    document: String(r.doc_id),
    source: String(r.source),
    title: (r.title as string) ?? null,
    published: (r.published as string) ?? null,
    start: Number(r.start_pos),
    end: Number(r.end_pos),
    text: String(r.text),
    before: String(r.before ?? ''),
    after: String(r.after ?? ''),
  }));
}

/** The day of the last quote about $2 on the page ($5 rows after $6), in listing order; null if none. */
const PAGE_LAST_DAY = `select published_day from quote_entities where entity_id = $2
  order by published_day desc nulls last offset greatest(0, $5::int + $6::int - 1) limit 1`;

/** Quotes filtered by speaker, by an entity mentioned inside the quote ("about"), by date. */
export async function listQuotes(
  store: Store,
  opts: {
    speaker?: string;
    about?: string;
    document?: string;
    from?: string;
    to?: string;
    limit?: number;
    offset?: number;
  } = {},
): Promise<QuoteRow[]> {
  const rows = await store.db.query(
    `select q.data, d.title, d.published from quotes q join documents d on d.id = q.doc_id
      where ($1::text is null or q.speaker = $1)
        and ($2::text is null or q.id = any(array(
              -- Only the days the requested page can reach (the entity, day index gives the last
              -- one), fetched by key: an entity quoted about thousands of times must not join and
              -- sort all its quotes.
              select qe.quote_id from quote_entities qe
               where qe.entity_id = $2 and (qe.published_day >= (${PAGE_LAST_DAY}) or (${PAGE_LAST_DAY}) is null))))
        and ($3::date is null or q.published_day >= $3::date)
        and ($4::date is null or q.published_day <= $4::date)
        and ($7::text is null or q.doc_id = $7)
      order by q.published_day desc nulls last, q.doc_id, (q.data->>'start')::int limit $5 offset $6`,
    [
      opts.speaker ?? null,
      opts.about ?? null,
      opts.from ?? null,
      opts.to ?? null,
      opts.limit ?? 50,
      opts.offset ?? 0,
      opts.document ?? null,
    ],
  );
  return rows.map((r) => ({
    ...(r.data as Quote),
    title: (r.title as string) ?? null,
    published: (r.published as string) ?? null,
  }));
}

export async function listEvents(
  store: Store,
  opts: {
    entity?: string;
    type?: string;
    from?: string;
    to?: string;
    document?: string;
    limit?: number;
    offset?: number;
  } = {},
): Promise<EventRow[]> {
  const rows = await store.db.query(
    `select e.data from events e
      where ($1::text is null or exists (select 1 from event_entities x where x.event_id = e.id and x.entity_id = $1))
        and ($2::text is null or e.type = upper($2))
        and ($3::text is null or coalesce(e.date_end, e.date_start) >= $3)
        and ($4::text is null or e.date_start <= $4 || '-99')
        and ($7::text is null or exists (select 1 from jsonb_array_elements(e.data->'evidence') ev where ev->>'document' = $7))
      order by e.date_start nulls last, e.id limit $5 offset $6`,
    [
      opts.entity ?? null,
      opts.type ?? null,
      opts.from ?? null,
      opts.to ?? null,
      opts.limit ?? 200,
      opts.offset ?? 0,
      opts.document ?? null,
    ],
  );
  return rows.map((r) => r.data as EventRow);
}

export async function listRelations(
  store: Store,
  opts: { entity?: string; type?: string; limit?: number; offset?: number } = {},
): Promise<Relation[]> {
  const rows = await store.db.query(
    `select data from relations where ($1::text is null or from_id = $1 or to_id = $1) and ($2::text is null or type = $2)
      order by type, from_id, to_id, id limit $3 offset $4`,
    [opts.entity ?? null, opts.type ?? null, opts.limit ?? 500, opts.offset ?? 0],
  );
  return rows.map((r) => r.data as Relation);
}

/** Alignment cells in (entity, bloc, period) order; `limit` unset reads every matching cell. */
export async function listAlignment(
  store: Store,
  opts: { entity?: string; bloc?: string; from?: string; to?: string; limit?: number; offset?: number } = {},
): Promise<(AlignmentScore & { explanation?: string[] })[]> {
  const rows = await store.db.query(
    `select data from alignment where ($1::text is null or entity = $1) and ($2::text is null or bloc = $2)
        and ($3::text is null or period >= left($3, 7)) and ($4::text is null or period <= left($4, 7))
      order by entity, bloc, period limit $5 offset $6`,
    [
      opts.entity ?? null,
      opts.bloc ?? null,
      opts.from ?? null,
      opts.to ?? null,
      opts.limit ?? null,
      opts.offset ?? 0,
    ],
  );
  return rows.map((r) => r.data as AlignmentScore & { explanation?: string[] });
}

export type GraphNode = { id: string; label: string; type: string; weight: number };
export type GraphEdge = { source: string; target: string; type: string; weight: number };

/**
 * Entity network: entities co-mentioned in a sentence-sized window (≤ 300 characters apart in
 * one document) plus relations. Centred on `entity` when given (its neighbours only).
 */
export async function entityGraph(
  store: Store,
  opts: { entity?: string; type?: string; limit?: number; minWeight?: number } = {},
): Promise<{ nodes: GraphNode[]; edges: GraphEdge[] }> {
  const limit = opts.limit ?? 150;
  const edgesRows = await store.db.query(
    `with pairs as (
       select least(a.entity_id, b.entity_id) as s, greatest(a.entity_id, b.entity_id) as t, count(distinct a.doc_id) as w
         from mentions a join mentions b on a.doc_id = b.doc_id and a.entity_id < b.entity_id and abs(a.start_pos - b.start_pos) <= 300
        where ($1::text is null or a.entity_id = $1 or b.entity_id = $1)
        group by 1, 2)
     select s, t, w from pairs where w >= $2 order by w desc, s, t limit $3`,
    [opts.entity ?? null, opts.minWeight ?? 1, limit * 4],
  );
  const relRows = await store.db.query(
    `select from_id, to_id, type from relations where ($1::text is null or from_id = $1 or to_id = $1) limit $2`,
    [opts.entity ?? null, limit * 4],
  );
  const edges: GraphEdge[] = [
    ...edgesRows.map((r) => ({
      source: String(r.s),
      target: String(r.t),
      type: 'co_mention',
      weight: Number(r.w),
    })),
    ...relRows.map((r) => ({
      source: String(r.from_id),
      target: String(r.to_id),
      type: String(r.type),
      weight: 1,
    })),
  ];
  const ids = [
    ...new Set(edges.flatMap((e) => [e.source, e.target]).concat(opts.entity ? [opts.entity] : [])),
  ];
  const nodeRows = ids.length
    ? await store.db.query(
        `select id, name, type, mention_count from entities where id = any($1::text[]) and ($2::text is null or type = $2 or id = $3)`,
        [ids, opts.type ?? null, opts.entity ?? null],
      )
    : [];
  const nodes = nodeRows
    .map((r) => ({
      id: String(r.id),
      label: String(r.name),
      type: String(r.type),
      weight: Number(r.mention_count),
    }))
    .sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id))
    .slice(0, limit);
  const keep = new Set(nodes.map((n) => n.id));
  return { nodes, edges: edges.filter((e) => keep.has(e.source) && keep.has(e.target)) };
}
