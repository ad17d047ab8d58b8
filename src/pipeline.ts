/**
 * Wires the stages; the only place that knows their order.
 *
 *   ingest (files → RawDocument) → clean (→ Article) → annotate (→ Annotations)
 *   → store (documents, annotations) → link (copy sketches, candidate lookup, links)
 *   → corpus steps: resolve (entities) → stories → analyze (alignment) → store
 */
import { cleanDocument } from './clean/index.js';
import { annotate } from './extract/annotate.js';
import type { Annotations } from './model/index.js';
import { OrbitError, type ErrorCode } from './errors.js';
import { expandInputs, readSource, type IngestFailure, type IngestOutcome } from './ingest/index.js';
import { linkNewDocuments } from './link/store-link.js';
import { buildCorpus } from './resolve/corpus.js';
import type { Store } from './store/store.js';
import type { Article, RawDocument } from './model/index.js';

export type Processed = { raw: RawDocument; article: Article; annotations: Annotations };

/**
 * Time budget of one document in clean + annotate (ORBIT_DOC_TIMEOUT_SECONDS, `--doc-timeout`):
 * past it the document fails with ORBIT_E_TIMEOUT and the batch goes on. Generous: a 10 MB
 * report takes well under a minute.
 */
export const DEFAULT_DOC_TIMEOUT_SECONDS = 300;
const docTimeoutMs = (seconds?: number): number => 1000 * (seconds ?? (Number(process.env.ORBIT_DOC_TIMEOUT_SECONDS) || DEFAULT_DOC_TIMEOUT_SECONDS));

/**
 * Pure: one raw document through cleaning and annotation. Never throws for bad content; throws
 * ORBIT_E_TIMEOUT (an OrbitError) when the document outlasts its time budget.
 */
export function processDocument(raw: RawDocument, opts: { timeoutSeconds?: number } = {}): Processed {
  const deadline = performance.now() + docTimeoutMs(opts.timeoutSeconds);
  const article = cleanDocument(raw);
  const annotations = annotate(article, { deadline });
  return { raw, article, annotations };
}

export type IngestEvent =
  | { kind: 'discovered'; files: number }
  | { kind: 'stored'; id: string; source: string }
  | { kind: 'present'; id: string; source: string }
  | { kind: 'failed'; failure: IngestFailure }
  | { kind: 'file-done' }
  | { kind: 'corpus'; step: string };

export type IngestSummary = {
  files: number;
  ingested: number;
  alreadyPresent: number;
  failed: number;
  failures: { source: string; code: ErrorCode; message: string }[];
  ids: string[];
  seconds: number;
};

export type IngestOptions = { maxBytes?: number; batchSize?: number; skipCorpus?: boolean; onEvent?: (e: IngestEvent) => void; docTimeoutSeconds?: number };

/**
 * Ingests paths into the store. Documents are written in batches, each batch in one transaction,
 * so a crash loses at most the batch in flight and a re-run completes it (ids are content hashes).
 */
export async function ingestPaths(store: Store, inputs: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const emit = opts.onEvent ?? (() => undefined);
  const entries = await expandInputs(inputs);
  emit({ kind: 'discovered', files: entries.length });
  async function* outcomes(): AsyncGenerator<IngestOutcome[]> {
    for (const entry of entries) {
      if (!entry.exists) yield [{ ok: false, source: entry.path, code: 'ORBIT_E_NOT_FOUND', message: 'no such file, directory or matching glob' }];
      else yield await readSource(entry.path, { maxBytes: opts.maxBytes });
    }
  }
  return ingestOutcomes(store, outcomes(), entries.length, opts);
}

/** Ingests already-read inputs (one array of outcomes per input file), e.g. from the HTTP API. */
export async function ingestOutcomes(store: Store, inputs: AsyncIterable<IngestOutcome[]> | Iterable<IngestOutcome[]>, files: number, opts: IngestOptions = {}): Promise<IngestSummary> {
  const t0 = performance.now();
  const emit = opts.onEvent ?? (() => undefined);
  const summary: IngestSummary = { files, ingested: 0, alreadyPresent: 0, failed: 0, failures: [], ids: [], seconds: 0 };
  const fail = (f: IngestFailure) => {
    summary.failed++;
    summary.failures.push({ source: f.source, code: f.code, message: f.message });
    emit({ kind: 'failed', failure: f });
  };
  const batchSize = opts.batchSize ?? 100;
  let batch: Processed[] = [];
  const seenInRun = new Set<string>();

  /** One transaction per batch; outcomes are reported only after it commits. */
  const write = async (items: Processed[]): Promise<boolean[]> =>
    store.transaction(async (tx) => {
      // Whole-batch statements: one round trip per kind of row, not per document.
      const inserted = await store.insertDocuments(items.map((p) => ({ raw: p.raw, article: p.article, ann: p.annotations })), tx);
      await linkNewDocuments(store, items.filter((_, i) => inserted[i]).map((p) => p.article), tx);
      // Same transaction as the documents: a crash after this commit leaves the corpus marked stale.
      if (inserted.includes(true)) await store.bumpCorpusGeneration(tx);
      return inserted;
    });
  const report = (p: Processed, inserted: boolean) => {
    if (inserted) {
      summary.ingested++;
      summary.ids.push(p.article.id);
      emit({ kind: 'stored', id: p.article.id, source: p.raw.source });
    } else {
      summary.alreadyPresent++;
      emit({ kind: 'present', id: p.article.id, source: p.raw.source });
    }
  };
  let flushes = 0;
  const flush = async () => {
    if (!batch.length) return;
    const items = batch;
    batch = [];
    // Statistics for the candidate lookup as the band table grows: after 4, 8, 16, … batches.
    if (++flushes >= 4 && (flushes & (flushes - 1)) === 0) await store.analyze(['documents', 'copy_bands']);
    try {
      (await write(items)).forEach((ins, i) => report(items[i], ins));
    } catch (e) {
      if (items.length === 1) {
        fail({ ok: false, source: items[0].raw.source, code: 'ORBIT_E_STORE', message: `could not be stored: ${(e as Error).message}` });
        return;
      }
      // The batch rolled back: one document the database refuses must not sink the others.
      for (const p of items) {
        try {
          report(p, (await write([p]))[0]);
        } catch (e1) {
          fail({ ok: false, source: p.raw.source, code: 'ORBIT_E_STORE', message: `could not be stored: ${(e1 as Error).message}` });
        }
      }
    }
  };

  for await (const outcomesOfFile of inputs) {
    // one lookup per input file, not per document (a feed or JSON Lines file holds thousands)
    const stored = await store.existingIds(outcomesOfFile.flatMap((o) => (o.ok ? [o.doc.id] : [])));
    for (const o of outcomesOfFile) {
      if (!o.ok) {
        fail(o);
        continue;
      }
      if (seenInRun.has(o.doc.id) || stored.has(o.doc.id)) {
        summary.alreadyPresent++;
        emit({ kind: 'present', id: o.doc.id, source: o.doc.source });
        continue;
      }
      seenInRun.add(o.doc.id);
      let processed: Processed;
      try {
        processed = processDocument(o.doc, { timeoutSeconds: opts.docTimeoutSeconds });
      } catch (e) {
        // A stage bug or a document over its time budget must not stop the batch: report it against this document and go on.
        if (e instanceof OrbitError) fail({ ok: false, source: o.doc.source, code: e.code, message: e.message });
        else fail({ ok: false, source: o.doc.source, code: 'ORBIT_E_INTERNAL', message: `processing failed: ${(e as Error).message}` });
        continue;
      }
      if (!processed.article.text.trim()) {
        fail({ ok: false, source: o.doc.source, code: 'ORBIT_E_NO_TEXT', message: 'no article text found after cleaning' });
        continue;
      }
      batch.push(processed);
      if (batch.length >= batchSize) await flush();
    }
    emit({ kind: 'file-done' });
  }
  await flush();
  // Also rebuild when an earlier run was killed after storing documents but before its rebuild.
  if (!opts.skipCorpus && (summary.ingested > 0 || (await store.corpusStale()))) await rebuildCorpus(store, (step) => emit({ kind: 'corpus', step }));
  summary.seconds = (performance.now() - t0) / 1000;
  return summary;
}

/**
 * Recomputes the corpus-level facts (entities, quotes, events, relations, stories, alignment),
 * then records the corpus generation it started from, so a killed rebuild is redone next time.
 */
export async function rebuildCorpus(store: Store, onStep: (step: string) => void = () => undefined): Promise<void> {
  const { generation } = await store.corpusGeneration();
  await buildCorpus(store, onStep);
  await store.markCorpusBuilt(generation);
  await store.maintain();
}
