/**
 * Ingest with processing threads (ProcessPool): the same store, events and summary as an ingest
 * on one thread; per-document failure codes kept; a dying thread loses no document. The threads
 * run the built code (dist/), so these tests need `npm run build`.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM benchmark module without type declarations
import { generateProse } from '../../bench/gen-corpus.mjs';
import { parseBytes, type IngestOutcome } from '../ingest/index.js';
import {
  ingestOutcomes,
  ingestPaths,
  processLongDocument,
  tryProcessDocument,
  type IngestEvent,
  type IngestSummary,
} from '../pipeline.js';
import { Store } from '../store/store.js';
import { ProcessPool } from './process-pool.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const EXAMPLES = join(ROOT, 'examples');
const FAULTY = pathToFileURL(join(ROOT, 'test', 'fixtures', 'threads', 'faulty-process-thread.mjs')).href;

const tempDir = () => mkdtempSync(join(tmpdir(), 'orbit-threads-'));

const pools: ProcessPool[] = [];
const newPool = (entry?: string) => {
  const p = new ProcessPool(1, entry);
  pools.push(p);
  return p;
};
afterEach(async () => {
  for (const p of pools.splice(0)) await p.close();
});

const exported = async (store: Store) => JSON.stringify({ ...(await store.exportAll()), generatedAt: null });
/** What a run reports, without its timings. */
const comparable = (s: IngestSummary) => ({
  ...s,
  seconds: 0,
  corpus: s.corpus && { ...s.corpus, seconds: 0 },
});

async function ingestExamples(opts: { threads?: number; pool?: ProcessPool; batchSize?: number }) {
  const store = await Store.open({ data: join(tempDir(), 'store') });
  const events: IngestEvent[] = [];
  const summary = await ingestPaths(store, [EXAMPLES], { ...opts, onEvent: (e) => events.push(e) });
  const x = await exported(store);
  await store.close();
  return { summary, events, exported: x };
}

const PROSE =
  'Officials of Kazakhstan and Uzbekistan met in Tashkent on Monday to discuss a new rail link across the region, the foreign ministry said in a statement.';
const doc = (name: string, body: string): IngestOutcome[] => parseBytes(name, Buffer.from(body));
const story = (name: string, extra = '') =>
  doc(name, `Report ${name}\n\n${PROSE} The report ${name} ends here. ${extra}\n`);

describe('ingest with processing threads', () => {
  it('stores, reports and exports exactly what an ingest without threads does', async () => {
    // Batches of 4 so that most of the 14 example files are processed on the thread.
    const plain = await ingestExamples({ threads: 0, batchSize: 4 });
    const pool = newPool();
    const threaded = await ingestExamples({ pool, batchSize: 4 });
    expect(pool.started).toBe(true);
    expect(pool.failed).toBe(0);
    expect(plain.summary.ingested).toBeGreaterThan(10);
    expect(threaded.exported).toBe(plain.exported);
    expect(threaded.events).toEqual(plain.events);
    expect(comparable(threaded.summary)).toEqual(comparable(plain.summary));
  }, 300_000); // two ingests with corpus rebuilds, on a busy machine

  it('starts no thread for an ingest of one batch', async () => {
    const pool = newPool();
    const r = await ingestExamples({ pool });
    expect(r.summary.ingested).toBeGreaterThan(10);
    expect(pool.started).toBe(false);
  });

  it('keeps per-document failure codes, and processes the batch of a dying thread on the main thread', async () => {
    const inputs = [
      // batch 1 runs on the main thread (no thread for the first batch)
      story('a1.txt'),
      story('a2.txt'),
      // batch 2: a stage throws on the thread → ORBIT_E_INTERNAL for that document only
      story('b1.txt'),
      story('b2.txt', 'BREAK-STAGE'),
      // batch 3: no article text → ORBIT_E_NO_TEXT
      doc('c1.html', '<html><body><nav><a href="/">Home</a></nav></body></html>'),
      story('c2.txt'),
      // batch 4: the thread dies → the batch is processed here, nothing lost
      story('d1.txt', 'CRASH-THREAD'),
      story('d2.txt'),
      // batch 5: a new thread
      story('e1.txt'),
      story('e2.txt'),
    ];
    const pool = newPool(FAULTY);
    const store = await Store.open({ data: join(tempDir(), 'faults') });
    const events: IngestEvent[] = [];
    const summary = await ingestOutcomes(store, inputs, inputs.length, {
      pool,
      batchSize: 2,
      // The thread alone processes its batches: the faults are injected there.
      helpThreads: false,
      onEvent: (e) => events.push(e),
    });
    expect(summary.failures).toEqual([
      expect.objectContaining({ source: 'b2.txt', code: 'ORBIT_E_INTERNAL' }),
      expect.objectContaining({ source: 'c1.html', code: 'ORBIT_E_NO_TEXT' }),
    ]);
    expect(summary.ingested).toBe(8);
    expect(await store.documentCount()).toBe(8);
    expect(summary.threadFallbacks).toEqual([
      { documents: 2, reason: expect.stringContaining('processing thread failed') },
    ]);
    expect(pool.failed).toBe(1);
    // Events in input order (as without threads); the fallback just before its batch's outcomes.
    const kinds = events.map((e) =>
      e.kind === 'stored' ? e.source : e.kind === 'failed' ? e.failure.source : e.kind,
    );
    expect(kinds.slice(0, kinds.indexOf('corpus'))).toEqual([
      'file-done', 'a1.txt', 'a2.txt', 'file-done',
      'file-done', 'b1.txt', 'b2.txt', 'file-done',
      'file-done', 'c1.html', 'c2.txt', 'file-done',
      'file-done', 'thread-failed', 'd1.txt', 'd2.txt', 'file-done',
      'file-done', 'e1.txt', 'e2.txt', 'file-done',
    ]); // prettier-ignore
    await store.close();
  });

  it('fails documents over their time budget with ORBIT_E_TIMEOUT on the thread too', async () => {
    const pool = newPool();
    const store = await Store.open({ data: join(tempDir(), 'timeout') });
    const inputs = ['t1.txt', 't2.txt', 't3.txt'].map((n) => story(n));
    const summary = await ingestOutcomes(store, inputs, inputs.length, {
      pool,
      batchSize: 1,
      docTimeoutSeconds: 0,
    });
    expect(pool.started).toBe(true);
    expect(summary.failures.map((f) => [f.source, f.code])).toEqual([
      ['t1.txt', 'ORBIT_E_TIMEOUT'],
      ['t2.txt', 'ORBIT_E_TIMEOUT'],
      ['t3.txt', 'ORBIT_E_TIMEOUT'],
    ]);
    await store.close();
  });

  it('throws a store error of a write while batches are on the thread (and closes its threads)', async () => {
    const store = await Store.open({ data: join(tempDir(), 'store-error') });
    const inputs = ['s1.txt', 's2.txt', 's3.txt', 's4.txt', 's5.txt', 's6.txt'].map((n) => story(n));
    // The write of the third batch fails to look its documents up.
    const lookup = store.existingIds.bind(store);
    let calls = 0;
    store.existingIds = (ids) =>
      ids.includes(inputs[4][0].ok ? inputs[4][0].doc.id : '') && ++calls > 1
        ? Promise.reject(new Error('database gone'))
        : lookup(ids);
    await expect(ingestOutcomes(store, inputs, inputs.length, { threads: 1, batchSize: 2 })).rejects.toThrow(
      'database gone',
    );
    expect(await store.documentCount()).toBe(4);
    await store.close();
  });

  describe('a long document', () => {
    // 250 KB of prose: three sections of SECTION_CHARS (100,000 characters)
    const long = () => parseBytes('long-report.txt', Buffer.from(generateProse(250_000) as string));

    it('is annotated section by section on both threads: the same store as on one thread', async () => {
      const run = async (opts: { threads?: number; pool?: ProcessPool; longDocumentChars?: number }) => {
        const store = await Store.open({ data: join(tempDir(), 'store') });
        const summary = await ingestOutcomes(store, [long()], 1, opts);
        const x = await exported(store);
        await store.close();
        return { summary, exported: x };
      };
      const plain = await run({ threads: 0 });
      const pool = newPool();
      const shared = await run({ pool, longDocumentChars: 200_000 });
      expect(pool.started).toBe(true);
      expect(comparable(shared.summary)).toEqual(comparable(plain.summary));
      expect(shared.exported).toBe(plain.exported);
    }, 120_000);

    it('loses nothing when the thread dies: its sections are annotated here, and that is reported', async () => {
      const [o] = long();
      if (!o?.ok) throw new Error('fixture did not parse');
      // in a sentence (a line of its own would be cleaned away as page furniture)
      const at = o.doc.body.indexOf('. ', 150_000);
      const raw = {
        ...o.doc,
        body: `${o.doc.body.slice(0, at)}. The CRASH-THREAD test${o.doc.body.slice(at)}`,
      };
      const { attempt, fallback } = await processLongDocument(raw, {}, newPool(FAULTY));
      expect(attempt).toEqual(tryProcessDocument(raw));
      expect(fallback?.reason).toMatch(/processing thread failed/);
    }, 120_000);
  });
});
