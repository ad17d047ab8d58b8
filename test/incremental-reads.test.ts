/**
 * What an incremental corpus update reads of stored documents (src/corpus/incremental.ts): a
 * later one-article update must cost the same after a long report as before it, so it reads the
 * stored records and quotations it needs by index, never a stored document's whole annotations or
 * every quotation of it.
 *
 *  - Resolution takes a candidate entity's stored records from entity_recs (their document-local
 *    entity and mention count, migration 13): with the annotations of every stored document
 *    deleted, updates give the same facts as on an intact store; records stored before migration
 *    13 (no data) still read their documents whole.
 *  - Alignment finds the quotation around an event's evidence through the quotation-span index:
 *    `quotesOverlapping` returns exactly the quotations a filter over every quotation returns.
 *  - Events and alignment after a long report: the report's events that share a blocking key with
 *    a later article but whose dates cannot meet its reports' are not candidates, and the
 *    candidates that come back unchanged are neither rewritten nor realigned — the update
 *    recomputes the cells and events it would without the report.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { computeAlignment } from '../src/analyze/alignment.js';
import type { Quote } from '../src/model/index.js';
import { loadGazetteer } from '../src/resolve/gazetteer.js';
import { parseBytes } from '../src/ingest/index.js';
import { ingestOutcomes, ingestPaths, rebuildCorpus, refreshCorpus } from '../src/pipeline.js';
import type { UpdateStats } from '../src/corpus/incremental.js';
import { insertDocFacts, quotesOverlapping } from '../src/store/corpus-state.js';
import { Store } from '../src/store/store.js';
import { compare, facts } from './corpus-facts.js';

const stores: Store[] = [];
afterAll(async () => {
  for (const s of stores) await s.close().catch(() => undefined);
});

/**
 * Generated articles (their people recur: later ones name people stored earlier, discovered
 * entities a later update must recompute) and a short report naming many of them.
 */
async function corpus(): Promise<{ base: string[]; later: string[] }> {
  const { generateCorpus, generateProse } = await import('../bench/gen-corpus.mjs');
  const dir = mkdtempSync(join(tmpdir(), 'orbit-reads-in-'));
  const paths: string[] = generateCorpus(join(dir, 'news'), { docs: 16, seed: 11 });
  const report = join(dir, 'report.txt');
  writeFileSync(report, generateProse(60_000, { seed: 5 }));
  return { base: [...paths.slice(0, 10), report], later: paths.slice(10) };
}
const files = corpus();

async function open(): Promise<Store> {
  const s = await Store.open({ data: mkdtempSync(join(tmpdir(), 'orbit-reads-')) });
  stores.push(s);
  return s;
}

/**
 * Ingests the first half with a rebuild, lets `spoil` alter the stored state, then takes the rest
 * in one document at a time; returns the facts and the documents the updates resolved against.
 */
async function build(spoil: (s: Store) => Promise<void>) {
  const store = await open();
  const { base, later } = await files;
  await ingestPaths(store, base, { skipCorpus: true });
  await rebuildCorpus(store);
  await spoil(store);
  let scope = 0;
  const modes: string[] = [];
  for (const f of later) {
    await ingestPaths(store, [f], { skipCorpus: true });
    const r = await refreshCorpus(store, { mode: 'incremental' });
    modes.push(r.mode);
    scope += r.updates.reduce((n, u) => n + u.scopeDocuments, 0);
  }
  return { store, scope, modes };
}

describe('incremental updates read stored records by index', () => {
  it('resolve candidate entities from entity_recs, not from the stored annotations', async () => {
    const intact = await build(async () => undefined);
    const stored = (await intact.store.db.query('select doc_id from annotations')).length;
    // Every stored document's annotations gone: only the updates' own documents have theirs.
    const spoilt = await build(async (s) => {
      await s.db.query('delete from annotations');
    });
    // The updates did resolve against stored documents (else this proves nothing), and took the
    // incremental path: a rebuild would read the deleted annotations.
    expect(stored).toBeGreaterThan(0);
    expect(intact.scope).toBeGreaterThan(0);
    expect(spoilt.scope).toBe(intact.scope);
    expect(spoilt.modes).toEqual(intact.modes);
    expect(spoilt.modes).toContain('incremental');
    compare(await facts(spoilt.store), await facts(intact.store));
  });

  it('read a document whole when its records predate the record data (migration 13)', async () => {
    const intact = await build(async () => undefined);
    const old = await build(async (s) => {
      await s.db.query('update entity_recs set data = null, mentions = null');
    });
    expect(old.scope).toBe(intact.scope);
    expect(old.modes).toEqual(intact.modes);
    compare(await facts(old.store), await facts(intact.store));
  });
});

describe('alignment without document texts', () => {
  it('scores and explains every cell as with them: evidence spans carry their own text', async () => {
    const { store } = await build(async () => undefined);
    const e = await store.exportAll();
    const gaz = loadGazetteer();
    const input = {
      entities: e.entities,
      events: e.events,
      quotes: e.quotes,
      relations: e.relations,
      links: e.links.filter((l) => l.type !== 'same_story'),
      gaz,
    };
    const docs = e.documents.map((d) => ({ id: d.id, published: d.published, outlet: d.outlet }));
    const withTexts = computeAlignment({
      ...input,
      docs: docs.map((d, i) => ({ ...d, text: e.documents[i]!.text })),
    });
    expect(withTexts.length).toBeGreaterThan(0);
    expect(withTexts.some((c) => c.evidence.some((s) => s.text))).toBe(true);
    expect(computeAlignment({ ...input, docs })).toEqual(withTexts);
  });
});

describe('quotesOverlapping', () => {
  it('returns exactly the quotations overlapping the spans, across index cells and documents', async () => {
    const store = await open();
    await ingestPaths(store, (await files).later.slice(0, 2), { skipCorpus: true });
    const docs = (await store.db.query<{ id: string }>('select id from documents order by id')).map(
      (r) => r.id,
    );
    // Synthetic quotations at positions far beyond the documents' own (the index cells are 4,096
    // characters): short ones, ones crossing a cell boundary, one spanning several cells.
    const quote = (document: string, i: number, start: number, end: number): Quote => ({
      id: `t:${document.slice(0, 6)}:q${i}`,
      document,
      text: 'x',
      start,
      end,
      direct: true,
      speaker: null,
      reportedBy: [],
      cue: 'said',
      speakerText: null,
      kind: 'speech',
    });
    const qs: Quote[] = [];
    let i = 0;
    for (const d of docs)
      for (const [s, e] of [
        [10, 50],
        [4090, 4100],
        [8000, 8191],
        [8192, 8200],
        [5000, 20000],
        [30000, 30001],
      ] as const)
        qs.push(quote(d, i++, s, e));
    // written as the corpus writes quotations (with the cells they are indexed under)
    await insertDocFacts(store.db, [], qs);
    const all = (await store.db.query<{ data: Quote }>('select data from quotes')).map((r) => r.data);
    const span = fc.record({
      document: fc.constantFrom(...docs),
      start: fc.nat(32000),
      len: fc.nat(9000),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(span, { minLength: 1, maxLength: 6 }), async (ss) => {
        const spans = ss.map((s) => ({ document: s.document, start: s.start, end: s.start + s.len }));
        const want = all
          .filter((q) => spans.some((s) => s.document === q.document && q.end > s.start && q.start < s.end))
          .map((q) => q.id)
          .sort();
        expect((await quotesOverlapping(store.db, spans)).map((q) => q.id)).toEqual(want);
      }),
      { numRuns: 60, seed: 13 },
    );
    expect(await quotesOverlapping(store.db, [])).toEqual([]);
  });
});

describe('one-article updates after a long report', () => {
  it('rewrite and realign what they would without it, and read only date-near candidate events', async () => {
    const { article, generateProse, prng, render } = await import('../bench/gen-corpus.mjs');
    const r = prng(2000);
    const docs = Array.from({ length: 6 }, (_, i) => render(article(r, i + 1), 'txt') as string);
    const report = generateProse(250_000, { seed: 7 }) as string;
    const one = async (s: Store, name: string, text: string) => {
      const out = await ingestOutcomes(s, [parseBytes(name, Buffer.from(text))], 1, { skipCorpus: true });
      expect(out.ingested).toBe(1);
      return { id: out.ids[0]!, ...(await refreshCorpus(s, { mode: 'incremental' })) };
    };
    /** The updates of articles 3-6, into a store holding articles 1-2 and, with `long`, the report. */
    const run = async (long: boolean) => {
      const s = await open();
      for (const [i, t] of docs.slice(0, 2).entries()) await one(s, `a${i}.txt`, t);
      const reportId = long ? (await one(s, 'report.txt', report)).id : '';
      const updates: UpdateStats[] = [];
      for (const [i, t] of docs.slice(2).entries()) {
        const u = await one(s, `b${i}.txt`, t);
        expect(u.mode).toBe('incremental');
        updates.push(u.updates[0]!);
      }
      return { s, updates, reportId };
    };
    const plain = await run(false);
    const after = await run(true);
    // The report holds many events in the articles' blocks (else this proves nothing).
    const [{ n: reportEvents }] = await after.s.db.query<{ n: number }>(
      'select count(distinct event_id)::int as n from event_reports where doc_id = $1',
      [after.reportId],
    );
    expect(reportEvents).toBeGreaterThan(100);
    const sum = (us: UpdateStats[], k: 'candidateEvents' | 'changedEvents' | 'cells') =>
      us.reduce((n, u) => n + u[k], 0);
    // Alignment cells: exactly those of the same updates without the report (before: 4-23 per update).
    expect(after.updates.map((u) => u.cells)).toEqual(plain.updates.map((u) => u.cells));
    // Events written: an article's report may really join one of the report's events; no more.
    for (const [i, u] of after.updates.entries())
      expect(u.changedEvents).toBeLessThanOrEqual(plain.updates[i]!.changedEvents + 2);
    // Candidate events read: those whose dates can meet the articles' (before: over a third of
    // them). Since headlines in the present tense are events too ("X and Y agree on …", ad21c25),
    // two of the four articles have a headline event in the report's blocks and read 16-17 of
    // its 158 events each (33 in all, against 1 without the report).
    expect(sum(after.updates, 'candidateEvents')).toBeLessThan(reportEvents / 4);
    // And the facts are the rebuild's.
    const incremental = await facts(after.s);
    await rebuildCorpus(after.s);
    compare(incremental, await facts(after.s));
  }, 600_000);
});
