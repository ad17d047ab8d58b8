/**
 * The part of the knowledge base a briefing for one period (and entity) can pick from, read
 * through indexed queries: never the whole store. `buildBriefing` (src/analyze/brief.ts) ranks
 * and renders exactly as it does over a full export; this reads, per section, the rows that rank
 * first by the same keys (in SQL), so the two give the same page:
 *  - stories: the stories of the documents published in the period (story_members), by how many
 *    of their documents fall in it, then the stories listing's order;
 *  - events: asserted ones whose timeline dates meet the period (events.t_start/t_end), by sources, then
 *    |intensity|, then the timeline's order (day, sources, id);
 *  - quotes: with a speaker, in the period, the longest per speaker, then the longest speakers;
 *  - alignment: monthly cells that meet the period, by |score|.
 * Documents come only as far as a briefing reads them: those of the candidate stories that fall
 * in the period (for counting; the text only of the one cited) and those the other sections cite.
 * Evidence lists are cut to the first span, the only one a briefing cites.
 */
import type {
  AlignmentScore,
  Entity,
  Export,
  ExportDocument,
  Mention,
  OrbitEvent,
  Quote,
  Story,
} from '../model/index.js';
import { toEntity, toExportDocument, toMention } from './rows.js';
import type { Row } from './db.js';
import type { Store } from './store.js';

export type BriefingScope = {
  from?: string | null;
  to?: string | null;
  entity?: string | null;
  limit?: number;
};

/** Quotes read per step of the walk for a briefing's notable quotes. */
const QUOTE_BATCH = 64;

const lower = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d.slice(0, 10));
const upper = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d.slice(0, 10));

/**
 * Rows of `t` (documents, or rows carrying their document's published_day) published in the
 * period $1..$2 (days, inclusive): with bounds, by day; without, every row.
 */
const publishedIn = (t: string) => `(($1::date is null and $2::date is null)
  or (${t}.published_day is not null and ($1::date is null or ${t}.published_day >= $1::date)
      and ($2::date is null or ${t}.published_day <= $2::date)))`;

/** `quoteBatch`: quotes read per step of the notable-quotes walk (tests make it small). */
export async function briefingSlice(
  store: Store,
  scope: BriefingScope,
  opts: { quoteBatch?: number } = {},
): Promise<Export> {
  const db = store.db;
  const limit = Math.max(1, scope.limit ?? 8);
  const from = scope.from ? lower(scope.from) : null;
  const to = scope.to ? upper(scope.to) : null;
  // The day bounds as dates: an upper bound "2022-04-31" (a month widened as text) is the month's last day.
  const fromDay = from;
  const toDay = to ? lastValidDay(to) : null;
  const entity = scope.entity ?? null;

  const storyRows = await db.query(
    // Members carry their document's day (story_members.published_day): the period is an index range.
    `with c as (select m.story_id, count(*)::int as n,
                       bool_or($3::text is null or exists (select 1 from mentions x where x.doc_id = m.doc_id and x.entity_id = $3)) as about
                  from story_members m where ${publishedIn('m')} group by m.story_id)
     select s.id, s.title, s.documents from c join stories s on s.id = c.story_id
      where c.about
      order by c.n desc, jsonb_array_length(s.documents) desc, s.last_day desc nulls last, s.id limit $4`,
    [fromDay, toDay, entity, limit],
  );
  const stories: Story[] = storyRows.map((r) => ({
    id: String(r.id),
    title: String(r.title),
    documents: r.documents as string[],
  }));

  const eventRows = await db.query(
    `select jsonb_set(e.data, '{evidence}', coalesce(jsonb_path_query_array(e.data->'evidence', '$[0]'), '[]'::jsonb)) as data
       from events e
      where e.t_start is not null and coalesce(e.data->>'mode', 'asserted') = 'asserted'
        and ($1::text is null or e.t_end >= $1)
        and ($2::text is null or (case when e.inferred then e.t_end else e.t_start end) <= $2)
        and ($3::text is null or exists (select 1 from event_entities x where x.event_id = e.id and x.entity_id = $3))
      order by e.sources desc, abs(e.intensity) desc, (case when e.inferred then e.t_end else e.t_start end), e.id collate "C"
      limit $4`,
    [from, to, entity, limit],
  );
  const events = eventRows.map((r) => r.data as OrbitEvent);

  const quoteRows = await notableQuotes(
    db,
    fromDay,
    toDay,
    entity,
    limit,
    Math.max(1, opts.quoteBatch ?? QUOTE_BATCH),
  );
  const quotes = quoteRows.map((r) => r.data as Quote);

  const alignRows = await db.query(
    `select jsonb_set(data, '{evidence}', coalesce(jsonb_path_query_array(data->'evidence', '$[0]'), '[]'::jsonb)) as data from alignment
      where period ~ '^[0-9]{4}-[0-9]{2}$'
        and ($1::text is null or period || '-31' >= $1) and ($2::text is null or period || '-01' <= $2)
        and ($3::text is null or entity = $3)
      order by abs(score) desc, entity, bloc, period limit $4`,
    [from, to, entity, limit],
  );
  const alignment = alignRows.map((r) => r.data as AlignmentScore);

  // Documents: the candidate stories' members in the period (ids and dates), and every cited one in full.
  const memberIds = [...new Set(stories.flatMap((s) => s.documents))];
  const members = memberIds.length
    ? await db.query(
        `select d.id, d.published from documents d where d.id = any($3::text[]) and ${publishedIn('d')}`,
        [fromDay, toDay, memberIds],
      )
    : [];
  const inPeriod = new Set(members.map((r) => String(r.id)));
  const cited = new Set<string>(
    [
      ...stories.map((s) => s.documents.find((id) => inPeriod.has(id))).filter((x): x is string => !!x),
      ...events.map((e) => e.evidence[0]?.document),
      ...quotes.map((q) => q.document),
      ...alignment.map((a) => a.evidence[0]?.document),
    ].filter((x): x is string => !!x),
  );
  const full = cited.size
    ? await db.query(
        'select id, source, title, published, author, outlet, original_source, language, text from documents where id = any($1::text[])',
        [[...cited]],
      )
    : [];
  const documents = new Map<string, ExportDocument>();
  for (const r of members) {
    documents.set(String(r.id), {
      id: String(r.id),
      source: '',
      title: null,
      published: (r.published as string) ?? null,
      author: null,
      outlet: null,
      originalSource: null,
      language: 'und',
      text: '',
    });
  }
  for (const r of full) {
    const doc: ExportDocument = toExportDocument(r);
    documents.set(doc.id, doc);
  }

  // Entities: the focus entity (its filter) and every id a line names.
  const ids = new Set<string>(
    [
      ...(entity ? [entity] : []),
      ...quotes.flatMap((q) => [q.speaker, ...q.reportedBy]),
      ...alignment.map((a) => a.entity),
    ].filter((x): x is string => !!x),
  );
  const entityRows = ids.size
    ? await db.query(
        'select id, type, name, aliases, roles, country from entities where id = any($1::text[]) order by id',
        [[...ids]],
      )
    : [];
  const entities: Entity[] = entityRows.map(toEntity);

  // Mentions of the focus entity where the entity filter looks: the stories' documents and inside the quotes.
  const mentionDocs = [...new Set([...inPeriod, ...quotes.map((q) => q.document)])];
  const mentionRows =
    entity && mentionDocs.length
      ? await db.query(
          'select doc_id, start_pos, end_pos, text, entity_id from mentions where entity_id = $1 and doc_id = any($2::text[])',
          [entity, mentionDocs],
        )
      : [];
  const mentions: Mention[] = mentionRows.map(toMention);

  return {
    version: 1,
    generatedAt: new Date().toISOString(),
    documents: [...documents.values()],
    entities,
    mentions,
    quotes,
    events,
    relations: [],
    links: [],
    stories,
    alignment,
  };
}

/**
 * Quotes with a speaker, in the period: the longest of each speaker (by length, then document and
 * id), the longest speakers first, at most `limit`. A quote's published_day is its document's
 * (written together, never updated), so the period is read from the quotes themselves.
 */
async function notableQuotes(
  db: Store['db'],
  fromDay: string | null,
  toDay: string | null,
  entity: string | null,
  limit: number,
  batch: number,
): Promise<Row[]> {
  if (entity) {
    // The entity's own quotes and those about it: a candidate set the indexes give directly.
    return db.query(
      `with cand as (
         select q.id from quotes q where q.speaker = $3 and ${publishedIn('q')}
         union
         select qe.quote_id from quote_entities qe where qe.entity_id = $3 and ${publishedIn('qe')}),
       per_speaker as (
         select distinct on (q.speaker) q.data, q.doc_id, q.id, char_length(q.data->>'text') as len
           from cand join quotes q on q.id = cand.id
          where q.speaker is not null
          order by q.speaker, char_length(q.data->>'text') desc, q.doc_id, q.id)
       select data from per_speaker order by len desc, doc_id, id limit $4`,
      [fromDay, toDay, entity, limit],
    );
  }
  // Walk the period's quotes longest first, a batch at a time, taking each next speaker not yet
  // seen: a month of 200,000 Reuters stories holds 147,000 quotes with a speaker, and sorting
  // them all per speaker took a second. Each batch leaves out the speakers already taken and
  // starts after the last row read (one row comparison, in the order of index
  // quotes_longest_first: length descending as its negation); its plan is made with these values,
  // so a wide period reads that index from the top and a narrow one its days (quotes_day). The
  // speakers are left out by "= any … is not true": as "<> all" the planner counted the null
  // speakers once per element and expected a handful of rows where a month has 66,000.
  const picked: Row[] = [];
  const seen = new Set<string>();
  let after: { len: number; doc: string; id: string } | null = null;
  for (;;) {
    const rows: Row[] = await db.query(
      `select q.speaker, char_length(q.data->>'text') as len, q.doc_id, q.id, q.data from quotes q
        where q.speaker is not null and ${publishedIn('q')} and (q.speaker = any($3::text[])) is not true
          and ($4::int is null or (-char_length(q.data->>'text'), q.doc_id, q.id) > (-$4::int, $5::text, $6::text))
        order by -char_length(q.data->>'text'), q.doc_id, q.id limit $7`,
      [fromDay, toDay, [...seen], after?.len ?? null, after?.doc ?? null, after?.id ?? null, batch],
    );
    for (const r of rows) {
      if (seen.has(String(r.speaker))) continue;
      seen.add(String(r.speaker));
      picked.push({ data: r.data });
      if (picked.length >= limit) return picked;
    }
    if (rows.length < batch) return picked;
    const last: Row = rows[rows.length - 1];
    after = { len: Number(last.len), doc: String(last.doc_id), id: String(last.id) };
  }
}

/** The last real calendar day at or before a YYYY-MM-DD string ("2022-04-31" → 2022-04-30). */
function lastValidDay(d: string): string {
  const [y, m, day] = d.split('-').map(Number);
  if (!y || !m || !day) return d;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}
