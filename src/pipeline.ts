/**
 * Wires the stages; the only place that knows their order. The CLI, the HTTP API and the queue
 * workers all ingest through `ingestBatch` and build corpus facts through `rebuildCorpus`.
 *
 *   ingest (files → RawDocument) → clean (→ Article) → annotate (→ Annotations)
 *   → store (documents, annotations) → link (copy sketches, candidate lookup, links)
 *   → corpus steps: resolve (entities, entity-linked facts) → stories → events (coreference,
 *     stories as evidence) → relations → analyze (alignment) → store
 *
 * Stages are pure or reach the store only through the interfaces they declare (e.g.
 * CopyLinkStore); this file passes the store in, bound to the batch's transaction.
 */
import { computeAlignment } from './analyze/alignment.js';
import { coreferEvents } from './analyze/events.js';
import { cleanDocument } from './clean/index.js';
import { OrbitError, type ErrorCode } from './errors.js';
import { annotate, annotateSection } from './extract/annotate.js';
import { mergeSections, sectionBounds, SECTION_CHARS } from './extract/sections.js';
import { loadEventData } from './extract/events-data.js';
import { expandInputs, readSource, type IngestFailure, type IngestOutcome } from './ingest/index.js';
import { clusterStories, storyLinksOf } from './link/index.js';
import { linkNewDocuments, recheckLinks, sketchDoc, type SketchedDoc } from './link/store-link.js';
import type { Annotations, Article, RawDocument } from './model/index.js';
import {
  docEntitiesOf,
  entityKeysByDocument,
  mentionsPerRef,
  resolveDocuments,
  type DocRow,
} from './resolve/corpus.js';
import { loadGazetteer, type Gazetteer } from './resolve/gazetteer.js';
import { gazetteerRelations } from './resolve/relations.js';
import { NeedsRebuild, updateCorpusFacts, type UpdateStats } from './corpus/incremental.js';
import { recKeys } from './corpus/keys.js';
import { participantKeyFn, reportBlockKeys } from './analyze/events.js';
import { newsProfile } from './link/same-news.js';
import {
  corpusSize,
  dequeue,
  incrementalReady,
  queued,
  queuedAmong,
  queueLength,
  queueOutweighsCorpus,
  replaceCorpusState,
  type RecData,
} from './store/corpus-state.js';
import type { Db } from './store/db.js';
import type { Store } from './store/store.js';
import { defaultIngestThreads, PoolClosed, ProcessPool, ThreadFailed } from './pipeline/process-pool.js';

export type Processed = { raw: RawDocument; article: Article; annotations: Annotations };

/**
 * Time budget of one document in clean + annotate (ORBIT_DOC_TIMEOUT_SECONDS, `--doc-timeout`):
 * past it the document fails with ORBIT_E_TIMEOUT and the batch goes on. Generous: a 10 MB
 * report takes well under a minute.
 */
export const DEFAULT_DOC_TIMEOUT_SECONDS = 300;
const docTimeoutMs = (seconds?: number): number =>
  1000 * (seconds ?? (Number(process.env.ORBIT_DOC_TIMEOUT_SECONDS) || DEFAULT_DOC_TIMEOUT_SECONDS));

/**
 * Pure: one raw document through cleaning and annotation. Never throws for bad content; throws
 * ORBIT_E_TIMEOUT (an OrbitError) when the document outlasts its time budget.
 */
export function processDocument(
  raw: RawDocument,
  opts: { timeoutSeconds?: number; attribution?: boolean } = {},
): Processed {
  const deadline = performance.now() + docTimeoutMs(opts.timeoutSeconds);
  const article = cleanDocument(raw);
  const annotations = annotate(article, { deadline, attribution: opts.attribution });
  return { raw, article, annotations };
}

/** Options of processing, the same for every document of an ingest (they cross to a processing thread). */
export type ProcessOptions = { timeoutSeconds?: number; attribution?: boolean };

/**
 * What processing one document gave, as plain data: the same value whether it was computed here
 * or on a processing thread (src/pipeline/process-pool.ts), which sends it back by structured clone.
 */
export type ProcessAttempt =
  { ok: true; article: Article; annotations: Annotations } | { ok: false; code: ErrorCode; message: string };

/** A stage's exception as the failure of its document. */
function failureOf(e: unknown): { ok: false; code: ErrorCode; message: string } {
  return e instanceof OrbitError
    ? { ok: false, code: e.code, message: e.message }
    : { ok: false, code: 'ORBIT_E_INTERNAL', message: `processing failed: ${(e as Error).message}` };
}

/**
 * processDocument that never throws: a stage bug, or a document over its time budget
 * (ORBIT_E_TIMEOUT), must not stop the batch, so it becomes a failure of this document.
 */
export function tryProcessDocument(raw: RawDocument, opts: ProcessOptions = {}): ProcessAttempt {
  try {
    const { article, annotations } = processDocument(raw, opts);
    return { ok: true, article, annotations };
  } catch (e) {
    return failureOf(e);
  }
}

/**
 * Raw documents at least this long (characters of the body) are processed by
 * processLongDocument: their sections (sections.ts) are annotated on a processing thread and on
 * this one at once. Below it, starting a thread (its own copy of the models: 3.5–3.7 CPU s,
 * measured with bench/large-docs.mjs) costs about what it saves: at 1 MB annotation took 7.2
 * CPU s on one thread, 10.9 on two; at 2 MB 13.3 on one, 15.6 on two of which 5.2 on the main
 * thread (so ~10 s instead of 13 on two idle cores).
 */
export const LONG_DOCUMENT_CHARS = 2_000_000;

/**
 * The sections of one long document, as they cross to a processing thread: the cleaned text,
 * its section bounds, the article's date and language, and the document's deadline as a Unix
 * time in ms (each thread's performance.now() has its own origin).
 */
export type SectionTask = {
  text: string;
  bounds: [number, number][];
  published: Article['published'];
  language: Article['language'];
  deadlineEpochMs: number;
};
export type SectionAttempt = { ok: true; ann: Annotations } | { ok: false; code: ErrorCode; message: string };

/** Section `i` of `task`, annotated as annotate() annotates it; never throws. */
export function trySection(task: SectionTask, i: number, opts: ProcessOptions): SectionAttempt {
  try {
    const deadline = task.deadlineEpochMs - performance.timeOrigin;
    return {
      ok: true,
      ann: annotateSection(task.text, task.bounds[i]!, task, { deadline, attribution: opts.attribution }),
    };
  } catch (e) {
    return failureOf(e);
  }
}

/**
 * tryProcessDocument for a long document, with its sections shared between a thread of `pool`
 * and this thread (each takes the next section not yet taken), then merged in order: the same
 * value as tryProcessDocument, since annotate() annotates each section alone and merges them the
 * same way. A text of one section, or a pool without threads, is processed here as usual. When
 * the thread dies the sections it left are annotated here (`fallback` says so).
 */
export async function processLongDocument(
  raw: RawDocument,
  opts: ProcessOptions,
  pool: ProcessPool,
): Promise<{ attempt: ProcessAttempt; fallback: ThreadFallback | null }> {
  const deadline = performance.now() + docTimeoutMs(opts.timeoutSeconds);
  let article: Article;
  try {
    article = cleanDocument(raw);
    if (article.text.length <= SECTION_CHARS || !pool.usable) {
      const annotations = annotate(article, { deadline, attribution: opts.attribution });
      return { attempt: { ok: true, article, annotations }, fallback: null };
    }
  } catch (e) {
    return { attempt: failureOf(e), fallback: null };
  }
  const task: SectionTask = {
    text: article.text,
    bounds: sectionBounds(article.text),
    published: article.published,
    language: article.language,
    deadlineEpochMs: performance.timeOrigin + deadline,
  };
  const shared = pool.startSections(task, opts, (_b, i) => trySection(task, i, opts));
  shared.help();
  let fallback: ThreadFallback | null = null;
  try {
    await shared.done;
  } catch (e) {
    if (!(e instanceof ThreadFailed || e instanceof PoolClosed)) throw e;
    shared.finishHere();
    if (e instanceof ThreadFailed) fallback = { documents: 1, reason: e.message };
  }
  const parts: { offset: number; ann: Annotations }[] = [];
  for (let i = 0; i < task.bounds.length; i++) {
    const a = shared.attempts[i]!;
    if (!a.ok) return { attempt: a, fallback };
    parts.push({ offset: task.bounds[i]![0], ann: a.ann });
  }
  return { attempt: { ok: true, article, annotations: mergeSections(parts) }, fallback };
}

// ------------------------------------------------------------------ one batch

/** What became of one document of a batch. */
export type DocumentOutcome =
  | { kind: 'stored'; id: string; source: string }
  | { kind: 'present'; id: string; source: string }
  | { kind: 'failed'; id: string; source: string; code: ErrorCode; message: string };

export type BatchResult = {
  /** One per input document, in input order. */
  outcomes: DocumentOutcome[];
  /** Copy links written (including those of the post-commit re-check). */
  links: number;
  /** Links found only by the post-commit re-check (a concurrent writer stored the other side). */
  recheckLinks: number;
  /** Milliseconds in clean+annotate, in the write transaction(s), and in the re-check. */
  timings: { processMs: number; writeMs: number; recheckMs: number };
};

export type BatchOptions = {
  /**
   * Other processes write this store at the same time (queue workers): each transaction records
   * its id and snapshot with its copy sketches, and the batch's documents are re-checked for copy
   * links after the commit (see recheckLinks). A re-run batch also re-checks the documents a
   * killed earlier attempt stored.
   */
  concurrentWriters?: boolean;
  /**
   * When no document of the batch can be written: 'report' each as failed (a CLI run goes on);
   * 'throw' the error (a queue job is retried, the fault is the database's, not the documents').
   */
  whenNothingStored?: 'report' | 'throw';
  /** Per-document time budget in clean + annotate (default ORBIT_DOC_TIMEOUT_SECONDS or 300 s). */
  docTimeoutSeconds?: number;
  /** false: no quotations (measuring what attribution adds, bench/attribution-speed.mjs); default true */
  attribution?: boolean;
};

/**
 * One batch through the pipeline: documents already stored are skipped, the rest cleaned and
 * annotated outside any transaction, then documents, annotations, copy sketches and copy links
 * written in one transaction that also marks the corpus facts stale. Ids are content hashes, so
 * a retried batch changes nothing twice. Bad input never stops the batch: a document that fails
 * to process, or that the database refuses, gets a failed outcome and the others are written.
 * Throws only for database errors (and, with whenNothingStored 'throw', when nothing could be written).
 */
export async function ingestBatch(
  store: Store,
  raws: RawDocument[],
  opts: BatchOptions = {},
): Promise<BatchResult> {
  const t = performance.now();
  const present = await store.existingIds([...new Set(raws.map((d) => d.id))]);
  const popts = { timeoutSeconds: opts.docTimeoutSeconds, attribution: opts.attribution };
  const attempts = new Map(toProcess(raws, present).map((raw) => [raw, tryProcessDocument(raw, popts)]));
  return writeBatch(store, raws, present, attempts, opts, Math.round(performance.now() - t));
}

/**
 * The documents of a batch that need processing, in input order: not already stored (`present`)
 * and each id once. writeBatch takes their attempts in this order.
 */
export function toProcess(raws: RawDocument[], present: ReadonlySet<string>): RawDocument[] {
  const seen = new Set<string>();
  return raws.filter((raw) => {
    if (present.has(raw.id) || seen.has(raw.id)) return false;
    seen.add(raw.id);
    return true;
  });
}

/**
 * The write half of a batch: `attempts` holds the processing result of each document of
 * toProcess(raws, …), computed by any thread. A document in `present` (possibly a fresher lookup
 * than the one processing saw) is reported present whether or not it was processed.
 */
export async function writeBatch(
  store: Store,
  raws: RawDocument[],
  present: ReadonlySet<string>,
  attempts: ReadonlyMap<RawDocument, ProcessAttempt>,
  opts: BatchOptions = {},
  processMs = 0,
): Promise<BatchResult> {
  const result: BatchResult = {
    outcomes: [],
    links: 0,
    recheckLinks: 0,
    timings: { processMs, writeMs: 0, recheckMs: 0 },
  };
  let t = performance.now();
  const lap = () => {
    const now = performance.now();
    const ms = Math.round(now - t);
    t = now;
    return ms;
  };

  const outcomeOf = new Map<RawDocument, DocumentOutcome>();
  const todo: Processed[] = [];
  const seen = new Set<string>();
  const fail = (raw: RawDocument, code: ErrorCode, message: string) =>
    outcomeOf.set(raw, { kind: 'failed', id: raw.id, source: raw.source, code, message });
  for (const raw of raws) {
    if (present.has(raw.id) || seen.has(raw.id)) {
      outcomeOf.set(raw, { kind: 'present', id: raw.id, source: raw.source });
      continue;
    }
    seen.add(raw.id);
    const a = attempts.get(raw);
    if (!a) fail(raw, 'ORBIT_E_INTERNAL', 'document was not processed');
    else if (!a.ok) fail(raw, a.code, a.message);
    else if (!a.article.text.trim()) fail(raw, 'ORBIT_E_NO_TEXT', 'no article text found after cleaning');
    else todo.push({ raw, article: a.article, annotations: a.annotations });
  }

  /** One transaction for these documents; returns, per item, whether it was new, and the sketches stored. */
  const write = (items: Processed[]) =>
    store.transaction(async (tx) => {
      const bound = store.within(tx);
      // Before any candidate lookup: what this transaction can see from here on includes this snapshot.
      const me = opts.concurrentWriters ? await bound.transactionSnapshot() : null;
      // A document not inserted was stored first by a concurrent writer: that writer links it.
      const inserted = await bound.insertDocuments(
        items.map((p) => ({ raw: p.raw, article: p.article, ann: p.annotations })),
      );
      const fresh = items.filter((_, i) => inserted[i]).map((p) => p.article);
      const { links, sketched } = await linkNewDocuments(
        bound,
        fresh,
        me ? { sketchFields: { xid: me.xid, snap: me.snap } } : {},
      );
      // Same transaction as the documents: a crash after this commit leaves the corpus marked
      // stale. Last statement before commit: the generation row is hot, hold its lock briefly.
      if (fresh.length) await bound.bumpCorpusGeneration();
      return { inserted, links: links.length, sketched };
    });
  const sketched: SketchedDoc[] = [];
  const record = (items: Processed[], w: Awaited<ReturnType<typeof write>>) => {
    result.links += w.links;
    sketched.push(...w.sketched);
    items.forEach((p, i) =>
      outcomeOf.set(p.raw, {
        kind: w.inserted[i] ? 'stored' : 'present',
        id: p.article.id,
        source: p.raw.source,
      }),
    );
  };
  if (todo.length) {
    try {
      record(todo, await write(todo));
    } catch (e) {
      // The batch rolled back. One document the database refuses must not sink the others.
      let stored = 0;
      if (todo.length > 1) {
        for (const p of todo) {
          try {
            record([p], await write([p]));
            stored++;
          } catch (e1) {
            outcomeOf.set(p.raw, {
              kind: 'failed',
              id: p.article.id,
              source: p.raw.source,
              code: 'ORBIT_E_STORE',
              message: `could not be stored: ${(e1 as Error).message}`,
            });
          }
        }
      } else {
        outcomeOf.set(todo[0].raw, {
          kind: 'failed',
          id: todo[0].article.id,
          source: todo[0].raw.source,
          code: 'ORBIT_E_STORE',
          message: `could not be stored: ${(e as Error).message}`,
        });
      }
      if (!stored && opts.whenNothingStored === 'throw') throw e;
    }
  }
  result.timings.writeMs = lap();

  if (opts.concurrentWriters) {
    // Post-commit re-check for every document of the batch, including ones a killed attempt stored.
    for (const d of await store.linkDocs([...present])) sketched.push(sketchDoc(d));
    const added = (await recheckLinks(store, sketched)).length;
    if (added) await store.bumpCorpusGeneration();
    result.recheckLinks = added;
    result.links += added;
  }
  result.timings.recheckMs = lap();
  result.outcomes = raws.map((r) => outcomeOf.get(r)!);
  return result;
}

// ------------------------------------------------------------------ files and inputs

export type IngestEvent =
  | { kind: 'discovered'; files: number }
  | { kind: 'stored'; id: string; source: string }
  | { kind: 'present'; id: string; source: string }
  | { kind: 'failed'; failure: IngestFailure }
  | { kind: 'file-done' }
  /** A processing thread died with a batch; `documents` of it were processed on the main thread. */
  | ({ kind: 'thread-failed' } & ThreadFallback)
  | { kind: 'corpus'; step: string };

/** A processing thread died with a batch; `documents` of it were then processed on the main thread. */
export type ThreadFallback = { documents: number; reason: string };

export type IngestSummary = {
  files: number;
  ingested: number;
  alreadyPresent: number;
  failed: number;
  failures: { source: string; code: ErrorCode; message: string }[];
  ids: string[];
  seconds: number;
  /** Batches whose processing thread died, and how many of their documents it left to the main thread (absent when none). */
  threadFallbacks?: ThreadFallback[];
  /** How the corpus facts took the new documents in (absent when no corpus step ran). */
  corpus?: {
    mode: RefreshResult['mode'];
    reason?: string;
    documents: number;
    seconds: number;
    /** per incremental transaction: candidates looked at and milliseconds per step */
    updates?: UpdateStats[];
  };
};

/**
 * Documents per write transaction (`--batch-size`), and the input bytes at which a batch is
 * written sooner. Each batch pays fixed costs: its copy-band lookup and insert touch B-tree pages
 * all over the band index, which outgrows the embedded store's 16 MB of shared buffers after a
 * few thousand documents, so pages are read, dirtied and evicted once per batch whatever its size.
 * Measured on the write path (clean, insert, copy links) of 12,000 Reuters stories on PGlite:
 * 100 per batch 30.8 CPU s, 300 per batch 22.9 s. The byte budget keeps the documents and
 * annotations a batch holds in memory bounded when documents are large (web pages, reports).
 */
export const DEFAULT_BATCH_SIZE = 300;
export const DEFAULT_BATCH_BYTES = 4 * 1024 * 1024;

export type IngestOptions = {
  maxBytes?: number;
  /** Documents per write transaction (default DEFAULT_BATCH_SIZE); a crash loses at most one batch. */
  batchSize?: number;
  /** Input bytes per write transaction (default DEFAULT_BATCH_BYTES); at least one document. */
  batchBytes?: number;
  skipCorpus?: boolean;
  onEvent?: (e: IngestEvent) => void;
  docTimeoutSeconds?: number;
  /** false: no quotations (measuring what attribution adds, bench/attribution-speed.mjs); default true */
  attribution?: boolean;
  /**
   * Processing threads (`--threads`; default defaultIngestThreads(): ORBIT_INGEST_THREADS, else
   * min(2, cores - 1)); 0 processes every batch on the calling thread. Batches are cleaned and
   * annotated on a thread while the calling thread writes the previous one.
   */
  threads?: number;
  /** A pool of processing threads owned by the caller (shared between ingests); overrides `threads`. */
  pool?: ProcessPool;
  /**
   * false: the calling thread never takes documents of a batch given to a thread, even when it
   * has nothing else to do (tests that inject faults into the thread); default true.
   */
  helpThreads?: boolean;
  /**
   * Raw documents at least this long (body characters) have their sections annotated on a
   * processing thread and the calling thread at once (default LONG_DOCUMENT_CHARS; tests lower it).
   */
  longDocumentChars?: number;
};

/**
 * Ingests paths into the store. Documents are written in batches, each batch in one transaction,
 * so a crash loses at most the batch in flight and a re-run completes it (ids are content hashes).
 */
export async function ingestPaths(
  store: Store,
  inputs: string[],
  opts: IngestOptions = {},
): Promise<IngestSummary> {
  const emit = opts.onEvent ?? (() => undefined);
  const entries = await expandInputs(inputs);
  emit({ kind: 'discovered', files: entries.length });
  async function* outcomes(): AsyncGenerator<IngestOutcome[]> {
    for (const entry of entries) {
      if (!entry.exists)
        yield [
          {
            ok: false,
            source: entry.path,
            code: 'ORBIT_E_NOT_FOUND',
            message: 'no such file, directory or matching glob',
          },
        ];
      else yield await readSource(entry.path, { maxBytes: opts.maxBytes });
    }
  }
  return ingestOutcomes(store, outcomes(), entries.length, opts);
}

/** Ingests already-read inputs (one array of outcomes per input file), e.g. from the HTTP API. */
export async function ingestOutcomes(
  store: Store,
  inputs: AsyncIterable<IngestOutcome[]> | Iterable<IngestOutcome[]>,
  files: number,
  opts: IngestOptions = {},
): Promise<IngestSummary> {
  const t0 = performance.now();
  const emit = opts.onEvent ?? (() => undefined);
  const summary: IngestSummary = {
    files,
    ingested: 0,
    alreadyPresent: 0,
    failed: 0,
    failures: [],
    ids: [],
    seconds: 0,
  };
  const fail = (f: IngestFailure) => {
    summary.failed++;
    summary.failures.push({ source: f.source, code: f.code, message: f.message });
    emit({ kind: 'failed', failure: f });
  };
  const present = (id: string, source: string) => {
    summary.alreadyPresent++;
    emit({ kind: 'present', id, source });
  };
  const batchSize = opts.batchSize ?? DEFAULT_BATCH_SIZE;
  const batchBytes = opts.batchBytes ?? DEFAULT_BATCH_BYTES;
  let batch: RawDocument[] = [];
  let bytes = 0;
  const seenInRun = new Set<string>();
  const popts: ProcessOptions = { timeoutSeconds: opts.docTimeoutSeconds, attribution: opts.attribution };
  const ownPool = opts.pool ? null : new ProcessPool(opts.threads ?? defaultIngestThreads());
  const pool = opts.pool ?? ownPool!;

  // Reports (summary counts and events) keep input order although batches finish later than the
  // reading loop moves on: each is chained behind the outcomes of the batches before it.
  let reports: Promise<unknown> = Promise.resolve();
  const report = (fn: () => void) => {
    reports = reports.then(fn);
    reports.catch(() => undefined); // a failed write is thrown by the next flush or the final await
  };

  /**
   * Starts cleaning and annotating one batch: on a processing thread when `threaded` (`help`
   * then lets this thread take the documents the thread has not started), else here and now.
   * A thread that dies fails only its own batch, whose documents it left are then processed
   * here (and reported).
   */
  const processBatch = (raws: RawDocument[], threaded: boolean) => {
    // No store lookup first: the reading loop checked each input file's ids already, and the
    // write re-checks (a lookup here would wait for the write transaction in flight).
    const all = toProcess(raws, new Set());
    // Long documents go section by section over both threads (processLongDocument), after the rest.
    const longChars = opts.longDocumentChars ?? LONG_DOCUMENT_CHARS;
    const long = pool.usable ? all.filter((raw) => raw.body.length >= longChars) : [];
    if (!long.length) return processDocuments(all, threaded);
    const rest = processDocuments(
      all.filter((raw) => !long.includes(raw)),
      threaded,
    );
    const done = rest.done.then(async (r) => {
      const t = performance.now();
      for (const raw of long) {
        const { attempt, fallback } = await processLongDocument(raw, popts, pool);
        r.attempts.set(raw, attempt);
        if (fallback) r.fallback = r.fallback ?? fallback;
      }
      return { ...r, ms: r.ms + (performance.now() - t) };
    });
    done.catch(() => undefined);
    return { help: rest.help, done };
  };
  const processDocuments = (todo: RawDocument[], threaded: boolean) => {
    const t = performance.now();
    const local = (raw: RawDocument) => tryProcessDocument(raw, popts);
    const result = (attempts: (ProcessAttempt | undefined)[], fallback: ThreadFallback | null) => ({
      attempts: new Map(todo.flatMap((raw, i) => (attempts[i] ? [[raw, attempts[i]] as const] : []))),
      ms: performance.now() - t,
      fallback,
    });
    if (!threaded || !pool.usable) {
      const attempts = todo.map(local);
      return { help: () => undefined, done: Promise.resolve(result(attempts, null)) };
    }
    const shared = pool.start(todo, popts, local);
    const done = shared.done.then(
      () => result(shared.attempts, null),
      (e: unknown) => {
        if (!(e instanceof ThreadFailed)) throw e;
        const documents = shared.finishHere();
        return result(shared.attempts, { documents, reason: e.message });
      },
    );
    // Awaited by the batch's write, unless an earlier write failed and the pool was closed.
    done.catch(() => undefined);
    return { help: () => void (opts.helpThreads !== false && shared.help()), done };
  };

  // Statistics for the candidate lookup as the band table grows: once 300 documents of this run
  // were written, then each time that number has doubled (whatever the batch size).
  let written = 0;
  let analyzeAt = 300;
  let batches = 0;
  /**
   * Batch writes not yet waited for, oldest first. At most one batch per processing thread plus
   * the one being written are in flight (bounds the documents held in memory). Writes run one at
   * a time in input order, each in its own transaction: a crash loses at most the batch being
   * written, plus processing done ahead of it that was never reported stored.
   */
  const inflight: Promise<unknown>[] = [];
  let lastWrite: Promise<unknown> = Promise.resolve();
  const flush = async (final: boolean) => {
    if (!batch.length) return;
    const raws = batch;
    batch = [];
    bytes = 0;
    while (inflight.length > pool.size) await inflight.shift();
    batches++;
    // A thread (and its second copy of the models) only once a second batch has filled up: an
    // ingest of one batch, or of one and a remainder (examples/, an API request), runs here.
    const threaded = pool.started || (!final && batches >= 2);
    const processed = processBatch(raws, threaded);
    const previous = lastWrite;
    const write = (async () => {
      await previous;
      // The previous write is done: rather than wait, take documents the thread has not started.
      processed.help();
      const p = await processed.done;
      if (written >= analyzeAt) {
        await store.analyze(['documents', 'copy_keys']);
        analyzeAt = 2 * written;
      }
      written += raws.length;
      const present = await store.existingIds([...new Set(raws.map((d) => d.id))]);
      const r = await writeBatch(
        store,
        raws,
        present,
        p.attempts,
        {
          whenNothingStored: 'report',
          docTimeoutSeconds: opts.docTimeoutSeconds,
          attribution: opts.attribution,
        },
        Math.round(p.ms),
      );
      return { r, fallback: p.fallback };
    })();
    write.catch(() => undefined); // awaited below or by a later flush
    lastWrite = write;
    inflight.push(write);
    reports = reports.then(async () => {
      const { r, fallback } = await write;
      if (fallback !== null) {
        summary.threadFallbacks = [...(summary.threadFallbacks ?? []), fallback];
        emit({ kind: 'thread-failed', ...fallback });
      }
      for (const o of r.outcomes) {
        if (o.kind === 'stored') {
          summary.ingested++;
          summary.ids.push(o.id);
          emit({ kind: 'stored', id: o.id, source: o.source });
        } else if (o.kind === 'present') present(o.id, o.source);
        else fail({ ok: false, source: o.source, code: o.code, message: o.message });
      }
    });
    reports.catch(() => undefined);
  };

  try {
    for await (const outcomesOfFile of inputs) {
      // one lookup per input file, not per document (a feed or JSON Lines file holds thousands)
      const stored = await store.existingIds(outcomesOfFile.flatMap((o) => (o.ok ? [o.doc.id] : [])));
      for (const o of outcomesOfFile) {
        if (!o.ok) {
          report(() => fail(o));
          continue;
        }
        if (seenInRun.has(o.doc.id) || stored.has(o.doc.id)) {
          const { id, source } = o.doc;
          report(() => present(id, source));
          continue;
        }
        seenInRun.add(o.doc.id);
        batch.push(o.doc);
        bytes += o.doc.bytes;
        if (batch.length >= batchSize || bytes >= batchBytes) await flush(false);
      }
      report(() => emit({ kind: 'file-done' }));
    }
    await flush(true);
    await reports;
  } finally {
    await ownPool?.close();
  }
  // Also when an earlier run was killed after storing documents but before its corpus step.
  if (!opts.skipCorpus && (summary.ingested > 0 || (await store.corpusStale()))) {
    const t = performance.now();
    const r = await refreshCorpus(store, { onStep: (step) => emit({ kind: 'corpus', step }) });
    summary.corpus = {
      mode: r.mode,
      ...(r.reason ? { reason: r.reason } : {}),
      documents: r.documents,
      seconds: +((performance.now() - t) / 1000).toFixed(3),
      ...(r.updates.length ? { updates: r.updates } : {}),
    };
  }
  summary.seconds = (performance.now() - t0) / 1000;
  return summary;
}

// ------------------------------------------------------------------ corpus facts

/**
 * Recomputes the corpus-level facts (entities, quotes, events, relations, stories, alignment)
 * from every stored document, then records the corpus generation it started from, so a killed
 * rebuild is redone next time. Also what a changed model or gazetteer needs (`orbit rebuild`).
 */
export async function rebuildCorpus(
  store: Store,
  onStep: (step: string) => void = () => undefined,
): Promise<void> {
  const { generation } = await store.corpusGeneration();
  const gaz = loadGazetteer();
  const docs: DocRow[] = [];
  const languageOf = new Map<string, string>();
  const annotated: { doc: DocRow; ann: Annotations }[] = [];
  for await (const { doc, ann } of store.iterateAnnotated()) {
    const row: DocRow = {
      id: doc.id,
      published: doc.published,
      title: doc.title,
      author: doc.author,
      outlet: doc.outlet,
      originalSource: doc.originalSource,
      text: doc.text,
    };
    docs.push(row);
    languageOf.set(doc.id, doc.language);
    if (ann) annotated.push({ doc: row, ann });
  }
  onStep('resolve');
  const resolved = resolveDocuments(annotated, gaz);
  // Look-up state for later incremental updates: which entity each local entity became, by which keys.
  const recs: RecData[] = [];
  const entityKeys: { key: string; entity: string }[] = [];
  for (const { doc, ann } of annotated) {
    const counts = mentionsPerRef(ann);
    for (const e of docEntitiesOf(doc, ann, gaz)) {
      const entity = resolved.recEntity.get(`${doc.id}\u0000${e.ref}`);
      if (!entity) continue;
      recs.push({ doc: doc.id, ref: e.ref, entity, data: e, mentions: counts.get(e.ref) ?? 0 });
      for (const key of recKeys(e, gaz)) entityKeys.push({ key, entity });
    }
  }
  annotated.length = 0;

  onStep('link');
  // Copy links only: story links are this rebuild's output, not its input.
  const links = await store.links({ via: 'copy' });

  onStep('stories');
  const keys = entityKeysByDocument(resolved.mentions);
  const storyDocs = docs.map((d) => ({
    ...d,
    language: languageOf.get(d.id) ?? null,
    entityKeys: keys.get(d.id) ?? [],
  }));
  // Profiled once: clustering compares them, and their terms' document counts are stored below.
  const profiles = new Map(storyDocs.map((d) => [d.id, newsProfile(d)]));
  const stories = clusterStories(storyDocs, links, { profiles });
  const storyLinks = storyLinksOf(stories, links);

  // Event coreference after stories: documents of one story are textual evidence for each other.
  onStep('events');
  const storyOf = new Map<string, string>();
  for (const s of stories) for (const d of s.documents) storyOf.set(d, s.id);
  const membered = coreferEvents(resolved.docEvents, links, docs, {
    storyOf,
    inferredWindowDays: loadEventData().inferredWindowDays,
    members: true,
  });
  const reportOf = new Map(resolved.docEvents.map((r) => [r.event.id, r]));
  const keysOfId = participantKeyFn(gaz);
  const reports = membered.flatMap((e) =>
    (e.reports ?? []).map((id) => ({ report: reportOf.get(id)!, event: e.id })),
  );
  const eventKeys = reports.flatMap((r) =>
    reportBlockKeys(r.report, keysOfId).map((key) => ({ key, event: r.event })),
  );
  const events = membered.map(({ reports: _r, ...e }) => (void _r, e));
  const relations = gazetteerRelations(
    resolved.entities,
    resolved.textRelations,
    gaz,
    docs,
    resolved.mentions,
  );

  onStep('analyze');
  const alignment = computeAlignment({
    entities: resolved.entities,
    events,
    quotes: resolved.quotes,
    relations,
    docs,
    links,
    gaz,
  });

  onStep('store');
  await store.replaceCorpusFacts({
    entities: resolved.entities,
    mentions: resolved.mentions,
    quotes: resolved.quotes,
    events,
    relations,
    alignment,
  });
  await store.replaceStories(stories);
  await store.replaceStoryLinks(storyLinks);
  // Same-news term frequencies (the weights later story updates need).
  const termDf = new Map<string, number>();
  for (const p of profiles.values()) for (const t of p.terms.keys()) termDf.set(t, (termDf.get(t) ?? 0) + 1);
  profiles.clear();
  await replaceCorpusState(store.db, {
    recs,
    entityKeys,
    reports,
    eventKeys,
    termDf,
    processed: docs.map((d) => d.id),
  });
  await store.markCorpusBuilt(generation);
  // statistics, and on the embedded store vacuum and checkpoint (see Store.maintain)
  await store.maintain();
}

// ------------------------------------------------------------------ incremental corpus facts

/** Advisory lock key of corpus updates ("orbit" + 1), shared with the worker's corpus job. */
export const CORPUS_LOCK_KEY = 4242101;
/**
 * The arguments of the corpus lock in SQL (`pg_advisory_xact_lock(${CORPUS_LOCK_ARGS})`, with
 * CORPUS_LOCK_KEY as $1): the key and the store's schema, because advisory locks are per
 * database and several stores (tenants, tests, benchmarks) can share one database in their own
 * schemas; with the key alone they would wait for each other's corpus updates.
 */
export const CORPUS_LOCK_ARGS = '$1::int, hashtext(current_schema())';

/**
 * Runs `fn` (e.g. a rebuild, which spans several transactions) holding the corpus lock, so no
 * incremental update of another process interleaves with it. On PostgreSQL the lock belongs to a
 * transaction kept open on its own connection for the duration (released if the process dies);
 * an embedded store has one process and needs none.
 */
export async function withCorpusLock<T>(store: Store, fn: () => Promise<T>): Promise<T> {
  if (store.db.kind !== 'postgres') return fn();
  return store.transaction(async (tx) => {
    await tx.query(`select pg_advisory_xact_lock(${CORPUS_LOCK_ARGS})`, [CORPUS_LOCK_KEY]);
    return fn();
  });
}

export type CorpusMode = 'auto' | 'incremental' | 'rebuild';

export type RefreshOptions = {
  onStep?: (step: string) => void;
  /**
   * 'auto' (default; ORBIT_CORPUS_MODE overrides): incremental updates, but a full rebuild when
   * the store has no incremental state yet, the queued documents outnumber those already in
   * the corpus (a first ingest: one pass over everything is cheaper and is the reference), or
   * they hold more words than it (a long report into a small store: the update would do most of
   * a rebuild's work, and nearly always ends in one — NeedsRebuild).
   * 'incremental': always incremental where possible (tests); 'rebuild': always rebuild.
   */
  mode?: CorpusMode;
  /** Documents per incremental transaction (default 200). */
  batch?: number;
  /** The caller already holds the corpus lock (the worker's corpus job). */
  lockHeld?: boolean;
};

export type RefreshResult = {
  mode: 'incremental' | 'rebuild' | 'up-to-date';
  /** why a rebuild ran */
  reason?: string;
  documents: number;
  updates: UpdateStats[];
  /** batches split in two because their update could not be exact (NeedsRebuild) */
  splits?: number;
};

/**
 * Brings the corpus facts up to date with every stored document: queued documents are taken in
 * by incremental updates (src/corpus/incremental.ts), each batch in one transaction that also
 * dequeues it, so a killed update leaves the queue as it was. On PostgreSQL each update holds a
 * transaction-level advisory lock (CORPUS_LOCK_KEY) while it reads and writes: concurrent
 * workers' corpus updates run one after another, never interleaved (one corpus lock rather than
 * per-entity locks: an update reads and rewrites entities, stories, events and alignment cells
 * together; see docs/corpus.md, "Many workers"). When an update cannot be exact (NeedsRebuild)
 * its batch is split in two and each half tried alone; a single document that still cannot be
 * taken in exactly makes it fall back to `rebuildCorpus`.
 */
export async function refreshCorpus(store: Store, opts: RefreshOptions = {}): Promise<RefreshResult> {
  const onStep = opts.onStep ?? (() => undefined);
  const envMode = process.env.ORBIT_CORPUS_MODE as CorpusMode | undefined;
  const mode: CorpusMode =
    opts.mode ?? (envMode && ['auto', 'incremental', 'rebuild'].includes(envMode) ? envMode : 'auto');
  const result: RefreshResult = { mode: 'up-to-date', documents: 0, updates: [] };
  const rebuild = async (reason: string): Promise<RefreshResult> => {
    if (opts.lockHeld) await rebuildCorpus(store, onStep);
    else await withCorpusLock(store, () => rebuildCorpus(store, onStep));
    return { ...result, mode: 'rebuild', reason };
  };
  if (mode === 'rebuild') return rebuild('requested');
  if (!(await incrementalReady(store.db))) return rebuild('no incremental state yet');
  if (mode === 'auto') {
    const waiting = await queueLength(store.db);
    if (waiting > 0 && waiting >= (await corpusSize(store.db)))
      return rebuild('more new documents than stored ones');
    if (waiting > 0 && (await queueOutweighsCorpus(store.db)))
      return rebuild('more new words than stored ones');
  }
  const gaz = loadGazetteer();
  // Halves of a batch whose update could not be exact, tried before anything else is taken from
  // the queue: the more records a batch holds, the likelier two of them bridge stored entities
  // (measured on Reuters: batches of 200-400 stories needed a rebuild, 16 of 16 batches of 5 did
  // not), so a batch is split down to single documents before a rebuild is paid for.
  const retry: string[][] = [];
  for (;;) {
    let ids: string[] = [];
    try {
      const done = await store.transaction(async (tx) => {
        if (tx.kind === 'postgres' && !opts.lockHeld)
          await tx.query(`select pg_advisory_xact_lock(${CORPUS_LOCK_ARGS})`, [CORPUS_LOCK_KEY]);
        ids = retry.pop() ?? (await queued(tx, opts.batch ?? 200));
        const step = await updateStep(store, tx, ids, gaz, onStep);
        if (step.update) {
          result.updates.push(step.update);
          result.documents += step.update.documents;
        }
        return step.queueEmpty;
      });
      if (done) break;
    } catch (e) {
      if (!(e instanceof NeedsRebuild)) throw e;
      if (ids.length <= 1) return rebuild(e.reason);
      const half = Math.ceil(ids.length / 2);
      retry.push(ids.slice(half), ids.slice(0, half));
      result.splits = (result.splits ?? 0) + 1;
    }
  }
  if (result.documents) result.mode = 'incremental';
  return result;
}

/**
 * One incremental update inside the caller's transaction, which holds the corpus lock: takes
 * documents `ids` (those of them still queued) into the corpus facts and dequeues them. When the
 * queue is then empty, records the corpus generation read before the update as built (a document
 * stored after that read leaves the corpus marked stale).
 */
async function updateStep(
  store: Store,
  tx: Db,
  ids: string[],
  gaz: Gazetteer,
  onStep: (step: string) => void,
  onUpdate?: (documents: number) => void,
): Promise<{ update: UpdateStats | null; queueEmpty: boolean }> {
  const bound = store.within(tx);
  const { generation } = await bound.corpusGeneration();
  const mine = ids.length ? await queuedAmong(tx, ids) : [];
  let update: UpdateStats | null = null;
  if (mine.length) {
    onStep('update');
    onUpdate?.(mine.length);
    update = await updateCorpusFacts(tx, mine, gaz);
    await dequeue(tx, mine);
  }
  const queueEmpty = !(await queueLength(tx));
  if (queueEmpty) await bound.markCorpusBuilt(generation);
  return { update, queueEmpty };
}

export type TakeInResult =
  | { mode: 'incremental'; documents: number; update: UpdateStats; seconds: number }
  | { mode: 'up-to-date'; seconds: number }
  /** Left queued for the next update or the corpus job; `reason` says why. */
  | { mode: 'deferred'; reason: string; seconds: number };

/**
 * Takes documents just stored by this process into the corpus facts now, by one incremental
 * update of exactly those documents, without waiting long for another process (queue workers
 * with ORBIT_WORKER_CORPUS=inline call it after each ingest job). The expensive per-document work — clean, annotate,
 * store, copy links — has run in parallel in every worker; only this merge is serialised, by
 * the transaction-level corpus lock (CORPUS_LOCK_KEY), waited for at most `waitMs` (default
 * TAKE_IN_WAIT_MS): when another update or the corpus job holds it longer, the documents stay
 * queued and the holder's loop or the next corpus job takes them in with others (a larger
 * batch, cheaper per document). Also deferred, for the
 * corpus job to handle: a store without incremental state, a bulk load (more queued documents
 * than stored ones: one rebuild is cheaper), and an update that cannot be exact (NeedsRebuild —
 * a full rebuild inside an ingest job would outlast its expiry). A killed update rolls back and
 * leaves the documents queued.
 */
export async function takeInDocuments(
  store: Store,
  ids: string[],
  opts: { onUpdate?: (documents: number) => void; waitMs?: number } = {},
): Promise<TakeInResult> {
  const t0 = performance.now();
  const seconds = () => +((performance.now() - t0) / 1000).toFixed(3);
  const deferred = (reason: string): TakeInResult => ({ mode: 'deferred', reason, seconds: seconds() });
  if (!(await incrementalReady(store.db))) return deferred('no incremental state yet');
  const waiting = await queueLength(store.db);
  if (waiting > 0 && waiting >= (await corpusSize(store.db)))
    return deferred('more new documents than stored ones');
  if (waiting > 0 && (await queueOutweighsCorpus(store.db)))
    return deferred('more new words than stored ones');
  const gaz = loadGazetteer();
  try {
    const step = await store.transaction(async (tx) => {
      if (tx.kind === 'postgres') {
        // Wait for the lock a little (lock_timeout applies to advisory locks too), then give up.
        await tx.query(`select set_config('lock_timeout', $1, true)`, [
          `${opts.waitMs ?? TAKE_IN_WAIT_MS}ms`,
        ]);
        try {
          await tx.query(`select pg_advisory_xact_lock(${CORPUS_LOCK_ARGS})`, [CORPUS_LOCK_KEY]);
        } catch (e) {
          if ((e as { code?: string }).code === LOCK_NOT_AVAILABLE) throw new LockBusy();
          throw e;
        }
        await tx.query(`select set_config('lock_timeout', '0', true)`);
      }
      return updateStep(store, tx, ids, gaz, () => undefined, opts.onUpdate);
    });
    return step.update
      ? { mode: 'incremental', documents: step.update.documents, update: step.update, seconds: seconds() }
      : { mode: 'up-to-date', seconds: seconds() };
  } catch (e) {
    if (e instanceof NeedsRebuild) return deferred(`needs a rebuild: ${e.reason}`);
    if (e instanceof LockBusy) return deferred('corpus lock busy');
    throw e;
  }
}

/**
 * How long an ingest job waits for the corpus lock before leaving its documents queued: about
 * one small update, so workers usually take turns, while a long holder (the corpus job working
 * through a backlog) never stalls ingest.
 */
const TAKE_IN_WAIT_MS = 2000;
/** PostgreSQL's SQLSTATE for lock_timeout expiring. */
const LOCK_NOT_AVAILABLE = '55P03';
class LockBusy extends Error {}
