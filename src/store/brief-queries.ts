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

/** Below this many quotes with a speaker in the period, they are all ranked at once. */
const FEW_QUOTES = 5000;

const lower = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d.slice(0, 10));
const upper = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d.slice(0, 10));

/**
 * Rows of `t` (documents, or rows carrying their document's published_day) published in the
 * period $1..$2 (days, inclusive): with bounds, by day; without, every row.
 */
const publishedIn = (t: string) => `(($1::date is null and $2::date is null)
  or (${t}.published_day is not null and ($1::date is null or ${t}.published_day >= $1::date)
      and ($2::date is null or ${t}.published_day <= $2::date)))`;

/**
 * `fewQuotes`: below this many quotes with a speaker in the period they are ranked all at once,
 * else walked longest first (tests set 0 to walk every period).
 */
export async function briefingSlice(
  store: Store,
  scope: BriefingScope,
  opts: { fewQuotes?: number } = {},
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

  const quoteRows = await notableQuotes(db, fromDay, toDay, entity, limit, opts.fewQuotes ?? FEW_QUOTES);
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
  fewQuotes: number,
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
  // A period with few quotes: rank them all. Otherwise walk the quotes longest first (index
  // quotes_longest) and take each next speaker not yet seen, `limit` steps: a month of 200,000
  // Reuters stories holds 147,000 quotes with a speaker, and sorting them all took a second.
  const [few] = await db.query(
    `select count(*)::int as n from (select 1 from quotes q where q.speaker is not null and ${publishedIn('q')} limit $3) x`,
    [fromDay, toDay, fewQuotes],
  );
  if (Number(few.n) < fewQuotes) {
    return db.query(
      `with per_speaker as (
         select distinct on (q.speaker) q.data, q.doc_id, q.id, char_length(q.data->>'text') as len
           from quotes q
          where q.speaker is not null and ${publishedIn('q')}
          order by q.speaker, char_length(q.data->>'text') desc, q.doc_id, q.id)
       select data from per_speaker order by len desc, doc_id, id limit $3`,
      [fromDay, toDay, limit],
    );
  }
  return db.query(
    `with recursive pick (n, speakers, len, doc_id, id) as (
       (select 1, array[q.speaker], char_length(q.data->>'text'), q.doc_id, q.id from quotes q
         where q.speaker is not null and ${publishedIn('q')}
         order by char_length(q.data->>'text') desc, q.doc_id, q.id limit 1)
       union all
       select p.n + 1, p.speakers || nx.speaker, nx.len, nx.doc_id, nx.id
         from pick p cross join lateral (
           select q.speaker, char_length(q.data->>'text') as len, q.doc_id, q.id from quotes q
            where q.speaker is not null and ${publishedIn('q')} and q.speaker <> all(p.speakers)
              and (char_length(q.data->>'text') < p.len
                   or (char_length(q.data->>'text') = p.len and (q.doc_id, q.id) > (p.doc_id, p.id)))
            order by char_length(q.data->>'text') desc, q.doc_id, q.id limit 1) nx
        where p.n < $3)
     select q.data from pick p join quotes q on q.id = p.id order by p.n`,
    [fromDay, toDay, limit],
  );
}

/** The last real calendar day at or before a YYYY-MM-DD string ("2022-04-31" → 2022-04-30). */
function lastValidDay(d: string): string {
  const [y, m, day] = d.split('-').map(Number);
  if (!y || !m || !day) return d;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}
