/**
 * Crash safety with real SIGKILLs (reduced for CI; the full 5k-document, 10-independent-trial run
 * is `node bench/crash.mjs`). Seeded kills land at random moments within an uninterrupted run's
 * duration; each run resumes the last killed store (a store that reached the end is compared and
 * replaced by an empty one). After every kill the store must open and be consistent; a final run
 * must end with exactly the export of the uninterrupted run.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM benchmark module without type declarations
import { runChain } from '../bench/crash.mjs';
// @ts-expect-error plain ESM benchmark module without type declarations
import { generateCorpus } from '../bench/gen-corpus.mjs';
import { ingestPaths } from '../src/pipeline.js';
import { Store } from '../src/store/store.js';
import { tempDir } from './helpers.js';

type Trial = {
  killAfterMs: number;
  killed: boolean;
  problems: string[];
  documents: number;
  stale: boolean | null;
};
type ChainResult = {
  docs: number;
  trials: Trial[];
  finalExit: number;
  exportEqual: boolean;
  difference: string | null;
};

const exported = async (store: Store) => {
  const x = await store.exportAll();
  return JSON.stringify({ ...x, generatedAt: null });
};

describe('crash safety', () => {
  it('rebuilds the corpus when a run stored every document but died before the corpus step', async () => {
    const dir = join(tempDir(), 'inbox');
    generateCorpus(dir, { docs: 12, seed: 5 });
    const ref = await Store.open({ data: join(tempDir(), 'ref') });
    await ingestPaths(ref, [dir]);
    const expected = await exported(ref);
    await ref.close();

    const store = await Store.open({ data: join(tempDir(), 'store') });
    // skipCorpus stands for a process killed after the last batch committed.
    const first = await ingestPaths(store, [dir], { skipCorpus: true });
    expect(first.ingested).toBe(12);
    expect(await store.corpusStale()).toBe(true);
    const again = await ingestPaths(store, [dir]);
    expect(again.ingested).toBe(0);
    expect(await store.corpusStale()).toBe(false);
    expect(await exported(store)).toBe(expected);
    // Nothing new and nothing stale: no rebuild, same export.
    await ingestPaths(store, [dir]);
    expect(await exported(store)).toBe(expected);
    await store.close();
  });

  it('leaves a consistent store after every SIGKILL and the same export after a re-run', async () => {
    // Kill moments fall early in the reference run's duration: resumed runs have less left to do,
    // and a kill after the process finished tests nothing.
    const r = (await runChain({ docs: 60, kills: 6, seed: 11, batch: 5, from: 0.1, to: 0.6 })) as ChainResult;
    expect(r.trials).toHaveLength(6);
    for (const t of r.trials) expect(t.problems, `kill at ${t.killAfterMs} ms`).toEqual([]);
    // Some kills must really land mid-run (how many depends on machine speed).
    expect(r.trials.filter((t) => t.killed).length).toBeGreaterThanOrEqual(1);
    expect(r.finalExit).toBe(0);
    expect(r.difference).toBeNull();
    expect(r.exportEqual).toBe(true);
  }, 400_000);
});

describe('a document the database refuses', () => {
  it('fails alone with ORBIT_E_STORE; the rest of its batch is stored', async () => {
    const store = await Store.open({ data: join(tempDir(), 'refuse') });
    // A store-level refusal stands in for any row the database rejects. Patched on the class: the
    // pipeline writes through the store bound to its transaction (Store.within), a second instance.
    const insert = Store.prototype.insertDocuments;
    Store.prototype.insertDocuments = async function (this: Store, docs, db) {
      if (docs.some((d) => d.article.text.includes('REFUSE-ME'))) throw new Error('value out of range');
      return insert.call(this, docs, db);
    };
    const { ingestOutcomes } = await import('../src/pipeline.js');
    const { parseBytes } = await import('../src/ingest/index.js');
    const prose =
      'Officials of Kazakhstan and Uzbekistan met in Tashkent on Monday to discuss a new rail link across the region, the foreign ministry said in a statement.';
    const docs = ['First report', 'REFUSE-ME report', 'Third report'].map(
      (t) => `${t}\n\n${prose} The ${t.toLowerCase()} ends here.`,
    );
    const summary = await ingestOutcomes(
      store,
      docs.map((d, i) => parseBytes(`d${i}.txt`, Buffer.from(d))),
      3,
    ).finally(() => {
      Store.prototype.insertDocuments = insert;
    });
    expect(summary.ingested).toBe(2);
    expect(summary.failures).toEqual([expect.objectContaining({ source: 'd1.txt', code: 'ORBIT_E_STORE' })]);
    expect(await store.documentCount()).toBe(2);
    await store.close();
  });
});
