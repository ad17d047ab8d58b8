/**
 * Ranked full-text search: one page of hits in ts_rank order (rank desc, then store order), with
 * highlighted snippets — what `Store.search`, `orbit search` and `/api/search` return.
 *
 * Ranking every match reads every match's tsvector: 9,500 of them for "dividend" over 200,000
 * Reuters stories, most of a search's time. A page rarely needs that. ts_rank (weights
 * D 0.1, C 0.2, B 0.4, A 1.0; no normalisation) scores a query whose top operator is OR (every
 * query here: the same words in four configurations, OR'ed) as the sum, over the query's distinct
 * lexemes present in the document, of a per-lexeme score, divided by the number of distinct
 * lexemes (PostgreSQL's calc_rank_or, src/backend/utils/adt/tsrank.c). A lexeme whose positions
 * all weigh B scores resj / 1.6449 with resj = 0.4 · Σ_{j≤n} 1/j² < 0.4 · 1.6449 (positions are
 * capped at 256), so under 0.4. Titles weigh A and bodies B (documents.tsv), so a document whose
 * title has none of the query's lexemes ranks below 0.4 × (lexemes present anywhere in the
 * store) / (distinct lexemes). The page is therefore first ranked among the matches whose title
 * has a query lexeme (documents.title_tsv, its own GIN index): when the last row the page needs
 * ranks above that bound, no other match can reach the page, and it is exact. Tried before that:
 * the matches whose title has two of the lexemes, the others ranking below (1.0 + 0.4 × (present
 * - 1)) / (distinct lexemes) (a title lexeme's first position weighs A and its share is under
 * 1.0). Otherwise, or for a query of one configuration only (its top operator may be AND, ranked
 * differently), every match is ranked as before. src/store/ranked-search.test.ts and
 * test/read-paths.test.ts check they give the same pages.
 */
import type { Db, Row } from './db.js';

/** Search snippet highlight markers: control characters that never occur in cleaned text. */
export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_END = '\u0003';

/**
 * Search snippets are cut from the first this-many characters of a matching document: ts_headline
 * parses all the text it is given, and a 2 MB document made every search that matched it cost a
 * second. Articles are shorter; in a longer document the snippet may lack a highlight.
 */
export const SNIPPET_SOURCE_CHARS = 50_000;

/** Upper bound of one lexeme's ts_rank share when all its positions weigh B (see above). */
const B_LEXEME_BOUND = 0.4;
/**
 * Upper bound of the share of a lexeme of the title: its first position weighs A (1.0) and is
 * its heaviest, so the share is resj / 1.6449 with resj = Σ_{j≤n} w_j / j² < 1.6449.
 */
const A_LEXEME_BOUND = 1.0;
/** Up to this many distinct lexemes a query's title pairs are tried first (n(n-1)/2 pairs). */
const MAX_PAIRED_LEXEMES = 8;

export type MatchFilters = {
  outlet: string | null;
  language: string | null;
  /** first day, inclusive (YYYY-MM-DD) */
  from: string | null;
  /** first day after the period (exclusive) */
  to: string | null;
  entity: string | null;
};

export const NO_FILTERS: MatchFilters = { outlet: null, language: null, from: null, to: null, entity: null };

/**
 * The query as a tsquery `tsq` ($1) in the four configurations a store's documents are indexed
 * with. `q` is materialized on purpose: inlined, the planner sees the constant tsquery, and the
 * OR of one word in four configurations ('oil' | 'oil' | 'oil' | 'oil') makes it expect four
 * times the matches and scan every document's tsvector instead of the GIN index (EXPLAIN ANALYZE
 * on Reuters, "oil": a sequential scan over 19,043 documents vs a bitmap scan of the 1,398 matches).
 */
export const QUERY_CTE = `q as materialized (select websearch_to_tsquery('english', $1) || websearch_to_tsquery('simple', $1)
                        || websearch_to_tsquery('russian', $1) || websearch_to_tsquery('turkish', $1) as tsq)`;

/** Filter conditions on documents `d`: $2 outlet, $3 language, $4 from, $5 to (exclusive), $6 entity. */
export const FILTER_SQL = `($2::text is null or d.outlet = $2)
           and ($3::text is null or d.language = $3)
           and ($4::date is null or d.published_day >= $4::date)
           and ($5::date is null or d.published_day < $5::date)
           and ($6::text is null or exists (select 1 from mentions mn where mn.doc_id = d.id and mn.entity_id = $6))`;

const filterParams = (f: MatchFilters) => [f.outlet, f.language, f.from, f.to, f.entity];

/**
 * Each quoted lexeme of a tsquery's text form ('it''s', 'a\\b': quotes and backslashes doubled,
 * which the tsquery input reads back to the same lexeme).
 */
const LEXEME_RE = `'(?:[^']|'')*'`;

export type RankedRow = Row & { id: unknown; rank: unknown; snippet: unknown };
/** `tier`: the page was ranked among the matches whose title has this many query lexemes, or null. */
export type RankedPage = { rows: RankedRow[]; total: number | null; pruned: boolean; tier: 1 | 2 | null };

/**
 * One page of ranked matches with snippets (rows: id, source, title, published, outlet, language,
 * words, rank, snippet), and the number of matches when `count` is set. `prune: false` ranks
 * every match (the reference the tests compare against).
 */
export async function rankedPage(
  db: Db,
  query: string,
  filters: MatchFilters,
  page: { limit: number; offset: number },
  opts: { count?: boolean; prune?: boolean } = {},
): Promise<RankedPage> {
  const need = page.offset + page.limit;
  if (opts.prune !== false && need > 0) {
    let present: number | null = null;
    let total: number | null = null;
    // First the matches whose title has two of the query's lexemes (fewer: 544 of 1,635 for
    // "central bank" over 200,000 stories), then those with one.
    for (const tier of [2, 1] as const) {
      const [t] = await db.query(
        `with ${QUERY_CTE},
              x as materialized (
                select q.tsq, numnode(q.tsq) > 0 and (
                         (numnode(websearch_to_tsquery('english', $1)) > 0)::int + (numnode(websearch_to_tsquery('simple', $1)) > 0)::int
                       + (numnode(websearch_to_tsquery('russian', $1)) > 0)::int + (numnode(websearch_to_tsquery('turkish', $1)) > 0)::int) > 1 as ored,
                       array(select distinct m[1] from regexp_matches(q.tsq::text, $8, 'g') as m order by 1) as lexemes
                  from q),
              y as materialized (
                select x.*, case when $10::int = 1 then array_to_string(x.lexemes, ' | ')
                                 when cardinality(x.lexemes) between 2 and ${MAX_PAIRED_LEXEMES} then
                                   (select string_agg('(' || a || ' & ' || b || ')', ' | ') from unnest(x.lexemes) a, unnest(x.lexemes) b where a < b)
                            end::tsquery as titleq
                  from x),
              tier as materialized (
                select d.seq, ts_rank(d.tsv, y.tsq) as rank from documents d, y
                 where y.ored and d.title_tsv @@ y.titleq and d.tsv @@ y.tsq
                   and ${FILTER_SQL}),
              top as (select seq, rank from tier order by rank desc, seq limit $7)
         select y.ored, y.lexemes, (select count(*)::int from top) as got,
                (select rank::float8 from top order by rank, seq desc limit 1) as last,
                (select coalesce(array_agg(seq order by rank desc, seq), '{}') from top) as seqs,
                case when $9::boolean then (select count(*)::int from documents d where d.tsv @@ y.tsq and ${FILTER_SQL}) end as total
           from y`,
        [query, ...filterParams(filters), need, LEXEME_RE, !!opts.count && tier === 2, tier],
      );
      if (t.total != null) total = Number(t.total);
      const lexemes = (t.lexemes as string[]) ?? [];
      if (!t.ored || !lexemes.length) break;
      if (Number(t.got) < need) continue;
      const last = Number(t.last);
      // Outside the tier a title has at most tier - 1 of the lexemes (each under 1.0), and every
      // other lexeme it has weighs B (under 0.4).
      const bound = (n: number) =>
        ((tier - 1) * A_LEXEME_BOUND + (n - (tier - 1)) * B_LEXEME_BOUND) / lexemes.length;
      let ok = last > bound(lexemes.length);
      // The bound counts only lexemes some document has: the turkish stem of "dividend" is
      // "dividendi", which no English story contains. Looked up for the last tier only: the
      // probes cost about as much as ranking the titles with one lexeme.
      if (!ok && tier === 1) {
        present ??= await presentLexemes(db, lexemes);
        ok = present >= tier - 1 && last > bound(present);
      }
      if (ok) {
        const seqs = (t.seqs as (string | number)[]).slice(page.offset).map(String);
        return {
          rows: await hitRows(db, query, seqs),
          total: opts.count ? total : null,
          pruned: true,
          tier,
        };
      }
    }
  }
  return rankAll(db, query, filters, page, !!opts.count);
}

/** How many of the lexemes (tsquery text tokens) occur in some document: one index probe each. */
async function presentLexemes(db: Db, lexemes: string[]): Promise<number> {
  // Each probe is its own subquery over a constant parameter, so the planner estimates it from
  // the column's statistics: an index probe for a rare lexeme, a short scan for a common one.
  const [r] = await db.query(
    `select ${lexemes.map((_, i) => `(exists (select 1 from documents d where d.tsv @@ $${i + 1}::tsquery))::int`).join(' + ')} as n`,
    lexemes,
  );
  return Number(r.n);
}

const HIT_COLUMNS = `d.id, d.source, d.title, d.published, d.outlet, d.language, coalesce(d.words, 0) as words`;
const SNIPPET = `ts_headline(orbit_ts_config(d.language), left(d.text, ${SNIPPET_SOURCE_CHARS}), q.tsq,
                'StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "') as snippet`;

/** The documents of a page (by seq, already in order) with their rank and snippet. */
async function hitRows(db: Db, query: string, seqs: string[]): Promise<RankedRow[]> {
  if (!seqs.length) return [];
  return db.query<RankedRow>(
    `with ${QUERY_CTE}
     select ${HIT_COLUMNS}, ts_rank(d.tsv, q.tsq) as rank, ${SNIPPET}
       from documents d, q where d.seq = any($2::bigint[])
      order by rank desc, d.seq`,
    [query, seqs],
  );
}

/**
 * Every match ranked (ts_rank reads each match's tsvector), snippets for the page only. ts_rank,
 * not ts_rank_cd: cover density cost 6× more per match (16 ms vs 2.4 ms over the 1,399 Reuters
 * stories matching "oil") for an ordering that differs little once titles weigh more. The count
 * rides on the page's statement; a left join keeps it when the page is past the end.
 */
async function rankAll(
  db: Db,
  query: string,
  filters: MatchFilters,
  page: { limit: number; offset: number },
  count: boolean,
): Promise<RankedPage> {
  const rows = await db.query<RankedRow & { total: unknown }>(
    `with ${QUERY_CTE},
          m as materialized (select d.id, d.seq, ts_rank(d.tsv, q.tsq) as rank from documents d, q
                              where d.tsv @@ q.tsq and ${FILTER_SQL}),
          hits as (select id, seq, rank from m order by rank desc, seq limit $7 offset $8)
     select case when $9::boolean then (select count(*)::int from m) end as total,
            ${HIT_COLUMNS}, h.rank, ${SNIPPET}
       from (select 1) one
       left join (hits h join documents d on d.id = h.id cross join q) on true
      order by h.rank desc, h.seq`,
    [query, ...filterParams(filters), page.limit, page.offset, count],
  );
  return {
    rows: rows.filter((r) => r.id != null),
    total: count ? Number(rows[0]?.total ?? 0) : null,
    pruned: false,
    tier: null,
  };
}
