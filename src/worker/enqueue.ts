/**
 * `orbit ingest --enqueue`: reads and decodes the inputs here, and queues them as ingest jobs of
 * up to `batchDocs` documents (and about 4 MB). The job carries the decoded documents, so workers
 * need no shared filesystem. A job's id is derived from the ids (content hashes) of its
 * documents, so enqueueing the same inputs twice queues nothing new; documents already in the
 * store are not queued at all.
 */
import { createHash } from 'node:crypto';
import type { ErrorCode } from '../errors.js';
import { expandInputs, readSource, type IngestOutcome } from '../ingest/index.js';
import type { Store } from '../store/store.js';
import type { RawDocument } from '../model/index.js';
import type { WorkerConfig } from './config.js';
import type { IngestJobData } from './ingest-job.js';
import { INGEST_QUEUE, type Queue } from './queue.js';

const MAX_JOB_BYTES = 4 * 1024 * 1024;

export type EnqueueSummary = {
  files: number;
  documents: number;
  queuedJobs: number;
  queuedDocuments: number;
  /** Jobs that already existed (same documents queued before). */
  existingJobs: number;
  alreadyPresent: number;
  failed: number;
  failures: { source: string; code: ErrorCode; message: string }[];
  seconds: number;
};

/** A UUID (the form pg-boss ids take) from the ids of a job's documents. */
export function jobIdFor(docIds: string[]): string {
  const h = createHash('sha256')
    .update(`orbit-ingest/v1\n${docIds.join('\n')}`)
    .digest('hex');
  // Version-4 layout bits keep it a well-formed UUID.
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Splits documents into job-sized batches, keeping input order. */
export function batchDocuments(
  docs: RawDocument[],
  batchDocs: number,
  maxBytes = MAX_JOB_BYTES,
): RawDocument[][] {
  const out: RawDocument[][] = [];
  let cur: RawDocument[] = [];
  let bytes = 0;
  for (const d of docs) {
    const size = d.body.length * 2 + 512;
    if (cur.length && (cur.length >= batchDocs || bytes + size > maxBytes)) {
      out.push(cur);
      cur = [];
      bytes = 0;
    }
    cur.push(d);
    bytes += size;
  }
  if (cur.length) out.push(cur);
  return out;
}

export async function enqueuePaths(
  store: Store,
  queue: Queue,
  cfg: WorkerConfig,
  inputs: string[],
  opts: { maxBytes?: number } = {},
): Promise<EnqueueSummary> {
  const t0 = performance.now();
  const entries = await expandInputs(inputs);
  const s: EnqueueSummary = {
    files: entries.length,
    documents: 0,
    queuedJobs: 0,
    queuedDocuments: 0,
    existingJobs: 0,
    alreadyPresent: 0,
    failed: 0,
    failures: [],
    seconds: 0,
  };
  const seen = new Set<string>();
  let pending: RawDocument[] = [];

  const flush = async (all: boolean) => {
    const batches = batchDocuments(pending, cfg.batchDocs);
    // Keep a partial last batch for the next file so small files share jobs.
    const keep =
      !all && batches.length && batches[batches.length - 1].length < cfg.batchDocs ? batches.pop()! : [];
    pending = keep;
    for (const docs of batches) {
      const present = new Set(
        (
          await store.db.query<{ id: string }>('select id from documents where id = any($1::text[])', [
            docs.map((d) => d.id),
          ])
        ).map((r) => r.id),
      );
      const fresh = docs.filter((d) => !present.has(d.id));
      s.alreadyPresent += docs.length - fresh.length;
      if (!fresh.length) continue;
      const data: IngestJobData = { v: 1, docs: fresh };
      const id = await queue.boss.send(INGEST_QUEUE, data, {
        id: jobIdFor(fresh.map((d) => d.id)),
        expireInSeconds: cfg.jobExpireSeconds,
        retryLimit: cfg.retryLimit,
      });
      if (id) {
        s.queuedJobs++;
        s.queuedDocuments += fresh.length;
      } else s.existingJobs++;
    }
  };

  for (const entry of entries) {
    const outcomes: IngestOutcome[] = entry.exists
      ? await readSource(entry.path, { maxBytes: opts.maxBytes })
      : [
          {
            ok: false,
            source: entry.path,
            code: 'ORBIT_E_NOT_FOUND',
            message: 'no such file, directory or matching glob',
          },
        ];
    for (const o of outcomes) {
      if (!o.ok) {
        s.failed++;
        s.failures.push({ source: o.source, code: o.code, message: o.message });
        continue;
      }
      s.documents++;
      if (seen.has(o.doc.id)) {
        s.alreadyPresent++;
        continue;
      }
      seen.add(o.doc.id);
      pending.push(o.doc);
    }
    if (pending.length >= cfg.batchDocs) await flush(false);
  }
  await flush(true);
  s.seconds = (performance.now() - t0) / 1000;
  return s;
}
