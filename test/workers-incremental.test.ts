/**
 * Concurrent `orbit worker` processes taking documents into the corpus facts incrementally, on
 * PostgreSQL (ORBIT_TEST_DATABASE_URL). A store holding a first corpus (built by a rebuild) gets
 * more documents through the queue: two workers, two ingest jobs at a time each, every job taking
 * its own documents in right after its commit (ORBIT_WORKER_CORPUS=inline; `takeInDocuments`:
 * one incremental update under the corpus lock, waited for at most 2 s; a busy lock or an update
 * that cannot be exact leaves them to the corpus job, which takes them in incrementally too). One
 * worker is SIGKILLed the moment it starts an incremental update (its log line is written under
 * the corpus lock) and replaced. Once the queue has drained, the corpus facts must equal a full
 * rebuild of the same store (documented differences normalised in test/corpus-facts.ts), with
 * nothing left queued.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
// @ts-expect-error plain ESM benchmark module without type declarations
import { generateCorpus } from '../bench/gen-corpus.mjs';
import { rebuildCorpus } from '../src/pipeline.js';
import { Store } from '../src/store/store.js';
import { freshSchemaUrl } from '../src/store/test-backends.js';
import { needs, testDatabase, TEST_DATABASE_URL } from '../src/testing/requirements.js';
import { compare, facts } from './corpus-facts.js';
import { CLI, orbit, ROOT, tempDir } from './helpers.js';

type Worker = { child: ChildProcess; out: string; exited: Promise<unknown> };

function startWorker(env: Record<string, string>): Worker {
  const child = spawn(process.execPath, [CLI, 'worker', '--concurrency', '2'], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const w: Worker = { child, out: '', exited: new Promise((res) => child.on('exit', res)) };
  child.stdout!.on('data', (d) => (w.out += d));
  child.stderr!.on('data', (d) => (w.out += d));
  return w;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

needs('concurrent incremental corpus updates (test/workers-incremental.test.ts)', testDatabase()).describe(
  'concurrent workers take documents into the corpus incrementally',
  () => {
    const dir = tempDir('orbit-wincr-');
    let url = '';
    let schema = '';
    const workers: Worker[] = [];
    const stores: Store[] = [];

    beforeAll(async () => {
      expect(existsSync(CLI), 'npm run build must have produced dist/cli/main.js').toBe(true);
      generateCorpus(join(dir, 'first'), { docs: 60, seed: 41 });
      generateCorpus(join(dir, 'more'), { docs: 45, seed: 42 });
      url = await freshSchemaUrl(TEST_DATABASE_URL!, 'orbit_wi');
      schema = /search_path=([^,]+)/.exec(
        decodeURIComponent(new URL(url).searchParams.get('options') ?? ''),
      )![1];
    });

    afterAll(async () => {
      for (const w of workers)
        if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
      for (const s of stores) await s.close().catch(() => undefined);
      const pg = (await import('pg')).default;
      const c = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await c.connect();
      await c
        .query(`drop schema if exists ${schema} cascade; drop schema if exists ${schema}_queue cascade`)
        .catch(() => undefined);
      await c.end();
    });

    it('survive a SIGKILL mid-update and end with the rebuild facts', { timeout: 420_000 }, async () => {
      const env = {
        ORBIT_DATABASE_URL: url,
        ORBIT_WORKER_CORPUS: 'inline',
        ORBIT_ENQUEUE_BATCH: '3',
        ORBIT_JOB_EXPIRE_SECONDS: '8',
        ORBIT_QUEUE_MAINTENANCE_SECONDS: '2',
        ORBIT_CORPUS_DEBOUNCE_SECONDS: '2',
        ORBIT_CORPUS_EXPIRE_SECONDS: '60',
        // The corpus job must not rebuild over the workers' updates while jobs are pending.
        ORBIT_CORPUS_MIN_INTERVAL_SECONDS: '600',
        NO_COLOR: '1',
      };
      const first = await orbit(['ingest', join(dir, 'first'), '--json'], { env });
      expect(first.code, first.stderr).toBe(0);
      const firstSummary = JSON.parse(first.stdout) as { ingested: number; corpus?: { mode: string } };
      expect(firstSummary.corpus?.mode).toBe('rebuild');
      const enq = await orbit(['ingest', '--enqueue', join(dir, 'more'), '--json'], { env });
      expect(enq.code, enq.stderr).toBe(0);
      const queued = JSON.parse(enq.stdout) as { queuedJobs: number; queuedDocuments: number };
      expect(queued.queuedJobs).toBeGreaterThanOrEqual(15);

      const [a, b] = [startWorker(env), startWorker(env)];
      workers.push(a, b);
      // Kill worker a as soon as it has started an incremental update (under the corpus lock).
      for (let i = 0; i < 3000 && !/"event":"corpus-update"/.test(a.out); i++) await sleep(20);
      expect(a.out, 'worker a never started an incremental update').toMatch(/"event":"corpus-update"/);
      a.child.kill('SIGKILL');
      await a.exited;
      expect(a.child.signalCode).toBe('SIGKILL');
      const replacement = startWorker(env);
      workers.push(replacement);

      const store = await Store.open({ url });
      stores.push(store);
      let drained = false;
      for (let i = 0; i < 600 && !drained; i++) {
        await sleep(500);
        const [q] = await store.db.query<{ pending: number; failed: number }>(
          `select count(*) filter (where state in ('created', 'retry', 'active'))::int as pending,
                  count(*) filter (where state = 'failed')::int as failed from ${schema}_queue.job`,
        );
        expect(Number(q.failed)).toBe(0);
        drained = Number(q.pending) === 0 && !(await store.corpusStale());
      }
      expect(drained, `queue did not drain\n${b.out.slice(-3000)}\n${replacement.out.slice(-3000)}`).toBe(
        true,
      );
      for (const w of [b, replacement]) w.child.kill('SIGTERM');
      for (const w of [b, replacement]) await w.exited;

      // The workers' own updates took documents in (not only corpus-job rebuilds).
      const logs = [a, b, replacement].map((w) => w.out).join('\n');
      const inline = [
        ...logs.matchAll(/"event":"job".*?"corpus":"(\w[\w-]*)"(?:,"corpusReason":"([^"]*)")?/g),
      ].map((m) => (m[2] ? `${m[1]} (${m[2]})` : m[1]));
      const jobModes = [...logs.matchAll(/"event":"corpus",.*?"mode":"(\w[\w-]*)"/g)].map((m) => m[1]);
      process.stderr.write(
        `workers-incremental: ingest jobs took their documents in: ${inline.join(', ')}; corpus jobs: ${jobModes.join(', ') || 'none'}\n`,
      );
      expect(inline.filter((m) => m === 'incremental').length).toBeGreaterThanOrEqual(5);
      expect(jobModes).not.toContain('rebuild');

      const [left] = await store.db.query<{ n: number }>('select count(*)::int as n from corpus_queue');
      expect(Number(left.n)).toBe(0);
      expect(await store.documentCount()).toBe(firstSummary.ingested + queued.queuedDocuments);
      const incremental = await facts(store);
      await rebuildCorpus(store);
      compare(incremental, await facts(store));
    });
  },
);
