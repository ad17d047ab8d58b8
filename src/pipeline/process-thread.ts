/**
 * The processing thread's side of ProcessPool (./process-pool.ts): takes batches of raw
 * documents (or the sections of one long document, annotated alone as annotate() does) and runs clean + annotate (tryProcessDocument, the same function the main thread
 * runs) on each document it takes from the batch's shared counter (the main thread may take
 * some too), then sends back its attempts with their indices. Models load lazily on the first
 * document and stay loaded for the thread's life.
 */
import { parentPort } from 'node:worker_threads';
import type { RawDocument } from '../model/index.js';
import {
  trySection,
  tryProcessDocument,
  type ProcessAttempt,
  type ProcessOptions,
  type SectionAttempt,
  type SectionTask,
} from '../pipeline.js';

/**
 * `next`: an Int32 counter, the index of the next item not yet taken by either thread. The items
 * are documents (`raws`), or the sections of one long document (`sections`, then `raws` is empty).
 */
export type ProcessRequest = {
  id: number;
  raws: RawDocument[];
  sections?: SectionTask;
  opts: ProcessOptions;
  next: SharedArrayBuffer;
};
export type ProcessReply = { id: number; done: [number, ProcessAttempt | SectionAttempt][] };

/** Serves requests on this worker thread's parent port (called by the pool's bootstrap code). */
export function serve(): void {
  const port = parentPort;
  if (!port) throw new Error('process-thread: not running on a worker thread');
  port.on('message', (m: ProcessRequest) => {
    const next = new Int32Array(m.next);
    const done: [number, ProcessAttempt | SectionAttempt][] = [];
    const task = m.sections;
    if (task)
      for (let i = Atomics.add(next, 0, 1); i < task.bounds.length; i = Atomics.add(next, 0, 1))
        done.push([i, trySection(task, i, m.opts)]);
    else
      for (let i = Atomics.add(next, 0, 1); i < m.raws.length; i = Atomics.add(next, 0, 1))
        done.push([i, tryProcessDocument(m.raws[i], m.opts)]);
    const reply: ProcessReply = { id: m.id, done };
    port.postMessage(reply);
  });
}
