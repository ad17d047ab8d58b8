/**
 * Worker threads that clean and annotate batches of documents while the main thread writes the
 * previous batch (ingestOutcomes in ../pipeline.ts overlaps the two).
 *
 * Why: clean + annotate is pure CPU (~5 ms per news story) and so is the embedded store's write
 * (PGlite runs as WebAssembly on the thread that calls it, ~5 ms per story with its copy
 * links). Done in sequence they use one core; with processing on a thread, two.
 *
 * Each thread imports the built module ./process-thread.js (from dist/ also when this file runs
 * as TypeScript under vitest) through a small eval'd bootstrap, loads the models lazily on its
 * first document and keeps them. Documents go over by structured clone and the attempts come
 * back as plain data (ProcessAttempt), so a thread's result is the value the main thread would
 * have computed. The documents of a batch are taken one at a time through a shared counter
 * (SharedBatch), by the thread and by the main thread whenever it would otherwise wait (its
 * write done before the thread's batch): the two cores stay busy whichever side is faster.
 * A thread that dies (crash, out of memory) fails its batch with ThreadFailed; the caller
 * processes the documents it left (SharedBatch.finishHere). After MAX_THREAD_FAILURES failures
 * the pool stops starting threads and fails every request the same way.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RawDocument } from '../model/index.js';
import type { ProcessAttempt, ProcessOptions, SectionAttempt, SectionTask } from '../pipeline.js';
import type { ProcessReply, ProcessRequest } from './process-thread.js';

/**
 * One batch shared between a processing thread and the calling thread: each takes the next
 * document not yet taken (an atomic counter in shared memory) until none is left, so who
 * processes which document depends on timing, never what is computed.
 */
export class SharedBatch<I = RawDocument, R = ProcessAttempt> {
  /** Per item, its result once processed (by either side). */
  readonly attempts: (R | undefined)[];
  /** Resolves when the thread has no item left and its results are in `attempts`. */
  readonly done: Promise<void>;
  private readonly next: Int32Array;

  constructor(
    readonly raws: I[],
    private readonly local: (raw: I, index: number) => R,
    thread: (next: SharedArrayBuffer) => Promise<[number, R][]>,
  ) {
    this.attempts = new Array<R | undefined>(raws.length);
    const buffer = new SharedArrayBuffer(4);
    this.next = new Int32Array(buffer);
    this.done = thread(buffer).then((done) => {
      for (const [i, a] of done) this.attempts[i] = a;
    });
  }

  /** Processes, on the calling thread, the items no thread has taken yet; returns how many. */
  help(): number {
    let n = 0;
    for (let i = Atomics.add(this.next, 0, 1); i < this.raws.length; i = Atomics.add(this.next, 0, 1)) {
      this.attempts[i] = this.local(this.raws[i]!, i);
      n++;
    }
    return n;
  }

  /** After the thread failed: processes here every item without a result; returns how many. */
  finishHere(): number {
    Atomics.store(this.next, 0, this.raws.length);
    let n = 0;
    this.raws.forEach((raw, i) => {
      if (this.attempts[i]) return;
      this.attempts[i] = this.local(raw, i);
      n++;
    });
    return n;
  }
}

/** Environment variable for the number of processing threads of an ingest (`--threads`). */
export const INGEST_THREADS_ENV = 'ORBIT_INGEST_THREADS';

/**
 * Processing threads of an ingest: ORBIT_INGEST_THREADS when set (0 = process on the main
 * thread), else min(2, cores - 1): the main thread keeps a core for the writes, and beyond two
 * threads the writes (one transaction at a time) are the bottleneck anyway.
 */
export function defaultIngestThreads(): number {
  const env = process.env[INGEST_THREADS_ENV];
  if (env !== undefined && env.trim() !== '') {
    const n = Number(env);
    if (Number.isInteger(n) && n >= 0) return n;
  }
  return Math.max(0, Math.min(2, availableParallelism() - 1));
}

/** A thread died or could not start while it held this request; process the batch elsewhere. */
export class ThreadFailed extends Error {}
/** The pool was closed while this request waited or ran. */
export class PoolClosed extends Error {}

/** Thread failures after which a pool starts no more threads. */
export const MAX_THREAD_FAILURES = 2;

const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.entry).then((m) => m.serve());
`;

/**
 * The built ./process-thread.js. Under vitest this module is the TypeScript source in src/,
 * which a worker thread cannot import: the tests run after `npm run build`, so take dist/.
 */
function defaultEntry(): string {
  const url = new URL('./process-thread.js', import.meta.url).href;
  if (!import.meta.url.endsWith('.ts')) return url;
  const i = url.lastIndexOf('/src/');
  return `${url.slice(0, i)}/dist/${url.slice(i + '/src/'.length)}`;
}

type Job = {
  id: number;
  raws: RawDocument[];
  sections?: SectionTask;
  opts: ProcessOptions;
  next: SharedArrayBuffer;
  resolve: (done: [number, ProcessAttempt | SectionAttempt][]) => void;
  reject: (e: Error) => void;
};
type Slot = { worker: Worker; job: Job | null; dead: boolean };

export class ProcessPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private failures = 0;
  private closed = false;

  /**
   * @param size threads at most (started one by one as requests need them)
   * @param entry module URL the threads import and call `serve()` of (tests substitute a faulty one)
   */
  constructor(
    readonly size: number,
    private readonly entry: string = defaultEntry(),
  ) {}

  /** Whether a thread has been started (a started pool costs nothing more to use). */
  get started(): boolean {
    return this.slots.length > 0 || this.failures > 0;
  }

  /** Whether requests can still be served by a thread. */
  get usable(): boolean {
    return !this.closed && this.size > 0 && this.failures < MAX_THREAD_FAILURES;
  }

  /** Thread failures so far. */
  get failed(): number {
    return this.failures;
  }

  /**
   * Starts `raws` on a thread; `local` processes a document on the calling thread (help,
   * finishHere). `done` rejects with ThreadFailed when the thread dies (or the pool gave up on
   * threads), PoolClosed after close().
   */
  start(raws: RawDocument[], opts: ProcessOptions, local: (raw: RawDocument) => ProcessAttempt): SharedBatch {
    return new SharedBatch(raws, local, (next) => {
      if (this.closed) return Promise.reject(new PoolClosed('process pool closed'));
      if (!this.usable) return Promise.reject(new ThreadFailed('processing threads disabled after failures'));
      if (!raws.length) return Promise.resolve([]);
      return new Promise((resolve, reject) => {
        const done = resolve as (d: [number, ProcessAttempt | SectionAttempt][]) => void;
        this.queue.push({ id: this.nextId++, raws, opts, next, resolve: done, reject });
        this.pump();
      });
    });
  }

  /**
   * Starts the sections of one long document on a thread, as `start` does documents; `local`
   * annotates section i on the calling thread. Same failures as `start`.
   */
  startSections(
    task: SectionTask,
    opts: ProcessOptions,
    local: (bounds: [number, number], index: number) => SectionAttempt,
  ): SharedBatch<[number, number], SectionAttempt> {
    return new SharedBatch(task.bounds, local, (next) => {
      if (this.closed) return Promise.reject(new PoolClosed('process pool closed'));
      if (!this.usable) return Promise.reject(new ThreadFailed('processing threads disabled after failures'));
      if (!task.bounds.length) return Promise.resolve([]);
      return new Promise((resolve, reject) => {
        const done = resolve as (d: [number, ProcessAttempt | SectionAttempt][]) => void;
        this.queue.push({ id: this.nextId++, raws: [], sections: task, opts, next, resolve: done, reject });
        this.pump();
      });
    });
  }

  /** Ends the threads; requests still waiting or running reject with PoolClosed. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const closed = new PoolClosed('process pool closed');
    for (const job of this.queue.splice(0)) job.reject(closed);
    await Promise.all(
      this.slots.splice(0).map((s) => {
        s.dead = true;
        s.job?.reject(closed);
        s.job = null;
        return s.worker.terminate();
      }),
    );
  }

  private pump(): void {
    while (this.queue.length) {
      let slot = this.slots.find((s) => !s.job && !s.dead);
      if (!slot) {
        if (this.slots.length >= this.size) return;
        slot = this.spawn();
      }
      const job = this.queue.shift()!;
      slot.job = job;
      // Referenced only while working: an idle pool never keeps the process alive.
      slot.worker.ref();
      const request: ProcessRequest = {
        id: job.id,
        raws: job.raws,
        ...(job.sections ? { sections: job.sections } : {}),
        opts: job.opts,
        next: job.next,
      };
      slot.worker.postMessage(request);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(BOOTSTRAP, { eval: true, workerData: { entry: this.entry } });
    const slot: Slot = { worker, job: null, dead: false };
    this.slots.push(slot);
    worker.on('message', (reply: ProcessReply) => {
      const job = slot.job;
      if (!job || job.id !== reply.id) return;
      slot.job = null;
      worker.unref();
      job.resolve(reply.done);
      this.pump();
    });
    const die = (why: string) => {
      if (slot.dead) return;
      slot.dead = true;
      this.slots.splice(this.slots.indexOf(slot), 1);
      this.failures++;
      void worker.terminate();
      const job = slot.job;
      slot.job = null;
      job?.reject(new ThreadFailed(`processing thread failed: ${why}`));
      if (this.usable) this.pump();
      else {
        const off = new ThreadFailed('processing threads disabled after failures');
        for (const j of this.queue.splice(0)) j.reject(off);
      }
    };
    worker.on('error', (e) => die(e.message));
    worker.on('exit', (code) => die(`exited with code ${code}`));
    return slot;
  }
}
