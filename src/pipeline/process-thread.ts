/**
 * The processing thread's side of ProcessPool (./process-pool.ts): takes batches of raw
 * documents, runs clean + annotate on each (tryProcessDocument, the same function the main
 * thread runs) and sends the attempts back in order. Models load lazily on the first document
 * and stay loaded for the thread's life.
 */
import { parentPort } from 'node:worker_threads';
import type { RawDocument } from '../model/index.js';
import { tryProcessDocument, type ProcessAttempt, type ProcessOptions } from '../pipeline.js';

export type ProcessRequest = { id: number; raws: RawDocument[]; opts: ProcessOptions };
export type ProcessReply = { id: number; attempts: ProcessAttempt[] };

/** Serves requests on this worker thread's parent port (called by the pool's bootstrap code). */
export function serve(): void {
  const port = parentPort;
  if (!port) throw new Error('process-thread: not running on a worker thread');
  port.on('message', (m: ProcessRequest) => {
    const reply: ProcessReply = { id: m.id, attempts: m.raws.map((raw) => tryProcessDocument(raw, m.opts)) };
    port.postMessage(reply);
  });
}
