/**
 * Incremental corpus facts equal the full rebuild: the examples, the seeds and
 * ../shared/corpus/dev are ingested in batches in several orders, each batch taken in by
 * `refreshCorpus` in incremental mode (src/corpus/incremental.ts, falling back to a rebuild only
 * where it says it cannot be exact), then compared with a full rebuild of the same store:
 * entities, mentions, quotes, events, relations, links, stories and alignment.
 *
 * Documented differences (docs/corpus.md) are normalised in test/corpus-facts.ts, shared with
 * the concurrent-worker test (test/workers-incremental.test.ts).
 */
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestPaths, rebuildCorpus, refreshCorpus } from '../src/pipeline.js';
import { Store } from '../src/store/store.js';
import { needs, partly, sharedData, SHARED_DIR } from '../src/testing/requirements.js';
import { compare, facts } from './corpus-facts.js';
import { writeCorpus } from './generated-corpus.js';

const EXAMPLES = resolve(__dirname, '..', 'examples');
const stores: Store[] = [];
afterAll(async () => {
  for (const s of stores) await s.close().catch(() => undefined);
});

function filesOf(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => !/^readme/i.test(f) && !f.startsWith('.'))
    .map((f) => join(dir, f))
    .sort();
}

/** A fixed shuffle (the order must not matter, and a failure must be reproducible). */
function shuffled<T>(xs: T[], seed: number): T[] {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 9301 + 49297) % 233280;
    const j = Math.floor((s / 233280) * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Ingests `files` in batches with incremental corpus updates; returns the modes each batch took. */
async function ingestIncrementally(files: string[], batch: number) {
  const store = await Store.open({ data: mkdtempSync(join(tmpdir(), 'orbit-incr-')) });
  stores.push(store);
  const modes: string[] = [];
  for (let i = 0; i < files.length; i += batch) {
    await ingestPaths(store, files.slice(i, i + batch), { skipCorpus: true });
    modes.push((await refreshCorpus(store, { mode: 'incremental' })).mode);
  }
  return { store, modes };
}

async function expectEqualToRebuild(files: string[], batch: number) {
  const { store, modes } = await ingestIncrementally(files, batch);
  const incremental = await facts(store);
  await rebuildCorpus(store);
  const rebuilt = await facts(store);
  compare(incremental, rebuilt);
  return modes;
}

describe('incremental corpus facts equal the full rebuild (examples)', () => {
  const files = filesOf(EXAMPLES).filter((f) => !f.endsWith('feeds'));
  it('one document at a time, in order', async () => {
    const modes = await expectEqualToRebuild(files, 1);
    // The first batch has no incremental state; later ones must mostly be incremental.
    expect(modes[0]).toBe('rebuild');
    expect(modes.filter((m) => m === 'incremental').length).toBeGreaterThanOrEqual(3);
  });
  it('three at a time, in reverse order', async () => {
    await expectEqualToRebuild([...files].reverse(), 3);
  });
  it('a second ingest of the same documents changes nothing', async () => {
    const { store } = await ingestIncrementally(files, 4);
    const before = await facts(store);
    await ingestPaths(store, files.slice(0, 2), { skipCorpus: true });
    const r = await refreshCorpus(store, { mode: 'incremental' });
    expect(r.mode).toBe('up-to-date');
    expect(await facts(store)).toEqual(before);
  });
});

if (partly('incremental corpus', sharedData('corpus/seeds'), 'on the seeds')) {
  describe('incremental corpus facts equal the full rebuild (seeds)', () => {
    it('one at a time, shuffled', async () => {
      await expectEqualToRebuild(shuffled(filesOf(join(SHARED_DIR, 'corpus/seeds')), 3), 1);
    });
  });
}

needs('incremental corpus on ../shared/corpus/dev', sharedData('corpus/dev')).describe(
  'incremental corpus facts equal the full rebuild (dev)',
  () => {
    it('in batches of 2, in order', { timeout: 600_000 }, async () => {
      const modes = await expectEqualToRebuild(filesOf(join(SHARED_DIR, 'corpus/dev')), 2);
      expect(modes.filter((m) => m === 'incremental').length).toBeGreaterThanOrEqual(10);
    });
    it('in batches of 5, shuffled', { timeout: 600_000 }, async () => {
      const modes = await expectEqualToRebuild(shuffled(filesOf(join(SHARED_DIR, 'corpus/dev')), 11), 5);
      expect(modes.filter((m) => m === 'incremental').length).toBeGreaterThanOrEqual(1);
    });
  },
);

describe('incremental corpus facts equal the full rebuild (generated corpus with planted copies)', () => {
  // The corpus of the worker test: one body meeting in many invented towns, outlets whose
  // stories other outlets carry. It found two differences the examples do not hold: reports in
  // two towns merged (so the groups depended on which reports an update saw), and an outlet that
  // carried one copied story counted as the same source as the original outlet for every event.
  it('in batches of 2 files, shuffled', { timeout: 600_000 }, async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'orbit-incr-gen-')), 'corpus');
    writeCorpus(dir, 200);
    const modes = await expectEqualToRebuild(shuffled(filesOf(dir), 5), 2);
    expect(modes.filter((m) => m === 'incremental').length).toBeGreaterThanOrEqual(2);
  });
});

describe('incremental corpus updates survive SIGKILL', () => {
  it('a killed update leaves its documents queued; the re-run ends with the rebuild facts', async () => {
    // @ts-expect-error plain ESM benchmark module without type declarations
    const { ingestOnce } = await import('../bench/crash.mjs');
    // @ts-expect-error plain ESM benchmark module without type declarations
    const { generateCorpus } = await import('../bench/gen-corpus.mjs');
    const more = join(mkdtempSync(join(tmpdir(), 'orbit-incr-kill-')), 'inbox');
    generateCorpus(more, { docs: 10, seed: 3 });
    const base = mkdtempSync(join(tmpdir(), 'orbit-incr-base-'));
    {
      const s = await Store.open({ data: base });
      await ingestPaths(s, [EXAMPLES]);
      await s.close();
    }
    const copy = () => {
      const d = mkdtempSync(join(tmpdir(), 'orbit-incr-copy-'));
      cpSync(base, d, { recursive: true });
      return d;
    };
    const prev = process.env.ORBIT_CORPUS_MODE;
    process.env.ORBIT_CORPUS_MODE = 'incremental';
    try {
      // An uninterrupted run gives the time scale of the kills.
      const ref = await ingestOnce(more, copy(), { batch: 4 });
      expect(ref.code, ref.stderr).toBe(0);
      const refSummary = JSON.parse(ref.stdout) as { corpus?: { mode: string } };
      expect(refSummary.corpus?.mode).toBe('incremental');
      const data = copy();
      let killed = 0;
      for (const f of [0.4, 0.75, 0.9]) {
        const r = await ingestOnce(more, data, { batch: 4, killAfterMs: Math.round(ref.seconds * 1000 * f) });
        if (r.signal === 'SIGKILL') killed++;
        // The store opens after every kill.
        const s = await Store.open({ data });
        await s.close();
      }
      expect(killed).toBeGreaterThanOrEqual(1);
      const last = await ingestOnce(more, data, { batch: 4 });
      expect(last.code, last.stderr).toBe(0);
      const s = await Store.open({ data });
      stores.push(s);
      expect(await s.corpusStale()).toBe(false);
      const [q] = await s.db.query('select count(*)::int as n from corpus_queue');
      expect(Number(q.n)).toBe(0);
      const incremental = await facts(s);
      await rebuildCorpus(s);
      const rebuilt = await facts(s);
      compare(incremental, rebuilt);
    } finally {
      if (prev === undefined) delete process.env.ORBIT_CORPUS_MODE;
      else process.env.ORBIT_CORPUS_MODE = prev;
    }
  }, 600_000);
});
